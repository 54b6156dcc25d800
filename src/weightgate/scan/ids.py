"""The Hub repo-id grammar and normalization, shared by every scanner."""

from __future__ import annotations

import re

_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?"
_REPO_ID = re.compile(rf"^(?:{_NAME}/)?{_NAME}$")
_PREFIXES = (
    "https://huggingface.co/",
    "http://huggingface.co/",
    "https://hf.co/",
    "http://hf.co/",
    "huggingface.co/",
    "hf.co/",
    "hf-hub:",
    "hf://",
    "huggingface://",
)
#: Short names that sentence-transformers resolves under its own organization.
_SENTENCE_TRANSFORMERS = frozenset(
    {
        "all-minilm-l6-v2",
        "all-minilm-l12-v2",
        "all-mpnet-base-v2",
        "all-distilroberta-v1",
        "paraphrase-minilm-l6-v2",
        "paraphrase-multilingual-minilm-l12-v2",
        "paraphrase-multilingual-mpnet-base-v2",
        "paraphrase-mpnet-base-v2",
        "multi-qa-minilm-l6-cos-v1",
        "multi-qa-mpnet-base-dot-v1",
        "msmarco-distilbert-base-v4",
        "distiluse-base-multilingual-cased-v2",
        "allenai-specter",
    }
)


def is_repo_id(value: str, *, allow_single: bool = False) -> bool:
    """True when `value` obeys the Hub's repo-id grammar (`org/name`, or a legacy `name`)."""
    if not _REPO_ID.match(value) or "--" in value or ".." in value or value.endswith(".git"):
        return False
    return allow_single or "/" in value


def strip_prefix(value: str) -> str:
    """Remove URL/URI prefixes (`hf-hub:`, `hf://`, `https://huggingface.co/`) from an id."""
    for prefix in _PREFIXES:
        if value.startswith(prefix):
            return value[len(prefix) :]
    return value


def sentence_transformers_id(name: str) -> str:
    """`all-MiniLM-L6-v2` -> `sentence-transformers/all-MiniLM-L6-v2`; other ids unchanged."""
    if "/" not in name and name.lower() in _SENTENCE_TRANSFORMERS:
        return f"sentence-transformers/{name}"
    return name
