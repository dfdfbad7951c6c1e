"""Prompt flows without a terminal: ``c2c.prompts`` patched as questionary would answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def questionary_text(answers: list[str], asked: list[str], refused: list[str]) -> Callable[..., str]:
    """``prompts.text`` as questionary runs it: an answer its ``validate`` refuses is asked again
    (and the refusal noted in ``refused``), the next answer taken in its place."""
    given = iter(answers)

    def text(message: str, default: str = "", validate: Any = None) -> str:
        asked.append(message)
        while True:
            answer = next(given)
            verdict = validate(answer) if callable(validate) else True
            if verdict is True:
                return answer
            refused.append(f"{message}: {verdict}")

    return text
