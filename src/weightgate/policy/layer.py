"""One policy document as a Layer: exceptions, clarifications and the top-level keys."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from weightgate.policy.model import Action, Clarification, Exception_, Organization
from weightgate.policy.source import Document
from weightgate.policy.validate import (
    CLARIFY_KEYS,
    CLARIFY_REQUIRED,
    EXCEPTION_KEYS,
    EXCEPTION_REQUIRED,
    TOP_KEYS,
    boolean,
    date,
    license_id,
    licenses,
    mapping,
    model_glob,
    organization,
    path_globs,
    show,
    string,
    strings,
    term_list,
    terms,
)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Layer:
    """What one document says, before merging; None means the key was not given."""

    origin: str
    extends: tuple[str, ...] | None
    terms: Mapping[str, Action]
    licenses_allow: tuple[str, ...] | None
    licenses_deny: tuple[str, ...]
    organization: Organization
    lineage: bool | None
    exceptions: tuple[Exception_, ...]
    clarify: tuple[Clarification, ...]
    ignore_paths: tuple[str, ...]


def _reason(doc: Document, path: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise doc.fail(path, "a reason is required: say who approved it and why (a ticket id)")
    return value.strip()


def exceptions(doc: Document, raw: Any) -> tuple[Exception_, ...]:
    if not isinstance(raw, list):
        raise doc.fail("exceptions", f"expected a list, got {show(raw)}")
    out = []
    for i, item in enumerate(raw):
        path = f"exceptions[{i}]"
        entry = mapping(doc, path, item, EXCEPTION_KEYS, EXCEPTION_REQUIRED)
        out.append(
            Exception_(
                model=model_glob(doc, f"{path}.model", entry["model"]),
                reason=_reason(doc, f"{path}.reason", entry["reason"]),
                terms=term_list(doc, f"{path}.terms", entry["terms"]) if "terms" in entry else None,
                license=license_id(doc, f"{path}.license", entry["license"], category_ok=False)
                if "license" in entry
                else None,
                paths=path_globs(doc, f"{path}.paths", entry["paths"]) if "paths" in entry else (),
                expires=date(doc, f"{path}.expires", entry["expires"])
                if "expires" in entry
                else None,
                origin=doc.origin,
                line=doc.line(path) or 1,
            )
        )
    return tuple(out)


def _sha256(doc: Document, path: str, value: Any) -> str:
    text = string(doc, path, value).lower()
    if not _SHA256.match(text):
        raise doc.fail(path, f"expected 64 hex digits (sha256 of the license text), got {value!r}")
    return text


def clarifications(doc: Document, raw: Any) -> tuple[Clarification, ...]:
    if not isinstance(raw, list):
        raise doc.fail("clarify", f"expected a list, got {show(raw)}")
    out = []
    for i, item in enumerate(raw):
        path = f"clarify[{i}]"
        entry = mapping(doc, path, item, CLARIFY_KEYS, CLARIFY_REQUIRED)
        out.append(
            Clarification(
                model=model_glob(doc, f"{path}.model", entry["model"]),
                license=license_id(doc, f"{path}.license", entry["license"], category_ok=False),
                reason=_reason(doc, f"{path}.reason", entry["reason"]),
                origin=doc.origin,
                line=doc.line(path) or 1,
                license_sha256=_sha256(doc, f"{path}.license-sha256", entry["license-sha256"])
                if "license-sha256" in entry
                else None,
            )
        )
    return tuple(out)


def _extends(doc: Document, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        return (string(doc, "extends", raw),)
    return tuple(v for _p, v in strings(doc, "extends", raw))


def _version(doc: Document, raw: Any) -> None:
    if raw != 1 or isinstance(raw, bool):
        raise doc.fail("version", f"unsupported policy version {raw!r} (this weightgate reads 1)")


def layer(doc: Document) -> Layer:
    """Validate every key of one document."""
    data = mapping(doc, "", doc.data, TOP_KEYS)
    if "version" in data:
        _version(doc, data["version"])
    allow, deny = licenses(doc, data["licenses"]) if "licenses" in data else (None, ())
    return Layer(
        origin=doc.origin,
        extends=_extends(doc, data["extends"]) if "extends" in data else None,
        terms=terms(doc, data["terms"]) if "terms" in data else {},
        licenses_allow=allow,
        licenses_deny=deny,
        organization=organization(doc, data["organization"])
        if "organization" in data
        else Organization(),
        lineage=boolean(doc, "lineage", data["lineage"]) if "lineage" in data else None,
        exceptions=exceptions(doc, data["exceptions"]) if "exceptions" in data else (),
        clarify=clarifications(doc, data["clarify"]) if "clarify" in data else (),
        ignore_paths=path_globs(doc, "ignore-paths", data["ignore-paths"])
        if "ignore-paths" in data
        else (),
    )
