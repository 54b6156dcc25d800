"""Lists of Whisper sizes where a Hub Whisper backend is in use, variants in a table of ids, a
model registry, providers' table rows, a list inside an object, a self-hosted route with a
public URL, a library's loader named for the Hub, and Helsinki-NLP's translation models."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_faster_whisper_tool_lists_its_sizes(tmp_path: Path) -> None:
    source = """\
from faster_whisper import WhisperModel

VALID_MODELS = (
    "tiny", "base",
    "small", "large-v3", "turbo",
)
PRESETS = [("tiny", "fastest"), ("medium", "balanced"), ("large-v3", "best")]


def main(parser):
    parser.add_argument(
        "--size",
        help="Size of the model (tiny, base.en, small, or large-v2) or a path",
    )


def load(size):
    \"\"\"Load a model: tiny, base, small or medium.\"\"\"
    return WhisperModel(size)
"""
    refs, errors = scan_one(tmp_path, "transcribe.py", source)
    assert ids(refs) == {
        (4, "Systran/faster-whisper-tiny", "model"),
        (4, "Systran/faster-whisper-base", "model"),
        (5, "Systran/faster-whisper-small", "model"),
        (5, "Systran/faster-whisper-large-v3", "model"),
        (5, "mobiuslabsgmbh/faster-whisper-large-v3-turbo", "model"),
        (7, "Systran/faster-whisper-tiny", "model"),
        (7, "Systran/faster-whisper-medium", "model"),
        (7, "Systran/faster-whisper-large-v3", "model"),
        (13, "Systran/faster-whisper-tiny", "model"),
        (13, "Systran/faster-whisper-base.en", "model"),
        (13, "Systran/faster-whisper-small", "model"),
        (13, "Systran/faster-whisper-large-v2", "model"),
    }
    assert errors == []


def test_sizes_are_no_models_where_no_hub_backend_is_named(tmp_path: Path) -> None:
    source = """\
import whisper

SIZES = ["tiny", "base", "small", "medium"]
model = whisper.load_model("base")
"""
    refs, errors = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == set()
    assert errors == []


def test_a_readme_of_a_faster_whisper_tool(tmp_path: Path) -> None:
    source = """\
# subtitler

Transcribes with faster-whisper on the CPU.

Options: `-m/--model` (tiny, base, small, medium, large-v3), default `small`.

    subtitler talk.mp3 --model large-v3-turbo

| Model | Size |
| --- | --- |
| `tiny.en` | 39 M |
| `distil-large-v3` | 756 M |

Loads the base model in 4-bit so large models fit on small GPUs.
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (5, "Systran/faster-whisper-tiny", "model"),
        (5, "Systran/faster-whisper-base", "model"),
        (5, "Systran/faster-whisper-small", "model"),
        (5, "Systran/faster-whisper-medium", "model"),
        (5, "Systran/faster-whisper-large-v3", "model"),
        (7, "mobiuslabsgmbh/faster-whisper-large-v3-turbo", "model"),
        (11, "Systran/faster-whisper-tiny.en", "model"),
        (12, "Systran/faster-distil-whisper-large-v3", "model"),
    }
    assert errors == []


def test_a_lightning_whisper_readme_names_no_size_it_lacks(tmp_path: Path) -> None:
    source = """\
Batched decoding with lightning-whisper-mlx.

Models: tiny, small.en, base, medium, large-v3
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (3, "mlx-community/whisper-tiny", "model"),
        (3, "mlx-community/whisper-base-mlx", "model"),
        (3, "mlx-community/whisper-medium-mlx", "model"),
        (3, "mlx-community/whisper-large-v3-mlx", "model"),
    }
    assert errors == []


def test_variants_beside_sized_ids_in_one_table(tmp_path: Path) -> None:
    source = """\
_KNOWN_REPOS = {
    "facebook/musicgen-small",
    "facebook/musicgen-large",
    "facebook/musicgen-melody",
    "facebook/musicgen-style",
    "models/musicgen-local",
}
"""
    refs, errors = scan_one(tmp_path, "convert.py", source)
    assert ids(refs) == {
        (2, "facebook/musicgen-small", "model"),
        (3, "facebook/musicgen-large", "model"),
        (4, "facebook/musicgen-melody", "model"),
        (5, "facebook/musicgen-style", "model"),
    }
    assert errors == []


def test_a_model_registry_maps_names_to_repositories(tmp_path: Path) -> None:
    source = """\
MODEL_REGISTRY: dict[str, str] = {
    "musicgen-style": "someone/mlx-musicgen-style",
}
IMAGE_REGISTRY = "ghcr.io/org"
"""
    refs, errors = scan_one(tmp_path, "model_registry.py", source)
    assert ids(refs) == {(2, "someone/mlx-musicgen-style", "model")}
    assert errors == []


def test_a_hosted_providers_table_row_names_no_ollama_model(tmp_path: Path) -> None:
    source = """\
