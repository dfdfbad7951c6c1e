"""``c2c catalogue`` end to end: consent from an attendee list's column and from participants edit."""

from __future__ import annotations

from pathlib import Path

import vobject

from tests.conftest import Invoke

LIST = ("Prénom;Nom;Entreprise;Courriel;Pays;Consentement partage\n"
        "Benoît-Étienne;Marchal;Aérocomposites Dauphiné;be.marchal@aerocomposites.example;FR;oui\n"
        "Élodie;Garnier;Aérocomposites Dauphiné;e.garnier@aerocomposites.example;FR;\n"
        "Małgorzata;Wiśniewska;Compositi Varesini Srl;m.wisniewska@compositi.example;IT;non\n")


def test_consent_comes_from_the_list_and_from_participants_edit(lyon: str, invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "liste.csv").write_text(LIST, encoding="utf-8")
    assert invoke("participants", "import", str(tmp_path / "liste.csv"), "-m", lyon).exit_code == 0
    out = tmp_path / "contacts.vcf"
    result = invoke("catalogue", "-m", lyon, "--out", str(out))
    assert (result.exit_code, result.stderr) == (
        0, f"Wrote {out}: 2 companies, 1 people listed, 2 without consent (company only)\n")
    assert [c.fn.value for c in vobject.readComponents(out.read_text(encoding="utf-8"))] == ["Benoît-Étienne Marchal"]
    assert invoke("participants", "edit", "m.wisniewska@compositi.example", "-m", lyon, "--consent").exit_code == 0
    assert invoke("participants", "edit", "be.marchal@aerocomposites.example", "-m", lyon, "--no-consent").exit_code == 0
    assert invoke("catalogue", "--series", "--out", str(out)).exit_code == 0
    assert [c.fn.value for c in vobject.readComponents(out.read_text(encoding="utf-8"))] == ["Małgorzata Wiśniewska"]


def test_a_catalogue_names_the_formats_it_writes(lyon: str, invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("catalogue", "-m", lyon, "--out", str(tmp_path / "contacts.docx"))
    assert (result.exit_code, result.stderr) == (1, "Error: contacts.docx: a catalogue is written as .xlsx, .vcf, .html, .pdf\n")
    empty = invoke("catalogue", "-m", lyon, "--out", str(tmp_path / "contacts.vcf"))
    assert empty.exit_code == 1
    assert empty.stderr.startswith("Error: no companies to list in lyon-2018\n")
