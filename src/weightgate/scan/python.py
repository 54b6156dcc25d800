"""Python sources: model ids passed to loaders, read with `ast` (never executed).

Ids are followed through module and function constants, parameter defaults, `os.getenv` /
`os.environ.get` defaults and argparse `default=`; a reference is reported at the literal.
Docstrings and comments are never read as code.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from weightgate.model import Kind
from weightgate.scan import keys
from weightgate.scan.found import Found
from weightgate.scan.ids import find_uris, is_ollama_tag, normalize
from weightgate.scan.pycalls import Target, targets
from weightgate.scan.pyregions import hits, might_reference, regions

_ID_TEMPLATE = re.compile(r"^[A-Za-z0-9][\w.-]*/")


@dataclass(frozen=True)
class Literal:
    value: str
    node: ast.Constant


@dataclass(frozen=True)
class Templated:
    node: ast.expr


Resolved = Literal | Templated | None


@dataclass
class _Source:
    """The file being scanned: its lines (for columns) and module-level constants."""

    lines: list[str]
    found: Found
    module: dict[str, ast.expr] = field(default_factory=dict)
    argparse: dict[str, ast.expr] = field(default_factory=dict)
    reported: set[tuple[int, int]] = field(default_factory=set)
    ollama: bool = False


def _assignments(body: list[ast.stmt], scope: dict[str, ast.expr]) -> None:
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                scope[target.id] = stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            if isinstance(stmt.target, ast.Name):
                scope[stmt.target.id] = stmt.value
        elif isinstance(stmt, (ast.If, ast.Try, ast.With)):
            _assignments(stmt.body, scope)


def _parameters(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.expr]:
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    scope: dict[str, ast.expr] = {}
    for arg, default in zip(
        positional[len(positional) - len(args.defaults) :], args.defaults, strict=False
    ):
        scope[arg.arg] = default
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=False):
        if kw_default is not None:
            scope[arg.arg] = kw_default
    return scope


class _Visitor:
    """Calls and URL strings of one parsed tree, resolved through the scopes enclosing them."""

    def __init__(self, src: _Source, line_offset: int) -> None:
        self.src = src
        self.offset = line_offset
        self.scopes: list[dict[str, ast.expr]] = []

    def visit(self, tree: ast.Module) -> None:
        """One pass over the tree (NodeVisitor dispatch costs too much on large trees)."""
        module: dict[str, ast.expr] = {}
        _assignments(tree.body, module)
        funcs: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        calls: list[ast.Call] = []
        strings: list[ast.Constant] = []
        docs: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                calls.append(node)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                funcs.append(node)
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                docs.add(id(node.value))
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and ("://" in node.value or "hf-hub:" in node.value)
            ):
                strings.append(node)
        cache: dict[int, dict[str, ast.expr]] = {}
        for call in calls:
            self.scopes = [module, *self._enclosing(call, funcs, cache)]
            for target in targets(call, self.src.ollama):
                self.report(target, self.resolve(target.expr))
        self.scopes = [module]
        for node in strings:
            if id(node) not in docs:
                self.url(node)

    @staticmethod
    def _enclosing(
        node: ast.expr,
        funcs: list[ast.FunctionDef | ast.AsyncFunctionDef],
        cache: dict[int, dict[str, ast.expr]],
    ) -> list[dict[str, ast.expr]]:
        line = node.lineno
        around = [f for f in funcs if f.lineno <= line <= (f.end_lineno or f.lineno)]
        scopes = []
        for func in sorted(around, key=lambda f: f.lineno):
            if id(func) not in cache:
                scope = _parameters(func)
                _assignments(func.body, scope)
                cache[id(func)] = scope
            scopes.append(cache[id(func)])
        return scopes

    def url(self, node: ast.Constant) -> None:
        for hit in find_uris(str(node.value)):
            if hit.start <= 12:  # the string is the URL, not prose mentioning one
                self.place(node, hit.start, hit.id, hit.kind, None)

    def resolve(self, expr: ast.expr, depth: int = 0) -> Resolved:
        if depth > 4:
            return None
        if isinstance(expr, ast.Constant):
            return Literal(expr.value, expr) if isinstance(expr.value, str) else None
        if isinstance(expr, ast.Name):
            for scope in reversed(self.scopes):
                if expr.id in scope:
                    return self.resolve(scope[expr.id], depth + 1)
            bound = self.src.module.get(expr.id)
            return self.resolve(bound, depth + 1) if bound is not None else None
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            bound = self.src.argparse.get(expr.attr)
            return self.resolve(bound, depth + 1) if bound is not None else None
        if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
            return self.resolve(expr.values[-1], depth + 1)
        if isinstance(expr, ast.Call) and _is_getenv(expr) and len(expr.args) >= 2:
            return self.resolve(expr.args[1], depth + 1)
        if _is_template(expr):
            return Templated(expr)
        return None

    def report(self, target: Target, resolved: Resolved) -> None:
        if isinstance(resolved, Templated):
            self.templated(resolved.node)
            return
        if resolved is None:
            return
        revision = self.revision(target)
        value = resolved.value.strip()
        if target.kind == "ollama":
            if value.startswith("hf.co/"):
                ident = normalize(value.split(":", 1)[0])
                if ident:
                    self.place(resolved.node, value.index("/") + 1, ident, "model", revision)
            elif is_ollama_tag(value):
                self.place(resolved.node, 0, value, "ollama", revision)
            return
        ident = normalize(value)
        if ident is None or (target.strict and "/" not in ident):
            return
        at = value.find(ident) if ident in value else value.find(ident.rsplit("/", 1)[-1])
        self.place(resolved.node, max(at, 0), ident, target.kind, revision)

    def revision(self, target: Target) -> str | None:
        if target.revision is None:
            return None
        resolved = self.resolve(target.revision)
        return resolved.value if isinstance(resolved, Literal) else None

    def templated(self, node: ast.expr) -> None:
        fixed = _fixed_prefix(node)
        if fixed is None or not _ID_TEMPLATE.match(fixed) or fixed.split("/")[0] in ("data",):
            return
        line = node.lineno + self.offset
        if (line, -node.col_offset - 1) not in self.src.reported:
            self.src.reported.add((line, -node.col_offset - 1))
            self.src.found.templated(line, ast.unparse(node))

    def place(
        self, node: ast.Constant, at: int, ident: str, kind: Kind, revision: str | None
    ) -> None:
        line = node.lineno + self.offset
        column = _column(self.src.lines, line, node.col_offset) + at
        if (line, column) in self.src.reported:
            return
        self.src.reported.add((line, column))
        self.src.found.add(line, column, ident, kind, revision=revision)


def _is_getenv(node: ast.Call) -> bool:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in ("getenv", "get") and (
        name == "getenv" or (isinstance(func, ast.Attribute) and "environ" in ast.unparse(func))
    )


def _is_template(expr: ast.expr) -> bool:
    if isinstance(expr, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in expr.values)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Mod, ast.Add)):
        return isinstance(expr.left, (ast.Constant, ast.JoinedStr, ast.BinOp))
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        return expr.func.attr == "format" and isinstance(expr.func.value, ast.Constant)
    return False


def _fixed_prefix(expr: ast.expr) -> str | None:
    """The literal text a templated string starts with (`meta-llama/Llama-2-` ...)."""
    if isinstance(expr, ast.JoinedStr):
        first = expr.values[0] if expr.values else None
        return str(first.value) if isinstance(first, ast.Constant) else None
    if isinstance(expr, ast.BinOp):
        return _fixed_prefix(expr.left)
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        return _fixed_prefix(expr.func.value)
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return str(expr.value)
    return None


def _column(lines: list[str], line: int, byte_col: int) -> int:
    """1-based column of the first character inside the quotes of the string at `byte_col`."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    col = len(text.encode("utf-8")[:byte_col].decode("utf-8", "replace"))
    while col < len(text) and text[col] in "rRbBuUfF":
        col += 1
    quote = text[col : col + 3]
    col += 3 if quote in ('"""', "'''") else 1
    return col + 1


