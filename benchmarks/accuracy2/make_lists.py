"""Build the second set of unseen attendee lists and their truth files.

Run: python -m benchmarks.accuracy2.make_lists [--out DIR] [--english-headers]
(needs odfpy, and LibreOffice for .xls/.xlsm). --english-headers writes the same lists with their
column names in English, to see what else breaks once every column is recognised.
The lists are seeded: running it again writes the same people and text files (spreadsheets differ only by
their saved-at time).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.accuracy2 import lists_a, lists_b, sheets

HERE = Path(__file__).resolve().parent
IN_ENGLISH = {
    "Ime": "First name", "Priimek": "Last name", "Podjetje": "Company", "Delovno mesto": "Role",
    "E-pošta": "Email", "Predstavitev (DA/NE)": "Pitch", "Št.": "No.", "Telefon": "Phone",
    "Név": "Name", "Cég": "Company", "Beosztás": "Role", "Mobil": "Mobile", "Ország": "Country",
    "Pitch (igen/nem)": "Pitch", "Förnamn": "First name", "Efternamn": "Last name", "Företag": "Company",
    "Titel": "Job title", "E-post": "Email", "Mobilnummer": "Mobile", "Land": "Country",
    "Pitch (ja/nej)": "Pitch", "Fornavn": "First name", "Efternavn": "Last name", "Virksomhed": "Company",
    "Stilling": "Role", "Nr. crt.": "No.", "Nume": "Last name", "Prenume": "First name", "Companie": "Company",
    "Funcție": "Role", "Țara": "Country", "P. č.": "No.", "Titul": "Title", "Meno": "First name",
    "Priezvisko": "Last name", "Titul za menom": "Post-nominal title", "Organizácia": "Company",
    "Funkcia": "Role", "Telefón": "Phone", "Nástupné miesto": "Bus stop", "Prezime": "Last name",
    "Naziv tvrtke": "Company", "Radno mjesto": "Role", "Prezentacija (DA/NE)": "Pitch", "Nom": "First name",
    "Cognoms": "Last name", "Càrrec": "Role", "Correu electrònic": "Email", "Telèfon mòbil": "Mobile",
    "País": "Country", "Pitch (sí/no)": "Pitch", "Empresa": "Company"}
NOT_IN_ENGLISH = ("si_", "hu_", "se_", "dk_", "ro_", "sk_", "hr_", "cat_")  # the others' headers c2c knows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "lists")
    parser.add_argument("--english-headers", action="store_true")
    args = parser.parse_args()
    directory = args.out
    directory.mkdir(parents=True, exist_ok=True)
    for build in lists_a.LISTS + lists_b.LISTS:
        sheets.RENAMES.clear()
        if args.english_headers and build.__name__.startswith(NOT_IN_ENGLISH):
            sheets.RENAMES.update(IN_ENGLISH)
        built = build(directory)
        built.save_truth(directory)
        print(f"{built.name}: {len(built.people)} people{' (to be refused)' if built.refuse else ''}")


if __name__ == "__main__":
    main()
