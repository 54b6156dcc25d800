"""An f-string with nothing to fill in, a Streamlit text input's positional default, and the
fields a dataset's own class or key names its source with."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_an_f_string_without_placeholders_is_a_literal(tmp_path: Path) -> None:
    source = """\
from peft import PeftModel
from transformers import AutoModelForCausalLM

BASE_MODEL = "meta-llama/Meta-Llama-3.1-8B"
FINETUNED_MODEL = f"ed-donner/pricer-2024-09-13_13.04.39"
RUN = f"{BASE_MODEL}-run"

base = AutoModelForCausalLM.from_pretrained(BASE_MODEL)
model = PeftModel.from_pretrained(base, FINETUNED_MODEL)
"""
    refs, errors = scan_one(tmp_path, "infer.py", source)
    assert ids(refs) == {
        (4, "meta-llama/Meta-Llama-3.1-8B", "model"),
        (5, "ed-donner/pricer-2024-09-13_13.04.39", "model"),
    }
    assert errors == []


def test_a_streamlit_text_inputs_positional_default(tmp_path: Path) -> None:
    source = """\
import streamlit as st, ollama

m = st.text_input("Modell", "llama3.2")
p = st.text_area("Prompt", "Hello")
if st.button("Stream"):
    for c in ollama.chat(model=m, messages=[{"role": "user", "content": p}], stream=True):
        st.write(c["message"]["content"])
"""
    refs, errors = scan_one(tmp_path, "pages/07_stream.py", source)
    assert ids(refs) == {(3, "llama3.2", "ollama")}
    assert errors == []


def test_a_dataset_class_and_an_input_dataset_key_name_datasets(tmp_path: Path) -> None:
    source = """\
from evalkit import DatasetConfig, InferenceParams

ANGRY_TWEETS_CONFIG = DatasetConfig(
    name="angry-tweets",
    source="EuroEval/angry-tweets-mini",
    task="sentiment",
)
params = InferenceParams(
    input_dataset_name="simplescaling/s1K-1.1",
    model_name="Qwen/Qwen3-0.6B",
)
"""
    refs, errors = scan_one(tmp_path, "configs.py", source)
    assert ids(refs) == {
        (5, "EuroEval/angry-tweets-mini", "dataset"),
        (9, "simplescaling/s1K-1.1", "dataset"),
        (10, "Qwen/Qwen3-0.6B", "model"),
    }
    assert errors == []


def test_a_model_fields_help_text_gives_example_ids(tmp_path: Path) -> None:
    source = """\
from dataclasses import dataclass, field


@dataclass
class ModelArgs:
    encoder: str = field(
        metadata={"help": 'Encoder name or path. For example, "BAAI/bge-m3" or "path/to/x".'}
    )
    pooling_method: str = field(
        default="cls", metadata={"help": "Pooling, as in 'sentence-transformers/x' models"}
    )
"""
    refs, errors = scan_one(tmp_path, "utils/arguments.py", source)
    assert ids(refs) == {(7, "BAAI/bge-m3", "model")}
    assert errors == []


def test_a_providers_api_in_a_markdown_list_is_no_library_model(tmp_path: Path) -> None:
    readme = """\
# Tests

To run the tests against ollama you need:
- openai API key
- mistral API key
- mistral
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(6, "mistral", "ollama")}
    assert errors == []


def test_speechbrain_sources_are_hub_models(tmp_path: Path) -> None:
    source = """\
from speechbrain.inference.TTS import Tacotron2
from speechbrain.inference.interfaces import foreign_class

tacotron2 = Tacotron2.from_hparams(source="speechbrain/tts-tacotron2-ljspeech", savedir="tmp")
emotion = foreign_class(source="speechbrain/emotion-recognition-wav2vec2-IEMOCAP",
                        pymodule_file="custom_interface.py", classname="CustomEncoderWav2vec2")
"""
    refs, errors = scan_one(tmp_path, "tts.py", source)
    assert ids(refs) == {
        (4, "speechbrain/tts-tacotron2-ljspeech", "model"),
        (5, "speechbrain/emotion-recognition-wav2vec2-IEMOCAP", "model"),
    }
    assert errors == []


def test_python_pasted_with_typographic_quotes_is_read_and_its_error_kept(tmp_path: Path) -> None:
    source = """\
from transformers import AutoModelForCausalLM

model_id = \u2018microsoft/Florence-2-large\u2019
model = AutoModelForCausalLM.from_pretrained(model_id, trust_remote_code=True)
"""
    refs, errors = scan_one(tmp_path, "florence.py", source)
    assert {(line, col, ident) for line, col, ident, _kind in refs} == {
        (3, 13, "microsoft/Florence-2-large")
    }
    assert len(errors) == 1
    assert errors[0].startswith("3: Python syntax error: invalid character")


