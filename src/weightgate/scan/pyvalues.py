"""Pure helpers over Python syntax trees: scopes, literal values, templates and columns."""

from __future__ import annotations

import ast
import sys
import warnings
from dataclasses import dataclass


@dataclass(frozen=True)
class Literal:
    """A string an id was read from: a literal, or a template whose every part is one
    (references are reported at it)."""

    value: str
    node: ast.expr
    start: int = 0  # where `value` starts in the node's string (one name of `"a,b"`)


@dataclass(frozen=True)
class Templated:
    """An f-string, `%` or `.format` template: cannot be resolved statically."""

    node: ast.expr


Resolved = Literal | Templated | None


def assignments(body: list[ast.stmt], scope: dict[str, ast.expr]) -> None:
    """Record `NAME = value` statements of a block (and of its if/try/with bodies)."""
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                scope[target.id] = stmt.value
            elif isinstance(target, ast.Tuple):  # `repo, config, split = SOURCES[name]`
                _unpacked(target, stmt.value, scope)
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            if isinstance(stmt.target, ast.Name):
                scope[stmt.target.id] = stmt.value
        elif isinstance(stmt, (ast.For, ast.AsyncFor)) and isinstance(stmt.target, ast.Name):
            scope[stmt.target.id] = stmt.iter  # `for name in MODELS:` holds each element
            assignments(stmt.body, scope)
        elif isinstance(stmt, (ast.For, ast.AsyncFor)) and isinstance(stmt.target, ast.Tuple):
            for index, item in enumerate(stmt.target.elts):  # `for name, field in ROWS:`
                if isinstance(item, ast.Name):
                    scope[item.id] = ast.copy_location(Column(stmt.iter, index), stmt.target)
            assignments(stmt.body, scope)
        elif isinstance(stmt, ast.If):
            _compared(stmt, scope)
            assignments(stmt.body, scope)
            _either(stmt, stmt.orelse, scope)
        elif isinstance(stmt, (ast.Try, ast.With)):
            assignments(stmt.body, scope)


def _unpacked(target: ast.Tuple, value: ast.expr, scope: dict[str, ast.expr]) -> None:
    """The names a tuple assignment binds: each item of a literal tuple of the same length
    (`repo, file = "org/x", "w.gguf"`), else that column of the rows the value may be (a
    table's entry, `SOURCES[name]`)."""
    literal = isinstance(value, ast.Tuple) and len(value.elts) == len(target.elts)
    for index, item in enumerate(target.elts):
        if not isinstance(item, ast.Name):
            continue
        if literal and isinstance(value, ast.Tuple):
            scope[item.id] = value.elts[index]
        else:
            scope[item.id] = ast.copy_location(Column(value, index, single=True), value)


def _compared(branch: ast.If, scope: dict[str, ast.expr]) -> None:
    """`if encoder == "bert-base-uncased": return BertModel.from_pretrained(encoder)`: in a
    branch that passes the name it tested to a call, the name holds the string it equals."""
    test = branch.test
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        test = test.values[0]  # `x == "bert-base-uncased" or os.path.isdir(x)`
    if not (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and isinstance(test.comparators[0].value, str)
    ):
        return
    name, value = test.left.id, test.comparators[0]
    passed = any(
        isinstance(node, ast.Call)
        and any(
            isinstance(arg, ast.Name) and arg.id == name
            for arg in [*node.args, *(k.value for k in node.keywords)]
        )
        for stmt in branch.body
        for node in ast.walk(stmt)
    )
    if passed:
        first = scope.get(name)
        either = ast.copy_location(Either(test, first, value), value) if first else value
        scope[name] = either


def _either(branch: ast.If, orelse: list[ast.stmt], scope: dict[str, ast.expr]) -> None:
    """The `elif` / `else` of an `if`: a name it assigns too may hold either value (`path =
    'org/vh'` / `elif ...: path = 'org/vl'`), read as `a if test else b`."""
    other: dict[str, ast.expr] = {}
    assignments(orelse, other)
    for name, value in other.items():
        first = scope.get(name)
        if first is None or first is value:
            scope[name] = value
        else:
            scope[name] = ast.copy_location(Either(branch.test, first, value), value)


