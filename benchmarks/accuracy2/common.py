"""What every list shares: its mission, its truth file, and how a careful reader keeps a phone."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.accuracy2.people import Person, e164, number, written


@dataclass
class Built:
    """A list's file name, its mission, and the people a careful reader finds in it, in order."""

    name: str
    mission: dict[str, str]
    people: list[Person] = field(default_factory=list)
    refuse: bool = False

    def keep(self, person: Person) -> Person:
        self.people.append(person)
        return person

    def save_truth(self, directory: Path) -> None:
        truth = {"mission": self.mission, "refuse": self.refuse, "people": [p.truth() for p in self.people]}
        stem = self.name.split(".")[0]
        (directory / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")


def mission(host: str, host_cluster: str, guest: str, guest_cluster: str, city: str, date: str) -> dict[str, str]:
    """The sender is always the guest cluster; the host's country is where national numbers mislead."""
    return {"host": host, "host_cluster": host_cluster, "guest": guest, "guest_cluster": guest_cluster,
            "city": city, "date": date}


def with_phone(rng: random.Random, person: Person, region: str, style: str,
               mobile: bool = True) -> tuple[Person, str]:
    """PERSON with a number of REGION, and the number as the list writes it.

    Two habits lose or add what a careful reader would not store: an extension after the number
    (the phone field holds the number one dials; the extension is not part of E.164) and a number
    that Excel turned into `3,93471E+11` before the list was saved (its digits are gone).
    """
    parsed = number(rng, region, mobile)
    if style == "lost":
        digits = e164(parsed)[1:]
        return person.but(phone=None), f"{digits[0]},{digits[1:6]}E+{len(digits) - 1}"
    if style.startswith("ext:"):
        base = style.removeprefix("ext:")
        return person.but(phone=e164(parsed)), f"{written(parsed, base)} ext. {rng.randint(10, 99)}"
    if style == "digits":  # a number cell: the national number without its trunk 0
        return person.but(phone=e164(parsed)), str(parsed.national_number)  # type: ignore[attr-defined]
    return person.but(phone=e164(parsed)), written(parsed, style)


def shout(name: str) -> str:
    """A name typed in capitals (never one with ß, which capitals cannot give back)."""
    return name if "ß" in name else name.upper()


def messy_email(rng: random.Random, email: str | None) -> str:
    """An address as people paste it: capitals, spaces, a mailto: link or a mail program's form."""
    if email is None:
        return ""
    habit = rng.random()
    if habit < 0.12:
        return f" {email.upper()} "
    if habit < 0.2:
        return f"mailto:{email}"
    if habit < 0.26:
        return email.capitalize() + " "
    return email
