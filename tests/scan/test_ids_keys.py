"""The repo-id grammar, normalization, URI recognition, key roles and file families."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scan.helpers import ids, scan_one
from weightgate.scan import family
from weightgate.scan.ids import is_ollama_tag, is_templated, normalize, without_quant
from weightgate.scan.keys import role
from weightgate.scan.uris import find_uris


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("meta-llama/Llama-2-7b-hf", "meta-llama/Llama-2-7b-hf"),
        ("hf-hub:timm/vit_base", "timm/vit_base"),
        ("huggingface:Qwen/QwQ-32B", "Qwen/QwQ-32B"),  # LangChain / ai-gradio provider:model
        ("https://hf-mirror.com/BAAI/bge-m3", "BAAI/bge-m3"),  # the Hub's mirror
        ("hf://facebook/opt-125m", "facebook/opt-125m"),
        ("https://huggingface.co/TheBloke/X-GGUF/resolve/main/x.gguf", "TheBloke/X-GGUF"),
        ("all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"),
        ("gpt2", "gpt2"),
        ("openai/deepseek-ai/DeepSeek-R1", "deepseek-ai/DeepSeek-R1"),
        ("openai/whisper-large-v3", "openai/whisper-large-v3"),
        ("openai/gpt-4o", None),
        ("together_ai/meta-llama/Llama-3-8b", None),  # a hosted API's name for it
        ("hosted_vllm/meta-llama/Llama-3-8b", "meta-llama/Llama-3-8b"),  # your server loads it
        ("huggingface/meta-llama/Llama-3-8b", "meta-llama/Llama-3-8b"),
        ("sambanova/DeepSeek-R1", None),
        ("gpt-4", None),
        ("llama3", None),
        ("./checkpoints/best", None),
        ("outputs/run-1", None),
        ("configs/train.yaml", None),
        ("visuals/loss8x7.pdf", None),
        ("test_model/checkpoint-16000", None),
        ("openai/some-model", None),
        ("predibase/cnn", None),
        ("your-username/your-model", None),
        ("user/repo", None),
        ("a/b/c", None),
        ("v1/v2", None),
        ("org--x/y", None),
        ("whisper_small_atco2/best_model", None),  # a training run's output directory
        ("Shanghai_AI_Laboratory/internlm2-7b", None),  # a ModelScope namespace: `_` in it
        ("feature/PROJ-123-billing", None),  # a git branch
        ("autogptq_quantize_model/deepseek-moe-16b-chat", None),  # a local folder
        ("acme/final-checkpoint", None),
        ("acme/best-of-n-7b", "acme/best-of-n-7b"),
    ],
)
def test_normalize(raw: str, expected: str | None) -> None:
    assert normalize(raw) == expected


def test_uris_in_free_text() -> None:
    text = (
        "see https://huggingface.co/google/gemma-2b, https://huggingface.co/datasets/allenai/c4, "
        "https://huggingface.co/spaces/me/demo, https://huggingface.co/docs/hub/x, "
        "https://cdn-uploads.huggingface.co/production/uploads/x.png and hf.co/BAAI/bge-m3"
    )
    assert [(h.id, h.kind) for h in find_uris(text)] == [
        ("google/gemma-2b", "model"),
        ("allenai/c4", "dataset"),
        ("BAAI/bge-m3", "model"),
    ]


def test_a_repository_named_like_a_weights_file_in_a_download_url() -> None:
    url = "wget https://huggingface.co/acme/llama-8b-Q4_K_M.gguf/resolve/main/llama-8b.gguf"
    assert [h.id for h in find_uris(url)] == ["acme/llama-8b-Q4_K_M.gguf"]
    assert find_uris("see https://huggingface.co/acme/llama-8b-Q4_K_M.gguf") == []  # a file


def test_a_legacy_id_before_a_repository_page_is_the_whole_id() -> None:
    url = '<a href="https://huggingface.co/bert-base-uncased/resolve/main/tf_model.h5">'
    assert [h.id for h in find_uris(url)] == ["bert-base-uncased"]


def test_an_openrouter_variant_makes_a_router_slug() -> None:
    assert normalize(without_quant("mistralai/mistral-small-3.2-24b-instruct:free")) is None
    assert normalize(without_quant("TheBloke/X-GGUF:Q4_K_M")) == "TheBloke/X-GGUF"


def test_a_link_to_a_repositorys_license_cites_it() -> None:
    text = (
        "| [Llama](https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/LICENSE.txt) |\n"
        "[https://huggingface.co/acme/sd-2/blob/main/LICENSE-MODEL](x) and "
        "curl https://huggingface.co/acme/chat-7b/raw/main/README.md"
    )
    assert [h.id for h in find_uris(text)] == ["acme/chat-7b"]  # a card fetched is the model's


def test_a_weights_file_named_like_a_license_is_the_weights() -> None:
    url = "https://huggingface.co/acme/yolov11-plates/resolve/main/license-plate-v1x.pt"
    assert [h.id for h in find_uris(f"!wget -O w.pt {url}")] == ["acme/yolov11-plates"]


def test_the_hubs_search_page_is_no_repository() -> None:
    assert find_uris("[GGUF](https://huggingface.co/search/full-text?q=GGUF&type=model)") == []


def test_ollama_tags() -> None:
    assert is_ollama_tag("llama3.1:8b")
    assert is_ollama_tag("igorls/gemma-4-12B-it-GGUF:latest")
    assert not is_ollama_tag("vllm:vllm:5000")
    assert not is_ollama_tag(":latest")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("base_model", "model"),
        ("modelURL", "model"),
        ("TASK_MODEL", "model"),
        ("speculative_draft_model_path", "model"),
        ("_name_or_path", "model"),
        ("tokenizer_name", "model"),
        ("teacher", "model"),
        ("student", "model"),  # a distillation config's `student: org/name`
        ("dataset_path", "dataset"),
        ("hub_model_id", "output"),
        ("output_dir", "output"),
        ("push_to_hub_model_id", "output"),
        ("served_model_name", "none"),
        ("model_type", "none"),
        ("chat_template", "none"),
        ("repository", "generic"),
        ("hf_hub_url", "hub"),
        ("pose_estimation_checkpoint", "model"),  # a task's weights
        ("resume_from_checkpoint", "unknown"),  # a training run's state
        ("best_checkpoint", "unknown"),
        ("metric.model", "model"),  # the model a metric runs (COMET's `--metric.model org/x`)
        ("metric_for_best_model", "unknown"),  # the metric that picks the best model
        ("OLLAMA_API_MODEL_PRIMARY", "model"),  # which of a setting's models
        ("llm_model_fallback", "model"),
        ("FP32_REPO", "model"),  # the weights at one precision
        ("WEIGHTS_REPO", "model"),  # where a model's weights are published
        ("prm", "model"),  # a process reward model
        ("vlm_root_hf", "hub"),  # the Hub's copy (beside `vlm_root_modelscope`)
        ("initialize_from_hf", "hub"),  # levanter: the Hub's model a run starts from
        ("_SECEVAL_HF", "unknown"),  # a benchmark's dataset
        ("use_hf", "unknown"),  # a switch, not a repository
    ],
)
def test_key_roles(key: str, expected: str) -> None:
    assert role(key) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("train.py", "python"),
        ("demo.ipynb", "notebook"),
        ("values.yml", "yaml"),
        ("Dockerfile", "text"),
        ("Dockerfile.gpu", "text"),
        ("Modelfile", "modelfile"),
        (".env", "env"),
        (".env.production", "env"),
        ("env.example", "env"),  # a `.env` template without its dot
        ("env.sample", "env"),
        ("env", None),
        ("requirements-dev.txt", "text"),
        ("README.md", "markdown"),
        ("package-lock.json", None),
        ("logo.png", None),
    ],
)
def test_families(name: str, expected: str | None) -> None:
    assert family(Path(name)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("${MODEL_ID}", True),
        ("h2oai/%s", True),
        ("meta-llama/Llama-2-{size}-hf", True),
        ("${{ inputs.model }}", True),
        ("$MODEL", True),
        ("#/$defs/extend", False),  # a JSON Schema reference, not a model id
        ("echo $HOME && run", False),
        ("meta-llama/Llama-2-7b-hf", False),
    ],
)
def test_templated_ids(value: str, expected: bool) -> None:
    assert is_templated(value) is expected


def test_tensor_input_names_are_not_model_positions() -> None:
    from weightgate.scan import keys

    assert keys.role("model_input_names") == "none"
    assert keys.role("model_name") == "model"


def test_a_notebook_or_script_path_is_no_id() -> None:
    assert normalize("demo/MQAG_demo1.ipynb") is None
    assert normalize("src/index.ts") is None


def test_a_metric_named_for_the_best_model_is_no_model_key(tmp_path: Path) -> None:
    py = """\
