"""Make's `$(VAR)`, a Hydra override that names pretrained weights, project loaders named for
a model, a Python file pasted indented, JavaScript guides to Hub clients, and hosted APIs named
by their endpoints rather than their home pages."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_make_variables_given_to_a_model_argument(tmp_path: Path) -> None:
    source = """\
DEVICE=cuda:0
PHI_2=microsoft/phi-2
PHI_3 := microsoft/Phi-3-mini-128k-instruct

eval_phi2:
\tlm_eval --model hf --model_args pretrained=$(PHI_2),device=$(DEVICE) --tasks mmlu
eval_phi3:
\tpython run.py --model_name_or_path $(PHI_3)
eval_other:
\tpython run.py --model_name_or_path $(OTHER)
"""
    refs, errors = scan_one(tmp_path, "Makefile", source)
    assert ids(refs) == {
        (2, "microsoft/phi-2", "model"),
        (3, "microsoft/Phi-3-mini-128k-instruct", "model"),
    }
    assert errors == ["10: templated model id cannot be resolved statically: '$(OTHER)'"]


def test_a_hydra_override_naming_pretrained_weights(tmp_path: Path) -> None:
    source = """\
torchrun --standalone --nnodes=1 -m verl.trainer.fsdp_sft_trainer \\
    data.train_files=$HOME/data/train.parquet \\
    model.partial_pretrain=HuggingFaceTB/SmolLM2-135M-Instruct \\
    trainer.experiment_name=char_count-sft-SmolLM2-135M-Instruct
"""
    refs, errors = scan_one(tmp_path, "train_sft.sh", source)
    assert ids(refs) == {(3, "HuggingFaceTB/SmolLM2-135M-Instruct", "model")}
    assert errors == []


def test_a_helper_named_for_loading_a_model(tmp_path: Path) -> None:
    source = """\
from helper import load_model_and_tokenizer

model, tok = load_model_and_tokenizer("banghua/Qwen2.5-0.5B-DPO", True)
local, tok = load_model_and_tokenizer("./models/banghua/Qwen2.5-0.5B-DPO", True)
best = load_model("checkpoints/best")
"""
    refs, errors = scan_one(tmp_path, "evaluate.py", source)
    assert ids(refs) == {(3, "banghua/Qwen2.5-0.5B-DPO", "model")}
    assert errors == []


def test_classes_loaded_by_name_and_hub_repo_keywords(tmp_path: Path) -> None:
    source = """\
from hezar.data import Dataset
from hezar.embeddings import Embedding
from hezar.models import Model
from whisper_mlx import transcribe

ner = Model.load("hezarai/bert-fa-ner-arman")
vectors = Embedding.load("hezarai/fasttext-fa-300")
data = Dataset.load("hezarai/xlsum-fa", preprocessor="hezarai/t5-base-fa")
mine = model.load("runs/last")
result = transcribe("audio.mp3", path_or_hf_repo="mlx-community/whisper-turbo")
"""
    refs, errors = scan_one(tmp_path, "demo.py", source)
    assert ids(refs) == {
        (6, "hezarai/bert-fa-ner-arman", "model"),
        (7, "hezarai/fasttext-fa-300", "model"),
        (8, "hezarai/xlsum-fa", "dataset"),
        (8, "hezarai/t5-base-fa", "model"),
        (10, "mlx-community/whisper-turbo", "model"),
    }
    assert errors == []


def test_a_python_file_pasted_with_every_line_indented(tmp_path: Path) -> None:
    source = """\

   import streamlit as st
   from transformers import AutoProcessor

   @st.cache_resource
   def load():
       return AutoProcessor.from_pretrained("parler-tts/parler-tts-mini-v1")
"""
    refs, errors = scan_one(tmp_path, "App.py", source)
    assert refs == {(7, 46, "parler-tts/parler-tts-mini-v1", "model")}  # its column as written
    assert len(errors) == 1  # it does not run as it stands
    assert errors[0].startswith("2: Python syntax error: unexpected indent")


def test_javascript_lists_named_for_models_to_try_and_hub_api_templates(tmp_path: Path) -> None:
    source = """\
import { config } from './config'

