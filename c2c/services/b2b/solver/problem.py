"""The B2B meeting scheduling problem as plain data: what the scheduler reads and returns.

Slots are indices 0..n_slots-1; participants and meetings are named by string keys so the
same types serve the store (company names, meeting ids) and the benchmark (numbers).
"""

from __future__ import annotations

from dataclasses import dataclass, field

AM = "am"
PM = "pm"


@dataclass(frozen=True)
class Participant:
    key: str
    capacity: int = 1  # meetings it can hold at once (people it brings who say so)
    forbidden: frozenset[int] = frozenset()  # slots it cannot meet in


@dataclass(frozen=True)
class Meeting:
    key: str
    a: str
    b: str
    priority: int = 2  # 1 = most wanted, 3 = nice to have
    mutual: bool = False
    session: str | None = None  # "am", "pm" or None for either
    fixed_slot: int | None = None
    fixed_table: int | None = None

    @property
    def weight(self) -> int:
        """Worth of holding it: priority first, a mutual wish counts once more."""
        return 2 * (4 - max(1, min(3, self.priority))) + (1 if self.mutual else 0)


@dataclass
class Problem:
    participants: list[Participant]
    meetings: list[Meeting]
    n_slots: int
    tables: int
    morning_slots: int | None = None  # slots before this index are "am"; None: all "am"
    session_starts: tuple[int, ...] = ()  # idle time across these slot starts is no break
    precedences: list[tuple[str, str]] = field(default_factory=list)  # (before, after)
    fairness: int | None = 2
    time_limit: float = 30.0
    seed: int = 0
    workers: int = 2
    previous: dict[str, int] = field(default_factory=dict)  # meeting -> slot last time
    slot_labels: list[str] = field(default_factory=list)
    unavailability_notes: dict[str, str] = field(default_factory=dict)  # participant -> why

    def label(self, slot: int) -> str:
        return self.slot_labels[slot] if slot < len(self.slot_labels) else f"slot {slot + 1}"

    def in_session(self, meeting: Meeting, slot: int) -> bool:
        if meeting.session is None or self.morning_slots is None:
            return True
        return (slot < self.morning_slots) == (meeting.session == AM)


@dataclass
class Solution:
    status: str  # optimal, feasible, infeasible, empty
    slots: dict[str, int] = field(default_factory=dict)
    tables: dict[str, int] = field(default_factory=dict)  # 1-based table numbers
    unscheduled: dict[str, str] = field(default_factory=dict)  # meeting -> reason
    breaks: dict[str, int] = field(default_factory=dict)
    objective: int = 0  # total breaks
    bound: int = 0  # proven lower bound on total breaks
    weight: int = 0  # worth of the meetings held
    weight_bound: int = 0
    moved: list[str] = field(default_factory=list)
    table_changes: int = 0
    fairness_applied: bool = True
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def gap(self) -> float:
        """Relative distance between breaks found and the proven bound (0 = proven optimal)."""
        if self.objective == 0:
            return 0.0
        return (self.objective - self.bound) / self.objective


def allowed_slots(problem: Problem, meeting: Meeting, forbidden: dict[str, frozenset[int]]) -> list[int]:
    """Slots a meeting may take: its session, neither party forbidden, its fixed slot if any."""
    if meeting.fixed_slot is not None:
        return [meeting.fixed_slot] if 0 <= meeting.fixed_slot < problem.n_slots else []
    blocked = forbidden.get(meeting.a, frozenset()) | forbidden.get(meeting.b, frozenset())
    return [s for s in range(problem.n_slots) if s not in blocked and problem.in_session(meeting, s)]
