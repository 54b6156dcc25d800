"""Globs, clarifications, TOML key lines and cap edge cases, unit by unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.helpers import policy, res
from weightgate.model import Resolution
from weightgate.policy.clarify import apply_clarifications
from weightgate.policy.evaluate import bites
from weightgate.policy.globs import match_model, match_path, path_glob_problem
from weightgate.policy.model import Organization, Policy
from weightgate.policy.source import parse_toml
from weightgate.resolve.facts import HubFacts, Key

SHA = "c" * 64


@pytest.mark.parametrize(
    ("path", "pattern", "matches"),
    [
        ("research/a/b.py", "research/**", True),
        ("research", "research/**", False),
        ("x.py", "**/x.py", True),
        ("a/b/x.py", "**/x.py", True),
        ("a/b.py", "*.py", False),  # `*` stays in one segment
        ("b.py", "*.py", True),
        ("a/b", "a/**/b", True),
        ("a/x/y/b", "a/**/b", True),
        ("a1.py", "a[0-9].py", True),
        ("a1.py", "a[!0-9].py", False),
        ("a.py", "a?py", True),
        ("a/py", "a?py", False),
        ("a+b.py", "a+b.py", True),
    ],
)
def test_path_globs(path: str, pattern: str, matches: bool) -> None:
    assert path_glob_problem(pattern) is None
    assert match_path(path, pattern) is matches


def test_model_globs() -> None:
    assert match_model("Meta-Llama/Llama-2-7b-hf", "meta-llama/*")
    assert match_model("a/b", "*")
    assert not match_model("meta-llama/x", "meta/*")


def test_clarify_applies_unpinned_and_pinned_entries(tmp_path: Path) -> None:
    pol = policy(
        tmp_path,
        "clarify:\n  - {model: a/*, license: llama2, reason: Meta weights}\n"
        f"  - {{model: b/m, license: mit, license-sha256: {SHA.upper()}, reason: read}}\n",
    )
    by_key: dict[Key, Resolution] = {
        ("a/x", None): res("a/x", "other", status="unknown"),
        ("b/m", None): res("b/m"),
    }
    facts: dict[Key, HubFacts] = {("b/m", None): HubFacts("b/m", license_text_sha256=SHA)}
    out = apply_clarifications(by_key, facts, pol)
    assert (out[("a/x", None)].license, out[("a/x", None)].status) == ("llama2", "ok")
    assert out[("a/x", None)].terms["user-cap"] == 700_000_000
    assert out[("a/x", None)].source == "override"
    assert out[("a/x", None)].detail == "clarified at .weightgate.yaml:2: Meta weights"
    assert out[("b/m", None)].license == "mit"
    changed: dict[Key, HubFacts] = {("b/m", None): HubFacts("b/m", license_text_sha256="d" * 64)}
    lapsed = apply_clarifications(by_key, changed, pol)[("b/m", None)]
    assert lapsed.license is None
    assert "clarification at .weightgate.yaml:3 lapsed" in lapsed.detail
    unlocked = apply_clarifications(by_key, {}, pol)[("b/m", None)]
    assert "sha256 is unknown" in unlocked.detail


def test_caps_of_unknown_size_always_bite() -> None:
    pol = Policy(organization=Organization(monthly_active_users=5))
    assert bites("user-cap", True, pol)  # a cap whose number the knowledge base does not know
    assert not bites("user-cap", False, pol)
    assert not bites("user-cap", 6, pol)
    assert bites("region-restriction", (), Policy(organization=Organization(regions=("US",))))


def test_toml_key_lines_are_best_effort() -> None:
    text = (
        '[project]\nname = "x"\n\n[tool.weightgate]\nlineage = true\n'
        '[tool.weightgate.organization]\n"monthly-active-users" = 5\n\n'
        '[[tool.weightgate.exceptions]]\nmodel = "a/b"\n\n[[tool.weightgate.exceptions]]\n'
        'model = "c/d"\nreason = "x"\n[tool.other]\nlineage = 1\n'
    )
    doc = parse_toml(text, "pyproject.toml", None)
    assert doc is not None
    assert doc.line("lineage") == 5
    assert doc.line("organization.monthly-active-users") == 7
    assert doc.line("exceptions[0].reason") == 9  # absent: its table
    assert doc.line("exceptions[1].reason") == 14
    assert doc.line("terms.user-cap") == 4  # nothing closer: the [tool.weightgate] header
