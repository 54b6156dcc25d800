"""Concurrent runs sharing one lockfile, and lockfiles that are broken in every way we know.

Eight `weightgate check` processes on different files of one repository write one lockfile at
once: no entry may be lost, the file must stay valid, every exit code must be sane. A corrupt,
truncated or mistyped lockfile stops the run with one line naming the file (exit 2): never a
silent pass, never a traceback, and the file is left as it was for the user to inspect.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakehub import FakeModel, serve
from weightgate.cli import main
from weightgate.resolve.facts import HubFacts
from weightgate.resolve.lock import render_lock

RUNS = 8
PER_FILE = 4
GUARD = 120  # seconds; only a deadlock would reach it
CODE = "import sys; from weightgate.cli import main; sys.exit(main(sys.argv[1:]))"


def models_of(n: int) -> list[str]:
    return [f"org/run{n}-m{m}" for m in range(PER_FILE)]


def write_sources(root: Path) -> None:
    for n in range(RUNS):
        lines = ["from transformers import AutoModel"]
        lines += [f'AutoModel.from_pretrained("{m}")' for m in [*models_of(n), "org/shared"]]
        (root / f"job{n}.py").write_text("\n".join(lines) + "\n", encoding="utf-8")


def start(root: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CODE, *args],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_all(root: Path, env: dict[str, str], *extra: str) -> list[tuple[int, str, str]]:
    procs = [start(root, env, "check", f"job{n}.py", *extra) for n in range(RUNS)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=GUARD)
        results.append((proc.returncode, out, err))
    return results


def test_eight_simultaneous_checks_share_one_lockfile(tmp_path: Path) -> None:
    write_sources(tmp_path)
    with serve() as hub:
        hub.delay = 0.05  # each answer takes a little while, so the runs overlap
        hub.add(FakeModel("org/shared", license="apache-2.0", base_model="org/base"))
        hub.add(FakeModel("org/base", license="apache-2.0"))
        for n in range(RUNS):
            for model in models_of(n):
                hub.add(FakeModel(model, license="mit"))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "WEIGHTGATE_"))}
        env.update(HF_ENDPOINT=hub.url, HF_HOME=str(tmp_path / ".hf"), NO_COLOR="1")

        first = run_all(tmp_path, env)
        requests_after_first = len(hub.requests)
        second = run_all(tmp_path, env, "--locked", "--format", "json")
        assert len(hub.requests) == requests_after_first  # the lockfile answered everything

    for code, out, err in first:
        assert code in (0, 1), err  # 1: this run added entries to the lockfile
        assert "Traceback" not in out + err
        assert "error[" not in out  # no findings: every model is MIT or Apache
        assert code == 0 or "updated weightgate.lock" in err
    assert any(code == 1 for code, _, _ in first)
    for code, out, err in second:
        assert code == 0, err + out
        assert json.loads(out)["findings"] == []

    text = (tmp_path / "weightgate.lock").read_text("utf-8")
    entries = json.loads(text)["models"]
    expected = {m for n in range(RUNS) for m in models_of(n)} | {"org/shared", "org/base"}
    assert {e["id"] for e in entries} == expected
    assert len(entries) == len(expected)
    facts = {e["id"]: HubFacts.from_json(e) for e in entries}
    assert render_lock({f.key: f for f in facts.values()}) == text  # canonical rendering
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


VALID = render_lock(
    {
        ("org/a", None): HubFacts("org/a", sha="a" * 40, license="mit"),
        ("org/b", "v1"): HubFacts("org/b", "v1", sha="b" * 40, license="apache-2.0"),
    }
)


def entry_with(**fields: object) -> str:
    entry = {"id": "org/a", "sha": "a" * 40, "license": "mit", **fields}
    return json.dumps({"version": 1, "models": [entry]})


BROKEN: dict[str, str | bytes] = {
    "empty": "",
    "whitespace": "\n\n",
    "truncated-half": VALID[: len(VALID) // 2],
    "truncated-end": VALID[:-3],
    "truncated-one-entry": VALID[: VALID.index("}") + 1],
    "nul-in-string": VALID.replace('"org/a"', '"org/\x00a"', 1),
    "nul-padding": VALID + "\x00" * 16,  # what a crash mid-write can leave on some filesystems
    "invalid-utf8": VALID.encode().replace(b"org/a", b"org/\xff\xfe"),
    "top-level-list": "[]",
    "models-object": '{"version": 1, "models": {"org/a": {}}}',
    "version-string": '{"version": "1", "models": []}',
    "sha-number": entry_with(sha=12345),
    "revision-number": entry_with(revision=3),
    "gated-string": entry_with(gated="yes"),
    "base-models-string": entry_with(base_models="org/base"),
    "base-models-numbers": entry_with(base_models=[1, 2]),
    "detected-list": entry_with(detected=["non-commercial"]),
    "id-empty": entry_with(id=""),
    "id-missing": json.dumps({"version": 1, "models": [{"license": "mit"}]}),
    "status-unknown-word": entry_with(status="fine"),
    "license-object": entry_with(license={"id": "mit"}),
    "duplicate-entry": json.dumps(
        {
            "version": 1,
            "models": [
                {"id": "org/a", "sha": "a" * 40, "license": "mit"},
                {"id": "org/a", "sha": "a" * 40, "license": "cc-by-nc-4.0"},
            ],
        }
    ),
}


@pytest.mark.parametrize("command", ["check", "lock"])
@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_lockfile_is_one_line_exit_2(
    name: str, command: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = BROKEN[name]
    lock = workdir / "weightgate.lock"
    if isinstance(content, bytes):
        lock.write_bytes(content)
    else:
        lock.write_text(content, encoding="utf-8")
    before = lock.read_bytes()
    (workdir / "app.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("org/a")\n'
    )
    code = main([command, "--offline", "app.py"])
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert err.count("\n") == 1, err
    named = (f"weightgate: error: {lock}: ", "weightgate: error: weightgate.lock: ")
    assert err.startswith(named), err
    assert "lockfile" in err
    assert "Traceback" not in out + err
    assert lock.read_bytes() == before  # left for the user to inspect, never rebuilt silently


def test_a_lockfile_that_is_a_directory_is_exit_2(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "weightgate.lock").mkdir()
    (workdir / "app.py").write_text('AutoModel.from_pretrained("org/a")\n')
    code = main(["check", "--offline", "app.py"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert "weightgate.lock" in err
