"""Rules from the twenty-fifth session's held-out corpora: a settings file that points some
services at hosted APIs by prefixed keys (`OPENAI_API_BASE=https://api.openai.com/v1`) mutes
only those services' model names; a Whisper size quoted after its Hub backend's name in prose;
the model a map of provider defaults gives Ollama; a call named for uploading is given its
output; tags in a long help text of a large file about Ollama; a Ruby script read by its
shebang; a listed id with a description under a heading about models; a Modelfile pasted into
a script; a library family's point release with its tag; a `timm:` prefixed name; an argument
list that gives the Ollama CLI its model."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import scan_one

ENV = (
    "OPENAI_API_KEY=your-api-key-here\n"
    "OPENAI_API_BASE=https://api.openai.com/v1\n"
    "OPENAI_MODEL=acme/served-by-openai\n"
    "EMBEDDING_MODEL=sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2\n"
    "TEXT_TO_IMAGE_MODEL=runwayml/stable-diffusion-v1-5\n"
    "THINKING_MODEL=deepseek/deepseek-reasoner-x\n"
    "THINKING_API_BASE=https://api.deepseek.com/v1\n"
)


def names(tmp: Path, file: str, text: str) -> set[str]:
    refs, errors = scan_one(tmp, file, text)
    assert errors == []
    return {ident for _line, _col, ident, _kind in refs}


def test_prefixed_api_settings_mute_only_their_own_service(tmp_path: Path) -> None:
    assert names(tmp_path, ".env.example", ENV) == {
        "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
        "runwayml/stable-diffusion-v1-5",
    }


def test_a_setting_that_names_no_service_is_the_hosted_apis(tmp_path: Path) -> None:
    text = "LLM_BASE_URL=https://api.together.xyz/v1\nMODEL=acme/llama-hosted\nLLM_MODEL=acme/x\n"
    assert names(tmp_path, ".env", text) == set()
    text = "LLM_BASE_URL=https://api.together.ai/v1\nMODEL=acme/llama-hosted\n"  # its new host
    assert names(tmp_path, ".env", text) == set()


def test_an_unprefixed_base_url_still_makes_the_whole_mapping_the_apis(tmp_path: Path) -> None:
    text = (
        "llm:\n"
        "  base_url: https://api.groq.com/openai/v1\n"
        "  model: acme/hosted-chat\n"
        "  embedding_model: acme/hosted-embed\n"
    )
    assert names(tmp_path, "config.yaml", text) == set()


def test_a_self_hosted_prefixed_base_mutes_nothing(tmp_path: Path) -> None:
    text = "VLLM_API_BASE=http://localhost:8000/v1\nVLLM_MODEL=acme/served-locally\n"
    assert names(tmp_path, ".env", text) == {"acme/served-locally"}


def test_a_whisper_size_quoted_right_after_its_hub_backend_in_prose(tmp_path: Path) -> None:
    text = (
        "# Companion\n\n"
        "- **GPU** — faster-whisper `large-v3-turbo` STT plus a local TTS.\n"
        "- **CPU** — faster-whisper `base.en` and Piper voices.\n"
        "- faster-whisper large models need a GPU.\n"
    )
    refs, errors = scan_one(tmp_path, "README.md", text)
    assert errors == []
    assert {(line, col) for line, col, _ident, _kind in refs} == {(3, 29), (4, 29)}
    assert {ident for _l, _c, ident, _k in refs} == {
        "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
        "Systran/faster-whisper-base.en",
    }


def test_the_model_a_map_of_provider_defaults_gives_ollama(tmp_path: Path) -> None:
    text = (
        "_DEFAULTS = {\n"
        '    "anthropic": "claude-haiku-4-5",\n'
        '    "openai": "gpt-4o-mini",\n'
        '    "ollama": "llama3",\n'
        "}\n"
    )
    refs, errors = scan_one(tmp_path, "llm.py", text)
    assert (errors, refs) == ([], {(4, 16, "llama3", "ollama")})


def test_a_call_named_for_uploading_is_given_its_output(tmp_path: Path) -> None:
    text = (
        "from transkribus_hf import Converter\n"
        "converter = Converter('export.zip')\n"
        'converter.upload_to_hub(dataset=ds, repo_id="acme/my-windows", private=False)\n'
        'converter.convert_and_upload(repo_id="acme/my-dataset", export_mode="window")\n'
        'model = AutoModel.from_pretrained("acme/base-7b")\n'
    )
    assert names(tmp_path, "convert.py", text) == {"acme/base-7b"}


def test_tags_in_a_long_help_text_of_a_large_file_about_ollama(tmp_path: Path) -> None:
    filler = "".join(f"def step_{i}(board):\n    return board.move({i})\n\n" for i in range(700))
    row = "║  {:3d}. some instruction about the board and its moves  ║\n"
    banner = "".join(row.format(i) for i in range(40))
    text = (
        "import ollama\n\n"
        f"{filler}"
        "def show_help():\n"
        '    help_text = """\n'
        f"{banner}"
        "║  • RTX 3060 (6GB): qwen2.5:7b - fast, high quality  ║\n"
        "║  • RTX 3080+ (12GB): qwen2.5:14b - maximum quality  ║\n"
        '"""\n'
        "    print(help_text)\n"
    )
    assert len(text) > 16_000
    assert len(banner) > 2_000
    assert names(tmp_path, "main.py", text) == {"qwen2.5:7b", "qwen2.5:14b"}


