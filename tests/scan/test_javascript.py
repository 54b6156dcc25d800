"""JavaScript / TypeScript: model positions in web apps and Node services."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one

APP = """\
import { pipeline, AutoTokenizer } from "@huggingface/transformers";
import ollama from "ollama";
// const old = pipeline("sentiment-analysis", "acme/commented-out");
const extractor = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2");
const tok = await AutoTokenizer.from_pretrained("acme/tokenizer");
const out = await hf.textGeneration({ model: "acme/chat-7b", inputs: "hi" });
const MODEL_ID = process.env.MODEL_ID ?? "acme/default-8b";
const res = await ollama.chat({ model: "llama3.1", messages: [] });
const cfg = { modelName: "gpt-4o", repo: "vercel/next.js", image: "acme/img:latest" };
const url = `https://huggingface.co/${MODEL_ID}/resolve/main/x.onnx`;
const w = "https://huggingface.co/acme/onnx-model/resolve/main/model.onnx";
export const Chat = () => <Model modelId="acme/jsx-7b" type="text/plain" />;
const agent = { model: "ollama:qwen3:4b", dataset: "acme/eval-set" };
"""


def test_model_positions_in_a_typescript_app(tmp_path: Path) -> None:
    refs, errors = scan_one(tmp_path, "src/app.tsx", APP)
    assert ids(refs) == {
        (4, "Xenova/all-MiniLM-L6-v2", "model"),
        (5, "acme/tokenizer", "model"),
        (6, "acme/chat-7b", "model"),
        (7, "acme/default-8b", "model"),
        (8, "llama3.1", "ollama"),
        (11, "acme/onnx-model", "model"),
        (12, "acme/jsx-7b", "model"),
        (13, "qwen3:4b", "ollama"),
        (13, "acme/eval-set", "dataset"),
    }
    assert (6, 47, "acme/chat-7b", "model") in refs  # the column of the literal's text
    assert errors == []


def test_javascript_without_ollama_and_minified_bundles(tmp_path: Path) -> None:
    refs, _ = scan_one(tmp_path, "server.mjs", 'const opts = { model: "llama3" };\n')
    assert refs == set()  # nothing says Ollama: a bare word is no reference
    bundle = "var a={model:'acme/in-a-bundle'};" * 400 + "\n"
    refs, _ = scan_one(tmp_path, "dist/app.min.js", bundle)
    assert refs == set()


def test_ai_sdk_provider_functions(tmp_path: Path) -> None:
    source = (
        "import { ollama } from 'ollama-ai-provider';\n"
        "const a = await generateText({ model: ollama('llama3.1'), prompt: 'hi' });\n"
        "const b = await generateText({ model: huggingface('acme/chat-7b'), prompt: 'hi' });\n"
    )
    refs, _ = scan_one(tmp_path, "chat.ts", source)
    assert ids(refs) == {
        (2, "llama3.1", "ollama"),
        (3, "acme/chat-7b", "model"),
    }


def test_loader_arguments_on_the_lines_after_the_call(tmp_path: Path) -> None:
    source = (
        "const classifier = await pipeline(\n"
        "  'sentiment-analysis',\n"
        "  'acme/distilbert-sst2'\n"
        ");\n"
        "// const old = pipeline(\n"
        "//   'ner', 'acme/commented')\n"
    )
    refs, _ = scan_one(tmp_path, "index.ts", source)
    assert refs == {(3, 4, "acme/distilbert-sst2", "model")}


def test_a_repo_id_key_names_a_hub_model(tmp_path: Path) -> None:
    js = "export const MODELS = {\n  'tdt-v3': {\n    repoId: 'acme/parakeet-tdt-0.6b-v3-onnx',\n"
    js += "  },\n};\nconst site = { repoId: 'main' };\n"
    refs, _ = scan_one(tmp_path, "models.js", js)
    assert {(line, i) for line, _c, i, _k in refs} == {(3, "acme/parakeet-tdt-0.6b-v3-onnx")}


def test_elements_of_a_model_named_array_on_one_line_or_many(tmp_path: Path) -> None:
    source = """\
import { Ollama } from "langchain/llms/ollama";
const modelNames = ["llama2", "mistral"];
const MODELS = [
  "acme/m-1", // the default
  // "acme/retired",
  "acme/m-2"
];
const models = [{ id: "acme/x-1", tags: ["alpha", "beta"] }, "acme/y-1"];
const colors = ["llama2", "acme/not-a-model"];
"""
    refs, errors = scan_one(tmp_path, "pick.mjs", source)
    assert ids(refs) == {
        (2, "llama2", "ollama"),
        (2, "mistral", "ollama"),
        (4, "acme/m-1", "model"),
        (6, "acme/m-2", "model"),
        (8, "acme/x-1", "model"),
        (8, "acme/y-1", "model"),
    }
    assert errors == []


def test_library_names_in_an_enum_named_for_models(tmp_path: Path) -> None:
    source = """\
