"""core: clusters, missions, companies, people, participations

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cluster",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("short_name", sa.String(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("region", sa.String(), nullable=True),
        sa.Column("website", sa.String(), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
    )
    op.create_index("ix_cluster_name", "cluster", ["name"], unique=True)
    op.create_index("ix_cluster_short_name", "cluster", ["short_name"], unique=False)

    op.create_table(
        "mission",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("host_cluster_id", sa.Integer(), sa.ForeignKey("cluster.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("guest_cluster_id", sa.Integer(), sa.ForeignKey("cluster.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("venue", sa.String(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_mission_slug", "mission", ["slug"], unique=True)

    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), sa.ForeignKey("cluster.id", ondelete="SET NULL"), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("website", sa.String(), nullable=True),
        sa.Column("core_business", sa.String(), nullable=True),
        sa.Column("areas_of_interest", sa.String(), nullable=True),
        sa.Column("partners_sought", sa.String(), nullable=True),
        sa.Column("current_projects", sa.String(), nullable=True),
    )
    op.create_index("ix_company_name_key", "company", ["name_key"], unique=True)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("company_id", sa.Integer(), sa.ForeignKey("company.id", ondelete="SET NULL"), nullable=True),
    )
    op.create_index("ix_person_email", "person", ["email"], unique=True)

    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id", ondelete="CASCADE"), nullable=False),
        sa.Column("mission_id", sa.Integer(), sa.ForeignKey("mission.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("pitch", sa.Boolean(), nullable=True),
        sa.Column("bus_stop", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("person_id", "mission_id", name="uq_participation_person_mission"),
    )
    op.create_index("ix_participation_person_id", "participation", ["person_id"])
    op.create_index("ix_participation_mission_id", "participation", ["mission_id"])


def downgrade() -> None:
    for table in ("participation", "person", "company", "mission", "cluster"):
        op.drop_table(table)
