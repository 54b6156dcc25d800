"""Ollama library tags to licenses, from bundled data (source `knowledge`); never guessed."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from weightgate.model import Resolution
from weightgate.resolve.facts import HubFacts, Key
from weightgate.resolve.interpret import interpret

_REGISTRY_PREFIXES = ("registry.ollama.ai/", "ollama.com/", "library/")
_HUB_PREFIXES = ("hf.co/", "huggingface.co/", "https://hf.co/", "https://huggingface.co/")


@cache
def _data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("data/ollama.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)["models"]
    return data


def parse(ref: str) -> tuple[str, str]:
    """(library name, tag) of `llama3.1:8b`, `library/qwen2.5:72b-instruct`, `mistral`."""
    ref = ref.strip().lower()
    for prefix in _REGISTRY_PREFIXES:
        ref = ref.removeprefix(prefix)
    name, _, tag = ref.partition(":")
    return name, tag or "latest"


def hub_repo(ref: str) -> str | None:
    """The Hub repository of an Ollama reference pulled from the Hub (`hf.co/org/name:Q4_K_M`)."""
    for prefix in _HUB_PREFIXES:
        if ref.lower().startswith(prefix):
            repo = ref[len(prefix) :].partition(":")[0].strip("/")
            return repo if repo.count("/") == 1 else None
    return None


def license_for(ref: str) -> tuple[str | None, str]:
    """The license id of an Ollama reference, or None with the reason it is not known."""
    name, tag = parse(ref)
    entry = _data().get(name)
    if entry is None:
        return None, f"no bundled license data for Ollama model {name!r}"
    if "license" in entry:
        return str(entry["license"]), entry.get("note", "")
    size = entry["latest"] if tag == "latest" else tag.split("-", 1)[0]
    license_id = entry["sizes"].get(size)
    if license_id is None:
        known = ", ".join(sorted(entry["sizes"]))
        return None, f"the license of {name}:{tag} depends on its size ({known} are known)"
    return str(license_id), entry.get("note", "")


def resolve_ollama(key: Key) -> Resolution:
    """A Resolution for an Ollama reference through the knowledge base."""
    license_id, note = license_for(key[0])
    if license_id is None:
        facts = HubFacts(key[0], key[1], status="unknown", detail=note)
    else:
        facts = HubFacts(key[0], key[1], license=license_id, detail=note)
    resolution = interpret(facts, "knowledge")
    return replace(resolution, kind="ollama")
