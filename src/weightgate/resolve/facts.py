"""What the Hub said about one (model id, revision): the raw facts a lockfile records."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, get_args

from weightgate.model import Status

Key = tuple[str, str | None]
#: `GET https://host:port/` in a request label: the endpoint, which the lockfile must not record.
_ENDPOINT = re.compile(r"\b(GET|HEAD) https?://[^/\s]+/")

_STR_FIELDS = (
    "revision",
    "canonical_id",
    "sha",
    "license",
    "license_name",
    "license_link",
    "base_model_relation",
    "license_text_sha256",
    "detail",
)


@dataclass(frozen=True)
class HubFacts:
    """Card metadata as served by the Hub, before any interpretation."""

    id: str
    revision: str | None = None
    canonical_id: str | None = None
    sha: str | None = None
    license: str | None = None
    license_name: str | None = None
    license_link: str | None = None
    base_models: tuple[str, ...] = ()
    base_model_relation: str | None = None
    gated: bool = False
    license_text_sha256: str | None = None
    license_text: str | None = None
    #: What clause detection found in the license text (JSON form, owned by licensetext.py).
    detected: dict[str, Any] | None = None
    status: Status = "ok"
    detail: str = ""

    @property
    def key(self) -> Key:
        return (self.id, self.revision)

    @property
    def portable_detail(self) -> str:
        """The detail without the endpoint that answered (`GET /api/models/...`)."""
        return _ENDPOINT.sub(r"\1 /", self.detail)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["base_models"] = list(self.base_models)
        data.pop("license_text")  # the lockfile keeps the hash, not the text
        data["detail"] = self.portable_detail  # the same file whichever Hub answered
        return {k: v for k, v in data.items() if v not in (None, "", [], False) or k == "id"}

    @classmethod
    def from_json(cls, data: Any) -> HubFacts:
        """Facts from a lockfile entry; ValueError naming the field when the shape is wrong."""
        if not isinstance(data, dict):
            raise ValueError(f"entry is not an object: {data!r}"[:120])
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        fields.pop("license_text", None)
        where = f"entry {data.get('id')!r}"
        if not isinstance(fields.get("id"), str) or not fields["id"]:
            raise ValueError(f"{where}: 'id' must be a non-empty string")
        for name in _STR_FIELDS:
            if not isinstance(fields.get(name), (str, type(None))):
                raise ValueError(f"{where}: {name!r} must be a string")
        bases = fields.get("base_models", [])
        if not isinstance(bases, list) or not all(isinstance(b, str) for b in bases):
            raise ValueError(f"{where}: 'base_models' must be a list of strings")
        fields["base_models"] = tuple(bases)
        if not isinstance(fields.get("gated", False), bool):
            raise ValueError(f"{where}: 'gated' must be true or false")
        if not isinstance(fields.get("detected"), (dict, type(None))):
            raise ValueError(f"{where}: 'detected' must be an object")
        if fields.get("status", "ok") not in get_args(Status):
            raise ValueError(f"{where}: unknown status {fields.get('status')!r}")
        return cls(**fields)
