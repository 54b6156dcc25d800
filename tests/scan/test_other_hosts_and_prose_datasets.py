"""Links to other model hosts, datasets named in prose, legacy ids in sentences and flags, a
Python example left unclosed, Ollama classes in docstrings, hosted providers' calls in
JavaScript, documented LoRA examples and a key named for a task."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_links_to_other_model_hosts_name_their_models(tmp_path: Path) -> None:
    doc = f"""\
# Models

- [Qwen/Qwen2.5-3B-Instruct](https://modelscope.cn/models/Qwen/Qwen2.5-3B-Instruct)
- [fofr/sdxl-emoji](https://replicate.com/fofr/sdxl-emoji)
- [ProsusAI/finbert](https://huggingface.co/ProsusAI/finbert)

Pin a version: `bytedance/sdxl-lightning-4step:{"5599ed30703defd1" * 4}`.
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(5, "ProsusAI/finbert", "model")}


def test_prose_names_a_dataset_by_the_word_after_it_or_a_label(tmp_path: Path) -> None:
    doc = """\
# Text to SQL

It fine-tunes the codellama/CodeLlama-7b-hf model using the b-mc2/sql-create-context dataset.

Dataset: b-mc2/sql-create-context

It fine-tunes facebook/opt-1.3b with LoRA on the FinGPT sentiment dataset.
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {
        (3, "codellama/CodeLlama-7b-hf", "model"),
        (3, "b-mc2/sql-create-context", "dataset"),
        (5, "b-mc2/sql-create-context", "dataset"),
        (7, "facebook/opt-1.3b", "model"),
    }


def test_a_sentence_about_models_names_a_legacy_id(tmp_path: Path) -> None:
    doc = """\
# Emotion

The underlying model is xlm-roberta-large. The bert-base-uncased tokenizer splits words.

We thank the xlm-roberta-large authors.
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(3, "xlm-roberta-large", "model"), (3, "bert-base-uncased", "model")}


def test_any_flag_given_a_hyphenated_legacy_id(tmp_path: Path) -> None:
    script = "python build.py --data_dir data --arch bert-base-uncased --split train-dev\n"
    refs, _ = scan_one(tmp_path, "build.sh", script)
    assert ids(refs) == {(1, "bert-base-uncased", "model")}


def test_a_python_example_left_unclosed_is_read_up_to_its_broken_statement(
    tmp_path: Path,
) -> None:
    source = """\
from blendsql import BlendSQL

searcher = HybridSearch(
    documents=docs, model_name_or_path="intfloat/e5-base-v2", k=5
)

bsql = BlendSQL(
    {
        "w": {
            "text": [
                "a"
        },
    },
)
"""
    refs, errors = scan_one(tmp_path, "example.py", source)
    assert ids(refs) == {(4, "intfloat/e5-base-v2", "model")}
    assert [e.split(":")[0] for e in errors] == ["12"]
    readme = f"# Use\n\n```python\n{source}```\n"
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(7, "intfloat/e5-base-v2", "model")}


def test_a_docstring_shows_an_ollama_class_given_its_model(tmp_path: Path) -> None:
    source = '''\
class Ollama(ModelBase):
    """Class for Ollama endpoints.

    Examples:
        model = Ollama("llama3.2")
        chat = ChatOllama(model="qwen3:8b")
    """

    def __init__(self, model_name_or_path: str, base_url: str = "http://localhost:11434/v1/"):
        self.model = model_name_or_path
'''
    refs, _ = scan_one(tmp_path, "ollama.py", source)
    assert ids(refs) == {(5, "llama3.2", "ollama"), (6, "qwen3:8b", "ollama")}


def test_javascript_hosted_provider_calls_and_documented_examples(tmp_path: Path) -> None:
    source = """\
import { replicate } from '@ai-sdk/replicate';

/**
 * LoRA model weights and their scales. Example: { "latent-consistency/lcm-lora-sdxl": 1.0 }.
 */
const a = await generateImage({ model: replicate.image('black-forest-labs/flux-2-pro') });
type FalImageModelId = 'fal-ai/flux-lora' | 'fal-ai/aura-sr';
const pipe = await StableDiffusionPipeline.fromPretrained(
  'directml', // or 'cuda'
  'aislamov/stable-diffusion-2-1-base-onnx',
);
"""
    refs, _ = scan_one(tmp_path, "image.ts", source)
    assert ids(refs) == {
        (4, "latent-consistency/lcm-lora-sdxl", "model"),
        (10, "aislamov/stable-diffusion-2-1-base-onnx", "model"),
    }


