"""Field helpers shared by reporters: fingerprints, ordering, the resolution behind a finding."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import Any, TypeVar

from weightgate.model import Finding, Report, Resolution, Severity

T = TypeVar("T")

SEVERITY_RANK: dict[Severity, int] = {"error": 0, "warning": 1, "note": 2}


def fingerprints(findings: Sequence[Finding]) -> tuple[str, ...]:
    """A stable id per finding: rule + model + path + occurrence index, never the line number.

    Moving code around a file keeps every fingerprint; only reordering references to the same
    model under the same rule in one file swaps two of them.
    """
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for f in findings:
        key = (f.rule, f.model, f.path)
        index = seen[key]
        seen[key] += 1
        out.append(digest("\0".join((f.rule, f.model, f.path, str(index)))))
    return tuple(out)


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def by_severity(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Most severe first, then by location: the order in which truncation keeps findings."""
    return tuple(
        sorted(findings, key=lambda f: (SEVERITY_RANK[f.severity], f.path, f.line, f.column))
    )


def by_severity_with(findings: Sequence[Finding], extra: Sequence[T]) -> list[tuple[Finding, T]]:
    """`by_severity`, carrying a parallel value (a fingerprint) along with each finding."""
    pairs = list(zip(findings, extra, strict=True))
    pairs.sort(key=lambda p: (SEVERITY_RANK[p[0].severity], p[0].path, p[0].line, p[0].column))
    return pairs


def terms_json(resolution: Resolution | None) -> dict[str, Any]:
    """A resolution's terms as JSON values (region lists as lists)."""
    if resolution is None:
        return {}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in resolution.terms.items()}


def resolution_for(report: Report, finding: Finding) -> Resolution | None:
    """The resolution whose license the finding is about (an ancestor when it was inherited)."""
    for model in report.models:
        top = model.resolution
        if finding.model not in (top.id, top.requested or top.id):
            continue
        if not finding.via:
            return top
        for ancestor in model.ancestors:
            if ancestor.id == finding.via[-1]:
                return ancestor
    return None


def counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    out: dict[Severity, int] = {"error": 0, "warning": 0, "note": 0}
    for f in findings:
        out[f.severity] += 1
    return out