def _argparse_defaults(tree: ast.AST, src: _Source) -> None:
    """`add_argument("--model", default=...)`: remember dest -> default."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != "add_argument":
            continue
        flags = [a.value for a in node.args if isinstance(a, ast.Constant)]
        dest = next((k.value for k in node.keywords if k.arg == "dest"), None)
        names = [f for f in flags if isinstance(f, str) and f.startswith("--")] or flags
        if isinstance(dest, ast.Constant) and isinstance(dest.value, str):
            name = dest.value
        elif names and isinstance(names[0], str):
            name = names[0].lstrip("-").replace("-", "_")
        else:
            continue
        default = next((k.value for k in node.keywords if k.arg == "default"), None)
        if default is not None:
            src.argparse[name] = default


def _parse(text: str, path: str, offsets: list[int]) -> tuple[list[tuple[ast.Module, int]], bool]:
    """Trees to visit with their line offsets (a few regions, or the whole file), and
    whether that is the whole file."""
    spans = regions(text, offsets)
    if spans is None:
        return [(ast.parse(text, filename=path), 0)], True
    lines = text.split("\n")
    trees = []
    try:
        for start, end in spans:
            chunk = "\n".join(lines[start:end])
            if lines[start][:1] in (" ", "\t"):
                trees.append((ast.parse("if 1:\n" + chunk, filename=path), start - 1))
            else:
                trees.append((ast.parse(chunk, filename=path), start))
    except (SyntaxError, ValueError):
        return [(ast.parse(text, filename=path), 0)], True
    return trees, False


def _module_level(text: str) -> ast.Module:
    """Top-level simple assignments (one line each), for constants used inside functions."""
    picked = [
        line
        for line in text.split("\n")
        if line[:1].isalpha() or line[:1] == "_"
        if "=" in line and not line.startswith(("def ", "class ", "if ", "for ", "while "))
    ]
    module = ast.Module(body=[], type_ignores=[])
    for line in picked:
        try:
            stmt = ast.parse(line).body
        except SyntaxError:
            continue
        module.body.extend(s for s in stmt if isinstance(s, (ast.Assign, ast.AnnAssign)))
    return module


def scan_python(path: str, text: str) -> Found:
    """References in one Python source. Raises SyntaxError/ValueError on unparsable input."""
    found = Found(path, "python")
    offsets = hits(text)
    if not offsets:
        return found
    src = _Source(text.split("\n"), found, ollama="ollama" in text)
    trees, whole = _parse(text, path, offsets)
    _assignments((trees[0][0] if whole else _module_level(text)).body, src.module)
    if "add_argument" in text:
        for tree, _offset in trees:
            _argparse_defaults(tree, src)
    for tree, offset in trees:
        _Visitor(src, offset).visit(tree)
    return found


def quick_reject(data: bytes) -> bool:
    """True when a Python file certainly holds no reference (checked before decoding)."""
    return not might_reference(data)


__all__ = ["keys", "quick_reject", "scan_python"]
