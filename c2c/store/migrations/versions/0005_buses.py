"""coaches, legs, stops, seat assignments and boardings

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coach",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("reserved_seats", sa.Integer(), nullable=False),
        sa.Column("operator", sa.String(), nullable=True),
        sa.Column("plate", sa.String(), nullable=True),
        sa.Column("driver_phone", sa.String(), nullable=True),
        sa.UniqueConstraint("mission_id", "name", name="uq_coach_mission_name"),
    )
    op.create_index("ix_coach_mission_id", "coach", ["mission_id"])
    op.create_table(
        "coach_leg",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coach.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.UniqueConstraint("coach_id", "name", name="uq_coach_leg_coach_name"),
    )
    op.create_index("ix_coach_leg_coach_id", "coach_leg", ["coach_id"])
    op.create_table(
        "coach_stop",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("leg_id", sa.Integer(), sa.ForeignKey("coach_leg.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("time", sa.Time(), nullable=False),
        sa.Column("day_offset", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(), nullable=True),
        sa.UniqueConstraint("leg_id", "position", name="uq_coach_stop_leg_position"),
    )
    op.create_index("ix_coach_stop_leg_id", "coach_stop", ["leg_id"])
    op.create_table(
        "seat_assignment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "participation_id", sa.Integer(), sa.ForeignKey("participation.id", ondelete="CASCADE"),
            nullable=False, unique=True,
        ),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coach.id", ondelete="SET NULL"), nullable=True),
        sa.Column("pickup_stop", sa.String(), nullable=True),
        sa.Column("waitlisted", sa.Boolean(), nullable=False),
        sa.Column("waitlist_reason", sa.String(), nullable=True),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_seat_assignment_coach_id", "seat_assignment", ["coach_id"])
    op.create_table(
        "boarding",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "seat_assignment_id", sa.Integer(), sa.ForeignKey("seat_assignment.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("leg_id", sa.Integer(), sa.ForeignKey("coach_leg.id", ondelete="CASCADE"), nullable=False),
        sa.Column("boarded_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("seat_assignment_id", "leg_id", name="uq_boarding_seat_leg"),
    )
    op.create_index("ix_boarding_seat_assignment_id", "boarding", ["seat_assignment_id"])
    op.create_index("ix_boarding_leg_id", "boarding", ["leg_id"])


def downgrade() -> None:
    op.drop_table("boarding")
    op.drop_table("seat_assignment")
    op.drop_table("coach_stop")
    op.drop_table("coach_leg")
    op.drop_table("coach")
