"""after the day: meeting outcomes, leads and their history, follow-up wishes, consent to be listed

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-03

People stored before this had not been asked: they start without consent, so no catalogue
shares their details until someone records it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "b2b_outcome",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("b2b_meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("company_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("interest", sa.String(), nullable=True),
        sa.Column("next_step", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("meeting_id", "company_id", name="uq_b2b_outcome_side"),
    )
    op.create_index("ix_b2b_outcome_meeting_id", "b2b_outcome", ["meeting_id"])
    op.create_table(
        "lead",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("company_a_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="CASCADE"), nullable=False),
        sa.Column("company_b_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="CASCADE"), nullable=False),
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="SET NULL"), nullable=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("b2b_meeting.id", ondelete="SET NULL"), nullable=True),
        sa.Column("next_step", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("meeting_id", name="uq_lead_meeting"),
    )
    op.create_index("ix_lead_company_a_id", "lead", ["company_a_id"])
    op.create_index("ix_lead_company_b_id", "lead", ["company_b_id"])
    op.create_table(
        "lead_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lead_id", sa.Integer(), sa.ForeignKey("lead.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
    )
    op.create_index("ix_lead_event_lead_id", "lead_event", ["lead_id"])
    # a batch copy of b2b_request is safe (no table refers to it); person gets a plain ADD COLUMN,
    # since copying it would cascade-delete its participations
    with op.batch_alter_table("b2b_request") as batch:
        batch.add_column(sa.Column("lead_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_b2b_request_lead_id", "lead", ["lead_id"], ["id"], ondelete="SET NULL")
    op.add_column("person", sa.Column("consent", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("person", "consent")
    with op.batch_alter_table("b2b_request") as batch:
        batch.drop_constraint("fk_b2b_request_lead_id", type_="foreignkey")
        batch.drop_column("lead_id")
    op.drop_table("lead_event")
    op.drop_table("lead")
    op.drop_table("b2b_outcome")
