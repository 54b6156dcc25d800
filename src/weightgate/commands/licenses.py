"""`weightgate licenses [ID]`: the knowledge base, as a list or one license with its evidence."""

from __future__ import annotations

import argparse
import difflib
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from weightgate.commands import common

if TYPE_CHECKING:
    from weightgate.licenses import LicenseRecord

HELP = "list the licenses weightgate knows, or show one license's terms and the clauses behind them"
JSON_VERSION = 1


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id", nargs="?", metavar="ID", help="license id, Hub id or license_name slug"
    )
    common.add_output(parser, ["text", "json"])
    common.add_verbosity(parser)


def run(args: argparse.Namespace) -> int:
    from weightgate.errors import WeightgateError
    from weightgate.licenses import knowledge_base

    kb = knowledge_base()
    records = kb.records
    if args.id:
        record = kb.lookup(args.id, args.id)
        if record is None:
            raise WeightgateError(f"unknown license {args.id!r}{_did_you_mean(args.id)}")
        records = (record,)
    if args.format == "json":
        doc = {
            "version": JSON_VERSION,
            "knowledge_base": kb.version,
            "licenses": [record_json(r) for r in records],
        }
        text = json.dumps(doc, indent=2) + "\n"
    elif args.id:
        text = render_record(records[0])
    else:
        text = render_list(records, kb.version)
    common.emit(text, args)
    return common.EXIT_OK


def _did_you_mean(value: str) -> str:
    from weightgate.licenses import knowledge_base, normalize

    kb = knowledge_base()
    names: dict[str, str] = {}
    for record in kb.records:
        for key in (record.id, *record.hub_ids, *record.aliases):
            names.setdefault(normalize(key), record.id)
    close = difflib.get_close_matches(normalize(value), list(names), n=5, cutoff=0.6)
    ids = list(dict.fromkeys(names[c] for c in close))[:3]
    hint = f"; did you mean {', '.join(ids)}?" if ids else ""
    return hint + " (`weightgate licenses` lists them all)"


def _value(value: object) -> Any:
    return list(value) if isinstance(value, tuple) else value


def record_json(record: LicenseRecord) -> dict[str, Any]:
    """One knowledge-base record as the JSON document lays it out."""
    return {
        "id": record.id,
        "name": record.name,
        "category": record.category,
        "hub_ids": list(record.hub_ids),
        "aliases": list(record.aliases),
        "spdx": record.spdx,
        "url": record.url,
        "terms": {k: _value(v) for k, v in record.terms.items()},
        "evidence": [
            {"term": e.term, "quote": e.quote, "section": e.section} for e in record.evidence
        ],
        "notes": record.notes,
    }


def term_label(term: str, value: object) -> str:
    """`user-cap=700000000`, `region-restriction=EU`, or just the flag's name."""
    if value is True:
        return term
    shown = ",".join(value) if isinstance(value, tuple) else value
    return f"{term}={shown}"


def render_list(records: Sequence[LicenseRecord], version: str) -> str:
    width = min(28, max(len(r.id) for r in records))
    cat_width = max(len(r.category) for r in records)
    lines = [f"{'ID':<{width}}  {'CATEGORY':<{cat_width}}  KEY TERMS / NAME"]
    for r in records:
        terms = " ".join(term_label(t, v) for t, v in r.terms.items()) or "-"
        ident = r.id if len(r.id) <= width else f"{r.id}\n{'':<{width}}"
        lines.append(f"{ident:<{width}}  {r.category:<{cat_width}}  {terms}")
        lines.append(f"{'':<{width}}  {'':<{cat_width}}  {r.name}")
    lines.append(f"\n{len(records)} licenses, knowledge base {version}")
    return "\n".join(lines) + "\n"


def render_record(record: LicenseRecord) -> str:
    lines = [
        f"{record.id}: {record.name}",
        f"  category: {record.category}",
        f"  hub ids:  {', '.join(record.hub_ids) or '-'}",
        f"  aliases:  {', '.join(record.aliases) or '-'}",
        f"  spdx:     {record.spdx or '-'}",
        f"  url:      {record.url or '-'}",
    ]
    if record.notes:
        lines.append(f"  notes:    {record.notes}")
    lines.append("  terms:" if record.terms else "  terms:    none")
    for evidence in record.evidence:
        lines.append(f"    {term_label(evidence.term, record.terms[evidence.term])}")
        lines.append(f'      "{evidence.quote}" ({evidence.section})')
    return "\n".join(lines) + "\n"
