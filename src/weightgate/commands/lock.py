"""`weightgate lock`: resolve every referenced model and write `weightgate.lock`.

No PATHS: the lockfile becomes exactly what the repository references (stale entries pruned).
With PATHS: entries are added, never pruned. `--refresh` re-queries moving revisions and reports
license drift (`license-changed`); `--locked` writes nothing and fails (`lock-outdated`) when the
lockfile is not what `weightgate lock` would write.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from weightgate.commands import common
from weightgate.model import Finding, ModelRef, ModelReport, Report

if TYPE_CHECKING:
    from weightgate.resolve import Resolved
    from weightgate.resolve.facts import HubFacts, Key

HELP = "resolve the referenced models and write weightgate.lock (--refresh re-queries the Hub)"


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_paths(parser)
    common.add_policy(parser)
    common.add_output(parser, ["text", "json"])
    common.add_resolution(parser)
    common.add_locked(parser)
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="re-query models not pinned to a commit; report license changes (license-changed)",
    )
    common.add_verbosity(parser)


@dataclass(frozen=True)
class LockOutcome:
    report: Report
    changed: bool
    entries: int
    problems: tuple[str, ...]  # models that could not be locked (fail the run)
    kept: tuple[str, ...] = ()  # refresh could not re-query these; their entries stay


def _stale_findings(stale: list[Key], lock_path: Path, cwd: Path) -> list[Finding]:
    """Entries a full lock would prune, located at their line in the lockfile."""
    try:
        lines = lock_path.read_text("utf-8").splitlines()
        shown = lock_path.resolve().relative_to(cwd.resolve()).as_posix()
    except (OSError, ValueError):
        lines, shown = [], str(lock_path)
    out = []
    for key in stale:
        needle = f'"id": "{key[0]}"'
        line = next((n for n, text in enumerate(lines, 1) if needle in text), 1)
        out.append(
            Finding(
                rule="lock-outdated",
                severity="error",
                model=key[0],
                license=None,
                path=shown,
                line=line,
                column=1,
                message=f"{key[0]} is locked but no longer referenced (--locked)",
                help="run `weightgate lock` to prune it and commit the lockfile",
            )
        )
    return out


def _order(key: Key) -> tuple[str, str]:
    return (key[0], key[1] or "")


def _problems(resolved: Resolved, old: Mapping[Key, HubFacts]) -> tuple[str, ...]:
    """Models reached but neither resolved to lockable facts nor already locked."""
    return tuple(
        f"{k[0]}: not locked ({r.status}): {r.detail}"
        for k, r in sorted(resolved.by_key.items(), key=lambda kv: _order(kv[0]))
        if k not in resolved.facts and k not in old
    )


def _outdated(
    refs: Sequence[ModelRef],
    resolved: Resolved,
    old: Mapping[Key, HubFacts],
    target: Mapping[Key, HubFacts],
    lock_path: Path,
) -> list[Finding]:
    """--locked: what `weightgate lock` would add, change or prune."""
    from weightgate.resolve.drift import lock_outdated

    outdated = {k for k in target if k not in old or old[k].to_json() != target[k].to_json()}
    outdated |= {k for k in resolved.by_key if k not in target}
    findings = list(lock_outdated(refs, resolved.by_key, outdated, lock_path.name))
    stale = sorted(k for k in old if k not in target)
    return findings + _stale_findings(stale, lock_path, Path.cwd())


def run_lock(cwd: Path, args: argparse.Namespace) -> LockOutcome:
    from weightgate.check import is_full_run, scan
    from weightgate.licenses import knowledge_base
    from weightgate.resolve import ResolveOptions, resolve
    from weightgate.resolve.drift import changed_licenses, license_changed
    from weightgate.resolve.lock import read_lock, write_lock

    policy = common.load_policy(args, cwd)
    scanned = scan(args.paths, cwd, policy)
    lock_path = Path(args.lockfile) if args.lockfile else cwd / "weightgate.lock"
    old = read_lock(lock_path)
    options = ResolveOptions(
        offline=common.offline(args),
        jobs=max(1, args.jobs),
        lineage=policy.lineage and not args.no_lineage,
        deadline=common.hub_deadline(args),
        refresh=args.refresh,
    )
    resolved = resolve({r.key for r in scanned.refs if r.kind == "model"}, old, options)
    full = is_full_run(args.paths, cwd)  # only a full lock prunes
    target = dict(resolved.facts) if full else {**old, **resolved.facts}
    changes = changed_licenses(old, resolved.from_hub) if args.refresh else {}
    findings = list(license_changed(scanned.refs, resolved.by_key, changes))
    changed = False
    if args.locked:
        findings += _outdated(scanned.refs, resolved, old, target, lock_path)
    else:
        changed = write_lock(lock_path, resolved.facts, prune=full)
    models = tuple(ModelReport(resolved.by_key[k]) for k in sorted(resolved.facts, key=_order))
    report = Report(
        scanned.refs,
        scanned.errors,
        models,
        tuple(findings),
        scanned.files,
        knowledge_base().version,
    )
    kept = tuple(f"{k[0]}: kept the locked entry ({why})" for k, why in resolved.kept.items())
    return LockOutcome(report, changed, len(target), _problems(resolved, old), tuple(sorted(kept)))


def run(args: argparse.Namespace) -> int:
    from weightgate.errors import WeightgateError
    from weightgate.report import Format, render

    if args.refresh and common.offline(args):
        raise WeightgateError("--refresh needs the network; drop --offline / HF_HUB_OFFLINE")
    outcome = run_lock(Path.cwd(), args)
    common.emit(render(outcome.report, Format(args.format)), args)
    for problem in (*outcome.problems, *outcome.kept):
        common.note(f"weightgate: {problem}", args)
    name = args.lockfile or "weightgate.lock"
    if args.locked:
        state = "out of date" if outcome.report.findings else "up to date"
        common.note(f"weightgate: {name} is {state} ({outcome.entries} model(s))", args)
    else:
        verb = "wrote" if outcome.changed else "unchanged:"
        common.note(f"weightgate: {verb} {name} ({outcome.entries} model(s))", args)
    failing = outcome.report.findings or outcome.problems or outcome.report.errors
    return common.EXIT_FINDINGS if failing else common.EXIT_OK
