"""The B2B scheduler: CP-SAT, solved in lexicographic phases.

1. hold the most meetings, weighted by priority and mutuality (skipped when the greedy warm
   start already holds them all);
2. move as few meetings as possible from the previous timetable (only when there is one);
3. the fewest breaks, with the breaks of any two participants differing by at most d
   (``breaks``: a look for none, the optimisation, then probes at the bound);
4. tables by a per-slot assignment that keeps companies at their table.

Each phase fixes the value the previous one reached and hints its solution. Pure: no store,
no terminal.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from c2c.services.b2b.solver.breaks import phase_breaks
from c2c.services.b2b.solver.model import Model, build, new_solver, seconds_left
from c2c.services.b2b.solver.problem import Problem, Solution
from c2c.services.b2b.solver.warm_start import (
    assign_tables,
    count_breaks,
    explain_unscheduled,
    greedy_schedule,
)


def schedule(problem: Problem, on_phase: Callable[[str], None] | None = None) -> Solution:
    """Solve ``problem`` within its time limit; every meeting left out gets a reason.

    ``on_phase`` hears what the solver turns to ("the most meetings", "the fewest breaks"…),
    for a progress display.
    """
    started = time.monotonic()
    deadline = started + problem.time_limit
    if not problem.meetings:
        return Solution(status="empty")
    _check(problem)
    phase = on_phase or (lambda _: None)
    phase("the most meetings")
    model = build(problem)
    slots = greedy_schedule(problem)
    solution = Solution(status="feasible")
    total_weight = sum(m.weight for m in problem.meetings)
    proven_all = len(slots) == len(problem.meetings)
    if proven_all:
        model.all_held()
        solution.weight_bound = total_weight
    elif (complete := _all_meetings(model, seconds_left(deadline, 0.15))) is not None:
        slots, proven_all = complete, True
        model.all_held()
        solution.weight_bound = total_weight
    else:
        found = _phase_meetings(model, slots, seconds_left(deadline, 0.3))
        if found is None:
            return _infeasible(problem, started)
        slots, solution.weight_bound, proven_all = found
        if len(slots) == len(problem.meetings):
            model.all_held()
    solution.weight = sum(m.weight for m in problem.meetings if m.key in slots)
    if not model.everything_held:
        # the meetings phase keeps at least this weight, so at most this many go unheld
        model.few_dropped((total_weight - solution.weight) // min(m.weight for m in problem.meetings))
    if problem.previous:
        phase("the fewest moves")
        slots = _phase_moves(model, slots, seconds_left(deadline, 0.4))
    phase("the fewest breaks")
    slots, solution = phase_breaks(model, slots, solution, seconds_left(deadline, 1.0))
    phase("tables")
    return _finish(problem, slots, solution, proven_all, started)


def _check(problem: Problem) -> None:
    keys = {p.key for p in problem.participants}
    for m in problem.meetings:
        if m.a not in keys or m.b not in keys or m.a == m.b:
            raise ValueError(f"meeting {m.key} names unknown or equal participants")
    if problem.tables < 1 or problem.n_slots < 1:
        raise ValueError("the problem needs at least one slot and one table")


def _all_meetings(model: Model, seconds: float) -> dict[str, int] | None:
    """A timetable holding every meeting, if a short search finds one where the greedy did not.

    Asking for all of them lets everything "all held" implies propagate (fixed counts, gapless
    windows), which finds complete timetables that maximising from a partial one misses.
    """
    from ortools.sat.python import cp_model

    probe = model.cp.clone()
    model.all_held(probe)
    solver = new_solver(model.problem, seconds)
    status = solver.solve(probe)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return model.slots_of(solver)
    if status == cp_model.INFEASIBLE:
        model.cp.add(sum(model.held.values()) <= len(model.held) - 1)
    return None


def _phase_meetings(model: Model, greedy: dict[str, int], seconds: float) -> tuple[dict[str, int], int, bool] | None:
    from ortools.sat.python import cp_model

    problem = model.problem
    weights = {m.key: m.weight for m in problem.meetings}
    objective = sum(weights[k] * v for k, v in model.held.items())
    model.cp.maximize(objective)
    model.hint(greedy)
    solver = new_solver(problem, seconds)
    status = solver.solve(model.cp)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    slots = model.slots_of(solver)
    value = round(solver.objective_value)
    bound = round(solver.best_objective_bound)
    model.cp.clear_objective()
    model.cp.add(objective >= value)
    return slots, bound, status == cp_model.OPTIMAL


def _phase_moves(model: Model, slots: dict[str, int], seconds: float) -> dict[str, int]:
    from ortools.sat.python import cp_model

    problem = model.problem
    kept = [model.x[k, s] for k, s in problem.previous.items() if (k, s) in model.x]
    model.cp.maximize(sum(kept))
    model.hint(slots)
    solver = new_solver(problem, seconds)
    status = solver.solve(model.cp)
    model.cp.clear_objective()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return slots
    model.cp.add(sum(kept) >= round(solver.objective_value))
    return model.slots_of(solver)


def _finish(problem: Problem, slots: dict[str, int], solution: Solution, proven_all: bool, started: float) -> Solution:
    solution.slots = slots
    solution.breaks = count_breaks(problem, slots)
    solution.objective = sum(solution.breaks.values())
    solution.bound = min(solution.bound, solution.objective)
    solution.tables, solution.table_changes = assign_tables(problem, slots)
    solution.unscheduled = explain_unscheduled(problem, slots, proven_all)
    solution.moved = sorted(k for k, s in problem.previous.items() if slots.get(k) != s and _exists(problem, k))
    if not proven_all and solution.status == "optimal":
        solution.status = "feasible"
    solution.seconds = time.monotonic() - started
    return solution


def _exists(problem: Problem, key: str) -> bool:
    return any(m.key == key for m in problem.meetings)


def _infeasible(problem: Problem, started: float) -> Solution:
    """Not even an empty timetable: fixed meetings clash or precedences form a cycle."""
    solution = Solution(status="infeasible", seconds=time.monotonic() - started)
    reason = "fixed meetings clash, or the precedences form a cycle"
    solution.unscheduled = {m.key: reason for m in problem.meetings}
    return solution
