"""The non-Python integrations, run for real: the plain git hook, the action's and the GitLab
template's scripts (with this venv's `weightgate` standing in for the one they install)."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.e2e.gitrepo import (
    EXCEPTION,
    ROOT,
    commit_all,
    copy_of_this_repository,
    git,
    git_env,
    llama_project,
)
from tests.report.test_github import runner
from tests.report.test_sarif import validate
from weightgate import __version__


def _action_step(step_id: str) -> dict[str, Any]:
    action = yaml.safe_load((ROOT / "hooks/github/action.yml").read_text())
    step: dict[str, Any] = next(s for s in action["runs"]["steps"] if s.get("id") == step_id)
    return step


def test_plain_git_hook_blocks_then_allows(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    env["WEIGHTGATE_ARGS"] = "--offline"
    repo = llama_project(tmp_path / "project", env)
    hook = repo / ".git/hooks/pre-commit"
    shutil.copy(ROOT / "hooks/git/pre-commit", hook)
    assert hook.stat().st_mode & stat.S_IXUSR
    blocked = commit_all(repo, env, "use Llama 2")
    assert blocked.returncode != 0
    assert "train.py:3:47: error[user-cap]" in blocked.stderr  # git shows hook output there
    assert git(repo, env, "rev-parse", "--verify", "HEAD").returncode != 0
    (repo / ".weightgate.yaml").write_text(EXCEPTION)
    allowed = commit_all(repo, env, "approved")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr


def test_plain_git_hook_with_nothing_staged_and_odd_names(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    env["WEIGHTGATE_ARGS"] = "--offline"
    repo = llama_project(tmp_path / "project", env)
    (repo / "train.py").rename(repo / "my train -n.py")
    shutil.copy(ROOT / "hooks/git/pre-commit", repo / ".git/hooks/pre-commit")
    blocked = commit_all(repo, env, "odd name")
    assert "my train -n.py:3:47: error[user-cap]" in blocked.stderr
    run = subprocess.run(
        [str(repo / ".git/hooks/pre-commit")], cwd=repo, env=env, capture_output=True, check=False
    )
    assert run.returncode != 0  # still staged
    git(repo, env, "reset", "-q")
    run = subprocess.run(
        [str(repo / ".git/hooks/pre-commit")], cwd=repo, env=env, capture_output=True, check=False
    )
    assert run.returncode == 0  # nothing staged: nothing to check


def _run_action_check(repo: Path, env: dict[str, str], **inputs: str) -> tuple[int, str, Path]:
    step = _action_step("check")
    outputs = repo.parent / "github-output"
    outputs.write_text("")
    env = {**env, "GITHUB_OUTPUT": str(outputs), "GITHUB_STEP_SUMMARY": str(repo.parent / "sum")}
    for key in step["env"]:
        env[key] = ""
    env.update({"WG_FAIL_ON": "error", "WG_OFFLINE": "true", "WG_SARIF": "weightgate.sarif"})
    env.update(inputs)
    result = subprocess.run(
        ["bash", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    return result.returncode, result.stdout, outputs


def test_action_check_step_annotates_and_writes_sarif(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    repo = llama_project(tmp_path / "project", env)
    code, stdout, outputs = _run_action_check(repo, env)
    assert code == 1
    titles = {c.props["title"] for c in runner(stdout)}
    assert "weightgate user-cap: meta-llama/Llama-2-7b-hf" in titles
    doc = validate((repo / "weightgate.sarif").read_text())
    assert {r["ruleId"] for r in doc["runs"][0]["results"]} >= {"user-cap"}
    assert outputs.read_text().splitlines() == ["sarif-file=weightgate.sarif", "exit-code=1"]
    assert "user-cap" in (tmp_path / "sum").read_text()


def test_action_inputs_are_data_not_code(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    repo = llama_project(tmp_path / "project", env)
    (repo / ".weightgate.yaml").write_text(EXCEPTION)
    code, _, outputs = _run_action_check(
        repo, env, WG_POLICY=".weightgate.yaml", WG_PATHS="train.py", WG_ARGS="-q"
    )
    assert code == 0
    assert "exit-code=0" in outputs.read_text()
    code, _, _ = _run_action_check(repo, env, WG_POLICY="$(touch pwned)")
    assert code == 2  # no such policy file, and nothing was executed
    assert not (repo / "pwned").exists()


def test_action_never_interpolates_inputs_into_scripts() -> None:
    action = yaml.safe_load((ROOT / "hooks/github/action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    for step in action["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"]  # inputs arrive through env, never as code
    for name, spec in action["inputs"].items():
        assert spec["description"], name


def test_gitlab_template_script_writes_a_code_quality_report(tmp_path: Path) -> None:
    template = yaml.safe_load((ROOT / "hooks/gitlab/weightgate.gitlab-ci.yml").read_text())
    job = template["weightgate"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    env = git_env(tmp_path / "home")
    repo = llama_project(tmp_path / "project", env)
    env.update({k: str(v) for k, v in job["variables"].items()})
    env["WEIGHTGATE_ARGS"] = "--offline"
    script = "\n".join(job["script"])
    result = subprocess.run(
        ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "error[user-cap]" in result.stdout
    issues = json.loads((repo / "gl-code-quality-report.json").read_text())
    assert {i["check_name"] for i in issues} >= {"weightgate/user-cap"}


@pytest.mark.slow
def test_action_install_step_installs_its_own_checkout(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    copy = tmp_path / "action-checkout"
    copy_of_this_repository(copy, env)
    step = next(
        s
        for s in yaml.safe_load((ROOT / "hooks/github/action.yml").read_text())["runs"]["steps"]
        if s.get("name") == "Install weightgate"
    )
    github_path = tmp_path / "github-path"
    env.update(
        GITHUB_ACTION_PATH=str(copy / "hooks/github"),
        RUNNER_TEMP=str(tmp_path / "runner-temp"),
        GITHUB_PATH=str(github_path),
        WG_VERSION="",
    )
    (tmp_path / "runner-temp").mkdir()
    result = subprocess.run(
        ["bash", "-c", step["run"]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    [bin_dir] = github_path.read_text().splitlines()
    version = subprocess.run(
        [f"{bin_dir}/weightgate", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"weightgate {__version__}"
