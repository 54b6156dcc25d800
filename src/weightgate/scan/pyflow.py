"""What a Python expression may hold: values followed through the scopes around it (function
parameters and locals, module constants, argparse defaults), lists, dicts, subscripts, `.get`,
`a if c else b`, `or` defaults, `os.getenv` defaults and templates built from literals."""

from __future__ import annotations

import ast
import re

from weightgate.scan import keys
from weightgate.scan.prose import id_like
from weightgate.scan.pytemplates import Templates
from weightgate.scan.pyvalues import (
    Column,
    Either,
    Literal,
    Resolved,
    Templated,
    callee,
    is_getenv,
    is_template,
    kwarg,
)

_MAX_ITEMS = 256


def _got(expr: ast.expr) -> list[ast.expr] | None:
    """`MODELS.get(name, default)`: the dict, the key and the default; None for any other
    expression."""
    if not isinstance(expr, ast.Call) or not isinstance(expr.func, ast.Attribute):
        return None
    if expr.func.attr != "get" or not isinstance(expr.func.value, (ast.Name, ast.Dict)):
        return None
    key = expr.args[0] if expr.args else expr.func  # `.get()` without a key: no key
    return [expr.func.value, key, *expr.args[1:2]]


def _default(call: ast.Call) -> ast.expr | None:
    """The default a call returns when nothing is given: `Prompt.ask(..., default=x)`,
    `st.text_input(..., value=x)` or `st.text_input("Model", x)`, typer's `Option(x,
    "--model")`, a settings helper's last argument after an environment variable's name."""
    given = kwarg(call, "default", "value")
    if given is not None:
        return given
    if callee(call) in ("text_input", "text_area") and len(call.args) > 1:
        return call.args[1]  # Streamlit's (label, value)
    first = call.args[0] if call.args else None
    if callee(call) in ("Option", "Argument") and isinstance(first, ast.Constant):
        return None if str(first.value).startswith("-") else first
    last = call.args[-1] if len(call.args) >= 2 else None
    if _ENV_NAME.fullmatch(_text(first)) and isinstance(last, ast.Constant):
        return last  # `resolve("MEM0_EMBEDDER_MODEL", settings.model, "nomic-embed-text")`
    return None


