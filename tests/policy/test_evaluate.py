"""Rules, thresholds and regions: what bites, at which severity, through the real loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.helpers import active, judge, policy, ref, res
from weightgate.model import STATUS_TERMS, TERMS, Resolution, TermValue

LLAMA = {"user-cap": 700_000_000, "output-restriction": True, "use-restrictions": True}


def test_every_term_follows_its_action(tmp_path: Path) -> None:
    values: dict[str, TermValue] = {
        "user-cap": 100,
        "revenue-cap": 1_000_000,
        "non-commercial": True,
        "research-only": True,
        "output-restriction": True,
        "use-restrictions": True,
        "hosting-restriction": True,
        "region-restriction": ("EU",),
        "attribution": True,
        "naming": True,
        "copyleft": "strong",
    }
    assert set(values) == set(TERMS)
    for action, severity in (("deny", "error"), ("warn", "warning"), ("allow", None)):
        lines = "".join(f"  {t}: {action}\n" for t in TERMS + STATUS_TERMS)
        pol = policy(tmp_path, f"extends: []\nterms:\n{lines}")
        found = judge(pol, [ref("a/m")], [res("a/m", "x", values)])
        expected = {(t, severity) for t in TERMS} if severity else set()
        assert active(found) == expected


def test_false_terms_never_bite(tmp_path: Path) -> None:
    pol = policy(tmp_path, "terms: {non-commercial: deny}\n")
    assert active(judge(pol, [ref("a/m")], [res("a/m", "x", {"non-commercial": False})])) == set()


@pytest.mark.parametrize(
    ("status", "rule"),
    [
        ("unknown", "unknown"),
        ("not-found", "unresolved"),
        ("unreachable", "unresolved"),
        ("offline", "unresolved"),
        ("gated", "gated"),
    ],
)
def test_status_terms(tmp_path: Path, status: str, rule: str) -> None:
    pol = policy(tmp_path, "terms: {unknown: deny, unresolved: warn, gated: deny}\n")
    severity = "warning" if rule == "unresolved" else "error"
    found = judge(pol, [ref("a/m")], [res("a/m", status=status)])
    assert active(found) == {(rule, severity)}


def test_a_gated_repo_with_readable_metadata_is_gated(tmp_path: Path) -> None:
    """The Hub serves a gated repo's card (status ok): the `gated` term still applies to it."""
    pol = policy(tmp_path, "extends: []\nterms: {gated: deny}\n")
    gated = Resolution(id="a/m", license="mit", gated=True)
    assert active(judge(pol, [ref("a/m")], [gated])) == {("gated", "error")}
    ungated = Resolution(id="a/m", license="mit")
    assert active(judge(pol, [ref("a/m")], [ungated])) == set()


def test_a_gated_base_model_does_not_gate_its_fine_tune(tmp_path: Path) -> None:
    """Accepting terms is a duty of whoever downloads that repo, not of a derivative's users."""
    pol = policy(tmp_path, "extends: []\nterms: {gated: deny}\n")
    base = Resolution(id="b/base", license="mit", gated=True)
    assert active(judge(pol, [ref("a/ft")], [res("a/ft", "mit", base=("b/base",)), base])) == set()


@pytest.mark.parametrize(
    ("mau", "cap", "bites"),
    [
        (60_000_000, 700_000_000, False),  # Llama 2's cap is far above a 60M-user company
        (60_000_000, 50_000_000, True),  # a 50M cap is not
        (700_000_000, 700_000_000, True),  # at the cap, the next user exceeds it
        (None, 700_000_000, True),  # unknown scale: conservative
    ],
)
def test_user_cap_bites_only_when_you_may_exceed_it(
    tmp_path: Path, mau: int | None, cap: int, bites: bool
) -> None:
    org = f"organization: {{monthly-active-users: {mau}}}\n" if mau is not None else ""
    pol = policy(tmp_path, org + "terms: {user-cap: deny}\n")
    found = judge(pol, [ref("a/m")], [res("a/m", "x", {"user-cap": cap})])
    assert (("user-cap", "error") in active(found)) is bites


@pytest.mark.parametrize(
    ("revenue", "bites"), [(500_000, False), (1_000_000, True), (40_000_000, True), (None, True)]
)
def test_revenue_cap(tmp_path: Path, revenue: int | None, bites: bool) -> None:
    org = f"organization: {{annual-revenue-usd: {revenue}}}\n" if revenue is not None else ""
    pol = policy(tmp_path, org + "terms: {revenue-cap: deny}\n")
    found = judge(pol, [ref("a/m")], [res("a/m", "x", {"revenue-cap": 1_000_000})])
    assert (("revenue-cap", "error") in active(found)) is bites