const modelsToTry = [
  'cardiffnlp/twitter-roberta-base-sentiment',
  'distilbert-base-uncased-finetuned-sst-2-english',
]
const url = `${config.huggingface.baseUrl}/models/microsoft/DialoGPT-medium`
const local = `${config.storage.root}/models/team/cache`
"""
    refs, errors = scan_one(tmp_path, "lib/huggingface.ts", source)
    assert ids(refs) == {
        (4, "cardiffnlp/twitter-roberta-base-sentiment", "model"),
        (5, "distilbert-base-uncased-finetuned-sst-2-english", "model"),
        (7, "microsoft/DialoGPT-medium", "model"),
    }
    assert errors == []


def test_legacy_ids_in_a_javascript_hub_client_guide(tmp_path: Path) -> None:
    source = """\
# @huggingface/inference

Providers we support: [DeepInfra](https://deepinfra.com), [Groq](https://groq.com).

```ts
await hf.fillMask({
  model: 'bert-base-uncased',
  inputs: '[MASK] world!'
})
await hf.imageClassification({
  model: 'google/vit-base-patch16-224'
})
```
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (7, "bert-base-uncased", "model"),
        (11, "google/vit-base-patch16-224", "model"),
    }
    assert errors == []


def test_a_legacy_id_in_a_javascript_guide_that_names_no_hub_client(tmp_path: Path) -> None:
    source = """\
```js
const reply = await client.chat({ model: 'gpt2' })
```
"""
    refs, _errors = scan_one(tmp_path, "README.md", source)
    assert refs == set()


def test_watsonx_model_names_are_the_apis_own(tmp_path: Path) -> None:
    source = """\
```python
config = VisionLLMConfig(
    provider=LLMProvider.WATSONX,
    model_id="meta-llama/llama-4-maverick-17b-128e-instruct-fp8",
    url="https://us-south.ml.cloud.ibm.com",
)
```

| Model | Type |
|-------|------|
| `ibm/granite-3-8b-instruct` | Text |
| `mistralai/mistral-medium-2505` | Text |
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert refs == set()
    assert errors == []


def test_openai_open_weights_beside_a_router(tmp_path: Path) -> None:
    source = """\
const client = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' })
const MODELS = ['openai/gpt-oss-120b', 'qwen/qwen3-32b']
"""
    refs, errors = scan_one(tmp_path, "groq.ts", source)
    assert ids(refs) == {(2, "openai/gpt-oss-120b", "model")}
    assert errors == []


def test_a_make_variable_set_to_something_else_is_no_templated_id(tmp_path: Path) -> None:
    source = """\
DATASET ?= [set your DATASET path]

visualize:
\tpython -m load_monitor.visualizer --dataset $(DATASET)
"""
    refs, errors = scan_one(tmp_path, "Makefile", source)
    assert refs == set()
    assert errors == []


def test_a_brace_expansion_loop_given_to_dash_m(tmp_path: Path) -> None:
    source = """\
#!/bin/zsh
for i in {paraphrase-xlm-r-multilingual-v1,intfloat/multilingual-e5-large,BAAI/bge-m3}
do
./get_emb_distance.py -m $i "$1" "$2" | jq -r .distance
done
for n in {1..3}; do git commit -m $MSG; done
"""
    refs, errors = scan_one(tmp_path, "compare.sh", source)
    assert ids(refs) == {
        (2, "sentence-transformers/paraphrase-xlm-r-multilingual-v1", "model"),
        (2, "intfloat/multilingual-e5-large", "model"),
        (2, "BAAI/bge-m3", "model"),
    }
    assert errors == []


def test_a_csharp_auto_property_initializer(tmp_path: Path) -> None:
    source = """\
public class HuggingFaceOptions
{
    public string SkillsModel { get; set; } = "microsoft/DialoGPT-medium";
    public string LocationsModel { get; set; } = "dslim/bert-base-NER";
    public string? Token { get; set; }
}
"""
    refs, errors = scan_one(tmp_path, "HuggingFaceOptions.cs", source)
    assert ids(refs) == {
        (3, "microsoft/DialoGPT-medium", "model"),
        (4, "dslim/bert-base-NER", "model"),
    }
    assert errors == []


def test_a_litellm_route_under_a_name_for_ollama(tmp_path: Path) -> None:
    source = """\
