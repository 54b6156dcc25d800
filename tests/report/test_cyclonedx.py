"""`weightgate bom`: a CycloneDX 1.6 ML-BOM valid under the library's strict validator."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator

from tests.report import samples
from weightgate.errors import WeightgateError
from weightgate.report import cyclonedx


def _bom(monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, Any]]:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    text = cyclonedx.render_check(samples.lineage_report())
    return text, json.loads(text)


def test_valid_under_strict_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    text, doc = _bom(monkeypatch)
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(text) is None
    assert doc["specVersion"] == "1.6"
    broken = json.dumps({**doc, "components": [{"type": "no-such-type", "name": "x"}]})
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(broken) is not None


def test_models_are_ml_components_with_purl_license_and_pedigree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, doc = _bom(monkeypatch)
    by_name = {c["name"]: c for c in doc["components"]}
    ft = by_name["llama-ft"]
    assert ft["type"] == "machine-learning-model"
    assert ft["group"] == "acme"
    assert ft["purl"] == f"pkg:huggingface/acme/llama-ft@{samples.SHA}"
    assert ft["licenses"] == [{"license": {"acknowledgement": "declared", "id": "Apache-2.0"}}]
    [base] = ft["pedigree"]["ancestors"]
    assert base["purl"] == f"pkg:huggingface/meta-llama/Llama-2-7b-hf@{samples.BASE_SHA}"
    assert base["licenses"][0]["license"]["name"] == "Llama 2 Community License Agreement"
    props = {p["name"]: p["value"] for p in base["properties"]}
    assert props["weightgate:term:user-cap"] == "700000000"
    refs = [p["value"] for p in ft["properties"] if p["name"] == "weightgate:reference"]
    assert refs == ["train.py:4:9"]
    assert by_name["gpt2"]["licenses"][0]["license"]["id"] == "MIT"


def test_deterministic_with_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    first, doc = _bom(monkeypatch)
    second, _ = _bom(monkeypatch)
    assert first == second
    assert doc["metadata"]["timestamp"].startswith("2023-11-14T22:13:20")


def test_unknown_license_keeps_the_card_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    text = cyclonedx.render_check(samples.hostile_report())
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(text) is None
    [component] = json.loads(text)["components"]
    assert component["licenses"][0]["license"]["name"] == samples.HOSTILE_LICENSE
    assert component["purl"] == "pkg:huggingface/evil/model"


def test_missing_library_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "weightgate.report.bom_build", raising=False)
    for name in [m for m in sys.modules if m.split(".")[0] == "cyclonedx"] + ["cyclonedx"]:
        monkeypatch.setitem(sys.modules, name, None)  # as if not installed
    with pytest.raises(WeightgateError, match=r"pip install 'weightgate\[bom\]'"):
        cyclonedx.render_check(samples.lineage_report())


def test_purl_parts() -> None:
    assert cyclonedx_parts("gpt2") == (None, "gpt2")
    assert cyclonedx_parts("org/name") == ("org", "name")


def cyclonedx_parts(model_id: str) -> tuple[str | None, str]:
    from weightgate.report.bom_build import purl_parts

    return purl_parts(model_id)
