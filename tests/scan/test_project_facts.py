"""What one file says about its project: Whisper sizes named in one file, the Hub Whisper
backend that downloads them imported in another (`scan/project.py`)."""

from __future__ import annotations

from pathlib import Path

from weightgate.scan import scan_paths

SIZES = '# Whisper model sizes the app offers\nMODEL_SIZES = ["tiny", "base", "small", "medium"]\n'
FASTER = "from faster_whisper import WhisperModel\n\nmodel = WhisperModel(SIZE)\n"
OPENAI = "import whisper\n\nmodel = whisper.load_model(SIZE)\n"
EXPECTED = {
    "Systran/faster-whisper-tiny",
    "Systran/faster-whisper-base",
    "Systran/faster-whisper-small",
    "Systran/faster-whisper-medium",
}


def _write(tmp: Path, files: dict[str, str]) -> None:
    root = tmp / "repo"  # beside the scan cache, which `scan_cache` puts in tmp_path
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def _ids(tmp: Path, paths: list[str], name: str = "config.py") -> set[str]:
    return {r.id for r in scan_paths(paths, tmp / "repo").refs if r.path.endswith(name)}


def test_sizes_are_models_where_another_file_imports_faster_whisper(tmp_path: Path) -> None:
    _write(tmp_path, {"app/config.py": SIZES})
    assert _ids(tmp_path, ["."]) == set()
    _write(tmp_path, {"app/transcribe.py": FASTER})
    assert _ids(tmp_path, ["."]) == EXPECTED


def test_openai_whisper_sizes_stay_no_hub_reference(tmp_path: Path) -> None:
    _write(tmp_path, {"config.py": SIZES, "transcribe.py": OPENAI})
    assert _ids(tmp_path, ["."]) == set()
    # a project that can use either library: its sizes may be openai-whisper's
    _write(tmp_path, {"fast.py": FASTER})
    assert _ids(tmp_path, ["."]) == set()
    (tmp_path / "repo" / "transcribe.py").unlink()
    assert _ids(tmp_path, ["."]) == EXPECTED
    # the file that loads openai-whisper itself is not changed by a fact stated elsewhere
    (tmp_path / "repo" / "fast.py").unlink()
    _write(tmp_path, {"config.py": OPENAI + SIZES, "requirements.txt": "faster-whisper>=1\n"})
    assert _ids(tmp_path, ["."]) == set()


def test_requirement_states_the_backend_and_a_mention_does_not(tmp_path: Path) -> None:
    readme = "# Notes\n\nPick a Whisper size: tiny, base, small or medium.\n"
    servers = "Talks to a Whisper server (whisper.cpp, faster-whisper-server, LocalAI).\n"
    _write(tmp_path, {"README.md": readme, "docs/servers.md": servers})
    assert _ids(tmp_path, ["."], "README.md") == set()
    _write(tmp_path, {"requirements.txt": "torch\nfaster-whisper==1.1.0\r\n"})
    assert _ids(tmp_path, ["."], "README.md") == EXPECTED


def test_each_directory_given_is_a_project_of_its_own(tmp_path: Path) -> None:
    _write(tmp_path, {"one/config.py": SIZES, "two/transcribe.py": FASTER})
    assert _ids(tmp_path, ["one", "two"]) == set()
    assert _ids(tmp_path, ["."]) == EXPECTED  # one repository holding both


def test_files_given_one_by_one_read_the_manifests(tmp_path: Path) -> None:
    """A pre-commit hook gives the changed files only: the working directory's requirements
    say which backend the project uses."""
    _write(tmp_path, {"config.py": SIZES})
    assert _ids(tmp_path, ["config.py"]) == set()
    _write(tmp_path, {"pyproject.toml": '[project]\ndependencies = ["faster-whisper"]\n'})
    assert _ids(tmp_path, ["config.py"]) == EXPECTED
    _write(tmp_path, {"pyproject.toml": '[project]\ndependencies = ["openai-whisper"]\n'})
    assert _ids(tmp_path, ["config.py"]) == set()


def test_cached_files_follow_a_fact_changed_elsewhere(tmp_path: Path, scan_cache: Path) -> None:
    _write(tmp_path, {"config.py": SIZES, "transcribe.py": FASTER})
    assert _ids(tmp_path, ["."]) == EXPECTED
    _write(tmp_path, {"transcribe.py": OPENAI})  # config.py unchanged: answered by the cache
    assert _ids(tmp_path, ["."]) == set()
    _write(tmp_path, {"transcribe.py": FASTER})
    assert _ids(tmp_path, ["."]) == EXPECTED
    assert list(scan_cache.glob("*.json"))