def test_a_key_named_for_a_task_is_not_an_output(tmp_path: Path) -> None:
    source = """\
from transformers import AutoModel


def load(kind, target_extraction_model=None, target_repo_id=None):
    if kind == "claims":
        target_extraction_model = "bendavidsteel/SmolLM2-360M-Instruct-claim-extraction"
    target_repo_id = "someone/merged-output"
"""
    refs, _ = scan_one(tmp_path, "main.py", source)
    assert ids(refs) == {(6, "bendavidsteel/SmolLM2-360M-Instruct-claim-extraction", "model")}


def test_a_webllm_config_names_its_prebuilt_model_and_repo(tmp_path: Path) -> None:
    config = """\
{
  "modelName": "Qwen3-0.6B-q4f16_1-MLC",
  "huggingFaceRepo": "mlc-ai/Qwen3-0.6B-q4f16_1-MLC",
  "HUGGING_FACE_MODEL": "Qwen/Qwen3-0.6B"
}
"""
    refs, _ = scan_one(tmp_path, "model-config.json", config)
    assert ids(refs) == {
        (2, "mlc-ai/Qwen3-0.6B-q4f16_1-MLC", "model"),
        (3, "mlc-ai/Qwen3-0.6B-q4f16_1-MLC", "model"),
        (4, "Qwen/Qwen3-0.6B", "model"),
    }


def test_typescript_schemas_lists_and_provider_types(tmp_path: Path) -> None:
    source = """\
export const TextToImageParams = z.object({
  model_id: z.string().default("SG161222/RealVisXL_V4.0_Lightning"),
  prompt: z.string().default("a cat"),
});
const models: ModelData[] = [
  { id: "t5-base", pipeline_tag: "translation" },
];
if (model.id === "bigscience/bloom") { show(); }
export type ReplicateImageModelId =
  | 'black-forest-labs/flux-dev'
  | 'stability-ai/sdxl';

const other = 'black-forest-labs/FLUX.1-schnell';
"""
    refs, _ = scan_one(tmp_path, "models.ts", source)
    assert ids(refs) == {
        (2, "SG161222/RealVisXL_V4.0_Lightning", "model"),
        (6, "t5-base", "model"),
        (8, "bigscience/bloom", "model"),
        (13, "black-forest-labs/FLUX.1-schnell", "model"),
    }


def test_role_words_glued_keys_and_a_language_keyed_map(tmp_path: Path) -> None:
    source = """\
from transformers import pipeline

FALLBACKS = {"nli": ("MoritzLaurer/DeBERTa-v3-large-mnli-fever-anli-ling-wanli",)}
OPUS = {"ms": "Helsinki-NLP/opus-mt-en-ms", "id": "Helsinki-NLP/opus-mt-en-id"}
MIRRORS = {"hf": "org/tiny-bert-base", "ms": "org-ms/tiny-bert-base"}


class QGQA:
    def __init__(self, qamodelname="deepset/roberta-large-squad2", drafter=None):
        self.qa = pipeline("question-answering", model=qamodelname)
"""
    refs, _ = scan_one(tmp_path, "qgqa.py", source)
    assert ids(refs) == {
        (3, "MoritzLaurer/DeBERTa-v3-large-mnli-fever-anli-ling-wanli", "model"),
        (4, "Helsinki-NLP/opus-mt-en-ms", "model"),
        (4, "Helsinki-NLP/opus-mt-en-id", "model"),
        (5, "org/tiny-bert-base", "model"),
        (9, "deepset/roberta-large-squad2", "model"),
    }
    config = "target: meta-llama/Llama-3.1-8B-Instruct\ndrafter: org/Llama-160M-Chat-v1\n"
    refs, _ = scan_one(tmp_path, "bench.yaml", config)
    assert (2, "org/Llama-160M-Chat-v1", "model") in ids(refs)
    script = "python run.py --pretrained_bert_name 'pdelobelle/robbert-v2-dutch-base'\n"
    refs, _ = scan_one(tmp_path, "run.sh", script)
    assert ids(refs) == {(1, "pdelobelle/robbert-v2-dutch-base", "model")}