def test_a_default_config_a_cli_writes_out_is_read_as_yaml(tmp_path: Path) -> None:
    source = '''\
def _default_config() -> str:
    """Generate default YAML config content."""
    return """# Settings

# Model settings
model_name: "TinyLlama/TinyLlama-1.1B-Chat-v1.0"
max_trials: 10
"""
'''
    refs, errors = scan_one(tmp_path, "cli/init_cmd.py", source)
    assert ids(refs) == {(6, "TinyLlama/TinyLlama-1.1B-Chat-v1.0", "model")}
    assert errors == []


def test_a_download_flagged_as_a_dataset_after_its_id(tmp_path: Path) -> None:
    readme = """\
# Data

```bash
hf download kcz358/open-thoughts-debug --local-dir data/x --repo-type dataset
hf download Qwen/Qwen2.5-7B-Instruct && hf download org/corpus --repo-type=dataset
```
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (4, "kcz358/open-thoughts-debug", "dataset"),
        (5, "Qwen/Qwen2.5-7B-Instruct", "model"),
        (5, "org/corpus", "dataset"),
    }
    assert errors == []


def test_an_id_the_next_words_call_a_dataset_and_a_link_in_another_case(tmp_path: Path) -> None:
    readme = """\
# Whisper Bengali

The model is based on "Whisper" and fine-tuned on the "mozilla-foundation/common_voice_11_0" \
Bengali dataset.
Fine-tuned from the openai/whisper-small model on the Bengali dataset.

- [EleutherAI/gpt-neo-125M](https://huggingface.co/EleutherAI/gpt-neo-125m) (125M)
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (3, "mozilla-foundation/common_voice_11_0", "dataset"),
        (4, "openai/whisper-small", "model"),
        (6, "EleutherAI/gpt-neo-125m", "model"),
    }
    assert errors == []


def test_a_python_entry_point_is_no_ollama_tag_and_toml_keys_keep_their_lines(
    tmp_path: Path,
) -> None:
    pyproject = """\
[project.optional-dependencies]
tests = [
    "pytest",
]

[project.entry-points."ocr_translate.tsl_models"]
"ollama.tsl" = "ocr_translate_ollama.plugin:OllamaTSLModel"

[tool.ollama]
model = "llama3.1:8b"

[tool.pytest.ini_options]
testpaths = ["tests"]
"""
    refs, errors = scan_one(tmp_path, "pyproject.toml", pyproject)
    assert ids(refs) == {(10, "llama3.1:8b", "ollama")}
    assert errors == []


def test_a_distillers_and_a_fine_tunes_flags_name_models(tmp_path: Path) -> None:
    script = """\
#!/bin/bash
python distil.py \\
    --student_name_or_path TinyLlama/TinyLlama-1.1B-intermediate-step-1195k-token-2.5T \\
    --backbone Max-Bosch/ALMA-7B-pruned-GBLM-unstructured \\
    --from_pretrained "Qwen/Qwen2.5-0.5B-Instruct" \\
    --data_name_or_path maywell/ko_wikidata_QA \\
    --output_dir runs/student
"""
    refs, errors = scan_one(tmp_path, "distil.sh", script)
    assert ids(refs) == {
        (3, "TinyLlama/TinyLlama-1.1B-intermediate-step-1195k-token-2.5T", "model"),
        (4, "Max-Bosch/ALMA-7B-pruned-GBLM-unstructured", "model"),
        (5, "Qwen/Qwen2.5-0.5B-Instruct", "model"),
        (6, "maywell/ko_wikidata_QA", "dataset"),
    }
    assert errors == []


def test_a_flags_help_over_two_lines_points_at_its_id(tmp_path: Path) -> None:
    source = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument(
    "--checkpoint",
    default=None,
    help="Path to local model directory or HuggingFace repo-id. "
         "Defaults to the official typangaa/canto-tts-nano repo.",
)
"""
    refs, errors = scan_one(tmp_path, "cli.py", source)
    assert refs == {(8, 36, "typangaa/canto-tts-nano", "model")}
    assert errors == []


def test_provider_strings_and_placeholders(tmp_path: Path) -> None:
    readme = """\
# kani

Chat with a model through ollama or a provider:

```shell
$ kani huggingface:meta-llama/Meta-Llama-3-8B-Instruct
$ audify translate test.txt --model api:deepseek-chat
```
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(6, "meta-llama/Meta-Llama-3-8B-Instruct", "model")}
    source = """\
from kani.engines.huggingface import HuggingEngine

engine = HuggingEngine(model_id="org-id/model-id")
MAX_TOKENS = {
    "groq/llama3-8b-8192": 8192,
    "ollama/llama3": 4096,
}
"""
    refs, errors = scan_one(tmp_path, "engines.py", source)
    assert ids(refs) == {(6, "llama3", "ollama")}
    assert errors == []


