"""Current recall / precision of every held-out corpus whose copies are present.

    python benchmarks/heldout_table.py [heldoutN ...]

Prints one Markdown row per `benchmarks/heldout*` directory (or per corpus named) (the "now" column of
`benchmarks/HELDOUT.md`); a corpus whose third-party copies are missing is named and skipped.
Without names, a corpus whose `LABELS.tsv` is not committed yet is skipped too: its builder may
still be at work, and its first run must come after its labels are committed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_LINE = re.compile(r"^models: recall (\S+) \((\d+)/(\d+)\)\s+precision (\S+) \((\d+)/(\d+)\)")


def _committed(here: Path) -> list[Path]:
    """The corpora whose labels git tracks unchanged; the others (labels not committed, or
    changed since) are named on stderr and left out."""
    try:
        tracked, changed = (
            subprocess.run(
                ["git", "ls-files", *flags, "--", "heldout*/LABELS.tsv"],
                cwd=here,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            for flags in ([], ["--modified"])
        )
    except (OSError, subprocess.CalledProcessError):  # no git, or not a checkout: every corpus
        return list(here.glob("heldout*/"))
    known = {Path(name).parent.name for name in set(tracked) - set(changed)}
    out = []
    for corpus in here.glob("heldout*/"):
        if corpus.name in known:
            out.append(corpus)
        elif (corpus / "LABELS.tsv").is_file():
            print(f"skipped {corpus.name}: its labels are not committed as they stand", file=sys.stderr)
    return out


def main(names: list[str]) -> int:
    here = Path(__file__).resolve().parent
    named = [here / name for name in names] if names else _committed(here)
    corpora = sorted(
        (p for p in named if (p / "LABELS.tsv").is_file()),
        key=lambda p: int("0" + p.name[7:]),
    )
    totals = [0, 0, 0, 0]
    for corpus in corpora:
        proc = subprocess.run(
            [sys.executable, str(here / "corpus.py"), str(corpus)],
            capture_output=True,
            text=True,
            check=False,
        )
        match = next(filter(None, map(_LINE.match, proc.stdout.splitlines())), None)
        if match is None:
            problem = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
            print(f"| {corpus.name} | not run: {problem[0][:100]} |")
            continue
        recall, hit, need, precision, good, found = match.groups()
        for i, value in enumerate((hit, need, good, found)):
            totals[i] += int(value)
        print(f"| {corpus.name} | {recall} ({hit}/{need}) | {precision} ({good}/{found}) |")
    hit, need, good, found = totals
    if need and found:
        print(f"| all | {hit / need:.3f} ({hit}/{need}) | {good / found:.3f} ({good}/{found}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
