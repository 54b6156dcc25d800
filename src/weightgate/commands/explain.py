"""`weightgate explain MODEL...`: license, each term with its clause, lineage and the verdict."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from weightgate.commands import common

if TYPE_CHECKING:
    from weightgate.model import Finding, ModelRef, Resolution
    from weightgate.policy import Policy

HELP = "explain models: license, each term with the clause behind it, lineage, policy verdict"
JSON_VERSION = 1
#: Where the synthetic references of `explain` point: the command line, argument N.
ARGV_PATH = "<command line>"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "models", nargs="+", metavar="MODEL", help="Hub model id[@revision] or Ollama name:tag"
    )
    common.add_policy(parser)
    common.add_output(parser, ["text", "json"])
    common.add_resolution(parser)
    common.add_verbosity(parser)


@dataclass(frozen=True)
class Explained:
    """One model as explained: its resolution, ancestors, and the findings against it."""

    ref: ModelRef
    resolution: Resolution
    ancestors: tuple[tuple[Resolution, tuple[str, ...]], ...]
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> str:
        active = [f for f in self.findings if f.suppressed is None]
        if any(f.severity == "error" for f in active):
            return "fail"
        return "warn" if any(f.severity == "warning" for f in active) else "pass"


def parse_model(value: str, position: int) -> ModelRef:
    """`org/name[@revision]` (URL prefixes allowed), or an Ollama `name:tag` as `check` reports
    it, as a reference on the command line."""
    from weightgate.errors import WeightgateError
    from weightgate.model import ModelRef
    from weightgate.scan.ids import is_ollama_tag, is_repo_id, strip_prefix

    if ":" in value and is_ollama_tag(value.strip()):
        return ModelRef(ARGV_PATH, position, 1, value.strip(), kind="ollama", scanner="argv")
    model_id, _, revision = strip_prefix(value.strip()).partition("@")
    model_id = model_id.strip("/")
    if not is_repo_id(model_id, allow_single=True):
        raise WeightgateError(
            f"not a Hub model id: {value!r} (expected org/name[@revision] or an Ollama name:tag)"
        )
    return ModelRef(ARGV_PATH, position, 1, model_id, revision=revision or None, scanner="argv")


def explain(
    refs: Sequence[ModelRef],
    policy: Policy,
    *,
    lockfile: Path,
    offline: bool,
    jobs: int,
    lineage: bool,
    deadline: float = 30.0,
) -> list[Explained]:
    """Resolve (lockfile first, never writing it), clarify, evaluate: the pipeline's own pieces."""
    from weightgate.policy import evaluate
    from weightgate.policy.clarify import apply_clarifications
    from weightgate.policy.evaluate import lineage as walk
    from weightgate.resolve import ResolveOptions, resolve
    from weightgate.resolve.lock import read_lock

    options = ResolveOptions(
        offline=offline, jobs=jobs, lineage=policy.lineage and lineage, deadline=deadline
    )
    hub = {r.key for r in refs if r.kind != "ollama"}
    ollama = {r.key for r in refs if r.kind == "ollama"}
    resolved = resolve(hub, read_lock(lockfile), options, ollama)
    by_key = apply_clarifications(resolved.by_key, resolved.facts, policy)
    findings = evaluate(refs, by_key, policy)
    out = []
    for ref in refs:
        chain = tuple(walk(ref.key, by_key))
        mine = tuple(f for f in findings if f.line == ref.line and f.path == ref.path)
        out.append(Explained(ref, by_key[ref.key], chain[1:], mine))
    return out