import os
from interpreter import interpreter

ollama_base_model = os.getenv("OLLAMA_BASE_MODEL", "ollama/qwen2.5-coder:7b")
interpreter.llm.model = ollama_base_model
"""
    refs, errors = scan_one(tmp_path, "profile.py", source)
    assert refs == {(4, 60, "qwen2.5-coder:7b", "ollama")}
    assert errors == []


def test_examples_in_the_description_of_a_model_input_or_field(tmp_path: Path) -> None:
    workflow = """\
on:
  workflow_dispatch:
    inputs:
      huggingface_repository:
        description: 'HuggingFace repository (e.g., HuggingFaceTB/SmolLM2-135M-Instruct)'
        type: string
      registry_repository:
        description: 'OCI repository (e.g., ai/smollm2-360m)'
"""
    refs, errors = scan_one(tmp_path, ".github/workflows/package.yml", workflow)
    assert ids(refs) == {(5, "HuggingFaceTB/SmolLM2-135M-Instruct", "model")}
    assert errors == []
    fields = """\
from pydantic import Field


class HuggingFaceInferenceAPI:
    model: str = Field(
        default=None,
        description="A model id on the Hub, e.g. bigcode/starcoder2-15b or an endpoint URL.",
    )
    timeout: float = Field(default=10.0, description="Seconds, e.g. 10/20 for slow models.")
"""
    refs, errors = scan_one(tmp_path, "base.py", fields)
    assert ids(refs) == {(7, "bigcode/starcoder2-15b", "model")}
    assert errors == []


def test_a_javascript_catalogs_dataset_and_space_entries(tmp_path: Path) -> None:
    source = """\
const taskData = {
  datasets: [
    { description: "A dialogue dataset.", id: "HuggingFaceH4/ultrachat_200k" },
    { description: "Captions.", id: "conceptual_captions" },
  ],
  models: [
    { description: "A chat model.", id: "HuggingFaceH4/zephyr-7b-beta" },
  ],
  spaces: [
    { description: "A chat demo.", id: "HuggingFaceH4/zephyr-chat" },
  ],
}
"""
    refs, errors = scan_one(tmp_path, "src/tasks/text-generation/data.ts", source)
    assert ids(refs) == {
        (3, "HuggingFaceH4/ultrachat_200k", "dataset"),
        (4, "conceptual_captions", "dataset"),
        (7, "HuggingFaceH4/zephyr-7b-beta", "model"),
    }
    assert errors == []


def test_a_table_of_shortcut_names_with_the_shortest_rule(tmp_path: Path) -> None:
    source = """\
|Status|Architecture|Shortcut name|
 |:-|:-|:-|
 |Worked|BERT|bert-base-uncased|
 |Failed|MarianMT|Helsinki-NLP/opus-mt-{src}-{tgt}|
 |Failed|Pegasus|google/pegasus-{dataset}|
 |Worked|Longformer|allenai/longformer-base-4096|

The dataset we used:

- org/not-a-model-corpus-v1
"""
    refs, _errors = scan_one(tmp_path, "status_models.md", source)
    assert ids(refs) == {
        (3, "bert-base-uncased", "model"),
        (6, "allenai/longformer-base-4096", "model"),  # a row's context is its header
    }


def test_ollama_cloud_tags_and_routes(tmp_path: Path) -> None:
    source = """\
# Ollama Cloud

Use `ollama-cloud/<model>` with the router:

```ts
const agent = new Agent({ model: "ollama-cloud/cogito-2.1:671b-cloud" });
```

Models:
- kimi-k2:1t-cloud
- glm-4.6:cloud
- gcp:cloud-run
"""
    refs, errors = scan_one(tmp_path, "ollama-cloud.md", source)
    assert ids(refs) == {
        (6, "cogito-2.1:671b-cloud", "ollama"),
        (10, "kimi-k2:1t-cloud", "ollama"),
        (11, "glm-4.6:cloud", "ollama"),
    }
    assert errors == []


def test_a_table_rows_ids_take_their_columns_header(tmp_path: Path) -> None:
    source = """\
## Demo Notebooks

