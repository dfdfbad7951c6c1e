"""B2B meetings: setup, merged meetings, requests, company availability

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "b2b_setup",
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("tables", sa.Integer(), nullable=False),
        sa.Column("breaks", sa.JSON(), nullable=False),
    )
    op.create_table(
        "b2b_meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), nullable=False),
        sa.Column("company_a_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="CASCADE"), nullable=False),
        sa.Column("company_b_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Time(), nullable=True),
        sa.Column("table", sa.Integer(), nullable=True),
        sa.Column("fixed", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.UniqueConstraint("mission_id", "company_a_id", "company_b_id", name="uq_b2b_meeting_pair"),
    )
    op.create_index("ix_b2b_meeting_mission_id", "b2b_meeting", ["mission_id"])
    op.create_table(
        "b2b_request",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("b2b_meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("requester_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="CASCADE"), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("session", sa.String(), nullable=True),
        sa.UniqueConstraint("meeting_id", "requester_id", name="uq_b2b_request_side"),
    )
    op.create_index("ix_b2b_request_meeting_id", "b2b_request", ["meeting_id"])
    op.create_table(
        "b2b_company",
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("company_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("available_from", sa.Time(), nullable=True),
        sa.Column("available_until", sa.Time(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("b2b_company")
    op.drop_table("b2b_request")
    op.drop_table("b2b_meeting")
    op.drop_table("b2b_setup")
