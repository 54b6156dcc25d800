"""Project-level promises: README commands, CI script, hook manifest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.S)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_command = next(c for c in _readme_commands() if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text().splitlines()


def test_every_hook_id_is_documented() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    readme = (ROOT / "README.md").read_text()
    for hook in hooks:
        assert f"id: {hook['id']}" in readme
        assert hook["require_serial"] is True


def test_presets_are_shipped_from_policies_dir() -> None:
    for preset in (ROOT / "policies").glob("*.yaml"):
        assert (
            ROOT / "src/weightgate/policy/presets" / preset.name
        ).read_text() == preset.read_text()


def test_verbose_help_promises_only_what_verbose_does() -> None:
    """`-v` only adds tracebacks to internal errors; its help must not promise more detail."""
    from weightgate.cli import COMMANDS, build_parser

    parser = build_parser()
    for name in COMMANDS:
        sub = parser._subparsers._group_actions[0].choices[name]  # type: ignore[union-attr,index]
        helps = [a.help for a in sub._actions if "--verbose" in a.option_strings]
        assert helps in ([], ["show a traceback on an internal error"]), name


def test_scan_help_says_which_files_are_read(capsys: pytest.CaptureFixture[str]) -> None:
    from weightgate.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["scan", "--help"])
    assert exit_info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "reads Python, notebooks, JavaScript/TypeScript" in text
    assert "templated ids and unreadable files are listed under errors" in text
