"""Terms read from clauses: unseen licenses written in new words, and the number parser."""

from __future__ import annotations

import pytest

from tests.licenses.conftest import TEXTS
from weightgate.licenses.clauses import detect_clauses
from weightgate.licenses.fingerprint import sentences
from weightgate.licenses.numbers import numbers, words_value
from weightgate.resolve.licensetext import detect


def terms_of(text: str) -> dict[str, object]:
    return {c.term: c.value for c in detect_clauses(sentences(text))}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("more than 700 million monthly active users", 700000000),
        ("100,000,000 MAU", 100000000),
        ("fifty million (50,000,000)", 50000000),
        ("one hundred and twenty-five thousand", 125000),
        ("2.5 billion", 2500000000),
        ("10k", 10000),
    ],
)
def test_numbers_are_read_in_digits_words_and_scales(text: str, value: int) -> None:
    assert max(n.value for n in numbers(text)) == value


def test_words_that_are_not_numbers_are_not_read() -> None:
    assert words_value("a") is None
    assert words_value("fifty apples") is None
    assert words_value("seven hundred million") == 700000000


@pytest.mark.parametrize(
    ("clause", "cap"),
    [
        ("Should your services reach fifty million (50,000,000) monthly active users, you must "
         "obtain a separate license.", 50000000),
        ("Licensees with more than 100,000,000 MAU need our written permission.", 100000000),
        ("If, on the Model 2 release date, you have greater than seven hundred million monthly "
         "active users, you must request a license from us.", 700000000),
        ("A service with more than 2 million daily active users must request a license.", 2000000),
    ],
)  # fmt: skip
def test_user_caps_take_the_number_next_to_the_users(clause: str, cap: int) -> None:
    assert terms_of(clause)["user-cap"] == cap


@pytest.mark.parametrize(
    ("clause", "amount"),
    [
        ("If you generate more than USD $1,000,000 in annual revenue, this license ends.", 1000000),
        (
            "Organisations whose annual revenue exceeds $10 million need an enterprise plan.",
            10000000,
        ),
        ("Free only while your annual turnover is below EUR 2,000,000.", 1900000),
    ],
)
def test_revenue_caps_carry_amount_and_currency(clause: str, amount: int) -> None:
    found = detect_clauses(sentences(clause))
    assert [(c.term, c.value) for c in found] == [("revenue-cap", amount)]
    assert ("EUR" in found[0].section) == ("EUR" in clause)


@pytest.mark.parametrize(
    ("clause", "term"),
    [
        ("You may use the weights for non-commercial purposes only.", "non-commercial"),
        ("The model must not be used for any commercial purpose.", "non-commercial"),
        ("Commercial use of the Model is strictly prohibited.", "non-commercial"),
        ("Use is limited to research purposes only.", "research-only"),
        ("You may use it solely for academic research.", "research-only"),
        ("The weights are licensed for non-production use.", "research-only"),
        ("You shall not use outputs of the Model to train any other model.", "output-restriction"),
        ("You may not use generated data to improve a competing model.", "output-restriction"),
        ("Your use must follow our Acceptable Use Policy.", "use-restrictions"),
        ("You shall not use the weights for military purposes.", "use-restrictions"),
        ("You may not offer the model as a hosted service to anyone.", "hosting-restriction"),
        ("Offering it through an API form requires a separate license.", "hosting-restriction"),
        ("Rights are not granted to companies headquartered in the European Union.",
         "region-restriction"),
        ('Display "Built with Foo" on your product documentation.', "attribution"),
        ('Fine-tuned models must begin their name with "Foo".', "naming"),
        ("You must license the entire work, as a whole, under this License.", "copyleft"),
    ],
)  # fmt: skip
def test_each_kind_of_clause_is_detected(clause: str, term: str) -> None:
    assert term in terms_of(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "This Agreement allows research, non-commercial, and limited commercial uses.",
        "Outputs do not include any fine-tuned versions of the models.",
        "Distribution includes providing the Model as a hosted service made available remotely.",
        "The materials may be subject to export controls in China, the United States or elsewhere.",
        "This Agreement is governed by the laws of the People's Republic of China.",
        "You must retain all copyright, patent, trademark, and attribution notices.",
        "You may host for third party remote access purposes (e.g. software-as-a-service).",
        "If you are commercially using the Materials with more than 100 million monthly active "
        "users, You shall request a license.",
    ],
)
def test_permissions_definitions_and_boilerplate_add_no_restriction(clause: str) -> None:
    found = terms_of(clause)
    assert found in ({}, {"user-cap": 100000000}), found


