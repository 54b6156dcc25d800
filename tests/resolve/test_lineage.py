"""Lineage: chains, merges, tags, cycles, depth bound; inherited terms name the chain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fakehub import FakeHub, FakeModel
from tests.resolve.helpers import run
from weightgate.cli import main
from weightgate.resolve import MAX_LINEAGE_DEPTH


def test_chain_is_followed_and_terms_are_inherited_via_it(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add(FakeModel("meta-llama/Llama-2-7b-hf", license="llama2"))
    hub.add(FakeModel("NousResearch/Llama-2-7b-hf", license="llama2", base_model=None))
    hub.add(
        FakeModel(
            "someone/reupload",
            license="apache-2.0",
            tags=["base_model:finetune:meta-llama/Llama-2-7b-hf"],
        )
    )
    hub.add(FakeModel("acme/chat", license="apache-2.0", base_model="someone/reupload"))
    (workdir / "app.py").write_text(
        'from transformers import AutoModel\nAutoModel.from_pretrained("acme/chat")\n'
    )
    code = main(["check", "--format", "json", "app.py"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    [model] = doc["models"]
    assert model["license"] == "apache-2.0"
    assert model["lineage"] == ["someone/reupload", "meta-llama/Llama-2-7b-hf"]
    user_cap = next(f for f in doc["findings"] if f["rule"] == "user-cap")
    assert user_cap["via"] == ["someone/reupload", "meta-llama/Llama-2-7b-hf"]
    assert user_cap["license"] == "llama2"


def test_merge_follows_every_parent(hub: FakeHub) -> None:
    hub.add(FakeModel("org/a", license="mit"))
    hub.add(FakeModel("org/b", license="cc-by-nc-4.0"))
    hub.add(
        FakeModel(
            "org/merged", license="mit", base_model=["org/a", "org/b"], base_model_relation="merge"
        )
    )
    resolved = run([("org/merged", None)])
    merged = resolved.by_key[("org/merged", None)]
    assert merged.base_models == ("org/a", "org/b")
    assert resolved.by_key[("org/b", None)].license == "cc-by-nc-4.0"
    assert resolved.facts[("org/merged", None)].base_model_relation == "merge"


def test_cycle_terminates_and_each_model_is_asked_once(hub: FakeHub) -> None:
    hub.add(FakeModel("org/x", license="mit", base_model="org/y"))
    hub.add(FakeModel("org/y", license="mit", base_model="org/x"))
    resolved = run([("org/x", None)])
    assert set(resolved.by_key) == {("org/x", None), ("org/y", None)}
    assert sorted(hub.requests) == ["/api/models/org/x", "/api/models/org/y"]


def test_depth_is_bounded_and_the_cut_is_reported(hub: FakeHub) -> None:
    length = MAX_LINEAGE_DEPTH + 4
    for n in range(length):
        base = f"org/m{n + 1}" if n + 1 < length else None
        hub.add(FakeModel(f"org/m{n}", license="mit", base_model=base))
    resolved = run([("org/m0", None)])
    cut = resolved.by_key[(f"org/m{MAX_LINEAGE_DEPTH + 1}", None)]
    assert cut.status == "unknown"
    assert "deeper than" in cut.detail
    assert len(hub.requests) == MAX_LINEAGE_DEPTH + 1
    assert (f"org/m{MAX_LINEAGE_DEPTH + 1}", None) not in resolved.facts


def test_no_lineage_asks_only_for_the_model(hub: FakeHub) -> None:
    hub.add(FakeModel("org/child", license="mit", base_model="org/parent"))
    resolved = run([("org/child", None)], lineage=False)
    assert hub.requests == ["/api/models/org/child"]
    assert resolved.by_key[("org/child", None)].base_models == ("org/parent",)


def test_lineage_levels_overlap_across_chains(hub: FakeHub) -> None:
    """Parents are queued as soon as a child is known: a slow model holds up no other chain."""
    hub.add(FakeModel("a/0", license="mit", base_model="a/1"))
    hub.add(FakeModel("a/1", license="mit", base_model="a/2"))
    hub.add(FakeModel("a/2", license="mit"))
    hub.add(FakeModel("b/0", license="mit", base_model="b/1"))
    hub.add(FakeModel("b/1", license="mit"))
    hub.slow["b/0"] = 1.0
    resolved = run([("a/0", None), ("b/0", None)], jobs=4)
    assert len(resolved.by_key) == 5
    events = hub.events
    assert events.index(("end", "/api/models/a/2")) < events.index(("end", "/api/models/b/0"))
