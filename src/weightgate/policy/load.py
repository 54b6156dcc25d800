"""Find, read and merge policy files: `extends` chains of presets, paths and pinned URLs.

Merge rules: a child overrides its parents key by key (`terms` term by term, `organization` field
by field, `licenses.allow` as a whole); `licenses.deny`, `ignore-paths`, `exceptions` and
`clarify` accumulate. With several parents, later ones override earlier ones. A file without
`extends` builds on builtin:default; `extends: []` starts from nothing (unlisted terms allowed).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from weightgate.errors import WeightgateError
from weightgate.policy.layer import Layer, layer
from weightgate.policy.model import Organization, Policy
from weightgate.policy.remote import RemoteError, fetch_pinned
from weightgate.policy.source import Document, has_toml_policy, parse_toml, parse_yaml
from weightgate.policy.validate import suggest

POLICY_FILE = ".weightgate.yaml"
PYPROJECT = "pyproject.toml"
MAX_DEPTH = 16
_Fail = Callable[[str], WeightgateError]


def presets() -> tuple[str, ...]:
    """Names of the shipped presets (`builtin:NAME`)."""
    folder = resources.files("weightgate.policy").joinpath("presets")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml")))


def _display(path: Path, cwd: Path) -> str:
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:
        rel = str(path)
    return rel.replace(os.sep, "/")


def _builtin(ref: str, fail: _Fail) -> Document:
    name = ref.split(":", 1)[1]
    if name not in presets():
        hint = suggest(name, presets()).replace("'", "'builtin:", 1)
        raise fail(f"unknown preset {ref!r}{hint}")
    text = resources.files("weightgate.policy").joinpath(f"presets/{name}.yaml").read_text("utf-8")
    return parse_yaml(text, ref, None)


def _file(path: Path, cwd: Path, fail: _Fail) -> Document:
    origin = _display(path, cwd)
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise WeightgateError(
            f"not UTF-8 text (bad byte at offset {exc.start})", path=origin
        ) from exc
    except OSError as exc:
        raise fail(f"cannot read {origin}: {exc.strerror or exc}") from exc
    if path.suffix == ".toml":
        doc = parse_toml(text, origin, path.parent)
        if doc is None:
            raise fail(f"{origin} has no [tool.weightgate] table")
        return doc
    return parse_yaml(text, origin, path.parent)


def _document(ref: str, base_dir: Path | None, cwd: Path, fail: _Fail) -> tuple[Document, str]:
    """The document an `extends` entry (or --policy) names, and its identity for cycle checks."""
    if ref.startswith("builtin:"):
        return _builtin(ref, fail), ref
    if ref.startswith(("https:", "http:")):
        try:
            text = fetch_pinned(ref)
        except RemoteError as exc:
            raise fail(str(exc)) from exc
        origin = ref.split("#", 1)[0]
        return parse_yaml(text, origin, None), origin
    if "://" in ref:
        raise fail(f"unsupported extends {ref!r}: use builtin:NAME, a relative path or https://")
    if base_dir is None:
        raise fail(f"{ref!r}: a builtin or downloaded policy can only extend builtin: or URLs")
    path = (base_dir / ref).resolve()
    return _file(path, cwd, fail), _display(path, cwd)


def _fail_at(doc: Document, keypath: str) -> _Fail:
    return lambda problem: doc.fail(keypath, problem)


def _load(doc: Document, cwd: Path, stack: tuple[str, ...]) -> Policy:
    lay = layer(doc)
    implicit = lay.extends is None
    refs = lay.extends if lay.extends is not None else ()
    if implicit and not doc.origin.startswith("builtin:"):
        refs = ("builtin:default",)
    parent = Policy(source=doc.origin)
    for i, ref in enumerate(refs):
        keypath = "extends" if implicit or isinstance(doc.data["extends"], str) else f"extends[{i}]"
        fail = _fail_at(doc, keypath)
        child, identity = _document(ref, doc.base_dir, cwd, fail)
        if identity in stack:
            names = [*stack[stack.index(identity) :], identity]
            raise fail("cycle: " + " -> ".join(names))
        if len(stack) >= MAX_DEPTH:
            raise fail(f"extends chain deeper than {MAX_DEPTH}")
        parent = merge(parent, _load(child, cwd, (*stack, identity)))
    return apply(parent, lay)


def _org(parent: Organization, child: Organization) -> Organization:
    return Organization(
        child.monthly_active_users
        if child.monthly_active_users is not None
        else parent.monthly_active_users,
        child.annual_revenue_usd
        if child.annual_revenue_usd is not None
        else parent.annual_revenue_usd,
        child.regions if child.regions is not None else parent.regions,
    )


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a + b))


def apply(parent: Policy, lay: Layer) -> Policy:
    """One document's layer on top of what it extends (a key it does not give is inherited)."""
    own = Policy(
        terms=lay.terms,
        licenses_allow=lay.licenses_allow,
        licenses_deny=lay.licenses_deny,
        organization=lay.organization,
        lineage=parent.lineage if lay.lineage is None else lay.lineage,
        exceptions=lay.exceptions,
        clarify=lay.clarify,
        ignore_paths=lay.ignore_paths,
        source=lay.origin,
        sources=(lay.origin,),
    )
    return merge(parent, own)


