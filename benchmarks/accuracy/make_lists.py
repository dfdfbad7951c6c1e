"""Build the unseen attendee lists of the import-accuracy benchmark, and their truth files.

Each list is one partner cluster's delegation for a one-day Cluster2Cluster mission, written as
its office would send it; NAME.truth.json holds the people as a careful coordinator would type
them into c2c, or {"refuse": true} for a file no one could read. Seeded and deterministic:

    python -m benchmarks.accuracy.make_lists [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import people as pp
from .lists_a import WRITERS_A
from .lists_b import WRITERS_B

SEED = 18
HERE = Path(__file__).resolve().parent
Writer = Callable[[random.Random, Path], list[pp.Person]]


@dataclass(frozen=True)
class Mission:
    """The mission a list is sent for: the sender is the guest cluster."""

    host: str
    guest: str
    city: str
    date: str


MISSIONS: dict[str, Mission] = {
    "it_lombardia.xlsx": Mission("FR", "IT", "Lyon", "2024-05-14"),
    "fr_aura.xlsx": Mission("IT", "FR", "Milano", "2024-10-03"),
    "ch_romandie_ticino.xlsx": Mission("DE", "CH", "Stuttgart", "2024-06-20"),
    "de_bw.xlsx": Mission("CH", "DE", "Zürich", "2024-09-12"),
    "pl_dolnoslaskie.csv": Mission("CZ", "PL", "Ostrava", "2024-04-23"),
    "cz_moravia.ods": Mission("PL", "CZ", "Wrocław", "2024-11-07"),
    "es_aragon.csv": Mission("PT", "ES", "Porto", "2024-03-19"),
    "pt_norte.ods": Mission("ES", "PT", "Zaragoza", "2024-10-22"),
    "nl_brainport.xlsx": Mission("BE", "NL", "Gent", "2024-02-28"),
    "qc_aero.txt": Mission("FR", "CA", "Toulouse", "2024-06-05"),
    "be_bilingue.xlsx": Mission("NL", "BE", "Eindhoven", "2024-05-29"),
    "at_steiermark.csv": Mission("IT", "AT", "Torino", "2024-09-26"),
    "it_emilia.xls": Mission("AT", "IT", "Graz", "2024-12-03"),
    "fr_occitanie.ods": Mission("CA", "FR", "Montréal", "2024-04-16"),
    "refuse_pdf_renamed.xlsx": Mission("FR", "IT", "Lyon", "2024-05-14"),
    "refuse_no_header.csv": Mission("IT", "FR", "Milano", "2024-10-03"),
    "refuse_truncated.xlsx": Mission("DE", "CH", "Stuttgart", "2024-06-20"),
}


def refuse_pdf_renamed(rng: random.Random, path: Path) -> None:
    """The registration form, printed to PDF and renamed by someone who was asked for an .xlsx."""
    text = "BT /F1 11 Tf 50 800 Td (Elenco partecipanti - Missione Lione) Tj ET"
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
            f"4 0 obj << /Length {len(text)} >> stream\n{text}\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    path.write_bytes(body.encode("latin-1"))


def refuse_no_header(rng: random.Random, path: Path) -> None:
    """Rows pasted from a badge-printing tool: no header, no e-mail, no phone, codes nobody can read."""
    rows = []
    for person in pp.delegation(rng, "FR", (12, 16), stops=False):
        rows.append(";".join([person.last_name.upper(), person.first_name, person.company.split()[0],
                              f"B{rng.randint(100, 999)}", str(rng.randint(1, 4))]))
    path.write_text("\r\n".join(rows) + "\r\n", encoding="cp1252")


def refuse_truncated(rng: random.Random, path: Path) -> None:
    """A workbook cut short by a failed upload: the zip ends halfway."""
    from .sheets import header, put, save_xlsx, workbook

    book, sheet = workbook("Teilnehmer")
    header(sheet, 1, ["Vorname", "Nachname", "Firma", "E-Mail", "Telefon"])
    for row, person in enumerate(pp.delegation(rng, "CH", (20, 25)), start=2):
        put(sheet, row, [person.first_name, person.last_name, person.company, person.email, person.phone])
    buffer = io.BytesIO()
    save_xlsx(book, buffer)  # type: ignore[arg-type]
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])


REFUSALS: dict[str, Callable[[random.Random, Path], None]] = {
    "refuse_pdf_renamed.xlsx": refuse_pdf_renamed,
    "refuse_no_header.csv": refuse_no_header,
    "refuse_truncated.xlsx": refuse_truncated,
}


def build(out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    writers: dict[str, Writer] = {**WRITERS_A, **WRITERS_B}
    made = []
    for name, mission in MISSIONS.items():
        rng = random.Random(f"{SEED}:{name}")
        path = out / name
        if name in REFUSALS:
            REFUSALS[name](rng, path)
            truth: dict[str, object] = {"refuse": True}
        else:
            crew = writers[name](rng, path)
            if not path.exists():  # an .xls without LibreOffice
                continue
            truth = {"people": [p.truth() for p in crew]}
        truth = {"mission": mission.__dict__, **truth}
        (out / f"{Path(name).stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
        made.append(name)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "lists")
    args = parser.parse_args()
    started = dt.datetime.now()
    made = build(args.out)
    print(f"Wrote {len(made)} lists to {args.out} in {(dt.datetime.now() - started).total_seconds():.1f} s")


if __name__ == "__main__":
    main()
