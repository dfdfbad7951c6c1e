"""The breaks phase of the B2B scheduler: the fewest breaks, spread fairly.

A short look for a timetable without breaks comes first, then the optimisation on the
linear model. When the look proved that someone must wait and the optimisation has not
settled the day, two probes race from its bound on copies whose cardinality rows are
sequential counters (``Model.with_counters``) until a timetable meets the proven bound.
Pure: no store, no terminal.
"""

from __future__ import annotations

import math
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from c2c.services.b2b.solver.model import Model, at_most_sequential, new_solver, seconds_left
from c2c.services.b2b.solver.problem import Solution

ZERO_PROBE_SHARE, ZERO_PROBE_SECONDS = 0.15, 10.0  # the first look for a timetable without breaks

# When the probes may follow, the optimisation gets this share of the time left: enough for
# the days whose LP leads straight to the optimum and for its core-based bound, which is
# usually the optimum. The probes need the rest, at least PROBES_MIN_SECONDS (a proof or a find
# takes them 6-30 s on the benchmark's tables-tight days); with less, the optimisation keeps
# all the time. See docs/benchmarks.md for the instances these shares are measured on.
OPTIMISE_SHARE, PROBES_MIN_SECONDS = 0.2, 15.0

# The optimisation's core-based bound usually settles in 1-5 s and then stays, sometimes while
# its best timetable is still far above it: its share is then better spent by the probes.
# Where the best comes close to the bound, the optimisation often finishes the job, so it
# keeps its share.
STALL_SECONDS, FAR_FACTOR, FAR_MARGIN = 3.5, 2, 3

# The probes' single worker each: CP-SAT's search without LP, the one that answers "at most
# one break" on the counted copy within the time limit on the tables-tight days, where the
# default, core-based and quick-restart workers often have no answer.
PROBE_SUBSOLVER = "no_lp"


