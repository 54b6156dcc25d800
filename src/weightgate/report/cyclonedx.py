"""`weightgate bom` / `--format cyclonedx`: a CycloneDX 1.6 ML-BOM of the referenced models.

`cyclonedx-python-lib` is the optional extra `weightgate[bom]`: it is imported only when this
format is asked for, and its absence is a one-line usage error, not a crash.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from weightgate.errors import WeightgateError
from weightgate.model import Report

INSTALL_HINT = "the CycloneDX BOM needs cyclonedx-python-lib: pip install 'weightgate[bom]'"
_LIBRARIES = (
    "cyclonedx",
    "packageurl",
    "py_serializable",
    "sortedcontainers",
    "license_expression",
)


def require_library() -> None:
    """A one-line usage error (exit 2) when the optional library is not installed."""
    _builder()


def _builder() -> ModuleType:
    try:
        return importlib.import_module("weightgate.report.bom_build")
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in _LIBRARIES:
            raise
        raise WeightgateError(INSTALL_HINT) from exc


def render_check(report: Report) -> str:
    return str(_builder().render_check(report))