def run(args: argparse.Namespace) -> int:
    from weightgate.licenses import knowledge_base

    cwd = Path.cwd()
    policy = common.load_policy(args, cwd)
    refs = [parse_model(m, i) for i, m in enumerate(args.models, start=1)]
    lockfile = Path(args.lockfile) if args.lockfile else cwd / "weightgate.lock"
    lineage = not args.no_lineage
    results = explain(
        refs,
        policy,
        lockfile=lockfile,
        offline=common.offline(args),
        jobs=max(1, args.jobs),
        lineage=lineage,
        deadline=common.hub_deadline(args),
    )
    version = knowledge_base().version
    if args.format == "json":
        doc = {
            "version": JSON_VERSION,
            "knowledge_base": version,
            "policy": policy.source,
            "models": [entry_json(e) for e in results],
        }
        common.emit(json.dumps(doc, indent=2) + "\n", args)
    else:
        common.emit("\n".join(render_text(e, policy) for e in results), args)
    failing = sum(e.verdict == "fail" for e in results)
    common.note(f"weightgate: {len(results)} model(s) explained, {failing} failing", args)
    return common.EXIT_FINDINGS if failing else common.EXIT_OK


def _evidence(resolution: Resolution) -> list[dict[str, str]]:
    return [{"term": e.term, "quote": e.quote, "section": e.section} for e in resolution.evidence]


def entry_json(item: Explained) -> dict[str, Any]:
    """The `check` model entry plus evidence, ancestors, findings and the verdict."""
    from weightgate.model import ModelReport
    from weightgate.report.jsonout import _finding, model_entry

    entry = model_entry(ModelReport(item.resolution, tuple(r for r, _via in item.ancestors)))
    entry["evidence"] = _evidence(item.resolution)
    entry["detail"] = item.resolution.detail
    entry["ancestors"] = [
        {**model_entry(ModelReport(r)), "via": list(via), "evidence": _evidence(r)}
        for r, via in item.ancestors
    ]
    entry["verdict"] = item.verdict
    entry["findings"] = [
        {**_finding(f), "suppressed": f.suppressed} for f in item.findings if f.suppressed is None
    ] + [{**_finding(f), "suppressed": f.suppressed} for f in item.findings if f.suppressed]
    return entry


def _terms_text(resolution: Resolution, indent: str) -> list[str]:
    from weightgate.commands.licenses import term_label

    if resolution.status != "ok":
        return [f"{indent}terms: not established ({resolution.status}): {resolution.detail}"]
    if not resolution.terms:
        return [f"{indent}terms: none that restrict use"]
    lines = [f"{indent}terms:"]
    quotes = {e.term: e for e in resolution.evidence}
    for term, value in resolution.terms.items():
        lines.append(f"{indent}  {term_label(term, value)}")
        if term in quotes:
            section = f" ({quotes[term].section})" if quotes[term].section else ""
            lines.append(f'{indent}    "{quotes[term].quote}"{section}')
    return lines


def render_text(item: Explained, policy: Policy) -> str:
    from weightgate.licenses import knowledge_base

    r = item.resolution
    revision = f"@{item.ref.revision}" if item.ref.revision else ""
    lines = [f"{r.id}{revision}" + (f" (sha {r.sha[:12]})" if r.sha else "")]
    shown = r.license or "-"
    record = knowledge_base().get(r.license) if r.license else None
    if record is not None:
        shown += f" ({record.name}; {record.category})"
    if r.license_name and r.license_name != r.license:
        shown += f" [license_name: {r.license_name}]"
    lines.append(f"  license: {shown}   source: {r.source}   status: {r.status}")
    if r.detail:
        lines.append(f"  detail:  {r.detail}")
    lines += _terms_text(r, "  ")
    if item.ancestors:
        lines.append("  lineage: " + " -> ".join((r.id, *(a.id for a, _ in item.ancestors))))
        for ancestor, _via in item.ancestors:
            lines.append(f"    {ancestor.id}: {ancestor.license or '-'} ({ancestor.source})")
            lines += _terms_text(ancestor, "      ")
    lines.append(f"  verdict: {item.verdict.upper()} under {policy.source}")
    for f in item.findings:
        waived = f" [waived: {f.suppressed}]" if f.suppressed else ""
        lines.append(f"    {f.severity}[{f.rule}] {f.message}{waived}")
        if f.help and not f.suppressed:
            lines.append(f"      help: {f.help}")
    return "\n".join(lines) + "\n"
