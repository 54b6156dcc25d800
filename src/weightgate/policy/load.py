"""Read a policy file into a Policy; every mistake is one `file:line: key: problem` error."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from weightgate.errors import WeightgateError
from weightgate.model import STATUS_TERMS, TERMS
from weightgate.policy.model import Action, Clarification, Exception_, Organization, Policy

POLICY_FILE = ".weightgate.yaml"
_TOP_KEYS = (
    "version",
    "extends",
    "organization",
    "licenses",
    "terms",
    "lineage",
    "exceptions",
    "clarify",
    "ignore-paths",
)
_ACTIONS = ("deny", "warn", "allow")


class _Doc:
    """A parsed YAML mapping that remembers the line of every key, for error messages."""

    def __init__(self, origin: str, node: yaml.Node) -> None:
        self.origin = origin
        self.node = node

    def fail(self, node: yaml.Node | None, keypath: str, problem: str) -> WeightgateError:
        line = node.start_mark.line + 1 if node is not None else 1
        return WeightgateError(f"{keypath}: {problem}", path=self.origin, line=line)


def _suggest(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _load_yaml(origin: str, text: str) -> tuple[_Doc, Any, dict[str, yaml.Node]]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise WeightgateError(f"invalid YAML: {exc.problem}", path=origin, line=line) from exc
    except yaml.YAMLError as exc:
        raise WeightgateError(f"invalid YAML: {exc}", path=origin) from exc
    doc = _Doc(origin, node if node is not None else yaml.MappingNode("tag:yaml.org,2002:map", []))
    if not isinstance(doc.node, yaml.MappingNode):
        raise doc.fail(doc.node, "(top level)", "a policy must be a mapping of keys")
    data = yaml.SafeLoader(text).get_single_data() or {}
    key_nodes: dict[str, yaml.Node] = {
        k.value: k for k, _ in doc.node.value if isinstance(k, yaml.ScalarNode)
    }
    return doc, data, key_nodes


def _action(doc: _Doc, node: yaml.Node | None, key: str, value: Any) -> Action:
    if value not in _ACTIONS:
        raise doc.fail(node, f"terms.{key}", f"expected deny, warn or allow, got {value!r}")
    return value  # type: ignore[no-any-return]


def _terms(doc: _Doc, nodes: Mapping[str, yaml.Node], raw: Any) -> dict[str, Action]:
    if not isinstance(raw, dict):
        raise doc.fail(nodes.get("terms"), "terms", "expected a mapping of term: deny|warn|allow")
    vocabulary = TERMS + STATUS_TERMS
    out: dict[str, Action] = {}
    for key, value in raw.items():
        if key not in vocabulary:
            raise doc.fail(
                nodes.get("terms"), f"terms.{key}", "unknown term" + _suggest(str(key), vocabulary)
            )
        out[key] = _action(doc, nodes.get("terms"), key, value)
    return out


def _date(doc: _Doc, node: yaml.Node | None, keypath: str, value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise doc.fail(node, keypath, f"expected a date YYYY-MM-DD, got {value!r}") from exc


def _str_list(doc: _Doc, node: yaml.Node | None, keypath: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise doc.fail(node, keypath, "expected a list of strings")
    return tuple(value)


def _exceptions(doc: _Doc, node: yaml.Node | None, raw: Any) -> tuple[Exception_, ...]:
    if not isinstance(raw, list):
        raise doc.fail(node, "exceptions", "expected a list")
    items = node.value if isinstance(node, yaml.SequenceNode) else [None] * len(raw)
    out = []
    for i, (entry, item_node) in enumerate(zip(raw, items, strict=False)):
        path = f"exceptions[{i}]"
        if not isinstance(entry, dict):
            raise doc.fail(item_node, path, "expected a mapping with model and reason")
        allowed = ("model", "reason", "terms", "license", "paths", "expires")
        for key in entry:
            if key not in allowed:
                raise doc.fail(
                    item_node, f"{path}.{key}", "unknown key" + _suggest(str(key), allowed)
                )
        if not entry.get("model") or not entry.get("reason"):
            missing = "model" if not entry.get("model") else "reason"
            raise doc.fail(item_node, f"{path}.{missing}", "required")
        line = item_node.start_mark.line + 1 if item_node is not None else 0
        out.append(
            Exception_(
                model=str(entry["model"]),
                reason=str(entry["reason"]),
                terms=_str_list(doc, item_node, f"{path}.terms", entry["terms"])
                if "terms" in entry
                else None,
                license=str(entry["license"]) if entry.get("license") else None,
                paths=_str_list(doc, item_node, f"{path}.paths", entry.get("paths", [])),
                expires=_date(doc, item_node, f"{path}.expires", entry["expires"])
                if "expires" in entry
                else None,
                origin=doc.origin,
                line=line,
            )
        )
    return tuple(out)


def _resolve_extends(ref: str, base_dir: Path, origin: str) -> tuple[str, str, Path]:
    if ref.startswith("builtin:"):
        name = ref.split(":", 1)[1]
        preset = resources.files("weightgate.policy").joinpath(f"presets/{name}.yaml")
        if not preset.is_file():
            raise WeightgateError(f"extends: unknown preset {ref!r}", path=origin)
        return preset.read_text("utf-8"), ref, base_dir
    path = (base_dir / ref).resolve()
    try:
        return path.read_text("utf-8"), str(path), path.parent
    except OSError as exc:
        raise WeightgateError(f"extends: cannot read {ref!r}: {exc.strerror}", path=origin) from exc


def parse_policy(text: str, origin: str, base_dir: Path, depth: int = 0) -> Policy:
    """Parse one policy document, merging whatever it extends underneath it."""
    if depth > 10:
        raise WeightgateError("extends: chain deeper than 10 (a cycle?)", path=origin)
    doc, data, nodes = _load_yaml(origin, text)
    for key in data:
        if key not in _TOP_KEYS:
            raise doc.fail(nodes.get(key), str(key), "unknown key" + _suggest(str(key), _TOP_KEYS))
    parent = Policy(source=origin)
    implicit = [] if origin.startswith("builtin:") else ["builtin:default"]
    for ref in _str_list(doc, nodes.get("extends"), "extends", data.get("extends", implicit)):
        parent_text, parent_origin, parent_dir = _resolve_extends(ref, base_dir, origin)
        parent = merge(parent, parse_policy(parent_text, parent_origin, parent_dir, depth + 1))
    org_raw = data.get("organization", {}) or {}
    org = Organization(
        monthly_active_users=org_raw.get("monthly-active-users"),
        annual_revenue_usd=org_raw.get("annual-revenue-usd"),
        regions=tuple(org_raw["regions"]) if "regions" in org_raw else None,
    )
    lic = data.get("licenses", {}) or {}
    child = Policy(
        terms=_terms(doc, nodes, data["terms"]) if "terms" in data else {},
        licenses_allow=tuple(lic["allow"]) if "allow" in lic else None,
        licenses_deny=tuple(lic.get("deny", ())),
        organization=org,
        lineage=bool(data.get("lineage", parent.lineage)),
        exceptions=_exceptions(doc, nodes.get("exceptions"), data["exceptions"])
        if "exceptions" in data
        else (),
        clarify=tuple(
            Clarification(str(c.get("model")), str(c.get("license")), str(c.get("reason")), origin)
            for c in data.get("clarify", []) or []
        ),
        ignore_paths=_str_list(
            doc, nodes.get("ignore-paths"), "ignore-paths", data.get("ignore-paths", [])
        ),
        source=origin,
    )
    return merge(parent, child)


def merge(parent: Policy, child: Policy) -> Policy:
    """The child overrides keys; exceptions, clarifications and ignore-paths accumulate."""
    org = parent.organization
    c = child.organization
    return Policy(
        terms={**parent.terms, **child.terms},
        licenses_allow=child.licenses_allow
        if child.licenses_allow is not None
        else parent.licenses_allow,
        licenses_deny=tuple(dict.fromkeys(parent.licenses_deny + child.licenses_deny)),
        organization=Organization(
            c.monthly_active_users
            if c.monthly_active_users is not None
            else org.monthly_active_users,
            c.annual_revenue_usd if c.annual_revenue_usd is not None else org.annual_revenue_usd,
            c.regions if c.regions is not None else org.regions,
        ),
        lineage=child.lineage,
        exceptions=parent.exceptions + child.exceptions,
        clarify=parent.clarify + child.clarify,
        ignore_paths=tuple(dict.fromkeys(parent.ignore_paths + child.ignore_paths)),
        source=child.source,
    )


def load_policy(spec: str | None, cwd: Path) -> Policy:
    """`--policy FILE|builtin:NAME`, else `.weightgate.yaml` in cwd, else builtin:default."""
    if spec is None:
        candidate = cwd / POLICY_FILE
        spec = "builtin:default" if not candidate.exists() else POLICY_FILE
    if spec.startswith("builtin:"):
        text, origin, base = _resolve_extends(spec, cwd, "--policy")
        return parse_policy(text, origin, base)
    path = cwd / spec
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise WeightgateError(f"cannot read policy: {exc.strerror}", path=spec) from exc
    return parse_policy(text, spec, path.parent)
