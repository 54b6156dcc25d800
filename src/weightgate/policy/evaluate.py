"""Judge every reference against the policy: pure function from data to findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from weightgate.licenses import knowledge_base, normalize
from weightgate.model import Finding, ModelRef, Resolution, Severity, TermValue
from weightgate.policy.messages import clause_for, help_for, license_message, message_for
from weightgate.policy.model import Action, Organization, Policy
from weightgate.policy.waivers import Waivers
from weightgate.resolve.facts import Key

_SEVERITY: Mapping[Action, Severity | None] = {"deny": "error", "warn": "warning", "allow": None}
_STATUS_TERM = {
    "unknown": "unknown",
    "not-found": "unresolved",
    "unreachable": "unresolved",
    "offline": "unresolved",
    "gated": "gated",
}
#: ISO codes of EU member states: an organization in DE operates in the EU.
_EU = "AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
EU_MEMBERS = frozenset(_EU.split(" "))


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


def _operates_in(org: Organization, excluded: tuple[str, ...]) -> bool:
    assert org.regions is not None
    regions = set(org.regions)
    if regions & EU_MEMBERS:
        regions.add("EU")
    return bool(regions & {r.upper() for r in excluded})


def bites(term: str, value: TermValue, policy: Policy) -> bool:
    """Whether a term applies to this organization: caps by its scale, regions where it works.

    Unknown facts are judged conservatively: without a scale every cap bites, without regions
    every regional exclusion does.
    """
    org = policy.organization
    if value is False:
        return False
    if term in ("user-cap", "revenue-cap"):
        scale = org.monthly_active_users if term == "user-cap" else org.annual_revenue_usd
        if scale is None or isinstance(value, bool) or not isinstance(value, int):
            return True
        return scale >= value  # at the cap you may exceed it with the next user or dollar
    if term == "region-restriction" and org.regions is not None:
        excluded = (value,) if isinstance(value, str) else value if isinstance(value, tuple) else ()
        return not excluded or _operates_in(org, excluded)
    return True


def _terms_of(resolution: Resolution, direct: bool = True) -> dict[str, TermValue]:
    """The license terms plus the status term; `gated` also for a referenced repo whose
    metadata the Hub serves (the gate binds whoever downloads it, not users of a derivative)."""
    status_term = _STATUS_TERM.get(resolution.status)
    terms = dict(resolution.terms)
    if status_term is not None:
        terms[status_term] = True
    if direct and resolution.gated:
        terms["gated"] = True
    return terms


def _matches(license_id: str, category: str, entries: tuple[str, ...]) -> str | None:
    for entry in entries:
        if entry in (license_id, f"category:{category}"):
            return entry
    return None


def license_rule(resolution: Resolution, policy: Policy) -> tuple[str, str] | None:
    """(`license-denied` | `license-not-allowed`, the entry or list that decided) or None.

    Only licenses that were determined are judged; the `unknown` term covers the rest.
    """
    if resolution.status != "ok" or not resolution.license:
        return None
    record = knowledge_base().lookup(resolution.license, resolution.license_name)
    license_id = record.id if record else normalize(resolution.license)
    category = record.category if record else "unspecified"
    denied = _matches(license_id, category, policy.licenses_deny)
    if denied:
        return "license-denied", denied
    allow = policy.licenses_allow
    if allow is not None and not _matches(license_id, category, allow):
        return "license-not-allowed", ", ".join(allow) or "nothing"
    return None


def _finding(ref: ModelRef, rule: str, resolution: Resolution, via: tuple[str, ...]) -> Finding:
    return Finding(
        rule=rule,
        severity="error",
        model=ref.id,
        license=resolution.license,
        path=ref.path,
        line=ref.line,
        column=ref.column,
        message="",
        via=via,
    )


def _raw_findings(ref: ModelRef, by_key: Mapping[Key, Resolution], policy: Policy) -> list[Finding]:
    out: list[Finding] = []
    chain = list(lineage(ref.key, by_key))
    if not policy.lineage:
        chain = chain[:1]
    top = chain[0][0] if chain else None
    for resolution, via in chain:
        for term, value in _terms_of(resolution, direct=not via).items():
            severity = _SEVERITY[policy.terms.get(term, "allow")]
            if severity is None or not bites(term, value, policy):
                continue
            out.append(
                replace(
                    _finding(ref, term, resolution, via),
                    severity=severity,
                    message=message_for(term, value, resolution, top, via),
                    help=help_for(term, ref, resolution, policy.organization),
                    clause=clause_for(term, resolution),
                )
            )
        decided = license_rule(resolution, policy)
        if decided is not None:
            rule, entry = decided
            out.append(
                replace(
                    _finding(ref, rule, resolution, via),
                    message=license_message(rule, entry, resolution, top, via),
                    help=help_for(rule, ref, resolution, policy.organization),
                )
            )
    return _dedupe(out)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per rule per reference: the nearest model in the lineage carrying the term."""
    best: dict[str, Finding] = {}
    for finding in findings:
        if finding.rule not in best or len(finding.via) < len(best[finding.rule].via):
            best[finding.rule] = finding
    return [best[rule] for rule in sorted(best)]


def evaluate(
    refs: Sequence[ModelRef],
    by_key: Mapping[Key, Resolution],
    policy: Policy,
    today: dt.date | None = None,
    *,
    full_run: bool = False,
) -> tuple[Finding, ...]:
    """Findings for every model reference, with waived ones marked `suppressed`.

    Expired exceptions are findings at their line in the policy file; in a full run (every
    file scanned) so are exceptions that waived nothing.
    """
    waivers = Waivers(policy.exceptions, today or dt.date.today())
    findings: list[Finding] = []
    for ref in refs:
        if ref.kind == "dataset":
            continue
        for finding in _raw_findings(ref, by_key, policy):
            findings.append(replace(finding, suppressed=waivers.waive(finding, ref)))
    findings.extend(waivers.findings(full_run=full_run))
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.rule, f.model))
    return tuple(findings)
