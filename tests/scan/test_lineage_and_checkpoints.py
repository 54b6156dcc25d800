"""A model section's lineage keys, a fine-tune's `--checkpoint` flag and recent Ollama
library names."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_lineage_keys_under_a_model_section_name_models(tmp_path: Path) -> None:
    config = """\
model:
  base: mlx-community/Qwen2.5-7B-Instruct-4bit
  upstream_reference: Qwen/Qwen2.5-7B-Instruct
  original_repo: meta-llama/Llama-3.2-1B
  adapter_out: adapters/sft
  source: huggingface
training:
  base: outputs/run-1
  upstream: origin/main
"""
    refs, errors = scan_one(tmp_path, "configs/sft.yaml", config)
    assert ids(refs) == {
        (2, "mlx-community/Qwen2.5-7B-Instruct-4bit", "model"),
        (3, "Qwen/Qwen2.5-7B-Instruct", "model"),
        (4, "meta-llama/Llama-3.2-1B", "model"),
    }
    assert errors == []


def test_a_checkpoint_flag_names_a_model_and_a_run_directory_does_not(tmp_path: Path) -> None:
    makefile = """\
finetune:
\tpython3 finetune.py \\
\t\t--dataset=ift_dataset \\
\t\t--checkpoint=mistralai/Mistral-7B-v0.1 \\
\t\t--ft_checkpoint=ft_ckpt/last \\
\t\t--resume_from_checkpoint outputs/checkpoint-500 \\
\t\t--checkpoint_dir checkpoints/run1
"""
    refs, errors = scan_one(tmp_path, "Makefile", makefile)
    assert ids(refs) == {(4, "mistralai/Mistral-7B-v0.1", "model")}
    assert errors == []


def test_deepseek_ocr_is_an_ollama_library_name(tmp_path: Path) -> None:
    backend = """\
class OllamaBackend:
    def __init__(self, model_name: str = "deepseek-ocr", ollama_url: str = "http://x:11434"):
        self.model_name = model_name
"""
    refs, errors = scan_one(tmp_path, "backends/ollama.py", backend)
    assert ids(refs) == {(2, "deepseek-ocr", "ollama")}
    assert errors == []


def test_list_items_that_are_only_legacy_ids_are_models(tmp_path: Path) -> None:
    notes = """\
## Text classification

*    distilbert-base-uncased-finetuned-sst-2-english
*   bert-base-uncased
*    t5-small, t5-base, t5-large

## Question answering

    distilbert-base-cased-distilled-squad

## Setup

- transformers
- ctrl
- gpt2 is the smallest
"""
    refs, errors = scan_one(tmp_path, "README.md", notes)
    assert ids(refs) == {
        (3, "distilbert-base-uncased-finetuned-sst-2-english", "model"),
        (4, "bert-base-uncased", "model"),
        (5, "t5-small", "model"),
        (5, "t5-base", "model"),
        (5, "t5-large", "model"),
        (9, "distilbert-base-cased-distilled-squad", "model"),
    }
    assert errors == []


def test_ids_listed_under_a_line_about_models_that_ends_with_a_colon(tmp_path: Path) -> None:
    readme = """\
The specified models from Hugging Face are used for the different tasks:
- **Chat Model**: `google/flan-t5-small`
- **Summarization**: `Falconsai/text_summarization`

Task Master supports Claude models through the Claude Code CLI:

- **Models**: `claude-code/opus` and `claude-code/sonnet`

The model to load can be either:
  - a model id on the Hub, e.g., `bigscience/bloom`.

Our folders:
- `src/utils`
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (2, "google/flan-t5-small", "model"),
        (3, "Falconsai/text_summarization", "model"),
    }
    assert errors == []


def test_a_loop_named_for_a_model_over_literals_names_models(tmp_path: Path) -> None:
    plugin = """\
import llm
from ollama import embeddings


@llm.hookimpl
def register_embedding_models(register):
    for model_id in (
        "mxbai-embed-large",
        "nomic-embed-text",
    ):
        register(OllamaEmbeddingModel(model_id))
    for size in ("small", "large"):
        register(size)
"""
    refs, errors = scan_one(tmp_path, "llm_embed_ollama.py", plugin)
    assert ids(refs) == {(8, "mxbai-embed-large", "ollama"), (9, "nomic-embed-text", "ollama")}
    assert errors == []


