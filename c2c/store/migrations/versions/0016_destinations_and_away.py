"""a leg's destination said on its stop; a company's hours away in the B2B session

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-03

Until now the last stop of an outbound leg was its destination without anyone saying so;
stores made then keep that meaning: the last stop of each outbound leg of two stops or more
is marked as its destination. ``b2b_company.away`` holds 'HH:MM-HH:MM' windows.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coach_stop") as batch:
        batch.add_column(sa.Column("destination", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("b2b_company") as batch:
        batch.add_column(sa.Column("away", sa.JSON(), nullable=False, server_default="[]"))
    connection = op.get_bind()
    last_stops = connection.execute(sa.text(
        "SELECT MAX(st.id) FROM coach_stop AS st JOIN coach_leg AS l ON l.id = st.leg_id "
        "WHERE l.kind = 'outbound' AND st.position = "
        "(SELECT MAX(o.position) FROM coach_stop AS o WHERE o.leg_id = st.leg_id) AND st.position >= 2 "
        "GROUP BY st.leg_id")).scalars().all()
    if last_stops:
        connection.execute(sa.text("UPDATE coach_stop SET destination = :yes WHERE id = :id"),
                           [{"yes": True, "id": stop_id} for stop_id in last_stops])


def downgrade() -> None:
    with op.batch_alter_table("b2b_company") as batch:
        batch.drop_column("away")
    with op.batch_alter_table("coach_stop") as batch:
        batch.drop_column("destination")
