"""Hub ids written bare in documentation prose ("embeddings from BAAI/bge-base-en-v1.5").

A bare `org/name` in prose is usually a GitHub repository, a path or a ratio, so only ids of
well-known model publishers that are shaped like a model name (a size, a version, a variant)
are taken: `google/flan-t5-base` is, `google/jax` and `meta-llama/llama-models` are not.
"""

from __future__ import annotations

import re

from weightgate.scan.ids import plausible_id

#: Organizations that publish models on the Hub (lower case).
PUBLISHERS = frozenset(
    {
        "meta-llama",
        "codellama",
        "facebook",
        "mistralai",
        "qwen",
        "google",
        "google-bert",
        "google-t5",
        "microsoft",
        "openai",
        "openai-community",
        "nvidia",
        "ibm-granite",
        "deepseek-ai",
        "01-ai",
        "thudm",
        "zai-org",
        "internlm",
        "baichuan-inc",
        "moonshotai",
        "minimaxai",
        "tiiuae",
        "bigscience",
        "bigcode",
        "eleutherai",
        "allenai",
        "databricks",
        "mosaicml",
        "salesforce",
        "cohereforai",
        "coherelabs",
        "apple",
        "xai-org",
        "lmsys",
        "huggingfaceh4",
        "huggingfacetb",
        "huggingfacem4",
        "nousresearch",
        "teknium",
        "cognitivecomputations",
        "mlabonne",
        "upstage",
        "liquidai",
        "stabilityai",
        "runwayml",
        "compvis",
        "black-forest-labs",
        "stable-diffusion-v1-5",
        "deepfloyd",
        "latent-consistency",
        "xlabs-ai",
        "bytedance",
        "thebloke",
        "unsloth",
        "bartowski",
        "quantfactory",
        "mlx-community",
        "lmstudio-community",
        "redhatai",
        "neuralmagic",
        "openvino",
        "xenova",
        "onnx-community",
        "sentence-transformers",
        "baai",
        "intfloat",
        "thenlper",
        "nomic-ai",
        "alibaba-nlp",
        "jinaai",
        "mixedbread-ai",
        "snowflake",
        "cross-encoder",
        "distilbert",
        "facebookai",
        "distil-whisper",
        "systran",
        "laion",
        "timm",
        "llava-hf",
        "lllyasviel",
        "h2oai",
        "tloen",
        "vikhyatk",
        "openbmb",
        "ai21labs",
        "amazon",
    }
)
_BARE = re.compile(
    r"(?<![\w./:@#~-])(?P<org>[A-Za-z0-9][\w.-]*)/(?P<name>[A-Za-z0-9][\w.-]*[A-Za-z0-9])"
    r"(?![\w/-]|\.\w)"
)
#: A size, version or variant: what model names have and project names do not.
_MODEL_NAME = re.compile(
    r"\d|base|large|small|tiny|mini|medium|instruct|chat|embed|gguf|awq|gptq|coder|uncased"
    r"|cased|xl\b",
    re.IGNORECASE,
)


def ids_in_prose(line: str) -> list[tuple[int, str]]:
    """(offset, id) of each publisher's model id written bare in a line of prose."""
    if "/" not in line:
        return []
    out = []
    for match in _BARE.finditer(line):
        org, name = match.group("org"), match.group("name")
        ident = f"{org}/{name}"
        if org.lower() in PUBLISHERS and _MODEL_NAME.search(name) and plausible_id(ident):
            out.append((match.start(), ident))
    return out