Run it against Ollama or a hosted API.

| Provider | Default Model |
| --- | --- |
| Ollama | llama3.2 |
| Mistral | mistral-small |
| Cohere | command-r |
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(5, "llama3.2", "ollama")}
    assert errors == []


def test_a_list_inside_an_object_starts_at_its_bracket(tmp_path: Path) -> None:
    source = """\
// providers, Ollama first
const PROVIDERS = [
    { id: 'ollama', label: 'Ollama', models: ['llama3', 'mistral'] },
    { id: 'qwen', label: 'Qwen', envVar: 'QWEN_API_KEY', models: ['qwen-max'] },
];
"""
    refs, errors = scan_one(tmp_path, "constants.js", source)
    assert ids(refs) == {(3, "llama3", "ollama"), (3, "mistral", "ollama")}
    assert errors == []


def test_a_route_to_self_hosted_vllm_on_a_public_host(tmp_path: Path) -> None:
    source = """\
import litellm

response = litellm.completion(
    model="hosted_vllm/Qwen/Qwen3-30B-A3B-Instruct-2507",
    messages=[],
    api_base="http://gpu.example.edu:9000/v1",
)
hosted = litellm.completion(model="openai/Qwen/Qwen3-8B", api_base="https://api.example.com/v1")
"""
    refs, errors = scan_one(tmp_path, "client.py", source)
    assert ids(refs) == {(4, "Qwen/Qwen3-30B-A3B-Instruct-2507", "model")}
    assert errors == []


def test_a_library_loader_named_for_the_hub(tmp_path: Path) -> None:
    source = """\
import pyterrier as pt

index = pt.Artifact.from_hf("pyterrier/ragwiki-terrier")
local = pt.Artifact.from_hf("./indexes/mine")
"""
    refs, errors = scan_one(tmp_path, "rag.py", source)
    assert ids(refs) == {(3, "pyterrier/ragwiki-terrier", "model")}
    assert errors == []


def test_opus_mt_models_in_prose(tmp_path: Path) -> None:
    source = """\
# Chinese to English

Translates Chinese text to English using the Helsinki-NLP/opus-mt-zh-en model.
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(3, "Helsinki-NLP/opus-mt-zh-en", "model")}
    assert errors == []


def test_a_docstring_of_an_ollama_provider_gives_tags(tmp_path: Path) -> None:
    source = '''\
import ollama


class OllamaProvider:
    """Runs models on a local Ollama server.

    Supported model IDs:
    - Standard Ollama: llama3.2:1b, mistral:7b, qwen2.5:7b, etc.
    """

    def generate(self, prompt, model="gemma2:2b"):
        return ollama.generate(model=model, prompt=prompt)
'''
    refs, errors = scan_one(tmp_path, "ollama_provider.py", source)
    assert ids(refs) == {
        (8, "llama3.2:1b", "ollama"),
        (8, "mistral:7b", "ollama"),
        (8, "qwen2.5:7b", "ollama"),
        (11, "gemma2:2b", "ollama"),
    }
    assert errors == []


def test_flair_taggers_and_transformer_embeddings(tmp_path: Path) -> None:
    source = """\
from flair.embeddings import TransformerWordEmbeddings
from flair.models import SequenceTagger

tagger = SequenceTagger.load("flair/ner-english-fast")
local = SequenceTagger.load("resources/taggers/final-model.pt")
embeddings = TransformerWordEmbeddings(model="xlm-roberta-large", layers="-1")
"""
    refs, errors = scan_one(tmp_path, "ner.py", source)
    assert ids(refs) == {
        (4, "flair/ner-english-fast", "model"),
        (6, "xlm-roberta-large", "model"),
    }
    assert errors == []


def test_the_model_a_training_starts_from(tmp_path: Path) -> None:
    source = """\
from dataclasses import dataclass


@dataclass
class TrainConfig:
    seed: int = 42
    model_base: str = "someone/glinerdd"
"""
    refs, errors = scan_one(tmp_path, "train_config.py", source)
    assert ids(refs) == {(7, "someone/glinerdd", "model")}
    assert errors == []


def test_a_usage_text_gives_examples(tmp_path: Path) -> None:
    source = '''\
import sys

USAGE = """usage: toklen <model> [text]

examples:
  toklen openai-community/gpt2 "hello world"
  toklen Qwen/Qwen3-8B < README.md"""
TITLE = "toklen openai-community/gpt2"


def main():
    if len(sys.argv) < 2:
        print(USAGE, file=sys.stderr)
    return AutoTokenizer.from_pretrained(sys.argv[1])
'''
    refs, errors = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == {
        (6, "openai-community/gpt2", "model"),
        (7, "Qwen/Qwen3-8B", "model"),
        (8, "openai-community/gpt2", "model"),  # a message naming a publisher's model
    }
    assert errors == []


def test_ollama_names_mapped_to_hub_ids(tmp_path: Path) -> None:
    source = """\
