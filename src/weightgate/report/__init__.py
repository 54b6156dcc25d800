"""Reporters: lay out findings; never write prose of their own."""

from __future__ import annotations

import enum

from weightgate._compat import assert_never
from weightgate.model import Report
from weightgate.report import jsonout, text


class Format(str, enum.Enum):
    TEXT = "text"
    JSON = "json"


def render(report: Report, fmt: Format, *, scan_only: bool = False) -> str:
    """The report document for a format."""
    match fmt:
        case Format.TEXT:
            return text.render_scan(report) if scan_only else text.render_check(report)
        case Format.JSON:
            return jsonout.render_scan(report) if scan_only else jsonout.render_check(report)
        case _:
            assert_never(fmt)
    return None
