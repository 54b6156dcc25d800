"""The documentation of policies matches what ships: presets, README example, symlinks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from weightgate.policy.layer import layer
from weightgate.policy.load import presets
from weightgate.policy.source import parse_yaml

ROOT = Path(__file__).resolve().parents[2]


def test_required_presets_ship() -> None:
    assert set(presets()) >= {"default", "permissive", "commercial", "no-user-cap", "research"}


@pytest.mark.parametrize("name", presets())
def test_preset_is_linked_and_documented(name: str) -> None:
    link = ROOT / "policies" / f"{name}.yaml"
    assert link.is_symlink()
    assert link.resolve() == (ROOT / "src/weightgate/policy/presets" / f"{name}.yaml").resolve()
    assert f"## `{name}`" in (ROOT / "policies" / "README.md").read_text()
    assert f"builtin:{name}" in (ROOT / "README.md").read_text()


def test_readme_policy_example_is_valid() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Policies") :]
    example = re.search(r"```yaml\n(.+?)```", section, flags=re.S)
    assert example is not None
    lay = layer(parse_yaml(example.group(1), "README.md", None))
    assert lay.exceptions[0].paths == ("research/**",)
    assert lay.organization.regions == ("US", "DE")
