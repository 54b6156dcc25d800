"""Walk models and their base models: known facts first, the rest fetched on a bounded pool.

There is no level barrier: as soon as a model's facts arrive, its parents are queued, so the
levels of different chains overlap. Keys are deduplicated; cycles end at the first repeat.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass

from weightgate.model import Source
from weightgate.resolve.facts import HubFacts, Key

Fetch = Callable[[Key], HubFacts]


@dataclass(frozen=True)
class WalkOptions:
    jobs: int = 16
    follow: bool = True  # follow base models
    max_depth: int = 8  # ancestors beyond this many levels are reported, not followed
    deadline: float | None = None  # seconds; requests in flight after it are abandoned
    budget: float | None = None  # the time budget messages name (default: the deadline)


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


def overdue(key: Key, budget: float, started: bool = True) -> HubFacts:
    """A request abandoned at the deadline (or, not `started`, never sent)."""
    what = "no answer within" if started else "not attempted: no time left in"
    return HubFacts(
        key[0],
        key[1],
        status="unreachable",
        detail=f"{what} the {budget:g}s Hub time budget "
        "(raise it with --timeout or WEIGHTGATE_HUB_TIMEOUT)",
    )


class DaemonPool:
    """At most `workers` daemon threads running fetches.

    Unlike `ThreadPoolExecutor`, whose workers are joined at interpreter exit, a request abandoned
    at the deadline (a hung or trickling answer) cannot keep the process alive after the report.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self.threads: list[threading.Thread] = []
        self.tasks: queue.SimpleQueue[tuple[Future[HubFacts], Fetch, Key] | None]
        self.tasks = queue.SimpleQueue()

    def submit(self, fetch: Fetch, key: Key) -> Future[HubFacts]:
        future: Future[HubFacts] = Future()
        self.tasks.put((future, fetch, key))
        if len(self.threads) < self.workers:
            thread = threading.Thread(target=self._work, name="weightgate-fetch", daemon=True)
            thread.start()
            self.threads.append(thread)
        return future

    def _work(self) -> None:
        while (task := self.tasks.get()) is not None:
            future, fetch, key = task
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fetch(key))
            except BaseException as exc:  # handed to the waiting walk, which re-raises it
                future.set_exception(exc)

    def shutdown(self) -> None:
        """Let idle workers end; busy (abandoned) ones end with the process."""
        for _ in self.threads:
            self.tasks.put(None)


class _Walk:
    """The state of one walk: a queue of keys, the requests in flight, what is settled."""

    def __init__(self, connect: Callable[[], Fetch] | None, options: WalkOptions) -> None:
        self.connect = connect
        self.options = options
        self.out: dict[Key, tuple[HubFacts, Source]] = {}
        self.depth: dict[Key, int] = {}
        self.queue: deque[tuple[Key, int]] = deque()
        self.running: dict[Future[HubFacts], Key] = {}
        self.fetch: Fetch | None = None
        self.pool: DaemonPool | None = None

    def settle(self, key: Key, facts: HubFacts, source: Source) -> None:
        self.out[key] = (facts, source)
        if self.options.follow:
            self.queue.extend(((b, None), self.depth[key] + 1) for b in facts.base_models)

    def start(self, key: Key) -> None:
        if self.pool is None:
            assert self.connect is not None
            self.fetch = self.connect()
            self.pool = DaemonPool(self.options.jobs)
        assert self.fetch is not None
        self.running[self.pool.submit(self.fetch, key)] = key

    def drain(self, known: Callable[[Key], HubFacts | None]) -> None:
        """Settle or start every queued key."""
        while self.queue:
            key, level = self.queue.popleft()
            if key in self.depth:
                continue
            self.depth[key] = level
            facts = known(key)
            if facts is not None:
                self.settle(key, facts, "lock")
            elif level > self.options.max_depth:
                self.settle(key, too_deep(key, self.options.max_depth), "hub")
            elif self.connect is None:
                self.settle(key, offline(key), "lock")
            else:
                self.start(key)

    def collect(self, ends: float | None) -> bool:
        """Settle what finished; False when the time budget ran out with requests in flight."""
        left = None if ends is None else max(0.0, ends - time.monotonic())
        done, _ = wait(self.running, timeout=left, return_when=FIRST_COMPLETED)
        if not done:
            budget = self.options.budget or self.options.deadline or 0.0
            for future, key in sorted(self.running.items(), key=lambda kv: _order(kv[1])):
                started = not future.cancel()
                self.settle(key, overdue(key, budget, started), "hub")
            self.running.clear()
            return False
        for future in sorted(done, key=lambda f: _order(self.running[f])):
            self.settle(self.running.pop(future), future.result(), "hub")
        return True


def walk(
    roots: Iterable[Key],
    known: Callable[[Key], HubFacts | None],
    connect: Callable[[], Fetch] | None,
    options: WalkOptions,
) -> dict[Key, tuple[HubFacts, Source]]:
    """Facts for every root and (optionally) every ancestor, with where they came from.

    `known` answers from the lockfile; `connect` is called once, on the first key it cannot
    answer, and returns the fetch function (None: offline, such keys are `offline`). With a
    deadline, requests still in flight when it passes are `unreachable` and not waited for.
    """
    state = _Walk(connect, options)
    state.queue.extend((key, 0) for key in sorted(set(roots), key=_order))
    ends = None if options.deadline is None else time.monotonic() + options.deadline
    try:
        while state.queue or state.running:
            state.drain(known)
            if state.running:
                state.collect(ends)
    finally:
        for future in state.running:
            future.cancel()  # queued fetches are not sent after an error
        if state.pool is not None:
            state.pool.shutdown()
    return state.out


def _order(key: Key) -> tuple[str, str]:
    return (key[0], key[1] or "")
