"""Meeting outcomes, leads, the feedback sheet and follow-ups, on a copy of the demo store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import Session

from c2c.config import resolve_store
from c2c.errors import InvalidInput, NotFound
from c2c.services import missions
from c2c.services.outcomes import follow_ups, leads, record, sheet
from c2c.services.outcomes.history import company_history
from c2c.store.engine import Store, open_store
from c2c.store.reading import session_reader

Said = record.OutcomeInput


@pytest.fixture
def store(demo_db: Path) -> Iterator[Store]:
    opened = open_store(resolve_store(str(demo_db)))
    yield opened
    opened.dispose()


def meeting_of(session: Session, a: str, b: str) -> int:
    rows = record.outcome_rows(session_reader(session), missions.get_mission(session, "lyon-2018").id or 0)
    return next(r["meeting"] for r in rows if r["company"].startswith(a) and r["meets"].startswith(b))


def test_a_next_step_opens_one_lead_that_keeps_the_furthest_step(store: Store) -> None:
    with store.session() as session:
        lyon = missions.get_mission(session, "lyon-2018")
        meeting = meeting_of(session, "Avioparts", "Drones Vercors")
        first = record.record_outcome(session, lyon, meeting, "Avioparts", Said("held", "high", "quote", "Secret A"))
        second = record.record_outcome(session, lyon, meeting, "Drones Vercors", Said("held", "low", "partnership"))
        again = record.record_outcome(session, lyon, meeting, "Avioparts", Said(next_step="documentation"))
    assert first.lead_opened
    assert not second.lead_opened
    assert first.lead is not None
    assert second.lead is not None
    assert again.lead is not None
    assert first.lead.id == second.lead.id == again.lead.id
    with store.session() as session:
        rows = leads.lead_rows(session_reader(session))
    lead = next(r for r in rows if r["id"] == first.lead.id)
    assert (lead["next_step"], lead["status"], lead["started"]) == ("partnership", "open", "lyon-2018")
    assert "Mario Rossi" in lead["people"]


def test_an_outcome_is_refused_for_a_company_outside_the_meeting_and_a_no_show_has_no_interest(store: Store) -> None:
    with store.session() as session:
        lyon = missions.get_mission(session, "lyon-2018")
        meeting = meeting_of(session, "Avioparts", "Drones Vercors")
        with pytest.raises(InvalidInput, match="is not in meeting"):
            record.record_outcome(session, lyon, meeting, "Software Volo", Said("held"))
        with pytest.raises(InvalidInput, match="has no interest or next step"):
            record.record_outcome(session, lyon, meeting, "Avioparts", Said("no-show", "high"))
        with pytest.raises(NotFound, match="no meeting 999 in mission lyon-2018"):
            record.record_outcome(session, lyon, 999, "Avioparts", Said("held"))


def test_a_company_history_shows_its_own_note_never_the_other_sides(store: Store) -> None:
    with store.session() as session:
        lyon = missions.get_mission(session, "lyon-2018")
        meeting = meeting_of(session, "Avioparts", "Drones Vercors")
        record.record_outcome(session, lyon, meeting, "Avioparts", Said("held", "high", "quote", "Ours: price 12 €"))
        record.record_outcome(session, lyon, meeting, "Drones Vercors", Said("held", "low", "none", "Theirs: too dear"))
    with store.session() as session:
        db = session_reader(session)
        mine = company_history(db, _company_id(session, "Drones Vercors SAS"), "Drones Vercors SAS")
    text = repr(mine)
    assert "Theirs: too dear" in text
    assert "Ours: price 12 €" not in text
    assert "high" not in [m["interest"] for m in mine.meetings]
    assert [v["mission"] for v in mine.visits] == ["lyon-2018"]
    assert next(m for m in mine.meetings if m["meeting"] == meeting)["they_said"] == "held"


def _company_id(session: Session, name: str) -> int:
    from c2c.services.companies import get_company

    return get_company(session, name).id or 0


def test_lead_edits_are_kept_dated_in_order(store: Store) -> None:
    with store.session() as session:
        lyon = missions.get_mission(session, "lyon-2018")
        meeting = meeting_of(session, "Avioparts", "Drones Vercors")
        lead = record.record_outcome(session, lyon, meeting, "Avioparts", Said("held", "high", "quote")).lead
        assert lead is not None
        leads.edit_lead(session, lead.id or 0, "in-progress", "Samples sent")
        leads.edit_lead(session, lead.id or 0, None, "Visit booked")
        with pytest.raises(InvalidInput, match="nothing to change"):
            leads.edit_lead(session, lead.id or 0, None, None)
    with store.session() as session:
        history = leads.lead_history(session_reader(session), lead.id or 0)
    assert [(e["status"], e["note"]) for e in history][-2:] == [("in-progress", "Samples sent"),
                                                                ("in-progress", "Visit booked")]


def test_the_feedback_template_reads_back_and_its_filled_rows_are_recorded(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "feedback.xlsx"
    with store.session() as session:
        lyon = missions.get_mission(session, "lyon-2018")
        count = sheet.write_template(session, lyon, "Avioparts", out)
    book = openpyxl.load_workbook(out)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[1] == sheet.TEMPLATE_HEADERS
    assert len(rows) == count + 2
    assert {r[3] for r in rows[2:]} == {"Avioparts Srl"}
    book.active.cell(3, 6, "Tenuto")
    book.active.cell(3, 7, "alta")
    book.active.cell(3, 8, "Preventivo")
    book.active.cell(3, 9, "Nota privata")
    book.save(out)
    with store.session() as session:
        result = sheet.import_outcomes(session, missions.get_mission(session, "lyon-2018"), out)
        mine = record.outcome_rows(session_reader(session), missions.get_mission(session, "lyon-2018").id or 0)
    assert (result.recorded, result.blank) == (1, count - 1)
    said = next(r for r in mine if r["meeting"] == rows[2][0] and r["company"] == "Avioparts Srl")
    assert (said["status"], said["interest"], said["next_step"], said["note"]) == ("held", "high", "quote", "Nota privata")


def test_a_wrong_row_names_its_row_and_column_and_records_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "esiti.csv"
    path.write_text("Incontro;Azienda;Esito;Interesse\n1;Avioparts;tenuto;alta\n2;Avioparts;forse;\n", encoding="utf-8")
    with store.session() as session, pytest.raises(InvalidInput) as error:
        sheet.import_outcomes(session, missions.get_mission(session, "lyon-2018"), path)
    assert error.value.message.startswith("esiti.csv, row 3, column Esito: 'forse' is not a meeting outcome")


def test_follow_ups_place_the_leads_whose_two_companies_come_and_list_the_others(store: Store) -> None:
    from c2c.services.participants import PersonInput, add_participant

    with store.session() as session:
        lyon = missions.get_mission(session, "lyon-2018")
        placed = meeting_of(session, "Avioparts", "Drones Vercors")
        lost = meeting_of(session, "Avioparts", "Auvergne Titane")
        record.record_outcome(session, lyon, placed, "Avioparts", Said("held", "high", "visit"))
        record.record_outcome(session, lyon, lost, "Avioparts", Said("held", "medium", "nda"))
        later = missions.get_mission(session, "francia-lombardia-2020")
        for first, company in (("Mario", "Avioparts Srl"), ("Élodie", "Drones Vercors SAS")):
            add_participant(session, later, PersonInput(first_name=first, last_name="Follow", company=company))
        rows = follow_ups.carry_leads(session, lyon, later)
        wishes = session_reader(session).rows("SELECT priority, lead_id FROM b2b_request WHERE lead_id IS NOT NULL")
    by_placed = {r["placed"]: r for r in rows if r["requested"] in ("Drones Vercors SAS", "Auvergne Titane")}
    assert by_placed[True]["result"] == "wish added, priority 1"
    assert by_placed[False]["result"] == "not placed: Auvergne Titane is not taking part"
    assert {"priority": 1, "lead_id": by_placed[True]["lead"]} in wishes