def test_arrays_given_again_before_each_loop_hold_every_value(tmp_path: Path) -> None:
    script = """\
declare -a models=(gpt2 gpt2-medium EleutherAI/pythia-70m-deduped)
for model in "${models[@]}"; do
    python eval.py --model $model
done
declare -a models=(facebook/opt-1.3b gpt2-xl)
for model in "${models[@]}"; do
    python eval.py --model $model
done
"""
    refs, errors = scan_one(tmp_path, "tse.sh", script)
    assert ids(refs) == {
        (1, "gpt2", "model"),
        (1, "gpt2-medium", "model"),
        (1, "EleutherAI/pythia-70m-deduped", "model"),
        (5, "facebook/opt-1.3b", "model"),
        (5, "gpt2-xl", "model"),
    }
    assert errors == []


def test_an_array_of_ollama_provider_strings_holds_ollama_tags(tmp_path: Path) -> None:
    script = """\
#!/bin/bash
models=(
    "ollama:qwen3:8b-q4_K_M"
    "ollama:hf.co/ibm-granite/granite-3.3-8b-instruct-GGUF:Q4_K_M"
)
for model in "${models[@]}"; do
    uv run python -m eval.experiment -m $model
done
"""
    refs, errors = scan_one(tmp_path, "eval-ollama.sh", script)
    assert ids(refs) == {
        (3, "qwen3:8b-q4_K_M", "ollama"),
        (4, "ibm-granite/granite-3.3-8b-instruct-GGUF", "model"),
    }
    assert errors == []


def test_rust_and_ruby_ollama_clients_name_their_models(tmp_path: Path) -> None:
    rust = """\
use ollama_rs::Ollama;
fn main() {
    let mut ollama = Ollama::new("http://localhost:11434/api/generate", "phi4")?;
}
"""
    ruby = """\
require 'ollama-ai'
# model: 'llama2' was too slow
client = Ollama.new(credentials: { address: 'http://localhost:11434' })
client.chat(model: 'llama3.1:8b', messages: [])
"""
    refs, errors = scan_one(tmp_path, "examples/generate.rs", rust)
    assert ids(refs) == {(3, "phi4", "ollama")}
    refs, errors = scan_one(tmp_path, "main.rb", ruby)
    assert ids(refs) == {(4, "llama3.1:8b", "ollama")}
    assert errors == []


def test_a_model_flags_default_counts_when_the_file_never_reads_it(tmp_path: Path) -> None:
    script = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('--official.transformer_model', default='bert-base-cased')
parser.add_argument('--model_type', default='gpt2')
parser.add_argument('--model_dir', default='models/base')
args = parser.parse_args()
run(args)
"""
    readme = """\
```sh
python predict.py \\
    --official.transformer_model roberta-base \\
    --official.vocab_path data/output_vocabulary
```
"""
    refs, errors = scan_one(tmp_path, "predict.py", script)
    assert ids(refs) == {(4, "bert-base-cased", "model")}
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "roberta-base", "model")}
    assert errors == []


def test_a_python_script_saved_as_ipynb_is_read_as_python(tmp_path: Path) -> None:
    script = """\
from diffusers import StableDiffusionPipeline
model_id = "CompVis/stable-diffusion-v1-4"
"""
    refs, errors = scan_one(tmp_path, "demo.ipynb", script)
    assert ids(refs) == {(2, "CompVis/stable-diffusion-v1-4", "model")}
    assert errors == []
    refs, errors = scan_one(tmp_path, "broken.ipynb", "not json {{{\n")
    assert refs == set()
    assert len(errors) == 1


def test_a_malformed_yaml_file_is_read_as_yaml_above_the_block_that_stops_it(
    tmp_path: Path,
) -> None:
    values = """\
ollama:
  gpu:
    enabled: true
  # -- List of models to pull at container startup
  models:
    pull:
      - mistral
      - llama2

podSecurityContext: {}
   fsGroup: 1000

model_id: org1/after-the-error-7b
"""
    refs, errors = scan_one(tmp_path, "conf/values.yaml", values)
    assert ids(refs) == {
        (7, "mistral", "ollama"),
        (8, "llama2", "ollama"),
        (13, "org1/after-the-error-7b", "model"),
    }
    assert errors == ["11: malformed YAML: did not find expected key"]


def test_a_terraform_variable_named_for_a_model_gives_its_default(tmp_path: Path) -> None:
    variables = """\
variable "sagemaker_image_uri" {
  type    = string
  default = "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:1.13.1"
}

variable "embedding_model_name" {
  description = "Name of the HuggingFace model to use"
  type        = string
  default     = "sentence-transformers/all-MiniLM-L6-v2"
}