def test_a_naming_duty_on_outputs_is_not_an_output_ban() -> None:
    clause = (
        "If you use outputs to train a model, you shall include Foo at the beginning of its name."
    )
    assert terms_of(clause) == {"naming": True}


def test_the_strictest_cap_wins_and_regions_merge() -> None:
    text = (
        "Licensees above 500 million monthly active users must request a license. "
        "Licensees above 80 million monthly active users must request a license. "
        "Rights are not granted to users located in the European Union. "
        "Rights are not granted to users located in the United Kingdom."
    )
    terms = terms_of(text)
    assert terms["user-cap"] == 80000000
    assert terms["region-restriction"] == ("EU", "UK")


def test_real_texts_give_their_key_terms_from_clauses_alone() -> None:
    expect: dict[str, dict[str, object]] = {
        "llama2.txt": {"user-cap": 700000000, "output-restriction": True},
        "llama3.1.txt": {"user-cap": 700000000, "naming": True, "attribution": True},
        "llama4-aup.txt": {"region-restriction": ("EU",)},
        "tongyi-qianwen.txt": {"user-cap": 100000000, "output-restriction": True},
        "stabilityai-community.txt": {"revenue-cap": 1000000, "output-restriction": True},
        "falcon-180b.txt": {"hosting-restriction": True},
        "mnpl.txt": {"research-only": True, "hosting-restriction": True},
        "flux-1-dev-non-commercial.txt": {"non-commercial": True, "output-restriction": True},
    }
    for name, expected in expect.items():
        terms = terms_of((TEXTS / name).read_text("utf-8"))
        assert {k: terms.get(k) for k in expected} == expected, name
    assert "output-restriction" not in terms_of((TEXTS / "llama3.1.txt").read_text("utf-8"))
    assert terms_of((TEXTS / "mit.txt").read_text("utf-8")) == {}
    assert terms_of((TEXTS / "apache-2.0.txt").read_text("utf-8")) == {}


# --- whole unseen licenses, written for these tests -------------------------------------------

QIANWEN_NEW_WORDS = """Qianwen Model Terms

The provider permits you to use, reproduce and modify the model files at no charge. Commercial
deployment is allowed. However, where your commercial product or service counts more than
100,000,000 MAU, you need to ask the provider for a separate licence before continuing.
The provider disclaims all warranties to the extent the law allows.
"""

FIFTY_MILLION = """ACME Open Weights Agreement, version 2

1. Grant. Subject to this agreement, ACME grants you a worldwide, royalty-free license to run,
copy, adapt and share the Weights.

2. Scale. Should the services you operate reach fifty million monthly active users, this grant
ends and you must obtain a separate license from ACME.
"""

HARBOR = """Harbor Labs Model License

Harbor Labs hereby grants you a limited, revocable license to download and run these model
weights solely for non-commercial research. You agree you will not use the model outputs to
train or improve a competing model. Users located in the European Union are not granted any
rights under this license. If your organisation has annual revenue above EUR 5 million you must
buy a commercial plan. Display "Made with Harbor" on your website or product documentation, and
any fine-tuned model you publish must begin its name with "Harbor". Offering the model to third
parties as a hosted API requires a separate license from Harbor Labs.
"""

SUNBEAM = """Sunbeam Weights Licence

Anyone receiving these weights may use, copy, modify, merge and publish them, for any purpose,
commercial or not, free of charge, as long as this notice stays with every copy. The weights
come with no warranty of any kind.
"""

LOREM = """Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt
ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco
laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit.
"""


