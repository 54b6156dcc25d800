"""`weightgate bom`: a CycloneDX 1.6 ML-BOM of the models the repository references."""

from __future__ import annotations

import argparse
from pathlib import Path

from weightgate.commands import common

HELP = "CycloneDX 1.6 ML-BOM of the referenced models (needs the `bom` extra)"


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_paths(parser)
    common.add_policy(parser)
    common.add_output(parser, ["cyclonedx"])
    common.add_resolution(parser)
    common.add_verbosity(parser)


def run(args: argparse.Namespace) -> int:
    from weightgate.check import run_check
    from weightgate.report import Format, render
    from weightgate.report.cyclonedx import require_library

    require_library()  # fail before any network work when the extra is missing
    cwd = Path.cwd()
    policy = common.load_policy(args, cwd)
    options = common.check_options(args, write_lock=False)  # an inventory changes nothing
    report = run_check(cwd, policy, options).report
    common.emit(render(report, Format(args.format)), args)
    unresolved = sum(m.resolution.status != "ok" for m in report.models)
    common.note(
        f"weightgate: BOM of {len(report.models)} model(s)"
        + (f", {unresolved} without a known license" if unresolved else ""),
        args,
    )
    return common.EXIT_FINDINGS if report.errors else common.EXIT_OK
