"""The README's integration snippets are copy-pasteable: each one is extracted and validated."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from weightgate import __version__
from weightgate.cli import build_parser
from weightgate.commands.init import PRE_COMMIT_SNIPPET, REPO_URL
from weightgate.policy.load import parse_policy
from weightgate.report.formats import Format
from weightgate.report.rules import RULES

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
ACTION = yaml.safe_load((ROOT / "hooks/github/action.yml").read_text())


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def yaml_blocks() -> list[Any]:
    return [yaml.safe_load(b) for b in blocks("yaml")]


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, flags=re.S | re.M)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def weightgate_commands() -> list[list[str]]:
    """Every `weightgate ...` invocation in sh blocks and workflow `run:` steps."""
    lines = [line for b in blocks("sh") for line in b.splitlines()]
    lines += [
        step["run"]
        for doc in yaml_blocks()
        if isinstance(doc, (dict, list))
        for step in _steps(doc)
        if "run" in step
    ]
    out = []
    for line in lines:
        for part in re.split(r"&&|\|\|", line):
            words = shlex.split(part)
            if words and words[0] == "weightgate":
                out.append(words[1:])
    return out


def _steps(doc: Any) -> list[dict[str, Any]]:
    if isinstance(doc, dict) and "steps" in doc:
        return list(doc["steps"])
    if isinstance(doc, dict) and "jobs" in doc:
        return [s for job in doc["jobs"].values() for s in job.get("steps", [])]
    return []


def test_every_yaml_snippet_parses() -> None:
    assert len(blocks("yaml")) >= 6
    for doc in yaml_blocks():
        assert doc is not None


def test_pre_commit_snippets_use_real_hooks() -> None:
    ids = {h["id"] for h in HOOKS}
    configs = [d for d in yaml_blocks() if isinstance(d, dict) and "repos" in d]
    used = set()
    for config in configs:
        for repo in config["repos"]:
            assert repo["repo"] == REPO_URL
            assert repo["rev"] == f"v{__version__}"
            for hook in repo["hooks"]:
                assert hook["id"] in ids
                used.add(hook["id"])
    assert used == ids  # every shipped hook has a snippet
    assert PRE_COMMIT_SNIPPET in blocks("yaml")  # what `weightgate init` prints


def test_locked_hook_manifest() -> None:
    locked = next(h for h in HOOKS if h["id"] == "weightgate-locked")
    assert locked["entry"] == "weightgate check --offline --locked"
    assert locked["require_serial"] is True
    assert locked["language"] == "python"


def test_action_snippet_uses_existing_inputs() -> None:
    workflows = [d for d in yaml_blocks() if isinstance(d, dict) and "jobs" in d]
    [workflow] = workflows
    steps = _steps(workflow)
    [step] = [s for s in steps if s.get("uses", "").startswith("weightgate/weightgate/hooks/")]
    assert step["uses"] == f"weightgate/weightgate/hooks/github@v{__version__}"
    assert set(step["with"]) <= set(ACTION["inputs"])
    if step["with"].get("upload-sarif") == "true":
        assert workflow["permissions"]["security-events"] == "write"
    for name in ACTION["inputs"]:
        assert f"`{name}`" in section("GitHub Actions")  # every input is documented


def test_plain_workflow_uploads_the_sarif_it_wrote() -> None:
    [doc] = [d for d in yaml_blocks() if isinstance(d, dict) and "steps" in d and "jobs" not in d]
    steps = _steps(doc)
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["if"] == "always()"
    writes = [s["run"] for s in steps if "--format sarif" in s.get("run", "")]
    assert f"--output {upload['with']['sarif_file']}" in writes[0]


def test_gitlab_snippet_includes_the_shipped_template() -> None:
    [doc] = [d for d in yaml_blocks() if isinstance(d, dict) and "include" in d]
    [include] = doc["include"]
    prefix = f"https://raw.githubusercontent.com/weightgate/weightgate/v{__version__}/"
    assert include["remote"].startswith(prefix)
    template_path = ROOT / include["remote"][len(prefix) :]
    template = yaml.safe_load(template_path.read_text())
    assert set(doc["weightgate"]["variables"]) <= set(template["weightgate"]["variables"])


def test_git_hook_snippet_copies_a_real_file() -> None:
    [line] = [b for b in blocks("sh") if "hooks/git/pre-commit" in b]
    source = shlex.split(line)[1]
    assert (ROOT / source).is_file()


def test_weightgate_invocations_parse() -> None:
    commands = weightgate_commands()
    assert {c[0] for c in commands} >= {"check", "bom"}
    parser = build_parser()
    for argv in commands:
        try:
            parser.parse_args(argv)
        except SystemExit:  # pragma: no cover - the failure message is argparse's
            pytest.fail(f"README command does not parse: weightgate {shlex.join(argv)}")


def test_policy_snippets_load() -> None:
    policies = [b for b in blocks("yaml") if b.startswith("version: 1")]
    assert policies
    for text in policies:
        parse_policy(text, "README.md", ROOT)


def test_rules_and_formats_are_documented() -> None:
    rules = section("Rules")
    for rule in RULES:
        assert f'<a id="rule-{rule.id}"></a>`{rule.id}` | {rule.summary} | {rule.fix} |' in rules
    formats = section("Output formats")
    for fmt in Format:
        assert f"| `{fmt.value}` |" in formats
