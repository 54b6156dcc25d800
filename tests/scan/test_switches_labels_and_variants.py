"""Ollama client switches before the model, Modelfile blocks in documents, a library tag after
a model label, a launcher's `--llm` flag, variables named for one model of several, and
Gradio's Spaces."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_ollama_switches_before_the_model_are_skipped(tmp_path: Path) -> None:
    script = """\
#!/bin/sh
ollama show --modelfile mistral
ollama run --verbose llama3.2:3b "hello"
ollama run --format json --keepalive 5m qwen2.5:7b
ollama run --think phi4
ollama list --help
"""
    refs, errors = scan_one(tmp_path, "setup.sh", script)
    assert ids(refs) == {
        (2, "mistral", "ollama"),
        (3, "llama3.2:3b", "ollama"),
        (4, "qwen2.5:7b", "ollama"),
        (5, "phi4", "ollama"),
    }
    assert errors == []


def test_a_modelfile_block_in_a_document_names_its_base(tmp_path: Path) -> None:
    notes = """\
# Notes

```ModelFile
FROM mistral

PARAMETER temperature 1
```

```modelfile
FROM ./my-model.gguf
```
"""
    refs, _ = scan_one(tmp_path, "notes.md", notes)
    assert ids(refs) == {(4, "mistral", "ollama")}


def test_a_library_tag_after_a_model_label(tmp_path: Path) -> None:
    card = """\
## Training Details:
- **Model**: llama3.2:1b
- **Model Size**: 1.2 MB
- **Device**: cpu:0
- **Model**: my-tuned:v2
"""
    refs, _ = scan_one(tmp_path, "README.md", card)
    assert ids(refs) == {(2, "llama3.2:1b", "ollama")}


def test_a_launchers_llm_flag(tmp_path: Path) -> None:
    script = """\
#!/usr/bin/env bash
exec python loadmodel.py --llm unsloth/Qwen3-30B-A3B-Thinking-2507-GGUF:Q5_K_XL \\
  --host 0.0.0.0
python app.py --llm-provider openai/compatible --llm_model Qwen/Qwen2.5-7B-Instruct
"""
    refs, _ = scan_one(tmp_path, "run.sh", script)
    assert ids(refs) == {
        (2, "unsloth/Qwen3-30B-A3B-Thinking-2507-GGUF", "model"),
        (4, "Qwen/Qwen2.5-7B-Instruct", "model"),
    }


def test_a_variable_named_for_one_model_of_several(tmp_path: Path) -> None:
    settings = """\
embedding_model_hf_en_instructor_large = "hkunlp/instructor-large"
index_en_path_instructor_large = "vectorstores/Instructor_large_vectorstore"
embedding_model_hf_en_instructor_xl = "hkunlp/instructor-xl"
model_dir_large = "checkpoints/large"
embedding_model_backup_note = "see the wiki"
reranker_model_bge_m3 = "BAAI/bge-reranker-v2-m3"
reranker_model_multilingual = "acme/xlm-r-rerank"
EMBEDDING_DIM = "acme/not-a-model"
"""
    refs, _ = scan_one(tmp_path, "embedding_models.py", settings)
    assert ids(refs) == {
        (1, "hkunlp/instructor-large", "model"),
        (3, "hkunlp/instructor-xl", "model"),
        (6, "BAAI/bge-reranker-v2-m3", "model"),
    }


def test_gradio_load_of_a_space_is_no_model(tmp_path: Path) -> None:
    app = """\
import gradio as gr

demo = gr.load(name="akhaliq/allen-test", src="spaces")
other = gr.load("models/stabilityai/stable-diffusion-xl-base-1.0")
hosted = gr.load("Qwen/Qwen2.5-7B-Instruct", src="models")
nvidia = gr.load("mistralai/mixtral-8x7b-instruct-v0.1", src=nvidia_gradio.registry)
"""
    refs, _ = scan_one(tmp_path, "app.py", app)
    assert ids(refs) == {
        (4, "stabilityai/stable-diffusion-xl-base-1.0", "model"),
        (5, "Qwen/Qwen2.5-7B-Instruct", "model"),
    }


def test_a_mixed_case_name_in_an_ollama_command_is_the_users_own(tmp_path: Path) -> None:
    script = """\
