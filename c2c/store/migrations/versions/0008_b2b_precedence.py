"""B2B precedences: the organiser's order between two meetings

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "b2b_precedence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), nullable=False),
        sa.Column("before_id", sa.Integer(), sa.ForeignKey("b2b_meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("after_id", sa.Integer(), sa.ForeignKey("b2b_meeting.id", ondelete="CASCADE"), nullable=False),
        sa.UniqueConstraint("before_id", "after_id", name="uq_b2b_precedence_pair"),
    )
    op.create_index("ix_b2b_precedence_mission_id", "b2b_precedence", ["mission_id"])


def downgrade() -> None:
    op.drop_table("b2b_precedence")
