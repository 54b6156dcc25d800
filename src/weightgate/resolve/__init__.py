"""Resolution: referenced models to license facts, lockfile first, then the Hub, with lineage."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from weightgate.licenses import knowledge_base
from weightgate.model import Resolution
from weightgate.resolve.facts import HubFacts, Key
from weightgate.resolve.interpret import interpret
from weightgate.resolve.licensetext import with_detection
from weightgate.resolve.lineage import Fetch, WalkOptions, walk

MAX_LINEAGE_DEPTH = 8
DEFAULT_DEADLINE = 30.0
#: The walk waits this much past the Hub budget for the client's own, more precise, verdicts.
DEADLINE_GRACE = 1.0
#: Statuses worth recording in the lockfile (the rest are transient or local).
LOCKABLE = ("ok", "gated", "not-found")
_COMMIT = re.compile(r"^[0-9a-f]{40}$")


@dataclass(frozen=True)
class ResolveOptions:
    offline: bool = False
    lineage: bool = True
    jobs: int = 16
    timeout: float = 10.0  # one Hub request
    deadline: float = DEFAULT_DEADLINE  # all Hub requests of the run
    retries: int = 3
    backoff: float = 0.5
    refresh: bool = False  # re-query entries whose revision can move (not pinned to a commit)


@dataclass
class Resolved:
    """Resolutions by key (references and their ancestors) and the facts a lockfile should hold."""

    by_key: dict[Key, Resolution] = field(default_factory=dict)
    #: Lockable facts of every model reached, from the lockfile or the Hub.
    facts: dict[Key, HubFacts] = field(default_factory=dict)
    #: What the Hub answered in this run (every status).
    from_hub: dict[Key, HubFacts] = field(default_factory=dict)
    #: On refresh, keys the Hub could not answer whose locked facts were kept: key -> why.
    kept: dict[Key, str] = field(default_factory=dict)

    @property
    def fetched(self) -> int:
        return len(self.from_hub)


def moving(key: Key) -> bool:
    """Whether the revision can point elsewhere tomorrow (a branch or tag, not a commit sha)."""
    return key[1] is None or not _COMMIT.match(key[1])


def resolve(
    keys: Iterable[Key],
    locked: Mapping[Key, HubFacts],
    options: ResolveOptions,
    ollama: Iterable[Key] = (),
) -> Resolved:
    """Resolve Hub keys (and their base models) and Ollama tags; never raises for a model.

    Ollama tags pulled from the Hub (`hf.co/org/name:Q4_K_M`) resolve as that Hub repository.
    """

    def known(key: Key) -> HubFacts | None:
        if options.refresh and moving(key):
            return None
        return locked.get(key)

    result = Resolved()

    def keep(key: Key, facts: HubFacts) -> HubFacts:
        """On refresh, a model the Hub cannot answer now keeps its locked facts."""
        if options.refresh and facts.status not in LOCKABLE and key in locked:
            result.kept[key] = facts.detail
            return locked[key]
        return facts

    in_flight: dict[Key, str] = {}  # key -> the Hub request it is waiting for

    def connect() -> Fetch:
        fetch = _connect(options, in_flight)
        return lambda key: keep(key, fetch(key))

    from weightgate.resolve.ollama import hub_repo, resolve_ollama

    pulled = {k: (repo, None) for k in ollama if (repo := hub_repo(k[0])) is not None}
    walked = walk(
        [*keys, *pulled.values()],
        known,
        None if options.offline else connect,
        WalkOptions(
            jobs=options.jobs,
            follow=options.lineage,
            max_depth=MAX_LINEAGE_DEPTH,
            deadline=options.deadline + DEADLINE_GRACE,
            budget=options.deadline,
        ),
    )
    for key, (found, source) in walked.items():
        facts = keep(key, _name_request(found, in_flight.get(key)) if source == "hub" else found)
        result.by_key[key] = interpret(facts, source)
        if facts.status in LOCKABLE:
            result.facts[key] = facts
        if source == "hub" and key not in result.kept:
            result.from_hub[key] = facts
    for key in ollama:
        target = pulled.get(key)
        resolution = result.by_key[target] if target else resolve_ollama(key)
        result.by_key[key] = replace(resolution, kind="ollama")
    return result


def _name_request(facts: HubFacts, request: str | None) -> HubFacts:
    """A fetch abandoned at the deadline says which request it was waiting for."""
    if request is None or facts.status != "unreachable":
        return facts
    return replace(facts, detail=f"{request}: {facts.detail}")


def _connect(options: ResolveOptions, in_flight: dict[Key, str]) -> Fetch:
    """One Hub client for the whole run (imports huggingface_hub only now).

    While a key is being fetched, `in_flight` names the request it waits for.
    """
    from weightgate.resolve.hub import HubClient, HubOptions

    client = HubClient(
        HubOptions(
            timeout=options.timeout,
            retries=options.retries,
            backoff=options.backoff,
            deadline=options.deadline,
        ),
        in_flight,
    )

    def fetch(key: Key) -> HubFacts:
        try:
            fetched = client.model(key)
            facts = fetched.facts
            if facts.status == "ok" and fetched.license_files and needs_text(facts):
                facts = client.license_text(fetched)
            return with_detection(facts)
        except Exception as exc:  # the adapter maps failures to statuses; this is the last guard
            where = in_flight.get(key, "resolving")
            detail = f"{where}: unexpected {exc.__class__.__name__}: {exc}"[:300]
            return HubFacts(key[0], key[1], status="unreachable", detail=detail)
        finally:
            in_flight.pop(key, None)

    return fetch


def needs_text(facts: HubFacts) -> bool:
    """The card alone does not name a license the knowledge base knows."""
    record = knowledge_base().lookup(facts.license, facts.license_name)
    return record is None or not record.specified
