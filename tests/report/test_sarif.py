"""`--format sarif`: valid SARIF 2.1.0, stable fingerprints, GitHub's limits."""

from __future__ import annotations

import json
import urllib.parse
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from tests.report import samples
from weightgate.report import sarif

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@cache
def _validator() -> Any:
    schema = json.loads(SCHEMA.read_text())
    return jsonschema.Draft4Validator(schema)


def validate(text: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(text)
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    return doc


def test_valid_against_the_official_schema() -> None:
    doc = validate(sarif.render_check(samples.lineage_report()))
    [run] = doc["runs"]
    assert doc["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "weightgate"
    assert run["properties"]["knowledgeBase"] == samples.lineage_report().kb_version


def test_schema_rejects_a_broken_log() -> None:
    doc = json.loads(sarif.render_check(samples.lineage_report()))
    del doc["runs"][0]["tool"]
    assert list(_validator().iter_errors(doc))  # the validation above can fail


def test_rules_have_help_uri_and_markdown() -> None:
    doc = validate(sarif.render_check(samples.lineage_report()))
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["output-restriction", "use-restrictions", "user-cap"]
    for rule in rules:
        assert rule["helpUri"].endswith(f"#rule-{rule['id']}")
        assert "How to fix" in rule["help"]["markdown"]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in rules}
    assert levels == {
        "output-restriction": "error",
        "use-restrictions": "warning",
        "user-cap": "error",
    }


def test_one_result_per_finding_with_location_license_and_terms() -> None:
    doc = validate(sarif.render_check(samples.lineage_report()))
    run = doc["runs"][0]
    results = run["results"]
    assert len(results) == 3
    rules = run["tool"]["driver"]["rules"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "train.py"
        assert loc["region"] == {"startLine": 4, "startColumn": 9}
        props = result["properties"]
        assert props["license"] == "llama2"
        assert props["via"] == ["meta-llama/Llama-2-7b-hf"]
        # the terms are the inherited license's (Llama 2), not the fine-tune's apache-2.0
        assert props["terms"]["user-cap"] == 700_000_000
    assert [r["level"] for r in results] == ["error", "error", "warning"]


def test_fingerprints_survive_line_moves_and_differ_per_finding() -> None:
    before = json.loads(sarif.render_check(samples.lineage_report(line=4)))
    after = json.loads(sarif.render_check(samples.lineage_report(line=40)))

    def prints(doc: dict[str, Any]) -> list[str]:
        return [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in doc["runs"][0]["results"]]

    assert prints(before) == prints(after)
    assert len(set(prints(before))) == 3
    assert before != after  # the lines did move


def test_paths_are_uri_encoded() -> None:
    doc = validate(sarif.render_check(samples.hostile_report()))
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert "\n" not in uri["uri"]
    assert ":" not in uri["uri"]
    assert urllib.parse.unquote(uri["uri"]) == samples.HOSTILE_PATH


def test_result_limit_truncates_deterministically_keeping_errors() -> None:
    report = samples.many_findings(30)
    from dataclasses import replace

    warning = replace(report.findings[0], severity="warning", path="zzz-last-but-warning.py")
    report = replace(report, findings=(warning, *report.findings))
    text = sarif.render_check(report, sarif.Limits(results=10))
    assert text == sarif.render_check(report, sarif.Limits(results=10))
    doc = validate(text)
    run = doc["runs"][0]
    assert len(run["results"]) == 10
    assert all(r["level"] == "error" for r in run["results"])
    assert run["properties"]["omittedResults"] == 21
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("21 of 31 results omitted" in n["message"]["text"] for n in notes)


def test_size_limit_shrinks_until_it_fits() -> None:
    report = samples.many_findings(200)
    full = sarif.render_check(report)
    limit = len(full.encode()) // 3
    text = sarif.render_check(report, sarif.Limits(bytes=limit))
    assert len(text.encode()) <= limit
    doc = validate(text)
    kept = len(doc["runs"][0]["results"])
    assert 0 < kept < 200
    assert doc["runs"][0]["properties"]["omittedResults"] == 200 - kept


def test_scan_errors_are_notifications() -> None:
    from dataclasses import replace

    from weightgate.model import ScanError

    report = replace(samples.lineage_report(), errors=(ScanError("bad.yaml", "oops", 3),))
    doc = validate(sarif.render_check(report))
    [note] = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
