"""Resolution: referenced models to license facts, lockfile first, then the Hub, with lineage."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from weightgate.model import Resolution
from weightgate.resolve.facts import HubFacts, Key
from weightgate.resolve.interpret import interpret

MAX_LINEAGE_DEPTH = 8


@dataclass(frozen=True)
class ResolveOptions:
    offline: bool = False
    lineage: bool = True
    jobs: int = 16
    timeout: float = 10.0


@dataclass
class Resolved:
    """Resolutions by key (references and their ancestors) and the facts a lockfile should hold."""

    by_key: dict[Key, Resolution] = field(default_factory=dict)
    facts: dict[Key, HubFacts] = field(default_factory=dict)
    fetched: int = 0


def _offline_facts(key: Key) -> HubFacts:
    return HubFacts(
        key[0],
        key[1],
        status="offline",
        detail="offline and not in the lockfile; run `weightgate lock` with network access",
    )


def resolve(
    keys: Iterable[Key], locked: Mapping[Key, HubFacts], options: ResolveOptions
) -> Resolved:
    """Resolve keys and (when lineage is on) their base models, breadth first, depth-bounded."""
    result = Resolved()
    pending = sorted(set(keys), key=lambda k: (k[0], k[1] or ""))
    for _depth in range(MAX_LINEAGE_DEPTH + 1):
        todo = [k for k in pending if k not in result.by_key]
        if not todo:
            break
        missing = [k for k in todo if k not in locked]
        fetched: dict[Key, HubFacts] = {}
        if missing and not options.offline:
            from weightgate.resolve.hub import HubOptions, fetch_all

            fetched = fetch_all(missing, HubOptions(timeout=options.timeout, jobs=options.jobs))
            result.fetched += len(missing)
        for key in todo:
            if key in locked:
                facts, source = locked[key], "lock"
            elif key in fetched:
                facts, source = fetched[key], "hub"
            else:
                facts, source = _offline_facts(key), "lock"
            if facts.status in ("ok", "gated", "not-found"):
                result.facts[key] = facts
            result.by_key[key] = interpret(facts, source)  # type: ignore[arg-type]
        if not options.lineage:
            break
        pending = [(b, None) for k in todo for b in result.by_key[k].base_models]
    return result


def default_lockfile(cwd: Path) -> Path:
    return cwd / "weightgate.lock"