def test_unseen_licenses_are_read_clause_by_clause() -> None:
    assert detect(QIANWEN_NEW_WORDS).terms == {"user-cap": 100000000}
    assert detect(FIFTY_MILLION).terms == {"user-cap": 50000000}
    harbor = detect(HARBOR)
    assert harbor.method == "clauses"
    assert harbor.license is None
    assert dict(harbor.terms) == {
        "revenue-cap": 4750000,  # EUR 5M at the conservative fixed rate
        "non-commercial": True,
        "research-only": True,
        "output-restriction": True,
        "hosting-restriction": True,
        "region-restriction": ("EU",),
        "attribution": True,
        "naming": True,
    }
    assert {e.term for e in harbor.evidence} == set(harbor.terms)
    assert all(e.quote in " ".join(HARBOR.split()) for e in harbor.evidence)


def test_a_permissive_grant_without_restrictions_has_no_terms() -> None:
    detection = detect(SUNBEAM)
    assert detection.method == "clauses"
    assert detection.terms == {}
    assert "no restricting clause" in detection.reason


def test_text_that_is_no_license_is_unknown_with_a_reason() -> None:
    for text in (LOREM, "", "MIT", "See the website for terms."):
        detection = detect(text)
        assert detection.unknown
        assert detection.terms == {}
        assert detection.license is None
        assert detection.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The licensee shall not utilise the model or its generations for training of other "
         "foundation models.", {"output-restriction": True}),
        ("Organisations with over 1B MAU must contact us for a license.", {"user-cap": 1000000000}),
        ("Services above 20 million monthly users require a commercial license.",
         {"user-cap": 20000000}),
        ("Companies with annual gross revenue of over $50M must purchase a commercial license.",
         {"revenue-cap": 50000000}),
        ("These weights are provided for personal use only.", {"non-commercial": True}),
        ("Academic use only.", {"research-only": True}),
        ("Use in production environments is not permitted.", {"research-only": True}),
        ("Licensees based in the EU may not use the model.", {"region-restriction": ("EU",)}),
        ("You may not provide the Model as a service to others.", {"hosting-restriction": True}),
        ("You shall not export the Model to any country under embargo, including residents of "
         "China.", {}),
    ],
)  # fmt: skip
def test_more_ways_of_saying_it(text: str, expected: dict[str, object]) -> None:
    assert terms_of(text) == expected


def test_a_huge_file_is_read_only_up_to_the_limit() -> None:
    text = FIFTY_MILLION + "filler words here. " * 40_000
    assert detect(text).terms == {"user-cap": 50000000}


def test_clauses_alone_agree_with_the_knowledge_base_on_the_real_licenses() -> None:
    """Read every full license text as if unseen: the terms must match the curated ones."""
    from weightgate.licenses import knowledge_base

    owner = {t: r for r in knowledge_base().records for t in r.texts}
    agree = extra = missed = 0
    for path in sorted(TEXTS.glob("*.txt")):
        if "aup" in path.name or "prohibited" in path.name:
            continue  # policies alone carry only part of a license's terms
        found = terms_of(path.read_text("utf-8"))
        expected = dict(owner[path.name].terms)
        agree += sum(found.get(t) == v for t, v in expected.items())
        extra += sum(expected.get(t) != v for t, v in found.items())
        missed += sum(found.get(t) != v for t, v in expected.items())
    assert agree / (agree + extra) >= 0.97
    assert agree / (agree + missed) >= 0.94


UNSEEN = TEXTS.parent / "unseen"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("northwind.txt", {"user-cap": 250000000, "output-restriction": True,
                           "use-restrictions": True}),
        ("pelican.txt", {"non-commercial": True, "research-only": True,
                         "hosting-restriction": True}),
        ("orchid.txt", {"revenue-cap": 25000000}),
        ("tern.txt", {"region-restriction": ("UK",), "attribution": True, "naming": True,
                      "copyleft": "strong"}),
        ("heron.txt", {"use-restrictions": True}),
    ],
)  # fmt: skip
def test_licenses_written_for_these_tests_are_read(name: str, expected: dict[str, object]) -> None:
    detection = detect((UNSEEN / name).read_text("utf-8"))
    assert detection.method == "clauses"
    assert dict(detection.terms) == expected


def test_a_readme_is_not_a_license() -> None:
    detection = detect((UNSEEN / "not-a-license.txt").read_text("utf-8"))
    assert detection.unknown
    assert "no known license text" in detection.reason