def test_a_type_of_models_a_provider_serves_under_hub_ids_is_read(tmp_path: Path) -> None:
    source = """\
export type TogetherAIChatModelId =
  | 'meta-llama/Llama-3.3-70B-Instruct-Turbo'
  | 'Qwen/Qwen2.5-7B-Instruct-Turbo'
  | (string & {});
"""
    refs, _ = scan_one(tmp_path, "togetherai-chat-options.ts", source)
    assert ids(refs) == {
        (2, "meta-llama/Llama-3.3-70B-Instruct-Turbo", "model"),
        (3, "Qwen/Qwen2.5-7B-Instruct-Turbo", "model"),
    }


def test_a_model_class_given_its_architecture_then_the_model(tmp_path: Path) -> None:
    source = """\
from accord_nlp.text_classification.ner.ner_model import NERModel

model = NERModel("roberta", "ACCORD-NLP/ner-roberta-large")
other = ClassificationModel("bert", "bert-base-uncased", use_cuda=False)
whisper = WhisperModel("small", "cuda")
"""
    refs, _ = scan_one(tmp_path, "ner.py", source)
    assert ids(refs) == {
        (3, "ACCORD-NLP/ner-roberta-large", "model"),
        (4, "bert-base-uncased", "model"),
        (5, "Systran/faster-whisper-small", "model"),  # faster-whisper's own size, not a type
    }


def test_another_hubs_section_of_a_catalog_names_no_hub_model(tmp_path: Path) -> None:
    config = """\
{
  "Florence-2-large": {
    "huggingface": {"llm": {"repo_id": "microsoft/Florence-2-large"}},
    "modelscope": {"llm": {"repo_id": "AI-ModelScope/Florence-2-large"}}
  }
}
"""
    refs, _ = scan_one(tmp_path, "default_florence.json", config)
    assert ids(refs) == {(3, "microsoft/Florence-2-large", "model")}


def test_docstrings_name_defaults_and_describe_arguments(tmp_path: Path) -> None:
    source = '''\
from .constants import DEFAULT_SBERT_SIM_MODEL


def fense(candidates, sbert_model=DEFAULT_SBERT_SIM_MODEL):
    """Score captions.

    :param sbert_model: The sentence BERT model. defaults to "paraphrase-TinyBERT-L6-v2".
    :param model: optional preloaded model, mainly for tests/custom setup.
    """
    return candidates
'''
    refs, _ = scan_one(tmp_path, "fense.py", source)
    assert ids(refs) == {(7, "sentence-transformers/paraphrase-TinyBERT-L6-v2", "model")}


def test_a_one_line_jsdoc_comment_gives_an_example_id(tmp_path: Path) -> None:
    source = """\
export interface ChunkingConfig {
    /** HuggingFace model ID for tokenizer sizing (e.g., "Xenova/gpt-4o"). */
    tokenizer?: string;
}
"""
    refs, _ = scan_one(tmp_path, "types.d.ts", source)
    assert ids(refs) == {(2, "Xenova/gpt-4o", "model")}


def test_datasets_in_numbered_headings_and_a_dataset_column(tmp_path: Path) -> None:
    doc = """\
# Dataset configuration

## Working Hugging Face datasets

### 1. zefang-liu/phishing-email-dataset
- Size: 18,650 emails

## Datasets that do not work

| Dataset | Issue |
|---------|-------|
| talby/phishing_email | Not found |

## Models

### 1. cardiffnlp/twitter-roberta-base
"""
    refs, _ = scan_one(tmp_path, "DATASET_CONFIG.md", doc)
    assert ids(refs) == {
        (5, "zefang-liu/phishing-email-dataset", "dataset"),
        (12, "talby/phishing_email", "dataset"),
        (16, "cardiffnlp/twitter-roberta-base", "model"),
    }


def test_a_diff_of_a_program_is_read_as_the_program(tmp_path: Path) -> None:
    doc = """\
# Use

```diff
  from transformers import AutoTokenizer
- model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.2-1B")
+ model = ORTModelForCausalLM.from_pretrained("onnx-community/Llama-3.2-1B", subfolder="onnx")
```

```diff
- from transformers import AutoModelForImageClassification
+ from optimum.furiosa import FuriosaAIModelForImageClassification
model_id = "microsoft/resnet-50"
```
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {
        (5, "meta-llama/Llama-3.2-1B", "model"),
        (6, "onnx-community/Llama-3.2-1B", "model"),
        (12, "microsoft/resnet-50", "model"),
    }


def test_repository_names_data_repositories_and_modelscope_files(tmp_path: Path) -> None:
    source = """\