def redefined(body: list[ast.stmt]) -> dict[str, list[ast.expr]]:
    """The names a block (and its if/for/try/with bodies, not its functions or classes)
    assigns more than once, with each value in source order."""
    seen: dict[str, list[ast.expr]] = {}
    todo = list(body)
    while todo:
        stmt = todo.pop()
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            if isinstance(stmt.targets[0], ast.Name):
                seen.setdefault(stmt.targets[0].id, []).append(stmt.value)
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            if isinstance(stmt.target, ast.Name):
                seen.setdefault(stmt.target.id, []).append(stmt.value)
        elif isinstance(stmt, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.Try)):
            todo.extend(stmt.body)
            todo.extend(getattr(stmt, "orelse", []))
            for handler in getattr(stmt, "handlers", []):
                todo.extend(handler.body)
            todo.extend(getattr(stmt, "finalbody", []))
    return {
        name: sorted(values, key=lambda v: v.lineno)
        for name, values in seen.items()
        if len(values) > 1
    }


class Either(ast.IfExp):
    """A name's two values from the branches of an `if` statement (see `_either`,
    `_compared`)."""


class Column(ast.expr):
    """What a name unpacked from a table's rows holds (`name` of `for name, field in ROWS:`,
    `repo` of `repo, split = SOURCES[key]`): the item at `index` of each row, or each key (0)
    or value (1) of a dict's `.items()` (see `ValueFlow.column`); with `single`, unpacked once
    (`repo, config = MODEL`), the item at `index` of a tuple that is one row."""

    def __init__(self, rows: ast.expr, index: int, *, single: bool = False) -> None:
        super().__init__()
        self.rows, self.index, self.single = rows, index, single


def parameters(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.expr]:
    """Parameter name -> default value."""
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    scope: dict[str, ast.expr] = {}
    tail = positional[len(positional) - len(args.defaults) :]
    for arg, default in zip(tail, args.defaults, strict=True):
        scope[arg.arg] = default
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if kw_default is not None:
            scope[arg.arg] = kw_default
    return scope


def callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def kwarg(node: ast.Call, *names: str) -> ast.expr | None:
    """The value of the first keyword argument of `node` named one of `names`."""
    return next((k.value for k in node.keywords if k.arg in names), None)


def is_getenv(node: ast.Call) -> bool:
    """`os.getenv(...)`, `getenv(...)` or `os.environ.get(...)`."""
    name = callee(node)
    if name == "getenv":
        return True
    func = node.func
    if name != "get" or not isinstance(func, ast.Attribute):
        return False
    value = func.value
    return (isinstance(value, ast.Attribute) and value.attr == "environ") or (
        isinstance(value, ast.Name) and value.id == "environ"
    )


def is_template(expr: ast.expr) -> bool:
    if isinstance(expr, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in expr.values)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Mod, ast.Add)):
        strings = (ast.Constant, ast.JoinedStr, ast.BinOp)
        right = isinstance(expr.op, ast.Add) and isinstance(expr.right, strings)
        return isinstance(expr.left, strings) or right
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        return expr.func.attr == "format" and isinstance(expr.func.value, ast.Constant)
    return False


def fixed_prefix(expr: ast.expr) -> str | None:
    """The literal text a templated string starts with (`meta-llama/Llama-2-` ...)."""
    if isinstance(expr, ast.JoinedStr):
        first = expr.values[0] if expr.values else None
        return str(first.value) if isinstance(first, ast.Constant) else None
    if isinstance(expr, ast.BinOp):
        return fixed_prefix(expr.left)
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        return fixed_prefix(expr.func.value)
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return str(expr.value)
    return None