def test_a_command_that_picks_a_hosted_provider_gives_its_api_names(tmp_path: Path) -> None:
    script = """\
#!/bin/bash
ra-aid -m "task" --provider openrouter --model mistralai/mistral-large-2411
ra-aid -m "task" --expert-provider=groq --expert-model qwen/qwen3-32b
ra-aid -m "task" --provider ollama --model qwq:32b
vllm-bench --model Qwen/Qwen3-8B
"""
    refs, errors = scan_one(tmp_path, "run.sh", script)
    assert ids(refs) == {(4, "qwq:32b", "ollama"), (5, "Qwen/Qwen3-8B", "model")}
    readme = "# Open models\n\n```bash\n" + script.split("\n", 1)[1] + "```\n"
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(6, "qwq:32b", "ollama"), (7, "Qwen/Qwen3-8B", "model")}
    assert errors == []


def test_older_sentence_transformers_names_and_a_hub_repo_field(tmp_path: Path) -> None:
    source = """\
from dataclasses import dataclass

configs = {
    "en_nli_bert_base_cls_pooling": {"dimensions": 768, "name": "nli-bert-base-cls-pooling"},
    "xx_labse": {"dimensions": 768, "name": "LaBSE"},
    "en_glove": {"dimensions": 300, "name": "average_word_embeddings_komninos"},
}
EMBEDDING_MODELS = {"labse": "sentence-transformers/LaBSE"}


@dataclass
class TextDetectorConfig:
    hf_hub_repo: str = "KotaroKinoshita/yomitoku-text-detector-dbnet-open-beta"
"""
    refs, errors = scan_one(tmp_path, "util.py", source)
    assert ids(refs) == {
        (4, "sentence-transformers/nli-bert-base-cls-pooling", "model"),
        (5, "sentence-transformers/LaBSE", "model"),
        (6, "sentence-transformers/average_word_embeddings_komninos", "model"),
        (8, "sentence-transformers/LaBSE", "model"),
        (13, "KotaroKinoshita/yomitoku-text-detector-dbnet-open-beta", "model"),
    }
    assert errors == []


def test_open_clip_names_and_folder_stand_ins_are_no_ids(tmp_path: Path) -> None:
    readme = """\
# CLIP Interrogator

Use `ViT-L-14/openai` for Stable Diffusion 1, `ViT-H-14/laion2b_s32b_b79k` for 2.0.
The model checkpoint is `laion/CLIP-ViT-H-14-laion2B-s32B-b79K`.

```bash
python -m mlx_lm.convert --hf-path original/model --mlx-path model-mlx -q
python -m mlx_lm.convert --hf-path mistralai/Mistral-7B-Instruct-v0.3 -q
```
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (4, "laion/CLIP-ViT-H-14-laion2B-s32B-b79K", "model"),
        (8, "mistralai/Mistral-7B-Instruct-v0.3", "model"),
    }
    assert errors == []


def test_a_launch_command_held_in_a_string_over_lines(tmp_path: Path) -> None:
    source = '''\
import os

os.system("""accelerate launch train_dreambooth_lora_sdxl.py \\
  --pretrained_model_name_or_path="stabilityai/stable-diffusion-xl-base-1.0"  \\
  --pretrained_vae_model_name_or_path="madebyollin/sdxl-vae-fp16-fix" \\
  --output_dir="output" \\
  --push_to_hub""")
'''
    refs, errors = scan_one(tmp_path, "train_sdxl.py", source)
    assert refs == {
        (4, 36, "stabilityai/stable-diffusion-xl-base-1.0", "model"),
        (5, 40, "madebyollin/sdxl-vae-fp16-fix", "model"),
    }
    assert errors == []


def test_promptfoos_openai_compatible_provider_on_a_library_model(tmp_path: Path) -> None:
    providers = """\
- id: openai:chat:smollm2:1.7b
  config:
    apiBaseUrl: "http://10.147.20.102:11434/v1"
- id: openai:chat:gpt-4o-mini
"""
    refs, errors = scan_one(tmp_path, "providers/providers.yaml", providers)
    assert ids(refs) == {(1, "smollm2:1.7b", "ollama")}
    assert errors == []


def test_a_target_models_flag_and_a_litellm_providers_route(tmp_path: Path) -> None:
    script = """\
python -u main.py \\
    --target_model_path meta-llama/Llama-2-7b-chat-hf \\
    --target_repo me/llama-2-gguf \\
    --attack_model lmsys/vicuna-13b-v1.5
"""
    refs, errors = scan_one(tmp_path, "run.sh", script)
    assert ids(refs) == {
        (2, "meta-llama/Llama-2-7b-chat-hf", "model"),
        (4, "lmsys/vicuna-13b-v1.5", "model"),
    }
    config = """\
