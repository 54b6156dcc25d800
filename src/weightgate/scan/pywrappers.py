"""Helper functions that pass a parameter on to a loader (`def load(name): ...
from_pretrained(name)`): their call sites name the model."""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass

from weightgate.scan import keys, pyregions
from weightgate.scan.pycalls import Target
from weightgate.scan.pyvalues import assignments, kwarg

Func = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class Wrapper:
    """Parameter `name` (at `index`, counting `self`) of a function reaches `target`."""

    index: int
    name: str
    method: bool
    target: Target


def innermost(node: ast.AST, funcs: list[Func]) -> Func | None:
    """The innermost function whose lines hold `node`."""
    line = getattr(node, "lineno", 0)
    around = [f for f in funcs if f.lineno <= line <= (f.end_lineno or f.lineno)]
    return max(around, key=lambda f: f.lineno) if around else None


def called_as(func: Func, classes: list[ast.ClassDef]) -> str:
    """The name callers use: the function's, or for `__init__` its class's (`Bot(...)`)."""
    if func.name != "__init__":
        return func.name
    owner = [c for c in classes if func in c.body]
    return owner[0].name if owner else func.name


def wrapper(
    func: Func, target: Target, bound: dict[int, dict[str, ast.expr]] | None = None
) -> Wrapper | None:
    """How `func` passes one of its parameters, unchanged, to `target`; None if it does not.
    `bound` caches each function's local assignments by `id(func)` across calls."""
    expr = target.expr
    if not isinstance(expr, ast.Name):
        return None
    params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    keyword_only = [a.arg for a in func.args.kwonlyargs]
    if expr.id not in params and expr.id not in keyword_only:
        return None
    local = bound.get(id(func)) if bound is not None else None
    if local is None:
        local = {}
        assignments(func.body, local)
        if bound is not None:
            bound[id(func)] = local
    if expr.id in local:  # rebound inside the function: not the caller's value
        return None
    index = params.index(expr.id) if expr.id in params else -1
    method = bool(params) and params[0] in ("self", "cls")
    return Wrapper(index, expr.id, method, target)


#: A record's keys for the repository it names (`{"repo_id": repo}`).
_REPO_KEYS = frozenset({"repo_id", "repo", "repository"})


def record_helpers(text: str) -> dict[str, dict[tuple[object, ...], Wrapper]]:
    """The helpers of a module that return a record naming one of their parameters'
    repository (`def torch(worker, repo): return {"repo_id": repo, ...}`), by name, each with
    how its callers' values are read: ids only (`torch("tts", "org/x")`). Read from the text,
    so that a large module's calls, parsed apart from the helper, reach it too."""
    out: dict[str, dict[tuple[object, ...], Wrapper]] = {}
    for _name, _end, source in pyregions.record_helpers(text):  # answered from `hits`
        try:
            func = ast.parse(textwrap.dedent(source)).body[0]
        except (SyntaxError, ValueError):
            continue  # a record that goes on past its line
        if not isinstance(func, ast.FunctionDef):
            continue
        for target in _returned_repositories(func):
            found = wrapper(func, target)
            if found is not None:
                out.setdefault(func.name, {})[(found.index, found.name, found.method)] = found
    return out


def _returned_repositories(func: ast.FunctionDef) -> list[Target]:
    """The parameters the helper's one statement returns under a repository's key."""
    params = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
    returned = func.body[0]
    if not (isinstance(returned, ast.Return) and isinstance(returned.value, ast.Dict)):
        return []
    return [
        Target(value, strict=True)
        for key, value in zip(returned.value.keys, returned.value.values, strict=True)
        if isinstance(key, ast.Constant) and isinstance(key.value, str)
        if isinstance(value, ast.Name) and value.id in params
        if key.value in _REPO_KEYS or keys.role(key.value) in ("model", "hub")
    ]


def argument(call: ast.Call, found: Wrapper) -> ast.expr | None:
    """The expression a call passes for the wrapper's parameter."""
    passed = kwarg(call, found.name)
    if passed is not None:
        return passed
    if found.index < 0:
        return None
    constructor = isinstance(call.func, ast.Name) and call.func.id[:1].isupper()
    shift = 1 if found.method and (isinstance(call.func, ast.Attribute) or constructor) else 0
    plain = [a for a in call.args if not isinstance(a, ast.Starred)]
    index = found.index - shift
    return plain[index] if 0 <= index < len(plain) else None
