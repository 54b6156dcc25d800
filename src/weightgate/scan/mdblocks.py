"""Fenced code blocks of a Markdown document, each read by what its language says it shows:
shell commands and console output, Python, JavaScript, or a YAML / JSON / TOML file."""

from __future__ import annotations

import ast
import re
from functools import partial

from weightgate.scan import keys, scanner, text
from weightgate.scan.configs import scan_yaml
from weightgate.scan.found import Found
from weightgate.scan.ids import is_ollama_tag
from weightgate.scan.javascript import scan_javascript
from weightgate.scan.mapctx import API_PROVIDERS
from weightgate.scan.ollamatags import is_library_tag, tags_in_prose
from weightgate.scan.prose import ids_in_prose, legacy_names_in_prose
from weightgate.scan.pysalvage import blank_shell_lines, readable_prefix
from weightgate.scan.python import scan_python

_FENCE = re.compile(r"^\s*(?P<f>```+|~~~+)\s*(?P<lang>[\w+.-]*)")
_SHELL = frozenset(
    {"", "bash", "sh", "shell", "console", "zsh", "shell-session", "powershell", "ps1", "pwsh"}
    | {"dockerfile", "docker", "makefile", "make", "cmd", "bat", "text", "txt"}
    | {"env", "dotenv", "ini", "properties", "conf", "yaml", "yml", "toml"}  # `MODEL=llama3`
)
#: Ollama's own command (`ollama cp llama3.2:3b mistral`): the command reader knows its verbs.
_OLLAMA_COMMAND = re.compile(r"(?<![\w-])ollama(?:\.exe)?\s+[a-z]+")
#: What follows a mapping's key (`"granite-code:8b": "hf://..."`, `"x:y" = ...`): an alias a
#: tool defines, not a model it runs.
_ALIAS_KEY = re.compile(r"""["']\s*[:=]""")
#: Commands and program output: a known publisher's model id in them counts, whatever the
#: command (`pi start Qwen/...`) or output (`Register mlx-community/...`).
#: A block with no language, or plain text: a list when it sits under a heading about models.
_PLAIN = frozenset({"", "text", "txt"})
_COMMANDS = frozenset({"", "text", "txt", "console", "output", "shell-session"}) | {
    "bash",
    "sh",
    "shell",
    "zsh",
    "powershell",
    "ps1",
    "pwsh",
    "cmd",
    "bat",
}
_PYTHON = frozenset({"python", "py", "python3", "ipython", "ipython3", "pycon"})
#: Blocks that show a configuration file: read by that file's scanner when they parse.
_CONFIG = {"yaml": "yaml", "yml": "yaml", "json": "json", "jsonc": "json", "json5": "json"} | {
    "toml": "toml"
}
#: JSON with comments and JavaScript's object syntax (`{ model: { primary: "x" }, }`).
_JSON5 = frozenset({"jsonc", "json5"})
#: Their `// ...` comment, to the end of its line (not a URL's `https://`).
_LINE_COMMENT = re.compile(r"(?<![:\"'\w])//.*$", re.MULTILINE)
_JAVASCRIPT = frozenset({"js", "javascript", "jsx", "ts", "typescript", "tsx", "mjs", "node"}) | {
    "html",  # a page's `<script type="module">`, read as the JavaScript it holds
    "vue",
    "svelte",
}
#: Languages whose strings, comments and calls read as JavaScript's (`scan_clike`).
_CLIKE = frozenset({"go", "golang", "java", "kotlin", "kt", "csharp", "cs", "c#", "rust", "rs"})
_CLIKE |= {"swift", "dart", "scala", "c", "cpp", "c++", "php"}
_PROMPT = re.compile(r"^\s*(?:\$|>|PS>)\s")
#: reStructuredText: a `.. code-block:: python` directive, or a paragraph ending in `::`.
_RST_DIRECTIVE = re.compile(
    r"^(?P<i>\s*)\.\.\s+(?:code-block|code|sourcecode)::\s*(?P<lang>[\w+.-]*)"
)
_RST_LITERAL = re.compile(r"^(?P<i>\s*)(?!\.\.\s)\S.*::\s*$")


#: The flag right before a value: `--upload-repo org/name`, `--output_dir=org/name`.
_FLAG_BEFORE = re.compile(r"(?<![\w-])--?(?P<k>[\w-]+)(?:=|\s+)[\"']?$")


def _written_to(line: str, at: int) -> bool:
    """The value at `at` follows a flag that names where a command writes (`--upload-repo`,
    `--push_to_hub_model_id`): an output, not a model the command uses."""
    flag = _FLAG_BEFORE.search(line, 0, at)
    return flag is not None and keys.role(flag.group("k")) == "output"


