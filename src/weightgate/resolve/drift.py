"""Findings about the lockfile itself: entries it lacks (`lock-outdated`) and licenses that
changed upstream since it was written (`license-changed`). Pure functions."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence

from weightgate.model import Finding, ModelRef, Resolution
from weightgate.policy.evaluate import lineage
from weightgate.resolve.facts import HubFacts, Key


def _chain(
    ref: ModelRef, by_key: Mapping[Key, Resolution]
) -> Iterator[tuple[Key, tuple[str, ...]]]:
    """The key of the reference and of each ancestor, with the `via` chain leading to it."""
    for _resolution, via in lineage(ref.key, by_key):
        yield (ref.key if not via else (via[-1], None)), via


def _finding(rule: str, ref: ModelRef, via: tuple[str, ...], message: str, help: str) -> Finding:
    return Finding(
        rule=rule,
        severity="error",
        model=ref.id,
        license=None,
        path=ref.path,
        line=ref.line,
        column=ref.column,
        message=message,
        help=help,
        via=via,
    )


def _in_chain(
    refs: Sequence[ModelRef],
    by_key: Mapping[Key, Resolution],
    keys: Collection[Key],
    *,
    nearest_only: bool,
) -> Iterator[tuple[ModelRef, Key, tuple[str, ...]]]:
    """For each model reference, the keys of its lineage that are in `keys` (or the nearest)."""
    for ref in refs:
        if ref.kind != "model":
            continue
        for key, via in _chain(ref, by_key):
            if key in keys:
                yield ref, key, via
                if nearest_only:
                    break


def lock_outdated(
    refs: Sequence[ModelRef],
    by_key: Mapping[Key, Resolution],
    outdated: Collection[Key],
    lockfile: str,
) -> tuple[Finding, ...]:
    """One finding per reference whose model or an ancestor lacks an up-to-date lock entry."""
    out = []
    for ref, key, via in _in_chain(refs, by_key, outdated, nearest_only=True):
        who = ref.id if not via else f"{ref.id}: its base model {key[0]}"
        message = f"{who} has no up-to-date entry in {lockfile} (--locked)"
        out.append(
            _finding(
                "lock-outdated", ref, via, message, "run `weightgate lock` and commit the lockfile"
            )
        )
    return tuple(out)


def _said(facts: HubFacts) -> str:
    if facts.status != "ok":
        return facts.status
    parts = [facts.license or "no license"]
    if facts.license_name:
        parts.append(f"license_name {facts.license_name}")
    if facts.license_text_sha256:
        parts.append(f"license text {facts.license_text_sha256[:12]}")
    return ", ".join(parts)


def changed_licenses(
    old: Mapping[Key, HubFacts], new: Mapping[Key, HubFacts]
) -> dict[Key, tuple[str, str]]:
    """Keys whose license facts differ between two lock states: key -> (was, now)."""
    out = {}
    for key, now in new.items():
        was = old.get(key)
        if was is not None and _said(was) != _said(now):
            out[key] = (_said(was), _said(now))
    return out


def license_changed(
    refs: Sequence[ModelRef],
    by_key: Mapping[Key, Resolution],
    changes: Mapping[Key, tuple[str, str]],
) -> tuple[Finding, ...]:
    """A `license-changed` finding at each reference whose model or ancestor changed upstream."""
    out = []
    for ref, key, via in _in_chain(refs, by_key, changes, nearest_only=False):
        was, now = changes[key]
        message = f"the license of {key[0]} changed upstream: was {was}, now {now}"
        out.append(
            _finding(
                "license-changed",
                ref,
                via,
                message,
                "review the new terms before committing the refreshed lockfile",
            )
        )
    return tuple(sorted(out, key=lambda f: (f.path, f.line, f.column, f.via)))
