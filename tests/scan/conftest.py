"""Every scan test gets its own cache directory."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def scan_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "scan-cache"
    monkeypatch.setenv("WEIGHTGATE_CACHE_DIR", str(cache))
    return cache
