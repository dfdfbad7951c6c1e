"""B2B scheduler against the Girona BMSP benchmark, and against a greedy on mission sizes.

    python -m benchmarks.b2b_bmsp [--time-limit 55] [--workers 2] [--only original] [--generated]

Reads ../shared/bmsp/*.dzn (skipped when absent), prints per instance: breaks found, proven
bound, seconds, and the published optimum and time from the benchmark's README.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bmsp_reader import read_instance  # noqa: E402
from c2c.services.b2b.solver.problem import Meeting, Participant, Problem, Solution  # noqa: E402
from c2c.services.b2b.solver.solve import schedule  # noqa: E402
from c2c.services.b2b.solver.warm_start import greedy_schedule  # noqa: E402

BMSP = Path(__file__).resolve().parents[2] / "shared" / "bmsp"
_README_ROW = re.compile(r"^\| (\S+) \| \d+ \| \d+ \| \d+ \| \d+ \| (\d+) \| ([\d.]+) \|", re.M)


def published() -> dict[str, tuple[int, float]]:
    readme = BMSP / "README.md"
    if not readme.is_file():
        return {}
    return {name: (int(opt), float(t)) for name, opt, t in _README_ROW.findall(readme.read_text(encoding="utf-8"))}


def run_bmsp(pattern: str, time_limit: float, workers: int) -> None:
    known = published()
    files = sorted(BMSP.glob(f"*{pattern}*.dzn"))
    print(f"{'instance':34} {'meet':>5} {'held':>5} {'all?':>4} {'breaks':>6} {'bound':>5} {'secs':>6} {'status':>8} "
          f"{'pub.opt':>7} {'pub.s':>6}")
    at_opt = proven = impossible = 0
    for path in files:
        problem = read_instance(path, fairness=2, time_limit=time_limit)
        problem.workers = workers
        solution = schedule(problem)
        base = path.name.split(".")[0]
        opt, secs = known.get(base, (None, None)) if path.name.endswith(".original.dzn") else (None, None)
        at_opt += opt is not None and solution.objective == opt
        proven += solution.status == "optimal"
        every = _every_meeting(problem, solution)
        impossible += every == "no"
        print(f"{path.stem:34} {len(problem.meetings):5} {len(solution.slots):5} {every:>4} {solution.objective:6} "
              f"{solution.bound:5} {solution.seconds:6.1f} {solution.status:>8} "
              f"{'' if opt is None else opt:>7} {'' if secs is None else secs:>6}", flush=True)
    compared = sum(1 for path in files if path.name.endswith(".original.dzn") and path.name.split(".")[0] in known)
    summary = f"{len(files)} instances, {proven} proven optimal"
    if impossible:
        summary += f", {impossible} proven unable to hold every meeting (no solution under the benchmark's rules)"
    if compared:
        summary += f", {at_opt} of {compared} at the published optimum"
    print(summary, flush=True)


def _every_meeting(problem: Problem, solution: Solution) -> str:
    """Whether every meeting is held: "yes", "no" (proven impossible) or "?" (not proven).

    The benchmark asks for every meeting held; where that cannot be, the instance has no
    solution by its rules, and c2c goes on to hold the most it can.
    """
    if len(solution.slots) == len(problem.meetings):
        return "yes"
    return "no" if solution.weight_bound < sum(m.weight for m in problem.meetings) else "?"


def generated(companies: int, slots: int, seed: int) -> Problem:
    """A mission-like instance: two clusters, wishes across them, some early leavers."""
    rng = random.Random(seed)
    names = [f"C{i:03}" for i in range(companies)]
    left, right = names[: companies // 2], names[companies // 2 :]
    participants = [
        Participant(n, forbidden=frozenset(range(slots - rng.randint(2, 6), slots)) if rng.random() < 0.1 else frozenset())
        for n in names
    ]
    pairs: set[tuple[str, str]] = set()
    for a in left:
        for b in rng.sample(right, min(len(right), rng.randint(3, min(slots, 10)))):
            pairs.add((a, b))
    meetings = [Meeting(str(i), a, b, priority=rng.randint(1, 3), mutual=rng.random() < 0.3)
                for i, (a, b) in enumerate(sorted(pairs))]
    # few tables: the room, not the wishes, is what limits a real afternoon
    return Problem(participants, meetings, slots, tables=max(3, companies // 6), fairness=2, time_limit=30)


def run_generated(time_limit: float, workers: int) -> None:
    print(f"{'companies':>9} {'slots':>5} {'meetings':>8} {'greedy':>6} {'cp-sat':>6} {'breaks':>6} {'bound':>5} {'secs':>6}")
    for companies, slots in ((30, 15), (60, 18), (90, 20), (120, 25)):
        problem = generated(companies, slots, seed=companies)
        problem.time_limit, problem.workers = time_limit, workers
        started = time.monotonic()
        greedy = greedy_schedule(problem)
        solution = schedule(problem)
        print(f"{companies:9} {slots:5} {len(problem.meetings):8} {len(greedy):6} {len(solution.slots):6} "
              f"{solution.objective:6} {solution.bound:5} {time.monotonic() - started:6.1f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--time-limit", type=float, default=55.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", default="original", help="instance name part, e.g. original, forb, prec")
    parser.add_argument("--generated", action="store_true", help="also run the mission-sized instances")
    parser.add_argument("--skip-bmsp", action="store_true")
    args = parser.parse_args()
    if not args.skip_bmsp:
        if BMSP.is_dir():
            run_bmsp(args.only, args.time_limit, args.workers)
        else:
            print(f"{BMSP} not found: skipping the BMSP instances")
    if args.generated:
        run_generated(min(args.time_limit, 30.0), args.workers)


if __name__ == "__main__":
    main()