variable "model_dir" {
  default = "models/base"
}
"""
    refs, errors = scan_one(tmp_path, "terraform/variables.tf", variables)
    assert refs == {(9, 18, "sentence-transformers/all-MiniLM-L6-v2", "model")}
    assert errors == []


def test_a_known_publishers_id_given_to_a_script_in_docker_exec_form(tmp_path: Path) -> None:
    dockerfile = """\
FROM python:3.10
RUN ["pip", "install", "sentence-transformers"]
CMD ["python", "embeddingServer.py", "sentence-transformers/all-mpnet-base-v2", "--port", "5000"]
"""
    refs, errors = scan_one(tmp_path, "Dockerfile", dockerfile)
    assert ids(refs) == {(3, "sentence-transformers/all-mpnet-base-v2", "model")}
    assert errors == []


def test_a_capitalized_family_labelling_a_list_item_is_no_ollama_tag(tmp_path: Path) -> None:
    notes = """\
Run it with Ollama.

- **Smart Dimension Validation**:
  - Qwen: 32-1024 (flexible via MRL)
  - EmbeddingGemma: 128-768
- qwen3-embedding
"""
    refs, errors = scan_one(tmp_path, "CHANGELOG.md", notes)
    assert ids(refs) == {(6, "qwen3-embedding", "ollama")}
    assert errors == []


def test_an_argument_parsers_examples_name_a_known_publishers_models(tmp_path: Path) -> None:
    padding = "".join(f"def helper_{i}():\n    return {i}\n\n\n" for i in range(700))
    demo = f"""\
import argparse

{padding}
def build_parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="qwen-tts-demo",
        description=(
            "Examples:\\n"
            "  qwen-tts-demo Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice\\n"
            "  qwen-tts-demo acme/private-voice --device cuda:0\\n"
        ),
    )


def add_arguments(parser):
    parser.add_argument("checkpoint", help="the model's repository or folder")
"""
    assert len(demo) > 16_000  # a large file: read in regions
    refs, errors = scan_one(tmp_path, "demo.py", demo)
    line = (
        demo.split("\n").index(
            '            "  qwen-tts-demo Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice\\n"'
        )
        + 1
    )
    assert ids(refs) == {(line, "Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice", "model")}
    assert errors == []


def test_a_hub_repository_constant_holds_a_model(tmp_path: Path) -> None:
    consts = """\
DEFAULT_MODEL_NAME = "densenet_lite_136-gru"
HF_HUB_REPO_ID = "breezedeus/cnstd-cnocr-models"
HF_DATASET_REPO = "acme/fonts"
"""
    refs, errors = scan_one(tmp_path, "consts.py", consts)
    assert ids(refs) == {
        (2, "breezedeus/cnstd-cnocr-models", "model"),
        (3, "acme/fonts", "dataset"),
    }
    assert errors == []


def test_a_download_scripts_arrays_hold_models_whatever_their_name(tmp_path: Path) -> None:
    script = """\
#!/bin/bash
# "repo_id|dest_subdir"
READY=(
  # ---- wmdp (RMU) ----
  "HuggingFaceH4/zephyr-7b-beta|wmdp/zephyr-7b-beta_BASE"
  "cais/Zephyr_RMU|wmdp/Zephyr_RMU"
)
DIRS=("logs/run1" "./cache")
LIST=("${READY[@]}")
for entry in "${LIST[@]}"; do
  repo="${entry%%|*}"; sub="${entry##*|}"
  hf download "$repo" --local-dir "/workspace/models/$sub"
done
"""
    refs, errors = scan_one(tmp_path, "download_models.sh", script)
    assert {(line, ident) for line, ident, _kind in ids(refs)} == {
        (5, "HuggingFaceH4/zephyr-7b-beta"),
        (6, "cais/Zephyr_RMU"),
    }
    assert errors == []


def test_a_go_ollama_clients_constructor_names_its_model(tmp_path: Path) -> None:
    readme = """\
# gollama

```go
g := gollama.New("llama3.2")
```
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(4, "llama3.2", "ollama")}
    assert errors == []


def test_a_tokenizer_beside_a_hub_loaders_model_takes_a_legacy_name(tmp_path: Path) -> None:
    script = """\
from transformers import pipeline

classifier = pipeline(
    "text-classification",
    model="tomh/toxigen_hatebert",
    tokenizer="bert-base-cased",
)
"""
    refs, errors = scan_one(tmp_path, "toxicity.py", script)
    assert ids(refs) == {(5, "tomh/toxigen_hatebert", "model"), (6, "bert-base-cased", "model")}
    assert errors == []


