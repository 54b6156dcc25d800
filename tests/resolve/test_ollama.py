"""Ollama library tags resolve from bundled data; unknown names and sizes are not guessed."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from tests.fakehub import FakeHub, FakeModel
from weightgate.resolve import ResolveOptions, resolve
from weightgate.resolve.ollama import license_for, parse, resolve_ollama

#: Canonical license ids (helper vocabulary + Hub ids) the bundled data may use.
CANONICAL = {
    "apache-2.0", "mit", "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4",
    "gemma", "cc-by-nc-4.0", "bigcode-openrail-m", "tongyi-qianwen", "tongyi-qianwen-research",
    "qwen", "qwen-research", "deepseek", "falcon-180b", "tii-falcon-3", "mnpl", "mrl",
}  # fmt: skip
MOST_PULLED = [
    "llama2",
    "llama3",
    "llama3.1",
    "llama3.2",
    "llama3.3",
    "llama4",
    "gemma",
    "gemma2",
    "gemma3",
    "qwen",
    "qwen2",
    "qwen2.5",
    "qwen2.5-coder",
    "qwen3",
    "mistral",
    "mixtral",
    "mistral-nemo",
    "phi3",
    "phi3.5",
    "phi4",
    "deepseek-r1",
    "deepseek-coder",
    "deepseek-coder-v2",
    "codellama",
    "llava",
    "nomic-embed-text",
    "mxbai-embed-large",
    "tinyllama",
    "starcoder2",
    "command-r",
]


def _data() -> dict[str, dict[str, Any]]:
    text = resources.files("weightgate.resolve").joinpath("data/ollama.json").read_text()
    models: dict[str, dict[str, Any]] = json.loads(text)["models"]
    return models


def test_data_covers_the_most_pulled_with_canonical_ids() -> None:
    data = _data()
    assert set(MOST_PULLED) <= set(data)
    for name, entry in data.items():
        assert ("license" in entry) != ("sizes" in entry), name
        ids = {entry["license"]} if "license" in entry else set(entry["sizes"].values())
        assert ids <= CANONICAL, name
        if "sizes" in entry:
            assert entry["latest"] in entry["sizes"], name


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("llama3.1:8b", "llama3.1"),
        ("llama3.1:70b-instruct-q4_K_M", "llama3.1"),
        ("library/llama2", "llama2"),
        ("registry.ollama.ai/library/gemma3:27b", "gemma"),
        ("qwen2.5:3b", "qwen-research"),
        ("qwen2.5:72b-instruct-q8_0", "qwen"),
        ("qwen2.5:7b", "apache-2.0"),
        ("qwen2.5", "apache-2.0"),
        ("qwen2.5-coder:3b", "qwen-research"),
        ("deepseek-r1:70b", "llama3.3"),
        ("codellama:13b", "llama2"),
        ("command-r", "cc-by-nc-4.0"),
        ("Mistral:Latest", "apache-2.0"),
    ],
)
def test_known_tags(ref: str, expected: str) -> None:
    assert license_for(ref)[0] == expected


@pytest.mark.parametrize("ref", ["qwen2.5:999b", "qwen2.5:instruct", "someone/custom:1b", "nosuch"])
def test_unknown_is_not_guessed(ref: str) -> None:
    license_id, reason = license_for(ref)
    assert license_id is None
    assert reason


def test_parse() -> None:
    assert parse("llama3.1") == ("llama3.1", "latest")
    assert parse("library/qwen2.5:72b") == ("qwen2.5", "72b")


def test_resolution_comes_from_knowledge() -> None:
    resolution = resolve_ollama(("llama2:13b", None))
    assert (resolution.kind, resolution.source, resolution.status) == ("ollama", "knowledge", "ok")
    assert resolution.license == "llama2"
    assert resolution.terms["user-cap"] == 700_000_000
    unknown = resolve_ollama(("qwen2.5:999b", None))
    assert unknown.status == "unknown"
    assert "depends on its size" in unknown.detail


def test_resolve_handles_ollama_keys_without_the_network() -> None:
    resolved = resolve(set(), {}, ResolveOptions(offline=True), ollama=[("mistral:7b", None)])
    assert resolved.by_key[("mistral:7b", None)].license == "apache-2.0"
    assert resolved.facts == {}


def test_ollama_pull_from_the_hub_resolves_through_the_hub(hub: FakeHub) -> None:
    hub.add(FakeModel("meta-llama/Llama-2-7b-chat-hf", license="llama2"))
    hub.add(
        FakeModel(
            "TheBloke/Llama-2-7B-Chat-GGUF",
            license="apache-2.0",
            base_model="meta-llama/Llama-2-7b-chat-hf",
        )
    )
    key = ("hf.co/TheBloke/Llama-2-7B-Chat-GGUF:Q4_K_M", None)
    resolved = resolve(set(), {}, ResolveOptions(), ollama=[key])
    pulled = resolved.by_key[key]
    assert (pulled.kind, pulled.license) == ("ollama", "apache-2.0")
    assert pulled.base_models == ("meta-llama/Llama-2-7b-chat-hf",)
    assert resolved.by_key[("meta-llama/Llama-2-7b-chat-hf", None)].license == "llama2"
    assert set(resolved.facts) == {
        ("TheBloke/Llama-2-7B-Chat-GGUF", None),
        ("meta-llama/Llama-2-7b-chat-hf", None),
    }