enum Model {
    starcoder = "starcoder",
    codellama = "codellama",
    // "phind-codellama",
    // Retired = "acme/retired-1",
    Hub = "acme/coder-7b",
    custom = "custom"
}
enum Color { Red = "mistral" }
"""
    refs, errors = scan_one(tmp_path, "models.ts", source)
    assert ids(refs) == {
        (2, "starcoder", "ollama"),
        (3, "codellama", "ollama"),
        (6, "acme/coder-7b", "model"),
    }
    assert errors == []


def test_library_names_that_are_words_only_as_model_values(tmp_path: Path) -> None:
    source = """\
export enum OllamaSupportedModel {
    Mistral = 'mistral',
    Solar = 'solar'
}
// A solar panel dashboard, served by reflection.
"""
    refs, errors = scan_one(tmp_path, "ollama-models.ts", source)
    assert ids(refs) == {(2, "mistral", "ollama"), (3, "solar", "ollama")}
    assert errors == []
    elsewhere, _ = scan_one(tmp_path, "theme.ts", "enum Theme { Solar = 'solar' }\n")
    assert ids(elsewhere) == set()


def test_a_cli_options_default_and_its_help_line(tmp_path: Path) -> None:
    cli = (
        'import ollama from "ollama";\n'
        'program.option("-m, --model <model>", "model to use", "llama2");\n'
        'program.option("--embed-model <m>", "embedder", "Xenova/all-MiniLM-L6-v2");\n'
        'program.option("-p, --port <n>", "port", "8080");\n'
    )
    refs, errors = scan_one(tmp_path, "bin.mjs", cli)
    assert ids(refs) == {(2, "llama2", "ollama"), (3, "Xenova/all-MiniLM-L6-v2", "model")}
    assert errors == []
    readme = (
        "# ollama-cli\n\nGenerate text with Ollama.\n\n```\nOptions:\n"
        '  -m, --model <model>  model to use (default: "llama2")\n'
        "  -p, --port <n>       port (default: 8080)\n```\n"
    )
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(7, "llama2", "ollama")}
    assert errors == []


def test_go_java_csharp_and_rust_sources(tmp_path: Path) -> None:
    go = """\
package main

import "github.com/tmc/langchaingo/llms/ollama"

const DefaultModelName = "acme/chat-8b"

func main() {
	llm, _ := ollama.New(ollama.WithModel("llama3.1"))
	model := "gemma"
	// old := "mistral"
	_ = llm
	_ = model
}
"""
    refs, errors = scan_one(tmp_path, "main.go", go)
    assert ids(refs) == {
        (5, "acme/chat-8b", "model"),
        (8, "llama3.1", "ollama"),
        (9, "gemma", "ollama"),
    }
    assert errors == []
    java = """\
import dev.langchain4j.model.ollama.OllamaChatModel;
//DEPS dev.langchain4j:langchain4j-ollama:1.11.0
class Hello {
    ChatModel m = OllamaChatModel.builder()
        .baseUrl("http://localhost:11434")
        .modelName("llama3.2:latest")
        .build();
    private static final String GREETING_PATH = "acme/hello-1";
    private static final String EMBEDDING_MODEL = "acme/embed-2";
}
"""
    refs, errors = scan_one(tmp_path, "Hello.java", java)
    assert ids(refs) == {(6, "llama3.2:latest", "ollama"), (9, "acme/embed-2", "model")}
    assert errors == []
    csharp = (
        'IChatClient c = new OllamaChatClient(new Uri("http://localhost:11434/"), "llama3.1");\n'
    )
    refs, errors = scan_one(tmp_path, "Program.cs", csharp)
    assert ids(refs) == {(1, "llama3.1", "ollama")}
    rust = """\
