"""Checks for the values of a policy document; every mistake is one located error."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from weightgate.licenses import CATEGORIES, knowledge_base, normalize
from weightgate.model import STATUS_TERMS, TERMS
from weightgate.policy.globs import model_glob_problem, path_glob_problem
from weightgate.policy.model import ACTIONS, LICENSE_RULES, Action, Organization
from weightgate.policy.source import Document

TOP_KEYS = (
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
ORGANIZATION_KEYS = ("monthly-active-users", "annual-revenue-usd", "regions")
LICENSES_KEYS = ("allow", "deny")
EXCEPTION_KEYS = ("model", "terms", "license", "paths", "reason", "expires")
EXCEPTION_REQUIRED = ("model", "reason")
CLARIFY_KEYS = ("model", "license", "license-sha256", "reason")
CLARIFY_REQUIRED = ("model", "license", "reason")
#: What an exception's `terms:` may name.
WAIVABLE = TERMS + STATUS_TERMS + LICENSE_RULES
_REGION = re.compile(r"^[A-Z][A-Z0-9-]{1,9}$")


def suggest(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` when a choice is close, else empty."""
    import difflib  # only on the error path

    options = list(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    close = close or [c for c in options if len(word) > 3 and word.lower() in c]
    return f" (did you mean {close[0]!r}?)" if close else ""


def show(value: Any) -> str:
    return (
        "a list"
        if isinstance(value, list)
        else "a mapping"
        if isinstance(value, dict)
        else repr(value)
    )


def mapping(
    doc: Document,
    path: str,
    value: Any,
    keys: tuple[str, ...],
    required: tuple[str, ...] = (),
    *,
    what: str = "key",
) -> dict[str, Any]:
    """A mapping with known keys only, and every required key present."""
    if not isinstance(value, dict):
        raise doc.fail(path, f"expected a mapping, got {show(value)}")
    prefix = f"{path}." if path else ""
    for key in value:
        if key not in keys:
            raise doc.fail(f"{prefix}{key}", f"unknown {what}" + suggest(str(key), keys))
    for key in required:
        if key not in value or value[key] in (None, ""):
            raise doc.fail(f"{prefix}{key}" if key in value else path, f"'{key}' is required")
    return value


def string(doc: Document, path: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise doc.fail(path, f"expected a non-empty string, got {show(value)}")
    return value.strip()


def strings(doc: Document, path: str, value: Any) -> list[tuple[str, str]]:
    """(key path, string) for each item of a list of strings."""
    if not isinstance(value, list):
        raise doc.fail(path, f"expected a list, got {show(value)}")
    return [(f"{path}[{i}]", string(doc, f"{path}[{i}]", v)) for i, v in enumerate(value)]


def integer(doc: Document, path: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise doc.fail(path, f"expected a whole number such as 60000000, got {show(value)}")
    return value


def boolean(doc: Document, path: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise doc.fail(path, f"expected true or false, got {show(value)}")
    return value


def date(doc: Document, path: str, value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return dt.date.fromisoformat(value.strip())
    except ValueError:
        pass
    raise doc.fail(path, f"expected a date YYYY-MM-DD, got {show(value)}")


def categories() -> tuple[str, ...]:
    """The shared category list plus any the knowledge base uses."""
    found = {r.category for r in knowledge_base().records}
    return CATEGORIES + tuple(sorted(found - set(CATEGORIES)))


def license_id(doc: Document, path: str, value: Any, *, category_ok: bool) -> str:
    """A knowledge-base license id (canonical form), or `category:NAME` where allowed."""
    text = string(doc, path, value)
    cats = categories()
    if text.startswith("category:"):
        name = text.split(":", 1)[1]
        if not category_ok:
            raise doc.fail(path, "expected a license id here, not a category")
        if name not in cats:
            hint = suggest(name, cats).replace("'", "'category:", 1)
            raise doc.fail(path, f"unknown license category {name!r}{hint}")
        return text
    record = knowledge_base().lookup(text)
    if record is not None:
        return record.id
    if text in cats and category_ok:
        raise doc.fail(path, f"unknown license {text!r} (did you mean 'category:{text}'?)")
    known = sorted({k for r in knowledge_base().records for k in (r.id, *r.hub_ids)})
    hint = suggest(normalize(text), known) or " (`weightgate licenses` lists the known ids)"
    raise doc.fail(path, f"unknown license {text!r}{hint}")


def _action(doc: Document, path: str, value: Any) -> Action:
    for action in ACTIONS:
        if value == action:
            return action
    hint = suggest(str(value), ACTIONS) if isinstance(value, str) else ""
    raise doc.fail(path, f"expected deny, warn or allow, got {show(value)}{hint}")


def terms(doc: Document, raw: Any) -> dict[str, Action]:
    table = mapping(doc, "terms", raw, TERMS + STATUS_TERMS, what="term")
    return {str(k): _action(doc, f"terms.{k}", v) for k, v in table.items()}


def term_list(doc: Document, path: str, value: Any) -> tuple[str, ...]:
    out = []
    for item_path, name in strings(doc, path, value):
        if name not in WAIVABLE:
            raise doc.fail(item_path, f"unknown term {name!r}" + suggest(name, WAIVABLE))
        out.append(name)
    return tuple(out)


def path_globs(doc: Document, path: str, value: Any) -> tuple[str, ...]:
    out = []
    for item_path, pattern in strings(doc, path, value):
        problem = path_glob_problem(pattern)
        if problem:
            raise doc.fail(item_path, f"bad glob {pattern!r}: {problem}")
        out.append(pattern)
    return tuple(out)


def model_glob(doc: Document, path: str, value: Any) -> str:
    pattern = string(doc, path, value)
    problem = model_glob_problem(pattern)
    if problem:
        raise doc.fail(path, f"bad glob {pattern!r}: {problem}")
    return pattern


def organization(doc: Document, raw: Any) -> Organization:
    org = mapping(doc, "organization", raw, ORGANIZATION_KEYS)
    regions = None
    if "regions" in org:
        regions = []
        for item_path, code in strings(doc, "organization.regions", org["regions"]):
            if not _REGION.match(code.upper()):
                raise doc.fail(item_path, f"expected a region code such as EU or US, got {code!r}")
            regions.append(code.upper())
    mau, revenue = org.get("monthly-active-users"), org.get("annual-revenue-usd")
    return Organization(
        monthly_active_users=None
        if mau is None
        else integer(doc, "organization.monthly-active-users", mau),
        annual_revenue_usd=None
        if revenue is None
        else integer(doc, "organization.annual-revenue-usd", revenue),
        regions=tuple(regions) if regions is not None else None,
    )


def licenses(doc: Document, raw: Any) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    table = mapping(doc, "licenses", raw, LICENSES_KEYS)
    lists = {
        key: tuple(
            license_id(doc, p, v, category_ok=True)
            for p, v in strings(doc, f"licenses.{key}", table[key])
        )
        for key in LICENSES_KEYS
        if key in table
    }
    return lists.get("allow"), lists.get("deny", ())
