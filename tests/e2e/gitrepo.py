"""Temporary git repositories for the integration tests: real git, isolated configuration."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent  # where this venv's `weightgate` and `pre-commit` live

TRAIN = """\
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-2-7b-hf")
"""
LOCK = {
    "version": 1,
    "models": [
        {
            "id": "meta-llama/Llama-2-7b-hf",
            "license": "llama2",
            "sha": "01c7f73d771dfac7d292323805ebc428287df4f9",
            "gated": True,
            "status": "ok",
        }
    ],
}
EXCEPTION = """\
version: 1
exceptions:
  - model: meta-llama/Llama-2-7b-hf
    license: llama2
    reason: approved by legal (LEGAL-42)
    expires: 2099-12-31
"""


def git_env(home: Path) -> dict[str, str]:
    """The caller's environment with a private git identity and no user/system git config."""
    config = home / "gitconfig"
    if not config.exists():
        home.mkdir(parents=True, exist_ok=True)
        config.write_text(
            "[user]\n\tname = Test\n\temail = test@example.com\n"
            "[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n"
        )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        GIT_CONFIG_GLOBAL=str(config),
        GIT_CONFIG_NOSYSTEM="1",
        NO_COLOR="1",
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    env.pop("HF_TOKEN", None)
    return env


def git(repo: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False
    )


def init_repo(path: Path, env: dict[str, str]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    assert git(path, env, "init", "-q").returncode == 0
    return path


def commit_all(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    assert git(repo, env, "add", "-A").returncode == 0
    return git(repo, env, "commit", "-m", message)


def copy_of_this_repository(dest: Path, env: dict[str, str]) -> str:
    """The worktree's tracked (and new, unignored) files, committed in a fresh repo: its sha."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=True,
    ).stdout.decode()
    init_repo(dest, env)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    result = commit_all(dest, env, "weightgate under test")
    assert result.returncode == 0, result.stderr
    return git(dest, env, "rev-parse", "HEAD").stdout.strip()


def llama_project(path: Path, env: dict[str, str]) -> Path:
    """A target repository whose train.py loads Llama 2, with a lockfile answering it."""
    repo = init_repo(path, env)
    (repo / "train.py").write_text(TRAIN)
    (repo / "weightgate.lock").write_text(json.dumps(LOCK, indent=2, sort_keys=True) + "\n")
    return repo
