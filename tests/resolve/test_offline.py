"""Lockfile behaviour end to end: offline equivalence, add vs prune, refresh drift, --locked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fakehub import FakeHub, FakeModel
from weightgate.cli import main

OTHER_SHA = "fedcba9876543210fedcba9876543210fedcba98"
APP = """\
from transformers import AutoModel

AutoModel.from_pretrained("acme/chat")
AutoModel.from_pretrained("google/gemma-2-2b")
AutoModel.from_pretrained("org/custom")
AutoModel.from_pretrained("nobody/missing")
AutoModel.from_pretrained("org/pinned", revision="fedcba9876543210fedcba9876543210fedcba98")
AutoModel.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")
"""


def _populate(hub: FakeHub) -> None:
    hub.add(FakeModel("meta-llama/Llama-2-7b-hf", license="llama2", gated="manual"))
    hub.add(FakeModel("acme/chat", license="apache-2.0", base_model="meta-llama/Llama-2-7b-hf"))
    hub.add(FakeModel("google/gemma-2-2b", license="mit", gated="auto"))
    hub.add(FakeModel("org/custom", license="other", files={"LICENSE": "Custom terms.\n"}))
    old = FakeModel("org/pinned", license="cc-by-nc-4.0", sha=OTHER_SHA)
    hub.add(FakeModel("org/pinned", license="mit", revisions={"v1": old}))
    hub.add(FakeModel("sentence-transformers/all-MiniLM-L6-v2", license="apache-2.0"))


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main([*args, "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def _without_source(models: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in m.items() if k != "source"} for m in models]


@pytest.mark.parametrize("how", ["flag", "env"])
def test_offline_with_a_complete_lock_gives_the_online_verdict(
    how: str,
    hub: FakeHub,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _populate(hub)
    (workdir / "app.py").write_text(APP)
    online_code, online, _ = _cli(capsys, "check", "app.py")
    assert online_code == 1
    assert {f["rule"] for f in online["findings"]} >= {"user-cap", "unresolved", "unknown"}
    lock = (workdir / "weightgate.lock").read_text()
    assert "meta-llama/Llama-2-7b-hf" in lock  # ancestors are locked too
    hub.requests.clear()
    if how == "env":
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
        offline_code, offline, _ = _cli(capsys, "check", "app.py")
    else:
        offline_code, offline, _ = _cli(capsys, "check", "app.py", "--offline")
    assert hub.requests == []
    assert offline["findings"] == online["findings"]
    assert _without_source(offline["models"]) == _without_source(online["models"])
    assert offline_code == 1  # the same findings fail it; the lockfile is not rewritten
    assert (workdir / "weightgate.lock").read_text() == lock


def test_offline_without_an_entry_is_unresolved_with_the_command(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "app.py").write_text('AutoModel.from_pretrained("org/unlocked")\n')
    code, doc, _ = _cli(capsys, "check", "app.py", "--offline")
    assert code == 1
    [finding] = doc["findings"]
    assert finding["rule"] == "unresolved"
    assert doc["models"][0]["status"] == "offline"
    assert hub.requests == []
    assert not (workdir / "weightgate.lock").exists()


def test_hook_run_adds_entries_and_never_prunes(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(hub)
    (workdir / "a.py").write_text('AutoModel.from_pretrained("google/gemma-2-2b")\n')
    (workdir / "b.py").write_text('AutoModel.from_pretrained("acme/chat")\n')
    _cli(capsys, "check", "a.py")
    _cli(capsys, "check", "b.py")
    ids = {m["id"] for m in json.loads((workdir / "weightgate.lock").read_text())["models"]}
    assert ids == {"google/gemma-2-2b", "acme/chat", "meta-llama/Llama-2-7b-hf"}


def test_full_lock_prunes_path_lock_does_not(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(hub)
    (workdir / "a.py").write_text('AutoModel.from_pretrained("google/gemma-2-2b")\n')
    (workdir / "b.py").write_text('AutoModel.from_pretrained("acme/chat")\n')
    assert _cli(capsys, "lock")[0] == 0
    (workdir / "b.py").write_text("nothing = 1\n")
    assert _cli(capsys, "lock", "a.py")[0] == 0
    locked = json.loads((workdir / "weightgate.lock").read_text())["models"]
    assert len(locked) == 3
    code, _, err = _cli(capsys, "lock")
    assert code == 0
    assert "wrote weightgate.lock (1 model(s))" in err
    locked = json.loads((workdir / "weightgate.lock").read_text())["models"]
    assert [m["id"] for m in locked] == ["google/gemma-2-2b"]


def test_lock_json_names_the_knowledge_base_like_check(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(hub)
    (workdir / "a.py").write_text('AutoModel.from_pretrained("google/gemma-2-2b")\n')
    _, locked, _ = _cli(capsys, "lock")
    _, checked, _ = _cli(capsys, "check", "--offline")
    assert locked["knowledge_base"] == checked["knowledge_base"] != ""


def test_the_update_note_names_the_lockfile_written(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(hub)
    (workdir / "a.py").write_text('AutoModel.from_pretrained("google/gemma-2-2b")\n')
    (workdir / "ci").mkdir()
    code, _, err = _cli(capsys, "check", "--lockfile", "ci/models.lock")
    assert code == 1
    assert "updated ci/models.lock; stage it" in err
    assert (workdir / "ci" / "models.lock").exists()
    assert not (workdir / "weightgate.lock").exists()


def test_lock_reports_models_it_cannot_lock(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "a.py").write_text('AutoModel.from_pretrained("org/down")\n')
    from tests.fakehub import Fault

    hub.faults["org/down"] = Fault(status=400)
    code, _, err = _cli(capsys, "lock")
    assert code == 1
    assert "org/down: not locked (unreachable)" in err


def test_refresh_reports_license_drift_and_updates_the_lock(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(hub)
    (workdir / "app.py").write_text(APP)
    assert _cli(capsys, "lock")[0] == 0
    hub.models["meta-llama/Llama-2-7b-hf"].license = "mit"  # upstream relicensed
    hub.models["org/pinned"].revisions["v1"].license = "apache-2.0"  # a commit: not re-queried
    hub.requests.clear()
    code, doc, _ = _cli(capsys, "lock", "--refresh")
    assert code == 1
    [drift] = doc["findings"]
    assert drift["rule"] == "license-changed"
    assert drift["model"] == "acme/chat"
    assert drift["via"] == ["meta-llama/Llama-2-7b-hf"]
    assert "was llama2, now mit" in drift["message"]
    assert not any(r.startswith("/api/models/org/pinned") for r in hub.requests)
    lock = (workdir / "weightgate.lock").read_text()
    assert '"license": "llama2"' not in lock
    code, doc, _ = _cli(capsys, "lock", "--refresh")
    assert doc["findings"] == []


def test_locked_fails_without_writing(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(hub)
    (workdir / "app.py").write_text('AutoModel.from_pretrained("acme/chat")\n')
    code, doc, _ = _cli(capsys, "check", "app.py", "--locked")
    assert code == 1
    assert [f["rule"] for f in doc["findings"]].count("lock-outdated") == 1
    assert not (workdir / "weightgate.lock").exists()
    assert _cli(capsys, "lock")[0] == 0
    code, doc, _ = _cli(capsys, "check", "app.py", "--locked")
    assert "lock-outdated" not in [f["rule"] for f in doc["findings"]]
    # a missing ancestor is outdated too
    lock = json.loads((workdir / "weightgate.lock").read_text())
    lock["models"] = [m for m in lock["models"] if m["id"] != "meta-llama/Llama-2-7b-hf"]
    (workdir / "weightgate.lock").write_text(json.dumps(lock))
    code, doc, _ = _cli(capsys, "check", "app.py", "--locked", "--offline")
    outdated = [f for f in doc["findings"] if f["rule"] == "lock-outdated"]
    assert code == 1
    assert outdated[0]["via"] == ["meta-llama/Llama-2-7b-hf"]


def test_lock_locked_flags_stale_entries_at_their_line(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(hub)
    (workdir / "a.py").write_text('AutoModel.from_pretrained("google/gemma-2-2b")\n')
    (workdir / "b.py").write_text('AutoModel.from_pretrained("org/custom")\n')
    _cli(capsys, "lock")
    assert _cli(capsys, "lock", "--locked")[0] == 0
    (workdir / "b.py").write_text("\n")
    before = (workdir / "weightgate.lock").read_text()
    code, doc, _ = _cli(capsys, "lock", "--locked")
    assert code == 1
    [stale] = doc["findings"]
    assert (stale["rule"], stale["path"], stale["model"]) == (
        "lock-outdated",
        "weightgate.lock",
        "org/custom",
    )
    assert '"id": "org/custom"' in before.splitlines()[stale["line"] - 1]
    assert (workdir / "weightgate.lock").read_text() == before


def test_locked_run_needs_no_request_and_no_hub_import(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _populate(hub)
    (workdir / "app.py").write_text(APP)
    _cli(capsys, "lock")
    hub.requests.clear()
    probe = (
        "import sys\n"
        "from weightgate.cli import main\n"
        "code = main(['check', 'app.py', '--format', 'json', '-q'])\n"
        "print('IMPORTED' if 'huggingface_hub' in sys.modules else 'NOT-IMPORTED', code)\n"
    )
    env = {**os.environ, "HF_ENDPOINT": hub.url}
    env.pop("HF_HUB_OFFLINE", None)
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == "NOT-IMPORTED 1", done.stderr
    assert hub.requests == []


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--timeout", "0"], None, "must be positive"),
        ([], "soon", "WEIGHTGATE_HUB_TIMEOUT='soon' is not a number"),
        (["--timeout", "inf"], None, "at most 86400 seconds, got inf"),
        (["--timeout", "1e12"], None, "at most 86400 seconds"),
        ([], "inf", "at most 86400 seconds, got inf"),
    ],
)
def test_bad_time_budget_is_a_usage_error(
    args: list[str],
    env: str | None,
    message: str,
    *,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if env is not None:
        monkeypatch.setenv("WEIGHTGATE_HUB_TIMEOUT", env)
    (workdir / "a.py").write_text("x = 1\n")
    assert main(["check", "a.py", *args]) == 2
    assert message in capsys.readouterr().err


def test_time_budget_from_the_environment(
    hub: FakeHub,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.fakehub import Fault

    hub.faults["org/slow"] = Fault(hang=3.0)
    monkeypatch.setenv("WEIGHTGATE_HUB_TIMEOUT", "0.3")
    (workdir / "a.py").write_text('AutoModel.from_pretrained("org/slow")\n')
    code, doc, _ = _cli(capsys, "check", "a.py")
    assert code == 1
    assert doc["models"][0]["status"] == "unreachable"
    assert "0.3s" in doc["findings"][0]["message"]


def test_refresh_offline_is_a_usage_error(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lock", "--refresh", "--offline"]) == 2
    assert "--refresh needs the network" in capsys.readouterr().err


def test_refresh_keeps_entries_the_hub_cannot_answer_now(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.fakehub import Fault

    _populate(hub)
    (workdir / "app.py").write_text('AutoModel.from_pretrained("acme/chat")\n')
    assert _cli(capsys, "lock")[0] == 0
    before = (workdir / "weightgate.lock").read_text()
    hub.faults["acme/chat"] = Fault(status=503, retry_after="0")
    hub.faults["meta-llama/Llama-2-7b-hf"] = Fault(hang=3.0)
    code, doc, err = _cli(capsys, "lock", "--refresh", "--timeout", "0.3")
    assert code == 0
    assert doc["findings"] == []
    assert "acme/chat: kept the locked entry" in err
    assert "meta-llama/Llama-2-7b-hf: kept the locked entry" in err
    assert (workdir / "weightgate.lock").read_text() == before
