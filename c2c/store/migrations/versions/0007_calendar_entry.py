"""calendar export state: stable UIDs, SEQUENCE and cancellations

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), nullable=False),
        sa.Column("calendar", sa.String(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("last_exported", sa.DateTime(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("mission_id", "uid", name="uq_calendar_entry_mission_uid"),
    )
    op.create_index("ix_calendar_entry_mission_id", "calendar_entry", ["mission_id"])


def downgrade() -> None:
    op.drop_table("calendar_entry")