def merge(parent: Policy, child: Policy) -> Policy:
    """Two effective policies: the child overrides keys, lists accumulate."""
    return Policy(
        terms={**parent.terms, **child.terms},
        licenses_allow=child.licenses_allow
        if child.licenses_allow is not None
        else parent.licenses_allow,
        licenses_deny=_union(parent.licenses_deny, child.licenses_deny),
        organization=_org(parent.organization, child.organization),
        lineage=child.lineage,
        exceptions=tuple(dict.fromkeys(parent.exceptions + child.exceptions)),
        clarify=tuple(dict.fromkeys(parent.clarify + child.clarify)),
        ignore_paths=_union(parent.ignore_paths, child.ignore_paths),
        source=child.source,
        sources=_union(parent.sources, child.sources),
    )


def find_policy(cwd: Path) -> str | None:
    """`.weightgate.yaml`, or pyproject.toml with [tool.weightgate], in cwd; both is an error."""
    has_yaml = (cwd / POLICY_FILE).is_file()
    pyproject = cwd / PYPROJECT
    has_toml = False
    if pyproject.is_file():
        try:
            text = pyproject.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise WeightgateError(f"cannot read: {exc}", path=PYPROJECT) from exc
        has_toml = "weightgate" in text and has_toml_policy(text)
    if has_yaml and has_toml:
        raise WeightgateError(
            "both .weightgate.yaml and [tool.weightgate] in pyproject.toml define a policy; "
            "keep one",
            path=POLICY_FILE,
        )
    return POLICY_FILE if has_yaml else PYPROJECT if has_toml else None


def policy_above(cwd: Path) -> str | None:
    """The policy of the enclosing git repository when cwd has none (a run from a
    subdirectory does not apply it), as a path relative to cwd; None outside a repository."""
    here = cwd.resolve()
    if (here / ".git").exists() or find_policy(cwd) is not None:
        return None
    above = list(here.parents)
    root = next((n for n, p in enumerate(above) if (p / ".git").exists()), None)
    if root is None:
        return None
    for steps, parent in enumerate(above[: root + 1], start=1):
        found = find_policy(parent)
        if found is not None:
            return "/".join([".."] * steps + [found])
    return None


def load_policy(spec: str | None, cwd: Path, *, flag: str | None = "--policy") -> Policy:
    """`--policy FILE|builtin:NAME|URL`, else the policy found in cwd, else builtin:default.

    `flag` names where `spec` came from in errors (None: a positional argument, not a flag).
    """
    prefix = f"{flag}: " if spec and flag else ""
    spec = spec or find_policy(cwd) or "builtin:default"

    def fail(problem: str) -> WeightgateError:
        return WeightgateError(prefix + problem)

    doc, identity = _document(spec, cwd, cwd, fail)
    return _load(doc, cwd, (identity,))


def parse_policy(text: str, origin: str, base_dir: Path) -> Policy:
    """A policy from YAML text (e.g. one about to be written), with its `extends` resolved."""
    return _load(parse_yaml(text, origin, base_dir), base_dir, (origin,))


def own_files(policy: Policy) -> frozenset[str]:
    """The policy's YAML files in this repository: their `model:` entries are not references."""
    return frozenset(
        s
        for s in policy.sources
        if not s.startswith(("builtin:", "https:", "http:", "../")) and not s.endswith(".toml")
    )