#: The line put above a reStructuredText Python block's indented body so that it parses.
RST_PYTHON_HEAD = "if True:"
#: The language of a reStructuredText literal (`::`) block: Python or commands, read as both.
LITERAL = "rst-literal"


def rst_blocks(lines: list[str]) -> list[tuple[str, int, list[str]]]:
    """reStructuredText code blocks, as `fenced_blocks` gives them: a directive's language (a
    literal `::` block's is `LITERAL`: package docs show Python or commands in them). A Python
    or literal body keeps its indentation under an `if True:` line put on the directive's own
    line, so that Python parses it and every line and column stays where it is in the file;
    other languages' bodies are given as they stand."""
    out: list[tuple[str, int, list[str]]] = []
    index = 0
    while index < len(lines):
        head = _RST_DIRECTIVE.match(lines[index]) or _RST_LITERAL.match(lines[index])
        index += 1
        if head is None:
            continue
        indent = len(head.group("i"))
        lang = (head.groupdict().get("lang") or LITERAL).lower()
        first = index  # 0-based: the line after the directive; `if True:` takes the directive's
        body: list[str] = []
        while index < len(lines):
            line = lines[index]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            body.append("" if line.lstrip().startswith(":") and not body else line)  # options
            index += 1
        while body and not body[-1].strip():
            body.pop()
        if not any(line.strip() for line in body):
            continue
        if lang in _PYTHON or lang == LITERAL:
            out.append((lang, first, [RST_PYTHON_HEAD, *body]))
        else:  # a YAML or shell block as it stands, from its first line
            out.append((lang, first + 1, body))
    return out


def fenced_blocks(lines: list[str], first: int) -> list[tuple[str, int, list[str]]]:
    """Fenced code blocks: (language, 1-based line of their first line, lines)."""
    out: list[tuple[str, int, list[str]]] = []
    index = first
    while index < len(lines):
        fence = _FENCE.match(lines[index])
        index += 1
        if fence is None or (fence.group("f")[0] == "`" and "`" in lines[index - 1][fence.end() :]):
            continue  # "```ollama pull x```": inline code (an info string holds no backtick)
        body: list[str] = []
        while index < len(lines) and not lines[index].lstrip().startswith(fence.group("f")):
            body.append(lines[index])
            index += 1
        lang = fence.group("lang").lower()  # "```pipeline.py": a file's name, by its suffix
        out.append((lang.rsplit(".", 1)[-1], index - len(body) + 1, body))
        index += 1
    return out


_FROM = re.compile(r"^\s*FROM\s+(?P<v>\S+)\s*$")
#: A row of `ollama list` / `ollama ps` output shown in a guide: `gemma3:latest  c0494fe00251
#: 3.3 GB ...` (indented too, as under a list item).
_LISTED = re.compile(r"^\s*(?P<v>[a-z0-9][\w.:/-]*:[\w.-]+)\s+[0-9a-f]{12}\s")


def shell(found: Found, start: int, body: list[str], ollama: bool, *, hosted: bool = False) -> None:
    """Commands in a shell-like block (or an indented line), Modelfile `FROM` lines and
    `ollama list` rows shown in a guide about Ollama; none of the model ids of a block of
    settings that picks a hosted API (`hosted`)."""
    for offset, line in enumerate(body):
        base = _FROM.match(line) if ollama else None  # a Modelfile shown in an Ollama guide
        if base is not None and is_library_tag(base.group("v")):
            found.add(start + offset, base.start("v") + 1, base.group("v"), "ollama")
            continue
        listed = _LISTED.match(line) if ollama else None
        if listed is not None and is_ollama_tag(listed.group("v")):
            at = listed.start("v") + 1
            found.add(start + offset, at, listed.group("v"), "ollama", confidence="medium")
            continue
        command = _PROMPT.sub("", line, count=1) if line.lstrip()[:1] in "$>P" else line
        if command.lstrip().startswith("#"):  # a comment is prose: "# default to org/name-7b"
            for at, bare in [] if hosted else ids_in_prose(line):
                found.add(start + offset, at + 1, bare, "model", confidence="low")
            continue
        shift = len(line) - len(command)
        for hit in text.find(command, ollama=ollama):
            if not hit.templated and not (hosted and hit.kind == "model"):
                found.add(
                    start + offset, hit.start + shift + 1, hit.id, hit.kind, confidence="medium"
                )


#: A command line: a launcher (`deepspeed`, `python x.py`, `./run.sh`) after any `VAR=value`
#: prefixes, or a line continued with `\`.
_COMMAND_SHAPE = re.compile(
    r"^\s*(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:python3?\s+\S+\.py|deepspeed|torchrun|accelerate\s+launch"
    r"|\.{0,2}/[\w./-]+\.sh)\b|.*\s\\$"
)


#: A doctest prompt (`>>> `, `... `) before a line of a console session.
_PROMPT = re.compile(r"^[ \t]*(?:>>>|\.\.\.)(?: |$)")


