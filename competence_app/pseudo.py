"""Pseudo-localisation: every translated string comes out 40 % longer and accented.

A layout check for translators and developers (`competence-app --pseudo-localise`):
German or Spanish text runs about a third longer than English, so anything that
clips or overflows here will clip in a real language. Text that stays plain ASCII
on screen never went through the translator, which is a bug of its own.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

GROWTH = 0.4
# Placeholders, markup and mnemonics must survive untouched, or the app would break.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^>]*>|&[a-zA-Z]+;|&&|&(?=\w)|\n")
_ACCENTS = str.maketrans(
    "AaCcEeIiNnOoUuYy",
    "ÅåÇçÉéÎîÑñÖöÛüÝý",
)


def lengthen(text: str) -> str:
    """`text` accented, bracketed and padded so its visible part is 40 % longer."""
    if not text.strip():
        return text
    pieces, visible, position = [], 0, 0
    for match in _KEEP.finditer(text):
        plain = text[position : match.start()]
        pieces.append(plain.translate(_ACCENTS))
        visible += len(plain)
        pieces.append(match.group())
        position = match.end()
    tail = text[position:]
    pieces.append(tail.translate(_ACCENTS))
    visible += len(tail)
    # Brackets count towards the growth; the rest is padding a reader can see.
    padding = max(0, math.ceil(visible * GROWTH) - 2)
    return "[" + "".join(pieces) + " " + "·" * max(0, padding - 1) + "]"


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return lengthen(source_text) if source_text else source_text

    def isEmpty(self) -> bool:
        return False
