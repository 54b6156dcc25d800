"""Properties of detection on arbitrary input: it never crashes, never guesses a cap from nothing,
and its lockfile form always round-trips."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from weightgate.licenses.numbers import numbers
from weightgate.resolve.licensetext import Detection, detect

WORDS = st.sampled_from(
    [
        "you",
        "may",
        "not",
        "use",
        "the",
        "model",
        "outputs",
        "to",
        "train",
        "other",
        "models",
        "for",
        "commercial",
        "purposes",
        "only",
        "more",
        "than",
        "million",
        "monthly",
        "active",
        "users",
        "revenue",
        "USD",
        "$",
        "EU",
        "located",
        "license",
        "granted",
        "hereby",
        "fifty",
        "700",
        "100,000,000",
        "research",
        ".",
        ";",
        ":",
        "\n\n",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=120).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_detection_never_crashes_and_round_trips(text: str) -> None:
    detection = detect(text)
    assert Detection.from_json(json.loads(json.dumps(detection.to_json()))) == detection
    assert detection.unknown == (detection.method == "none")
    if detection.unknown:
        assert detection.reason
        assert not detection.terms
    assert {e.term for e in detection.evidence} == set(detection.terms)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_numbers_read_back_their_digits(value: int) -> None:
    assert [n.value for n in numbers(f"{value:,}")] == [value]
    assert [n.value for n in numbers(str(value))] == [value]