| Category | Algorithm | Model | Dataset |
| --- | --- | --- | --- |
| SFT | SFT | **Qwen/Qwen2.5-0.5B-Instruct** | HuggingFaceH4/ultrachat_200k |
| RL | DPO | microsoft/phi-2 | HuggingFaceFW/fineweb-2 |
"""
    refs, _errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (5, "Qwen/Qwen2.5-0.5B-Instruct", "model"),
        (5, "HuggingFaceH4/ultrachat_200k", "dataset"),
        (6, "microsoft/phi-2", "model"),
        (6, "HuggingFaceFW/fineweb-2", "dataset"),
    }


def test_a_tokenizer_constant_and_a_folder_named_for_a_legacy_model(tmp_path: Path) -> None:
    source = """\
from datatrove.pipeline.tokens import TokensCounter

tokenizer = "german-maxtext-slms/nano-neox-tokenizer"
suffix = "fineweb_edu_english"
"""
    refs, errors = scan_one(tmp_path, "pipeline.py", source)
    assert ids(refs) == {(3, "german-maxtext-slms/nano-neox-tokenizer", "model")}
    assert errors == []
    source = """\
from transformers import AutoModel

BERT_DIR = "bert-base-uncased"
OUTPUT_DIR = "bert-base-uncased"
model = AutoModel.from_pretrained(BERT_DIR)
"""
    refs, errors = scan_one(tmp_path, "train.py", source)
    assert ids(refs) == {(3, "bert-base-uncased", "model")}


def test_the_hubs_host_in_a_variable_before_a_repository_file(tmp_path: Path) -> None:
    source = """\
const hfHost = "https://huggingface.co";
final models = [
  "$hfHost/AfiOne/gemma3-1b-it-int4.task/resolve/main/gemma3-1b-it-int4.task",
  "${HF_ENDPOINT}/litert-community/Hammer2.1-1.5b/resolve/main/hammer.task",
  "$hfHome/org/cache/resolve/main/x.bin",
];
"""
    refs, errors = scan_one(tmp_path, "lib/models.dart", source)
    assert ids(refs) == {
        (3, "AfiOne/gemma3-1b-it-int4.task", "model"),
        (4, "litert-community/Hammer2.1-1.5b", "model"),
    }
    assert errors == []


def test_no_cloud_tag_without_a_model_name_and_no_sentencepiece_file(tmp_path: Path) -> None:
    source = """\
Run `npm run dev:cloud`, or pick the Ollama cloud model `minimax-m2:cloud`.
"""
    refs, _errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(1, "minimax-m2:cloud", "ollama")}
    source = """\
import sentencepiece as spm

tokenizer = "tokenizer/altamt.model"
sp = spm.SentencePieceProcessor(model_file=tokenizer)
"""
    refs, _errors = scan_one(tmp_path, "config.py", source)
    assert refs == set()


def test_anythingllm_model_preferences(tmp_path: Path) -> None:
    source = """\
LLM_PROVIDER=ollama
OLLAMA_BASE_PATH=http://ollama:11434
OLLAMA_MODEL_PREF=llama2
EMBEDDING_MODEL_PREF=nomic-embed-text:latest
"""
    refs, errors = scan_one(tmp_path, ".env.sample", source)
    assert ids(refs) == {(3, "llama2", "ollama"), (4, "nomic-embed-text:latest", "ollama")}
    assert errors == []
    source = """\
import ollama

_MODEL_PREF = ("qwen", "gemma", "llama")  # a ranking of families, no model
"""
    refs, errors = scan_one(tmp_path, "backends.py", source)
    assert refs == set()


def test_a_list_of_lora_modules_in_a_module_that_names_no_model(tmp_path: Path) -> None:
    source = """\
LORA_MODULE_NAMES = [
    "lorahub/flan_t5_large-qasc_qa_with_separated_facts_3",
    "lorahub/flan_t5_large-ag_news_subset",
]
"""
    refs, errors = scan_one(tmp_path, "constant.py", source)
    assert ids(refs) == {
        (2, "lorahub/flan_t5_large-qasc_qa_with_separated_facts_3", "model"),
        (3, "lorahub/flan_t5_large-ag_news_subset", "model"),
    }
    assert errors == []


def test_a_link_to_a_container_image_names_no_model(tmp_path: Path) -> None:
    source = """\