use hf_hub::api::tokio::Api;
const TOKENIZER_ID: &str = "acme/tok-1";
async fn main() {
    let repo = api.model("bert-base-uncased".to_string());
    let file = repo.get("model.safetensors").await?;
}
"""
    refs, errors = scan_one(tmp_path, "src/main.rs", rust)
    assert ids(refs) == {(2, "acme/tok-1", "model"), (4, "bert-base-uncased", "model")}
    assert errors == []


def test_a_setter_named_for_a_model_in_javascript_too(tmp_path: Path) -> None:
    source = (
        'const chat = new ChatBuilder().setModel("acme/chat-1").build();\n'
        'loader.load("acme/not-a-model-call");\n'
        'ui.setColor("acme/red");\n'
    )
    refs, errors = scan_one(tmp_path, "app.js", source)
    assert ids(refs) == {(1, "acme/chat-1", "model")}
    assert errors == []


def test_a_go_block_in_markdown(tmp_path: Path) -> None:
    readme = (
        '# Ask Ollama from Go\n\n```go\nllm, err := ollama.New(ollama.WithModel("llama3.1"))\n```\n'
    )
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(4, "llama3.1", "ollama")}
    assert errors == []


def test_a_list_of_groq_models_holds_slugs_not_hub_ids(tmp_path: Path) -> None:
    groq = (
        "export const MODELS = [\n"
        "  { id: 'llama-3.1-8b-instant', name: 'Llama 3.1 8B Instant' },\n"
        "  { id: 'qwen/qwen3-32b', name: 'Qwen3 32B' },\n"
        "  { id: 'meta-llama/llama-4-scout-17b-16e-instruct', name: 'Scout' },\n"
        "];\n"
    )
    refs, errors = scan_one(tmp_path, "models.js", groq)
    assert ids(refs) == set()
    assert errors == []
    hub = groq.replace("llama-3.1-8b-instant", "acme/local-1")  # no Groq-only name: Hub ids
    refs, errors = scan_one(tmp_path, "models2.js", hub)
    assert (3, "qwen/qwen3-32b", "model") in ids(refs)


def test_a_settings_getters_default_for_a_model_name(tmp_path: Path) -> None:
    php = """\
<?php
// Config for the Ollama client
return [
    'model' => env('OLLAMA_MODEL', 'llama3.2:1b'),
    'embedding_model' => env('OLLAMA_EMBEDDING_MODEL', 'nomic-embed-text'),
    'provider' => env('AI_PROVIDER', 'r1'),
    'url' => env('OLLAMA_URL', 'http://localhost:11434'),
];
"""
    refs, errors = scan_one(tmp_path, "config/ollama.php", php)
    assert ids(refs) == {(4, "llama3.2:1b", "ollama"), (5, "nomic-embed-text", "ollama")}
    assert errors == []
    go = 'modelID := getEnv("MODEL_ID", "acme/chat-1")\nport := getEnv("PORT", "acme/x")\n'
    refs, errors = scan_one(tmp_path, "main.go", go)
    assert ids(refs) == {(1, "acme/chat-1", "model")}


def test_a_list_holding_a_hosted_only_name_is_a_routers_list(tmp_path: Path) -> None:
    source = """\
const paidModels = [
  "anthropic/claude-3.5-sonnet",
  "meta-llama/llama-3.1-405b-instruct",
  "mistral-large",
];
const localModels = ["meta-llama/Llama-3.1-8B-Instruct"];
"""
    refs, errors = scan_one(tmp_path, "models.ts", source)
    assert ids(refs) == {(6, "meta-llama/Llama-3.1-8B-Instruct", "model")}
    assert errors == []


def test_cpp_headers_and_tokenizer_types_are_no_models(tmp_path: Path) -> None:
    source = """\
#include "openvino/decoder.h"
// tokenizers as Hugging Face names them
if (tokenizer_model == "gpt2") { type = BPE; }
"""
    refs, errors = scan_one(tmp_path, "vocab.cpp", source)
    assert ids(refs) == set()
    assert errors == []


def test_a_lists_elements_after_group_comments(tmp_path: Path) -> None:
    ts = """\
export const OLLAMA_MODELS = [

    // chat
    "llama3.1",
    "gemma3",

    // reasoning
    "gpt-oss",
    "deepseek-v3.1", // newest
    // "qwen3",
] as const;
"""
    refs, _ = scan_one(tmp_path, "src/models.ts", ts)
    assert ids(refs) == {
        (4, "llama3.1", "ollama"),
        (5, "gemma3", "ollama"),
        (8, "gpt-oss", "ollama"),
        (9, "deepseek-v3.1", "ollama"),
    }


def test_a_union_type_of_model_names(tmp_path: Path) -> None:
    ts = """\
type SupportedModels = 'gpt-4o' | 'llama3.1' | 'llama3.1:8b-instruct-q8_0';
type SupportedProviders = 'openai' | 'ollama';

export type ModelOptions =
  | "ollama/qwen3:30b"
  | "acme/chat-7b"
  | "anthropic/claude-3-5-haiku-latest"
  | "google_genai/gemini-2.5-pro";

