"""The lockfile: deterministic, validated, atomic and safe under concurrent writers."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from weightgate.cli import main
from weightgate.errors import WeightgateError
from weightgate.resolve.facts import HubFacts
from weightgate.resolve.lock import read_lock, render_lock, sidecar, write_lock

FULL = HubFacts(
    "org/m",
    "v1",
    canonical_id="Org/M",
    sha="a" * 40,
    license="other",
    license_name="acme",
    license_link="LICENSE",
    base_models=("org/base", "org/other"),
    base_model_relation="merge",
    gated=True,
    license_text_sha256="b" * 64,
    license_text="the text",
    detected={"terms": {"non-commercial": True}},
)


def test_round_trip_keeps_everything_but_the_text(tmp_path: Path) -> None:
    path = tmp_path / "weightgate.lock"
    plain = HubFacts("a/plain", license="mit", sha="c" * 40)
    assert write_lock(path, {FULL.key: FULL, plain.key: plain})
    back = read_lock(path)
    assert back[plain.key] == plain
    from dataclasses import replace

    assert back[FULL.key] == replace(FULL, license_text=None)
    assert "the text" not in path.read_text()


def test_rendering_is_deterministic_sorted_and_timeless(tmp_path: Path) -> None:
    a = HubFacts("z/last", license="mit")
    b = HubFacts("a/first", license="mit")
    c = HubFacts("a/first", "v2", license="mit")
    one = render_lock({a.key: a, b.key: b, c.key: c})
    two = render_lock({c.key: c, a.key: a, b.key: b})
    assert one == two
    ids = [(m["id"], m.get("revision")) for m in json.loads(one)["models"]]
    assert ids == [("a/first", None), ("a/first", "v2"), ("z/last", None)]
    assert "time" not in one.lower()
    assert "date" not in one.lower()


def test_unchanged_content_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "weightgate.lock"
    entry = HubFacts("a/b", license="mit")
    assert write_lock(path, {entry.key: entry})
    assert not write_lock(path, {entry.key: entry})
    assert not write_lock(path, {})  # merging nothing changes nothing


def test_add_merges_prune_replaces(tmp_path: Path) -> None:
    path = tmp_path / "weightgate.lock"
    old, new = HubFacts("a/old", license="mit"), HubFacts("a/new", license="mit")
    write_lock(path, {old.key: old})
    write_lock(path, {new.key: new})
    assert set(read_lock(path)) == {old.key, new.key}
    write_lock(path, {new.key: new}, prune=True)
    assert set(read_lock(path)) == {new.key}


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "weightgate.lock"

    def writer(n: int) -> None:
        for m in range(5):
            entry = HubFacts(f"w{n}/m{m}", license="mit")
            write_lock(path, {entry.key: entry})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(read_lock(path)) == 60
    assert not sidecar(path).exists()  # removed under the lock: nothing for `git add -A` to catch
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{"version": 2, "models": []}',
        '{"version": 1}',
        '{"version": 1, "models": [1]}',
        '{"version": 1, "models": [{"id": "a/b", "license": 5}]}',
        '{"version": 1, "models": [{"id": "a/b", "base_models": "x"}]}',
        '{"version": 1, "models": [{"id": "a/b", "status": "fine"}]}',
        "<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> branch\n",
    ],
)
def test_corrupt_lockfile_is_a_one_line_exit_2(
    text: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "weightgate.lock").write_text(text)
    (workdir / "a.py").write_text("x = 1\n")
    code = main(["check", "a.py", "--offline"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert "weightgate.lock: corrupt lockfile" in err
    with pytest.raises(WeightgateError):
        read_lock(workdir / "weightgate.lock")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_new_lockfile_is_readable_like_any_file_the_user_creates(tmp_path: Path) -> None:
    """It is committed and read by CI users too: not mkstemp's private 0600."""
    path = tmp_path / "weightgate.lock"
    assert write_lock(path, {FULL.key: FULL})
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask()


def test_a_rewrite_keeps_the_lockfiles_mode(tmp_path: Path) -> None:
    path = tmp_path / "weightgate.lock"
    path.write_text(render_lock({}))
    path.chmod(0o640)
    assert write_lock(path, {FULL.key: FULL})
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_the_lockfile_does_not_record_which_endpoint_answered() -> None:
    """A mirror (HF_ENDPOINT) and huggingface.co must write the same, committable entry."""
    a = HubFacts(
        "x/gone",
        status="not-found",
        detail="GET https://hub.corp:8443/api/models/x/gone: repository not found",
    )
    b = HubFacts(
        "x/gone",
        status="not-found",
        detail="GET http://127.0.0.1:5555/api/models/x/gone: repository not found",
    )
    assert a.to_json() == b.to_json()
    assert a.to_json()["detail"] == "GET /api/models/x/gone: repository not found"


def test_a_lockfile_in_a_missing_directory_is_one_plain_line(tmp_path: Path) -> None:
    path = tmp_path / "ci" / "models.lock"
    with pytest.raises(WeightgateError) as caught:
        write_lock(path, {FULL.key: FULL})
    assert str(caught.value) == f"{path}: cannot write lockfile: No such file or directory"
