"""Walk models and their base models: known facts first, the rest fetched on a bounded pool.

There is no level barrier: as soon as a model's facts arrive, its parents are queued, so the
levels of different chains overlap. Keys are deduplicated; cycles end at the first repeat.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from weightgate.model import Source
from weightgate.resolve.facts import HubFacts, Key

Fetch = Callable[[Key], HubFacts]


@dataclass(frozen=True)
class WalkOptions:
    jobs: int = 16
    follow: bool = True  # follow base models
    max_depth: int = 8  # ancestors beyond this many levels are reported, not followed


def too_deep(key: Key, max_depth: int) -> HubFacts:
    return HubFacts(
        key[0],
        key[1],
        status="unknown",
        detail=f"lineage deeper than {max_depth} levels; not followed further",
    )


def offline(key: Key) -> HubFacts:
    return HubFacts(
        key[0],
        key[1],
        status="offline",
        detail="offline and not in the lockfile; run `weightgate lock` with network access",
    )


def walk(
    roots: Iterable[Key],
    known: Callable[[Key], HubFacts | None],
    connect: Callable[[], Fetch] | None,
    options: WalkOptions,
) -> dict[Key, tuple[HubFacts, Source]]:
    """Facts for every root and (optionally) every ancestor, with where they came from.

    `known` answers from the lockfile; `connect` is called once, on the first key it cannot
    answer, and returns the fetch function (None: offline, such keys are `offline`).
    """
    out: dict[Key, tuple[HubFacts, Source]] = {}
    depth: dict[Key, int] = {}
    queue = deque((key, 0) for key in sorted(set(roots), key=_order))
    running: dict[Future[HubFacts], Key] = {}
    fetch: Fetch | None = None
    pool: ThreadPoolExecutor | None = None

    def settle(key: Key, facts: HubFacts, source: Source) -> None:
        out[key] = (facts, source)
        if options.follow:
            queue.extend(((base, None), depth[key] + 1) for base in facts.base_models)

    try:
        while queue or running:
            while queue:
                key, level = queue.popleft()
                if key in depth:
                    continue
                depth[key] = level
                facts = known(key)
                if facts is not None:
                    settle(key, facts, "lock")
                elif level > options.max_depth:
                    settle(key, too_deep(key, options.max_depth), "hub")
                elif connect is None:
                    settle(key, offline(key), "lock")
                else:
                    if pool is None:
                        fetch = connect()
                        pool = ThreadPoolExecutor(max_workers=max(1, options.jobs))
                    assert fetch is not None
                    running[pool.submit(fetch, key)] = key
            if running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=lambda f: _order(running[f])):
                    settle(running.pop(future), future.result(), "hub")
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return out


def _order(key: Key) -> tuple[str, str]:
    return (key[0], key[1] or "")
