"""`weightgate init`: a starter policy that loads, the pre-commit snippet, no overwrites."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from weightgate.cli import main
from weightgate.commands.init import PRE_COMMIT_SNIPPET
from weightgate.policy.load import load_policy


def test_writes_a_commented_policy_that_loads(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init"]) == 0
    out, err = capsys.readouterr()
    text = (workdir / ".weightgate.yaml").read_text()
    assert "extends: builtin:default" in text
    assert "# exceptions:" in text
    assert "#   deny: user-cap" in text
    policy = load_policy(None, workdir)
    assert policy.source == ".weightgate.yaml"
    assert policy.terms["user-cap"] == "deny"
    assert out == PRE_COMMIT_SNIPPET
    [repo] = yaml.safe_load(out)["repos"]
    assert repo["hooks"] == [{"id": "weightgate"}]
    assert "wrote .weightgate.yaml" in err


def test_refuses_to_overwrite(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / ".weightgate.yaml").write_text("version: 1\n# mine\n")
    assert main(["init"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "weightgate: error: .weightgate.yaml: already exists; not overwriting it "
        "(delete it first to start over)"
    )
    assert (workdir / ".weightgate.yaml").read_text() == "version: 1\n# mine\n"


def test_unknown_preset(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--preset", "nope"]) == 2
    assert "unknown preset 'nope' (available: commercial, default" in capsys.readouterr().err
    assert not (workdir / ".weightgate.yaml").exists()


def test_custom_path(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--path", "policy.yaml", "--preset", "default"]) == 0
    capsys.readouterr()
    assert load_policy("policy.yaml", workdir).terms["unknown"] == "deny"


def test_the_docs_link_points_at_a_readme_section(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init"]) == 0
    capsys.readouterr()
    [anchor] = re.findall(r"docs: \S+#([\w-]+)", (workdir / ".weightgate.yaml").read_text())
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    headings = re.findall(r"^#+ (.+)$", readme, flags=re.MULTILINE)
    slugs = {re.sub(r"[^\w -]", "", h).strip().lower().replace(" ", "-") for h in headings}
    assert anchor in slugs
