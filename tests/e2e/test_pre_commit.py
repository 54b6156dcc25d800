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
