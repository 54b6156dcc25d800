"""HF_TOKEN is sent to the Hub and never appears in any output, log or file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.fakehub import FakeHub, FakeModel, Fault
from weightgate.cli import main

SECRET = "hf_SuperSecretToken0123456789"
APP = """\
from transformers import AutoModel
AutoModel.from_pretrained("corp/granted")
AutoModel.from_pretrained("corp/refused")
AutoModel.from_pretrained("corp/broken")
AutoModel.from_pretrained("corp/badtoken")
"""


@pytest.mark.parametrize("command", ["check", "lock"])
def test_token_never_in_output_logs_or_lockfile(
    command: str,
    *,
    hub: FakeHub,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HF_TOKEN", SECRET)
    hub.authorized_tokens.add(SECRET)
    hub.add(FakeModel("corp/granted", license="other", gated="manual", files={"LICENSE": "x"}))
    hub.add(FakeModel("corp/refused", license="other", gated="manual", files={"LICENSE": "x"}))
    hub.faults["corp/refused/LICENSE"] = Fault(status=403, error_code="GatedRepo")
    hub.faults["corp/broken"] = Fault(status=500, retry_after="0")
    hub.faults["corp/badtoken"] = Fault(status=401)
    (workdir / "app.py").write_text(APP)
    caplog.set_level(logging.DEBUG)
    for fmt in ("text", "json"):
        main([command, "app.py", "-v", "--format", fmt, "--timeout", "2"])
    out, err = capsys.readouterr()
    assert f"Bearer {SECRET}" in hub.auth_seen  # it was used...
    assert SECRET not in out  # ...and never shown
    assert SECRET not in err
    assert SECRET not in caplog.text
    assert "HTTP 401 (check HF_TOKEN)" in out + err
    for path in workdir.rglob("*"):
        if path.is_file() and ".hf-home" not in path.parts:
            assert SECRET not in path.read_text(errors="replace"), path
