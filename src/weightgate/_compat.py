"""Small shims for Python 3.10."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib


def assert_never(value: NoReturn) -> NoReturn:
    """Exhaustiveness check: mypy flags a call reachable with a value."""
    raise AssertionError(f"unhandled value: {value!r}")


def load_toml(text: str) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(text)
    return data
