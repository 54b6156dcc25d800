"""Finding prose, built once per rule; reporters only lay it out."""

from __future__ import annotations

from weightgate.model import ModelRef, Resolution, TermValue

_TERM_TEXT = {
    "user-cap": "licensees above {value:,} monthly active users need a separate license",
    "revenue-cap": "free only below USD {value:,} annual revenue",
    "non-commercial": "commercial use is not granted",
    "research-only": "licensed for research / non-production use only",
    "output-restriction": "outputs may not be used to train or improve other models",
    "use-restrictions": "an acceptable-use policy applies and must be passed on to users",
    "hosting-restriction": "offering it as a hosted service needs a separate license",
    "region-restriction": "rights are not granted in {value}",
    "attribution": "requires a visible attribution notice",
    "naming": "derivative models must carry the licensor's name prefix",
    "copyleft": "{value} copyleft: derivatives must be shared under the same license",
}


def _license_label(resolution: Resolution) -> str:
    return resolution.license_name or resolution.license or "an unknown license"


def message_for(
    term: str,
    value: TermValue,
    resolution: Resolution,
    top: Resolution | None,
    via: tuple[str, ...],
) -> str:
    """One sentence: which model, which license, what the term demands, and where it came from."""
    if term == "unknown":
        text = f"license of {resolution.id} could not be determined: {resolution.detail}"
    elif term == "unresolved":
        text = f"{resolution.id} could not be looked up ({resolution.status}): {resolution.detail}"
    elif term == "gated":
        text = f"{resolution.id} is gated: its terms must be accepted on the Hub before use"
    else:
        shown: object = ", ".join(value) if isinstance(value, tuple) else value
        clause = _TERM_TEXT.get(term, term).format(value=shown)
        text = f"{resolution.id} is under {_license_label(resolution)}: {clause}"
    if via and top is not None:
        text += f" (inherited: {' -> '.join((top.id, *via))})"
    return text


def help_for(term: str, ref: ModelRef, resolution: Resolution) -> str:
    """The concrete fix: the exception stanza to paste, or what to run."""
    if term == "unresolved" and resolution.status == "offline":
        return "run `weightgate lock` with network access and commit weightgate.lock"
    if term == "unresolved":
        return (
            "check the model id and your network/HF_TOKEN, "
            "or add a `clarify:` entry with its license"
        )
    if term == "unknown":
        return (
            f"add to .weightgate.yaml: clarify: [{{model: {ref.id}, license: <id>, "
            "reason: <where you checked>}]"
        )
    return (
        f"if legal approved this use, add to .weightgate.yaml: exceptions: [{{model: {ref.id}, "
        f"terms: [{term}], license: {resolution.license}, reason: <ticket>, "
        "expires: <YYYY-MM-DD>}]"
    )
