"""Rule metadata in one declaration: id, one-line summary, how to fix, docs anchor."""

from __future__ import annotations

from dataclasses import dataclass

DOCS_URL = "https://github.com/weightgate/weightgate/blob/main/README.md"


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    fix: str

    @property
    def help_uri(self) -> str:
        return f"{DOCS_URL}#rule-{self.id}"


_EXCEPTION = "add a reasoned, expiring `exceptions:` entry to .weightgate.yaml"
_TERM_FIX = f"switch to a compatibly licensed model, or if legal approved this use, {_EXCEPTION}"

RULES: tuple[Rule, ...] = (
    Rule("user-cap", "license needs another license above a monthly-active-user cap", _TERM_FIX),
    Rule("revenue-cap", "license is free only below an annual revenue cap", _TERM_FIX),
    Rule("non-commercial", "license does not grant commercial use", _TERM_FIX),
    Rule("research-only", "license is for research / non-production use only", _TERM_FIX),
    Rule(
        "output-restriction",
        "license forbids using outputs to train or improve other models",
        _TERM_FIX,
    ),
    Rule(
        "use-restrictions",
        "an acceptable-use policy or RAIL use restrictions apply",
        _TERM_FIX,
    ),
    Rule(
        "hosting-restriction", "offering the model as a hosted service needs a license", _TERM_FIX
    ),
    Rule("region-restriction", "license excludes regions you operate in", _TERM_FIX),
    Rule("attribution", "license requires a visible attribution notice", _TERM_FIX),
    Rule("naming", "derivative models must carry the licensor's name", _TERM_FIX),
    Rule("copyleft", "derivatives must be shared under the same license", _TERM_FIX),
    Rule(
        "unknown",
        "the model's license could not be determined",
        "add a `clarify:` entry to .weightgate.yaml stating the license and where you checked it",
    ),
    Rule(
        "unresolved",
        "the model could not be looked up on the Hub",
        "check the model id, network access and HF_TOKEN; offline, run `weightgate lock` "
        "with network access and commit weightgate.lock",
    ),
    Rule(
        "gated",
        "the Hub repository requires accepting terms before use",
        "accept the terms on the Hub, or " + _EXCEPTION,
    ),
    Rule("license-denied", "the license is on the policy's deny list", _TERM_FIX),
    Rule("license-not-allowed", "the license is not on the policy's allow list", _TERM_FIX),
    Rule(
        "license-changed",
        "the resolved license differs from the one recorded in weightgate.lock",
        "review the new license, then run `weightgate lock --refresh` and commit the lockfile",
    ),
    Rule(
        "exception-expired",
        "a policy exception has passed its expiry date",
        "renew the exception with a new `expires:` date, or remove it and the model",
    ),
    Rule(
        "exception-unused",
        "a policy exception matches no finding",
        "remove the exception from .weightgate.yaml",
    ),
    Rule(
        "lock-outdated",
        "weightgate.lock does not answer every referenced model",
        "run `weightgate lock` and commit weightgate.lock",
    ),
)

_BY_ID = {rule.id: rule for rule in RULES}


def rule(rule_id: str) -> Rule:
    """The rule's metadata; a rule added elsewhere without an entry still gets a usable record."""
    return _BY_ID.get(rule_id) or Rule(rule_id, rule_id.replace("-", " "), _TERM_FIX)
