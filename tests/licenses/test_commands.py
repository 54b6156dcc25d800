"""`weightgate licenses` and `weightgate explain` through the CLI, against the fake Hub."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.fakehub import FakeHub, FakeModel
from tests.licenses.conftest import TEXTS, hub_ids
from tests.licenses.test_clauses import FIFTY_MILLION
from weightgate.cli import main
from weightgate.licenses import knowledge_base
from weightgate.resolve.facts import HubFacts
from weightgate.resolve.licensetext import with_detection
from weightgate.resolve.lock import write_lock

CHECK_ENTRY_KEYS = {"id", "kind", "revision", "sha", "license", "license_name", "source", "terms"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code, out, _ = run(capsys, *args, "--format", "json")
    return code, json.loads(out)


# --- licenses ---------------------------------------------------------------------------------


def test_licenses_lists_every_record(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(capsys, "licenses")
    assert code == 0
    assert doc["version"] == 1
    assert doc["knowledge_base"] == knowledge_base().version
    assert len(doc["licenses"]) == len(knowledge_base().records)
    listed = {h for entry in doc["licenses"] for h in entry["hub_ids"]}
    assert listed == {h for h, _ in hub_ids()}
    for entry in doc["licenses"]:
        assert {"id", "name", "category", "hub_ids", "spdx", "terms", "evidence"} <= set(entry)
    code, out, _ = run(capsys, "licenses")
    assert code == 0
    assert "llama2" in out
    assert "user-cap=700000000" in out


@pytest.mark.parametrize("flag", ["-q", "-v"])
def test_licenses_takes_the_common_verbosity_flags(
    capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    code, out, _ = run(capsys, "licenses", "mit", flag)
    assert code == 0
    assert out.startswith("mit: MIT License")


def test_licenses_shows_one_license_with_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(capsys, "licenses", "Tongyi-Qianwen-License-Agreement")
    assert code == 0
    [entry] = doc["licenses"]
    assert entry["id"] == "tongyi-qianwen"
    assert entry["terms"]["user-cap"] == 100000000
    assert any("100 million" in e["quote"] for e in entry["evidence"])
    code, out, _ = run(capsys, "licenses", "llama4")
    assert "region-restriction=EU" in out
    assert "European Union" in out


def test_licenses_unknown_id_suggests_close_ones(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "licenses", "lama-3.1")
    assert code == 2
    assert out == ""
    assert "unknown license 'lama-3.1'" in err
    assert "did you mean llama3.1" in err


# --- explain ----------------------------------------------------------------------------------


@pytest.fixture
def llama_hub(hub: FakeHub) -> FakeHub:
    hub.add(FakeModel("meta-llama/Llama-2-7b-hf", license="llama2", gated="manual"))
    hub.add(FakeModel("acme/llama-ft", license="apache-2.0", base_model="meta-llama/Llama-2-7b-hf"))
    hub.add(FakeModel("openai-community/gpt2", license="mit"))
    hub.add(FakeModel("acme/custom", license="other", license_name="acme-weights-license"))
    return hub


def test_explain_shows_inherited_terms_clauses_and_verdict(
    llama_hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, doc = run_json(capsys, "explain", "acme/llama-ft", "openai-community/gpt2")
    assert code == 1
    assert doc["version"] == 1
    assert doc["policy"] == "builtin:default"
    ft, gpt2 = doc["models"]
    assert set(ft) >= CHECK_ENTRY_KEYS
    assert (ft["license"], ft["lineage"], ft["verdict"]) == (
        "apache-2.0",
        ["meta-llama/Llama-2-7b-hf"],
        "fail",
    )
    [base] = ft["ancestors"]
    assert base["license"] == "llama2"
    assert base["via"] == ["meta-llama/Llama-2-7b-hf"]
    assert any("700 million" in e["quote"] for e in base["evidence"])
    rules = {f["rule"]: f for f in ft["findings"]}
    assert rules["user-cap"]["via"] == ["meta-llama/Llama-2-7b-hf"]
    assert rules["user-cap"]["path"] == "<command line>"
    assert (gpt2["verdict"], gpt2["findings"], gpt2["terms"]) == ("pass", [], {})
    assert not (workdir / "weightgate.lock").exists()  # explain never writes the lockfile


def test_explain_text_quotes_the_clause(
    llama_hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "explain", "meta-llama/Llama-2-7b-hf")
    assert code == 1
    assert "license: llama2" in out
    assert "user-cap=700000000" in out
    assert "greater than 700 million monthly active users" in out
    assert "verdict: FAIL under builtin:default" in out
    assert "error[user-cap]" in out
    assert "1 model(s) explained, 1 failing" in err


def test_explain_under_a_policy_that_accepts_the_terms(
    llama_hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = workdir / "policy.yaml"
    policy.write_text(
        "version: 1\nextends: builtin:default\norganization:\n  monthly-active-users: 1000000\n"
        "terms:\n  output-restriction: allow\n"
    )
    code, doc = run_json(capsys, "explain", "meta-llama/Llama-2-7b-hf", "--policy", str(policy))
    [model] = doc["models"]
    assert model["verdict"] == "warn"  # use-restrictions: warn in the default policy
    assert {f["rule"] for f in model["findings"]} == {"use-restrictions"}
    assert code == 0


def test_explain_other_license_without_text_is_unknown(
    llama_hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, doc = run_json(capsys, "explain", "acme/custom")
    [model] = doc["models"]
    assert (model["status"], model["verdict"]) == ("unknown", "fail")
    assert "acme-weights-license" in model["detail"]
    assert code == 1


def _lock_with_text(workdir: Path, model_id: str, text: str) -> None:
    facts = HubFacts(model_id, sha="f" * 40, license="other", license_text=text)
    write_lock(workdir / "weightgate.lock", {facts.key: with_detection(facts)})


def test_explain_offline_reads_the_detected_tongyi_text_from_the_lockfile(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lock_with_text(workdir, "Qwen/Qwen-7B-Chat", TEXTS.joinpath("tongyi-qianwen.txt").read_text())
    code, doc = run_json(capsys, "explain", "Qwen/Qwen-7B-Chat", "--offline")
    [model] = doc["models"]
    assert (model["license"], model["source"], model["status"]) == (
        "tongyi-qianwen",
        "license-text",
        "ok",
    )
    assert model["terms"]["user-cap"] == 100000000
    assert any("100 million" in e["quote"] for e in model["evidence"])
    assert code == 1


def test_explain_offline_reads_an_unseen_license_from_the_lockfile(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lock_with_text(workdir, "acme/novel", FIFTY_MILLION)
    code, out, _ = run(capsys, "explain", "acme/novel", "--offline")
    assert "source: license-text" in out
    assert "user-cap=50000000" in out
    assert "fifty million monthly active users" in out
    assert code == 1


def test_explain_offline_without_lock_is_unresolved(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, doc = run_json(capsys, "explain", "org/model@v1.0", "--offline")
    [model] = doc["models"]
    assert (model["status"], model["revision"], model["verdict"]) == ("offline", "v1.0", "fail")
    assert "weightgate lock" in model["findings"][0]["message"] + model["detail"]
    assert code == 1


def test_explain_rejects_what_is_not_a_model_id(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "explain", "not a model!", "--offline")
    assert code == 2
    assert "not a Hub model id" in err
    assert out == ""


def test_explain_an_ollama_tag_as_check_reports_it(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` reports `llama3.1:8b` (a Modelfile's FROM); `explain` takes the same name."""
    code, doc = run_json(capsys, "explain", "llama3.1:8b", "--offline")
    [model] = doc["models"]
    assert (model["id"], model["kind"], model["license"]) == ("llama3.1:8b", "ollama", "llama3.1")
    assert model["terms"]["user-cap"] == 700_000_000
    assert model["verdict"] == "fail"
    assert code == 1


def test_check_offline_judges_a_license_text_from_the_lockfile(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lock_with_text(workdir, "Qwen/Qwen-7B-Chat", TEXTS.joinpath("tongyi-qianwen.txt").read_text())
    (workdir / "app.py").write_text('from_pretrained("Qwen/Qwen-7B-Chat")\n')
    code, out, _ = run(capsys, "check", "app.py", "--offline", "--format", "json")
    doc = json.loads(out)
    [model] = doc["models"]
    assert (model["license"], model["source"]) == ("tongyi-qianwen", "license-text")
    assert {f["rule"] for f in doc["findings"]} == {"user-cap", "output-restriction"}
    assert code == 1
