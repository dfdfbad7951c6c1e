import json
from pathlib import Path

from tests.conftest import Invoke
from tests.factories import add_participant, store_at


def test_factory_participants_show_in_mission_counts(invoke: Invoke, lyon: str, db_path: Path) -> None:
    store = store_at(db_path)
    add_participant(store, lyon, "Giulia", "De Luca", "Aviometal", "LAC", email="g@aviometal.example", pitch=True)
    add_participant(store, lyon, "Marco", "Rossi", "Aviometal", "LAC", pitch=False)
    add_participant(store, lyon, "Benoît", "Guignard", "Mécanique Alpine", "AAR", pitch=True)
    store.dispose()
    shown = json.loads(invoke("mission", "show", lyon, "--format", "json").stdout)
    assert (shown["participants"], shown["companies"]) == (3, 2)
