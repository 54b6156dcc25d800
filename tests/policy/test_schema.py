"""policies/schema.json (for editors) agrees with the loader: same keys, enums and verdicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.policy.test_errors import YAML_ERRORS
from weightgate.model import STATUS_TERMS, TERMS
from weightgate.policy import validate
from weightgate.policy.layer import layer
from weightgate.policy.load import presets
from weightgate.policy.model import ACTIONS, LICENSE_RULES
from weightgate.policy.source import _Loader, parse_yaml

ROOT = Path(__file__).resolve().parents[2]
SCHEMA: dict[str, Any] = json.loads((ROOT / "policies" / "schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
PROPS = SCHEMA["properties"]
FULL = """\
version: 1
extends: [builtin:commercial, ./org.yaml]
organization: {monthly-active-users: 250000000, annual-revenue-usd: 40000000, regions: [EU, US]}
licenses: {allow: [apache-2.0, mit, category:permissive], deny: [cc-by-nc-4.0]}
terms: {user-cap: deny, non-commercial: deny, output-restriction: warn, unknown: deny}
lineage: true
exceptions:
  - model: meta-llama/Llama-2-7b-hf
    terms: [user-cap, license-denied]
    license: llama2
    paths: ["research/**"]
    reason: approved by legal (LEGAL-42)
    expires: 2027-06-30
clarify:
  - model: NousResearch/Llama-2-7b-hf
    license: llama2
    license-sha256: abababababababababababababababababababababababababababababababab
    reason: re-upload of Meta's weights
ignore-paths: ["tests/fixtures/**"]
"""


def _data(text: str) -> Any:
    """The document as the loader sees it (dates stay strings, as in JSON)."""
    return yaml.load(text, Loader=_Loader)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_keys_match_the_loader() -> None:
    assert tuple(PROPS) == validate.TOP_KEYS
    assert tuple(PROPS["organization"]["properties"]) == validate.ORGANIZATION_KEYS
    assert tuple(PROPS["licenses"]["properties"]) == validate.LICENSES_KEYS
    exc = PROPS["exceptions"]["items"]
    assert tuple(exc["properties"]) == validate.EXCEPTION_KEYS
    assert tuple(exc["required"]) == validate.EXCEPTION_REQUIRED
    clarify = PROPS["clarify"]["items"]
    assert tuple(clarify["properties"]) == validate.CLARIFY_KEYS
    assert tuple(clarify["required"]) == validate.CLARIFY_REQUIRED


def test_enums_match_the_loader() -> None:
    assert tuple(PROPS["terms"]["properties"]) == TERMS + STATUS_TERMS
    assert tuple(SCHEMA["$defs"]["action"]["enum"]) == ACTIONS
    assert tuple(exc_terms := PROPS["exceptions"]["items"]["properties"]["terms"]["items"]["enum"])
    assert tuple(exc_terms) == TERMS + STATUS_TERMS + LICENSE_RULES
    categories = SCHEMA["$defs"]["license-entry"]["anyOf"][1]["enum"]
    assert categories == [f"category:{c}" for c in validate.categories()]


@pytest.mark.parametrize("name", presets())
def test_presets_are_valid(name: str) -> None:
    text = (ROOT / "policies" / f"{name}.yaml").read_text()
    assert list(VALIDATOR.iter_errors(_data(text))) == []


def test_full_example_is_valid_for_both() -> None:
    assert list(VALIDATOR.iter_errors(_data(FULL))) == []
    layer(parse_yaml(FULL, "t.yaml", None))


@pytest.mark.parametrize(("text", "message"), YAML_ERRORS)
def test_schema_rejects_what_the_loader_rejects(text: str, message: str) -> None:
    assert list(VALIDATOR.iter_errors(_data(text))), message
