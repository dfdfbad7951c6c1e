"""The pure scheduler on tiny instances whose optimum is known by hand."""

from __future__ import annotations

import time
from typing import Any

from c2c.services.b2b.solver.problem import Meeting, Participant, Problem
from c2c.services.b2b.solver.solve import schedule
from c2c.services.b2b.solver.warm_start import count_breaks, greedy_schedule


def problem(meetings: list[Meeting], n_slots: int, tables: int = 5, **kwargs: object) -> Problem:
    names = sorted({p for m in meetings for p in (m.a, m.b)})
    forbidden = kwargs.pop("forbidden", {})
    capacity = kwargs.pop("capacity", {})
    participants = [
        Participant(n, capacity=capacity.get(n, 1), forbidden=frozenset(forbidden.get(n, ())))  # type: ignore[attr-defined]
        for n in names
    ]
    base: dict[str, object] = {"time_limit": 5.0, "workers": 1, "seed": 1}
    base.update(kwargs)
    return Problem(participants, meetings, n_slots, tables, **base)  # type: ignore[arg-type]


def triangle() -> list[Meeting]:
    return [Meeting("1", "A", "B"), Meeting("2", "B", "C"), Meeting("3", "A", "C")]


def test_triangle_in_three_slots_needs_exactly_one_break() -> None:
    # each company has two meetings in three slots, one table: someone waits once
    solution = schedule(problem(triangle(), 3, tables=1))
    assert solution.status == "optimal"
    assert len(solution.slots) == 3
    assert solution.objective == 1
    assert solution.bound == 1
    assert sorted(solution.breaks.values()) == [0, 0, 1]


def test_star_is_scheduled_back_to_back() -> None:
    meetings = [Meeting("1", "A", "B"), Meeting("2", "A", "C"), Meeting("3", "A", "D")]
    solution = schedule(problem(meetings, 6))
    assert solution.objective == 0
    assert sorted(solution.slots.values()) in ([0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 5])


def test_more_meetings_than_slots_keeps_the_priority_one_and_says_why() -> None:
    meetings = [Meeting("1", "A", "B", priority=3), Meeting("2", "A", "C", priority=1), Meeting("3", "A", "D", priority=3)]
    solution = schedule(problem(meetings, 2))
    assert len(solution.slots) == 2
    assert "2" in solution.slots
    [(key, reason)] = solution.unscheduled.items()
    assert key in ("1", "3")
    assert reason.startswith("A busy in every slot both could take")


def test_unavailable_party_gets_a_reason_naming_it() -> None:
    p = problem([Meeting("1", "A", "B")], 3, forbidden={"B": [0, 1, 2]},
                unavailability_notes={"B": "B unavailable after 14:00"})
    solution = schedule(p)
    assert solution.unscheduled == {"1": "no slot in the B2B session where both can meet: B unavailable after 14:00"}


def test_full_tables_are_the_reason() -> None:
    meetings = [Meeting("1", "A", "B", priority=1), Meeting("2", "C", "D", priority=3)]
    solution = schedule(problem(meetings, 1, tables=1))
    assert solution.slots == {"1": 0}
    assert solution.unscheduled == {"2": "no free table in slot 1"}


def test_fixed_slot_and_table_are_kept() -> None:
    meetings = [Meeting("1", "A", "B", fixed_slot=2, fixed_table=3), Meeting("2", "A", "C")]
    solution = schedule(problem(meetings, 4, tables=3))
    assert solution.slots["1"] == 2
    assert solution.tables["1"] == 3
    assert solution.slots["2"] in (1, 3)  # next to it: no break
    assert solution.objective == 0


def test_sessions_and_precedences_hold() -> None:
    meetings = [Meeting("1", "A", "B", session="pm"), Meeting("2", "A", "C", session="am"), Meeting("3", "B", "C")]
    p = problem(meetings, 4, morning_slots=2, precedences=[("1", "3")])
    solution = schedule(p)
    assert solution.slots["1"] >= 2
    assert solution.slots["2"] < 2
    assert solution.slots["3"] > solution.slots["1"]


def test_capacity_lets_a_company_hold_two_meetings_at_once() -> None:
    meetings = [Meeting("1", "A", "B"), Meeting("2", "A", "C")]
    solution = schedule(problem(meetings, 1, capacity={"A": 2}))
    assert solution.slots == {"1": 0, "2": 0}


