"""Reports built from real pipeline values, for the reporter tests."""

from __future__ import annotations

from dataclasses import replace

from weightgate.licenses import knowledge_base
from weightgate.model import Finding, ModelRef, ModelReport, Report, Resolution

SHA = "0123456789abcdef0123456789abcdef01234567"
BASE_SHA = "89abcdef0123456789abcdef0123456789abcdef"
HOSTILE_PATH = "src/evil,line=1::x%0A::error::pwned\n::warning file=a.py::injected.py"
HOSTILE_LICENSE = "Custom\r\n::error file=owned.py::injected %0A [click](https://evil.example) @org"


def llama(model_id: str = "meta-llama/Llama-2-7b-hf", sha: str = BASE_SHA) -> Resolution:
    record = knowledge_base().lookup("llama2")
    assert record is not None
    return Resolution(
        id=model_id,
        requested=model_id,
        sha=sha,
        license="llama2",
        source="lock",
        terms=dict(record.terms),
        evidence=record.evidence,
    )


def finding(rule: str, path: str = "train.py", line: int = 4, **changes: object) -> Finding:
    base = Finding(
        rule=rule,
        severity="error",
        model="acme/llama-ft",
        license="llama2",
        path=path,
        line=line,
        column=9,
        message=f"acme/llama-ft is under llama2: {rule} message",
        help=f"if legal approved this use, add an exception for {rule}",
        via=("meta-llama/Llama-2-7b-hf",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def lineage_report(line: int = 4) -> Report:
    """A fine-tune of Llama 2 (inherits its terms) plus a permissive model."""
    ft = Resolution(
        id="acme/llama-ft",
        requested="acme/llama-ft",
        sha=SHA,
        license="apache-2.0",
        source="hub",
        base_models=("meta-llama/Llama-2-7b-hf",),
    )
    gpt2 = Resolution(
        id="openai-community/gpt2", requested="openai-community/gpt2", sha=SHA, license="mit"
    )
    refs = (
        ModelRef("train.py", line, 9, "acme/llama-ft", scanner="python"),
        ModelRef("app.py", 2, 17, "openai-community/gpt2", scanner="python"),
    )
    findings = (
        finding("output-restriction", line=line),
        finding("use-restrictions", line=line, severity="warning"),
        finding("user-cap", line=line),
    )
    return Report(
        refs=refs,
        errors=(),
        models=(
            ModelReport(ft, (llama(),)),
            ModelReport(gpt2),
        ),
        findings=findings,
        files=2,
        kb_version=knowledge_base().version,
    )


def hostile_report() -> Report:
    """File names from contributors and license names from remote cards, at their worst."""
    res = Resolution(
        id="evil/model",
        requested="evil/model",
        license="other",
        license_name=HOSTILE_LICENSE,
        status="unknown",
    )
    bad = Finding(
        rule="unknown",
        severity="error",
        model="evil/model",
        license="other",
        path=HOSTILE_PATH,
        line=3,
        column=1,
        message=f"license of evil/model could not be determined: the card says {HOSTILE_LICENSE}",
        help="add a clarify: entry\n::error::second injection",
    )
    return Report(
        refs=(ModelRef(HOSTILE_PATH, 3, 1, "evil/model"),),
        errors=(),
        models=(ModelReport(res),),
        findings=(bad,),
        files=1,
        kb_version="test",
    )


def many_findings(n: int, severity: str = "error") -> Report:
    findings = tuple(
        finding("user-cap", path=f"f{i:05}.py", line=i + 1, severity=severity) for i in range(n)
    )
    return replace(lineage_report(), findings=findings)
