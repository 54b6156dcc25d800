"""Model descriptions and catalogs: `hf:` URIs, model classes' fields, model-named functions,
Ollama-named settings, commands shown in strings, enums and assertions in JavaScript, and what
is not a reference (image URLs, placeholder names, hosted-API classes)."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one

PY = """\
from acme.model import ChatModel, HFModel, Model

V1_MODEL = Model(
    path="acme/deberta-v3-injection",
    onnx_path="ACME/deberta-v3-injection-onnx",
    output_path="acme/written-here",
)
CHAT = ChatModel(id="acme-gemini/gemini-pro", name="gemini/gemini-pro", provider="Google")
LOCAL = Model(path="./checkpoints/best")
TTS = HFModel(path_or_uri="acme/bark", revision="main")


def default_model(gpu: bool) -> str:
    if gpu:
        return "acme/whisper-small"
    return "acme/whisper-tiny-int8"


def output_dir() -> str:
    return "acme/not-a-model"


class Settings:
    OTERM_OLLAMA_IMAGE_MODEL: str = "x/z-image-turbo"


assert base_model, "Please pass --base_model, e.g. --base_model='acme/llama-7b'"
cmd = "python serve.py --model acme/served-8b --port 8000"
note = "git commit -m acme/not-a-model"
"""


def test_model_descriptions_in_python(tmp_path: Path) -> None:
    refs, errors = scan_one(tmp_path, "models.py", PY)
    assert ids(refs) == {
        (4, "acme/deberta-v3-injection", "model"),
        (5, "ACME/deberta-v3-injection-onnx", "model"),
        (10, "acme/bark", "model"),
        (15, "acme/whisper-small", "model"),
        (16, "acme/whisper-tiny-int8", "model"),
        (24, "x/z-image-turbo", "ollama"),
        (27, "acme/llama-7b", "model"),
        (28, "acme/served-8b", "model"),
    }
    assert errors == []


def test_sentence_transformers_short_names(tmp_path: Path) -> None:
    src = "from sentence_transformers import SentenceTransformer\n"
    src += "a = SentenceTransformer('bert-base-nli-mean-tokens')\n"
    src += "b = SentenceTransformer('fine_tuned_model')\n"
    refs, _ = scan_one(tmp_path, "st.py", src)
    assert ids(refs) == {(2, "sentence-transformers/bert-base-nli-mean-tokens", "model")}


JS = """\
const RECOMMENDED = [
    "hf:acme/gemma-31B-it-GGUF:Q8_0",
    "hf:acme/stable-code-3b/stable-code-3b-q5_k_m.gguf",
];
SparseEmbeddingModel["SpladePPEnV1"] = "acme/splade-pp";
Colors["Red"] = "acme/not-a-model";
expect(embedder.getConfig().model_name).toBe("acme/mini-l6");
if (modelId === "acme/compared") {}
enum EmbeddingModel { BGEBase = "acme/bge-base", Fast = "fast-bge-small" }
/**
 * Usage:
 *   model: "acme/documented-7b",
 */
