"""What the Hub said about one (model id, revision): the raw facts a lockfile records."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from weightgate.model import Status

Key = tuple[str, str | None]


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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["base_models"] = list(self.base_models)
        data.pop("license_text")  # the lockfile keeps the hash, not the text
        return {k: v for k, v in data.items() if v not in (None, "", [], False) or k == "id"}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HubFacts:
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        fields["base_models"] = tuple(fields.get("base_models", ()))
        return cls(**fields)