def _without_prompts(body: list[str]) -> tuple[list[str], dict[int, int]]:
    """A console session (`>>> tok = AutoTokenizer.from_pretrained("org/name")`) as the program
    it types: each prompt's line without the prompt, its output lines blank, and how far each
    line moved left; any other block as it is."""
    if not any(line.lstrip().startswith(">>>") for line in body):
        return body, {}
    lines: list[str] = []
    moved: dict[int, int] = {}
    for offset, line in enumerate(body):
        prompt = _PROMPT.match(line)
        lines.append(line[prompt.end() :] if prompt else "")
        if prompt:
            moved[offset] = prompt.end()
    return lines, moved


def _diff(found: Found, path: str, start: int, body: list[str], *, ollama: bool) -> None:
    """A diff of a Python program (`- from transformers import AutoModel` / `+ from optimum...`),
    read as the program with both sides' lines, without their markers: two columns when every
    line has them (`+ `, `- `, two spaces), one when every line starts with one, else the
    marker and its space of each changed line only."""
    lines = [line for line in body if line.strip()]
    if not any(_PYTHON_SHAPE.search(line) for line in lines):
        return
    if all(line[:2] in ("+ ", "- ", "  ") or line in ("+", "-") for line in lines):
        widths = {offset: min(2, len(line)) for offset, line in enumerate(body) if line.strip()}
    elif all(line[:1] in "+- " for line in lines):
        widths = {offset: 1 for offset, line in enumerate(body) if line.strip()}
    else:
        widths = {
            offset: len(marked.group())
            for offset, line in enumerate(body)
            if (marked := _DIFF_MARK.match(line))
        }
    program = [line[widths.get(offset, 0) :] for offset, line in enumerate(body)]
    _python_lines(found, path, start, program, ollama=ollama, moved=widths)


_DIFF_MARK = re.compile(r"[+-] ?")
#: A line only Python would hold: an import, a call given a string, an assignment.
_PYTHON_SHAPE = re.compile(r"^[+ -]?\s*(?:from\s+[\w.]+\s+import|import\s+\w|\w+\s*=\s*[\w\"'])")


def _python(found: Found, path: str, start: int, body: list[str], *, ollama: bool) -> None:
    """A Python block; one that stops parsing (an unclosed fence running into prose) is read
    up to the line where it stops; one that holds commands (`deepspeed train.py`, lines
    continued with a backslash) is read as shell too. Notebook shell lines (`!python train.py
    --model x`) are commands, and they and magics (`%pip`) are left out of the parse. A console
    session (`>>> `) is read as it is and again as the program it types."""
    typed, moved = _without_prompts(body)
    if moved:
        _python_lines(found, path, start, typed, ollama=ollama, moved=moved)
    _python_lines(found, path, start, body, ollama=ollama)


def _python_lines(
    found: Found,
    path: str,
    start: int,
    body: list[str],
    *,
    ollama: bool,
    moved: dict[int, int] | None = None,
) -> None:
    """One reading of a Python block (`moved`: the console session's lines without their
    prompts, how far each moved; its commands were read with the block as written)."""
    for offset, line in enumerate(body if moved is None else []):
        if line.lstrip().startswith("!"):
            shell(found, start + offset, [line.replace("!", " ", 1)], ollama)
    body = blank_shell_lines(body)
    if moved is None and any(_COMMAND_SHAPE.match(line) for line in body):
        shell(found, start, body, ollama)  # shell commands under a python fence
    try:
        inner = scan_python(path, "\n".join(body), ollama=ollama)
    except SyntaxError as error:  # its salvage read every paragraph after the error it could
        if not error.lineno or error.lineno < 2:
            return  # an excerpt, a console session: not a whole program
        try:
            inner = scan_python(path, "\n".join(body[: error.lineno - 1]), ollama=ollama)
        except SyntaxError:  # a statement left open: read up to where it starts
            read = partial(scan_python, ollama=ollama)
            cut = readable_prefix(read, path, body, error.lineno)
            if cut is None:
                return
            inner = cut
        except (ValueError, RecursionError):
            return
    except (ValueError, RecursionError):
        return
    shown = not inner.refs and moved is None and any("/" in line for line in body)
    if shown and not _is_python(body, imports=False):
        _unparsed(found, start, body)  # `- Cross-Encoder: "org/x"` under a python fence
    _shifted(found, inner, start, moved)


def _unparsed(found: Found, start: int, body: list[str]) -> None:
    """A Python block that is no program (`- Cross-Encoder: "org/x"` under a python fence): a
    known publisher's model ids in it, as in prose."""
    for offset, line in enumerate(body):
        for at, bare in ids_in_prose(line) if "/" in line else ():
            found.add(start + offset, at + 1, bare, "model", confidence="low")