def test_a_ruby_script_without_an_extension_is_read_by_its_shebang(tmp_path: Path) -> None:
    text = "#!/usr/bin/env ruby\nputs 'Pulling...'\nsystem('ollama pull phi3:mini')\n"
    assert names(tmp_path, "bin/setup_ollama", text) == {"phi3:mini"}


def test_a_listed_id_with_a_description_under_a_heading_about_models(tmp_path: Path) -> None:
    text = (
        "## AI Models Used\n\n"
        "1. **acme/vit-gpt2-captioning** - Image analysis\n"
        "2. `espnet/kan-bayashi_ljspeech_vits`: Text-to-speech\n"
        "3. **Linux/macOS**: the platforms it runs on\n"
        "4. inference/benchmarking - the folder of its scripts\n\n"
        "## Links\n\n"
        "- **acme/website** - our code\n"
    )
    assert names(tmp_path, "README.md", text) == {
        "acme/vit-gpt2-captioning",
        "espnet/kan-bayashi_ljspeech_vits",
    }


def test_a_modelfile_pasted_into_a_script_names_its_base(tmp_path: Path) -> None:
    text = (
        "FROM llama3.2\n\nPARAMETER temperature 0.3\n\nSYSTEM You are a stock analyst.\n"
        "#!/bin/bash\nollama serve &\n"
    )
    refs, errors = scan_one(tmp_path, "entrypoint.sh", text)
    assert (errors, refs) == ([], {(1, 6, "llama3.2", "ollama")})
    dockerfile = "FROM python:3.11-slim\nRUN pip install ollama\nCMD ollama serve\n"
    assert names(tmp_path, "Dockerfile", dockerfile) == set()


def test_a_point_release_of_a_library_family_with_its_tag(tmp_path: Path) -> None:
    text = 'import ollama\nROUTER = "granite4.1:3b"\nIMAGE = "python3.11:slim"\n'
    assert names(tmp_path, "settings.py", text) == {"granite4.1:3b"}


def test_a_timm_name_behind_a_projects_timm_prefix(tmp_path: Path) -> None:
    text = (
        "import timm\n"
        "TIMM_MODELS = {\n"
        "    'EVA-02 (Base/14)': 'timm:eva02_base_patch14_224.mim_in22k',\n"
        "    'FastViT (SA12)': 'timm:fastvit_sa12.apple_in1k',\n"
        "    'EfficientViT (B1)': 'timm:efficientvit_b1.r224_in1k',\n"
        "}\n"
    )
    assert names(tmp_path, "registry.py", text) == {
        "timm/eva02_base_patch14_224.mim_in22k",
        "timm/fastvit_sa12.apple_in1k",
        "timm/efficientvit_b1.r224_in1k",
    }


def test_the_model_an_argument_list_gives_the_ollama_cli(tmp_path: Path) -> None:
    text = (
        "import subprocess\n"
        "def ask(messages):\n"
        "    return subprocess.Popen(\n"
        "        ['ollama', 'run', 'llama3.2', '\\n'.join(messages)],\n"
        "        stdout=subprocess.PIPE,\n"
        "    )\n"
    )
    refs, errors = scan_one(tmp_path, "chatbot.py", text)
    assert (errors, refs) == ([], {(4, 28, "llama3.2", "ollama")})


def test_a_section_named_for_a_hosted_api_stays_the_apis_whole(tmp_path: Path) -> None:
    text = (
        "[groq]\n"
        "GROQ_API_BASE = https://api.groq.com/openai/v1\n"
        "EMBEDDING_MODEL = acme/groq-embedder\n"
        "[local]\n"
        "EMBEDDING_MODEL = acme/local-embedder-v1\n"
    )
    assert names(tmp_path, "settings.ini", text) == {"acme/local-embedder-v1"}