DEFAULT_MAPPINGS = {
    "llama2": "meta-llama/Llama-2-7b-chat-hf",
    "llama2:13b": "meta-llama/Llama-2-13b-chat-hf",
    "llama2:70b": "meta-llama/Llama-2-70b-chat-hf",
    "phi": "microsoft/phi-2",
}
"""
    refs, errors = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {
        (2, "llama2", "ollama"),
        (2, "meta-llama/Llama-2-7b-chat-hf", "model"),
        (3, "llama2:13b", "ollama"),
        (3, "meta-llama/Llama-2-13b-chat-hf", "model"),
        (4, "llama2:70b", "ollama"),
        (4, "meta-llama/Llama-2-70b-chat-hf", "model"),
        (5, "phi", "ollama"),
        (5, "microsoft/phi-2", "model"),
    }
    assert errors == []


def test_a_whisper_size_setting_and_a_class_built_from_a_model(tmp_path: Path) -> None:
    source = """\
from lm_pub_quiz import Evaluator

WHISPER_MODEL_SIZE = "base"
BATCH_SIZE = 8
evaluator = Evaluator.from_model("gpt2", model_type="CLM")
"""
    refs, errors = scan_one(tmp_path, "settings.py", source)
    assert ids(refs) == {(3, "openai/whisper-base", "model"), (5, "gpt2", "model")}
    assert errors == []


def test_a_routers_slugs_and_docstring_short_names(tmp_path: Path) -> None:
    source = '''\
class ModelProviderName:
    openrouter = "openrouter"
    fireworks_ai = "fireworks_ai"


def providers():
    """The providers of each encoder.

    Encoders: ``all-MiniLM-L6-v2`` or an org/name id.
    """
    return [
        KilnEmbeddingModelProvider(name=ModelProviderName.openrouter, model_id="baai/bge-m3"),
        KilnEmbeddingModelProvider(name=ModelProviderName.fireworks_ai, model_id="BAAI/bge-m3"),
        Summarizer(provider="openrouter", model="qwen/qwen3-32b"),
    ]


DOC = """Providers: ollama:llama3.1:8b works."""
'''
    refs, errors = scan_one(tmp_path, "providers.py", source)
    assert ids(refs) == {
        (9, "sentence-transformers/all-MiniLM-L6-v2", "model"),
        (13, "BAAI/bge-m3", "model"),
        (18, "llama3.1:8b", "ollama"),  # a message of a file about Ollama names its tag
    }
    assert errors == []


def test_a_langchain_ollama_spec_in_a_docstring(tmp_path: Path) -> None:
    source = '''\
"""Summarizers.

Any model spec works: ``"ollama:llama3.1:8b"`` runs on a local Ollama server.
"""
import ollama


def summarize(text, model="qwen3:4b"):
    return ollama.generate(model=model, prompt=text)
'''
    refs, errors = scan_one(tmp_path, "summarizers.py", source)
    assert ids(refs) == {(3, "llama3.1:8b", "ollama"), (8, "qwen3:4b", "ollama")}
    assert errors == []


def test_a_hosted_providers_route_is_no_namespaced_ollama_model(tmp_path: Path) -> None:
    source = """\
# Ranker

Runs on Ollama or a hosted API.

```python
LLMConfig(model="bedrock/anthropic.claude-3-sonnet-20240229-v1:0")  # AWS Bedrock
LLMConfig(model="huihui_ai/deepseek-r1:8b")  # a user's model on Ollama
```
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(7, "huihui_ai/deepseek-r1:8b", "ollama")}
    assert errors == []


def test_a_data_class_is_given_a_dataset_repository(tmp_path: Path) -> None:
    source = """\
_CONFIGS = [
    TrainConfig(
        name="pi0_libero",
        data=LeRobotLiberoDataConfig(repo_id="physical-intelligence/libero", extra=True),
    ),
]
DATA_SOURCES = {"ReplicaCAD": DataSource(hf_repo_id="haosulab/ReplicaCAD", target="x")}
base = TrainConfig(model_repo_id="org/pi0-base")


def main(parser):
    parser.error("pass --repo-id and/or --root")
"""
    refs, errors = scan_one(tmp_path, "dataconfig.py", source)
    assert ids(refs) == {
        (4, "physical-intelligence/libero", "dataset"),
        (7, "haosulab/ReplicaCAD", "dataset"),
        (8, "org/pi0-base", "model"),
    }
    assert errors == []


