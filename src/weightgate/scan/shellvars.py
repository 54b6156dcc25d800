"""Shell variables that hold several values: bash and PowerShell arrays (`MODELS=("org/a"
"org/b")`, `$models = @("a", "b")`), `for` loops (`for m in org/a org/b; do ... download $m`)
and loops over a string of words (`MODELS="a b"` ... `for m in $MODELS`), with where each value
is written."""

from __future__ import annotations

import re

#: (line, column, value), 1-based, of each value a variable may hold.
Items = list[tuple[int, int, str]]

_ARRAY = re.compile(
    r"(?:^|(?<=[\s;]))(?:(?:export|local|declare\s+-a|readonly)\s+)?"
    r"(?P<k>[A-Za-z_][A-Za-z0-9_]*)=\((?P<items>(?:[^()#]|#[^\n]*\n)*)\)",  # `# (note)` inside
    re.MULTILINE,
)
_FOR = re.compile(
    r"(?:^|(?<=[;&|(]))[ \t]*(?:RUN[ \t]+)?for[ \t]+(?P<k>[A-Za-z_][A-Za-z0-9_]*)[ \t]+in[ \t]+"
    r"(?P<items>[^;\n]*?)[ \t]*(?:;|$)",
    re.MULTILINE,
)
#: A brace expansion of several words (`{org/a,org/b}`), not a range (`{1..5}`).
_BRACES = re.compile(r"\{[^{}\s.,]+(?:\.[^{}\s.,]+)*(?:,[^{}\s,]+)+\}")
#: `MODELS="bge-m3 llama3.2"` (also `ENV` / `export`): a string of words a loop splits.
_WORDS = re.compile(
    r"""^[ \t]*(?:(?:export|ENV|ARG)[ \t]+)?(?P<k>[A-Za-z_][A-Za-z0-9_]*)=(?P<q>["'])"""
    r"""(?P<items>[^"'$`\n]*[ \t][^"'$`\n]*)(?P=q)""",
    re.MULTILINE,
)
#: PowerShell: `$models = @("llama3.1", "qwen2.5:14b")` and `foreach ($m in $models)`.
_PS_ARRAY = re.compile(
    r"^[ \t]*\$(?P<k>[A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*@\((?P<items>(?:[^()#]|#[^\n]*\n)*)\)",
    re.MULTILINE,
)
_PS_FOREACH = re.compile(
    r"\bforeach\s*\(\s*\$(?P<k>[A-Za-z_]\w*)\s+in\s+\$(?P<n>[A-Za-z_]\w*)\s*\)", re.IGNORECASE
)
#: `$MODELS`, `${MODELS}`, `"$MODELS"`, Make's `$(MODELS)`: one variable's value, whole.
ONE_VARIABLE = re.compile(
    r"""^"?\$(?:\{|\((?=[A-Z_][A-Z0-9_]*\)))?(?P<n>[A-Za-z_][A-Za-z0-9_]*)[})]?"?$"""
)
_ITEM = re.compile(r"""(?P<q>["']?)(?P<v>[^\s"'()#]+)(?P=q)""")
_EXPANDED = re.compile(r"""^"?\$\{(?P<n>[A-Za-z_][A-Za-z0-9_]*)\[[@*]\]\}"?$""")


def _items(text: str, start: int, body: str) -> Items:
    out: Items = []
    for match in _ITEM.finditer(body):
        at = start + match.start("v")
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        out.append((line, column, match.group("v")))
    return out


def sequences(text: str) -> dict[str, Items]:
    """Variable name -> the values it is given by an array or iterates in a `for` loop
    (`for m in "${MODELS[@]}"` takes the array's values); PowerShell's `@(...)` arrays and
    `foreach ($m in $models)` too."""
    found: dict[str, Items] = {}
    if "=(" in text:
        for match in _ARRAY.finditer(text):
            body = re.sub(r"#[^\n]*", lambda m: " " * len(m.group(0)), match.group("items"))
            # a name given several arrays (`declare -a models=(...)` before each loop) holds
            # the values of every one
            found.setdefault(match.group("k"), []).extend(_items(text, match.start("items"), body))
    if "@(" in text:
        for match in _PS_ARRAY.finditer(text):
            body = re.sub(r"#[^\n]*|,", lambda m: " " * len(m.group(0)), match.group("items"))
            found[match.group("k")] = _items(text, match.start("items"), body)
        for match in _PS_FOREACH.finditer(text):
            found[match.group("k")] = found.get(match.group("n"), [])
    if "for" in text:
        words = {m.group("k"): m for m in _WORDS.finditer(text)}
        for match in _FOR.finditer(text):
            body = match.group("items").strip()
            expanded = _EXPANDED.match(body)
            single = ONE_VARIABLE.match(body)
            if single is not None and single.group("n") in words:  # `for m in $MODELS`
                split = words[single.group("n")]
                found[match.group("k")] = _items(text, split.start("items"), split.group("items"))
            elif expanded is not None:
                found[match.group("k")] = found.get(expanded.group("n"), [])
            elif "$" not in body and "`" not in body:
                items = match.group("items")
                if _BRACES.fullmatch(body):  # zsh / bash brace expansion: `{org/a,org/b}`
                    items = re.sub(r"[{},]", " ", items)
                found[match.group("k")] = _items(text, match.start("items"), items)
    return found