def test_same_seed_same_timetable() -> None:
    meetings = [Meeting(str(i), a, b) for i, (a, b) in enumerate(
        [("A", "X"), ("A", "Y"), ("B", "X"), ("B", "Z"), ("C", "Y"), ("C", "Z"), ("A", "Z"), ("B", "Y")])]
    first = schedule(problem(meetings, 6, tables=2, seed=7))
    second = schedule(problem(meetings, 6, tables=2, seed=7))
    assert first.slots == second.slots
    assert first.tables == second.tables


def test_rescheduling_moves_nothing_when_it_need_not() -> None:
    meetings = triangle()
    first = schedule(problem(meetings, 4, tables=1))
    added = [*meetings, Meeting("4", "D", "E")]
    second = schedule(problem(added, 4, tables=2, previous=first.slots))
    assert second.moved == []
    assert {k: second.slots[k] for k in first.slots} == first.slots


def test_the_phases_are_announced_in_order_for_a_progress_display() -> None:
    heard: list[str] = []
    first = schedule(problem(triangle(), 4, tables=1), heard.append)
    assert heard == ["the most meetings", "the fewest breaks", "tables"]
    heard.clear()
    schedule(problem(triangle(), 4, tables=1, previous=first.slots), heard.append)
    assert heard == ["the most meetings", "the fewest moves", "the fewest breaks", "tables"]


def test_the_optimisation_gives_way_to_the_probes_only_when_its_bound_is_stuck_far_below_its_best() -> None:
    from c2c.services.b2b.solver.breaks import STALL_SECONDS, stalled

    assert stalled(STALL_SECONDS, bound=3, best=56)  # ticf-13crafb after 5 s
    assert not stalled(STALL_SECONDS - 0.1, bound=3, best=56)
    assert not stalled(STALL_SECONDS, bound=3, best=8)  # tic-13crafc: it finds 4 itself
    assert not stalled(STALL_SECONDS, bound=59, best=98)


def test_greedy_is_a_first_free_slot_baseline() -> None:
    assert greedy_schedule(problem(triangle(), 3, tables=1)) == {"1": 0, "2": 1, "3": 2}


def test_empty_problem() -> None:
    assert schedule(problem([], 3)).status == "empty"


FAIR_PAIRS = [("A", "C"), ("A", "E"), ("A", "F"), ("B", "D"), ("B", "F"), ("C", "D"), ("C", "E"), ("D", "E")]


def _fair_problem(fairness: int | None) -> Problem:
    """A cannot meet in slots 2 and 4, which costs it two breaks whatever the others do."""
    people = [Participant("A", forbidden=frozenset({1, 3}))] + [Participant(k) for k in "BCDEF"]
    meetings = [Meeting(str(i), a, b) for i, (a, b) in enumerate(FAIR_PAIRS)]
    return Problem(people, meetings, n_slots=5, tables=2, fairness=fairness, time_limit=10, workers=1)


def test_fairness_holds_with_real_breaks_not_phantom_ones() -> None:
    free = schedule(_fair_problem(None))
    assert (free.status, free.objective, free.breaks["A"]) == ("optimal", 2, 2)
    fair = schedule(_fair_problem(1))
    assert fair.status == "optimal"
    assert fair.fairness_applied
    assert fair.breaks == count_breaks(_fair_problem(1), fair.slots)  # the counts are the timetable's
    assert max(fair.breaks.values()) - min(fair.breaks.values()) <= 1
    assert fair.objective == 7


def test_fairness_that_no_timetable_meets_is_dropped_and_said() -> None:
    people = [Participant("A"), Participant("B", forbidden=frozenset({1, 2})), Participant("C", forbidden=frozenset({0, 1}))]
    problem = Problem(people, [Meeting("1", "A", "B"), Meeting("2", "A", "C")], n_slots=3, tables=1, fairness=0,
                      time_limit=5, workers=1)
    solution = schedule(problem)
    assert solution.slots == {"1": 0, "2": 2}
    assert solution.breaks["A"] == 1
    assert not solution.fairness_applied
    assert solution.notes == ["no timetable keeps breaks within 0 of each other (none exists)"]


def test_sequential_counter_allows_exactly_the_small_enough_sets() -> None:
    from itertools import product

    from ortools.sat.python import cp_model

    from c2c.services.b2b.solver.model import at_most_sequential

    for values in product((0, 1), repeat=5):
        model = cp_model.CpModel()
        lits = [model.new_bool_var(f"l{i}") for i in range(5)]
        at_most_sequential(model, lits, 2, "count")
        for lit, value in zip(lits, values, strict=True):
            model.add(lit == value)
        status = cp_model.CpSolver().solve(model)
        assert (status == cp_model.OPTIMAL) == (sum(values) <= 2), values