@pytest.mark.parametrize(
    ("regions", "bites"),
    [
        ("[US]", False),  # excluded in the EU, but you do not operate there
        ("[US, EU]", True),
        ("[de]", True),  # Germany is in the EU (codes are case-insensitive)
        (None, True),  # unknown regions: conservative
    ],
)
def test_region_restriction_only_where_you_operate(
    tmp_path: Path, regions: str | None, bites: bool
) -> None:
    org = f"organization: {{regions: {regions}}}\n" if regions else ""
    pol = policy(tmp_path, org + "terms: {region-restriction: deny}\n")
    found = judge(pol, [ref("a/m")], [res("a/m", "x", {"region-restriction": ("EU",)})])
    assert (("region-restriction", "error") in active(found)) is bites


def test_cap_help_asks_for_scale_only_when_unknown(tmp_path: Path) -> None:
    pol = policy(tmp_path, "terms: {user-cap: deny}\n")
    [finding] = [
        f for f in judge(pol, [ref("a/m")], [res("a/m", "llama2", LLAMA)]) if f.rule == "user-cap"
    ]
    assert "state organization.monthly-active-users" in finding.help
    assert "700,000,000 monthly active users" in finding.message
    pol = policy(tmp_path, "organization: {monthly-active-users: 800000000}\n")
    [finding] = [
        f for f in judge(pol, [ref("a/m")], [res("a/m", "llama2", LLAMA)]) if f.rule == "user-cap"
    ]
    assert "monthly-active-users" not in finding.help


def test_license_deny_by_id_and_category(tmp_path: Path) -> None:
    pol = policy(tmp_path, "extends: []\nlicenses: {deny: [llama2, category:non-commercial]}\n")
    found = judge(
        pol,
        [ref("meta/llama"), ref("a/nc", line=4), ref("a/mit", line=5)],
        [res("meta/llama", "llama2"), res("a/nc", "cc-by-nc-4.0"), res("a/mit", "mit")],
    )
    assert [(f.model, f.rule) for f in found] == [
        ("meta/llama", "license-denied"),
        ("a/nc", "license-denied"),
    ]
    assert "which the policy denies (category:non-commercial)" in found[1].message


def test_allow_list_makes_everything_else_not_allowed(tmp_path: Path) -> None:
    pol = policy(tmp_path, "extends: []\nlicenses: {allow: [category:permissive]}\n")
    found = judge(
        pol,
        [ref("a/mit"), ref("a/llama", line=4), ref("a/odd", line=5), ref("a/unk", line=6)],
        [
            res("a/mit", "mit"),
            res("a/llama", "llama2"),
            res("a/odd", "some-license-not-in-kb"),
            res("a/unk", status="unknown"),  # judged by the `unknown` term, not the allow-list
        ],
    )
    assert [(f.model, f.rule) for f in found] == [
        ("a/llama", "license-not-allowed"),
        ("a/odd", "license-not-allowed"),
    ]
    assert "not in the policy's allow-list (category:permissive)" in found[0].message


def test_deny_wins_over_allow(tmp_path: Path) -> None:
    pol = policy(tmp_path, "extends: []\nlicenses: {allow: [mit], deny: [mit]}\n")
    found = judge(pol, [ref("a/m")], [res("a/m", "mit")])
    assert [f.rule for f in found] == ["license-denied"]


def test_lineage_judges_ancestors_and_says_via(tmp_path: Path) -> None:
    pol = policy(tmp_path, "licenses: {deny: [llama2]}\n")
    resolutions = [
        res("me/quant", "apache-2.0", base=("me/tune",)),
        res("me/tune", "apache-2.0", base=("meta/llama",)),
        res("meta/llama", "llama2", LLAMA),
    ]
    found = judge(pol, [ref("me/quant")], resolutions)
    assert {f.rule for f in found} == {
        "user-cap",
        "output-restriction",
        "license-denied",
        "use-restrictions",
    }
    for f in found:
        assert f.model == "me/quant"
        assert f.via == ("me/tune", "meta/llama")
        assert "(inherited: me/quant -> me/tune -> meta/llama)" in f.message
    pol = policy(tmp_path, "licenses: {deny: [llama2]}\nlineage: false\n")
    assert judge(pol, [ref("me/quant")], resolutions) == ()


def test_dataset_refs_are_not_judged(tmp_path: Path) -> None:
    pol = policy(tmp_path, "terms: {unresolved: deny}\n")
    dataset = ref("a/data")
    dataset = type(dataset)(**{**dataset.__dict__, "kind": "dataset"})
    assert judge(pol, [dataset], [res("a/data", status="not-found")]) == ()
