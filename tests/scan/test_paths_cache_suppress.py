"""Path filtering, the content-hash cache and inline suppressions."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from weightgate.scan import scan_paths
from weightgate.scan.cache import SCANNER_VERSION, digest

LOADER = 'AutoModel.from_pretrained("{}")\n'


def _write(root: Path, name: str, text: str) -> None:
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(text)


def test_walk_skips_gitignored_vendored_and_ignore_globs(tmp_path: Path) -> None:
    _write(tmp_path, "app.py", LOADER.format("org1/app"))
    _write(tmp_path, ".gitignore", "build/\n*.gen.py\n")
    _write(tmp_path, "build/x.py", LOADER.format("org1/build"))
    _write(tmp_path, "a.gen.py", LOADER.format("org1/gen"))
    _write(tmp_path, "node_modules/p/x.py", LOADER.format("org1/node"))
    _write(tmp_path, "third_party/x.py", LOADER.format("org1/vendored"))
    _write(tmp_path, "tests/fixtures/x.py", LOADER.format("org1/fixture"))
    result = scan_paths(["."], tmp_path, ["tests/fixtures/**"])
    assert [r.id for r in result.refs] == ["org1/app"]
    # named explicitly (what pre-commit does): vendored files are scanned, ignore-paths still apply
    explicit = scan_paths(["third_party/x.py", "tests/fixtures/x.py"], tmp_path, ["tests/**"])
    assert [r.id for r in explicit.refs] == ["org1/vendored"]


def test_git_repository_lists_tracked_and_unignored_files(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    _write(tmp_path, ".gitignore", "secret/\n")
    _write(tmp_path, "secret/x.py", LOADER.format("org1/secret"))
    _write(tmp_path, "app.py", LOADER.format("org1/app"))
    assert [r.id for r in scan_paths([], tmp_path).refs] == ["org1/app"]


def test_rescan_uses_cache_and_notices_changes(tmp_path: Path, scan_cache: Path) -> None:
    root = tmp_path / "repo"
    _write(root, "app.py", LOADER.format("org1/first"))
    first = scan_paths(["."], root)
    [cache_file] = list(scan_cache.glob("*.json"))
    assert scan_paths(["."], root) == first
    _write(root, "app.py", LOADER.format("org1/second"))
    assert [r.id for r in scan_paths(["."], root).refs] == ["org1/second"]
    cache_file.write_text("{not json")
    assert [r.id for r in scan_paths(["."], root).refs] == ["org1/second"]
    entry = [digest((root / "app.py").read_bytes()), [{"bad": 1}], []]
    bad = {"version": SCANNER_VERSION, "files": {"app.py": entry}}
    cache_file.write_text(json.dumps(bad))
    assert [r.id for r in scan_paths(["."], root).refs] == ["org1/second"]


def test_inline_suppressions(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "app.py",
        "# weightgate: ignore[user-cap,output-restriction] approved by legal (LEGAL-42)\n"
        + LOADER.format("org1/above")
        + LOADER.format("org1/none")
        + LOADER.format("org1/same").rstrip("\n")
        + "  # weightgate: ignore[*] internal test model\n\n"
        + LOADER.format("org1/no-reason").rstrip("\n")
        + "  # weightgate: ignore[user-cap]\n",
    )
    _write(tmp_path, "c.yaml", "# weightgate: ignore[non-commercial] research only\nmodel: a1/b\n")
    _write(tmp_path, "d.md", "<!-- weightgate: ignore[gated] ok -->\nhttps://huggingface.co/a2/b\n")
    result = scan_paths(["."], tmp_path)
    sup = {r.id: [(s.rules, s.reason) for s in r.suppressions] for r in result.refs}
    assert sup["org1/above"] == [
        (("user-cap", "output-restriction"), "approved by legal (LEGAL-42)")
    ]
    assert sup["org1/none"] == []
    assert sup["org1/same"] == [(("*",), "internal test model")]
    assert sup["org1/no-reason"] == []
    assert sup["a1/b"] == [(("non-commercial",), "research only")]
    assert sup["a2/b"] == [(("gated",), "ok")]
    [error] = result.errors
    assert (error.path, error.line) == ("app.py", 6)


def test_suppression_text_inside_a_python_string_is_not_a_comment(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "docs.py",
        'HINT = "# weightgate: ignore["  # how users write it\n'
        + 'EXAMPLE = "x  # weightgate: ignore[user-cap]"\n'
        + LOADER.format("org1/after"),
    )
    result = scan_paths(["."], tmp_path)
    assert result.errors == ()
    assert [r.suppressions for r in result.refs if r.id == "org1/after"] == [()]


def test_a_reasoned_suppression_waives_a_templated_id(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "compose.yaml",
        "services:\n  tgi:\n    environment:\n"
        "      # weightgate: ignore[templated] set per deployment, each checked in deploy/\n"
        "      MODEL_ID: ${MODEL_ID}\n"
        "      DRAFT_MODEL: ${DRAFT}\n",
    )
    result = scan_paths(["."], tmp_path)
    assert [(e.path, e.line) for e in result.errors] == [("compose.yaml", 6)]


def test_a_misspelled_rule_in_a_suppression_is_an_error(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "app.py",
        LOADER.format("org1/typo").rstrip("\n") + "  # weightgate: ignore[usercap] approved\n",
    )
    result = scan_paths(["."], tmp_path)
    [error] = result.errors
    assert (error.path, error.line) == ("app.py", 1)
    assert "unknown rule 'usercap' (did you mean 'user-cap'?)" in error.message
    assert [r.suppressions for r in result.refs] == [()]


def test_ignore_paths_apply_to_files_named_explicitly(tmp_path: Path) -> None:
    _write(tmp_path, "tests/fixtures/app.py", LOADER.format("org1/fixture"))
    _write(tmp_path, "app.py", LOADER.format("org1/real"))
    result = scan_paths(["tests/fixtures/app.py", "app.py"], tmp_path, ["tests/fixtures/**"])
    assert [r.id for r in result.refs] == ["org1/real"]


def test_files_deleted_but_still_tracked_by_git_are_not_errors(tmp_path: Path) -> None:
    _write(tmp_path, "gone.py", LOADER.format("org1/gone"))
    _write(tmp_path, "app.py", LOADER.format("org1/here"))
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
        "HOME": str(tmp_path),
        "PATH": os.environ["PATH"],
    }
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "x"]):
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True, capture_output=True)
    (tmp_path / "gone.py").unlink()
    result = scan_paths([], tmp_path)
    assert result.errors == ()
    assert [r.id for r in result.refs] == ["org1/here"]


@pytest.mark.parametrize("name", ["README.md", "guide.markdown", "index.rst", "page.mdx"])
def test_a_suppression_quoted_in_markdown_prose_is_an_example(tmp_path: Path, name: str) -> None:
    from tests.scan.helpers import scan_one

    readme = (
        "Waive one line with `# weightgate: ignore[rule-id] reason`.\n"
        "See https://huggingface.co/acme/chat-7b <!-- weightgate: ignore[user-cap] legal ok -->\n"
    )
    refs, errors = scan_one(tmp_path, name, readme)
    assert errors == []
    assert {(line, ident) for line, _c, ident, _k in refs} == {(2, "acme/chat-7b")}


def test_every_family_has_a_scanner_imported_on_first_use() -> None:
    from weightgate.scan import _NAMES, _SUFFIXES, FAMILIES, scanner

    assert set(_SUFFIXES.values()) | set(_NAMES.values()) <= set(FAMILIES)
    for fam in FAMILIES:
        assert callable(scanner(fam)), fam
    assert scanner("yaml").__name__ == "scan_yaml"
    assert scanner("env").__name__ == "scan_env"


def test_a_large_tree_scanned_in_processes_reports_what_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are dealt to the worker processes by size; entries come back in walk order."""
    from weightgate import scan

    tree = tmp_path / "tree"
    for i in range(scan.PARALLEL_ABOVE + 20):
        padding = "# filler\n" * (i % 37) * 40  # sizes that differ, so dealing reorders them
        text = padding + (LOADER.format(f"org{i % 7}/model-{i}") if i % 3 else "x = 1\n")
        _write(tree, f"pkg{i % 5}/m{i}.py", text)
    (tree / "pkg0" / "bad.json").write_text("{not json")
    monkeypatch.setenv("WEIGHTGATE_CACHE_DIR", str(tmp_path / "cache1"))
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    serial = scan_paths(["."], tree)
    monkeypatch.setenv("WEIGHTGATE_CACHE_DIR", str(tmp_path / "cache2"))
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    parallel = scan_paths(["."], tree)
    assert parallel == serial
    assert len(serial.refs) == 280
    assert len(serial.errors) == 1


def test_the_collectors_threshold_is_raised_only_while_files_are_scanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from weightgate import scan

    seen: list[tuple[int, int, int]] = []
    real = getattr(scan, "read_entry")  # noqa: B009 (not among the package's exports)

    def spying(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)

    monkeypatch.setattr(scan, "read_entry", spying)
    monkeypatch.setenv("WEIGHTGATE_CACHE_DIR", str(tmp_path / "cache"))
    before = gc.get_threshold()
    _write(tmp_path / "tree", "load.py", LOADER.format("acme/x-1b"))
    result = scan_paths(["."], tmp_path / "tree")
    assert [r.id for r in result.refs] == ["acme/x-1b"]
    assert seen
    assert all(t[0] == scan._GC_THRESHOLD for t in seen)
    assert gc.get_threshold() == before
