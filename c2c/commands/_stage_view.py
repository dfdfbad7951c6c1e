"""The stage timer's full-screen view: rich Live, keys read from a raw terminal (POSIX)."""

from __future__ import annotations

import datetime as dt
import select
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from c2c.errors import InvalidInput
from c2c.services.pitches.stage_timer import StageTimer, TimerPitch, TimerView, mmss

REFRESH_SECONDS = 0.2
STYLES = {"ready": "cyan", "running": "green", "amber": "dark_orange", "over": "red", "paused": "blue", "done": "white"}
# a 3x5 block font so the countdown reads from the back of the room
DIGITS = {
    "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
    "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
    "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
    "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
    "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
    ":": ["   ", " █ ", "   ", " █ ", "   "], "+": ["   ", " █ ", "███", " █ ", "   "],
    "-": ["   ", "   ", "███", "   ", "   "],
}


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def run(pitches: list[TimerPitch], resume: int, title: str) -> StageTimer:
    """Run the timer until q or the last pitch ends; returns it with its records."""
    from rich.console import Console
    from rich.live import Live

    timer = StageTimer(pitches, now, start_index=resume)
    console = Console()
    with _raw_terminal(), Live(render(timer.view(), title, _size(console)), console=console, screen=True,
                               auto_refresh=False) as live:
        while all(timer.press(key) for key in _read_keys(REFRESH_SECONDS)):
            # the size is read again at every redraw: a resized window or projector is filled at once
            live.update(render(timer.view(), title, _size(console)), refresh=True)
    return timer


def _size(console: Any) -> tuple[int, int]:
    width, height = console.size
    return int(width), int(height)


# the lines around the digits: the panel's two borders, company, speakers, two blank lines,
# next pitch and the key hint
_AROUND_DIGITS = 8


def scale(clock: str, size: tuple[int, int]) -> tuple[int, int]:
    """How many cells across and lines down each dot of the digits takes, filling ``size``.

    A terminal cell is about twice as tall as wide, so a dot is up to two cells across for each
    line down, which keeps the digits' shape where the screen allows it.
    """
    width, height = size
    dots_across = sum(len(DIGITS[ch][0]) for ch in clock if ch in DIGITS) + _GAP * (len(clock) - 1)
    room_across = max(1, (width - 4) // max(1, dots_across))
    down = max(1, min((height - _AROUND_DIGITS) // 5, room_across))
    return max(1, min(2 * down, room_across)), down


def render(view: TimerView, title: str, size: tuple[int, int] = (80, 24)) -> Any:
    from rich.align import Align
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    style = STYLES[view.phase]
    if view.current is None:
        body: Any = Text("All pitches given. Press q to quit.", style="bold")
    else:
        clock = mmss(view.remaining) if view.remaining >= 0 else "+" + mmss(-view.remaining)
        big = Text("\n".join(_big(clock, *scale(clock, size))), style=f"bold {style}")
        speakers = ", ".join(view.current.speakers)
        upcoming = f"Next: {view.next.company} — {', '.join(view.next.speakers)}" if view.next else "Last pitch"
        hint = {"ready": "space to start", "paused": "paused: p to resume"}.get(view.phase, "")
        body = Group(
            Align.center(Text(f"#{view.position}/{view.total}  {view.current.company}", style="bold")),
            Align.center(Text(speakers)),
            Text(""),
            Align.center(big),
            Text(""),
            Align.center(Text(upcoming, style="dim")),
            Align.center(Text(hint, style="italic")),
        )
    keys = "space/n next · b back · p pause · s skip · q quit"
    return Panel(Align.center(body, vertical="middle"), title=title, subtitle=keys, border_style=style, expand=True,
                 height=size[1])


_GAP = 2  # dots between two digits


def _big(text: str, across: int = 1, down: int = 1) -> list[str]:
    """``text`` in the block font, each dot ``across`` cells wide and ``down`` lines tall."""
    gap = " " * (_GAP * across)
    lines = [gap.join("".join(dot * across for dot in DIGITS[ch][line]) for ch in text if ch in DIGITS)
             for line in range(5)]
    return [line for line in lines for _ in range(down)]


@contextmanager
def _raw_terminal() -> Iterator[None]:
    """cbreak mode on stdin so single keys arrive without Enter; restored on exit."""
    try:
        import termios
        import tty
    except ImportError:
        raise InvalidInput("the stage timer needs a POSIX terminal (termios)") from None
    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    tty.setcbreak(fd)
    try:
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def _read_keys(timeout: float) -> str:
    """Every key typed since the last call; os.read, not sys.stdin, so none waits in a buffer."""
    import os

    ready, _, _ = select.select([sys.stdin], [], [], timeout)
    return os.read(sys.stdin.fileno(), 64).decode("utf-8", "replace") if ready else ""
