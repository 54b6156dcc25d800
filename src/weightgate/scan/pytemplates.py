"""Templated strings built only from literals: `f"{ORG}/{NAME}"`, `ORG + "/x"`, `"%s/%s" % ...`,
`"{}/{}".format(...)` with every name bound to a string literal."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from weightgate.scan.pyvalues import callee, fixed_prefix


def _apply(template: str | None, args: list[str] | None, style: str) -> str | None:
    """`"%s/%s" % args` or `"{}/{}".format(*args)`; None when it does not apply cleanly."""
    if template is None or args is None:
        return None
    try:
        return template % tuple(args) if style == "%" else template.format(*args)
    except (TypeError, ValueError, IndexError, KeyError):
        return None


@dataclass(frozen=True)
class Templates:
    """Renders templates, looking names up with `bound` (the scopes around the template)."""

    bound: Callable[[str], ast.expr | None]

    def render(self, expr: ast.expr, depth: int) -> str | None:
        """The text of a template built only from literals and names bound to them."""
        if depth > 6:
            return None
        if isinstance(expr, ast.Constant):
            return expr.value if isinstance(expr.value, str) else None
        if isinstance(expr, ast.Name):
            bound = self.bound(expr.id)
            return self.render(bound, depth + 1) if bound is not None else None
        parts: list[str | None]
        if isinstance(expr, ast.JoinedStr):
            parts = [self._field(v, depth) for v in expr.values]
            return None if None in parts else "".join(p or "" for p in parts)
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left, right = self.render(expr.left, depth + 1), self.render(expr.right, depth + 1)
            return None if left is None or right is None else left + right
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mod):
            args = expr.right.elts if isinstance(expr.right, ast.Tuple) else [expr.right]
            return _apply(self.render(expr.left, depth + 1), self._all(args, depth), "%")
        if isinstance(expr, ast.Call) and callee(expr) == "format" and not expr.keywords:
            head = expr.func.value if isinstance(expr.func, ast.Attribute) else expr.func
            return _apply(self.render(head, depth + 1), self._all(expr.args, depth), "{}")
        return None

    def known_prefix(self, expr: ast.expr) -> str | None:
        """The text a template starts with, names bound to literals included
        (`f"{ORG}/{choice}"` starts with `acme/`)."""
        if not isinstance(expr, ast.JoinedStr):
            return fixed_prefix(expr)
        text = ""
        for value in expr.values:
            part = self._field(value, 0)
            if part is None:
                break
            text += part
        return text or None

    def _field(self, value: ast.expr, depth: int) -> str | None:
        if isinstance(value, ast.FormattedValue):
            plain = value.conversion == -1 and value.format_spec is None
            return self.render(value.value, depth + 1) if plain else None
        return self.render(value, depth + 1)

    def _all(self, args: list[ast.expr], depth: int) -> list[str] | None:
        rendered = [self.render(a, depth + 1) for a in args]
        return None if any(r is None for r in rendered) else [r or "" for r in rendered]