from huggingface_hub import hf_hub_download

REPO_ID = "ssmall256/demucs-mlx"
_HF_REPO = "TigreGotico/audiosronnx-lavasr"
TOL10M_HF_DATAFILE_REPO = "imageomics/TreeOfLife-10M"
"""
    refs, _ = scan_one(tmp_path, "hub.py", source)
    assert ids(refs) == {
        (3, "ssmall256/demucs-mlx", "model"),
        (4, "TigreGotico/audiosronnx-lavasr", "model"),
        (5, "imageomics/TreeOfLife-10M", "dataset"),
    }
    other = """\
import os


def find_model_dir(model_name="iic/speech_zipenhancer_ans_multiloss_16k_base"):
    return os.path.join(os.path.expanduser("~"), ".cache", "modelscope", "hub", model_name)
"""
    refs, _ = scan_one(tmp_path, "standalone.py", other)
    assert refs == set()
    doc = """\
# ZipEnhancer

[model](https://modelscope.cn/models/iic/speech_zipenhancer_ans_multiloss_16k_base)

| Model | Notes |
|---|---|
| `iic/speech_frcrn_ans_cirm_16k` | older |
| `microsoft/wavlm-base-plus` | encoder |
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(8, "microsoft/wavlm-base-plus", "model")}


def test_dataset_flags_with_a_namespace_and_split_files(tmp_path: Path) -> None:
    script = """\
python3 -m verl.trainer.main \\
    data.train_files=hiyouga/math12k@train \\
    data.val_files=hiyouga/math12k@test
accelerate launch grpo.py --base_config.dataset_name "openai/gsm8k" --data_id math-ai/aime25
"""
    refs, _ = scan_one(tmp_path, "grpo.sh", script)
    assert ids(refs) == {
        (2, "hiyouga/math12k", "dataset"),
        (3, "hiyouga/math12k", "dataset"),
        (4, "openai/gsm8k", "dataset"),
        (4, "math-ai/aime25", "dataset"),
    }


def test_a_placeholder_user_and_a_dataset_linked_in_the_file(tmp_path: Path) -> None:
    source = '''\
"""Kaputt: see https://huggingface.co/datasets/amazon/kaputt."""
from huggingface_hub import snapshot_download

HF_REPO_ID = "amazon/kaputt"
MODEL_REPO = "yourusername/flood-detection-model"
'''
    refs, _ = scan_one(tmp_path, "kaputt.py", source)
    assert ids(refs) == {(1, "amazon/kaputt", "dataset"), (4, "amazon/kaputt", "dataset")}


def test_a_model_folder_flag_given_a_hub_id(tmp_path: Path) -> None:
    source = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-model_dir", type=str, default="shibing624/text2vec-base-chinese")
parser.add_argument("--model_dir_local", type=str, default="models/bert")
"""
    refs, _ = scan_one(tmp_path, "helper.py", source)
    assert ids(refs) == {(4, "shibing624/text2vec-base-chinese", "model")}


def test_entries_set_in_a_map_named_for_models(tmp_path: Path) -> None:
    source = """\
import collections

lang_model = collections.defaultdict(dict)
lang_model["fr"] = "flaubert/flaubert_base_cased"
lang_model["en"] = "roberta-base"
settings = {}
settings["port"] = "org/not-a-model-v1"
tokenizer = AutoTokenizer.from_pretrained(lang_model["en"])
"""
    refs, _ = scan_one(tmp_path, "multilingual.py", source)
    assert ids(refs) == {
        (4, "flaubert/flaubert_base_cased", "model"),
        (5, "roberta-base", "model"),
    }


def test_speaker_models_by_their_names_in_prose(tmp_path: Path) -> None:
    readme = """\
* ECAPA-TDNN speaker embeddings (`speechbrain/spkrec-ecapa-voxceleb`)
* Diarization by `pyannote/speaker-diarization` and `pyannote/pyannote-audio` for the code
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (1, "speechbrain/spkrec-ecapa-voxceleb", "model"),
        (2, "pyannote/speaker-diarization", "model"),
    }