// const old = { model: "acme/disabled" };
"""


def test_catalogs_enums_and_assertions_in_javascript(tmp_path: Path) -> None:
    refs, _ = scan_one(tmp_path, "models.js", JS)
    assert ids(refs) == {
        (2, "acme/gemma-31B-it-GGUF", "model"),
        (3, "acme/stable-code-3b", "model"),
        (5, "acme/splade-pp", "model"),
        (7, "acme/mini-l6", "model"),
        (8, "acme/compared", "model"),
        (9, "acme/bge-base", "model"),
        (12, "acme/documented-7b", "model"),
    }


def test_ollama_port_and_jsdoc_tags(tmp_path: Path) -> None:
    js = 'await fetch("http://localhost:11434/v1/chat/completions", {\n  body: JSON.stringify({\n'
    js += '    model: "llama3",\n  }),\n});\n/**\n *   model: "llama3.1:8b",\n */\n'
    js += 'const cfg = { model: "test-model" };\n'
    refs, _ = scan_one(tmp_path, "chat.js", js)
    assert ids(refs) == {(3, "llama3", "ollama"), (7, "llama3.1:8b", "ollama")}


def test_toml_catalog_quantization_and_ollama_tables(tmp_path: Path) -> None:
    toml = '[[llama]]\nname = "local-alias"\nhf = "acme/qwen3-4b-GGUF:Q4_K_M"\n\n'
    toml += '[[ollama]]\nname = "qwen3-embedding:0.6b"\n'
    refs, _ = scan_one(tmp_path, "models.toml", toml)
    assert ids(refs) == {
        (3, "acme/qwen3-4b-GGUF", "model"),
        (6, "qwen3-embedding:0.6b", "ollama"),
    }


def test_commands_with_short_model_flags(tmp_path: Path) -> None:
    md = "```\n"
    md += 'docker run img bash -c "convert_model -m \\"acme/contriever\\" --output out"\n'
    md += "python -m vllm.entrypoints.openai.api_server\n"
    md += 'git commit -m "fix/typo"\n'
    md += "```\n"
    refs, _ = scan_one(tmp_path, "guide.md", md)
    assert ids(refs) == {(2, "acme/contriever", "model")}


def test_unclosed_python_fence_is_read_up_to_the_prose(tmp_path: Path) -> None:
    md = "# Use\n\n```python\n!pip install peft\nbase = 'acme/base-7b'\n"
    md += "m = AutoModel.from_pretrained(base)\n\n---\n\nBase Model: acme base 7B\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert (5, "acme/base-7b", "model") in ids(refs)


def test_not_references(tmp_path: Path) -> None:
    md = '<img src="https://huggingface.co/datasets/acme/images/resolve/main/banner.png">\n'
    md += "Weights: https://huggingface.co/acme/model-7b/resolve/main/model.gguf\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(2, "acme/model-7b", "model")}
    py = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("your/model")\n'
    refs, _ = scan_one(tmp_path, "placeholder.py", py)
    assert refs == set()


def test_a_line_about_hugging_face_names_a_model(tmp_path: Path) -> None:
    md = "# Adapter\n\nHuggingFace Hub: **someone/qlora-mistral7b-dolly15k**\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "someone/qlora-mistral7b-dolly15k", "model")}


def test_more_ollama_library_names_in_a_guide(tmp_path: Path) -> None:
    md = "# Ollama\n\n- **Vision models**: `minicpm-v`, `bakllava`\n- **Chat**: `phi4-mini`\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert {i for _l, i, _k in ids(refs)} == {"minicpm-v", "bakllava", "phi4-mini"}


def test_diffusion_and_reward_keys_in_configs(tmp_path: Path) -> None:
    yaml = "vae: acme/sd-vae\nunet: acme/sd-unet\ntext_encoder: acme/clip-large\n"
    yaml += "controlnet: acme/controlnet-canny\ncheckpoint: acme/sd-v1-4\n"
    yaml += "reward:\n  path: acme/reward-deberta\nresume_from_checkpoint: outputs/checkpoint-500\n"
    yaml += "encoder_type: transformer\n"
    refs, _ = scan_one(tmp_path, "conf/model.yaml", yaml)
    assert {i for _l, i, _k in ids(refs)} == {
        "acme/sd-vae",
        "acme/sd-unet",
        "acme/clip-large",
        "acme/controlnet-canny",
        "acme/sd-v1-4",
        "acme/reward-deberta",
    }


def test_job_scripts_and_terraform(tmp_path: Path) -> None:
    slurm = (
        "#!/bin/bash\n#SBATCH --gres=gpu:4\ntorchrun train.py --model_name_or_path acme/opt-1b\n"
    )
    refs, _ = scan_one(tmp_path, "train.slurm", slurm)
    assert ids(refs) == {(3, "acme/opt-1b", "model")}
    tf = 'resource "aws_sagemaker_model" "m" {\n  environment = {\n'
    tf += '    HF_MODEL_ID = "acme/llama-8b"\n  }\n}\n'
    refs, _ = scan_one(tmp_path, "main.tf", tf)
    assert ids(refs) == {(3, "acme/llama-8b", "model")}
