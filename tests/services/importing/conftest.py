"""What the import-service tests share: a store with one mission, built once per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from c2c.store.engine import Store
from tests.importing_helpers import store_with_mission


@pytest.fixture(scope="module")
def planning_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A mission in Italy to plan imports into (planning writes nothing, so tests share it)."""
    store = store_with_mission(tmp_path_factory.mktemp("planning") / "store.db", "IT")
    yield store
    store.dispose()
