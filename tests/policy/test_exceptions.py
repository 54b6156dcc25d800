"""Exceptions (model, terms, license, paths, expiry), stale-exception findings, inline ignores."""

from __future__ import annotations

from pathlib import Path

from tests.policy.helpers import active, judge, policy, ref, res
from weightgate.model import Suppression

LLAMA = {"user-cap": 700_000_000, "output-restriction": True}
BASE = "extends: []\nterms: {user-cap: deny, output-restriction: deny}\n"


def _exc(body: str) -> str:
    return BASE + "exceptions:\n  - reason: LEGAL-42\n" + body


def test_exception_waives_every_term_by_default(tmp_path: Path) -> None:
    pol = policy(tmp_path, _exc("    model: meta-llama/*\n"))
    found = judge(
        pol, [ref("meta-llama/Llama-2-7b-hf")], [res("meta-llama/Llama-2-7b-hf", "llama2", LLAMA)]
    )
    assert active(found) == set()
    assert {f.suppressed for f in found} == {"exception: LEGAL-42"}


def test_model_glob_is_case_insensitive_and_must_match(tmp_path: Path) -> None:
    pol = policy(tmp_path, _exc("    model: META-LLAMA/llama-2-*\n"))
    resolutions = [
        res("meta-llama/Llama-2-7b-hf", "llama2", LLAMA),
        res("other/m", "llama2", LLAMA),
    ]
    found = judge(pol, [ref("meta-llama/Llama-2-7b-hf"), ref("other/m", line=9)], resolutions)
    assert {(f.model, f.suppressed is None) for f in found} == {
        ("meta-llama/Llama-2-7b-hf", False),
        ("other/m", True),
    }


def test_exception_naming_the_base_model_covers_its_fine_tunes(tmp_path: Path) -> None:
    pol = policy(tmp_path, _exc("    model: meta-llama/Llama-2-7b-hf\n"))
    resolutions = [
        res("me/tune", "apache-2.0", base=("meta-llama/Llama-2-7b-hf",)),
        res("meta-llama/Llama-2-7b-hf", "llama2", LLAMA),
    ]
    assert active(judge(pol, [ref("me/tune")], resolutions)) == set()


def test_terms_subset(tmp_path: Path) -> None:
    pol = policy(tmp_path, _exc("    model: m/x\n    terms: [user-cap]\n"))
    found = judge(pol, [ref("m/x")], [res("m/x", "llama2", LLAMA)])
    assert active(found) == {("output-restriction", "error")}


def test_terms_may_waive_license_rules(tmp_path: Path) -> None:
    text = "extends: []\nlicenses: {deny: [llama2]}\nexceptions:\n"
    text += "  - {model: m/x, terms: [license-denied], reason: ok}\n"
    pol = policy(tmp_path, text)
    assert active(judge(pol, [ref("m/x")], [res("m/x", "llama2")])) == set()


def test_paths_with_double_star(tmp_path: Path) -> None:
    pol = policy(tmp_path, _exc("    model: m/x\n    paths: ['research/**', '**/notebook.py']\n"))
    refs = [
        ref("m/x", path="research/a/b/train.py"),
        ref("m/x", path="notebook.py"),
        ref("m/x", path="lab/deep/notebook.py"),
        ref("m/x", path="app/serve.py"),
    ]
    found = judge(pol, refs, [res("m/x", "llama2", LLAMA)])
    assert {f.path for f in found if f.suppressed is None} == {"app/serve.py"}
    assert {f.path for f in found if f.suppressed} == {
        "research/a/b/train.py",
        "notebook.py",
        "lab/deep/notebook.py",
    }


def test_license_pin_lapses_when_the_license_changes(tmp_path: Path) -> None:
    pol = policy(tmp_path, _exc("    model: m/x\n    license: llama2\n"))
    assert active(judge(pol, [ref("m/x")], [res("m/x", "llama2", LLAMA)])) == set()
    changed = res("m/x", "cc-by-nc-4.0", {"user-cap": 1000})
    found = judge(pol, [ref("m/x")], [changed], full_run=True)
    assert active(found) == {("user-cap", "error"), ("exception-unused", "warning")}
    [stale] = [f for f in found if f.rule == "exception-unused"]
    assert "lapsed because the license is now cc-by-nc-4.0, not llama2 as approved" in stale.message