def test_task_words_make_a_publishers_id_model_shaped(tmp_path: Path) -> None:
    readme = """\
Text is read by `deepseek-ai/DeepSeek-OCR`, spoken by `facebook/mms-tts-eng`.
Built on microsoft/onnxruntime, google/jax, `PaddlePaddle/PaddleOCR` and `k2-fsa/sherpa-onnx`.
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (1, "deepseek-ai/DeepSeek-OCR", "model"),
        (1, "facebook/mms-tts-eng", "model"),
    }


def test_a_version_is_no_organization(tmp_path: Path) -> None:
    readme = """\
| Engine | Voices |
|---|---|
| Bark model | `v2/en_speaker_0` ... `v2/en_speaker_9` |
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == set()


def test_whisper_sizes_separated_by_middle_dots(tmp_path: Path) -> None:
    readme = """\
Transcription uses [faster-whisper](https://github.com/SYSTRAN/faster-whisper).

| Setting | Default | Values |
|---|---|---|
| Whisper model | `base` | `tiny` · `base` · `small` |
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert {(line, ident) for line, ident, _kind in ids(refs)} >= {
        (5, "Systran/faster-whisper-tiny"),
        (5, "Systran/faster-whisper-small"),
    }


def test_a_whisper_setting_row_and_a_size_called_a_model(tmp_path: Path) -> None:
    readme = """\
Powered by [faster-whisper](https://github.com/SYSTRAN/faster-whisper).

On first run it downloads the `small.en` model (~240 MB).

| Setting | Default | Notes |
|---|---|---|
| `model_name` | `base.en` | Transcription model. |
| `language` | `en` | The small print. |
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (3, "Systran/faster-whisper-small.en", "model"),
        (7, "Systran/faster-whisper-base.en", "model"),
    }


def test_a_download_under_a_heading_about_datasets_is_a_dataset(tmp_path: Path) -> None:
    doc = """\
# Travel agent

## Download SFT dataset

```bash
huggingface-cli download --resume-download acme/travel-qa --local-dir travel-qa
```

## Download the base model

```bash
huggingface-cli download acme/travel-llm-7b
```

Data format of `acme/travel-qa`: one question per line.
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert {(line, ident, kind) for line, ident, kind in ids(refs) if line < 15} == {
        (6, "acme/travel-qa", "dataset"),
        (12, "acme/travel-llm-7b", "model"),
    }
    assert all(kind == "dataset" for _, ident, kind in ids(refs) if ident == "acme/travel-qa")


def test_an_upper_case_metavar_is_no_ollama_tag(tmp_path: Path) -> None:
    doc = """\
Models run on Ollama.

```
usage: plotter [-h] [--model PROVIDER:MODEL] [--tag NAME:TAG] log_file
```

Run `plotter --model ollama:llama3.1:8b flight.tlog`.
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(7, "llama3.1:8b", "ollama")}


def test_a_constructor_from_ollamas_model_reads_its_first_argument(tmp_path: Path) -> None:
    doc = """\
```python
from agentlib.adapters.llm import from_ollama

llm = from_ollama("gemma4", think=False)
```
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(4, "gemma4", "ollama")}


def test_a_rows_provider_column_naming_a_hosted_api_gives_its_names(tmp_path: Path) -> None:
    doc = """\
# Model choices

| Option | Model | Size | Provider | Why |
|--------|-------|------|----------|-----|
| Best on Groq | `openai/gpt-oss-20b` | 20B | Groq | fast |
| Best local | `Qwen/Qwen2.5-7B-Instruct` | 7B | Local (transformers) | free |
| Best code | `Qwen/Qwen2.5-Coder-32B-Instruct` | 32B | Together ($0.80/M) | code |

Pull `llama3.2` with Ollama.

| Shortcut | Provider |
|----------|----------|
| `mistral-large` | Mistral |
| `qwen2.5:7b` | Ollama |
"""
    refs, _ = scan_one(tmp_path, "models.md", doc)
    assert ids(refs) == {
        (6, "Qwen/Qwen2.5-7B-Instruct", "model"),
        (9, "llama3.2", "ollama"),
        (14, "qwen2.5:7b", "ollama"),
    }


def test_a_models_label_inside_a_sentence_gives_no_setting(tmp_path: Path) -> None:
    source = '''\
from acme import load


class Chunker:
    """Chunk text.

    Uses two distilled models:
      - a line-level model: detects where a new unit starts;
      - a character-level model: sentence/paragraph structure, used to blend.

    Usage:
      model: acme/chunker-base-v2
    """
'''
    refs, _ = scan_one(tmp_path, "chunker.py", source)
    assert ids(refs) == {(12, "acme/chunker-base-v2", "model")}
