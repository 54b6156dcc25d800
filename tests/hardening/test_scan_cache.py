"""The content-hash scan cache under concurrency and corruption: a cache never changes an answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

LOADER = 'from transformers import AutoModel\nAutoModel.from_pretrained("org{n}/model-{n}")\n'


def _repo(root: Path, files: int) -> None:
    root.mkdir()
    for n in range(files):
        (root / f"m{n}.py").write_text(LOADER.format(n=n))
        (root / f"c{n}.yaml").write_text(f"model_name_or_path: cfg{n}/model-{n}\n")


def _scan(root: Path, cache: Path, *paths: str) -> list[tuple[str, int, str]]:
    run = subprocess.run(
        [sys.executable, "-m", "weightgate", "scan", "--format", "json", *paths],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "WEIGHTGATE_CACHE_DIR": str(cache)},
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    doc = json.loads(run.stdout)
    return sorted((r["path"], r["line"], r["id"]) for r in doc["refs"])


def test_eight_simultaneous_scans_share_one_cache(tmp_path: Path) -> None:
    root, cache = tmp_path / "repo", tmp_path / "cache"
    _repo(root, 16)
    expected = _scan(root, tmp_path / "cold-cache")
    with ThreadPoolExecutor(max_workers=8) as pool:
        subsets = [pool.submit(_scan, root, cache, f"m{n}.py", f"c{n}.yaml") for n in range(8)]
        full = [pool.submit(_scan, root, cache) for _ in range(8)]
        for n, future in enumerate(subsets):
            assert future.result() == [r for r in expected if r[0] in (f"m{n}.py", f"c{n}.yaml")]
        for future in full:
            assert future.result() == expected
    for written in cache.rglob("*"):
        if written.is_file() and written.suffix == ".json":
            json.loads(written.read_text())  # every cache file left behind is whole
    assert _scan(root, cache) == expected


@pytest.mark.parametrize("damage", ["truncate", "garbage", "wrong-shape", "empty"])
def test_a_damaged_cache_is_rebuilt_not_trusted(tmp_path: Path, damage: str) -> None:
    root, cache = tmp_path / "repo", tmp_path / "cache"
    _repo(root, 3)
    expected = _scan(root, cache)
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert files, "the first scan wrote a cache"
    for path in files:
        text = path.read_text()
        path.write_text(
            {
                "truncate": text[: len(text) // 2],
                "garbage": "\x00\xff not json",
                "wrong-shape": json.dumps({"version": "x", "entries": [1, 2, 3]}),
                "empty": "",
            }[damage]
        )
    assert _scan(root, cache) == expected
    assert _scan(root, cache) == expected  # and the rebuilt cache answers the same
