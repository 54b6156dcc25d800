"""The `--format` choices: a str enum, mapped to reporters in `weightgate.report.render`."""

from __future__ import annotations

import enum


class Format(str, enum.Enum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    GITLAB = "gitlab"
    MARKDOWN = "markdown"
    CYCLONEDX = "cyclonedx"


#: What `check --format` offers, in help order.
CHECK_FORMATS: tuple[str, ...] = tuple(f.value for f in Format)
