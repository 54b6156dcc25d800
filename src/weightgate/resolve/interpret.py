"""Turn what the Hub said into license facts through the knowledge base."""

from __future__ import annotations

from weightgate.licenses import knowledge_base
from weightgate.model import Resolution, Source
from weightgate.resolve.facts import HubFacts

_UNSPECIFIED = frozenset({"other", "unknown", ""})
#: Statuses the lockfile records: their detail must read the same online and from the lockfile.
_LOCKED = ("ok", "gated", "not-found")


def interpret(facts: HubFacts, source: Source) -> Resolution:
    """License and terms for one model from its Hub facts."""
    base = Resolution(
        id=facts.canonical_id or facts.id,
        revision=facts.revision,
        requested=facts.id,
        sha=facts.sha,
        license=facts.license,
        license_name=facts.license_name,
        license_link=facts.license_link,
        source=source,
        base_models=facts.base_models,
        status=facts.status,
        detail=facts.portable_detail if facts.status in _LOCKED else facts.detail,
        gated=facts.gated,
    )
    if facts.status == "gated":
        return _gated(base, facts)
    if facts.status != "ok":
        return base
    record = knowledge_base().lookup(facts.license, facts.license_name)
    if record is None or not record.specified:
        from weightgate.resolve.licensetext import detection_of, resolution_from_text

        detection = detection_of(facts)
        if detection is not None and not detection.unknown:
            return resolution_from_text(base, detection)
        said = facts.license_name or facts.license or "no license"
        if facts.license and facts.license not in _UNSPECIFIED and not facts.license_name:
            reason = f"license id {facts.license!r} is not in the knowledge base"
        else:
            reason = f"the model card says {said!r} and no known license text was found"
        if detection is not None:
            reason += f"; license text: {detection.reason}"
        return _replace(base, status="unknown", detail=reason)
    return _replace(base, license=record.id, terms=dict(record.terms), evidence=record.evidence)


def _gated(base: Resolution, facts: HubFacts) -> Resolution:
    """Gated: the card's license when it is known, else `unknown` too (fail closed)."""
    record = knowledge_base().lookup(facts.license, facts.license_name)
    if record is None or not record.specified:
        return _replace(base, terms={"unknown": True})
    return _replace(base, license=record.id, terms=dict(record.terms), evidence=record.evidence)


def _replace(resolution: Resolution, **changes: object) -> Resolution:
    from dataclasses import replace

    return replace(resolution, **changes)  # type: ignore[arg-type]
