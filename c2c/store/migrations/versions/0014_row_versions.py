"""row versions: two coordinators editing the same person, participation, meeting or coach

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

Each edited row gets ``version`` (checked and bumped by every update, SQLAlchemy's
``version_id_col``) and ``changed_by`` (who wrote it last), so that a lost race becomes an
error naming who changed what instead of a silent overwrite. Existing rows start at 1.

On PostgreSQL, the timestamps the models keep in UTC (``created_at``, the calendar entries'
times) become ``timestamp with time zone``: as plain ``timestamp`` they took the session's
time zone on the way in. SQLite stores the same text either way, so it is left alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLES = ("person", "participation", "b2b_meeting", "coach")
UTC_TIMESTAMPS = (("mission", "created_at"), ("participation", "created_at"),
                  ("calendar_entry", "start"), ("calendar_entry", "end"), ("calendar_entry", "last_exported"),
                  ("b2b_outcome", "recorded_at"), ("lead", "opened_at"), ("lead_event", "at"),
                  ("mail_message", "sent_at"))


def upgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column("changed_by", sa.String(), nullable=True))
    _timestamps(with_zone=True)


def downgrade() -> None:
    _timestamps(with_zone=False)
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.drop_column("changed_by")
            batch.drop_column("version")


def _timestamps(*, with_zone: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in UTC_TIMESTAMPS:
        op.alter_column(table, column, type_=sa.DateTime(timezone=with_zone), existing_nullable=False,
                        postgresql_using=f'"{column}" AT TIME ZONE \'UTC\'')
