"""The REAL pre-commit, installing this repository as a hook repo, blocking and allowing commits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.e2e.gitrepo import (
    EXCEPTION,
    commit_all,
    copy_of_this_repository,
    git,
    git_env,
    llama_project,
)


@pytest.mark.slow
def test_commit_blocked_then_allowed_by_an_exception(tmp_path: Path) -> None:
    env = git_env(tmp_path / "home")
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"
    sha = copy_of_this_repository(tmp_path / "hook-repo", env)
    repo = llama_project(tmp_path / "project", env)
    config = {
        "repos": [
            {
                "repo": str(tmp_path / "hook-repo"),
                "rev": sha,
                "hooks": [{"id": "weightgate", "args": ["--offline"]}],
            }
        ]
    }
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    install = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr

    blocked = commit_all(repo, env, "use Llama 2")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "weightgate (model licenses)" in output
    assert "Failed" in output
    assert "train.py:3:" in output
    assert "error[user-cap]" in output
    assert "help: " in output
    assert git(repo, env, "rev-parse", "--verify", "HEAD").returncode != 0  # nothing committed

    (repo / ".weightgate.yaml").write_text(EXCEPTION)
    allowed = commit_all(repo, env, "use Llama 2 (approved)")
    output = allowed.stdout + allowed.stderr
    assert allowed.returncode == 0, output
    assert "weightgate (model licenses)" in output
    assert "Passed" in output
    assert git(repo, env, "rev-parse", "--verify", "HEAD").returncode == 0


@pytest.mark.slow
def test_locked_hook_runs_offline_and_blocks_an_unlocked_model(tmp_path: Path) -> None:
    """`weightgate-locked` (for pre-commit.ci): answered by the lockfile only, never writes it."""
    env = git_env(tmp_path / "home")
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"
    env["HF_ENDPOINT"] = "http://127.0.0.1:9"  # nothing listens: any request would fail the run
    sha = copy_of_this_repository(tmp_path / "hook-repo", env)
    repo = llama_project(tmp_path / "project", env)
    (repo / ".weightgate.yaml").write_text(EXCEPTION)
    config = {"repos": [{"repo": str(tmp_path / "hook-repo"), "rev": sha,
                         "hooks": [{"id": "weightgate-locked"}]}]}  # fmt: skip
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, check=True)
    lock_before = (repo / "weightgate.lock").read_text()

    allowed = commit_all(repo, env, "approved Llama 2, answered by the lockfile")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr

    (repo / "serve.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("acme/new-model")\n'
    )
    blocked = commit_all(repo, env, "a model the lockfile does not know")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "serve.py:2:" in output
    assert "lock-outdated" in output
    assert (repo / "weightgate.lock").read_text() == lock_before
