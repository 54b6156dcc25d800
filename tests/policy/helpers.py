"""Small builders for policy tests: real loader, real evaluator, hand-made resolutions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from weightgate.model import Finding, ModelRef, Resolution, Suppression, TermValue
from weightgate.policy.evaluate import evaluate
from weightgate.policy.load import load_policy
from weightgate.policy.model import Policy
from weightgate.resolve.facts import Key

TODAY = dt.date(2026, 11, 26)


def policy(tmp: Path, text: str, name: str = ".weightgate.yaml") -> Policy:
    (tmp / name).write_text(text)
    return load_policy(name, tmp)


def ref(
    model: str, path: str = "app.py", line: int = 3, suppressions: tuple[Suppression, ...] = ()
) -> ModelRef:
    return ModelRef(path=path, line=line, column=5, id=model, suppressions=suppressions)


def res(
    model: str,
    license: str | None = None,
    terms: Mapping[str, TermValue] | None = None,
    base: tuple[str, ...] = (),
    status: str = "ok",
) -> Resolution:
    return Resolution(
        id=model,
        license=license,
        terms=dict(terms or {}),
        base_models=base,
        status=status,  # type: ignore[arg-type]
    )


def judge(
    pol: Policy,
    refs: list[ModelRef],
    resolutions: list[Resolution],
    *,
    full_run: bool = False,
    today: dt.date = TODAY,
) -> tuple[Finding, ...]:
    by_key: dict[Key, Resolution] = {(r.id, None): r for r in resolutions}
    return evaluate(refs, by_key, pol, today, full_run=full_run)


def active(findings: tuple[Finding, ...]) -> set[tuple[str, str]]:
    """(rule, severity) of the findings nothing waived."""
    return {(f.rule, f.severity) for f in findings if f.suppressed is None}
