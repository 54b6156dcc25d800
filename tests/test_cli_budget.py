"""Every command that talks to the Hub honours the run's time budget (`--timeout`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakehub import FakeHub, Fault

HANGING = "slow/model"


@pytest.mark.parametrize(
    "argv",
    [
        ["explain", HANGING, "--format", "json"],
        ["check", "app.py", "--format", "json"],
        ["lock", "app.py"],
    ],
)
def test_a_hanging_hub_is_cut_off_by_timeout(hub: FakeHub, workdir: Path, argv: list[str]) -> None:
    hub.faults[HANGING] = Fault(hang=30.0)
    (workdir / "app.py").write_text(
        f'from transformers import AutoModel\nAutoModel.from_pretrained("{HANGING}")\n'
    )
    run = subprocess.run(
        [sys.executable, "-m", "weightgate", *argv, "--timeout", "1"],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=25,  # a guard, not a measurement: without the budget the Hub hangs for 30 s
        check=False,
        env={**os.environ, "HF_ENDPOINT": hub.url},
    )
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    if "--format" in argv:
        models = json.loads(run.stdout)["models"]
        assert [m["status"] for m in models] == ["unreachable"]