def test_a_repo_id_in_a_config_is_a_model_unless_its_type_says_otherwise(tmp_path: Path) -> None:
    config = """\
model_metadata:
  openai_compatible: true
model_name: Flow-Judge-v0.1
repo_id: flowaicom/Flow-Judge-v0.1-AWQ
"""
    refs, errors = scan_one(tmp_path, "deployment/config.yaml", config)
    assert ids(refs) == {(4, "flowaicom/Flow-Judge-v0.1-AWQ", "model")}
    refs, errors = scan_one(tmp_path, "space.yaml", "repo_id: acme/demo-app\nrepo_type: space\n")
    assert refs == set()
    # a dataset's repository: a dataset, never a model
    refs, errors = scan_one(tmp_path, "data.yaml", "repo_id: acme/fonts\nrepo_type: dataset\n")
    assert ids(refs) == {(1, "acme/fonts", "dataset")}
    refs, errors = scan_one(tmp_path, "ci.yaml", "repo_id: acme/fonts\nrepo-type: Dataset\n")
    assert ids(refs) == {(1, "acme/fonts", "dataset")}  # the spellings names_a_space reads
    resources = (
        '{\n  "huggingface": {\n    "repo-id": "acme/nlp-models",\n    "revision": "c1be"\n  }\n}\n'
    )
    refs, errors = scan_one(tmp_path, "models.json", resources)
    assert ids(refs) == {(3, "acme/nlp-models", "model")}  # the key spelled with a hyphen
    refs, errors = scan_one(tmp_path, "hub.json", '{"repoId": "acme/fonts", "repoType": "dataset"}')
    assert ids(refs) == {(1, "acme/fonts", "dataset")}
    assert errors == []


def test_a_heading_that_is_only_a_tagged_library_model(tmp_path: Path) -> None:
    results = """\
# Embedding model results

### nomic-embed-text:v1.5
- dimensions: 768

### bge-m3:567m

### Setup: step 2
"""
    refs, errors = scan_one(tmp_path, "docs/results.md", results)
    assert ids(refs) == {(3, "nomic-embed-text:v1.5", "ollama"), (6, "bge-m3:567m", "ollama")}
    assert errors == []


def test_a_function_named_for_the_hub_and_a_model_reads_its_first_argument(
    tmp_path: Path,
) -> None:
    resources = """\
RESOURCES = {
    "practical1": [
        make_hf_model_resource("distilbert-base-uncased", model_class="AutoModel"),
        make_hf_tokenizer_resource("TinyLlama/TinyLlama-1.1B-Chat-v1.0"),
        make_hf_dataset_resource("imdb", "train"),
        make_local_resource("data/notes"),
    ],
}
"""
    refs, errors = scan_one(tmp_path, "resources.py", resources)
    assert ids(refs) == {
        (3, "distilbert-base-uncased", "model"),
        (4, "TinyLlama/TinyLlama-1.1B-Chat-v1.0", "model"),
        (5, "imdb", "dataset"),
    }
    assert errors == []


def test_a_model_class_built_from_a_named_source_and_an_inference_wrapper(tmp_path: Path) -> None:
    blocks = """\
from diart import models as m


class SpeakerDiarization:
    def __init__(self, segmentation=None, embedding=None, config=None):
        self.segmentation = segmentation or m.SegmentationModel.from_pyannote(
            "pyannote/segmentation"
        )
        self.embedding = m.EmbeddingModel.from_config(config)
"""
    demo = """\
from tangoflux import TangoFluxInference

model = TangoFluxInference(name="declare-lab/TangoFlux")
run = TangoFluxInference(name="my-run")
"""
    refs, errors = scan_one(tmp_path, "diarization.py", blocks)
    assert ids(refs) == {(7, "pyannote/segmentation", "model")}
    refs, errors = scan_one(tmp_path, "demo.py", demo)
    assert ids(refs) == {(3, "declare-lab/TangoFlux", "model")}
    assert errors == []


def test_a_bare_library_name_beside_its_tagged_form_and_two_api_models(tmp_path: Path) -> None:
    readme = """\
# Interview helper (Ollama)

2. Download gemma3 from here: https://ollama.com/library/gemma3:12b
3. Ask Ollama to run the model of your choice. For example, to run phi3:

- **OpenAI GPT-3/GPT-4**
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "gemma3:12b", "ollama"), (4, "phi3", "ollama")}
    assert errors == []


def test_compressed_data_files_are_no_ids(tmp_path: Path) -> None:
    script = """\
