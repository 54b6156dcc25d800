"""The license knowledge base: what each license demands, with the clause behind each term."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from weightgate.model import Evidence, TermValue


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


def _term_value(raw: Any) -> TermValue:
    return tuple(raw) if isinstance(raw, list) else raw


def _record(raw: dict[str, Any]) -> LicenseRecord:
    terms = {t["term"]: _term_value(t["value"]) for t in raw["terms"]}
    evidence = tuple(Evidence(t["term"], t["quote"], t.get("section", "")) for t in raw["terms"])
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
    )


@dataclass(frozen=True)
class KnowledgeBase:
    version: str
    records: tuple[LicenseRecord, ...]
    by_key: Mapping[str, LicenseRecord]

    def lookup(
        self, license_id: str | None, license_name: str | None = None
    ) -> LicenseRecord | None:
        """The record for a Hub license id or a free-text `license_name`, if known."""
        for value in (license_name, license_id):
            if value:
                found = self.by_key.get(normalize(value))
                if found is not None:
                    return found
        return None


def normalize(value: str) -> str:
    """Case- and punctuation-insensitive key for ids and `license_name` slugs."""
    return "-".join(value.lower().replace("_", "-").replace(" ", "-").split("-")).strip("-")


@cache
def knowledge_base() -> KnowledgeBase:
    """Load the bundled data once per process."""
    text = resources.files(__package__).joinpath("data/licenses.json").read_text("utf-8")
    data = json.loads(text)
    records = tuple(_record(r) for r in data["licenses"])
    by_key: dict[str, LicenseRecord] = {}
    for record in records:
        for key in (record.id, *record.hub_ids, *record.aliases):
            by_key[normalize(key)] = record
    return KnowledgeBase(data["version"], records, by_key)
