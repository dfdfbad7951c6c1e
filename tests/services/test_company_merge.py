"""Merging two companies on a real store: people, wishes, meetings, orders, pitches, availability."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel, select

from c2c.errors import InvalidInput
from c2c.services import companies, company_merge
from c2c.services.b2b import precedence, wishes
from c2c.services.b2b.setup import set_availability
from c2c.services.missions import get_mission
from c2c.store.models import B2BMeeting, B2BRequest, Company, PitchEntry
from tests.factories import put_participant, store_at


def _company_columns() -> list[tuple[str, str]]:
    """Every (table, column) that refers to a company, b2b and pitch tables included."""
    return sorted((table.name, column.name) for table in SQLModel.metadata.tables.values() for column in table.columns
                  for fk in column.foreign_keys if fk.column.table.name == "company")


def test_merge_moves_everything_and_leaves_nothing_pointing_at_the_other(lyon: str, db_path: Path) -> None:
    store = store_at(db_path)
    with store.session() as session:
        mission = get_mission(session, lyon)
        put_participant(session, mission, "Mario", "Rossi", "Avioparts Srl", "LAC", email="mario@avioparts.it")
        for i in range(2):
            put_participant(session, mission, "Anna", f"Ferri{i}", "Aviopart Torino", email=f"anna{i}@aviopart.it")
        put_participant(session, mission, "Jean", "Martin", "Daher", "AAR", email="jean@daher.fr")
        put_participant(session, mission, "Luc", "Morel", "Lauak", "AAR", email="luc@lauak.fr")
        keep, gone = companies.get_company(session, "avioparts"), companies.get_company(session, "Aviopart Torino")
        gone.core_business, gone.website, keep.website = "Titanium parts", "aviopart.it", "avioparts.it"
        daher_a, _ = wishes.add_request(session, mission, "Avioparts Srl", "Daher", priority=2)
        wishes.add_request(session, mission, "Aviopart Torino", "Daher", priority=1)  # asked twice once merged
        wishes.add_request(session, mission, "Daher", "Aviopart Torino", priority=3)
        lauak, _ = wishes.add_request(session, mission, "Lauak", "Aviopart Torino")
        wishes.add_request(session, mission, "Avioparts Srl", "Aviopart Torino", allow_same_cluster=True)
        daher = companies.get_company(session, "Daher")
        daher_b = session.exec(select(B2BMeeting).where(B2BMeeting.company_a_id == min(gone.id or 0, daher.id or 0),
                                                        B2BMeeting.company_b_id == max(gone.id or 0, daher.id or 0))).one()
        daher_b.start, daher_b.table = dt.time(14, 20), 2
        precedence.add_precedence(session, mission, daher_b.id or 0, lauak.id or 0)
        set_availability(session, mission, gone, None, dt.time(15, 0))
        from c2c.services.outcomes.record import OutcomeInput, record_side

        lead = record_side(session, mission, daher_b, gone, OutcomeInput("held", "high", "quote", "Torino's note")).lead
        session.add_all([PitchEntry(mission_id=mission.id or 0, company_id=keep.id, position=1),
                         PitchEntry(mission_id=mission.id or 0, company_id=gone.id, position=2)])
        session.flush()
        summary = company_merge.merge_summary(session, keep, gone)
        assert summary.question() == ("Merge 'Aviopart Torino' into 'Avioparts Srl': 2 people (2 participations), "
                                      "3 wishes and 2 meetings move; the meeting between the two is dropped. "
                                      "Remove 'Aviopart Torino'?")
        rows = company_merge.merge_companies(session, keep, gone)
        gone_id, keep_id = gone.id, keep.id
    assert [(r["what"], r["moved"], r["dropped"]) for r in rows] == [
        ("profile fields", 1, 0), ("people", 2, 0), ("B2B meetings", 1, 2), ("B2B wishes", 2, 2),
        ("pitch entries", 0, 1), ("B2B availability", 1, 0), ("leads", 1, 0)]
    assert [rows[0]["note"], rows[3]["note"]] == ["core business", "one asked twice: priority 1 kept; 1 between the two "
                                                                   "companies dropped"]
    with store.engine.connect() as connection:
        for table, column in _company_columns():
            assert connection.execute(text(f"SELECT COUNT(*) FROM {table} WHERE {column} = :id"),
                                      {"id": gone_id}).scalar() == 0, (table, column)
    with store.session() as session:
        assert session.get(Company, gone_id) is None
        kept = session.get(Company, keep_id)
        assert kept is not None
        assert (kept.core_business, kept.website) == ("Titanium parts", "avioparts.it")
        meeting = session.get(B2BMeeting, daher_a.id)
        assert meeting is not None
        assert (meeting.start, meeting.table) == (dt.time(14, 20), 2)
        asked = {r.requester_id: r.priority for r in session.exec(
            select(B2BRequest).where(B2BRequest.meeting_id == daher_a.id)).all()}
        assert asked == {keep_id: 1, meeting.company_b_id: 3}  # the stronger of the two wishes
        assert lead is not None
        moved = session.execute(text("SELECT company_a_id, company_b_id, meeting_id FROM lead")).all()
        assert moved == [(min(keep_id or 0, daher.id or 0), max(keep_id or 0, daher.id or 0), daher_a.id)]
        said = session.execute(text("SELECT meeting_id, company_id, note FROM b2b_outcome")).all()
        assert said == [(daher_a.id, keep_id, "Torino's note")]
        orders = session.execute(text("SELECT before_id, after_id FROM b2b_precedence")).all()
        assert orders == [(daher_a.id, lauak.id)]
        assert session.execute(text("SELECT COUNT(*) FROM b2b_meeting")).scalar() == 2
    store.dispose()


def test_the_columns_checked_are_every_table_referring_to_companies() -> None:
    assert _company_columns() == [("b2b_company", "company_id"), ("b2b_meeting", "company_a_id"),
                                  ("b2b_meeting", "company_b_id"), ("b2b_outcome", "company_id"),
                                  ("b2b_request", "requester_id"), ("lead", "company_a_id"), ("lead", "company_b_id"),
                                  ("person", "company_id"), ("pitch_entry", "company_id")]


def test_a_company_is_not_merged_into_itself(lyon: str, db_path: Path) -> None:
    store = store_at(db_path)
    with store.session() as session:
        put_participant(session, get_mission(session, lyon), "Mario", "Rossi", "Avioparts Srl")
        company = companies.get_company(session, "AVIOPARTS S.R.L.")
        with pytest.raises(InvalidInput, match="'Avioparts Srl' and 'Avioparts Srl' are the same company"):
            company_merge.merge_companies(session, company, companies.get_company(session, "Avioparts"))
    store.dispose()