def test_a_vision_language_model_setting_read_from_the_environment(tmp_path: Path) -> None:
    filler = "\n".join(f"def helper_{i}(x):\n    return x + {i}\n" for i in range(400))
    source = f"""\
import os

from transformers import AutoModel

DEFAULT_MODEL = os.environ.get("SCIPUB2MD_VLM_ID", "Qwen/Qwen3-VL-8B-Instruct")
OCR_MODEL = os.environ.get("SCIPUB2MD_LIGHTONOCR_ID", "lightonai/LightOnOCR-2-1B")

{filler}

class Transcriber:
    def __init__(self, model_id=DEFAULT_MODEL):
        self.model_id = model_id

{filler}

    def load(self):
        return AutoModel.from_pretrained(self.model_id)
"""
    refs, errors = scan_one(tmp_path, "extract.py", source)
    assert ids(refs) == {
        (5, "Qwen/Qwen3-VL-8B-Instruct", "model"),
        (6, "lightonai/LightOnOCR-2-1B", "model"),
    }
    assert errors == []


def test_an_ollama_servers_address_is_no_tag(tmp_path: Path) -> None:
    source = """\
const ollama = new Ollama({
    host: 'localhost:11434',
});
const reply = await ollama.chat({ model: 'llama3.2:3b', messages });
"""
    refs, errors = scan_one(tmp_path, "index.js", source)
    assert ids(refs) == {(4, "llama3.2:3b", "ollama")}
    assert errors == []


def test_a_file_of_a_gguf_repository_names_the_repository(tmp_path: Path) -> None:
    source = """\
const llm = await createLLM({
  model: 'TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF/tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf',
});
const local = await createLLM({ model: 'models/llama-GGUF/llama.Q4_K_M.gguf' });
"""
    refs, errors = scan_one(tmp_path, "chat.js", source)
    assert ids(refs) == {(2, "TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF", "model")}
    assert errors == []


def test_a_table_of_checkpoints_with_their_family(tmp_path: Path) -> None:
    source = """\
LOCAL_CHECKPOINTS: dict[str, tuple[str, str]] = {
    "prost_t5": ("Rostlab/ProstT5_fp16", "prost_t5"),
    "ankh_base": ("ElnaggarLab/ankh-base", "ankh"),
    "esmc_300m": ("Synthyra/ESMplusplus_small", "esmc"),
}


def load(key):
    return AutoModel.from_pretrained(LOCAL_CHECKPOINTS[key][0])
"""
    refs, errors = scan_one(tmp_path, "local.py", source)
    assert ids(refs) == {
        (2, "Rostlab/ProstT5_fp16", "model"),
        (3, "ElnaggarLab/ankh-base", "model"),
        (4, "Synthyra/ESMplusplus_small", "model"),
    }
    assert errors == []


def test_a_message_in_a_file_about_ollama_names_tags(tmp_path: Path) -> None:
    source = """\
import { Ollama } from 'ollama';

export function hint() {
  return "Start more local Ollama models (e.g. mistral-small:24b, gemma3:27b) first.";
}
"""
    refs, errors = scan_one(tmp_path, "panel.js", source)
    assert ids(refs) == {(4, "mistral-small:24b", "ollama"), (4, "gemma3:27b", "ollama")}
    assert errors == []


def test_an_embeddings_file_is_no_model(tmp_path: Path) -> None:
    source = """\
# protspace

    protspace project -i embeddings/prot_t5.h5 -m pca2 -o out/ --model facebook/esm2_t6_8M_UR50D
"""
    refs, errors = scan_one(tmp_path, "cli.md", source)
    assert ids(refs) == {(3, "facebook/esm2_t6_8M_UR50D", "model")}
    assert errors == []


def test_a_docstrings_hub_links(tmp_path: Path) -> None:
    source = '''\
"""Mock the pipeline to run the safety checker.

Reference:
* https://github.com/huggingface/diffusers/blob/main/safety_checker.py
* https://huggingface.co/CompVis/stable-diffusion-safety-checker
"""
from transformers import AutoModel

model = AutoModel.from_pretrained(NAME)
'''
    refs, errors = scan_one(tmp_path, "sdhook.py", source)
    assert ids(refs) == {(5, "CompVis/stable-diffusion-safety-checker", "model")}
    assert errors == []


def test_timm_names_of_pretrained_weights(tmp_path: Path) -> None:
    source = """\
import timm

model = timm.create_model("vit_small_patch14_dinov2.lvd142m", pretrained=True)
backbone = Backbone(model_name="tf_efficientnet_b0.ns_jft_in1k", pretrained=True)
settings = Settings(model_name="config.in1k")
"""
    refs, errors = scan_one(tmp_path, "encoder.py", source)
    assert ids(refs) == {
        (3, "timm/vit_small_patch14_dinov2.lvd142m", "model"),
        (4, "timm/tf_efficientnet_b0.ns_jft_in1k", "model"),
    }
    assert errors == []
