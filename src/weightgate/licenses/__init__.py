"""The license knowledge base: what each license demands, with the clause behind each term."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from weightgate.model import TERMS, Evidence, TermValue

#: Categories a record may carry (shared vocabulary of all engineers).
CATEGORIES: tuple[str, ...] = (
    "permissive",
    "public-domain",
    "copyleft-weak",
    "copyleft-strong",
    "copyleft-network",
    "rail",
    "restricted-commercial",
    "non-commercial",
    "research-only",
    "unspecified",
)

#: Trailing words that `license_name` slugs add to a license's own name.
_SUFFIXES = ("licenseagreement", "licence", "license", "agreement", "termsofuse", "terms")


@dataclass(frozen=True)
class LicenseRecord:
    id: str
    name: str
    category: str
    hub_ids: tuple[str, ...]
    aliases: tuple[str, ...]
    spdx: str | None
    url: str
    terms: Mapping[str, TermValue]
    evidence: tuple[Evidence, ...]
    notes: str = ""
    #: Reference texts (file names) this license is recognised from.
    texts: tuple[str, ...] = ()

    @property
    def specified(self) -> bool:
        """False for `other`/`unknown`-style ids that name no license at all."""
        return self.category != "unspecified"


def _term_value(raw: Any) -> TermValue:
    return tuple(raw) if isinstance(raw, list) else raw


def _record(raw: dict[str, Any]) -> LicenseRecord:
    ordered = sorted(raw["terms"], key=lambda t: TERMS.index(t["term"]))
    terms = {t["term"]: _term_value(t["value"]) for t in ordered}
    evidence = tuple(Evidence(t["term"], t["quote"], t.get("section", "")) for t in ordered)
    return LicenseRecord(
        id=raw["id"],
        name=raw["name"],
        category=raw["category"],
        hub_ids=tuple(raw["hub_ids"]),
        aliases=tuple(raw["aliases"]),
        spdx=raw.get("spdx"),
        url=raw.get("url", ""),
        terms=terms,
        evidence=evidence,
        notes=raw.get("notes", ""),
        texts=tuple(raw.get("texts", ())),
    )


@dataclass(frozen=True)
class KnowledgeBase:
    version: str
    records: tuple[LicenseRecord, ...]
    by_key: Mapping[str, LicenseRecord]

    def lookup(
        self, license_id: str | None, license_name: str | None = None
    ) -> LicenseRecord | None:
        """The record for a Hub license id or a free-text `license_name`, if known.

        Keys match case- and punctuation-insensitively; a `license_name` that only adds
        "license"/"agreement" to a known name (`deepseek-license`) matches too.
        """
        for value in (license_name, license_id):
            if value:
                found = self._find(value)
                if found is not None:
                    return found
        return None

    def get(self, license_id: str) -> LicenseRecord | None:
        """The record with exactly this canonical id."""
        return next((r for r in self.records if r.id == license_id), None)

    def _find(self, value: str) -> LicenseRecord | None:
        key = normalize(value)
        found = self.by_key.get(key)
        while found is None and key:
            stripped = key.removeprefix("the")
            for suffix in _SUFFIXES:
                stripped = stripped.removesuffix(suffix)
            if stripped == key:
                return None
            key = stripped
            found = self.by_key.get(key)
        return found


def normalize(value: str) -> str:
    """Case- and punctuation-insensitive key for ids and `license_name` slugs."""
    return re.sub(r"[^0-9a-z]", "", value.lower().replace("+", "plus"))


def _index(records: tuple[LicenseRecord, ...]) -> dict[str, LicenseRecord]:
    by_key: dict[str, LicenseRecord] = {}
    for record in records:
        for key in (record.id, *record.hub_ids, *record.aliases):
            by_key.setdefault(normalize(key), record)
    return by_key


@cache
def knowledge_base() -> KnowledgeBase:
    """Load the bundled data once per process."""
    text = resources.files(__package__).joinpath("data/licenses.json").read_text("utf-8")
    data = json.loads(text)
    records = tuple(_record(r) for r in data["licenses"])
    return KnowledgeBase(data["version"], records, _index(records))
