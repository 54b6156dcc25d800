"""A card saying `other` (or nothing): the license text decides, and the lockfile keeps it."""

from __future__ import annotations

import json

from tests.licenses.conftest import TEXTS
from tests.licenses.test_clauses import FIFTY_MILLION, LOREM
from weightgate.resolve.facts import HubFacts
from weightgate.resolve.interpret import interpret
from weightgate.resolve.licensetext import Detection, detect, detection_of, with_detection


def facts(text: str | None, license: str | None = "other", name: str | None = None) -> HubFacts:
    return HubFacts(
        "org/model", license=license, license_name=name, license_text=text, sha="a" * 40
    )


def test_detection_json_round_trips() -> None:
    for text in (TEXTS.joinpath("llama3.2.txt").read_text("utf-8"), FIFTY_MILLION, LOREM):
        detection = detect(text)
        data = json.loads(json.dumps(detection.to_json()))
        assert Detection.from_json(data) == detection


def test_malformed_detection_json_is_rejected() -> None:
    for bad in ({}, {"method": "guess", "terms": {}}, {"method": "clauses", "terms": []}):
        try:
            Detection.from_json(bad)
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad}")


def test_tongyi_text_under_other_gives_the_100m_cap() -> None:
    text = TEXTS.joinpath("tongyi-qianwen.txt").read_text("utf-8")
    resolution = interpret(facts(text), "hub")
    assert resolution.status == "ok"
    assert resolution.source == "license-text"
    assert resolution.license == "tongyi-qianwen"
    assert resolution.terms["user-cap"] == 100000000
    assert any("100 million" in e.quote for e in resolution.evidence)


def test_mit_text_under_other_gives_no_restricting_terms() -> None:
    text = TEXTS.joinpath("mit.txt").read_text("utf-8")
    resolution = interpret(facts(text, license=None), "hub")
    assert (resolution.status, resolution.license, dict(resolution.terms)) == ("ok", "mit", {})


def test_an_unknown_license_name_reads_the_text() -> None:
    resolution = interpret(facts(FIFTY_MILLION, name="acme-open-weights"), "hub")
    assert resolution.source == "license-text"
    assert resolution.license == "other"
    assert resolution.terms == {"user-cap": 50000000}


def test_a_known_card_license_is_not_overridden_by_text() -> None:
    text = TEXTS.joinpath("llama2.txt").read_text("utf-8")
    resolution = interpret(facts(text, license="apache-2.0"), "hub")
    assert (resolution.license, resolution.source) == ("apache-2.0", "hub")


def test_unreadable_text_is_unknown_with_the_reason() -> None:
    resolution = interpret(facts(LOREM), "hub")
    assert resolution.status == "unknown"
    assert "no known license text" in resolution.detail


def test_the_lockfile_form_gives_the_same_answer_without_the_text() -> None:
    text = TEXTS.joinpath("llama4.txt").read_text("utf-8")
    online = with_detection(facts(text))
    assert online.detected is not None
    locked = HubFacts.from_json(json.loads(json.dumps(online.to_json())))
    assert locked.license_text is None
    assert locked.detected == online.detected
    assert interpret(locked, "lock").terms == interpret(online, "hub").terms
    assert interpret(locked, "lock").terms["region-restriction"] == ("EU",)


def test_a_damaged_lock_entry_falls_back_to_the_text_or_unknown() -> None:
    text = TEXTS.joinpath("mit.txt").read_text("utf-8")
    damaged = HubFacts("org/model", license="other", detected={"method": "?"}, license_text=text)
    detection = detection_of(damaged)
    assert detection is not None
    assert detection.license == "mit"
    no_text = HubFacts("org/model", license="other", detected={"method": "?"})
    assert detection_of(no_text) is None
    assert interpret(no_text, "lock").status == "unknown"


def test_an_older_detector_result_is_recomputed_when_the_text_is_at_hand() -> None:
    text = TEXTS.joinpath("tongyi-qianwen.txt").read_text("utf-8")
    old = {"version": 0, "method": "clauses", "terms": {"naming": True}, "evidence": []}
    with_text = HubFacts("org/model", license="other", detected=old, license_text=text)
    detection = detection_of(with_text)
    assert detection is not None
    assert detection.license == "tongyi-qianwen"
    without_text = HubFacts("org/model", license="other", detected=old)
    assert interpret(without_text, "lock").terms == {"naming": True}
