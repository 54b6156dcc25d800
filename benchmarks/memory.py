"""Peak memory of a full `weightgate scan` over a large real tree: the unpacked transformers wheel.

Measured in one run, each in a fresh interpreter:
  1. the peak resident set size (`ru_maxrss`, via `os.wait4`) of `weightgate scan --format json .`,
  2. the tracemalloc peak of the same scan run in-process (Python allocations only; tracing slows
     it down, so this run is separate from the RSS one),
  3. the RSS of a bare `python -c pass`, the baseline the scan's RSS is divided by.

The wheel is fetched once with `pip download --no-deps transformers==5.24.0` and unpacked under
`$XDG_CACHE_HOME/weightgate-bench` (default `~/.cache/weightgate-bench`); later runs reuse it.

    .venv/bin/python -m benchmarks.memory [--runs 3] [--tree DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import zipfile
from pathlib import Path

WHEEL = "transformers==5.24.0"
UNPACKED = "transformers-5.24.0"
#: The interpreter; with -P (3.11+) the scanned tree's directory is not put on sys.path.
PY = [sys.executable, *(["-P"] if sys.version_info >= (3, 11) else [])]

TRACED = """
import json, os, sys, tracemalloc
tracemalloc.start()
from weightgate.cli import main
code = main(["scan", "-q", "--format", "json", "--output", os.devnull, "."])
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"code": code, "peak": peak}))
"""

COUNTED = """
import json, sys
from pathlib import Path
from weightgate.check import scan
result = scan([], Path.cwd())
print(json.dumps({"files": result.files, "refs": len(result.refs), "errors": len(result.errors)}))
"""


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "weightgate-bench"


def tree(cache: Path) -> Path:
    """The unpacked wheel, downloading and unpacking it on first use."""
    target = cache / UNPACKED
    if (target / "transformers").is_dir():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    wheels = sorted(cache.glob(f"{UNPACKED}-*.whl"))
    if not wheels:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", WHEEL, "-d", str(cache)],
            check=True,
        )
        wheels = sorted(cache.glob(f"{UNPACKED}-*.whl"))
    partial = cache / f"{UNPACKED}.partial"
    with zipfile.ZipFile(wheels[0]) as wheel:
        wheel.extractall(partial)
    partial.rename(target)
    return target


def peak_rss_kib(cmd: list[str], cwd: Path) -> int:
    """The child's peak resident set size (Linux reports KiB)."""
    child = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        raise SystemExit(f"{cmd[:4]} failed with exit code {child.returncode}")
    return int(usage.ru_maxrss)


def json_of(cmd: list[str], cwd: Path) -> dict[str, int]:
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"probe failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument(
        "--tree", type=Path, help="scan this tree instead of the transformers wheel"
    )
    args = parser.parse_args(argv)
    root = args.tree.resolve() if args.tree else tree(cache_dir())
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    counts = json_of([*PY, "-c", COUNTED], root)
    scan = [*PY, "-m", "weightgate", "scan", "-q", "--format", "json", "."]
    base = statistics.median(peak_rss_kib([*PY, "-c", "pass"], root) for _ in range(args.runs))
    rss = statistics.median(peak_rss_kib(scan, root) for _ in range(args.runs))
    traced = statistics.median(json_of([*PY, "-c", TRACED], root)["peak"] for _ in range(args.runs))
    print(f"tree: {root} ({counts['files']} files scanned, {size / 1e6:.0f} MB on disk)")
    print(f"      {counts['refs']} references, {counts['errors']} errors")
    print(f"python -c pass           peak RSS   {base / 1024:8.1f} MiB")
    print(f"weightgate scan .        peak RSS   {rss / 1024:8.1f} MiB")
    print(f"weightgate scan .        tracemalloc peak {traced / 2**20:6.1f} MiB (Python heap)")
    print(f"ratio                    {rss / base:8.2f}x the RSS of a bare python start-up")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
