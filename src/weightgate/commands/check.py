"""`weightgate check`: scan, resolve, evaluate; what the pre-commit hook runs."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path

from weightgate.commands import common
from weightgate.report.formats import CHECK_FORMATS

HELP = "scan, resolve licenses and evaluate the policy (what the hook runs)"


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_paths(parser)
    common.add_policy(parser)
    common.add_output(parser, list(CHECK_FORMATS))
    common.add_color(parser)
    common.add_resolution(parser)
    common.add_locked(parser)
    parser.add_argument(
        "--fail-on",
        choices=["error", "warning"],
        default="error",
        help="lowest severity that fails the run (default: error)",
    )
    parser.add_argument(
        "--baseline", metavar="FILE", help="findings recorded in FILE count as suppressed"
    )
    parser.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record the current findings in FILE; from then on they do not fail the run",
    )
    common.add_verbosity(parser)


def run(args: argparse.Namespace) -> int:
    from weightgate.check import run_check
    from weightgate.policy.baseline import as_excluded, read_baseline, record_baseline
    from weightgate.report import Format, publish, render
    from weightgate.report.text import summary_line

    cwd = Path.cwd()
    policy = common.load_policy(args, cwd)
    options = common.check_options(
        args,
        baseline=read_baseline(Path(args.baseline)) if args.baseline else frozenset(),
        exclude=as_excluded(cwd, args.baseline, args.write_baseline),
    )
    outcome = run_check(cwd, policy, options)
    report = outcome.report
    if args.write_baseline:
        report = replace(
            report, findings=record_baseline(Path(args.write_baseline), report.findings)
        )
    fmt = Format(args.format)
    common.emit(render(report, fmt, color=common.use_color(args)), args)
    publish(report, fmt, os.environ)
    common.note(summary_line(report), args)
    if outcome.lock_changed:
        name = args.lockfile or "weightgate.lock"
        common.note(f"weightgate: updated {name}; stage it with your commit", args)
    levels = ("error",) if args.fail_on == "error" else ("error", "warning")
    failing = any(f.severity in levels for f in report.active_findings)
    if failing or report.errors or outcome.lock_changed:
        return common.EXIT_FINDINGS
    return common.EXIT_OK