def _shifted(found: Found, inner: Found, start: int, moved: dict[int, int] | None = None) -> None:
    """The references a block's own scanner found, moved to the block's place in the document
    (and right, on a line whose prompt was taken off: `moved`)."""
    for ref in inner.refs:
        column = ref.column + (moved.get(ref.line - 1, 0) if moved else 0)
        found.add(ref.line + start - 1, column, ref.id, ref.kind, confidence="medium")


def _config(found: Found, path: str, lang: str, start: int, body: list[str]) -> None:
    """A YAML, JSON or TOML block read as that file would be (`embeddings: {path: org/name}`);
    an excerpt that does not parse is left to the line rules."""
    source = "\n".join(body)
    try:
        if _CONFIG[lang] == "yaml":
            inner = scan_yaml(path, source, salvage=False)
        else:
            inner = scanner(_CONFIG[lang])(path, source)
    except (Exception, RecursionError):
        if lang not in _JSON5:
            return
        try:  # unquoted keys, trailing commas: YAML's flow style reads them
            inner = scan_yaml(path, _LINE_COMMENT.sub(text.blank, source), salvage=False)
        except (Exception, RecursionError):
            return
    _shifted(found, inner, start)


#: A setting that picks the provider (`AI_PROVIDER=groq`, `provider: openrouter`).
_PROVIDER_SETTING = re.compile(
    r"^[ \t]*(?:export[ \t]+)?[\w.]*provider[ \t]*[=:][ \t]*[\"']?(?P<p>[\w-]+)",
    re.IGNORECASE | re.MULTILINE,
)


def _picks_hosted_setting(body: list[str]) -> bool:
    """A block of settings that picks a hosted API as its provider: the model names it gives
    are that API's."""
    source = "\n".join(body)
    if "rovider" not in source and "ROVIDER" not in source:
        return False
    return any(m.group("p").lower() in API_PROVIDERS for m in _PROVIDER_SETTING.finditer(source))


#: A Python import statement at the start of a line.
_IMPORT = re.compile(r"^(?:import \w|from [\w.]+ import )", re.MULTILINE)


def _is_python(body: list[str], *, imports: bool = True) -> bool:
    """A block that parses as Python (with `imports`, one that imports something too: an
    unmarked block so is a program, no shell commands)."""
    source = "\n".join(body)
    if imports and _IMPORT.search(source) is None:
        return False
    try:
        ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def read_block(
    found: Found,
    path: str,
    lang: str,
    start: int,
    body: list[str],
    *,
    ollama: bool,
    hub: bool = False,
    listing: bool = False,
) -> None:
    """One fenced block, by its language: a configuration file, shell commands (and console
    output), an Ollama Modelfile, Python, JavaScript or another language written like it; a
    plain block under a heading about models (`listing`) lists them (`GPT-2: gpt2, gpt2-xl`)."""
    if not lang and _is_python(body):  # an unmarked block of Python: read as Python
        lang = "python"
    if lang == "modelfile":  # its `FROM` names an Ollama model, whatever the text around it
        shell(found, start, body, True)
    if lang in _CONFIG:
        _config(found, path, lang, start, body)
    if lang in _SHELL:
        settings_hosted = _picks_hosted_setting(body)  # `AI_PROVIDER=groq` over its model
        shell(found, start, body, ollama, hosted=settings_hosted)
        listed = listing and lang in _PLAIN
        for offset, line in enumerate(body if lang in _COMMANDS else []):
            hosted = settings_hosted or text.picks_hosted_provider(line)
            for at, bare in [] if hosted else ids_in_prose(line, about=listed):
                if not _written_to(line, at):
                    found.add(start + offset, at + 1, bare, "model", confidence="low")
            for at, legacy in legacy_names_in_prose(line, about=True) if listed else ():
                found.add(start + offset, at + 1, legacy, "model", confidence="low")
            # `tool check qwen3:8b`; Ollama's own commands are read as such (`ollama cp a b`)
            other = ":" in line and _OLLAMA_COMMAND.search(line) is None
            for at, tag in tags_in_prose(line) if other else ():
                if not _ALIAS_KEY.match(line, at + len(tag)):  # not `"granite:8b": "hf://..."`
                    found.add(start + offset, at + 1, tag, "ollama", confidence="low")
    elif lang in _PYTHON:
        _python(found, path, start, body, ollama=ollama)
    elif lang == "diff":
        _diff(found, path, start, body, ollama=ollama)
    elif lang == LITERAL:  # Python or commands: read as both (the first line is the `if True:`)
        shell(found, start + 1, body[1:], ollama)
        _python(found, path, start, body, ollama=ollama)
    elif lang in _JAVASCRIPT or lang in _CLIKE:
        inner = scan_javascript(path, "\n".join(body), ollama=ollama, hub=hub, shown=True)
        _shifted(found, inner, start)
