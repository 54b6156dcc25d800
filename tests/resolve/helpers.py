"""Shared helpers for resolution tests: fast retry settings, one-call resolution."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from weightgate.model import Resolution
from weightgate.resolve import Resolved, ResolveOptions, resolve
from weightgate.resolve.facts import HubFacts, Key

#: Small backoffs so retry paths stay fast; the real defaults are 0.5 s doubling.
FAST: dict[str, Any] = {"backoff": 0.01, "timeout": 5.0, "deadline": 20.0}


def run(
    keys: Iterable[Key], locked: Mapping[Key, HubFacts] | None = None, **options: Any
) -> Resolved:
    return resolve(set(keys), locked or {}, ResolveOptions(**{**FAST, **options}))


def one(model_id: str, revision: str | None = None, **options: Any) -> tuple[Resolution, Resolved]:
    key = (model_id, revision)
    resolved = run([key], **options)
    return resolved.by_key[key], resolved
