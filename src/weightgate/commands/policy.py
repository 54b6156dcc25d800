"""`weightgate policy show|validate [FILE]`: the effective policy; validate a policy file."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from weightgate.commands import common

HELP = "show the effective policy after `extends`, or validate a policy file"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (
        ("show", "print the effective policy (after extends) as YAML"),
        ("validate", "check a policy file: exit 0 when valid, 2 with file:line: problem"),
    ):
        action = sub.add_parser(name, help=text, description=text)
        action.add_argument(
            "file",
            nargs="?",
            metavar="FILE",
            help="policy file, pyproject.toml or builtin:NAME "
            "(default: .weightgate.yaml or [tool.weightgate], else builtin:default)",
        )
        action.add_argument("--policy", dest="policy_flag", help=argparse.SUPPRESS)
        common.add_verbosity(action)


def run(args: argparse.Namespace) -> int:
    from weightgate.policy.load import find_policy, load_policy
    from weightgate.policy.render import render_policy

    cwd = Path.cwd()
    if not (args.file or args.policy_flag):
        common.warn_unapplied_policy(args, cwd)
    spec = args.file or args.policy_flag or find_policy(cwd)
    policy = load_policy(spec, cwd, flag=None if args.file else "--policy")
    if args.action == "show":
        sys.stdout.write(render_policy(policy))
        return common.EXIT_OK
    for exc in policy.exceptions:
        if exc.expires is not None and exc.expires < dt.date.today():
            common.note(
                f"{exc.origin}:{exc.line}: warning[exception-expired] the exception for "
                f"{exc.model} expired on {exc.expires}",
                args,
            )
    shown = spec or "builtin:default (no .weightgate.yaml or [tool.weightgate] here)"
    common.note(
        f"weightgate: {shown}: valid ({len(policy.terms)} terms, "
        f"{len(policy.exceptions)} exception(s), {len(policy.clarify)} clarification(s))",
        args,
    )
    return common.EXIT_OK
