"""Command line: argparse, `main(argv) -> int`, exit codes of DESIGN.md. Thin by design."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from weightgate import __version__
from weightgate.commands import bom, check, common, explain, init, licenses, lock, policy, scan
from weightgate.errors import WeightgateError

#: Subcommand name -> module with HELP, configure(parser), run(args). A new one is one line here.
COMMANDS: dict[str, ModuleType] = {
    "check": check,
    "scan": scan,
    "bom": bom,
    "init": init,
    "policy": policy,
    "lock": lock,
    "licenses": licenses,
    "explain": explain,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="weightgate",
        description="Find the ML models a repository references, resolve their licenses through "
        "the Hugging Face Hub, and fail when your license policy says no.",
        epilog="exit codes: 0 clean, 1 findings (or lockfile updated), 2 usage/config error, "
        "3 internal error",
    )
    parser.add_argument("--version", action="version", version=f"weightgate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        epilog = getattr(module, "EPILOG", None)
        command = sub.add_parser(name, help=module.HELP, description=module.HELP, epilog=epilog)
        module.configure(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return common.EXIT_ERROR
    try:
        code: int = COMMANDS[args.command].run(args)
    except WeightgateError as exc:
        print(f"weightgate: error: {exc}", file=sys.stderr)
        return common.EXIT_ERROR
    except KeyboardInterrupt:
        print("weightgate: interrupted", file=sys.stderr)
        return common.EXIT_ERROR
    except Exception as exc:
        if getattr(args, "verbose", False):
            raise
        print(
            f"weightgate: internal error: {exc.__class__.__name__}: {exc} "
            "(rerun with -v for a traceback)",
            file=sys.stderr,
        )
        return common.EXIT_CRASH
    return code


def entry() -> None:
    """Console-script entry point."""
    raise SystemExit(main())
