"""Policy tests never touch the user's cache: pinned-URL downloads go to a temporary one."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def policy_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("WEIGHTGATE_CACHE_DIR", str(cache))
    return cache / "policies"
