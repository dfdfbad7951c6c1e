"""saved pitch agenda: settings and entries with pins, skips and timings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pitch_agenda",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), nullable=False),
        sa.Column("pitch_seconds", sa.Integer(), nullable=False),
        sa.Column("changeover_seconds", sa.Integer(), nullable=False),
        sa.Column("order_mode", sa.String(), nullable=False),
        sa.Column("per", sa.String(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=True),
        sa.UniqueConstraint("mission_id"),
    )
    op.create_table(
        "pitch_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), nullable=False),
        sa.Column("company_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="CASCADE"), nullable=True),
        sa.Column(
            "participation_id", sa.Integer(), sa.ForeignKey("participation.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("skipped", sa.Boolean(), nullable=False),
        sa.Column("actual_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("actual_end", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("mission_id", "company_id", "participation_id", name="uq_pitch_entry_who"),
    )
    op.create_index("ix_pitch_entry_mission_id", "pitch_entry", ["mission_id"])


def downgrade() -> None:
    op.drop_table("pitch_entry")
    op.drop_table("pitch_agenda")
