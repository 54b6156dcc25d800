"""Every report format through the real CLI, against the fake Hub with the real client."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator

from tests.fakehub import FakeHub, FakeModel
from tests.report.test_github import runner
from tests.report.test_sarif import validate
from weightgate.cli import main

TRAIN_LLAMA = (
    "from transformers import AutoModel\n"
    'm = AutoModel.from_pretrained("meta-llama/Llama-2-7b-hf")\n'
)
FINETUNE = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/llama-ft")\n'


@pytest.fixture
def lineage_repo(hub: FakeHub, workdir: Path) -> Path:
    hub.add(FakeModel("meta-llama/Llama-2-7b-hf", license="llama2"))
    hub.add(
        FakeModel(
            "acme/llama-ft",
            license="apache-2.0",
            base_model="meta-llama/Llama-2-7b-hf",
            base_model_relation="finetune",
        )
    )
    (workdir / "train.py").write_text(FINETUNE)
    return workdir


def test_sarif_of_an_inherited_term_is_valid(
    lineage_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", "--format", "sarif", "train.py"])
    out, err = capsys.readouterr()
    assert code == 1
    doc = validate(out)
    results = doc["runs"][0]["results"]
    cap = next(r for r in results if r["ruleId"] == "user-cap")
    assert cap["properties"]["via"] == ["meta-llama/Llama-2-7b-hf"]
    assert cap["properties"]["license"] == "llama2"
    assert cap["properties"]["terms"]["user-cap"] == 700_000_000
    assert "error(s)" in err  # the summary stays on stderr


def test_text_shows_the_lineage_chain(
    lineage_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", "train.py"])
    out = capsys.readouterr().out
    assert "train.py:2:" in out
    assert "  via: acme/llama-ft -> meta-llama/Llama-2-7b-hf" in out
    assert "  help: " in out


@pytest.mark.parametrize(
    ("flag", "no_color", "coloured"),
    [("always", "1", True), ("never", "", False), ("auto", "", False), ("auto", "1", False)],
)
def test_color_flag(
    lineage_repo: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    flag: str,
    no_color: str,
    coloured: bool,
) -> None:
    os.environ["NO_COLOR"] = no_color  # restored by the workdir fixture's monkeypatch
    main(["check", "--color", flag, "train.py"])
    assert ("\033[" in capsys.readouterr().out) is coloured


def test_color_auto_on_a_terminal_honours_no_color(
    lineage_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR")
    main(["check", "train.py"])
    assert "\033[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["check", "train.py"])
    assert "\033[" not in capsys.readouterr().out


def test_github_format_writes_the_job_summary(
    lineage_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = lineage_repo / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code = main(["check", "--format", "github", "train.py"])
    commands = runner(capsys.readouterr().out)
    assert code == 1
    assert {c.props["title"] for c in commands if c.name == "error"} >= {
        "weightgate user-cap: acme/llama-ft"
    }
    assert "user-cap" in summary.read_text()


def test_hostile_file_name_through_the_scanner(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add(FakeModel("meta-llama/Llama-2-7b-hf", license="llama2"))
    name = "x,line=9::error::pwned.py"
    (workdir / name).write_text(TRAIN_LLAMA)
    main(["check", "--format", "github", name])
    commands = runner(capsys.readouterr().out)
    assert commands
    assert {c.props["file"] for c in commands} == {name}
    assert all(c.name in ("error", "warning") for c in commands)


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux only")
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab", "markdown"])
def test_a_file_name_that_is_not_utf8_reports_in_every_format(
    workdir: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """`caf\xe9.py` (Latin-1) arrives as a lone surrogate: every report stays valid UTF-8."""
    (workdir / os.fsdecode(b"caf\xe9.py")).write_text(TRAIN_LLAMA)
    assert main(["check", "--offline", "--format", fmt, "--output", "report"]) == 1
    (workdir / "report").read_bytes().decode("utf-8")
    assert main(["check", "--offline", "--format", fmt]) == 1
    out = capsys.readouterr().out
    out.encode("utf-8")
    assert "caf" in out


def test_output_file_and_markdown(lineage_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--format", "markdown", "--output", "comment.md", "train.py"])
    assert code == 1
    assert capsys.readouterr().out == ""
    assert "| :x: error |" in (lineage_repo / "comment.md").read_text()


@pytest.mark.parametrize("target", ["missing-dir/report.md", "."])
def test_unwritable_output_is_a_one_line_error(
    lineage_repo: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    code = main(["check", "--format", "markdown", "--output", target, "train.py"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"weightgate: error: --output {target}: cannot write" in err
    assert "internal error" not in err


def test_gitlab_format(lineage_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "--format", "gitlab", "train.py"])
    issues = json.loads(capsys.readouterr().out)
    assert {i["check_name"] for i in issues} >= {"weightgate/user-cap"}


def test_bom_command(
    lineage_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    code = main(["bom", "train.py"])
    out, err = capsys.readouterr()
    assert code == 0  # an inventory, not a verdict
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(out) is None
    [component] = json.loads(out)["components"]
    assert component["type"] == "machine-learning-model"
    assert component["purl"].startswith("pkg:huggingface/acme/llama-ft@")
    [ancestor] = component["pedigree"]["ancestors"]
    assert ancestor["name"] == "Llama-2-7b-hf"
    assert "BOM of 1 model(s)" in err
    assert not (lineage_repo / "weightgate.lock").exists()  # bom changes nothing


def test_bom_without_the_library_exits_2(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "weightgate.report.bom_build", raising=False)
    for name in [m for m in sys.modules if m.split(".")[0] == "cyclonedx"] + ["cyclonedx"]:
        monkeypatch.setitem(sys.modules, name, None)
    (workdir / "a.py").write_text("x = 1\n")
    code = main(["bom", "--offline", "a.py"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == (
        "weightgate: error: the CycloneDX BOM needs cyclonedx-python-lib: "
        "pip install 'weightgate[bom]'"
    )
