"""Terms read straight from license clauses, for texts the knowledge base does not recognise.

Each detector looks at one sentence at a time and answers with the term, its value and the
sentence as evidence. Detectors are deliberately narrow: a clause they do not understand adds no
term, and a text with neither a known clause nor a license grant is left `unknown` by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from weightgate.licenses import patterns as p
from weightgate.licenses.numbers import numbers
from weightgate.model import TERMS, TermValue


@dataclass(frozen=True)
class Clause:
    """One term found in one sentence."""

    term: str
    value: TermValue
    quote: str
    section: str = ""


def _quote(sentence: str, at: int = 0) -> str:
    """The sentence, cut to MAX_QUOTE characters around position `at`."""
    if len(sentence) <= p.MAX_QUOTE:
        return sentence
    start = max(0, min(at - p.MAX_QUOTE // 3, len(sentence) - p.MAX_QUOTE))
    head = "..." if start else ""
    tail = "..." if start + p.MAX_QUOTE < len(sentence) else ""
    return head + sentence[start : start + p.MAX_QUOTE].strip() + tail


def _nearest_number(sentence: str, anchor: int, after: int = 0) -> int | None:
    """The number closest to the keyword at `anchor` (ignoring tiny section-like numbers)."""
    found = [n for n in numbers(sentence) if n.start >= after and n.value >= 10]
    if not found:
        return None
    return min(found, key=lambda n: min(abs(n.end - anchor), abs(n.start - anchor))).value


def user_cap(sentence: str) -> Clause | None:
    users = p.USERS.search(sentence)
    if users is None or not p.THRESHOLD.search(sentence):
        return None
    value = _nearest_number(sentence, users.start())
    if value is None:
        return None
    daily = "daily" in users.group(0).lower() or "dau" in users.group(0).lower()
    section = "daily active users (recorded as a user cap)" if daily else ""
    return Clause("user-cap", value, _quote(sentence, users.start()), section)


def revenue_cap(sentence: str) -> Clause | None:
    revenue = p.REVENUE.search(sentence)
    if revenue is None or not p.THRESHOLD.search(sentence):
        return None
    for code, pattern in p.CURRENCY:
        currency = pattern.search(sentence)
        if currency is None:
            continue
        value = _nearest_number(sentence, currency.end(), after=max(0, currency.start() - 40))
        if value is None:
            continue
        quote = _quote(sentence, revenue.start())
        if code == "USD":
            return Clause("revenue-cap", value, quote)
        usd = int(value * p.USD_FLOOR[code])
        section = f"{code} {value:,} taken as USD {usd:,} (conservative fixed rate)"
        return Clause("revenue-cap", usd, quote, section)
    return None


def _flag(term: str, pattern: re.Pattern[str]) -> Callable[[str], Clause | None]:
    def detect(sentence: str) -> Clause | None:
        found = pattern.search(sentence)
        return Clause(term, True, _quote(sentence, found.start())) if found else None

    detect.__name__ = term.replace("-", "_")
    return detect


def output_restriction(sentence: str) -> Clause | None:
    confined = p.OUTPUT_RESEARCH_ONLY.search(sentence)
    if confined:
        return Clause("output-restriction", True, _quote(sentence, confined.start()))
    output = p.OUTPUT.search(sentence)
    trains = p.TRAIN.search(sentence) and p.MODEL.search(sentence) and p.USE.search(sentence)
    if output is None or not trains:
        return None
    if not p.NEGATION.search(sentence) or p.NAMING_OR_CREDIT.search(sentence):
        return None
    if p.DISCLAIMER.search(sentence):
        return None
    return Clause("output-restriction", True, _quote(sentence, output.start()))


def hosting_restriction(sentence: str) -> Clause | None:
    hosting = p.HOSTING.search(sentence)
    if hosting is None or not p.HOSTING_LIMIT.search(sentence) or p.DISCLAIMER.search(sentence):
        return None
    return Clause("hosting-restriction", True, _quote(sentence, hosting.start()))


def region_restriction(sentence: str) -> Clause | None:
    if not (p.REGION_EXCLUSION.search(sentence) and p.REGION_PLACE.search(sentence)):
        return None
    if p.EXPORT_CONTROL.search(sentence):
        return None
    regions = tuple(code for code, pattern in p.REGIONS if pattern.search(sentence))
    if not regions:
        return None
    return Clause("region-restriction", regions, _quote(sentence))


def copyleft(sentence: str) -> Clause | None:
    for strength, pattern in p.COPYLEFT:
        found = pattern.search(sentence)
        if found:
            return Clause("copyleft", strength, _quote(sentence, found.start()))
    return None


def non_commercial(sentence: str) -> Clause | None:
    if p.USERS.search(sentence):  # "if you are commercially using ... more than N MAU" is a cap
        return None
    return _flag("non-commercial", p.NON_COMMERCIAL)(sentence)


DETECTORS: tuple[Callable[[str], Clause | None], ...] = (
    user_cap,
    revenue_cap,
    non_commercial,
    _flag("research-only", p.RESEARCH),
    output_restriction,
    _flag("use-restrictions", p.USE_RESTRICTIONS),
    hosting_restriction,
    region_restriction,
    _flag("attribution", p.ATTRIBUTION),
    _flag("naming", p.NAMING),
    copyleft,
)

_COPYLEFT_RANK = {"weak": 1, "strong": 2, "network": 3}


def _stronger(old: Clause, new: Clause) -> bool:
    """Whether `new` should replace `old` for the same term (the stricter reading wins)."""
    if old.term == "copyleft":
        return _COPYLEFT_RANK[str(new.value)] > _COPYLEFT_RANK[str(old.value)]
    if old.term in ("user-cap", "revenue-cap"):
        return isinstance(new.value, int) and isinstance(old.value, int) and new.value < old.value
    if old.term == "region-restriction" and isinstance(old.value, tuple):
        return isinstance(new.value, tuple) and len(set(new.value) - set(old.value)) > 0
    return False


def detect_clauses(sentences: Iterable[str]) -> list[Clause]:
    """One clause per term (the first, or the strictest for caps, regions and copyleft).

    A library exception anywhere in the text (LGPL) caps strong copyleft at weak.
    """
    best: dict[str, Clause] = {}
    library: Clause | None = None
    for sentence in sentences:
        for detector in DETECTORS:
            clause = detector(sentence)
            if clause is None:
                continue
            old = best.get(clause.term)
            if old is not None and clause.term == "region-restriction" and _stronger(old, clause):
                merged = tuple(sorted({*old.value, *clause.value}))  # type: ignore[misc]
                best[clause.term] = Clause(old.term, merged, old.quote, old.section)
            elif old is None or _stronger(old, clause):
                best[clause.term] = clause
        if library is None and p.LIBRARY_EXCEPTION.search(sentence):
            library = Clause("copyleft", "weak", _quote(sentence), "library exception")
    if library is not None and best.get("copyleft", library).value in ("weak", "strong"):
        best["copyleft"] = library
    return [best[t] for t in sorted(best, key=TERMS.index)]