def column(lines: list[str], line: int, byte_col: int) -> int:
    """1-based column of the first character inside the quotes of the string at `byte_col`."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    col = len(text.encode("utf-8")[:byte_col].decode("utf-8", "replace"))
    while col < len(text) and text[col] in "rRbBuUfF":
        col += 1
    quote = text[col : col + 3]
    col += 3 if quote in ('"""', "'''") else 1
    return col + 1


def syntax_message(msg: str) -> str:
    """A syntax error's message, with the Python that read it: code written for a newer
    Python (3.12 f-strings) fails to parse under an older one."""
    major, minor = sys.version_info[:2]
    return f"Python syntax error: {msg} (as Python {major}.{minor} reads it)"


def parse(source: str, path: str = "<unknown>") -> ast.Module:
    """`ast.parse` without the compiler's warnings about the user's code (`1if x`, `"\\d"`):
    a scanner reports references, not style. Raises SyntaxError / ValueError like it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(source, filename=path)


def argparse_defaults(tree: ast.AST, out: dict[str, ast.expr], data: set[int]) -> None:
    """`add_argument("--model-id", default=...)`: record dest (`model_id`) -> default; in
    `data`, the defaults a flag's help calls a dataset and nothing of a model (`help="Reference
    dataset path or HF repo ID"`)."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and callee(node) == "add_argument"):
            continue
        flags = [a.value for a in node.args if isinstance(a, ast.Constant)]
        names = [f for f in flags if isinstance(f, str) and f.startswith("--")] or flags
        dest = kwarg(node, "dest")
        if isinstance(dest, ast.Constant) and isinstance(dest.value, str):
            name = dest.value
        elif names and isinstance(names[0], str):
            name = names[0].lstrip("-").replace("-", "_")
        else:
            continue
        default = kwarg(node, "default")
        if default is not None:
            out[name] = default
            said = kwarg(node, "help")
            text = (
                said.value.lower()
                if isinstance(said, ast.Constant) and isinstance(said.value, str)
                else ""
            )
            if "dataset" in text and "model" not in text:
                data.add(id(default))


def module_level(lines: list[str]) -> ast.Module:
    """Top-level assignments (of a file's `lines`), for constants used inside functions: those
    of one line, and those whose brackets close within a few lines and hold an `org/name`
    (`MODEL = (\n "org/x",\n {...},\n)`); their nodes numbered by the file's lines."""
    module = ast.Module(body=[], type_ignores=[])
    after = 0  # the first line after the last assignment read
    for index, line in enumerate(lines):
        if not (line[:1].isalpha() or line[:1] == "_") or "=" not in line or index < after:
            continue
        if line.startswith(("def ", "class ", "if ", "for ", "while ", "with ", "elif ")):
            continue
        opens = "(" in line or "[" in line or "{" in line
        end = _closing_line(lines, index) if opens else index
        if end is None:
            continue
        text = "\n".join(lines[index : end + 1]) if end > index else line
        if end > index and "/" not in text:
            continue  # over several lines and no `org/name` in it: not worth its parse
        try:
            body = parse(text).body
        except SyntaxError:
            continue
        for stmt in body:  # numbered by the file's lines
            ast.increment_lineno(stmt, index)
        after = end + 1
        module.body.extend(s for s in body if isinstance(s, (ast.Assign, ast.AnnAssign)))
    return module


#: How many lines an assignment's brackets may stay open over for `module_level` to read it.
_OPEN_WITHIN = 12
_BRACKETS = str.maketrans("", "", "()[]{}")


def _closing_line(lines: list[str], start: int) -> int | None:
    """The index of the line where the brackets opened on line `start` close, within
    `_OPEN_WITHIN` lines; None where they stay open longer."""
    depth = 0
    for index in range(start, min(start + _OPEN_WITHIN, len(lines))):
        line = lines[index]
        if len(line.translate(_BRACKETS)) != len(line):  # brackets on the line: count them
            depth += line.count("(") + line.count("[") + line.count("{")
            depth -= line.count(")") + line.count("]") + line.count("}")
        if depth <= 0:
            return index
    return None
