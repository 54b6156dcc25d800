"""The CycloneDX 1.6 ML-BOM, built with `cyclonedx-python-lib` (imported by `cyclonedx.py` only
when the format is asked for, since the library is the optional extra `weightgate[bom]`)."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid

from cyclonedx.model import ExternalReference, ExternalReferenceType, Property, XsUri
from cyclonedx.model.bom import Bom, BomMetaData
from cyclonedx.model.component import Component, ComponentType, Pedigree
from cyclonedx.model.license import DisjunctiveLicense, LicenseAcknowledgement
from cyclonedx.model.tool import ToolRepository
from cyclonedx.output import make_outputter
from cyclonedx.schema import OutputFormat, SchemaVersion
from packageurl import PackageURL

from weightgate import __version__
from weightgate.licenses import knowledge_base
from weightgate.model import ModelReport, Report, Resolution
from weightgate.report import fields

HUB_URL = "https://huggingface.co"


def purl_parts(model_id: str) -> tuple[str | None, str]:
    """`org/name` -> (org, name); a bare legacy id has no namespace."""
    org, _, name = model_id.rpartition("/")
    return (org or None), name


def _licenses(r: Resolution) -> list[DisjunctiveLicense]:
    """SPDX id when the license has one, else its name and URL; `concluded` for clarifications."""
    ack = LicenseAcknowledgement
    acknowledged = ack.CONCLUDED if r.source == "override" else ack.DECLARED
    record = knowledge_base().lookup(r.license, r.license_name)
    if record is not None and not record.specified:  # `other`/`unknown`: keep the card's name
        record = None
    if record is not None and record.spdx:
        return [DisjunctiveLicense(id=record.spdx, acknowledgement=acknowledged)]
    if record is not None:
        url = XsUri(record.url) if record.url else None
        return [DisjunctiveLicense(name=record.name, url=url, acknowledgement=acknowledged)]
    name = r.license_name or r.license
    return [DisjunctiveLicense(name=name, acknowledgement=acknowledged)] if name else []


def _properties(r: Resolution, refs: list[str]) -> list[Property]:
    values: list[tuple[str, str]] = [
        ("weightgate:license", r.license or ""),
        ("weightgate:source", r.source),
        ("weightgate:status", r.status),
    ]
    if r.revision:
        values.append(("weightgate:revision", r.revision))
    values += [(f"weightgate:term:{k}", json.dumps(v)) for k, v in fields.terms_json(r).items()]
    values += [("weightgate:reference", ref) for ref in refs]
    return [Property(name=k, value=v) for k, v in values if v]


def _component(
    r: Resolution, bom_ref: str, refs: list[str], ancestors: list[Component]
) -> Component:
    org, name = purl_parts(r.id)
    sha = r.sha.lower() if r.sha else None
    return Component(
        type=ComponentType.MACHINE_LEARNING_MODEL,
        name=name,
        group=org,
        version=sha or r.revision,
        bom_ref=bom_ref,
        purl=PackageURL(type="huggingface", namespace=org, name=name, version=sha),
        licenses=_licenses(r),
        properties=_properties(r, refs),
        external_references=[
            ExternalReference(
                type=ExternalReferenceType.DISTRIBUTION,
                url=XsUri(f"{HUB_URL}/{r.id}"),
            )
        ],
        pedigree=Pedigree(ancestors=ancestors) if ancestors else None,
    )


def _model_component(m: ModelReport, report: Report, taken: set[str]) -> Component:
    r = m.resolution
    base = f"pkg:huggingface/{r.id}" + (f"@{r.sha.lower()}" if r.sha else "")
    bom_ref, n = base, 1
    while bom_ref in taken:
        n += 1
        bom_ref = f"{base}#{n}"
    taken.add(bom_ref)
    refs = sorted(
        f"{ref.path}:{ref.line}:{ref.column}"
        for ref in report.refs
        if ref.kind == "model"
        and ref.key in ((r.requested or r.id, r.revision), (r.id, r.revision))
    )
    ancestors = [_component(a, f"{bom_ref}|ancestor:{a.id}", [], []) for a in m.ancestors]
    return _component(r, bom_ref, refs, ancestors)


def _timestamp() -> dt.datetime:
    """SOURCE_DATE_EPOCH (reproducible builds) when set, else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    return dt.datetime.now(tz=dt.timezone.utc)


def render_check(report: Report) -> str:
    taken: set[str] = set()
    components = [_model_component(m, report, taken) for m in report.models]
    tool = Component(type=ComponentType.APPLICATION, name="weightgate", version=__version__)
    serial = uuid.uuid5(uuid.NAMESPACE_URL, "weightgate:" + "\n".join(sorted(taken)))
    bom = Bom(
        components=components,
        serial_number=serial,
        metadata=BomMetaData(tools=ToolRepository(components=[tool]), timestamp=_timestamp()),
    )
    text: str = make_outputter(bom, OutputFormat.JSON, SchemaVersion.V1_6).output_as_string(
        indent=2
    )
    return text + "\n"