#: An environment variable's name, given first to a settings helper with its default last.
_ENV_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def _text(node: ast.expr | None) -> str:
    """A string constant's text, or "" for anything else."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""


def _stripped(expr: ast.expr) -> ast.expr | None:
    """`value` of `value.strip()` or `str(value)`: the same id, its spaces trimmed or made a
    string; None for anything else."""
    if not isinstance(expr, ast.Call):
        return None
    if isinstance(expr.func, ast.Attribute) and not expr.args:
        return expr.func.value if expr.func.attr == "strip" else None
    plain = isinstance(expr.func, ast.Name) and len(expr.args) == 1 and not expr.keywords
    return expr.args[0] if plain and callee(expr) == "str" else None


def _describes(key: ast.expr | None) -> bool:
    """A dict key whose value describes a model or measures it, or names another hub's copy:
    no Hub model."""
    if not isinstance(key, ast.Constant):
        return False
    name = str(key.value).lower()
    if keys.names_other_hub(name):
        return True  # `"repo_ms": "org/x"`: ModelScope's copy, no Hub repository
    return name in keys.DESCRIPTIVE or name in keys.MEASURES


def _keyed_by_ids(table: ast.Dict) -> bool:
    """Every key of the dict is an `org/name` id as the Hub writes it."""
    return bool(table.keys) and all(
        isinstance(k, ast.Constant) and isinstance(k.value, str) and id_like(k.value)
        for k in table.keys
    )


class ValueFlow:
    """The scopes a value is looked up in; `scopes` is set for each expression followed."""

    def __init__(self, module: dict[str, ast.expr], argparse: dict[str, ast.expr]) -> None:
        self.module = module
        self.argparse = argparse
        self.scopes: list[dict[str, ast.expr]] = []
        # the names each scope (by id) assigns more than once, and the line of the expression
        # followed (0: none), before which a reassigned name holds its earlier value
        self.histories: dict[int, dict[str, list[ast.expr]]] = {}
        self.line = 0
        self.attributes: dict[str, ast.expr] = {}  # class bodies' names, read as `self.NAME`

    def attribute(self, expr: ast.expr) -> ast.expr | None:
        """`self.TRANSLATION_MAP` / `cls.MODELS`: what a class body assigns to that name."""
        if not isinstance(expr, ast.Attribute) or not isinstance(expr.value, ast.Name):
            return None
        return self.attributes.get(expr.attr) if expr.value.id in ("self", "cls") else None

    def candidates(self, expr: ast.expr, depth: int = 0) -> list[Resolved]:
        """What an expression may hold: each element of a list, tuple or dict of ids (also
        through a subscript or a loop over it), either branch of `a if c else b`."""
        if depth > 4:
            return []
        if isinstance(expr, ast.Name):
            if keys.names_other_hub(expr.id):
                return []  # `snapshot_download(DEFAULT_MODELSCOPE_REPO)`: ModelScope's copy
            bound = self.bound(expr.id)
            return self.candidates(bound, depth + 1) if bound is not None else []
        if (held := self.attribute(expr)) is not None:
            return self.candidates(held, depth + 1)
        if isinstance(expr, (ast.List, ast.Tuple, ast.Set)):
            items = expr.elts
        elif isinstance(expr, ast.Dict):
            items = [v for k, v in zip(expr.keys, expr.values, strict=True) if not _describes(k)]
            if _keyed_by_ids(expr):  # `{"org/name": ("clinical/medical", "note")}`: the key is
                items = [v for v in items if not isinstance(v, (ast.Tuple, ast.List))]  # the id
        elif isinstance(expr, Column):
            items = self.column(expr.rows, expr.index, single=expr.single) or []
        elif isinstance(expr, ast.Subscript) and not isinstance(expr.slice, ast.Slice):
            index = expr.slice.value if isinstance(expr.slice, ast.Constant) else None
            column = self.column(expr.value, index) if isinstance(index, int) else None
            items = column if column is not None else [self.entry(expr.value, expr.slice)]
        elif isinstance(expr, ast.IfExp):
            items = [expr.body, expr.orelse]
        elif (got := _got(expr)) is not None:
            items = [self.entry(got[0], got[1]), *got[2:]]
        elif (collected := _collected(expr)) is not None:
            items = [collected]  # `list(dict.fromkeys([MODEL_ID, "org/x"]))`: its elements
        elif (inner := _stripped(expr)) is not None:  # the same value: no step deeper
            return self.candidates(inner, depth)  # `str(CHECKPOINTS[name] if x is None else x)`
        else:
            return [self.resolve(expr, depth)]
        return [r for item in items[:_MAX_ITEMS] for r in self.candidates(item, depth + 1)]

    def column(self, rows: ast.expr, index: int, *, single: bool = False) -> list[ast.expr] | None:
        """The item at `index` of each row of a literal table of rows (`info[0]` of `for info
        in [("org/x", "text"), ...]`), or of each key (0) or value (1) of a dict's `.items()`;
        with `single`, of a literal tuple that is itself the row unpacked (`repo, config =
        MODEL`); None when `rows` is no such table."""
        for _ in range(3):  # `info` -> `ROWS` -> the literal
            held = self.bound_to(rows)
            if held is None:
                break
            rows = held
        if isinstance(rows, ast.Subscript) and not isinstance(rows.slice, ast.Slice):
            table = self.bound_to(rows.value)  # `SOURCES[name]`: any of the table's rows
            if not isinstance(table, ast.Dict):
                return None
            rows = ast.List(elts=list(table.values), ctx=ast.Load())
        if isinstance(rows, ast.Call) and isinstance(rows.func, ast.Attribute):
            if rows.func.attr != "items" or rows.args or index > 1:
                return None
            named = rows.func.value
            table = self.bound(named.id) if isinstance(named, ast.Name) else named
            if not isinstance(table, ast.Dict):
                return None
            return [k for k in table.keys if k is not None] if index == 0 else table.values
        if not isinstance(rows, (ast.List, ast.Tuple, ast.Set)) or not rows.elts:
            return None
        table_rows = [row for row in rows.elts if isinstance(row, (ast.Tuple, ast.List))]
        if single and isinstance(rows, ast.Tuple) and not table_rows:
            return [rows.elts[index]] if index < len(rows.elts) else None
        if len(table_rows) < len(rows.elts):
            return None
        return [row.elts[index] for row in table_rows if -len(row.elts) <= index < len(row.elts)]

    def bound_to(self, expr: ast.expr) -> ast.expr | None:
        """What a name (`ROWS`) or a class's attribute (`self.ROWS`) is bound to, if known."""
        return self.bound(expr.id) if isinstance(expr, ast.Name) else self.attribute(expr)

    def entry(self, container: ast.expr, key: ast.expr) -> ast.expr:
        """`cfg["model"]` of `cfg = {"model": ..., "output": ...}`: that one value; with any
        other key (a variable) or container, the whole container (each of its values)."""
        target = self.bound_to(container)
        if target is None and not isinstance(container, ast.Name):
            target = container
        if isinstance(target, ast.Dict) and isinstance(key, ast.Constant):
            for k, v in zip(target.keys, target.values, strict=True):
                if isinstance(k, ast.Constant) and k.value == key.value:
                    return v
        return container

    def bound(self, name: str) -> ast.expr | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return self.as_of(scope, name)
        return self.module.get(name)

    def as_of(self, scope: dict[str, ast.expr], name: str) -> ast.expr:
        """What `name` holds on the line followed: a name assigned again after it (`repo =
        'org/a'` ... `load(repo)` ... `repo = other`) holds the last value given before it."""
        value = scope[name]
        history = self.histories.get(id(scope))
        if not self.line or not history or name not in history:
            return value
        if getattr(value, "lineno", 0) <= self.line:
            return value
        before = [v for v in history[name] if v.lineno < self.line]
        return before[-1] if before else value

    def resolve(self, expr: ast.expr, depth: int = 0) -> Resolved:
        if depth > 4:
            return None
        if isinstance(expr, ast.Constant):
            return Literal(expr.value, expr) if isinstance(expr.value, str) else None
        if isinstance(expr, ast.JoinedStr):
            parts = [v.value for v in expr.values if isinstance(v, ast.Constant)]
            if len(parts) == len(expr.values):  # `f"org/name"`: nothing to fill in
                return Literal("".join(str(p) for p in parts), expr)
        if isinstance(expr, ast.Name):
            if keys.names_other_hub(expr.id):
                return None  # `repo_id or DEFAULT_MODELSCOPE_REPO`: ModelScope's copy
            bound = self.bound(expr.id)
            return self.resolve(bound, depth + 1) if bound is not None else None
        if isinstance(expr, Either):  # one value wanted: the `if` branch's, as before `elif`
            return self.resolve(expr.body, depth + 1)
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            bound = self.argparse.get(expr.attr) or self.attribute(expr)
            return self.resolve(bound, depth + 1) if bound is not None else None
        if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
            return self.resolve(expr.values[-1], depth + 1)
        if (inner := _stripped(expr)) is not None:  # `(model or "org/x").strip()`
            return self.resolve(inner, depth + 1)
        if isinstance(expr, ast.Call) and is_getenv(expr) and len(expr.args) >= 2:
            return self.resolve(expr.args[1], depth + 1)
        if isinstance(expr, ast.Call) and (default := _default(expr)) is not None:
            return self.resolve(default, depth + 1)  # `Prompt.ask("Model", default="org/name")`
        if is_template(expr):
            text = Templates(self.bound).render(expr, depth)
            if text is not None:  # `f"{ORG}/{NAME}"` with both names bound to literals
                anchor = next((n for n in ast.walk(expr) if isinstance(n, ast.Constant)), expr)
                return Literal(text, expr if isinstance(expr, ast.JoinedStr) else anchor)
            return Templated(expr)
        return None


#: Builtins that copy their argument's elements into a new collection.
_COLLECTORS = frozenset({"list", "tuple", "set", "frozenset", "sorted", "fromkeys"})


def _collected(expr: ast.expr) -> ast.expr | None:
    """The collection a builtin copies (`list(x)`, `sorted(x)`, `dict.fromkeys(x)`), if `expr`
    is such a call with one argument."""
    if not (isinstance(expr, ast.Call) and len(expr.args) == 1 and not expr.keywords):
        return None
    return expr.args[0] if callee(expr) in _COLLECTORS else None
