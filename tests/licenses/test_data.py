"""The knowledge base data itself: coverage, vocabulary, evidence, and the versions that differ."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.licenses.conftest import FIXTURES, TEXTS, flatten, hub_ids, real_texts
from weightgate.licenses import CATEGORIES, knowledge_base, normalize
from weightgate.licenses.fingerprint import build
from weightgate.model import TERMS

KB = knowledge_base()


def test_ids_are_unique_and_canonical() -> None:
    ids = [r.id for r in KB.records]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)
    assert KB.version


def test_every_key_names_exactly_one_record() -> None:
    owners: dict[str, set[str]] = {}
    for record in KB.records:
        for key in (record.id, *record.hub_ids, *record.aliases):
            owners.setdefault(normalize(key), set()).add(record.id)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


@pytest.mark.parametrize(("hub_id", "spdx"), hub_ids())
def test_every_hub_id_maps_to_exactly_one_record(hub_id: str, spdx: str) -> None:
    holders = [r for r in KB.records if hub_id in r.hub_ids]
    assert len(holders) == 1, hub_id
    assert KB.lookup(hub_id) is holders[0]
    if spdx:
        assert holders[0].spdx == spdx


def test_hub_id_list_is_the_full_list() -> None:
    assert len(hub_ids()) == 83
    listed = {h for h, _ in hub_ids()}
    assert {h for r in KB.records for h in r.hub_ids} == listed


def test_terms_use_the_vocabulary_with_the_right_types() -> None:
    for record in KB.records:
        assert record.category in CATEGORIES, record.id
        for term, value in record.terms.items():
            assert term in TERMS, (record.id, term)
            if term in ("user-cap", "revenue-cap"):
                assert isinstance(value, int)
                assert not isinstance(value, bool)
                assert value > 0
            elif term == "region-restriction":
                assert isinstance(value, tuple)
                assert value
                assert all(isinstance(v, str) for v in value)
            elif term == "copyleft":
                assert value in ("weak", "strong", "network"), record.id
            else:
                assert value is True, (record.id, term)


def test_every_term_has_exactly_one_piece_of_evidence() -> None:
    for record in KB.records:
        counts = Counter(e.term for e in record.evidence)
        assert set(counts) == set(record.terms), record.id
        assert all(n == 1 for n in counts.values()), record.id
        for evidence in record.evidence:
            assert len(evidence.quote) >= 10, (record.id, evidence.term)
            assert evidence.section, (record.id, evidence.term)


def test_categories_agree_with_terms() -> None:
    needs = {
        "non-commercial": "non-commercial",
        "research-only": "research-only",
        "rail": "use-restrictions",
        "copyleft-weak": "copyleft",
        "copyleft-strong": "copyleft",
        "copyleft-network": "copyleft",
    }
    for record in KB.records:
        if record.category in needs:
            assert needs[record.category] in record.terms, record.id
        if record.category.startswith("copyleft-"):
            assert record.terms["copyleft"] == record.category.removeprefix("copyleft-")
        if record.category in ("unspecified", "public-domain"):
            assert not record.terms, record.id
        if record.category == "permissive":
            assert set(record.terms) <= {"attribution"}, record.id


def test_quotes_come_from_the_reference_texts() -> None:
    corpus = " ".join(flatten(p.read_text("utf-8")) for p in real_texts())
    corpus += flatten((FIXTURES / "model-licenses.md").read_text("utf-8"))
    for record in KB.records:
        if not record.texts:
            continue  # licenses without a bundled text quote their official text
        for evidence in record.evidence:
            if evidence.section.startswith("title"):
                continue
            for part in evidence.quote.split("..."):
                assert flatten(part) in corpus, (record.id, evidence.term, part)


def test_every_reference_text_belongs_to_one_record() -> None:
    owners = Counter(t for r in KB.records for t in r.texts)
    assert set(owners) == {p.name for p in real_texts()}
    assert all(n == 1 for n in owners.values())


def test_bundled_fingerprints_are_built_from_the_reference_texts() -> None:
    from importlib import resources

    pairs = [(t, r.id) for r in KB.records for t in r.texts]
    bundled = resources.files("weightgate.licenses").joinpath("data/fingerprints.json")
    assert bundled.read_text("utf-8") == build(TEXTS, pairs)


@pytest.mark.parametrize(
    ("license_id", "expected", "absent"),
    [
        ("llama2", {"user-cap": 700000000, "output-restriction": True}, {"attribution"}),
        ("llama3", {"output-restriction": True, "attribution": True, "naming": True}, set()),
        ("llama3.1", {"user-cap": 700000000, "naming": True}, {"output-restriction"}),
        ("llama3.2", {"region-restriction": ("EU",)}, {"output-restriction"}),
        ("llama3.3", {"attribution": True}, {"output-restriction", "region-restriction"}),
        ("llama4", {"region-restriction": ("EU",), "user-cap": 700000000}, {"output-restriction"}),
        ("tongyi-qianwen", {"user-cap": 100000000, "output-restriction": True}, {"research-only"}),
        ("tongyi-qianwen-research", {"research-only": True, "non-commercial": True}, set()),
        ("qwen", {"user-cap": 100000000, "attribution": True}, {"output-restriction"}),
        ("qwen-research", {"research-only": True}, {"user-cap"}),
        ("stabilityai-community", {"revenue-cap": 1000000}, {"non-commercial", "user-cap"}),
        ("databricks-open-model", {"user-cap": 700000000, "output-restriction": True}, set()),
        ("falcon-180b", {"hosting-restriction": True}, {"non-commercial"}),
        ("mnpl", {"research-only": True, "hosting-restriction": True}, set()),
        ("mrl", {"research-only": True, "output-restriction": True}, set()),
        ("flux-1-dev-non-commercial", {"non-commercial": True, "output-restriction": True}, set()),
        ("gemma", {"use-restrictions": True}, {"output-restriction", "user-cap"}),
        ("agpl-3.0", {"copyleft": "network"}, set()),
        ("apache-2.0", {}, {"attribution"}),
    ],
)
def test_versions_carry_their_own_terms(
    license_id: str, expected: dict[str, object], absent: set[str]
) -> None:
    record = KB.get(license_id)
    assert record is not None
    assert {k: record.terms.get(k) for k in expected} == expected
    assert not absent & set(record.terms)


@pytest.mark.parametrize(
    ("name", "license_id"),
    [  # the license_name slugs model-licenses.md section 1 lists, in assorted spellings
        ("mrl", "mrl"),
        ("MNPL", "mnpl"),
        ("qwen", "qwen"),
        ("qwen-research", "qwen-research"),
        ("tongyi-qianwen", "tongyi-qianwen"),
        ("tongyi-qianwen-license-agreement", "tongyi-qianwen"),
        ("Tongyi_Qianwen_LICENSE_AGREEMENT", "tongyi-qianwen"),
        ("deepseek", "deepseek"),
        ("deepseek-license-agreement", "deepseek"),
        ("flux-1-dev-non-commercial-license", "flux-1-dev-non-commercial"),
        ("FLUX.1-dev Non-Commercial License", "flux-1-dev-non-commercial"),
        ("stabilityai-ai-community", "stabilityai-community"),
        ("sai-nc-community", "stabilityai-non-commercial-research-community"),
        ("databricks-open-model-license", "databricks-open-model"),
        ("nvidia-open-model-license", "nvidia-open-model"),
        ("falcon-llm-license", "tii-falcon-2.0"),
        ("yi-license", "yi-license"),
        ("apple-sample-code-license", "apple-ascl"),
        ("glm-4", "glm-4"),
        ("LLAMA 3.1", "llama3.1"),
        ("llama-3.2", "llama3.2"),
        ("openrail++", "openrail++"),
        ("openrail", "openrail"),
        ("The ChatGLM3-6B License", "chatglm3-6b"),
    ],
)
def test_license_name_slugs_resolve(name: str, license_id: str) -> None:
    record = KB.lookup("other", name)
    assert record is not None
    assert record.id == license_id


def test_unknown_names_fall_back_to_the_unspecified_id() -> None:
    record = KB.lookup("other", "my-own-license")
    assert record is not None
    assert not record.specified
    assert KB.lookup(None, "my-own-license") is None
    assert KB.lookup("", None) is None
