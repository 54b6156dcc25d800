"""The pipeline: scan -> resolve -> clarify -> evaluate -> Report. I/O stays at the edges."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from weightgate.licenses import knowledge_base
from weightgate.model import Finding, ModelReport, Report, Resolution, ScanResult
from weightgate.policy import Policy, evaluate
from weightgate.policy.baseline import BaselineKey, apply_baseline
from weightgate.policy.clarify import apply_clarifications
from weightgate.policy.evaluate import lineage
from weightgate.policy.load import own_files
from weightgate.resolve import DEFAULT_DEADLINE, ResolveOptions, resolve
from weightgate.resolve.drift import lock_outdated
from weightgate.resolve.facts import HubFacts, Key
from weightgate.resolve.lock import read_lock, write_lock
from weightgate.scan import scan_paths


@dataclass(frozen=True)
class CheckOptions:
    paths: tuple[str, ...] = ()
    lockfile: Path | None = None
    offline: bool = False
    jobs: int = 16
    write_lock: bool = True
    lineage: bool = True
    baseline: frozenset[BaselineKey] = frozenset()
    exclude: tuple[str, ...] = ()  # files weightgate itself reads or writes (the baseline)
    locked: bool = False  # fail (lock-outdated) instead of writing when the lockfile lacks entries
    deadline: float = DEFAULT_DEADLINE  # seconds for all Hub requests of the run


@dataclass(frozen=True)
class CheckOutcome:
    report: Report
    lock_changed: bool


def scan(
    paths: Sequence[str], cwd: Path, policy: Policy | None = None, exclude: Sequence[str] = ()
) -> ScanResult:
    result = scan_paths(paths, cwd, policy.ignore_paths if policy else ())
    own = own_files(policy).union(exclude) if policy else frozenset(exclude)  # policy, baseline
    refs = tuple(r for r in result.refs if r.path not in own)
    return replace(result, refs=refs) if len(refs) != len(result.refs) else result


def is_full_run(paths: Sequence[str], cwd: Path) -> bool:
    """No PATHS, or the current directory itself among them (`.`): the whole tree was seen."""
    return not paths or any(Path(cwd, p).resolve() == cwd.resolve() for p in paths)


def _lock_updates(locked: dict[Key, HubFacts], facts: dict[Key, HubFacts]) -> dict[Key, HubFacts]:
    """Facts the lockfile lacks or records differently (a hook run adds, never prunes)."""
    return {k: v for k, v in facts.items() if k not in locked or locked[k].to_json() != v.to_json()}


def _finding_order(f: Finding) -> tuple[str, int, int, str, str]:
    return (f.path, f.line, f.column, f.rule, f.model)


def _model_reports(keys: set[Key], by_key: Mapping[Key, Resolution]) -> tuple[ModelReport, ...]:
    """Each referenced model with the ancestors it was judged through, in id order."""
    reports = []
    for key in sorted(keys, key=lambda k: (k[0], k[1] or "")):
        ancestors = tuple(r for r, _via in lineage(key, by_key))[1:]
        reports.append(ModelReport(by_key[key], ancestors))
    return tuple(reports)


def run_check(cwd: Path, policy: Policy, options: CheckOptions) -> CheckOutcome:
    """Scan, resolve (lockfile first), evaluate, and update the lockfile with what was fetched."""
    scanned = scan(options.paths, cwd, policy, options.exclude)
    lock_path = options.lockfile or cwd / "weightgate.lock"
    locked = read_lock(lock_path)
    keys = {r.key for r in scanned.refs if r.kind == "model"}
    ollama = {r.key for r in scanned.refs if r.kind == "ollama"}
    resolved = resolve(
        keys,
        locked,
        ResolveOptions(
            offline=options.offline,
            jobs=options.jobs,
            lineage=policy.lineage and options.lineage,
            deadline=options.deadline,
        ),
        ollama,
    )
    by_key = apply_clarifications(resolved.by_key, resolved.facts, policy)
    findings = evaluate(scanned.refs, by_key, policy, full_run=is_full_run(options.paths, cwd))
    findings = apply_baseline(findings, options.baseline)
    models = _model_reports(keys | ollama, by_key)
    changed = False
    new_entries = _lock_updates(locked, resolved.facts)
    if options.locked:
        hub_keys = set(resolved.by_key) - ollama
        outdated = {k for k in hub_keys if k not in locked} | set(new_entries)
        extra = lock_outdated(scanned.refs, by_key, outdated, lock_path.name)
        findings = tuple(sorted((*findings, *extra), key=_finding_order))
    elif options.write_lock and new_entries:
        changed = write_lock(lock_path, new_entries)
    report = Report(
        refs=scanned.refs,
        errors=scanned.errors,
        models=models,
        findings=findings,
        files=scanned.files,
        kb_version=knowledge_base().version,
    )
    return CheckOutcome(report, changed)
