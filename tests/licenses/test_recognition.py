"""Recognising the 61 real texts, also after re-wrapping, markdown and small edits."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from tests.licenses.conftest import real_texts
from weightgate.licenses import knowledge_base
from weightgate.licenses.fingerprint import best_match
from weightgate.resolve.licensetext import detect

KB = knowledge_base()
OWNER = {t: r.id for r in KB.records for t in r.texts}


def rewrap(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join(textwrap.fill(" ".join(p.split()), 57) for p in paragraphs)


def markdown(text: str) -> str:
    out = []
    for i, line in enumerate(text.splitlines()):
        if line.strip() and len(line) < 60:
            out.append(f"## **{line.strip()}**")
        else:
            out.append(f"> {line}" if i % 5 == 0 else line)
    return "\n".join(out)


def edit(text: str, rate: float = 0.05, seed: int = 7) -> str:
    rnd = random.Random(seed)
    words = text.split(" ")
    for i in range(len(words)):
        roll = rnd.random()
        if roll < rate / 2:
            words[i] = "amended"
        elif roll < rate:
            words[i] = ""
    return " ".join(words)


@pytest.mark.parametrize("path", real_texts(), ids=lambda p: p.name)
def test_every_real_text_is_recognised_with_its_terms(path: Path) -> None:
    detection = detect(path.read_text("utf-8"))
    record = KB.get(OWNER[path.name])
    assert record is not None
    assert detection.method == "fingerprint"
    assert detection.license == record.id
    assert dict(detection.terms) == dict(record.terms)
    assert detection.changed == ()
    assert detection.score is not None
    assert detection.score > 0.95


@pytest.mark.parametrize("path", real_texts(), ids=lambda p: p.name)
def test_recognition_survives_rewrapping_markdown_and_edits(path: Path) -> None:
    text = path.read_text("utf-8")
    for variant in (rewrap(text), markdown(text), edit(text), edit(markdown(rewrap(text)))):
        match = best_match(variant)
        assert match is not None
        assert match.license == OWNER[path.name]


def test_a_truncated_copy_is_still_recognised() -> None:
    text = (real_texts()[0].parent / "llama3.txt").read_text("utf-8")
    match = best_match(text[: len(text) * 6 // 10])
    assert match is not None
    assert match.license == "llama3"


@pytest.mark.parametrize(
    ("file", "wrong"),
    [("llama3.1.txt", "llama3.2"), ("llama3.2.txt", "llama3.3"), ("llama3.3.txt", "llama3.1")],
)
def test_near_identical_versions_are_told_apart(file: str, wrong: str) -> None:
    text = (real_texts()[0].parent / file).read_text("utf-8")
    swapped = text.replace(file.removesuffix(".txt").replace("llama", "Llama "), "Llama X")
    assert best_match(text) is not None
    assert best_match(text).license == OWNER[file]  # type: ignore[union-attr]
    assert best_match(swapped) is None or best_match(swapped).license != wrong  # type: ignore[union-attr]


def test_an_edited_cap_in_a_known_text_is_reported() -> None:
    text = (real_texts()[0].parent / "llama2.txt").read_text("utf-8")
    detection = detect(text.replace("700 million", "350 million"))
    assert detection.license == "llama2"
    assert detection.terms["user-cap"] == 350000000
    assert detection.changed == ("user-cap",)
    assert "350 million" in next(e.quote for e in detection.evidence if e.term == "user-cap")


def test_a_restriction_added_to_mit_is_reported() -> None:
    text = (real_texts()[0].parent / "mit.txt").read_text("utf-8")
    marker = "The above copyright notice"
    edited = text.replace(
        marker, "The Software may not be used for any commercial purpose.\n\n" + marker
    )
    detection = detect(edited)
    assert detection.license == "mit"
    assert detection.terms == {"non-commercial": True}
    assert "added to the known text" in detection.evidence[0].section


def test_a_region_added_to_a_known_exclusion_widens_it() -> None:
    text = (real_texts()[0].parent / "llama4-aup.txt").read_text("utf-8")
    added = (
        text + "\n\nRights are also not granted to companies headquartered in the United Kingdom.\n"
    )
    detection = detect(added)
    assert detection.license == "llama4"
    assert detection.terms["region-restriction"] == ("EU", "UK")
    assert detection.changed == ("region-restriction",)


def test_an_added_looser_cap_does_not_loosen_the_one_still_in_the_text() -> None:
    text = (real_texts()[0].parent / "llama2.txt").read_text("utf-8")
    added = text + "\n\nLicensees above 900 million monthly active users must request a license.\n"
    detection = detect(added)
    assert detection.terms["user-cap"] == 700000000
    assert detection.changed == ()
    tighter = text + "\n\nLicensees above 9 million monthly active users must request a license.\n"
    assert detect(tighter).terms["user-cap"] == 9000000
