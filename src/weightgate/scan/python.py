"""Python sources: model ids passed to loaders, read with `ast` (never executed)."""

from __future__ import annotations

import ast

from weightgate.model import ModelRef
from weightgate.scan.ids import is_repo_id, sentence_transformers_id, strip_prefix

#: Calls whose first positional argument (or one of these keywords) names a model.
_LOADER_SUFFIXES = ("from_pretrained",)
_LOADER_NAMES = frozenset(
    {"hf_hub_download", "snapshot_download", "model_info", "SentenceTransformer", "CrossEncoder"}
)
_MODEL_KEYWORDS = ("pretrained_model_name_or_path", "model", "repo_id", "model_id", "model_name")


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.constants: dict[str, str] = {}
        self.refs: list[ModelRef] = []

    def visit_Assign(self, node: ast.Assign) -> None:
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.constants[target.id] = node.value.value
        self.generic_visit(node)

    def _value(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        if name.endswith(_LOADER_SUFFIXES) or name in _LOADER_NAMES or name == "pipeline":
            arg: ast.expr | None = node.args[0] if node.args and name != "pipeline" else None
            revision: str | None = None
            for kw in node.keywords:
                if kw.arg in _MODEL_KEYWORDS:
                    arg = kw.value
                elif kw.arg == "revision":
                    revision = self._value(kw.value)
            if arg is not None:
                self._add(arg, name, revision)
        self.generic_visit(node)

    def _add(self, arg: ast.expr, callee: str, revision: str | None) -> None:
        value = self._value(arg)
        if value is None:
            return
        ident = strip_prefix(value)
        if callee in ("SentenceTransformer", "CrossEncoder"):
            ident = sentence_transformers_id(ident)
        if is_repo_id(ident, allow_single=True):
            self.refs.append(
                ModelRef(
                    self.path, arg.lineno, arg.col_offset + 1, ident, "model", revision, "python"
                )
            )


def scan_python(path: str, text: str) -> list[ModelRef]:
    """References in one Python source. Raises SyntaxError/ValueError on unparsable input."""
    visitor = _Visitor(path)
    visitor.visit(ast.parse(text, filename=path))
    return visitor.refs
