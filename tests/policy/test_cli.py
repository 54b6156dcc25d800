"""`weightgate policy show|validate`, and policies, clarifications and baselines through `check`."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from weightgate.cli import main
from weightgate.policy.load import load_policy, presets
from weightgate.resolve.facts import HubFacts
from weightgate.resolve.lock import render_lock

SHA_A, SHA_B = "a" * 64, "b" * 64


def _code(model: str) -> str:
    return f'from transformers import AutoModel\nAutoModel.from_pretrained("{model}")\n'


def _lock(workdir: Path, *facts: HubFacts) -> None:
    (workdir / "weightgate.lock").write_text(render_lock({f.key: f for f in facts}))


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["check", "--format", "json", "--offline", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def _rules(doc: Any) -> list[tuple[str, str]]:
    return [(f["rule"], f["model"]) for f in doc["findings"]]


@pytest.mark.parametrize("name", presets())
def test_show_round_trips(name: str, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "show", f"builtin:{name}"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("# effective weightgate policy, merged from:\n")
    (workdir / "shown.yaml").write_text(shown)
    original, again = load_policy(f"builtin:{name}", workdir), load_policy("shown.yaml", workdir)
    for field in ("licenses_allow", "licenses_deny", "organization", "lineage", "ignore_paths"):
        assert getattr(again, field) == getattr(original, field)
    assert {t: a for t, a in again.terms.items() if a != "allow"} == {
        t: a for t, a in original.terms.items() if a != "allow"
    }
    assert main(["policy", "show", f"builtin:{name}"]) == 0
    assert capsys.readouterr().out == shown  # deterministic


def test_show_the_effective_policy_with_exceptions(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / ".weightgate.yaml").write_text(
        "extends: builtin:commercial\norganization: {monthly-active-users: 60000000}\n"
        "exceptions:\n  - {model: m/x, terms: [user-cap], paths: ['r/**'], reason: L-1, "
        "expires: 2030-01-01}\n"
        f"clarify:\n  - {{model: m/y, license: MIT, license-sha256: {SHA_A}, reason: read it}}\n"
    )
    assert main(["policy", "show"]) == 0
    out = capsys.readouterr().out
    assert "#   builtin:commercial\n#   .weightgate.yaml\n" in out
    assert "  monthly-active-users: 60000000\n" in out
    assert (
        "exceptions:\n- model: m/x\n  terms: [user-cap]\n  paths: [r/**]\n  reason: L-1\n"
        "  expires: '2030-01-01'\n" in out
    )
    assert f"clarify:\n- model: m/y\n  license: mit\n  license-sha256: {SHA_A}\n" in out
    (workdir / "again.yaml").write_text(out)
    again = load_policy("again.yaml", workdir)
    assert [(e.model, e.expires) for e in again.exceptions] == [
        (e.model, e.expires) for e in load_policy(None, workdir).exceptions
    ]


def test_validate(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "validate"]) == 0
    assert "builtin:default (no .weightgate.yaml" in capsys.readouterr().err
    (workdir / "team.yaml").write_text("exceptions:\n  - {model: a/b, reason: ok}\n")
    assert main(["policy", "validate", "team.yaml"]) == 0
    assert (
        "team.yaml: valid (14 terms, 1 exception(s), 0 clarification(s))" in capsys.readouterr().err
    )
    (workdir / "team.yaml").write_text(
        "exceptions:\n  - {model: a/b, reason: x, expires: 2020-01-01}\n"
    )
    assert main(["policy", "validate", "team.yaml"]) == 0
    assert capsys.readouterr().err.startswith(
        "team.yaml:2: warning[exception-expired] the exception for a/b expired on 2020-01-01\n"
    )
    (workdir / "team.yaml").write_text("exceptions:\n  - {model: a/b}\n")
    assert main(["policy", "validate", "team.yaml"]) == 2
    assert (
        capsys.readouterr().err
        == "weightgate: error: team.yaml:2: exceptions[0]: 'reason' is required\n"
    )


def test_organization_scale_through_check(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lock(workdir, HubFacts("meta-llama/Llama-2-7b-hf", license="llama2"))
    (workdir / "app.py").write_text(_code("meta-llama/Llama-2-7b-hf"))
    code, doc, _ = _check(capsys)
    assert code == 1
    assert {r for r, _m in _rules(doc)} >= {"user-cap", "output-restriction"}
    (workdir / ".weightgate.yaml").write_text(
        "organization: {monthly-active-users: 60000000}\nterms: {output-restriction: warn}\n"
    )
    code, doc, _ = _check(capsys)
    assert code == 0
    assert {r for r, _m in _rules(doc)} == {"output-restriction", "use-restrictions"}


def test_pyproject_policy_through_check(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _lock(workdir, HubFacts("m/nc", license="cc-by-nc-4.0"))
    (workdir / "app.py").write_text(_code("m/nc"))
    (workdir / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.weightgate]\nextends = "builtin:research"\n'
    )
    code, doc, _ = _check(capsys)
    assert code == 0
    assert [(f["rule"], f["severity"]) for f in doc["findings"]] == [("non-commercial", "warning")]


def test_clarify_pinned_to_the_license_text(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "app.py").write_text(_code("someone/reupload"))
    facts = HubFacts("someone/reupload", license="other", license_text_sha256=SHA_A)
    _lock(workdir, facts)
    code, doc, _ = _check(capsys)
    assert _rules(doc) == [("unknown", "someone/reupload")]
    (workdir / ".weightgate.yaml").write_text(
        "clarify:\n  - model: someone/*\n    license: apache-2.0\n"
        f"    license-sha256: {SHA_A}\n    reason: LICENSE file is Apache-2.0\n"
    )
    code, doc, _ = _check(capsys)
    assert (code, _rules(doc)) == (0, [])
    [model] = doc["models"]
    assert (model["license"], model["source"]) == ("apache-2.0", "override")
    _lock(workdir, HubFacts("someone/reupload", license="other", license_text_sha256=SHA_B))
    assert main(["check", "--offline"]) == 1
    assert "error[unknown]" in capsys.readouterr().out


def test_clarify_lapse_says_why(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "app.py").write_text(_code("someone/reupload"))
    _lock(workdir, HubFacts("someone/reupload", license="other", license_text_sha256=SHA_B))
    (workdir / ".weightgate.yaml").write_text(
        f"clarify:\n  - {{model: someone/reupload, license: mit, license-sha256: {SHA_A}, "
        "reason: checked}\n"
    )
    code = main(["check", "--offline"])
    out = capsys.readouterr().out
    assert code == 1
    assert "error[unknown]" in out
    assert (
        f"clarification at .weightgate.yaml:2 lapsed: the license text's sha256 is {SHA_B}" in out
    )


def test_exception_findings_through_check(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lock(workdir, HubFacts("m/mit", license="mit"))
    (workdir / "app.py").write_text(_code("m/mit"))
    (workdir / ".weightgate.yaml").write_text(
        "exceptions:\n  - {model: m/gone, reason: old approval}\n"
        "  - {model: m/older, reason: LEGAL-1, expires: 2020-01-01}\n"
    )
    code, doc, _ = _check(capsys, "app.py")  # a partial run cannot tell what is unused
    assert (code, _rules(doc)) == (0, [("exception-expired", "m/older")])
    code, doc, _ = _check(capsys)
    assert code == 0  # warnings
    assert [(f["rule"], f["path"], f["line"]) for f in doc["findings"]] == [
        ("exception-unused", ".weightgate.yaml", 2),
        ("exception-expired", ".weightgate.yaml", 3),
    ]
    code, doc, _ = _check(capsys, "--fail-on", "warning")
    assert code == 1


def test_baseline_fails_only_on_new_findings(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lock(
        workdir,
        HubFacts("meta-llama/Llama-2-7b-hf", license="llama2"),
        HubFacts("m/nc", license="cc-by-nc-4.0"),
    )
    (workdir / "legacy.py").write_text(_code("meta-llama/Llama-2-7b-hf"))
    code, doc, err = _check(capsys, "--write-baseline", "baseline.json")
    assert code == 0
    assert doc["findings"] == []
    assert doc["summary"]["suppressed"] == 3
    baseline = (workdir / "baseline.json").read_text()
    assert json.loads(baseline) == {
        "version": 1,
        "findings": [
            {"model": "meta-llama/Llama-2-7b-hf", "path": "legacy.py", "rule": r}
            for r in ("output-restriction", "use-restrictions", "user-cap")
        ],
    }
    # line numbers churn: moving the reference does not make it new
    (workdir / "legacy.py").write_text("\n\n" + _code("meta-llama/Llama-2-7b-hf"))
    code, doc, err = _check(capsys, "--baseline", "baseline.json")
    assert (code, doc["findings"], doc["summary"]["suppressed"]) == (0, [], 3)
    assert "3 suppressed" in err
    (workdir / "new.py").write_text(_code("m/nc"))
    code, doc, _ = _check(capsys, "--baseline", "baseline.json")
    assert code == 1
    assert _rules(doc) == [("non-commercial", "m/nc")]
    # rewriting gives identical bytes for identical findings
    (workdir / "new.py").unlink()
    assert _check(capsys, "--baseline", "baseline.json", "--write-baseline", "again.json")[0] == 0
    assert (workdir / "again.json").read_text() == baseline


@pytest.mark.parametrize("action", ["show", "validate"])
def test_a_missing_policy_file_argument_is_not_called_a_flag(
    workdir: Path, capsys: pytest.CaptureFixture[str], action: str
) -> None:
    assert main(["policy", action, "nope.yaml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("weightgate: error: cannot read nope.yaml")
    assert "--policy" not in err


@pytest.mark.parametrize("command", [["scan"], ["check", "--offline"], ["policy", "show"]])
def test_a_run_below_the_repository_policy_says_it_is_not_applied(
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    """From a subdirectory, .weightgate.yaml at the repository root does not apply: say so."""
    (workdir / ".git").mkdir()
    (workdir / ".weightgate.yaml").write_text("version: 1\nterms: {user-cap: allow}\n")
    (workdir / "src").mkdir()
    (workdir / "src" / "a.py").write_text("x = 1\n")
    monkeypatch.chdir(workdir / "src")
    main(command)
    err = capsys.readouterr().err
    assert "warning: ../.weightgate.yaml is not applied here" in err
    main([*command[:1], "-q", *command[1:]] if command[0] != "policy" else [*command, "-q"])
    assert "not applied" not in capsys.readouterr().err
    main([*command, "--policy", "builtin:default"])
    assert "not applied" not in capsys.readouterr().err


def test_no_warning_outside_a_repository_or_with_a_policy_here(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / ".weightgate.yaml").write_text("version: 1\n")
    (workdir / "sub").mkdir()
    monkeypatch.chdir(workdir / "sub")
    main(["scan"])  # no .git above: the parent's policy is not this project's
    assert "not applied" not in capsys.readouterr().err
    (workdir / ".git").mkdir()
    (workdir / "sub" / ".weightgate.yaml").write_text("version: 1\n")
    main(["scan"])
    assert "not applied" not in capsys.readouterr().err


def test_a_written_baseline_is_readable_like_any_file_the_user_creates(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "a.py").write_text("x = 1\n")
    assert _check(capsys, "--write-baseline", "baseline.json")[0] == 0
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE((workdir / "baseline.json").stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "baseline.json: cannot read baseline: No such file or directory"),
        (
            "{\n  nope\n}",
            "baseline.json:2: invalid JSON: Expecting property name enclosed in double quotes",
        ),
        (
            '{"version": 2, "findings": []}',
            "baseline.json: not a weightgate baseline (expected version 1)",
        ),
        (
            '{"version": 1, "findings": [{"rule": "x", "model": "y"}]}',
            "baseline.json: findings[0]: expected an object with exactly rule, model and path",
        ),
    ],
)
def test_bad_baseline_is_a_config_error(
    content: str | None, message: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if content is not None:
        (workdir / "baseline.json").write_text(content)
    assert main(["check", "--offline", "--baseline", "baseline.json"]) == 2
    assert capsys.readouterr().err == f"weightgate: error: {message}\n"
