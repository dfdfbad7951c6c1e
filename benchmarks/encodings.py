"""How often a text list in a single-byte code page comes back exactly as written.

Generates lists of 3 to 40 attendees (tests/encoding_samples.py: real names, companies and cities
of 20 countries, a guest from elsewhere now and then) in every code page their offices write, and
prints per code page: the share read exactly without a hint, with the mission's country as a hint,
with another country's as the hint (a Czech list at an Italian mission), how often a wrong
reading (with the right hint) carried the report's "close guess" note, how often a right one did, and
the mean time of one decision. With --charset-normalizer (when it is installed) the same lists go
through charset-normalizer's from_bytes().best() for comparison.

Run: python benchmarks/encodings.py [--samples 2000] [--seed 0] [--charset-normalizer]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from c2c.services.importing.encodings import decode  # noqa: E402
from tests.encoding_samples import ENCODINGS, PEOPLE, sample  # noqa: E402

COUNTRIES = sorted(PEOPLE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000, help="lists per code page")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--charset-normalizer", action="store_true", help="compare with charset-normalizer")
    parser.add_argument("--show", type=int, default=0, help="print this many failures per code page")
    args = parser.parse_args()
    normalizer = _charset_normalizer() if args.charset_normalizer else None
    print(f"{'code page':<12} {'lists':>6} {'no hint':>8} {'hint':>8} {'foreign':>8} {'noted|wrong':>12} {'noted|right':>12} "
          f"{'ms':>6}" + (f" {'charset-n.':>10}" if normalizer else ""))
    for encoding in ENCODINGS:
        _row(encoding, args, normalizer)


def _row(encoding: str, args: argparse.Namespace, normalizer: object) -> None:
    rng = random.Random(f"{args.seed}-{encoding}")
    plain = hinted = foreign = noted_wrong = wrong = noted_right = other = 0
    elapsed = 0.0
    shown = 0
    for _ in range(args.samples):
        case = sample(rng, encoding)
        plain += decode(case.data)[0] == case.text
        stranger = rng.choice([c for c in COUNTRIES if c != case.country])
        foreign += decode(case.data, [stranger])[0] == case.text
        start = time.perf_counter()
        text, decoding = decode(case.data, [case.country])
        elapsed += time.perf_counter() - start
        if text == case.text:
            hinted += 1
            noted_right += decoding.note is not None
        else:
            wrong += 1
            noted_wrong += decoding.note is not None
            if shown < args.show:
                shown += 1
                print(f"  {case.country} read as {decoding.encoding}: {_first_difference(text, case.text)}")
        if normalizer is not None:
            other += _normalizer_reads(normalizer, case.data, case.text)
    n = args.samples
    line = (f"{encoding:<12} {n:>6} {plain / n:>8.1%} {hinted / n:>8.1%} {foreign / n:>8.1%} {_ratio(noted_wrong, wrong):>12} "
            f"{_ratio(noted_right, hinted):>12} {elapsed / n * 1000:>6.2f}")
    print(line + (f" {other / n:>10.1%}" if normalizer is not None else ""))


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.0%} of {whole}" if whole else "-"


def _first_difference(got: str, want: str) -> str:
    got_words, want_words = got.split(), want.split()
    pairs = [(g, w) for g, w in zip(got_words, want_words, strict=False) if g != w]
    return ", ".join(f"{g!r} for {w!r}" for g, w in pairs[:3])


def _charset_normalizer() -> object:
    try:
        import charset_normalizer
    except ImportError:
        sys.exit("charset-normalizer is not installed: pip install charset-normalizer")
    return charset_normalizer


def _normalizer_reads(module: object, data: bytes, text: str) -> bool:
    best = module.from_bytes(data).best()  # type: ignore[attr-defined]
    return best is not None and str(best) == text


if __name__ == "__main__":
    main()
