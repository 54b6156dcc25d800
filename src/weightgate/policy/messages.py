"""Finding prose, built once per rule; reporters only lay it out."""

from __future__ import annotations

from weightgate.model import ModelRef, Resolution, TermValue
from weightgate.policy.model import Exception_, Organization

_TERM_TEXT = {
    "user-cap": "licensees above {value:,} monthly active users need a separate license",
    "revenue-cap": "free only below USD {value:,} annual revenue",
    "non-commercial": "commercial use is not granted",
    "research-only": "licensed for research / non-production use only",
    "output-restriction": "outputs may not be used to train or improve other models",
    "use-restrictions": "an acceptable-use policy applies and must be passed on to users",
    "hosting-restriction": "offering it as a hosted service needs a separate license",
    "region-restriction": "rights are not granted in {value}",
    "attribution": "requires a visible attribution notice",
    "naming": "derivative models must carry the licensor's name prefix",
    "copyleft": "{value} copyleft: derivatives must be shared under the same license",
}


def _license_label(resolution: Resolution) -> str:
    """`Llama 2 Community License Agreement (llama2)`; the card's own words when not known."""
    from weightgate.licenses import knowledge_base

    record = knowledge_base().get(resolution.license) if resolution.license else None
    if record is not None and record.specified:
        return f"the {record.name} ({record.id})"
    if resolution.license_name:
        return resolution.license_name
    if resolution.source == "license-text":
        return "a custom license (read from its license file)"
    return resolution.license or "an unknown license"


def message_for(
    term: str,
    value: TermValue,
    resolution: Resolution,
    top: Resolution | None,
    via: tuple[str, ...],
) -> str:
    """One sentence: which model, which license, what the term demands, and where it came from."""
    if term == "unknown":
        text = f"license of {resolution.id} could not be determined: {resolution.detail}"
    elif term == "unresolved":
        text = f"{resolution.id} could not be looked up ({resolution.status}): {resolution.detail}"
    elif term == "gated":
        text = f"{resolution.id} is gated: its terms must be accepted on the Hub before use"
    else:
        shown: object = ", ".join(value) if isinstance(value, tuple) else value
        clause = _TERM_TEXT.get(term, term).format(value=shown)
        text = f"{resolution.id} is under {_license_label(resolution)}: {clause}"
    return text + _inherited(top, via)


def _inherited(top: Resolution | None, via: tuple[str, ...]) -> str:
    if via and top is not None:
        return f" (inherited: {' -> '.join((top.id, *via))})"
    return ""


def license_message(
    rule: str, entry: str, resolution: Resolution, top: Resolution | None, via: tuple[str, ...]
) -> str:
    """`license-denied` names the deny entry; `license-not-allowed` the allow-list."""
    label = _license_label(resolution)
    if rule == "license-denied":
        text = f"{resolution.id} is under {label}, which the policy denies ({entry})"
    else:
        text = (
            f"{resolution.id} is under {label}, which is not in the policy's allow-list ({entry})"
        )
    return text + _inherited(top, via)


def exception_message(
    rule: str, exc: Exception_, lapsed: bool, seen: str | None
) -> tuple[str, str]:
    """Message and help for a stale exception, pointing the reader at the policy entry."""
    if rule == "exception-expired":
        return (
            f"the exception for {exc.model} expired on {exc.expires} and no longer applies "
            f"(reason given: {exc.reason})",
            "review it again: extend `expires:` with a new approval, or delete the entry",
        )
    text = f"the exception for {exc.model} waived nothing in this run"
    if lapsed:
        text += (
            f": it lapsed because the license is now {seen or 'undetermined'}, "
            f"not {exc.license} as approved"
        )
    return text, "delete the entry, or fix its model, terms, paths or license"


def _scale_hint(term: str, org: Organization | None) -> str:
    if term == "license-not-allowed":
        return "; or, for every model, add it to `licenses: allow:`"
    if term == "user-cap" and (org is None or org.monthly_active_users is None):
        return "; if you stay below the cap, state organization.monthly-active-users"
    if term == "revenue-cap" and (org is None or org.annual_revenue_usd is None):
        return "; if you stay below the cap, state organization.annual-revenue-usd"
    return ""


def help_for(
    term: str, ref: ModelRef, resolution: Resolution, org: Organization | None = None
) -> str:
    """The concrete fix: the exception stanza to paste, or what to run."""
    if term == "unresolved" and resolution.status == "offline":
        return "run `weightgate lock` with network access and commit weightgate.lock"
    if term == "unresolved":
        return (
            "check the model id and your network/HF_TOKEN, "
            "or add a `clarify:` entry with its license"
        )
    if term == "unknown":
        return (
            f"add to .weightgate.yaml: clarify: [{{model: {ref.id}, license: <id>, "
            "reason: <where you checked>}]"
        )
    return (
        f"if legal approved this use, add to .weightgate.yaml: exceptions: [{{model: {ref.id}, "
        f"terms: [{term}], license: {resolution.license}, reason: <ticket>, "
        "expires: <YYYY-MM-DD>}]" + _scale_hint(term, org)
    )


def clause_for(term: str, resolution: Resolution) -> str:
    """The clause that creates a term, as `"quote" (section)`; empty when there is no evidence."""
    for evidence in resolution.evidence:
        if evidence.term == term:
            where = f" ({evidence.section})" if evidence.section else ""
            return f'"{evidence.quote}"{where}'
    return ""
