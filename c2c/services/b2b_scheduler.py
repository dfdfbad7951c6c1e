"""The B2B scheduler: CP-SAT, solved in lexicographic phases.

1. hold the most meetings, weighted by priority and mutuality (skipped when the greedy warm
   start already holds them all);
2. move as few meetings as possible from the previous timetable (only when there is one);
3. the fewest breaks, with the breaks of any two participants differing by at most d;
4. tables by a per-slot assignment that keeps companies at their table.

Each phase fixes the value the previous one reached and hints its solution. Pure: no store,
no terminal.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from c2c.services.b2b_model import Model, at_most_sequential, build
from c2c.services.b2b_passes import (
    assign_tables,
    count_breaks,
    explain_unscheduled,
    greedy_schedule,
)
from c2c.services.b2b_problem import Problem, Solution


def schedule(problem: Problem) -> Solution:
    """Solve ``problem`` within its time limit; every meeting left out gets a reason."""
    started = time.monotonic()
    deadline = started + problem.time_limit
    if not problem.meetings:
        return Solution(status="empty")
    _check(problem)
    model = build(problem)
    slots = greedy_schedule(problem)
    solution = Solution(status="feasible")
    total_weight = sum(m.weight for m in problem.meetings)
    proven_all = len(slots) == len(problem.meetings)
    if proven_all:
        model.all_held()
        solution.weight_bound = total_weight
    elif (complete := _all_meetings(model, _left(deadline, 0.15))) is not None:
        slots, proven_all = complete, True
        model.all_held()
        solution.weight_bound = total_weight
    else:
        found = _phase_meetings(model, slots, _left(deadline, 0.3))
        if found is None:
            return _infeasible(problem, started)
        slots, solution.weight_bound, proven_all = found
        if len(slots) == len(problem.meetings):
            model.all_held()
    solution.weight = sum(m.weight for m in problem.meetings if m.key in slots)
    if problem.previous:
        slots = _phase_moves(model, slots, _left(deadline, 0.4))
    slots, solution = _phase_breaks(model, slots, solution, _left(deadline, 1.0))
    return _finish(problem, slots, solution, proven_all, started)


def _check(problem: Problem) -> None:
    keys = {p.key for p in problem.participants}
    for m in problem.meetings:
        if m.a not in keys or m.b not in keys or m.a == m.b:
            raise ValueError(f"meeting {m.key} names unknown or equal participants")
    if problem.tables < 1 or problem.n_slots < 1:
        raise ValueError("the problem needs at least one slot and one table")


def _left(deadline: float, share: float) -> float:
    """This share of the time left before ``deadline`` (at least half a second)."""
    return max(0.5, (deadline - time.monotonic()) * share)


ZERO_PROBE_SHARE, ZERO_PROBE_SECONDS = 0.15, 10.0  # the first look for a timetable without breaks

# Full-problem workers for the breaks phase, best first. Core-based search proves lower bounds
# on a sum of Booleans the way MaxSAT solvers do; on the Girona benchmark it is what turns
# "stuck at 19 breaks" into "optimal in seconds" on two cores. It runs beside the workers
# asked for, not instead of one: on mission-sized instances where not every meeting fits, the
# LP-based worker still finds the better timetables. CP-SAT adds its LNS thread on top.
BREAK_SUBSOLVERS = ("core", "default_lp", "max_lp", "no_lp", "quick_restart", "reduced_costs", "pseudo_costs")


def _solver(problem: Problem, seconds: float, core: bool = False) -> Any:
    from ortools.sat.python import cp_model

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.random_seed = problem.seed
    solver.parameters.num_workers = max(1, problem.workers)
    if core and problem.workers >= 2:
        solver.parameters.subsolvers.extend(BREAK_SUBSOLVERS[: problem.workers])
        solver.parameters.num_workers = problem.workers + 1
    return solver


def _all_meetings(model: Model, seconds: float) -> dict[str, int] | None:
    """A timetable holding every meeting, if a short search finds one where the greedy did not.

    Asking for all of them lets everything "all held" implies propagate (fixed counts, gapless
    windows), which finds complete timetables that maximising from a partial one misses.
    """
    from ortools.sat.python import cp_model

    probe = model.cp.clone()
    model.all_held(probe)
    solver = _solver(model.problem, seconds)
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
    solver = _solver(problem, seconds)
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
    solver = _solver(problem, seconds)
    status = solver.solve(model.cp)
    model.cp.clear_objective()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return slots
    model.cp.add(sum(kept) >= round(solver.objective_value))
    return model.slots_of(solver)


def _phase_breaks(
    model: Model, slots: dict[str, int], solution: Solution, seconds: float
) -> tuple[dict[str, int], Solution]:
    """The fewest breaks, with the breaks of any two participants within ``fairness`` of each other.

    When no timetable can be fair, a copy of the model taken before the fairness rows is
    solved instead (and the report says so). What the first search leaves unproven gets the
    rest of the time on a copy with counted tables (see ``Model.with_counters``).
    """
    from ortools.sat.python import cp_model

    problem = model.problem
    deadline = time.monotonic() + seconds
    model.cp.minimize(sum(model.all_break_ends()))
    model.hint(slots)
    unfair = model.cp.clone()
    fair = _fairness(model)
    found = _without_breaks(model, min(ZERO_PROBE_SHARE * seconds, ZERO_PROBE_SECONDS))
    if found is not None:
        solution.status, solution.bound = "optimal", 0
        return found, solution
    cp = model.cp
    split = model.breaks_needed and (deadline - time.monotonic()) * (1 - FIRST_STAGE_SHARE) >= COUNTED_MIN_SECONDS
    share = FIRST_STAGE_SHARE if split else 1.0
    first = _stage(model, cp, _left(deadline, share))
    if first.status == cp_model.INFEASIBLE and fair:
        solution.fairness_applied = False
        solution.notes.append(f"no timetable keeps breaks within {problem.fairness} of each other (none exists)")
        cp = unfair
        first = _stage(model, cp, _left(deadline, share))
    best = first
    if first.status != cp_model.OPTIMAL and deadline - time.monotonic() > 1:
        best = _second_stage(model, cp, first, _left(deadline, 1.0))
    if best.slots is None:
        solution.notes.append("no better timetable found in time: the warm start is kept")
        solution.status = "feasible"
        return slots, solution
    solution.status = "optimal" if best.status == cp_model.OPTIMAL else "feasible"
    solution.bound = best.bound
    return best.slots, solution


# When the probe proved that someone must wait, the linear first stage gets this share of the
# time left and the counted copy the rest. Otherwise (typically a mission-sized day where not
# everyone can meet) the first stage keeps it all: the counted copy does far worse there
# (122 breaks against 61 on 60 generated companies).
# The counted copy needs 20-30 s to pay off on the benchmark's tables-tight days; with less
# than this left for it, the linear search keeps all the time (at 10 s per instance, splitting
# lost 6 of the 31 forbidden-slot variants it proves).
FIRST_STAGE_SHARE, COUNTED_MIN_SECONDS = 0.45, 15.0


@dataclass
class _Stage:
    status: Any
    slots: dict[str, int] | None = None
    objective: int = 0
    bound: int = 0


def _stage(model: Model, cp: Any, seconds: float, stop_gap: int | None = None) -> _Stage:
    """Minimise ``cp``; with ``stop_gap``, stop once the best timetable is that close to the bound."""
    from ortools.sat.python import cp_model

    solver = _solver(model.problem, seconds, core=True)
    status = solver.solve(cp, None if stop_gap is None else _stop_within(solver, stop_gap))
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _Stage(status)
    return _Stage(status, model.slots_of(solver), round(solver.objective_value), round(solver.best_objective_bound))


def _stop_within(solver: Any, gap: int) -> Any:
    """A solution callback (and bound listener) that stops ``solver`` once its objective is within ``gap`` of its bound."""
    from ortools.sat.python import cp_model

    class Watch(cp_model.CpSolverSolutionCallback):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.objective, self.bound = math.inf, 0.0

        def note(self, objective: float, bound: float) -> None:
            self.objective, self.bound = min(self.objective, objective), max(self.bound, bound)
            if self.objective - math.ceil(self.bound - 1e-6) <= gap:
                solver.stop_search()

        def on_solution_callback(self) -> None:
            self.note(self.objective_value, self.best_objective_bound)

        def on_bound(self, bound: float) -> None:
            self.note(self.objective, bound)

    watch = Watch()
    solver.best_bound_callback = watch.on_bound
    return watch


def _second_stage(model: Model, cp: Any, first: _Stage, seconds: float) -> _Stage:
    """Go on from the first stage's timetable and bound on a counted copy (``Model.with_counters``).

    Further than one break from the bound, the copy is optimised from the first stage's
    timetable. One break from it, a look for a timetable at the bound (``_at_bound``)
    settles it either way.
    """
    deadline = time.monotonic() + seconds
    best = _improve(model, cp, first, seconds)
    if best.slots is not None and best.objective - best.bound == 1 and deadline - time.monotonic() > 1:
        return _at_bound(model, cp, best, deadline - time.monotonic())
    return best


def _improve(model: Model, cp: Any, first: _Stage, seconds: float) -> _Stage:
    from ortools.sat.python import cp_model

    if first.slots is not None and first.objective - first.bound <= 1:
        return first
    counted = model.with_counters(cp)
    if first.bound:
        counted.add(sum(model.all_break_ends()) >= first.bound)
    if first.slots is not None:
        model.hint(first.slots, counted)
    second = _stage(model, counted, seconds, stop_gap=1)
    if second.slots is None:
        return first
    if first.slots is not None and second.status != cp_model.OPTIMAL and second.objective >= first.objective:
        return _Stage(first.status, first.slots, first.objective, max(first.bound, second.bound))
    second.bound = max(first.bound, second.bound)
    return second


def _at_bound(model: Model, cp: Any, best: _Stage, seconds: float) -> _Stage:
    """A timetable with ``best.bound`` breaks, or the proof there is none (then ``best`` is optimal)."""
    from ortools.sat.python import cp_model

    probe = model.with_counters(cp, implied=True)
    probe.clear_objective()
    at_most_sequential(probe, model.all_break_ends(), best.bound, "at_bound")
    status, solver = _solve(model.problem, probe, seconds)
    if status == cp_model.INFEASIBLE:
        return _Stage(cp_model.OPTIMAL, best.slots, best.objective, best.objective)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _Stage(cp_model.OPTIMAL, model.slots_of(solver), best.bound, best.bound)
    return best


def _without_breaks(model: Model, seconds: float) -> dict[str, int] | None:
    """A timetable where nobody waits, if a short search finds one.

    With every break forbidden, each company's meetings must fill one run of slots, which
    propagates so well that the search often settles it in a second either way, where the
    optimisation would still be climbing down from the warm start. When it proves there is
    none, the main search starts from a lower bound of one break.
    """
    from ortools.sat.python import cp_model

    ends = model.all_break_ends()
    if not ends:
        return None
    probe = model.cp.clone()
    probe.clear_objective()
    for end in ends:
        probe.add(end == 0)
    status, solver = _solve(model.problem, probe, seconds)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return model.slots_of(solver)
    if status == cp_model.INFEASIBLE:
        model.cp.add(sum(ends) >= 1)
        model.breaks_needed = True
    return None


def _solve(problem: Problem, cp: Any, seconds: float) -> tuple[Any, Any]:
    solver = _solver(problem, seconds, core=True)
    return solver.solve(cp), solver


def _fairness(model: Model) -> bool:
    """Breaks of everyone within [low, low + d]; False when there is no such rule to add.

    low is 0 when someone has at most one meeting (no break possible): then the rule is a
    plain upper bound, which propagates far better than a shared variable.
    """
    problem = model.problem
    if problem.fairness is None or not model.breaks:
        return False
    if len(model.breaks) < len(problem.participants):  # _break_counts skips those with < 2 meetings
        for count in model.breaks.values():
            model.cp.add(count <= problem.fairness)
        return True
    low = model.cp.new_int_var(0, problem.n_slots, "fewest_breaks")
    for count in model.breaks.values():
        model.cp.add(count >= low)
        model.cp.add(count <= low + problem.fairness)
    return True


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
