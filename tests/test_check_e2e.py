"""The whole pipeline through the CLI, against the fake Hub with the real client."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.fakehub import FakeHub, FakeModel, Fault
from weightgate.cli import main

TRAIN = """\
from transformers import AutoModelForCausalLM

BASE = "meta-llama/Llama-2-7b-hf"
model = AutoModelForCausalLM.from_pretrained(BASE)
"""


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["check", "--format", "json", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_llama2_user_cap_fails_with_location(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add(FakeModel("meta-llama/Llama-2-7b-hf", license="llama2", gated="manual"))
    (workdir / "train.py").write_text(TRAIN)
    code, doc, err = _check(capsys, "train.py")
    assert code == 1
    assert doc["version"] == 1
    [model] = doc["models"]
    assert model["license"] == "llama2"
    assert model["terms"]["user-cap"] == 700_000_000
    assert model["status"] == "ok"
    rules = {(f["rule"], f["path"], f["line"], f["column"]) for f in doc["findings"]}
    assert ("user-cap", "train.py", 3, 9) in rules
    assert ("output-restriction", "train.py", 3, 9) in rules
    assert "1 model(s)" in err or "2 error(s)" in err


def test_permissive_model_passes(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add(FakeModel("openai-community/gpt2", license="mit"))
    (workdir / "app.py").write_text(
        'from transformers import pipeline\npipe = pipeline(model="openai-community/gpt2")\n'
    )
    code, doc, err = _check(capsys, "app.py")
    assert code == 1  # the lockfile was written: like a formatter hook, the commit must include it
    assert "updated weightgate.lock" in err
    assert doc["findings"] == []
    code, doc, _ = _check(capsys, "app.py")
    assert code == 0
    assert doc["summary"]["models"] == 1


def test_not_found_is_unresolved_and_fails_closed(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "app.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("nobody/missing")\n'
    )
    code, doc, _ = _check(capsys, "app.py")
    assert code == 1
    [model] = doc["models"]
    assert model["status"] == "not-found"
    assert [f["rule"] for f in doc["findings"]] == ["unresolved"]


def test_gated_metadata_is_public(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add(FakeModel("google/gemma-2-2b", license="mit", gated="auto"))
    (workdir / "app.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("google/gemma-2-2b")\n'
    )
    code, doc, _ = _check(capsys, "app.py")
    [model] = doc["models"]
    assert model["status"] == "ok"
    assert model["license"] == "mit"
    assert doc["findings"] == []
    assert code == 1  # only because the lockfile was written


def test_gated_term_applies_online_and_from_the_lockfile(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add(FakeModel("google/gemma-2-2b", license="mit", gated="auto"))
    (workdir / ".weightgate.yaml").write_text("version: 1\nterms:\n  gated: warn\n")
    (workdir / "app.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("google/gemma-2-2b")\n'
    )
    _, online, _ = _check(capsys, "app.py")
    _, offline, _ = _check(capsys, "app.py", "--offline")
    assert [(f["rule"], f["severity"]) for f in online["findings"]] == [("gated", "warning")]
    assert offline["findings"] == online["findings"]


def test_gated_error_header_becomes_gated_status(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.faults["corp/secret"] = Fault(status=403, error_code="GatedRepo")
    (workdir / "app.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("corp/secret")\n'
    )
    _code, doc, _ = _check(capsys, "app.py", "--policy", "builtin:default")
    [model] = doc["models"]
    assert model["status"] == "gated"


def test_server_error_is_unreachable_after_retries(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.faults["org/flaky"] = Fault(status=500)
    (workdir / "app.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("org/flaky")\n'
    )
    code, doc, _ = _check(capsys, "app.py")
    assert code == 1
    [model] = doc["models"]
    assert model["status"] == "unreachable"
    assert [f["rule"] for f in doc["findings"]] == ["unresolved"]
    assert sum(r == "/api/models/org/flaky" for r in hub.requests) > 1  # it retried


def test_lockfile_answers_offline_with_same_verdict(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add(FakeModel("meta-llama/Llama-2-7b-hf", license="llama2"))
    (workdir / "train.py").write_text(TRAIN)
    _, online, _ = _check(capsys, "train.py")
    assert (workdir / "weightgate.lock").exists()
    hub.requests.clear()
    _, offline, _ = _check(capsys, "train.py", "--offline")
    assert hub.requests == []
    assert offline["findings"] == online["findings"]


def test_bad_policy_is_one_line_exit_2(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / ".weightgate.yaml").write_text(
        "version: 1\nterms:\n  user-cap: deny\n  non-comercial: deny\n"
    )
    (workdir / "a.py").write_text("x = 1\n")
    code = main(["check", "a.py", "--offline"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().count("\n") == 0
    assert ".weightgate.yaml:" in err
    assert "terms.non-comercial" in err
    assert "did you mean 'non-commercial'" in err


def test_dot_is_a_full_run(workdir: Path) -> None:
    from weightgate.check import is_full_run

    (workdir / "sub").mkdir()
    assert is_full_run([], workdir)
    assert is_full_run(["."], workdir)
    assert is_full_run([str(workdir)], workdir)
    assert not is_full_run(["sub"], workdir)
    assert is_full_run(["sub/x.py", "."], workdir)