def _tight_tables() -> Problem:
    """Six companies, nine meetings, two tables, five slots: full tables, breaks forced."""
    pairs = [("A", "B"), ("A", "C"), ("A", "D"), ("B", "E"), ("C", "F"), ("D", "E"), ("E", "F"), ("B", "F"), ("C", "D")]
    return problem([Meeting(str(i), a, b) for i, (a, b) in enumerate(pairs)], 5, tables=2, fairness=2)


def _breaks_model(tight: Problem) -> Any:
    """The scheduler's model of ``tight`` with every meeting held, minimising breaks."""
    from c2c.services.b2b.solver.model import build

    model = build(tight)
    model.all_held()
    model.cp.minimize(sum(model.all_break_ends()))
    return model


def test_counted_tables_copy_keeps_the_optimum_and_the_table_limit() -> None:
    from ortools.sat.python import cp_model

    tight = _tight_tables()
    model = _breaks_model(tight)
    results = []
    for cp in (model.cp, model.with_counters(model.cp)):
        solver = cp_model.CpSolver()
        assert solver.solve(cp) == cp_model.OPTIMAL
        slots = model.slots_of(solver)
        assert max(list(slots.values()).count(s) for s in range(5)) <= 2
        results.append(round(solver.objective_value))
    assert results[0] == results[1] == schedule(tight).objective


def test_probes_improve_on_a_poor_timetable_and_prove_it() -> None:
    from ortools.sat.python import cp_model

    from c2c.services.b2b.solver.breaks import _probes, _Stage

    tight = _tight_tables()
    model = _breaks_model(tight)
    poor = greedy_schedule(tight)
    assert len(poor) == len(tight.meetings)
    before = sum(count_breaks(tight, poor).values())
    best = _probes(model, model.cp, _Stage(cp_model.FEASIBLE, poor, before, 0), time.monotonic() + 10)
    assert best.status == cp_model.OPTIMAL
    assert best.slots is not None
    assert best.objective == sum(count_breaks(tight, best.slots).values()) == schedule(tight).objective
    assert best.objective <= before


def test_probes_settle_one_break_from_the_bound_either_way() -> None:
    """Below the optimum the bound is refuted, at it a timetable is found, also from a poor start."""
    from ortools.sat.python import cp_model

    from c2c.services.b2b.solver.breaks import _probes, _Stage

    tight = _tight_tables()
    best = schedule(tight)
    assert best.status == "optimal"
    assert best.objective >= 2
    starts = ((best.objective, best.objective - 1), (best.objective + 1, best.objective), (best.objective + 3, best.objective - 1))
    for objective, bound in starts:
        model = _breaks_model(tight)
        settled = _probes(model, model.cp, _Stage(cp_model.FEASIBLE, best.slots, objective, bound), time.monotonic() + 10)
        assert settled.status == cp_model.OPTIMAL
        assert settled.slots is not None
        assert settled.objective == settled.bound == best.objective
        assert sum(count_breaks(tight, settled.slots).values()) == best.objective


def test_race_ends_when_a_proof_meets_the_best_timetable() -> None:
    from c2c.services.b2b.solver.breaks import _Race

    race = _Race(bound=1, objective=3)
    assert not race.over
    race.refuted(1)
    assert (race.bound, race.over) == (2, False)
    race.refuted(2)
    assert (race.bound, race.over) == (3, True)
    assert _Race(bound=2, objective=2).over


def test_race_goes_on_after_a_timetable_above_the_bound() -> None:
    from c2c.services.b2b.solver.breaks import _Race

    race = _Race(bound=4, objective=40)
    race.found(5)
    assert (race.objective, race.over) == (5, False)
    race.refuted(4)
    assert (race.bound, race.over) == (5, True)


def _one_must_go() -> Problem:
    """Meeting 1 (afternoon only) must come before meeting 2 (morning only): one of them goes.

    A then holds two meetings, and D's three meetings need one unbroken run of slots.
    """
    meetings = [Meeting("1", "A", "B", session="pm"), Meeting("2", "A", "C", session="am"), Meeting("3", "A", "D"),
                Meeting("4", "B", "D"), Meeting("5", "C", "D"), Meeting("6", "B", "C")]
    return problem(meetings, 4, tables=2, morning_slots=2, precedences=[("1", "2")], fairness=2)


def test_a_precedence_no_slots_allow_drops_one_meeting_and_says_why() -> None:
    solution = schedule(_one_must_go())
    assert len(solution.slots) == 5
    [(left_out, reason)] = solution.unscheduled.items()
    assert left_out in ("1", "2")
    assert "must come" in reason
    assert solution.status == "optimal"
    assert solution.objective == sum(count_breaks(_one_must_go(), solution.slots).values())


