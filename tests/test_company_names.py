"""Company identity keys: legal forms, punctuation, case, accents and 'and' never make two companies."""

from __future__ import annotations

import json
import random

import pytest

from c2c.company_names import cldr_and_words, company_key, legal_form, look_alikes
from c2c.config import package_data

BASES = ["Avioparts", "Mécanique Savoie", "Rossi {and} Figli", "Müller {and} Söhne", "Zakłady Łódź",
         "Novák {and} Syn", "Dupont {and} Fils", "Tremblay Aéro", "Hydro Nordic", "ООО Ромашка"]
# written as clusters' lists write them: each country's forms, dotted or not
FORMS = ["Srl", "S.r.l.", "s.r.l", "SRL", "S. r. l.", "SpA", "S.p.A.", "Sas", "S.a.s.", "Snc", "SA", "S.A.", "SAS",
         "SARL", "S.A.R.L.", "EURL", "SNC", "GmbH", "G.m.b.H.", "AG", "KG", "GmbH & Co. KG", "GmbH und Co. KG", "e.K.",
         "UG (haftungsbeschränkt)", "Sp. z o.o.", "sp.z o.o.", "s.r.o.", "a.s.", "S.L.", "S.A.U.", "Lda", "B.V.", "N.V.",
         "Ltd", "Ltd.", "Inc.", "Corp.", "LLC", "plc", "Oy", "AB", "A/S", "AS", "Sagl", "Ltée"]
ANDS = ["&", "and", "e", "und", "et", "y", "i", "og", "en"]


def _spelling(rng: random.Random, base: str, form: str | None) -> str:
    name = base.format(**{"and": rng.choice(ANDS)})
    name = rng.choice([str.upper, str.lower, str.title, str])(name)
    if form is not None:
        name = f"{form} {name}" if form in ("SARL", "SAS", "EURL") and rng.random() < 0.5 else f"{name} {form}"
    return rng.choice(["{}", " {} ", "{},", "{}."]).format(name.replace(" ", rng.choice([" ", "  ", "\u00a0"])))


@pytest.mark.parametrize("seed", range(4))
def test_every_spelling_of_a_company_has_one_key(seed: int) -> None:
    rng = random.Random(seed)
    for base in BASES:
        keys = {}
        for _ in range(60):
            name = _spelling(rng, base, rng.choice([None, *FORMS]))
            keys[name] = company_key(name)
        assert len(set(keys.values())) == 1, f"seed {seed}: {keys}"


def test_different_companies_keep_different_keys() -> None:
    keys = [company_key(b.format(**{"and": "&"})) for b in BASES]
    assert len(set(keys)) == len(BASES)
    assert company_key("Avioparts Srl") != company_key("Aviopart Srl")
    # initials are a name, not a Swedish AB; a name that is only a form keeps it
    assert company_key("A B C Meccanica") == company_key("ABC Meccanica Srl") == "abcmeccanica"
    assert company_key("SRL") == "srl"


def test_the_legal_form_is_read_whatever_its_spelling() -> None:
    assert legal_form("Avioparts S.r.l.") == legal_form("AVIOPARTS SRL") == legal_form("Avioparts s. r. l.") == "srl"
    assert legal_form("Avioparts S.p.A.") == "spa"
    assert legal_form("Kowalski Sp. z o.o.") == legal_form("Kowalski sp.z o.o.") == "spzoo"
    assert legal_form("SARL Dupont") == "sarl"
    assert legal_form("Avioparts") is None


def test_look_alikes_are_one_letter_apart() -> None:
    new = [company_key(n) for n in ("Aviopart Srl", "Rossi & Figli", "ABB", "Mueller GmbH")]
    known = [*(company_key(n) for n in ("Avioparts SpA", "Rossi Figlio", "ABC", "Muller AG")), "avioparts~12"]
    assert look_alikes(new, known) == [("aviopart", "avioparts"), ("mueller", "muller"), ("rossifigli", "rossifiglio")]
    assert look_alikes(["avioparts", "aviopartz"], []) == [("avioparts", "aviopartz")]
    assert look_alikes(["avioparts"], ["avioparts"]) == []


def test_the_and_words_are_cldrs() -> None:
    """and_words.json is what CLDR says (regenerate with cldr_and_words() after a Babel upgrade)."""
    shipped = json.loads(package_data("and_words.json").read_text(encoding="utf-8"))
    assert shipped == cldr_and_words()
    assert {"and", "e", "et", "und", "y", "i", "og", "en", "a"} <= set(shipped)
