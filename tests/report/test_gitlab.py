"""`--format gitlab`: the code-quality report GitLab shows in merge requests."""

from __future__ import annotations

import json
from dataclasses import replace

from tests.report import samples
from weightgate.model import ScanError
from weightgate.report import gitlab


def test_code_quality_issues() -> None:
    report = replace(samples.lineage_report(), errors=(ScanError("bad.yaml", "oops", 2),))
    issues = json.loads(gitlab.render_check(report))
    assert [i["check_name"] for i in issues] == [
        "weightgate/output-restriction",
        "weightgate/user-cap",
        "weightgate/use-restrictions",
        "weightgate/scan-error",
    ]
    assert [i["severity"] for i in issues] == ["major", "major", "minor", "major"]
    first = issues[0]
    assert first["location"] == {"path": "train.py", "lines": {"begin": 4}}
    assert "help: if legal approved" in first["description"]
    assert len({i["fingerprint"] for i in issues}) == 4


def test_fingerprints_survive_line_moves() -> None:
    a = json.loads(gitlab.render_check(samples.lineage_report(line=4)))
    b = json.loads(gitlab.render_check(samples.lineage_report(line=90)))
    assert [i["fingerprint"] for i in a] == [i["fingerprint"] for i in b]
