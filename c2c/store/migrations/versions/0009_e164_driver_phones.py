"""driver phones stored as E.164, like every other phone

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24

Before, ``bus add --driver-phone`` stored '+39 333 000 1234' while the import stored
'+393330001234'. Driver phones were read as Italian, so they are read again so; a number
that does not parse is left as it was.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    import phonenumbers

    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, driver_phone FROM coach WHERE driver_phone IS NOT NULL")).all()
    for coach_id, phone in rows:
        try:
            number = phonenumbers.parse(phone, "IT")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_possible_number(number):
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if e164 != phone:
            connection.execute(sa.text("UPDATE coach SET driver_phone = :phone WHERE id = :id"),
                               {"phone": e164, "id": coach_id})


def downgrade() -> None:
    pass  # E.164 reads back as well as the old format: nothing to undo
