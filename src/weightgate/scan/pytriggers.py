"""The first, byte-level gate of the Python scanner: a file without any of these substrings
cannot hold a reference and is not decoded or parsed."""

from __future__ import annotations

import re
from functools import cache

TRIGGERS = (
    b"model",  # first: most files that hold any trigger hold this one
    b"MODEL",
    b"CHECKPOINT",  # `BASE_CHECKPOINT = "distilbert-base-cased"`
    b"pretrained",
    b"pipeline",
    b"hf_hub",
    b"snapshot_download",
    b"try_to_load_from_cache",
    b"model_info",
    b"dataset_info",
    b"load_dataset",
    b"dataset",  # `dataset_id = "org/corpus"`, in a data module that names no model
    b"DATASET",  # `DATASET = "HuggingFaceM4/ChartQA"`
    b"SentenceTransformer",
    b"CrossEncoder",
    b"LLM",
    b"InferenceClient",
    b"HuggingFace",
    b"hf-hub:",
    b"hf_hub:",
    b"Flag",
    b"Encoder",
    b"Embedd",
    b"Reranker",
    b"mlx_",
    b"huggingface.co/",
    b"hf.co/",
    b"hf-mirror.com/",
    b"hf:",
    b"huggingface://",
    b"llama",
    b"repo_id",
    b"policy_",  # LeRobot's `policy_name="org/act_x"`: a policy is a model on the Hub
    b"REPO_ID",  # a settings class's `REPO_ID = "org/name"`, in a file that says `Model` only
    b"load_lora_weights",
    b"load_adapter",
    b"load_ip_adapter",
    b"lora_",
    b"LORA",  # lorahub's `LORA_MODULE_NAMES = ["org/name", ...]`
    b"ADAPTER",
    b"load_textual_inversion",
    b"INSTRUCTOR",
    b"gr.load",
    b"Model(",
    b"Interface.load",
    b"Happy",  # HappyTransformer's `HappyTextToText("T5", "t5-base")`
    b"from_hparams",  # SpeechBrain's `EncoderClassifier.from_hparams(source="org/name")`
    b"foreign_class",
    b"hf_repo",  # mlx-whisper's `path_or_hf_repo="org/name"`
    b"tokenizer",  # a data pipeline's `tokenizer = "org/name"`, in a file that names no model
    b"TOKENIZER",  # `DEFAULT_BASE_TOKENIZER = "bert-base-uncased"`
    b"Model.load(",  # hezar's `Model.load("org/name")`, and its `Dataset.load(...)`
    b"Dataset.load(",
    b".from_hf(",  # pyterrier's `pt.Artifact.from_hf("org/name")`
    b".from_hub(",
    b"SaT(",  # wtpsplit's `SaT("sat-3l-sm")` and `WtP("wtp-bert-mini")`
    b"WtP(",
    b"Evo2(",  # `Evo2("evo2_7b")`
)


@cache
def _published() -> re.Pattern[bytes]:
    """A quoted id of a known model publisher (`'Xenova/t5-small'`), a quoted legacy id
    (`'gpt2-xl'`) or a quoted Ollama name with a size tag (`'gemma4:31b'`): tried last, on
    files that hold no trigger word, so it is built (and the publisher list imported) only for
    those; a hook run answered by the cache never needs it."""
    from weightgate.scan.prose import PUBLISHERS
    from weightgate.scan.shortnames import LEGACY_IDS

    names = b"|".join(re.escape(p.encode()) for p in sorted(PUBLISHERS))
    # ...or one of the Hub's legacy ids, whole (nanoGPT's `init_from = 'gpt2-xl'`)
    legacy = b"|".join(re.escape(n.encode()) for n in sorted(LEGACY_IDS, key=len, reverse=True))
    # ...or a quoted Ollama name with a size tag (`'gemma4:31b'` in a list of backends)
    tagged = rb"[a-z][\w.-]{0,40}:(?:\d+(?:\.\d+)?[bm]|latest)[\w.-]{0,20}[\"']"
    return re.compile(
        rb"[\"'](?:(?:" + names + rb")/|(?:" + legacy + rb")[\"']|" + tagged + rb")", re.IGNORECASE
    )


def might_reference(data: bytes) -> bool:
    """False when the file cannot contain a reference (no trigger substring at all)."""
    return any(t in data for t in TRIGGERS) or _published().search(data) is not None
