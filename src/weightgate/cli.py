"""Command line: argparse, `main(argv) -> int`, exit codes of DESIGN.md. Thin by design."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from weightgate import __version__
from weightgate.errors import WeightgateError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_CRASH = 0, 1, 2, 3


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        metavar="FILE|builtin:NAME",
        help="policy file or preset (default: .weightgate.yaml, else builtin:default)",
    )
    parser.add_argument("--format", default="text", choices=["text", "json"], help="report format")
    parser.add_argument("--output", metavar="FILE", help="write the report here instead of stdout")
    parser.add_argument(
        "--offline",
        action="store_true",
        help="never touch the network (also HF_HUB_OFFLINE=1); unlocked models are unresolved",
    )
    parser.add_argument(
        "--lockfile", metavar="PATH", help="lockfile path (default: weightgate.lock)"
    )
    parser.add_argument("--jobs", type=int, default=16, metavar="N", help="concurrent Hub requests")
    parser.add_argument(
        "--fail-on",
        choices=["error", "warning"],
        default="error",
        help="lowest severity that fails the run (default: error)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="more detail; tracebacks on crash"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="weightgate",
        description="Find the ML models a repository references, resolve their licenses through "
        "the Hugging Face Hub, and fail when your license policy says no.",
    )
    parser.add_argument("--version", action="version", version=f"weightgate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, _run) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument(
            "paths", nargs="*", metavar="PATH", help="files or directories (default: .)"
        )
        _common(cmd)
    return parser


def _emit(text: str, args: argparse.Namespace) -> None:
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _offline(args: argparse.Namespace) -> bool:
    flag = os.environ.get("HF_HUB_OFFLINE", "").strip().lower()
    return bool(args.offline) or flag in ("1", "true", "yes", "on")


def _run_scan(args: argparse.Namespace) -> int:
    from weightgate.check import scan
    from weightgate.model import Report
    from weightgate.policy import load_policy
    from weightgate.report import Format, render

    cwd = Path.cwd()
    policy = load_policy(args.policy, cwd)
    result = scan(args.paths, cwd, policy)
    report = Report(refs=result.refs, errors=result.errors, files=result.files)
    _emit(render(report, Format(args.format), scan_only=True), args)
    if not args.quiet:
        print(
            f"weightgate: {len(result.refs)} reference(s) in {result.files} file(s)",
            file=sys.stderr,
        )
    return EXIT_FINDINGS if result.errors else EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from weightgate.check import CheckOptions, run_check
    from weightgate.policy import load_policy
    from weightgate.report import Format, render
    from weightgate.report.text import summary_line

    cwd = Path.cwd()
    policy = load_policy(args.policy, cwd)
    options = CheckOptions(
        paths=tuple(args.paths),
        lockfile=Path(args.lockfile) if args.lockfile else None,
        offline=_offline(args),
        jobs=max(1, args.jobs),
    )
    outcome = run_check(cwd, policy, options)
    report = outcome.report
    _emit(render(report, Format(args.format)), args)
    if not args.quiet:
        print(summary_line(report), file=sys.stderr)
        if outcome.lock_changed:
            print("weightgate: updated weightgate.lock; stage it with your commit", file=sys.stderr)
    levels = ("error",) if args.fail_on == "error" else ("error", "warning")
    failing = any(f.severity in levels for f in report.active_findings)
    return EXIT_FINDINGS if failing or report.errors or outcome.lock_changed else EXIT_OK


#: Subcommand -> (help, implementation). A new command is one function plus one line here.
COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "check": ("scan, resolve licenses and evaluate the policy (what the hook runs)", _run_check),
    "scan": ("list model references; never touches the network", _run_scan),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return COMMANDS[args.command][1](args)
    except WeightgateError as exc:
        print(f"weightgate: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("weightgate: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        if getattr(args, "verbose", False):
            raise
        print(
            f"weightgate: internal error: {exc.__class__.__name__}: {exc} "
            "(rerun with -v for a traceback)",
            file=sys.stderr,
        )
        return EXIT_CRASH


def entry() -> None:
    """Console-script entry point."""
    try:
        code = main()
    except SystemExit as exc:  # argparse usage errors exit 2 already
        raise exc
    raise SystemExit(code)
