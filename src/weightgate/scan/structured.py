"""YAML and JSON configs: values under keys that hold model ids, located by the parser."""

from __future__ import annotations

import yaml

from weightgate.model import Kind, ModelRef
from weightgate.scan.ids import is_repo_id, strip_prefix

MODEL_KEYS = frozenset(
    {
        "model",
        "model_id",
        "model_name",
        "model_name_or_path",
        "base_model",
        "base_model_name_or_path",
        "tokenizer_name",
        "tokenizer_name_or_path",
        "reward_model",
        "ref_model",
        "draft_model",
        "teacher_model",
        "hf_model_id",
        "pretrained_model_name_or_path",
    }
)
DATASET_KEYS = frozenset({"dataset", "dataset_name", "dataset_path", "datasets"})


def _kind_for(key: str) -> Kind | None:
    low = key.lower()
    if low in MODEL_KEYS:
        return "model"
    if low in DATASET_KEYS:
        return "dataset"
    return None


def _walk(node: yaml.Node, path: str, key: str | None, out: list[ModelRef]) -> None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            child_key = k.value if isinstance(k, yaml.ScalarNode) else None
            _walk(v, path, child_key, out)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _walk(item, path, key, out)
    elif isinstance(node, yaml.ScalarNode) and key is not None and isinstance(node.value, str):
        kind = _kind_for(key)
        ident = strip_prefix(node.value.strip())
        if kind is not None and is_repo_id(ident):
            mark = node.start_mark
            column = mark.column + 1 + (1 if node.style in ("'", '"') else 0)
            out.append(ModelRef(path, mark.line + 1, column, ident, kind, None, "yaml"))


def scan_yaml(path: str, text: str) -> list[ModelRef]:
    """References in a YAML (or JSON) document stream. Raises yaml.YAMLError on bad input."""
    out: list[ModelRef] = []
    for document in yaml.compose_all(text, Loader=yaml.SafeLoader):
        if document is not None:
            _walk(document, path, None, out)
    return out