ollama create NigelGPT -f NigelCloudsmith
ollama show --modelfile NigelCloudsmith
ollama run NigelGPT
ollama run Llama3.2
"""
    refs, _ = scan_one(tmp_path, "notes.sh", script)
    assert ids(refs) == {(4, "Llama3.2", "ollama")}


def test_a_hub_url_names_an_organization_a_folder_word_would_not(tmp_path: Path) -> None:
    script = """\
wget -nc https://huggingface.co/ckpt/ControlNet-v1-1/resolve/main/control_v11f1e_sd15_tile.pth
cp ckpt/ControlNet-v1-1 models/
python run.py --model_name_or_path ckpt/ControlNet-v1-1
"""
    refs, _ = scan_one(tmp_path, "download.sh", script)
    assert ids(refs) == {(1, "ckpt/ControlNet-v1-1", "model")}


def test_id_keywords_and_model_flags_take_legacy_names(tmp_path: Path) -> None:
    metric = """\
import evaluate

perplexity = evaluate.load("perplexity", module_type="metric")
results = perplexity.compute(model_id="gpt2", predictions=texts)
tokens = count(text, model="gpt2")
"""
    refs, _ = scan_one(tmp_path, "perp.py", metric)
    assert ids(refs) == {(4, "gpt2", "model")}
    script = """\
python run_classifier.py --bert_model=bert-base-uncased \\
  --model_ckpt mistralai/Mistral-7B-v0.1 --model_type gpt2 --model_ckpt_dir ckpt/run1
"""
    refs, _ = scan_one(tmp_path, "train.sh", script)
    assert ids(refs) == {
        (1, "bert-base-uncased", "model"),
        (2, "mistralai/Mistral-7B-v0.1", "model"),
    }


def test_a_section_named_for_a_hosted_api_holds_its_names(tmp_path: Path) -> None:
    config = """\
[embedding]
model_name = allenai/specter

[openrouter]
api_key = your_api_key
model = mistralai/mixtral-8x7b-instruct

[local]
model_name = BioMistral/BioMistral-7B
"""
    refs, _ = scan_one(tmp_path, "config.ini", config)
    assert ids(refs) == {(2, "allenai/specter", "model"), (9, "BioMistral/BioMistral-7B", "model")}
    yaml_config = """\
groq:
  model: meta-llama/llama-4-scout-17b-16e-instruct
vllm:
  model: meta-llama/Llama-3.1-8B-Instruct
"""
    refs, _ = scan_one(tmp_path, "config.yaml", yaml_config)
    assert ids(refs) == {(4, "meta-llama/Llama-3.1-8B-Instruct", "model")}


def test_a_colab_form_fields_choices(tmp_path: Path) -> None:
    cell = """\
import ollama  # @title Pick a model
LLM_model = "gemma3:4b" # @param ["phi4", "deepseek-r1:7b", "llama3.2:3b"]
embedding_model = "BAAI/bge-m3" # @param ["BAAI/bge-m3", "intfloat/e5-base-v2"]
temperature = 0.7 # @param {"type":"slider","min":0,"max":1}
mode = "chat" # @param ["chat", "phi4"]
"""
    refs, _ = scan_one(tmp_path, "pick.py", cell)
    assert ids(refs) == {
        (2, "gemma3:4b", "ollama"),
        (2, "phi4", "ollama"),
        (2, "deepseek-r1:7b", "ollama"),
        (2, "llama3.2:3b", "ollama"),
        (3, "BAAI/bge-m3", "model"),
        (3, "intfloat/e5-base-v2", "model"),
    }


def test_a_list_of_model_options_and_a_typescript_env_default(tmp_path: Path) -> None:
    resources = """\
model_selector_options = ["mistral", "llama2:7b", "orca-mini:3b"]
model_options = {"temperature": 0.1, "num_ctx": 4096}
"""
    refs, _ = scan_one(tmp_path, "resources.py", resources)
    assert ids(refs) >= {(1, "llama2:7b", "ollama"), (1, "orca-mini:3b", "ollama")}
    assert {r[1] for r in ids(refs)} <= {"mistral", "llama2:7b", "orca-mini:3b"}
    config = """\