def _fewest_breaks(tight: Problem, dropped: int, windows: bool) -> int:
    from ortools.sat.python import cp_model

    from c2c.services.b2b.solver.model import build

    model = build(tight)
    model.cp.add(sum(model.held.values()) >= len(model.held) - dropped)
    if windows:
        model.few_dropped(dropped)
    model.cp.minimize(sum(model.all_break_ends()))
    solver = cp_model.CpSolver()
    assert solver.solve(model.cp) == cp_model.OPTIMAL
    return round(solver.objective_value)


def test_windows_for_a_few_dropped_meetings_keep_the_optimum() -> None:
    # the implied windows of every length a participant may end up with cut no timetable off
    for tight, dropped in ((_one_must_go(), 1), (_tight_tables(), 2), (_tight_tables(), 3)):
        assert _fewest_breaks(tight, dropped, windows=True) == _fewest_breaks(tight, dropped, windows=False)


def _a_waits_and_one_must_go() -> Problem:
    """A cannot meet in slots 2 and 3, so it waits between its two meetings; E loses one of its two."""
    meetings = [Meeting("1", "A", "B"), Meeting("2", "A", "C"), Meeting("3", "E", "F", session="pm"),
                Meeting("4", "E", "G", session="am")]
    return problem(meetings, 4, morning_slots=2, precedences=[("3", "4")], forbidden={"A": [1, 2]})


def test_windows_for_a_few_dropped_meetings_prove_a_break_is_needed() -> None:
    from c2c.services.b2b.solver.breaks import _without_breaks
    from c2c.services.b2b.solver.model import build

    tight = _a_waits_and_one_must_go()
    assert _fewest_breaks(tight, 1, windows=True) == _fewest_breaks(tight, 1, windows=False) == 1
    model = build(tight)
    model.cp.add(sum(model.held.values()) >= len(model.held) - 1)
    model.few_dropped(1)
    assert _without_breaks(model, 5) is None
    assert model.breaks_needed


def test_without_a_fair_timetable_in_time_the_fewest_breaks_are_kept_and_said_to_be_uneven() -> None:
    from c2c.services.b2b.solver.breaks import _fairness, _unfair_fallback
    from c2c.services.b2b.solver.model import build
    from c2c.services.b2b.solver.problem import Solution

    # A waits between its two meetings while B and C have one each: "within 0" cannot hold
    waits = problem([Meeting("1", "A", "B"), Meeting("2", "A", "C")], 4, forbidden={"A": [1, 2]}, fairness=0)
    model = build(waits)
    model.all_held()
    model.cp.minimize(sum(model.all_break_ends()))
    unfair = model.cp.clone()
    assert _fairness(model)
    solution = Solution(status="feasible")
    best = _unfair_fallback(model, unfair, solution, time.monotonic() + 5)
    assert best is not None
    assert best.slots is not None
    assert best.objective == sum(count_breaks(waits, best.slots).values()) == 1
    assert not solution.fairness_applied
    assert solution.notes == [
        "no timetable keeping breaks within 0 of each other was found in time: breaks are not evened out"]


def _fixed_apart() -> Problem:
    """A's meetings are fixed in slots 0, 2 and 4 of 6: it waits twice whatever the others do."""
    meetings = [Meeting("1", "A", "B", fixed_slot=0), Meeting("2", "A", "C", fixed_slot=2),
                Meeting("3", "A", "D", fixed_slot=4), Meeting("4", "B", "C"), Meeting("5", "C", "D")]
    return problem(meetings, 6)


def test_a_participant_alone_needs_the_breaks_its_fixed_meetings_force() -> None:
    from c2c.services.b2b.solver.model import _fewest_breaks_alone

    apart = _fixed_apart()
    assert _fewest_breaks_alone(apart, "A") == 2
    assert _fewest_breaks_alone(apart, "C") == 0  # 4 and 5 can fill slots 1 and 3


def test_every_meeting_held_adds_what_each_participant_forces() -> None:
    from c2c.services.b2b.solver.model import build

    apart = _fixed_apart()
    model = build(apart)
    model.all_held()
    ends = sorted(end.index for end in model.break_ends["A"])
    rows = [c.linear for c in model.cp.proto.constraints if sorted(c.linear.vars) == ends]
    assert max(row.domain[0] for row in rows) == 2  # the windows alone say 1
    solution = schedule(apart)
    assert (solution.status, solution.breaks["A"], solution.bound) == ("optimal", 2, 2)
