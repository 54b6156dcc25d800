"""Go, Java, Kotlin, Scala, C#, Rust, Swift, Dart, C, C++, PHP, Ruby, Elixir, R, Julia, Nix,
Lua, Vim script, Emacs Lisp and SQL: read with the JavaScript rules.

These languages write strings, comments, assignments and calls as JavaScript does
(`model := "gemma"`, `.modelName("llama3.1:8b")`, `api.model("bert-base-uncased")`,
`env('OLLAMA_MODEL', 'llama3.2:1b')`), so one reader serves them all; its references are
reported under this family's own scanner name.
"""

from __future__ import annotations

import re

from weightgate.scan import keys
from weightgate.scan.found import Found
from weightgate.scan.ids import normalize
from weightgate.scan.javascript import HUB_LIBRARIES, position, scan_javascript
from weightgate.scan.ollamatags import about_ollama, is_ollama_value
from weightgate.scan.prose import published_id
from weightgate.scan.text import blank


def scan_clike(path: str, source: str) -> Found:
    """References in one Go, Java, Kotlin, C#, Rust, Swift, Dart, C, C++, PHP, Ruby, Elixir, R,
    Julia, Nix, Lua, Vim script, Emacs Lisp or SQL source."""
    ollama = about_ollama(source)  # comments say what a file is about too
    if path.endswith(_HASH_COMMENTED):
        source = _TRAILING_COMMENT.sub(_blank_comment, _HASH_COMMENT.sub(blank, source))
    elif path.endswith(_DASH_COMMENTED):  # Lua, and the Lua blocks of a Vim script
        source = _DASH_TRAILING.sub(_blank_comment, _DASH_COMMENT.sub(blank, source))
        if path.endswith(".vim"):
            source = _VIM_COMMENT.sub(blank, source)
    elif path.endswith(".el"):
        source = _LISP_TRAILING.sub(_blank_comment, _LISP_COMMENT.sub(blank, source))
    elif path.endswith(".go"):  # `OllamaChatModel string = "llama3.1:8b"`: the type blanked
        source = _GO_TYPED.sub(_blank_type, source)
    hub_words = HUB_LIBRARIES + _R_HUB if path.lower().endswith(".r") else HUB_LIBRARIES
    found = scan_javascript(path, source, ollama=ollama, scanner="clike", hub_words=hub_words)
    if path.endswith(".el"):
        _lisp_pairs(found, source, ollama=ollama)
    if "{:hf," in source:  # Bumblebee: `Bumblebee.load_model({:hf, "org/name"})`
        for match in _BUMBLEBEE.finditer(source):
            ident = normalize(match.group("v"))
            if ident is not None:
                number, column = position(source, match.start("v"))
                found.add(number, column + 1, ident, "model")
    if path.endswith(".nix") and "=" in source:
        _nix_lists(found, source, ollama=ollama)
    return found


#: What says an R script loads Hub models (where `model = "bert-base-uncased"` is a Hub id):
#: transformers through reticulate, or the `text` package, which downloads them.
_R_HUB = ('import("transformers")', "library(text)", "huggingface")
#: The languages whose comment lines start with `#` (`# model: 'llama2'`): Ruby, Elixir, Nix.
_HASH_COMMENTED = (".rb", ".ex", ".exs", ".nix", ".r", ".R", ".jl")
#: A `#` comment line, blanked so that lines and columns stay true.
_HASH_COMMENT = re.compile(r"^[ \t]*#[^\n]*", re.MULTILINE)
#: A `#` comment after code, outside any double-quoted string (`"qwen2.5:7b" # "phi4"`).
_TRAILING_COMMENT = re.compile(r'^((?:[^"#\n]|"[^"\n]*")*?[ \t])#[^\n]*', re.MULTILINE)