from huggingface_hub import HfApi

SHARDS = [
    "train/00.jsonl.zst",
    "train/01.jsonl.zst",
    "train/02.jsonl.xz",
]
HfApi().upload_file(path_or_fileobj=SHARDS[0], path_in_repo="x", repo_id="me/data")
"""
    refs, errors = scan_one(tmp_path, "upload_hf_dataset.py", script)
    assert {ident for _line, ident, _kind in ids(refs)} <= {"me/data"}
    assert errors == []


def test_a_config_module_whose_only_id_is_a_legacy_one(tmp_path: Path) -> None:
    config = """\
# evaluate the base gpt2
batch_size = 8
eval_only = True
init_from = 'gpt2-xl'
"""
    refs, _ = scan_one(tmp_path, "eval_gpt2_xl.py", config)
    assert ids(refs) == {(4, "gpt2-xl", "model")}


def test_a_repository_typed_as_a_dataset_beside_it(tmp_path: Path) -> None:
    source = """\
from huggingface_hub import HfApi

HF_REPO = "acme/geo_leo"
HF_REPO_TYPE = "dataset"
model_repo = "acme/segformer-b2"
model_repo_type = "model"


def upload(path):
    HfApi().upload_folder(folder_path=path, repo_id=HF_REPO, repo_type=HF_REPO_TYPE)
"""
    refs, _ = scan_one(tmp_path, "upload_to_hf.py", source)
    assert ids(refs) == {(3, "acme/geo_leo", "dataset"), (5, "acme/segformer-b2", "model")}


def test_a_large_modules_repositories_typed_as_datasets_by_a_constant(tmp_path: Path) -> None:
    # a large file is parsed in regions: the constant typing the repository stands apart
    padding = "".join(f"def helper_{i}():\n    return {i}\n\n\n" for i in range(700))
    source = f"""\
from huggingface_hub import hf_hub_download

REPO_ID = "acme/city-assets"
REPO_TYPE = "dataset"
REPO_IDS = {{
    "bench": "acme/city-bench",
    "scenes": "acme/city-scenes",
}}
ENCODER_REPO = "acme/city-encoder"

{padding}
def fetch(path):
    return hf_hub_download(repo_id=REPO_ID, filename=path, repo_type=REPO_TYPE)
"""
    refs, errors = scan_one(tmp_path, "_core.py", source)
    assert ids(refs) >= {
        (3, "acme/city-assets", "dataset"),
        (6, "acme/city-bench", "dataset"),
        (7, "acme/city-scenes", "dataset"),
        (9, "acme/city-encoder", "model"),
    }
    assert {(ident, kind) for _line, ident, kind in ids(refs)} == {
        ("acme/city-assets", "dataset"),
        ("acme/city-bench", "dataset"),
        ("acme/city-scenes", "dataset"),
        ("acme/city-encoder", "model"),
    }
    assert errors == []


def test_a_signatures_repository_typed_as_a_dataset(tmp_path: Path) -> None:
    source = """\
from huggingface_hub import hf_hub_download


def get_atoms(db_path, repo_id: str = "acme/arena", repo_type: str = "dataset"):
    return hf_hub_download(repo_id=repo_id, repo_type=repo_type, filename=db_path)


def get_model(path, repo_id: str = "acme/potential-v2", repo_type: str = "model"):
    return hf_hub_download(repo_id=repo_id, repo_type=repo_type, filename=path)
"""
    refs, _ = scan_one(tmp_path, "input.py", source)
    assert ids(refs) == {(4, "acme/arena", "dataset"), (8, "acme/potential-v2", "model")}


def test_a_docstrings_example_of_a_repository_id(tmp_path: Path) -> None:
    source = '''\
"""Hub integration for the potentials.

Supports both local directories and HF repo IDs (e.g. "acme/aimnet2-wb97m-d3").
"""

from huggingface_hub import snapshot_download


def load(repo_id_or_path):
    """Load one.

    :param repo_id_or_path: Repository ID, such as ``"acme/aimnet2-b973c"``, or a local path.
    :param mode: A mode, such as "fast/slow".
    """
    return snapshot_download(repo_id_or_path)
'''
    refs, _ = scan_one(tmp_path, "hf_hub.py", source)
    assert ids(refs) == {(3, "acme/aimnet2-wb97m-d3", "model"), (12, "acme/aimnet2-b973c", "model")}