from transformers import TrainingArguments

args = TrainingArguments("out", metric_for_best_model="eval/macro_f1")
cfg = {"metric_for_best_model": "eval/f1", "model_name": "acme/x-1b"}
"""
    refs, _ = scan_one(tmp_path, "train.py", py)
    assert ids(refs) == {(4, "acme/x-1b", "model")}


def test_the_old_documentation_root_is_no_organization() -> None:
    text = "[GPT-2](https://huggingface.co/transformers/model_doc/gpt2.html) and hf.co/acme/x-7b"
    assert [(h.id, h.kind) for h in find_uris(text)] == [("acme/x-7b", "model")]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("cerebras/Cerebras-GPT-1.3B", "cerebras/Cerebras-GPT-1.3B"),  # published on the Hub
        ("Groq/Llama-3-Groq-8B-Tool-Use", "Groq/Llama-3-Groq-8B-Tool-Use"),
        ("cerebras/llama3.1-8b", None),  # the same providers' APIs, as LiteLLM names them
        ("groq/llama3-70b-8192", None),
    ],
)
def test_a_provider_that_also_publishes_on_the_hub(value: str, expected: str | None) -> None:
    assert normalize(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("gemini-group/gemini-3.5-flash", None),  # a gateway's slugs for hosted models
        ("claude-group/claude-sonnet-5", None),
        ("Xenova/gpt-4o", "Xenova/gpt-4o"),  # the tokenizer's copy on the Hub
        ("acme/gpt-4o-distilled", "acme/gpt-4o-distilled"),
        ("acme/claude-opus-4.6-reasoning-8.7k", "acme/claude-opus-4.6-reasoning-8.7k"),
    ],
)
def test_a_hosted_models_name_under_any_organization(value: str, expected: str | None) -> None:
    assert normalize(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("user/bert-base-uncased", None),  # the reader's own account, unnamed
        ("your-username/llama-3-8b-finetuned", None),
        ("users/bert-base-uncased", "users/bert-base-uncased"),
    ],
)
def test_an_organization_that_stands_for_the_readers_account(
    value: str, expected: str | None
) -> None:
    assert normalize(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        *("TensorFlow/Keras", "JAX/Flax", "LoRA/PEFT", "repo/id", "hf-org/base"),
        *("provider/model-id", "linux/x86_64", "darwin/arm64", "win32/amd64"),
        *("Qwen/other", "acme/foo", "facebookresearch/sam-3d-body"),
        *("rknn/model_b1_s32_o3.rknn", "models/yamnet.tflite", "ios/Encoder.mlpackage"),
    ],
)
def test_alternatives_and_stand_ins_that_name_no_repository(value: str) -> None:
    assert normalize(value) is None
