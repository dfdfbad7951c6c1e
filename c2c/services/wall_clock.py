"""Wall-clock times that a time zone does not have once: the spring-forward gap and the
autumn hour that happens twice. Both are refused with what each could mean, for coach stops
and programme blocks alike (the store keeps wall-clock times, with no fold to tell them apart).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from c2c.errors import InvalidInput


def require_single_moment(zone: str, day: dt.date, clock: dt.time, what: str) -> None:
    """Refuse ``clock`` on ``day`` when the zone skips it or has it twice; say the meanings."""
    tz = ZoneInfo(zone)
    first = dt.datetime.combine(day, clock, tzinfo=tz)
    second = first.replace(fold=1)
    shown = clock.strftime("%H:%M")
    if _exists(first):
        if first.utcoffset() == second.utcoffset():
            return
        raise InvalidInput(
            f"{what} at {shown} on {day.isoformat()} happens twice in {zone} (clocks go back): "
            f"{_meaning(first)} or {_meaning(second)}",
            hint=f"pick a time outside the repeated hour, e.g. {_outside(first)}",
        )
    before, after = first.astimezone(dt.UTC).astimezone(tz), second.astimezone(dt.UTC).astimezone(tz)
    raise InvalidInput(
        f"{what} at {shown} on {day.isoformat()} does not exist in {zone} (clocks go forward): "
        f"it would be {_meaning(min(before, after))} or {_meaning(max(before, after))}",
        hint=f"write one of those times, e.g. {max(before, after).strftime('%H:%M')}",
    )


def _exists(moment: dt.datetime) -> bool:
    back = moment.astimezone(dt.UTC).astimezone(moment.tzinfo)
    return back.replace(tzinfo=None) == moment.replace(tzinfo=None)


def _meaning(moment: dt.datetime) -> str:
    return f"{moment.strftime('%H:%M')} {moment.tzname()} (UTC{moment.strftime('%z')[:3]}:{moment.strftime('%z')[3:]})"


def _outside(moment: dt.datetime) -> str:
    """The whole hour after the repeated one (the repeat lasts an hour in every zone c2c meets)."""
    return (moment + dt.timedelta(hours=1)).replace(minute=0).strftime("%H:%M")
