"""Numbers as licenses write them: "700 million", "100,000,000", "fifty million (50,000,000)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
_SHORT_SCALES = {"k": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9}

_WORD = r"(?:" + "|".join(sorted(set(_UNITS) | set(_SCALES), key=len, reverse=True)) + r")"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|k|mm|mn|m|bn|b)"
NUMBER = re.compile(
    r"(?P<digits>\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s*(?P<scale>{_SCALE_WORD})\b)?"
    rf"|\b(?P<words>{_WORD}(?:[\s-]+(?:and[\s-]+)?{_WORD})*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    value: int
    start: int
    end: int


def _digits(digits: str, scale: str | None) -> int:
    value = float(re.sub(r"[,\u00a0 ]", "", digits))
    if scale:
        key = scale.lower()
        value *= _SCALES.get(key) or _SHORT_SCALES[key]
    return round(value)


def words_value(text: str) -> int | None:
    """`fifty million` -> 50000000; None unless every word is a number word."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and" or not word:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    if not seen or text.strip().lower() == "a":
        return None
    return total + current


def numbers(text: str) -> list[Number]:
    """Every number in a text, in order; a parenthesised repeat keeps the digits' reading."""
    found: list[Number] = []
    for match in NUMBER.finditer(text):
        if match.group("digits"):
            value: int | None = _digits(match.group("digits"), match.group("scale"))
        else:
            value = words_value(match.group("words"))
        if value is not None:
            found.append(Number(value, match.start(), match.end()))
    return found