def phase_breaks(
    model: Model, slots: dict[str, int], solution: Solution, seconds: float
) -> tuple[dict[str, int], Solution]:
    """The fewest breaks, with the breaks of any two participants within ``fairness`` of each other.

    When no timetable can be fair, or none fair is found in time, a copy of the model taken
    before the fairness rows is solved instead (and the report says so).
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
    best = _search(model, model.cp, deadline)
    if best.status == cp_model.INFEASIBLE and fair:
        solution.fairness_applied = False
        solution.notes.append(f"no timetable keeps breaks within {problem.fairness} of each other (none exists)")
        best = _search(model, unfair, deadline)
    elif best.slots is None and fair:
        best = _unfair_fallback(model, unfair, solution, deadline) or best
    # a proof that someone must wait is a bound too, even when the search proved none
    solution.bound = max(solution.bound, best.bound, int(model.breaks_needed))
    if best.slots is None:
        solution.notes.append("no better timetable found in time: the warm start is kept")
        solution.status = "feasible"
        return slots, solution
    solution.status = "optimal" if best.status == cp_model.OPTIMAL else "feasible"
    return best.slots, solution


def _unfair_fallback(model: Model, unfair: Any, solution: Solution, deadline: float) -> _Stage | None:
    """The fewest breaks without the fairness rows, when no fair timetable was found in time.

    The warm start is rarely fair on such days (forum-14.prec25: 217 breaks), so keeping it
    would be neither fair nor short; without the rows the solver finds far fewer breaks.
    """
    best = _stage(model, unfair, seconds_left(deadline))
    if best.slots is None:
        return None
    solution.fairness_applied = False
    solution.notes.append(f"no timetable keeping breaks within {model.problem.fairness} of each other "
                          "was found in time: breaks are not evened out")
    return best


@dataclass
class _Stage:
    status: Any
    slots: dict[str, int] | None = None
    objective: int = 0
    bound: int = 0


def _search(model: Model, cp: Any, deadline: float) -> _Stage:
    """The optimisation, then (when breaks are proven needed and time allows) the probes' race.

    The race runs two solver threads, so ``--workers 1`` (reproducible runs) never races.
    """
    from ortools.sat.python import cp_model

    race = model.breaks_needed and model.problem.workers >= 2
    share = OPTIMISE_SHARE if race and seconds_left(deadline) * (1 - OPTIMISE_SHARE) >= PROBES_MIN_SECONDS else 1.0
    # without the all-held rows the probes rarely find a timetable, so the optimisation keeps its share
    optimised = _stage(model, cp, seconds_left(deadline, share), until_stalled=share < 1.0 and model.everything_held)
    if share == 1.0 or optimised.status in (cp_model.OPTIMAL, cp_model.INFEASIBLE):
        return optimised
    if optimised.slots is None and not model.everything_held:
        # no fair timetable yet, and without the all-held rows the probes' finder finds none
        # either: half the rest goes on looking, the other half to
        # phase_breaks' timetable without the fairness rows if this finds none
        return _stage(model, cp, seconds_left(deadline, 0.5))
    return _probes(model, cp, optimised, deadline)


def _probes(model: Model, cp: Any, optimised: _Stage, deadline: float) -> _Stage:
    """Race a finder and a second thread from the proven bound k until a timetable meets the bound.

    All ask counted copies (``Model.with_counters``) "at most k breaks?", the question MaxSAT
    solvers settle such days with in seconds, where the optimisation keeps descending. The
    finder's copy counts only the tables, which finds timetables (forum-13crafc, k = 1: 13 s;
    ticf-13crafb, k = 3: 20-43 s over four seeds) and proves some bounds (forum-13crafb.forb0007,
    k = 4: 23-28 s). The optimisation's bound is usually the optimum; when it is one short, the
    find must follow the proof, too late for 55 s. So the second thread first looks one break
    above the bound (the forb days' optimum: 22 s), then proves with every cardinality row
    counted, which proves "none" fast (tic-13crafc, k = 3: 9-12 s) but hardly finds timetables;
    after half the time left it joins the finder with another seed.
    """
    from ortools.sat.python import cp_model

    race = _Race(max(optimised.bound, 1), optimised.objective if optimised.slots else math.inf)
    copies = (model.with_counters(cp, implied=True), model.with_counters(cp))
    for copy in copies:
        copy.clear_objective()
        copy.clear_hints()
    with ThreadPoolExecutor(max_workers=1) as pool:
        second = pool.submit(_above_prove_then_find, model, copies, race, deadline)
        try:
            found = [_probe_loop(model, copies[1], race, deadline)]
        finally:
            race.stop()
        found.extend(second.result())
    best = min((stage for stage in [*found, optimised] if stage and stage.slots), key=lambda stage: stage.objective, default=None)
    if best is None:
        return _Stage(cp_model.UNKNOWN)
    bound = min(best.objective, max(race.bound, optimised.bound))
    return _Stage(cp_model.OPTIMAL if best.objective <= bound else cp_model.FEASIBLE, best.slots, best.objective, bound)


class _Race:
    """What the probes share: the proven bound, the fewest breaks found, and who is probing which k."""

    def __init__(self, bound: int, objective: float) -> None:
        self.lock = threading.Lock()
        self.bound, self.objective = bound, objective
        self.probing: dict[Any, int] = {}
        self.over = objective <= bound

    def solve(self, solver: Any, cp: Any, k: int) -> Any:
        """``solver.solve(cp)`` for "at most k"; stopped once k is refuted or the race is over."""
        from ortools.sat.python import cp_model

        with self.lock:
            if not self._worth(k):
                return cp_model.UNKNOWN
            self.probing[solver] = k
        try:
            return solver.solve(cp)
        finally:
            with self.lock:
                del self.probing[solver]

    def refuted(self, k: int) -> None:
        """No timetable has at most k breaks."""
        with self.lock:
            self.bound = max(self.bound, k + 1)
            self._settle()

    def found(self, objective: int) -> None:
        """A timetable with ``objective`` breaks: the race ends when it meets the bound."""
        with self.lock:
            self.objective = min(self.objective, objective)
            self._settle()

    def stop(self) -> None:
        with self.lock:
            self.over = True
            self._settle()

    def _worth(self, k: int) -> bool:
        """Whether "at most k" can still tell something: k is not refuted and beats the best found."""
        return not self.over and self.bound <= k < self.objective

    def _settle(self) -> None:
        """End the race once the bound meets the best found; stop the probes no longer worth it."""
        self.over = self.over or self.objective <= self.bound
        for solver, probed in self.probing.items():
            if not self._worth(probed):
                solver.stop_search()


def _above_prove_then_find(model: Model, copies: tuple[Any, Any], race: _Race, deadline: float) -> list[_Stage | None]:
    halfway = time.monotonic() + seconds_left(deadline) / 2
    return [_probe_loop(model, copies[1], race, deadline, above=1),
            _probe_loop(model, copies[0], race, halfway),
            _probe_loop(model, copies[1], race, deadline, seed=1)]


def _probe_loop(model: Model, copy: Any, race: _Race, deadline: float, seed: int = 0, above: int = 0) -> _Stage | None:
    """Probe "at most k", k ``above`` the race's bound, until a timetable is found, the race ends or time runs out."""
    from ortools.sat.python import cp_model

    ends = model.all_break_ends()
    while not race.over and time.monotonic() < deadline:
        k = race.bound + above
        probe = copy.clone()
        at_most_sequential(probe, ends, k, "probe")
        solver = new_solver(model.problem, seconds_left(deadline), workers=1, seed=seed)
        solver.parameters.subsolvers.append(PROBE_SUBSOLVER)
        status = race.solve(solver, probe, k)
        if status == cp_model.INFEASIBLE:
            race.refuted(k)
        elif status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            found = sum(round(solver.value(end)) for end in ends)
            race.found(found)
            return _Stage(cp_model.FEASIBLE, model.slots_of(solver), found, found)
        elif race.bound + above <= k or k >= race.objective:  # out of time, or no longer worth it
            break
    return None


def _stage(model: Model, cp: Any, seconds: float, until_stalled: bool = False) -> _Stage:
    from ortools.sat.python import cp_model

    solver = new_solver(model.problem, seconds, core=True)
    status = _solve_until_stalled(solver, cp) if until_stalled else solver.solve(cp)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _Stage(status)
    return _Stage(status, model.slots_of(solver), round(solver.objective_value), round(solver.best_objective_bound))


def _solve_until_stalled(solver: Any, cp: Any) -> Any:
    """``solver.solve(cp)``, stopped once the bound has stalled with the best timetable far above it."""
    from ortools.sat.python import cp_model

    moved, best = [(time.monotonic(), 0.0)], [math.inf]
    done = threading.Event()
    solver.best_bound_callback = lambda bound: moved.append((time.monotonic(), bound))

    class Best(cp_model.CpSolverSolutionCallback):  # type: ignore[misc]
        def on_solution_callback(self) -> None:
            best.append(self.objective_value)

    def watch() -> None:
        while not done.wait(0.2):
            since, bound = moved[-1]
            if len(moved) > 1 and stalled(time.monotonic() - since, bound, best[-1]):  # a bound proven, then stuck
                solver.stop_search()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        return solver.solve(cp, Best())
    finally:
        done.set()
        watcher.join()


def stalled(idle: float, bound: float, best: float) -> bool:
    """Whether the bound has not moved for a while, with the best timetable found far above it."""
    return idle >= STALL_SECONDS and best > FAR_FACTOR * bound + FAR_MARGIN


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
    solver = new_solver(model.problem, seconds, core=True)
    status = solver.solve(probe)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return model.slots_of(solver)
    if status == cp_model.INFEASIBLE:
        model.cp.add(sum(ends) >= 1)
        model.breaks_needed = True
    return None


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
