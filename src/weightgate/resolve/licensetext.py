"""What a license text says: a known license recognised by its fingerprint, else terms by clause.

`detect(text)` is pure and deterministic. Its JSON form is what the lockfile keeps in
`HubFacts.detected`, so an offline run reaches the same verdict without the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from weightgate.licenses import knowledge_base
from weightgate.model import TERMS, Evidence, Resolution, TermValue
from weightgate.resolve.facts import HubFacts

if TYPE_CHECKING:  # the detectors load lazily: reading a lockfile entry needs none of them
    from weightgate.licenses import clauses, fingerprint

Method = Literal["fingerprint", "clauses", "none"]
DETECTOR_VERSION = 1
MIN_TOKENS = 20
MAX_CHARS = 400_000


@dataclass(frozen=True)
class Detection:
    """The outcome of reading one license text."""

    method: Method
    license: str | None = None  # knowledge-base id when recognised
    score: float | None = None  # fingerprint similarity when recognised
    terms: Mapping[str, TermValue] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    #: Terms the text adds to (or changes in) the recognised license.
    changed: tuple[str, ...] = ()
    reason: str = ""

    @property
    def unknown(self) -> bool:
        return self.method == "none"

    def to_json(self) -> dict[str, Any]:
        return {
            "version": DETECTOR_VERSION,
            "method": self.method,
            "license": self.license,
            "score": self.score,
            "terms": {k: list(v) if isinstance(v, tuple) else v for k, v in self.terms.items()},
            "evidence": [
                {"term": e.term, "quote": e.quote, "section": e.section} for e in self.evidence
            ],
            "changed": list(self.changed),
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Detection:
        """Inverse of to_json; raises ValueError on a malformed document."""
        try:
            method = data["method"]
            if method not in ("fingerprint", "clauses", "none"):
                raise ValueError(f"unknown detection method {method!r}")
            raw = sorted(data["terms"].items(), key=lambda kv: _rank(kv[0]))
            terms = {str(k): tuple(v) if isinstance(v, list) else v for k, v in raw}
            evidence = tuple(
                Evidence(str(e["term"]), str(e["quote"]), str(e.get("section", "")))
                for e in sorted(data.get("evidence", ()), key=lambda e: _rank(e["term"]))
            )
            return cls(
                method=method,
                license=data.get("license"),
                score=data.get("score"),
                terms=terms,
                evidence=evidence,
                changed=tuple(data.get("changed", ())),
                reason=str(data.get("reason", "")),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"malformed license-text detection: {exc}") from exc


def _rank(term: object) -> int:
    """Report order of a term (DESIGN's vocabulary order; unknown names last)."""
    return TERMS.index(term) if term in TERMS else len(TERMS)


def _found(found: list[clauses.Clause]) -> tuple[dict[str, TermValue], tuple[Evidence, ...]]:
    terms = {c.term: c.value for c in found}
    return terms, tuple(Evidence(c.term, c.quote, c.section) for c in found)


_COPYLEFT_RANK = {"weak": 1, "strong": 2, "network": 3}


def _merged(clause: clauses.Clause, known: TermValue | None, kept: bool) -> clauses.Clause:
    """A clause from text added to a known license, against the value the license gives.

    While the known clause is still in the text both apply, so the stricter value wins (lower
    cap, wider regions, stronger copyleft); when it was edited away, the added clause replaces it.
    """
    from weightgate.licenses.clauses import Clause

    value: TermValue = clause.value
    if known is None or (not kept and value is not True):
        return clause
    if value is True:
        value = known
    elif isinstance(value, tuple) and isinstance(known, tuple):
        value = tuple(sorted({*known, *value}))
    elif isinstance(value, int) and isinstance(known, int):
        value = min(value, known)
    elif isinstance(value, str) and isinstance(known, str):
        value = max(value, known, key=lambda v: _COPYLEFT_RANK.get(v, 0))
    return Clause(clause.term, value, clause.quote, clause.section)


def _still_there(quote: str, words: str) -> bool:
    """Whether every part of an evidence quote is still in the (tokenized) text."""
    from weightgate.licenses.fingerprint import tokens

    return all(" ".join(tokens(part)) in words for part in quote.split("..."))


def _recognised(text: str, match: fingerprint.Match) -> Detection:
    """A known license; sentences it does not contain may add or change terms."""
    from weightgate.licenses import clauses, fingerprint

    record = knowledge_base().get(match.license)
    if record is None:  # fingerprints and knowledge base are built together; be safe anyway
        return Detection("none", reason=f"fingerprint names unknown license {match.license!r}")
    novel = [
        s for s in fingerprint.sentences(text) if fingerprint.sentence_key(s) not in match.sentences
    ]
    words = " ".join(fingerprint.tokens(text))
    present = {e.term for e in record.evidence if _still_there(e.quote, words)}
    extra = [
        _merged(c, record.terms.get(c.term), c.term in present)
        for c in clauses.detect_clauses(novel)
    ]
    extra = [c for c in extra if c.value != record.terms.get(c.term) and c.value is not False]
    terms = {**record.terms, **{c.term: c.value for c in extra}}
    kept = tuple(e for e in record.evidence if e.term not in {c.term for c in extra})
    evidence = kept + tuple(Evidence(c.term, c.quote, "added to the known text") for c in extra)
    score = round(match.explained, 3)
    reason = f"recognised as {record.name} (similarity {score})"
    if extra:
        reason += "; the text adds or changes: " + ", ".join(c.term for c in extra)
    return Detection(
        "fingerprint",
        record.id,
        score,
        dict(sorted(terms.items(), key=lambda kv: _rank(kv[0]))),
        tuple(sorted(evidence, key=lambda e: _rank(e.term))),
        tuple(c.term for c in extra),
        reason,
    )


def detect(text: str) -> Detection:
    """Recognise a known license by its text, else read its terms clause by clause.

    Only the first MAX_CHARS characters are read: license files are far shorter, and a huge file
    must not stall a hook.
    """
    from weightgate.licenses import clauses, fingerprint, patterns

    text = text[:MAX_CHARS]
    if len(fingerprint.tokens(text)) < MIN_TOKENS:
        return Detection("none", reason="the license text is too short to be a license")
    match = fingerprint.best_match(text)
    if match is not None:
        return _recognised(text, match)
    sentences = fingerprint.sentences(text)
    found = clauses.detect_clauses(sentences)
    if found:
        terms, evidence = _found(found)
        names = ", ".join(terms)
        return Detection("clauses", terms=terms, evidence=evidence, reason=f"clauses: {names}")
    if any(patterns.GRANT.search(s) for s in sentences):
        return Detection(
            "clauses", reason="an unrecognised license grant with no restricting clause found"
        )
    return Detection(
        "none", reason="no known license text, license grant or restricting clause found"
    )


def detection_of(facts: HubFacts) -> Detection | None:
    """The recorded detection, else one computed from the fetched text; None without either.

    A detection recorded by another detector version is recomputed when the text is at hand.
    """
    current = facts.detected is not None and facts.detected.get("version") == DETECTOR_VERSION
    if facts.detected is not None and (current or not facts.license_text):
        try:
            return Detection.from_json(facts.detected)
        except ValueError:
            pass  # a stale or damaged entry: fall back to the text when we have it
    if facts.license_text:
        return detect(facts.license_text)
    return None


def with_detection(facts: HubFacts) -> HubFacts:
    """Facts with `detected` filled from `license_text`, so the lockfile keeps the result."""
    if not facts.license_text:
        return facts
    if facts.detected is not None and facts.detected.get("version") == DETECTOR_VERSION:
        return facts
    return replace(facts, detected=detect(facts.license_text).to_json())


def resolution_from_text(base: Resolution, detection: Detection) -> Resolution:
    """A resolution whose license and terms come from the license text."""
    record = knowledge_base().get(detection.license) if detection.license else None
    if record is not None:
        changed = {t: detection.terms[t] for t in detection.changed if t in detection.terms}
        terms = {**record.terms, **changed}
        kept = tuple(e for e in record.evidence if e.term not in changed)
        added = tuple(e for e in detection.evidence if e.term in changed)
        evidence = tuple(sorted(kept + added, key=lambda e: _rank(e.term)))
        license_id: str | None = record.id
    else:
        terms, evidence = dict(detection.terms), detection.evidence
        license_id = base.license if base.license not in (None, "", "unknown") else "other"
    return replace(
        base,
        license=license_id,
        terms=terms,
        evidence=evidence,
        source="license-text",
        detail=detection.reason,
    )
