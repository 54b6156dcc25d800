"""A run asks the Hub only what the license check needs: no library telemetry requests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.fakehub import FakeHub, FakeModel


def test_only_model_metadata_is_requested(hub: FakeHub, workdir: Path) -> None:
    hub.add(FakeModel("openai-community/gpt2", license="mit"))
    (workdir / "app.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("openai-community/gpt2")\n'
    )
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_DISABLE_TELEMETRY"}
    env["HF_ENDPOINT"] = hub.url
    run = subprocess.run(
        [sys.executable, "-m", "weightgate", "check", "app.py"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 1, run.stderr  # the lockfile was written
    assert hub.requests == ["/api/models/openai-community/gpt2"]
