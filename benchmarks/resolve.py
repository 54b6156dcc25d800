"""Benchmark: resolve N distinct models against a fake Hub that answers each request in 50 ms.

Measures, in one run and against the same server process:
  1. the sequential baseline (`jobs=1`, the same code path with one worker),
  2. the default concurrent resolution (`--jobs`, default 16),
and prints their ratio (target: under 0.15). Then it writes a lockfile covering the models and
resolves them again in a fresh interpreter: it must make zero requests and never import
`huggingface_hub`.

The fake Hub runs in its own process, so the client's threads do not share its GIL.

    .venv/bin/python -m benchmarks.resolve [--models 500] [--delay 0.05] [--jobs 16]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.fakehub import FakeHub, FakeModel, serve

from weightgate.resolve import ResolveOptions, resolve
from weightgate.resolve.facts import Key
from weightgate.resolve.lock import write_lock

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ("mit", "apache-2.0", "llama2", "cc-by-nc-4.0")


def _populate(hub: FakeHub, count: int) -> list[Key]:
    keys: list[Key] = []
    for n in range(count):
        model = hub.add(FakeModel(f"bench-org{n % 37}/model-{n}", license=LICENSES[n % 4]))
        keys.append((model.id, None))
    return keys


def _serve_forever(count: int, delay: float) -> None:
    """Child process: run the fake Hub until stdin closes."""
    with serve() as hub:
        _populate(hub, count)
        hub.delay = delay
        print(hub.url, flush=True)
        sys.stdin.read()


@contextmanager
def _hub_process(count: int, delay: float) -> Iterator[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.resolve", "--serve", str(count), str(delay)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdin is not None
    try:
        yield child.stdout.readline().strip()
    finally:
        child.stdin.close()
        child.wait(timeout=10)


def _timed(keys: list[Key], jobs: int) -> tuple[float, int]:
    options = ResolveOptions(jobs=jobs, deadline=600.0, lineage=True)
    started = time.perf_counter()
    resolved = resolve(keys, {}, options)
    elapsed = time.perf_counter() - started
    ok = sum(r.status == "ok" for r in resolved.by_key.values())
    return elapsed, ok


PROBE = """
import json, sys, time
from pathlib import Path
from weightgate.resolve import ResolveOptions, resolve
from weightgate.resolve.lock import read_lock
started = time.perf_counter()
locked = read_lock(Path(sys.argv[1]))
resolved = resolve(set(locked), locked, ResolveOptions())
print(json.dumps({
    "seconds": time.perf_counter() - started,
    "ok": sum(r.status == "ok" for r in resolved.by_key.values()),
    "hub_imported": "huggingface_hub" in sys.modules,
}))
"""


def _locked_run(keys: list[Key], count: int) -> dict[str, Any]:
    """Lock the models from a fresh fake Hub, then resolve them from the lockfile only."""
    with serve() as hub, tempfile.TemporaryDirectory() as tmp:
        _populate(hub, count)
        os.environ["HF_ENDPOINT"] = hub.url
        resolved = resolve(keys, {}, ResolveOptions(deadline=600.0))
        lock = Path(tmp) / "weightgate.lock"
        write_lock(lock, resolved.facts, prune=True)
        hub.requests.clear()
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(lock)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        result: dict[str, Any] = json.loads(done.stdout)
        result["requests"] = len(hub.requests)
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=500)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--jobs", type=int, default=ResolveOptions().jobs)
    parser.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        _serve_forever(int(args.serve[0]), float(args.serve[1]))
        return 0
    keys: list[Key] = [(f"bench-org{n % 37}/model-{n}", None) for n in range(args.models)]
    with _hub_process(args.models, args.delay) as url:
        os.environ["HF_ENDPOINT"] = url
        _timed(keys[:1], 1)  # warm-up: import the client, open the first connection
        sequential, seq_ok = _timed(keys, 1)
        concurrent, con_ok = _timed(keys, args.jobs)
    ratio = concurrent / sequential
    print(f"models: {args.models}, Hub latency: {args.delay * 1000:.0f} ms/request")
    print(f"sequential (jobs=1):  {sequential:7.2f} s  ({seq_ok} ok)")
    print(f"concurrent (jobs={args.jobs}): {concurrent:7.2f} s  ({con_ok} ok)")
    print(f"ratio concurrent/sequential: {ratio:.3f}  (target < 0.15)")
    locked = _locked_run(keys, args.models)
    print(
        f"lockfile run: {locked['requests']} request(s), huggingface_hub imported: "
        f"{locked['hub_imported']}, {locked['ok']} ok in {locked['seconds']:.3f} s"
    )
    good = (
        ratio < 0.15
        and seq_ok == con_ok == args.models
        and locked["requests"] == 0
        and not locked["hub_imported"]
    )
    print("PASS" if good else "FAIL")
    return 0 if good else 1


if __name__ == "__main__":
    raise SystemExit(main())