export const OLLAMA_MODEL = (import.meta as any).env?.VITE_OLLAMA_MODEL || "glm-4.6:cloud";
"""
    refs, _ = scan_one(tmp_path, "ollama.ts", config)
    assert ids(refs) == {(1, "glm-4.6:cloud", "ollama")}


def test_display_labels_beside_ollama_tags(tmp_path: Path) -> None:
    source = """\
import ollama

OLLAMA_MODEL_CHOICES = [
    ("Qwen3.5-0.8B", "qwen3.5:0.8b-q8_0"),
    ("Qwen3-Coder-30B", "qwen3-coder:30b"),
]
OLLAMA_MODEL = "Llama3"
"""
    refs, _ = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {
        (4, "qwen3.5:0.8b-q8_0", "ollama"),
        (5, "qwen3-coder:30b", "ollama"),
        (7, "Llama3", "ollama"),
    }


def test_a_legacy_name_under_a_key_for_an_id(tmp_path: Path) -> None:
    params = """\
ModelTraining:
  BERT:
    params:
      BERT_PATH: bert-base-uncased
      MODEL_PATH: saved_models/model.bin
      TRAINING_FILE: data/raw/IMDB_Dataset.csv
hotkey_name: ctrl
"""
    refs, _ = scan_one(tmp_path, "params.yaml", params)
    assert ids(refs) == {(4, "bert-base-uncased", "model")}
    env = "BERT_PATH=bert-base-uncased\nshortcut_key_name=ctrl\nBACKBONE_NAME=resnet50\n"
    refs, _ = scan_one(tmp_path, ".env", env)
    assert ids(refs) == {(1, "bert-base-uncased", "model")}
    source = """\
from transformers import AutoModel

BERT_PATH = "bert-base-uncased"
hotkey_name = "ctrl"
model = AutoModel.from_pretrained(path)
"""
    refs, _ = scan_one(tmp_path, "train.py", source)
    assert ids(refs) == {(3, "bert-base-uncased", "model")}


def test_a_line_after_a_dataset_is_named_is_no_dataset_of_its_own(tmp_path: Path) -> None:
    card = """\
# LoRA text2image fine-tuning - acme/sdxl-lora

These are LoRA weights for acme/sdxl-base. They were fine-tuned on the acme/portraits dataset.

LoRA for the text encoder was enabled: False.

Special VAE used for training: madebyollin/sdxl-vae-fp16-fix.

We also release these datasets:
- acme/portraits-v2
"""
    refs, _ = scan_one(tmp_path, "README.md", card)
    kinds = {(line, ident): kind for line, ident, kind in ids(refs)}
    assert kinds[(7, "madebyollin/sdxl-vae-fp16-fix")] == "model"
    assert kinds[(10, "acme/portraits-v2")] == "dataset"


def test_a_name_without_words_beside_a_legacy_name(tmp_path: Path) -> None:
    source = """\
from transformers import AutoModel

_ = "gpt2"
model = AutoModel.from_pretrained("gpt2")
"""
    refs, errors = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {(4, "gpt2", "model")}
    assert errors == []


def test_a_form_fields_placeholder_names_its_example_model(tmp_path: Path) -> None:
    node = """\
class Ollama_LLMs implements INode {
    inputs = [
        {
            label: 'Base URL',
            name: 'baseUrl',
            type: 'string',
            placeholder: 'http://localhost:11434'
        },
        {
            label: 'Model Name',
            name: 'modelName',
            type: 'string',
            placeholder: 'llama2'
        },
        {
            label: 'Hub Model',
            name: 'model',
            type: 'string',
            placeholder: 'deepseek-ai/DeepSeek-V3.2-Exp:novita'
        }
    ]
}
"""
    refs, _ = scan_one(tmp_path, "Ollama.ts", node)
    assert ids(refs) == {(13, "llama2", "ollama"), (19, "deepseek-ai/DeepSeek-V3.2-Exp", "model")}


def test_a_catalog_keyed_by_model_at_its_top_level(tmp_path: Path) -> None:
    catalog = """\
# GPT2
gpt2:
    embedding: "transformer.wte.weight"
    type: 'causal'
