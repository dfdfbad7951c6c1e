"""company name keys ignore legal forms: 'Avioparts S.r.l.' and 'AVIOPARTS SRL' are one company

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Every company's ``name_key`` is computed again by ``c2c.company_names.company_key``. Two
companies that now answer to the same key are not merged here: merging moves people, wishes
and meetings, which the coordinator decides (``c2c companies merge``). The first (lowest id)
keeps the key, each other keeps its rows under the key with ``~<id>`` after it, which no name
ever folds to; an import then notes the pair as look-alikes to merge.
"""

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from c2c.company_names import company_key

    _set_keys(company_key)


def downgrade() -> None:
    from c2c.text import fold

    _set_keys(fold)


def _set_keys(key_of: Callable[[str], str]) -> None:
    from c2c.company_names import SUFFIX_MARK

    connection = op.get_bind()
    keys: dict[int, str] = {}
    taken: set[str] = set()
    for company_id, name in connection.execute(sa.text("SELECT id, name FROM company ORDER BY id")).all():
        key = key_of(name)
        keys[company_id] = key if key not in taken else f"{key}{SUFFIX_MARK}{company_id}"
        taken.add(key)
    if not keys:
        return
    # first through keys of their own ('#12'), so that no row takes a key another still holds
    for stage in ({company_id: f"#{company_id}" for company_id in keys}, keys):
        connection.execute(sa.text("UPDATE company SET name_key = :key WHERE id = :id"),
                           [{"key": key, "id": company_id} for company_id, key in stage.items()])
