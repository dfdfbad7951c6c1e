"""row versions: two coordinators editing the same person, participation, meeting or coach

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-03

Each edited row gets ``version`` (checked and bumped by every update, SQLAlchemy's
``version_id_col``) and ``changed_by`` (who wrote it last), so that a lost race becomes an
error naming who changed what instead of a silent overwrite. Existing rows start at 1.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("person", "participation", "b2b_meeting", "coach")


def upgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column("changed_by", sa.String(), nullable=True))


def downgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.drop_column("changed_by")
            batch.drop_column("version")
