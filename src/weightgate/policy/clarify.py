"""`clarify:` entries: an asserted license replaces what the Hub metadata says.

An entry pinned with `license-sha256` applies only while the model's license text has that hash
(cargo-deny's clarifications): when the text changes, the assertion lapses and says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from weightgate.licenses import knowledge_base
from weightgate.model import Resolution
from weightgate.policy.globs import match_model
from weightgate.policy.model import Clarification, Policy
from weightgate.resolve.facts import HubFacts, Key


def _applied(resolution: Resolution, entry: Clarification) -> Resolution:
    record = knowledge_base().lookup(entry.license)
    return replace(
        resolution,
        license=record.id if record else entry.license,
        license_name=None,
        terms=dict(record.terms) if record else {},
        evidence=record.evidence if record else (),
        source="override",
        status="ok" if record else "unknown",
        detail=f"clarified at {entry.origin}:{entry.line}: {entry.reason}",
    )


def _lapsed(resolution: Resolution, entry: Clarification, seen: str | None) -> Resolution:
    note = (
        f"clarification at {entry.origin}:{entry.line} lapsed: the license text's sha256 is "
        f"{seen or 'unknown'}, not the pinned {entry.license_sha256}"
    )
    detail = f"{resolution.detail}; {note}" if resolution.detail else note
    return replace(resolution, detail=detail)


def apply_clarifications(
    by_key: Mapping[Key, Resolution], facts: Mapping[Key, HubFacts], policy: Policy
) -> dict[Key, Resolution]:
    """Resolutions with the first matching clarification applied (references and ancestors)."""
    out = dict(by_key)
    for key, resolution in by_key.items():
        for entry in policy.clarify:
            if not (match_model(resolution.id, entry.model) or match_model(key[0], entry.model)):
                continue
            if entry.license_sha256 is not None:
                seen = facts[key].license_text_sha256 if key in facts else None
                if seen != entry.license_sha256:
                    out[key] = _lapsed(resolution, entry, seen)
                    break
            out[key] = _applied(resolution, entry)
            break
    return out