Currently, we support the following models:

| Model Name | Huggingface Model | Docker Image |
| --- | --- | --- |
| Bloomz 560M | `bigscience/bloomz-560m` | [modelzai/llm-bloomz-560m](IMAGE) |
""".replace("IMAGE", "https://hub.docker.com/r/modelzai/llm-bloomz-560m")
    refs, _errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(5, "bigscience/bloomz-560m", "model")}


def test_a_projects_own_settings_getter_gives_its_default(tmp_path: Path) -> None:
    source = """\
import os
import llm
from transformers import AutoModel


def _get(key: str, fallback: str) -> str:
    return os.environ.get(key) or fallback


EMBED_MODEL = _get("APP_EMBED_MODEL", "acme-lab/embedder-base-v2")
DOCS = _get("APP_DOCS", "data/docs")
model = llm.get_model("mistralai/Mistral-7B-Instruct-v0.3")
"""
    refs, errors = scan_one(tmp_path, "settings.py", source)
    assert ids(refs) == {
        (10, "acme-lab/embedder-base-v2", "model"),
        (12, "mistralai/Mistral-7B-Instruct-v0.3", "model"),
    }
    assert errors == []


def test_classifiers_ollama_subclasses_and_pinned_repositories(tmp_path: Path) -> None:
    source = """\
from enum import Enum
from types import MappingProxyType

from agentica.model.ollama import Ollama
from transformers import AutoModelForSequenceClassification


class HarmBenchClassifier(Enum):
    LLAMA_2_13B = "cais/HarmBench-Llama-2-13b-cls"


class Hermes(Ollama):
    id: str = "hermes3"
    name: str = "Hermes"


PRESETS = {
    "fast": ModelPreset(
        "table_structure/tableformer_v1",
        "acme-lab/TableFormer-MLX",
        "28bb5171682eed2a7d3c0a2f29f80f32dcccc18e",
        MappingProxyType({"checkpoint_subdirectory": "fast"}),
    ),
}
opts = Options(model_name="explicit-org/explicit-model")
agent = AgentConfig(model_id="mistral:mistral-small-latest")
"""
    refs, errors = scan_one(tmp_path, "presets.py", source)
    assert ids(refs) == {
        (9, "cais/HarmBench-Llama-2-13b-cls", "model"),
        (13, "hermes3", "ollama"),
        (20, "acme-lab/TableFormer-MLX", "model"),
    }
    assert errors == []


def test_an_ollama_providers_own_id_is_no_model(tmp_path: Path) -> None:
    source = """\
from langchain_ollama import ChatOllama


class OllamaProvider(BaseProvider, ChatOllama):
    id = "ollama"
    name = "Ollama"
    model_id_key = "model"
"""
    refs, errors = scan_one(tmp_path, "ollama.py", source)
    assert refs == set()
    assert errors == []


def test_a_catalogs_huggingface_and_modelscope_lists(tmp_path: Path) -> None:
    source = """\
MODEL_INFO = {
    "AgroNT": {
        "title": "A foundational model for plant genomes",
        "huggingface": ["InstaDeepAI/agro-nucleotide-transformer-1b"],
        "modelscope": [
            "ZhejiangLab-LifeScience/agro-nucleotide-transformer-1b",
            "ZhejiangLab-LifeScience/agro-nucleotide-transformer-500m",
            "ZhejiangLab-LifeScience/agro-nucleotide-transformer-2b",
        ],
    },
}
"""
    refs, errors = scan_one(tmp_path, "modeling_auto.py", source)
    assert ids(refs) == {(4, "InstaDeepAI/agro-nucleotide-transformer-1b", "model")}
    assert errors == []


def test_a_repository_name_may_end_with_an_underscore(tmp_path: Path) -> None:
    source = """\
LORA_MODULE_NAMES = [
    "lorahub/flan_t5_large-wiki_qa_Is_This_True_",
    "lorahub/flan_t5_large-coqa",
]
"""
    refs, errors = scan_one(tmp_path, "constant.py", source)
    assert ids(refs) == {
        (2, "lorahub/flan_t5_large-wiki_qa_Is_This_True_", "model"),
        (3, "lorahub/flan_t5_large-coqa", "model"),
    }
    assert errors == []