type HubModel = "acme/embed-v1" | "acme/rerank-v2";
"""
    refs, _ = scan_one(tmp_path, "src/types.ts", ts)
    assert ids(refs) == {
        (1, "llama3.1", "ollama"),
        (1, "llama3.1:8b-instruct-q8_0", "ollama"),
        (5, "qwen3:30b", "ollama"),
        (10, "acme/embed-v1", "model"),
        (10, "acme/rerank-v2", "model"),
    }


def test_the_inference_apis_pipeline_url(tmp_path: Path) -> None:
    ts = (
        "const apiUrl =\n"
        "  'https://api-inference.huggingface.co/pipeline/feature-extraction/"
        "sentence-transformers/all-MiniLM-L6-v2';\n"
    )
    refs, _ = scan_one(tmp_path, "src/embedding.service.ts", ts)
    assert ids(refs) == {(2, "sentence-transformers/all-MiniLM-L6-v2", "model")}


def test_lists_built_by_constructors_and_initializers(tmp_path: Path) -> None:
    files = {
        "main.go": (
            'import "github.com/ollama/ollama/api"\n'
            'var models = []string{"llama3.1", "acme/chat-7b"}\n'
            "embedModels := []string{\n"
            '\t"nomic-embed-text",\n'
            "}\n"
            'names := []string{"mistral", "phi3"}\n'
        ),
        "Models.java": (
            "import dev.langchain4j.model.ollama.OllamaChatModel;\n"
            'static final List<String> MODELS = List.of("mistral", "acme/chat-7b");\n'
            'static final String[] EMBED_MODELS = {"all-minilm"};\n'
        ),
        "Models.kt": 'val models = mutableListOf("acme/chat-7b")\n',
        "Models.cs": 'var models = new List<string> { "acme/chat-7b" };\n',
        "models.rs": 'let models = vec!["acme/chat-7b"];\n',
        "models.php": '<?php\n$models = array("acme/chat-7b");\n',
        "router.ts": (
            'const MODELS = new Set(["anthropic/claude-3.7-sonnet", "meta-llama/llama-3.1-8b",\n'
            '  "mistral-large", "ollama/qwen3:8b"]);\n'
        ),
    }
    found = {}
    for name, text in files.items():
        refs, _ = scan_one(tmp_path / name.replace(".", "_"), name, text)
        found[name] = ids(refs)
    assert found == {
        "main.go": {
            (2, "llama3.1", "ollama"),
            (2, "acme/chat-7b", "model"),
            (4, "nomic-embed-text", "ollama"),
        },
        "Models.java": {
            (2, "mistral", "ollama"),
            (2, "acme/chat-7b", "model"),
            (3, "all-minilm", "ollama"),
        },
        "Models.kt": {(1, "acme/chat-7b", "model")},
        "Models.cs": {(1, "acme/chat-7b", "model")},
        "models.rs": {(1, "acme/chat-7b", "model")},
        "models.php": {(2, "acme/chat-7b", "model")},
        "router.ts": {(2, "qwen3:8b", "ollama")},
    }


def test_ollama_requests_and_env_fallbacks_in_rust_and_java(tmp_path: Path) -> None:
    rust = """\
use ollama_rs::Ollama;
use ollama_rs::generation::completion::request::GenerationRequest;
fn main() {
    let req = GenerationRequest::new("mistral".to_string(), prompt);
    let model = std::env::var("MODEL").unwrap_or_else(|_| "qwen2.5".to_string());
    let name = std::env::var("USER").unwrap_or("gemma2".to_string());
}
"""
    refs, _ = scan_one(tmp_path / "a", "main.rs", rust)
    assert ids(refs) == {(4, "mistral", "ollama"), (5, "qwen2.5", "ollama")}
    java = """\
import io.github.ollama4j.OllamaAPI;
class App {
    void run() {
        api.generate("mistral", prompt, options);
        api.chat("hello there");
    }
}
"""
    refs, _ = scan_one(tmp_path / "b", "App.java", java)
    assert ids(refs) == {(4, "mistral", "ollama")}


def test_a_catalogues_list_under_ollama_names_library_models(tmp_path: Path) -> None:
    source = """\
export const MODEL_CATALOG = {
  openai: ['gpt-4o', 'gpt-4o-mini'],
  ollama: ['llama3.2', 'mistral', 'my-finetune'],
};
"""
    refs, _ = scan_one(tmp_path, "AIProvider.ts", source)
    assert ids(refs) == {(3, "llama3.2", "ollama"), (3, "mistral", "ollama")}


def test_a_path_relative_to_the_serverless_apis_base_url(tmp_path: Path) -> None:
    php = """\
<?php
class HuggingFaceService
{
    const API_BASE_URL = 'https://api-inference.huggingface.co';

    public static function textToSpeech(string $text): string
    {
        return Http::baseUrl(self::API_BASE_URL)->post('models/acme/tts-eng', [
            'inputs' => $text,
        ])->body();
    }
}
"""
    refs, errors = scan_one(tmp_path, "app/Services/HuggingFaceService.php", php)
    assert ids(refs) == {(8, "acme/tts-eng", "model")}
    assert errors == []
    # with no serverless base URL, a `models/x/y` path is a local folder's
    other = "$path = 'models/acme/tts-eng';\n"
    refs, errors = scan_one(tmp_path, "paths.php", "<?php\n" + other)
    assert ids(refs) == set()
