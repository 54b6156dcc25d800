"""Bad input never crashes or hangs: one error naming the file, every other file still scanned."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from weightgate.scan import scan_paths

GOOD = 'from transformers import AutoModel\nAutoModel.from_pretrained("google/gemma-2b")\n'
BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)
BAD = {
    "binary.py": b"\x00\x01from_pretrained\x00" * 100,
    "latin1.yaml": "model: caf\xe9/x\n".encode("latin-1"),
    "syntax.py": b'from_pretrained("a/b"\ndef (:\n',
    "broken.yaml": b"model: [unclosed\n  - : :\n",
    "broken.json": b'{"model": "a/b",,}',
    "broken.toml": b'model = "a/b\n',
    "broken.ipynb": b'{"cells": [',
    "bomb.yaml": BOMB.encode(),
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "deep.yaml": b"[" * 50_000 + b"]" * 50_000,
}


def test_each_bad_file_is_one_error_and_good_files_still_scan(tmp_path: Path) -> None:
    for name, data in BAD.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.py").write_text(GOOD)
    result = scan_paths(["."], tmp_path)
    assert [r.id for r in result.refs] == ["google/gemma-2b"]
    by_file: dict[str, int] = {}
    for error in result.errors:
        by_file[error.path] = by_file.get(error.path, 0) + 1
    expected = set(BAD) - {"bomb.yaml"}  # the bomb is bounded, not an error
    assert expected <= set(by_file)
    assert all(count == 1 for count in by_file.values())


def test_huge_single_line_is_skipped_with_an_error(tmp_path: Path) -> None:
    with (tmp_path / "huge.json").open("wb") as out:
        out.write(b'{"model": "' + b"a" * 11_000_000 + b'"}')
    result = scan_paths(["."], tmp_path)
    [error] = result.errors
    assert error.path == "huge.json"
    assert "larger than" in error.message


def test_alias_bomb_is_linear(tmp_path: Path) -> None:
    (tmp_path / "bomb.yaml").write_text(BOMB + "model: org1/real-model\n")
    result = scan_paths(["."], tmp_path)
    assert [r.id for r in result.refs] == ["org1/real-model"]


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
def test_symlink_loop_and_escape(tmp_path: Path) -> None:
    repo, outside = tmp_path / "repo", tmp_path / "outside"
    repo.mkdir()
    outside.mkdir()
    (outside / "secret.yaml").write_text("model: org1/outside\n")
    (repo / "escape.yaml").symlink_to(outside / "secret.yaml")
    (repo / "loop.yaml").symlink_to(repo / "loop.yaml")
    (repo / "sub").mkdir()
    (repo / "sub" / "back").symlink_to(repo)
    (repo / "good.py").write_text(GOOD)
    result = scan_paths(["."], repo)
    assert [r.id for r in result.refs] == ["google/gemma-2b"]
    assert {e.path for e in result.errors} == {"escape.yaml", "loop.yaml"}


def test_malformed_notebook_cells_do_not_hide_the_rest(tmp_path: Path) -> None:
    nb = {
        "cells": [
            {"cell_type": "code", "source": ["AutoModel.from_pretrained(\n", "def (:\n"]},
            {"cell_type": "code", "source": ['AutoModel.from_pretrained("google/gemma-2b")']},
        ]
    }
    (tmp_path / "n.ipynb").write_text(json.dumps(nb, indent=1))
    result = scan_paths(["."], tmp_path)
    assert [r.id for r in result.refs] == ["google/gemma-2b"]
    assert len(result.errors) == 1


def test_deeply_nested_brackets_in_javascript_and_go(tmp_path: Path) -> None:
    """Each bracket's closing is looked for once (nested lists, maps and calls cost one walk):
    20,000 levels read in well under a second, where one walk per level took minutes."""
    depth = 20_000
    (tmp_path / "lists.js").write_text("// a/b\nx = " + "[models: " * depth + "]" * depth)
    (tmp_path / "maps.ts").write_text("x = " + "{models = " * depth + "}" * depth)
    (tmp_path / "client.go").write_text("// ollama\n" + "Ollama(" * depth)  # never closed
    (tmp_path / "good.py").write_text(GOOD)
    result = scan_paths(["."], tmp_path)
    assert [r.id for r in result.refs] == ["google/gemma-2b"]
    assert result.errors == ()
