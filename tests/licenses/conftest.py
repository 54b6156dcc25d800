"""Reference material for the license tests: the 61 real texts and the sourced fact sheet."""

from __future__ import annotations

import re
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = FIXTURES / "texts"


def real_texts() -> list[Path]:
    return sorted(TEXTS.glob("*.txt"))


def hub_ids() -> list[tuple[str, str]]:
    """(hub id, SPDX id or "") rows of hub-license-ids.tsv."""
    rows = (FIXTURES / "hub-license-ids.tsv").read_text("utf-8").splitlines()[1:]
    return [(r.split("\t")[0], r.split("\t")[2]) for r in rows if r.strip()]


def flatten(text: str) -> str:
    """Lower-case, quote-free, markdown-free, single-spaced: for "is this quote in that text"."""
    text = text.replace("**", "").replace("\\_", "_")
    text = re.sub(r"[\"'`\u2018\u2019\u201c\u201d]", "", text)
    return " ".join(text.lower().split())
