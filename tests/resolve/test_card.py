"""Reading card metadata: license fields, base models, license files (pure)."""

from __future__ import annotations

import pytest

from weightgate.resolve.card import base_models, facts_from_card, license_fields, license_files


@pytest.mark.parametrize(
    ("card", "tags", "expected"),
    [
        ("org/base", [], (("org/base",), None)),
        (["org/a", "org/b", "org/a"], [], (("org/a", "org/b"), None)),
        (None, ["base_model:finetune:org/a"], (("org/a",), "finetune")),
        (
            None,
            ["base_model:org/a", "base_model:quantized:org/b"],
            (("org/a", "org/b"), "quantized"),
        ),
        ("https://huggingface.co/org/a", [], (("org/a",), None)),
        ("gpt2", ["base_model:adapter:gpt2"], (("gpt2",), "adapter")),
        ("./local/path", [], ((), None)),
        (42, ["license:mit"], ((), None)),
    ],
)
def test_base_models(card: object, tags: list[str], expected: object) -> None:
    assert base_models(card, tags) == expected


def test_license_fields_prefer_the_card_then_tags() -> None:
    assert license_fields({"license": "mit"}, ["license:apache-2.0"]) == ("mit", None, None)
    assert license_fields({}, ["license:apache-2.0"]) == ("apache-2.0", None, None)
    card = {"license": ["other"], "license_name": " qwen ", "license_link": "LICENSE"}
    assert license_fields(card, []) == ("other", "qwen", "LICENSE")
    assert license_fields({"license": 5}, []) == (None, None, None)


def test_facts_from_card_relation_and_canonical_id() -> None:
    facts = facts_from_card(
        ("gpt2", None),
        {"base_model": "org/a", "base_model_relation": "merge"},
        ["base_model:finetune:org/b"],
        canonical="openai-community/gpt2",
        sha="abc",
        gated="auto",
    )
    assert facts.base_models == ("org/a", "org/b")
    assert facts.base_model_relation == "merge"
    assert facts.canonical_id == "openai-community/gpt2"
    assert facts.gated is True
    assert facts_from_card(("a/b", None), {}, [], canonical="a/b").canonical_id is None


@pytest.mark.parametrize(
    ("link", "siblings", "expected"),
    [
        (None, ["README.md", "license.md"], ("license.md",)),
        (None, None, ("LICENSE", "LICENSE.md", "LICENSE.txt")),
        ("LICENSE", ["LICENSE"], ("LICENSE",)),
        ("https://huggingface.co/org/m/blob/main/TERMS.md", ["TERMS.md"], ("TERMS.md",)),
        ("https://huggingface.co/org/m/resolve/main/LICENSE", ["LICENSE"], ("LICENSE",)),
        ("https://huggingface.co/other/repo/blob/main/LICENSE", ["README.md"], ()),
        ("https://example.com/LICENSE", ["LICENSE.txt"], ("LICENSE.txt",)),
        ("sub/dir/LICENSE", ["sub/dir/LICENSE", "LICENSE"], ("sub/dir/LICENSE", "LICENSE")),
    ],
)
def test_license_files(link: str | None, siblings: list[str] | None, expected: object) -> None:
    assert license_files(link, siblings, ("org/m",)) == expected
