"""Judge every reference against the policy: pure function from data to findings."""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from weightgate.model import Finding, ModelRef, Resolution, Severity, TermValue
from weightgate.policy.messages import help_for, message_for
from weightgate.policy.model import Action, Policy
from weightgate.resolve.facts import Key

_SEVERITY: Mapping[Action, Severity | None] = {"deny": "error", "warn": "warning", "allow": None}
_STATUS_TERM = {
    "unknown": "unknown",
    "not-found": "unresolved",
    "unreachable": "unresolved",
    "offline": "unresolved",
    "gated": "gated",
}


def lineage(
    key: Key, by_key: Mapping[Key, Resolution]
) -> Iterator[tuple[Resolution, tuple[str, ...]]]:
    """The model and every ancestor, each with the chain of ids that leads to it (cycle-safe)."""
    seen: set[str] = set()
    stack: list[tuple[Key, tuple[str, ...]]] = [(key, ())]
    while stack:
        current, via = stack.pop(0)
        resolution = by_key.get(current)
        if resolution is None or resolution.id in seen:
            continue
        seen.add(resolution.id)
        yield resolution, via
        for base in resolution.base_models:
            stack.append(((base, None), (*via, base)))


def bites(term: str, value: TermValue, policy: Policy) -> bool:
    """Whether a term applies to this organization: caps by its scale, regions where it works."""
    org = policy.organization
    if value is False:
        return False
    if term == "user-cap" and org.monthly_active_users is not None and isinstance(value, int):
        return org.monthly_active_users >= value
    if term == "revenue-cap" and org.annual_revenue_usd is not None and isinstance(value, int):
        return org.annual_revenue_usd >= value
    if term == "region-restriction" and org.regions is not None and isinstance(value, tuple):
        return bool(set(org.regions) & set(value))
    return True


def _terms_of(resolution: Resolution) -> dict[str, TermValue]:
    status_term = _STATUS_TERM.get(resolution.status)
    terms = dict(resolution.terms)
    if status_term is not None:
        terms[status_term] = True
    return terms


def _raw_findings(ref: ModelRef, by_key: Mapping[Key, Resolution], policy: Policy) -> list[Finding]:
    out: list[Finding] = []
    chain = list(lineage(ref.key, by_key))
    if not policy.lineage:
        chain = chain[:1]
    top = chain[0][0] if chain else None
    for resolution, via in chain:
        for term, value in _terms_of(resolution).items():
            severity = _SEVERITY[policy.terms.get(term, "allow")]
            if severity is None or not bites(term, value, policy):
                continue
            out.append(
                Finding(
                    rule=term,
                    severity=severity,
                    model=ref.id,
                    license=resolution.license,
                    path=ref.path,
                    line=ref.line,
                    column=ref.column,
                    message=message_for(term, value, resolution, top, via),
                    help=help_for(term, ref, resolution),
                    via=via,
                )
            )
    return _dedupe(out)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per rule per reference: the nearest model in the lineage carrying the term."""
    best: dict[str, Finding] = {}
    for finding in findings:
        if finding.rule not in best or len(finding.via) < len(best[finding.rule].via):
            best[finding.rule] = finding
    return list(best.values())


def _waived(finding: Finding, ref: ModelRef, policy: Policy, today: dt.date) -> str | None:
    for rule_set in ref.suppressions:
        if finding.rule in rule_set.rules or "*" in rule_set.rules:
            return f"inline: {rule_set.reason}"
    for exc in policy.exceptions:
        if exc.expires is not None and exc.expires < today:
            continue
        if not fnmatch.fnmatchcase(ref.id, exc.model):
            continue
        if exc.terms is not None and finding.rule not in exc.terms:
            continue
        if exc.license is not None and finding.license != exc.license:
            continue
        if exc.paths and not any(fnmatch.fnmatchcase(ref.path, p) for p in exc.paths):
            continue
        return f"exception: {exc.reason}"
    return None


def evaluate(
    refs: Sequence[ModelRef],
    by_key: Mapping[Key, Resolution],
    policy: Policy,
    today: dt.date | None = None,
) -> tuple[Finding, ...]:
    """Findings for every model reference, with waived ones marked `suppressed`."""
    today = today or dt.date.today()
    findings: list[Finding] = []
    for ref in refs:
        if ref.kind == "dataset":
            continue
        for finding in _raw_findings(ref, by_key, policy):
            findings.append(replace(finding, suppressed=_waived(finding, ref, policy, today)))
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.rule, f.model))
    return tuple(findings)
