"""Flags and helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from weightgate.check import CheckOptions
    from weightgate.policy import Policy

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_CRASH = 0, 1, 2, 3
MAX_DEADLINE = 86400.0  # seconds: a day is budget enough for any Hub run


def add_paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or directories (default: .)"
    )


def add_policy(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        metavar="FILE|builtin:NAME",
        help="policy file or preset (default: .weightgate.yaml, else builtin:default)",
    )


def add_output(parser: argparse.ArgumentParser, formats: list[str]) -> None:
    parser.add_argument("--format", default=formats[0], choices=formats, help="report format")
    parser.add_argument("--output", metavar="FILE", help="write the report here instead of stdout")


def add_color(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the text report (auto: on a terminal, unless NO_COLOR is set)",
    )


def use_color(args: argparse.Namespace) -> bool:
    """`--color always|never`, else colour when stdout is a terminal and NO_COLOR is unset."""
    choice = getattr(args, "color", "auto")
    if choice != "auto":
        return bool(choice == "always")
    if os.environ.get("NO_COLOR") or getattr(args, "output", None):
        return False
    return sys.stdout.isatty()


def add_resolution(parser: argparse.ArgumentParser) -> None:
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
        "--no-lineage", action="store_true", help="judge models alone, not their base models"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="time budget for all Hub requests (default: $WEIGHTGATE_HUB_TIMEOUT or 30)",
    )


def add_locked(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--locked",
        action="store_true",
        help="never write the lockfile; fail (lock-outdated) if it lacks an entry or would change",
    )


def check_options(args: argparse.Namespace, **extra: Any) -> CheckOptions:
    """The pipeline options every scanning command takes from the same flags."""
    from weightgate.check import CheckOptions

    return CheckOptions(
        paths=tuple(args.paths),
        lockfile=Path(args.lockfile) if args.lockfile else None,
        offline=offline(args),
        jobs=max(1, args.jobs),
        lineage=not args.no_lineage,
        locked=getattr(args, "locked", False),
        deadline=hub_deadline(args),
        **extra,
    )


def add_verbosity(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show a traceback on an internal error"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")


def emit(text: str, args: argparse.Namespace) -> None:
    """Write the report to --output or stdout, as valid UTF-8: a file name that is not UTF-8
    (a lone surrogate from the file system) is shown escaped, `caf\\udce9.py`."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if getattr(args, "output", None):
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            from weightgate.errors import WeightgateError

            reason = exc.strerror or exc.__class__.__name__
            raise WeightgateError(f"--output {args.output}: cannot write: {reason}") from None
    else:
        sys.stdout.write(text)


def note(message: str, args: argparse.Namespace) -> None:
    """A progress or summary line on stderr, unless -q."""
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def hub_deadline(args: argparse.Namespace) -> float:
    """--timeout, else WEIGHTGATE_HUB_TIMEOUT, else 30 seconds."""
    from weightgate.errors import WeightgateError

    value = getattr(args, "timeout", None)
    raw = os.environ.get("WEIGHTGATE_HUB_TIMEOUT", "").strip()
    if value is None and raw:
        try:
            value = float(raw)
        except ValueError:
            raise WeightgateError(f"WEIGHTGATE_HUB_TIMEOUT={raw!r} is not a number") from None
    if value is None:
        return 30.0
    if not value > 0:
        raise WeightgateError(f"the Hub time budget must be positive, got {value:g}")
    if not value <= MAX_DEADLINE:  # inf would overflow the clock arithmetic of the fetch pool
        raise WeightgateError(
            f"the Hub time budget must be at most {MAX_DEADLINE:g} seconds, got {value:g}"
        )
    return float(value)


def offline(args: argparse.Namespace) -> bool:
    flag = os.environ.get("HF_HUB_OFFLINE", "").strip().lower()
    return bool(getattr(args, "offline", False)) or flag in ("1", "true", "yes", "on")


def warn_unapplied_policy(args: argparse.Namespace, cwd: Path) -> None:
    """Below a repository's root its policy does not apply (policies are found in cwd): say so."""
    from weightgate.policy.load import policy_above

    above = policy_above(cwd)
    if above is not None:
        note(
            f"weightgate: warning: {above} is not applied here (the policy is read from the "
            f"current directory); run from {above.rsplit('/', 1)[0]} or pass --policy",
            args,
        )


def load_policy(args: argparse.Namespace, cwd: Path) -> Policy:
    """--policy, else the policy in cwd, else builtin:default; warns about one further up."""
    from weightgate.policy import load_policy as load

    if not args.policy:
        warn_unapplied_policy(args, cwd)
    return load(args.policy, cwd)
