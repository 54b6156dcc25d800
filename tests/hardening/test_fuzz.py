"""Property-based hostile input: scanners and the policy loader never crash, never pass silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from weightgate.errors import WeightgateError
from weightgate.policy import load_policy
from weightgate.scan import scan_paths

SUFFIXES = [".py", ".yaml", ".yml", ".json", ".toml", ".ipynb", ".env", ".cfg", ".ini", ".sh", ""]
NAMES = ["Dockerfile", "Modelfile", "docker-compose.yml", "README.md", "adapter_config.json"]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Fragments that steer random input towards what the parsers care about.
SEEDS = st.sampled_from(
    [
        "model: ",
        "from_pretrained(",
        '"meta-llama/Llama-2-7b-hf"',
        "{",
        "[",
        "&a ",
        "*a",
        "---\n",
        '{"cells": [',
        "FROM ",
        "--model ",
        "\x00",
        "\ud800",
        "# weightgate: ignore[",
        "hf://",
        "    ",
        "\n",
    ]
)
TEXT = st.lists(st.one_of(SEEDS, st.text(max_size=20)), max_size=30).map("".join)


def _write(path: Path, data: str | bytes) -> None:
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8", "surrogatepass"))
    else:
        path.write_bytes(data)


def _scan_one(tmp: Path, name: str, data: str | bytes) -> None:
    target = tmp / name
    _write(target, data)
    good = tmp / "good.py"
    good.write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("acme/good-model")\n'
    )
    result = scan_paths([name, "good.py"], tmp)
    # the well-formed neighbour is always still scanned
    assert any(r.id == "acme/good-model" and r.path == "good.py" for r in result.refs)
    for error in result.errors:
        assert error.path == name
        assert error.message
    assert len([e for e in result.errors if e.line is None or e.line >= 1]) == len(result.errors)


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), data=st.one_of(TEXT, st.binary(max_size=400)))
def test_random_input_never_crashes_a_scanner(
    tmp_path: Path, suffix: str, data: str | bytes
) -> None:
    _scan_one(tmp_path, f"input{suffix}", data)


@FUZZ
@given(name=st.sampled_from(NAMES), data=st.one_of(TEXT, st.binary(max_size=400)))
def test_random_input_never_crashes_special_files(
    tmp_path: Path, name: str, data: str | bytes
) -> None:
    _scan_one(tmp_path, name, data)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=400))
def test_truncated_notebook(tmp_path: Path, cut: int) -> None:
    cell = {
        "cell_type": "code",
        "source": ["from transformers import AutoModel\n", 'AutoModel.from_pretrained("org/nb")\n'],
        "metadata": {},
        "outputs": [],
        "execution_count": 1,
    }
    notebook = json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    _scan_one(tmp_path, "nb.ipynb", notebook[:cut])


@FUZZ
@given(text=TEXT)
def test_policy_loader_fails_with_one_clear_error(tmp_path: Path, text: str) -> None:
    (tmp_path / ".weightgate.yaml").write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        load_policy(None, tmp_path)
    except WeightgateError as exc:
        message = str(exc)
        assert message.startswith(".weightgate.yaml")
        assert "\n" not in message.strip() or "Traceback" not in message


def test_yaml_alias_bomb_is_an_error_not_a_hang(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i, prev in zip("bcdefghij", "abcdefghi", strict=True):
        bomb += (
            f"{i}: &{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        )
    bomb += "model: meta-llama/Llama-2-7b-hf\n"
    _scan_one(tmp_path, "bomb.yaml", bomb)


def test_policy_alias_bomb_is_a_config_error(tmp_path: Path) -> None:
    bomb = "x: &a [y, y, y, y, y, y, y, y, y]\n"
    for i, prev in zip("bcdefghij", "abcdefghi", strict=True):
        bomb += (
            f"{i}: &{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        )
    (tmp_path / ".weightgate.yaml").write_text(bomb)
    with pytest.raises(WeightgateError):
        load_policy(None, tmp_path)


@pytest.mark.parametrize("depth", [200, 5000, 100_000])
def test_deep_nesting(tmp_path: Path, depth: int) -> None:
    _scan_one(tmp_path, "deep.json", "[" * depth + "]" * depth)
    _scan_one(tmp_path, "deep.yaml", "[" * depth + "]" * depth)
    _scan_one(tmp_path, "deep.py", "x = " + "(" * depth + ")" * depth + "\n")


def test_huge_single_line(tmp_path: Path) -> None:
    line = "x" * (20 * 1024 * 1024)
    _scan_one(tmp_path, "huge.py", f'# {line}\nMODEL = "a/b"\n')
    _scan_one(tmp_path, "huge.yaml", f"k: {line}\n")


def test_symlink_loop_and_escape(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "loop").symlink_to(repo / "loop")
    (repo / "dir").mkdir()
    (repo / "dir" / "up").symlink_to(repo, target_is_directory=True)
    outside = tmp_path / "secret.py"
    outside.write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("org/outside")\n'
    )
    (repo / "escape.py").symlink_to(outside)
    (repo / "good.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("org/in")\n'
    )
    result = scan_paths([], repo)
    ids = {r.id for r in result.refs}
    assert "org/in" in ids
    assert "org/outside" not in ids