#: The languages whose comments start with `--`: Lua (Neovim configs), Vim scripts, whose
#: `lua << EOF` blocks hold Lua, and SQL.
_DASH_COMMENTED = (".lua", ".vim", ".sql")
_DASH_COMMENT = re.compile(r"^[ \t]*--[^\n]*", re.MULTILINE)
#: A `--` comment after code, outside any string (`model = "x", -- the model you pulled`).
_DASH_TRAILING = re.compile(
    r"^((?:[^\"'\n-]|\"[^\"\n]*\"|'[^'\n]*'|-(?!-))*?[ \t])--[^\n]*", re.MULTILINE
)
#: A Vim script's comment line: `" a comment`.
_VIM_COMMENT = re.compile(r"^[ \t]*\"[^\n]*", re.MULTILINE)
#: Emacs Lisp's `;` comment lines, and a `;` comment after code outside any string.
_LISP_COMMENT = re.compile(r"^[ \t]*;[^\n]*", re.MULTILINE)
_LISP_TRAILING = re.compile(r'^((?:[^";\n]|"[^"\n]*")*?[ \t]);[^\n]*', re.MULTILINE)


#: A Go declaration that names its type between the name and the value (`Model string = "x"`,
#: `var model string = "x"`).
_GO_TYPED = re.compile(
    r"^(?P<n>[ \t]*(?:(?:const|var)[ \t]+)?(?!(?:const|var)\b)[A-Za-z_]\w*)"
    r'(?P<t>[ \t]+[\w.*\[\]]+)(?=[ \t]*=[ \t]*")',
    re.MULTILINE,
)


def _blank_type(match: re.Match[str]) -> str:
    return match.group("n") + " " * len(match.group("t"))


def _blank_comment(match: re.Match[str]) -> str:
    return match.group(1) + " " * (len(match.group()) - len(match.group(1)))


_BUMBLEBEE = re.compile(r'\{:hf,\s*"(?P<v>[^"\s]+)"')
#: A Nix list named for models (`loadModels = [ "deepseek-r1" "phi4" ];`): its items stand
#: apart, with no commas between them.
_NIX_LIST = re.compile(r"(?P<k>[\w.-]*[Mm]odels?)\s*=\s*\[(?P<body>[^\]]{0,5000})\]")
_NIX_ITEM = re.compile(r"\"(?P<v>[^\"\s$]+)\"")


#: Emacs Lisp's `(setq gptel-model "x")`, `:chat-model "x"` (a keyword argument): a symbol and
#: the string it is given, with no `=` or `:` between them.
_LISP_PAIR = re.compile(r"(?<![\w:-]):?(?P<k>[A-Za-z][\w-]*)\s+'?\(?\"(?P<v>[^\"\s]+)\"")


#: The rest of a quoted list after its first string, up to its `)`: ` "llama2")`.
_LISP_REST = re.compile(r'(?:\s+"[^"\s]+")*\s*\)')
_LISP_ITEM = re.compile(r'"([^"\s]+)"')


def _lisp_pairs(found: Found, source: str, *, ollama: bool) -> None:
    """The strings an Emacs Lisp setting or keyword named for a model is given (ellama's
    `:chat-model "llama3.1:8b"`, gptel's `gptel-model "qwen2.5-coder:14b"`)."""
    for match in _LISP_PAIR.finditer(source):
        if keys.role(match.group("k")) != "model":
            continue
        given = [(match.start("v"), match.group("v"))]
        if "(" in match.group():  # gptel's `:models '("zephyr" "llama2")`: each of the list's
            rest = _LISP_REST.match(source, match.end())
            if rest is not None:
                given += [
                    (rest.start() + m.start(1), m.group(1))
                    for m in _LISP_ITEM.finditer(rest.group())
                ]
        for at, value in given:
            number, column = position(source, at)
            if is_ollama_value(value, context=ollama):
                found.add(number, column + 1, value, "ollama")
            elif "/" in value and (ident := normalize(value)) is not None:
                found.add(number, column + 1, ident, "model")


def _nix_lists(found: Found, source: str, *, ollama: bool) -> None:
    """The items of a Nix list named for models: Ollama's names in a module about Ollama
    (`services.ollama.loadModels`), a known publisher's Hub ids anywhere."""
    for match in _NIX_LIST.finditer(source):
        for item in _NIX_ITEM.finditer(match.group("body")):
            value = item.group("v")
            number, column = position(source, match.start("body") + item.start("v"))
            if is_ollama_value(value, context=ollama):
                found.add(number, column + 1, value, "ollama")
            elif published_id(value):  # not `github-copilot/claude-haiku-4.5`, an API's
                found.add(number, column + 1, value, "model")