EleutherAI/gpt-neo-125M:
    embedding: "transformer.wte.weight"
defaults:
    type: 'causal'
"""
    refs, _ = scan_one(tmp_path, "model-config.yaml", catalog)
    assert ids(refs) == {(2, "gpt2", "model"), (5, "EleutherAI/gpt-neo-125M", "model")}
    refs, _ = scan_one(tmp_path, "settings.yaml", catalog)
    # only a file named for models is a catalog (`gpt2:`); a known publisher's id is one anywhere
    assert ids(refs) == {(5, "EleutherAI/gpt-neo-125M", "model")}


def test_a_model_version_that_is_a_repository(tmp_path: Path) -> None:
    readme = """\
```python
pipeline = FluxPipeline(
  model_version="argmaxinc/mlx-FLUX.1-schnell",
  low_memory_mode=True,
)
```
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "argmaxinc/mlx-FLUX.1-schnell", "model")}
    config = "model_version: 2\nmodel_version_tag: v1.0\n"
    refs, _ = scan_one(tmp_path, "config.yaml", config)
    assert refs == set()


def test_legacy_names_listed_after_a_models_label_in_prose(tmp_path: Path) -> None:
    readme = """\
The transformers models are: bert-base-uncased (bbu), albert-base-v2 (ab), gpt2-xl.
Our model: gpt2 is a family we compare against.
Models tested: mistral, llama and falcon.
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (1, "bert-base-uncased", "model"),
        (1, "albert-base-v2", "model"),
        (1, "gpt2-xl", "model"),
    }


def test_a_documentation_url_after_a_model_label_is_no_model(tmp_path: Path) -> None:
    source = """\
from transformers import AutoModel


def load(model_name_or_path: str):
    \"\"\"Load a sentence model.

    bert model: https://huggingface.co/transformers/model_doc/bert.html?highlight=bert
    \"\"\"
    return AutoModel.from_pretrained(model_name_or_path)
"""
    refs, _ = scan_one(tmp_path, "sentence_model.py", source)
    assert refs == set()
    script = "MODEL=https://huggingface.co/TheBloke/Llama-2-7B-GGUF/resolve/main/x.Q4_K_M.gguf\n"
    refs, _ = scan_one(tmp_path, "setup.sh", script)
    assert ids(refs) == {(1, "TheBloke/Llama-2-7B-GGUF", "model")}


def test_a_text_file_named_for_models_lists_one_a_line(tmp_path: Path) -> None:
    listing = """\
# models the installer offers
mlx-community/whisper-medium-mlx
mlx-community/Meta-Llama-3-8B-Instruct-4bit  # the default
llama3.2:3b
see the README for more
org/private-model
"""
    refs, _ = scan_one(tmp_path, "suggested_models.txt", listing)
    assert ids(refs) == {
        (2, "mlx-community/whisper-medium-mlx", "model"),
        (3, "mlx-community/Meta-Llama-3-8B-Instruct-4bit", "model"),
        (4, "llama3.2:3b", "ollama"),
    }
    refs, _ = scan_one(tmp_path, "notes.txt", listing)
    assert refs == set()  # only a file named for models is such a list


def test_a_users_namespaced_ollama_model(tmp_path: Path) -> None:
    config = """\
import ollama

model: str = "kaelri/hy-mt2:1.8b"
routed = {"model": "qwen/qwen3-32b:free"}
litellm = {"model": "ollama_chat/gemma3:4b"}
TAIDE_MODEL = "jcai/llama3-taide-lx-8b-chat-alpha1:Q4_K_M"
"""
    refs, _ = scan_one(tmp_path, "config.py", config)
    assert ids(refs) == {
        (3, "kaelri/hy-mt2:1.8b", "ollama"),
        (5, "gemma3:4b", "ollama"),
        (6, "jcai/llama3-taide-lx-8b-chat-alpha1:Q4_K_M", "ollama"),  # a capital quantization
    }


def test_a_model_descriptor_given_its_class_first(tmp_path: Path) -> None:
    source = """\
from typing import NamedTuple

from transformers import BertForSequenceClassification


class Model(NamedTuple):
    model_cls: type
    model_url: str