def test_expired_exception_no_longer_applies_and_points_at_the_policy(tmp_path: Path) -> None:
    text = BASE + "exceptions:\n  - model: m/other\n    reason: old\n"
    text += "  - model: m/x\n    reason: LEGAL-7\n    expires: 2026-11-25\n"
    pol = policy(tmp_path, text)
    found = judge(pol, [ref("m/x")], [res("m/x", "llama2", LLAMA)])
    assert active(found) == {
        ("user-cap", "error"),
        ("output-restriction", "error"),
        ("exception-expired", "warning"),
    }
    [expired] = [f for f in found if f.rule == "exception-expired"]
    assert (expired.path, expired.line, expired.column) == (".weightgate.yaml", 6, 1)
    assert expired.model == "m/x"
    assert "expired on 2026-11-25" in expired.message
    assert "LEGAL-7" in expired.message


def test_exception_valid_through_its_expiry_day(tmp_path: Path) -> None:
    pol = policy(tmp_path, _exc("    model: m/x\n    expires: 2026-11-26\n"))
    assert active(judge(pol, [ref("m/x")], [res("m/x", "llama2", LLAMA)])) == set()


def test_unused_exception_only_in_a_full_run(tmp_path: Path) -> None:
    pol = policy(tmp_path, _exc("    model: m/gone\n"))
    resolutions = [res("m/x", "mit")]
    assert judge(pol, [ref("m/x")], resolutions, full_run=False) == ()
    [unused] = judge(pol, [ref("m/x")], resolutions, full_run=True)
    assert (unused.rule, unused.severity, unused.path, unused.line) == (
        "exception-unused",
        "warning",
        ".weightgate.yaml",
        4,
    )
    assert unused.message == "the exception for m/gone waived nothing in this run"


def test_exception_from_an_extended_file_points_at_that_file(tmp_path: Path) -> None:
    (tmp_path / "org").mkdir()
    (tmp_path / "org" / "base.yaml").write_text(
        "extends: []\nexceptions:\n  - {model: m/gone, reason: x, expires: 2020-01-01}\n"
    )
    pol = policy(tmp_path, "extends: org/base.yaml\n")
    [expired] = judge(pol, [], [])
    assert (expired.rule, expired.path, expired.line) == ("exception-expired", "org/base.yaml", 3)


def test_inline_suppression_needs_a_reason(tmp_path: Path) -> None:
    pol = policy(tmp_path, BASE)
    with_reason = (Suppression(("user-cap",), "approved in LEGAL-9", 3),)
    without = (Suppression(("user-cap", "output-restriction"), "  ", 3),)
    wildcard = (Suppression(("*",), "vendored demo", 2),)
    resolutions = [res("m/x", "llama2", LLAMA)]
    found = judge(pol, [ref("m/x", suppressions=with_reason)], resolutions)
    assert active(found) == {("output-restriction", "error")}
    assert [f.suppressed for f in found if f.rule == "user-cap"] == ["inline: approved in LEGAL-9"]
    assert active(judge(pol, [ref("m/x", suppressions=without)], resolutions)) == {
        ("user-cap", "error"),
        ("output-restriction", "error"),
    }
    assert active(judge(pol, [ref("m/x", suppressions=wildcard)], resolutions)) == set()


def test_exceptions_accumulate_through_extends(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text(_exc("    model: m/a\n"))
    pol = policy(tmp_path, "extends: base.yaml\nexceptions:\n  - {model: m/b, reason: mine}\n")
    assert [e.model for e in pol.exceptions] == ["m/a", "m/b"]
    assert [(e.origin, e.line) for e in pol.exceptions] == [
        ("base.yaml", 4),
        (".weightgate.yaml", 3),
    ]
    refs = [ref("m/a"), ref("m/b", line=5)]
    found = judge(pol, refs, [res("m/a", "llama2", LLAMA), res("m/b", "llama2", LLAMA)])
    assert active(found) == set()
