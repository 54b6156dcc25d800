"""Reporters: lay out findings; never write prose of their own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from weightgate._compat import assert_never
from weightgate.report.formats import CHECK_FORMATS, Format

if TYPE_CHECKING:  # the parser imports this package for the choices: keep it light
    from weightgate.model import Report

__all__ = ["CHECK_FORMATS", "Format", "publish", "render"]


def render(report: Report, fmt: Format, *, scan_only: bool = False, color: bool = False) -> str:
    """The report document for a format. `scan_only` (references, no verdicts) is text/json.

    Reporters are imported on demand: a hook run pays only for the one it prints.
    """
    from weightgate.report import cyclonedx, github, gitlab, jsonout, markdown, sarif, text

    match fmt:
        case Format.TEXT:
            return text.render_scan(report) if scan_only else text.render_check(report, color)
        case Format.JSON:
            return jsonout.render_scan(report) if scan_only else jsonout.render_check(report)
        case Format.SARIF:
            return sarif.render_check(report)
        case Format.GITHUB:
            return github.render_check(report)
        case Format.GITLAB:
            return gitlab.render_check(report)
        case Format.MARKDOWN:
            return markdown.render_check(report)
        case Format.CYCLONEDX:
            return cyclonedx.render_check(report)
        case _:
            assert_never(fmt)
    return None


def publish(report: Report, fmt: Format, environ: Mapping[str, str]) -> None:
    """Side outputs a format promises besides its document (the GitHub job summary)."""
    if fmt is Format.GITHUB:
        from weightgate.report import github

        github.write_step_summary(report, environ)