Bert = Model(BertForSequenceClassification, "aniemore/rubert-tiny2-russian-emotion")
Other = Registry(BertForSequenceClassification, "aniemore/rubert-tiny2-other")
model = Bert.model_cls.from_pretrained(Bert.model_url)
"""
    refs, _ = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {(11, "aniemore/rubert-tiny2-russian-emotion", "model")}


def test_nanogpts_init_from(tmp_path: Path) -> None:
    config = """\
import time

out_dir = 'out-shakespeare'
init_from = 'gpt2-xl' # this is the largest GPT-2 model
"""
    refs, _ = scan_one(tmp_path, "finetune_shakespeare.py", config)
    assert ids(refs) == {(4, "gpt2-xl", "model")}
    sample = "init_from = 'resume' # either 'resume' (from an out_dir) or a gpt2 variant\n"
    refs, _ = scan_one(tmp_path, "sample.py", sample)
    assert refs == set()


def test_a_spacy_config_held_in_a_python_string(tmp_path: Path) -> None:
    source = '''\
from spacy.language import Language

default_config = """
[polarity]
@factories = "transformer"

[polarity.model]
@architectures = "spacy-wrap.SequenceClassificationTransformerModel.v1"
name = "alexandrainst/da-sentiment-base"
tokenizer_config = {"use_fast": true}
"""
'''
    refs, _ = scan_one(tmp_path, "wrapped_models.py", source)
    assert ids(refs) == {(9, "alexandrainst/da-sentiment-base", "model")}


def test_a_git_remotes_branch_is_no_model(tmp_path: Path) -> None:
    source = """\
from transformers import AutoModel


def summarize(base_ref: str = "origin/master", ref_model: str = "acme/ref-7b"):
    return AutoModel.from_pretrained(ref_model), base_ref


compare = dict(base_ref="upstream/main")
"""
    refs, _ = scan_one(tmp_path, "autonym.py", source)
    assert ids(refs) == {(4, "acme/ref-7b", "model")}


def test_a_users_namespaced_ollama_model_as_a_tables_setting(tmp_path: Path) -> None:
    source = """\
MODEL_CONFIGS = {
    "qwen3.5": {
        "ollama_name": "huihui_ai/qwen3.5-abliterated:0.8B",
        "hidden_size": 1024,
    },
    "lfm2.5": {"ollama_name": "huihui_ai/lfm2.5-abliterated:latest", "arch": "lfm2"},
}
"""
    refs, _ = scan_one(tmp_path, "test_conversion.py", source)
    assert ids(refs) == {
        (3, "huihui_ai/qwen3.5-abliterated:0.8B", "ollama"),
        (6, "huihui_ai/lfm2.5-abliterated:latest", "ollama"),
    }


def test_the_library_models_a_map_of_each_providers_models_lists_under_ollama(
    tmp_path: Path,
) -> None:
    source = """\
EMBEDDING_MODELS = {
    "OpenAI": {"text-embedding-3-small": "OpenAI small"},
    "Ollama": {"nomic-embed-text": "Nomic Embed Text", "my-embedder": "ours"},
}
CHAT_MODELS = {}


def load():
    CHAT_MODELS["Ollama"] = ["mistral", "gpt-4o"]
    CHAT_MODELS["OpenAI"] = {"gpt-4o": "GPT-4o"}
"""
    refs, _ = scan_one(tmp_path, "model_utils.py", source)
    assert ids(refs) == {(3, "nomic-embed-text", "ollama"), (9, "mistral", "ollama")}


def test_an_ollama_model_spec_with_a_double_colon(tmp_path: Path) -> None:
    readme = """\
```shell
llm_chat -i=mmd "$(cat README.md)" --model=ollama::gemma4:26b --prompt=@MermaidDiagram
export CHATNIK_DEFAULT_MODEL=ollama::gemma4:26b
```
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(2, "gemma4:26b", "ollama"), (3, "gemma4:26b", "ollama")}
    source = '''\
def parse_model_spec(model):
    """Parse model specs like ``ollama::llama3`` into configuration and model."""
    return model.split("::")
'''
    refs, _ = scan_one(tmp_path, "core.py", source)
    assert ids(refs) == {(2, "llama3", "ollama")}
