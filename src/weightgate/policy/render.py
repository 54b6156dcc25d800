"""The effective policy as YAML (`weightgate policy show`): deterministic, and itself loadable."""

from __future__ import annotations

from typing import Any

import yaml

from weightgate.model import STATUS_TERMS, TERMS
from weightgate.policy.model import Clarification, Exception_, Policy


class _Dumper(yaml.SafeDumper):
    """Block mappings, flow lists: `terms: [user-cap]` reads like the documentation."""


def _flow_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = not any(isinstance(item, (dict, list)) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _flow_list)


def _exception(exc: Exception_) -> dict[str, Any]:
    out: dict[str, Any] = {"model": exc.model}
    if exc.terms is not None:
        out["terms"] = list(exc.terms)
    if exc.license is not None:
        out["license"] = exc.license
    if exc.paths:
        out["paths"] = list(exc.paths)
    out["reason"] = exc.reason
    if exc.expires is not None:
        out["expires"] = exc.expires.isoformat()
    return out


def _clarification(entry: Clarification) -> dict[str, Any]:
    out: dict[str, Any] = {"model": entry.model, "license": entry.license}
    if entry.license_sha256:
        out["license-sha256"] = entry.license_sha256
    out["reason"] = entry.reason
    return out


def _organization(policy: Policy) -> dict[str, Any]:
    org = policy.organization
    out: dict[str, Any] = {}
    if org.monthly_active_users is not None:
        out["monthly-active-users"] = org.monthly_active_users
    if org.annual_revenue_usd is not None:
        out["annual-revenue-usd"] = org.annual_revenue_usd
    if org.regions is not None:
        out["regions"] = list(org.regions)
    return out


def policy_document(policy: Policy) -> dict[str, Any]:
    """The effective policy as a policy document with nothing left to extend."""
    doc: dict[str, Any] = {"version": 1, "extends": []}
    if org := _organization(policy):
        doc["organization"] = org
    licenses: dict[str, Any] = {}
    if policy.licenses_allow is not None:
        licenses["allow"] = list(policy.licenses_allow)
    if policy.licenses_deny:
        licenses["deny"] = list(policy.licenses_deny)
    if licenses:
        doc["licenses"] = licenses
    order = TERMS + STATUS_TERMS
    doc["terms"] = {t: policy.terms.get(t, "allow") for t in order}
    doc["lineage"] = policy.lineage
    if policy.exceptions:
        doc["exceptions"] = [_exception(e) for e in policy.exceptions]
    if policy.clarify:
        doc["clarify"] = [_clarification(c) for c in policy.clarify]
    if policy.ignore_paths:
        doc["ignore-paths"] = list(policy.ignore_paths)
    return doc


def render_policy(policy: Policy) -> str:
    """YAML with a header naming every document that was merged, parents first."""
    header = ["# effective weightgate policy, merged from:"]
    header += [f"#   {source}" for source in policy.sources or (policy.source,)]
    body = yaml.dump(
        policy_document(policy),
        Dumper=_Dumper,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return "\n".join(header) + "\n" + body