model_list:
  - model_name: zhipu/glm-4-flash
    litellm_params:
      model: zhipu/glm-4-flash
  - model_name: local
    litellm_params:
      model: ollama/llama3.1:8b
"""
    refs, errors = scan_one(tmp_path, "litellm_config.yaml", config)
    assert ids(refs) == {(7, "llama3.1:8b", "ollama")}
    assert errors == []


def test_spring_placeholders_elixir_bumblebee_and_nix_model_lists(tmp_path: Path) -> None:
    java = """\
@Configuration
public class EmbeddingConfig {
    @Value("${spring.ai.ollama.embedding.options.model:nomic-embed-text}")
    private String model;
}
"""
    refs, errors = scan_one(tmp_path, "EmbeddingConfig.java", java)
    assert ids(refs) == {(3, "nomic-embed-text", "ollama")}
    elixir = """\
defmodule Agens.Archetypes do
  # {:hf, "org/commented-out-7b"}
  def serving do
    repo = {:hf, "mistralai/Mistral-7B-Instruct-v0.2", auth_token: @auth_token}
    {:ok, model_info} = Bumblebee.load_model(repo)
  end
end
"""
    refs, errors = scan_one(tmp_path, "lib/archetypes.ex", elixir)
    assert ids(refs) == {(4, "mistralai/Mistral-7B-Instruct-v0.2", "model")}
    nix = """\
{ config, pkgs, ... }:
{
    services.ollama = {
        enable = true;
        loadModels = [
            "deepseek-r1"
            "qwen2.5-coder:7b" # "phi4"
        ];
    };
}
"""
    refs, errors = scan_one(tmp_path, "modules/ollama.nix", nix)
    assert ids(refs) == {(6, "deepseek-r1", "ollama"), (7, "qwen2.5-coder:7b", "ollama")}
    assert errors == []


def test_an_id_a_document_links_as_a_space_is_a_space_in_its_code(tmp_path: Path) -> None:
    readme = """\
# Gradio client

This library works with [Qwen/Qwen2.5-Max-Demo](https://huggingface.co/spaces/Qwen/Qwen2.5-Max-Demo).

```csharp
var client = new GradioClient("Qwen/Qwen2.5-Max-Demo");
var model = "Qwen/Qwen2.5-7B-Instruct";
```
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(7, "Qwen/Qwen2.5-7B-Instruct", "model")}
    assert errors == []


def test_a_mapping_of_api_names_to_local_library_models(tmp_path: Path) -> None:
    source = """\
DEFAULT_MODEL_MAPPINGS = {
    "gpt-3.5-turbo": "llama3.2:3b",
    "gpt-4": "llama3.1:8b",
    "o3-mini": "phi4-mini-reasoning:3.8b",
    "text-embedding-3-small": "nomic-embed-text",
}
DEVICE = "cuda:0"
"""
    refs, errors = scan_one(tmp_path, "settings.py", source)
    assert ids(refs) == {
        (2, "llama3.2:3b", "ollama"),
        (3, "llama3.1:8b", "ollama"),
        (4, "phi4-mini-reasoning:3.8b", "ollama"),
        (5, "nomic-embed-text", "ollama"),
    }
    assert errors == []


def test_a_capitalized_name_ending_in_name_is_no_placeholder(tmp_path: Path) -> None:
    source = """\
class PIIRedactor:
    def __init__(self):
        self.model_paths = ["OpenPipe/Pii-Redact-Name", "your-org/model-name"]
"""
    refs, errors = scan_one(tmp_path, "redactor.py", source)
    assert ids(refs) == {(3, "OpenPipe/Pii-Redact-Name", "model")}
    assert errors == []


def test_a_short_model_flag_with_a_library_tag_and_future_api_names(tmp_path: Path) -> None:
    script = """\
#!/bin/sh
gen-alt-text -m "llama3.2-vision:90b" ~/pictures/coffee.jpg
git commit -m "qwen3:8b works"
"""
    refs, errors = scan_one(tmp_path, "alt.sh", script)
    assert refs == {(2, 18, "llama3.2-vision:90b", "ollama")}
    source = 'from transformers import pipeline\nJUDGE = pipeline(model="openai/gpt-6-luna")\n'
    refs, errors = scan_one(tmp_path, "judge.py", source)
    assert refs == set()
    assert errors == []


def test_a_library_model_with_its_tag_in_a_command_block(tmp_path: Path) -> None:
    readme = """\
# caniollama

```bash
uvx caniollama check qwen2.5-coder:7b
docker run -d redis:7 python:3.11-slim
```

```text
  "granite-code:8b": "hf://ibm-granite/granite-8b-code-base-4k-GGUF/x.gguf",
```
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (4, "qwen2.5-coder:7b", "ollama"),
        (9, "ibm-granite/granite-8b-code-base-4k-GGUF", "model"),
    }
    assert errors == []
