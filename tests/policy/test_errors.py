"""Every config error: one line, `file:line: key.path: problem (did you mean ...?)`, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from weightgate.cli import main
from weightgate.errors import WeightgateError
from weightgate.policy.load import load_policy

SHA = "ab" * 32

#: (policy text, the exact error; `{F}` is the file name). Rejected by the loader and the schema.
YAML_ERRORS = [
    ("lincenses: {}\n", "{F}:1: lincenses: unknown key (did you mean 'licenses'?)"),
    (
        "terms:\n  user_cap: deny\n",
        "{F}:2: terms.user_cap: unknown term (did you mean 'user-cap'?)",
    ),
    (
        "terms:\n  user-cap: denyy\n",
        "{F}:2: terms.user-cap: expected deny, warn or allow, got 'denyy' (did you mean 'deny'?)",
    ),
    ("terms: [user-cap]\n", "{F}:1: terms: expected a mapping, got a list"),
    ("terms:\n  gated: true\n", "{F}:2: terms.gated: expected deny, warn or allow, got True"),
    ("version: 2\n", "{F}:1: version: unsupported policy version 2 (this weightgate reads 1)"),
    ("lineage: maybe\n", "{F}:1: lineage: expected true or false, got 'maybe'"),
    (
        "organization:\n  monthly-active-users: 60M\n",
        "{F}:2: organization.monthly-active-users: expected a whole number such as 60000000, "
        "got '60M'",
    ),
    (
        "organization:\n  annual-revenue-usd: -5\n",
        "{F}:2: organization.annual-revenue-usd: expected a whole number such as 60000000, got -5",
    ),
    (
        "organization:\n  users: 5\n",
        "{F}:2: organization.users: unknown key (did you mean 'monthly-active-users'?)",
    ),
    ("organization:\n  regions: EU\n", "{F}:2: organization.regions: expected a list, got 'EU'"),
    (
        "organization:\n  regions: [EU, 'the moon']\n",
        "{F}:2: organization.regions[1]: expected a region code such as EU or US, got 'the moon'",
    ),
    (
        "licenses:\n  deny: [category:noncommercial]\n",
        "{F}:2: licenses.deny[0]: unknown license category 'noncommercial' "
        "(did you mean 'category:non-commercial'?)",
    ),
    ("licenses:\n  block: [mit]\n", "{F}:2: licenses.block: unknown key"),
    ("licenses:\n  allow: mit\n", "{F}:2: licenses.allow: expected a list, got 'mit'"),
    ("exceptions:\n  model: a/b\n", "{F}:1: exceptions: expected a list, got a mapping"),
    ("exceptions:\n  - model: a/b\n", "{F}:2: exceptions[0]: 'reason' is required"),
    ("exceptions:\n  - reason: ok\n", "{F}:2: exceptions[0]: 'model' is required"),
    (
        "exceptions:\n  - model: a/b\n    reason: '  '\n",
        "{F}:3: exceptions[0].reason: a reason is required: say who approved it and why "
        "(a ticket id)",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    reasons: more\n",
        "{F}:4: exceptions[0].reasons: unknown key (did you mean 'reason'?)",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    terms: [user-cap, output-restrictions]\n",
        "{F}:4: exceptions[0].terms[1]: unknown term 'output-restrictions' "
        "(did you mean 'output-restriction'?)",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    license: category:permissive\n",
        "{F}:4: exceptions[0].license: expected a license id here, not a category",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    expires: 2027-13-01\n",
        "{F}:4: exceptions[0].expires: expected a date YYYY-MM-DD, got '2027-13-01'",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    expires: next year\n",
        "{F}:4: exceptions[0].expires: expected a date YYYY-MM-DD, got 'next year'",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    paths: ['/abs/*']\n",
        "{F}:4: exceptions[0].paths[0]: bad glob '/abs/*': paths are relative to the repository "
        "root: drop the leading '/'",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    paths: ['./src']\n",
        "{F}:4: exceptions[0].paths[0]: bad glob './src': write paths without a leading './'",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    paths: ['src\\x']\n",
        "{F}:4: exceptions[0].paths[0]: bad glob 'src\\\\x': use '/' as the path separator",
    ),
    (
        "exceptions:\n  - model: 'meta llama/*'\n    reason: ok\n",
        "{F}:2: exceptions[0].model: bad glob 'meta llama/*': model ids contain no whitespace",
    ),
    (
        "clarify:\n  - model: a/b\n    reason: ok\n",
        "{F}:2: clarify[0]: 'license' is required",
    ),
    (
        "clarify:\n  - model: a/b\n    license: mit\n    reason: ok\n"
        f"    license-sha256: {SHA[:10]}\n",
        "{F}:5: clarify[0].license-sha256: expected 64 hex digits (sha256 of the license text), "
        f"got '{SHA[:10]}'",
    ),
    ("ignore-paths: tests/**\n", "{F}:1: ignore-paths: expected a list, got 'tests/**'"),
    ("extends: [1]\n", "{F}:1: extends[0]: expected a non-empty string, got 1"),
    ("- a\n- b\n", "{F}:1: a policy must be a mapping of keys"),
]

#: Errors the schema cannot express (they need the knowledge base, glob parsing, the file system,
#: the network or the YAML parser).
LOADER_ONLY = [
    (
        "licenses:\n  allow: [mit, apache-2.1]\n",
        "{F}:2: licenses.allow[1]: unknown license 'apache-2.1' (did you mean 'apache-2.0'?)",
    ),
    (
        "licenses:\n  deny:\n    - mit\n    - permissive\n",
        "{F}:4: licenses.deny[1]: unknown license 'permissive' "
        "(did you mean 'category:permissive'?)",
    ),
    (
        "licenses:\n  deny: [zzzz-nothing]\n",
        "{F}:2: licenses.deny[0]: unknown license 'zzzz-nothing' "
        "(`weightgate licenses` lists the known ids)",
    ),
    (
        "exceptions:\n  - model: a/b\n    reason: ok\n    paths: ['src/[ab']\n",
        "{F}:4: exceptions[0].paths[0]: bad glob 'src/[ab': unclosed '['",
    ),
    (
        "ignore-paths: ['a/**b']\n",
        "{F}:1: ignore-paths[0]: bad glob 'a/**b': '**' must be a whole path segment, as in "
        "'a/**/b'",
    ),
    (
        "clarify:\n  - model: a/b\n    license: mitt\n    reason: ok\n",
        "{F}:3: clarify[0].license: unknown license 'mitt' (did you mean 'mit'?)",
    ),
    ("terms: [a\n", "{F}:2: invalid YAML: expected ',' or ']', but got '<stream end>'"),
    ("terms:\n  user-cap: deny\n  user-cap: warn\n", "{F}:3: terms.user-cap: duplicate key"),
    (
        "extends: builtin:comercial\n",
        "{F}:1: extends: unknown preset 'builtin:comercial' (did you mean 'builtin:commercial'?)",
    ),
    (
        "extends: [builtin:default, missing.yaml]\n",
        "{F}:1: extends[1]: cannot read missing.yaml: No such file or directory",
    ),
    (
        "extends: ftp://example.com/p.yaml\n",
        "{F}:1: extends: unsupported extends 'ftp://example.com/p.yaml': use builtin:NAME, "
        "a relative path or https://",
    ),
    (
        "extends: https://example.com/p.yaml\n",
        "{F}:1: extends: a policy URL must be pinned: append #sha256=<64 hex digits>",
    ),
    (
        f"extends: http://example.com/p.yaml#sha256={SHA}\n",
        "{F}:1: extends: policy URLs must use https (http only for 127.0.0.1 / localhost)",
    ),
]

CASES = YAML_ERRORS + LOADER_ONLY


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_yaml_error_message(text: str, expected: str, workdir: Path) -> None:
    (workdir / ".weightgate.yaml").write_text(text)
    with pytest.raises(WeightgateError) as caught:
        load_policy(None, workdir)
    assert str(caught.value) == expected.format(F=".weightgate.yaml")


def test_error_is_one_line_and_exit_2(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / ".weightgate.yaml").write_text("terms:\n  user-cap: block\n")
    for argv in (["policy", "validate"], ["check"], ["scan"], ["policy", "show"]):
        assert main(argv) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith("weightgate: error: .weightgate.yaml:2: terms.user-cap: ")
        assert "Traceback" not in err


TOML_ERRORS = [
    (
        '[tool.weightgate.terms]\nuser-cap = "block"\n',
        "pyproject.toml:2: tool.weightgate.terms.user-cap: expected deny, warn or allow, "
        "got 'block'",
    ),
    (
        "[tool.weightgate]\nlineage = true\nlincenses = {}\n",
        "pyproject.toml:3: tool.weightgate.lincenses: unknown key (did you mean 'licenses'?)",
    ),
    (
        '[tool.weightgate]\n\n[[tool.weightgate.exceptions]]\nmodel = "a/b"\nreason = "x"\n\n'
        '[[tool.weightgate.exceptions]]\nmodel = "a/c"\nreasn = "x"\n',
        "pyproject.toml:9: tool.weightgate.exceptions[1].reasn: unknown key "
        "(did you mean 'reason'?)",
    ),
    (
        "[tool.weightgate]\n"
        "exceptions = [{model = 'a/b', reason = 'x', expires = 2027-06-30T10:00:00}]\n",
        "pyproject.toml:2: tool.weightgate.exceptions[0].expires: expected a date YYYY-MM-DD, "
        "got datetime.datetime(2027, 6, 30, 10, 0)",
    ),
    ("[tool.weightgate]\nlineage = \n", "pyproject.toml:2: invalid TOML: Invalid value"),
]


@pytest.mark.parametrize(("text", "expected"), TOML_ERRORS)
def test_pyproject_error_message(text: str, expected: str, workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text(text)
    with pytest.raises(WeightgateError) as caught:
        load_policy(None, workdir)
    assert str(caught.value) == expected


def test_both_policy_files_is_an_error(workdir: Path) -> None:
    (workdir / ".weightgate.yaml").write_text("lineage: true\n")
    (workdir / "pyproject.toml").write_text("[tool.weightgate]\nlineage = false\n")
    with pytest.raises(WeightgateError, match=r"both \.weightgate\.yaml and"):
        load_policy(None, workdir)


def test_policy_flag_errors(workdir: Path) -> None:
    with pytest.raises(WeightgateError) as caught:
        load_policy("nope.yaml", workdir)
    assert str(caught.value) == "--policy: cannot read nope.yaml: No such file or directory"
    with pytest.raises(WeightgateError) as caught:
        load_policy("builtin:researh", workdir)
    assert str(caught.value) == (
        "--policy: unknown preset 'builtin:researh' (did you mean 'builtin:research'?)"
    )
    (workdir / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    with pytest.raises(WeightgateError) as caught:
        load_policy("pyproject.toml", workdir)
    assert str(caught.value) == "--policy: pyproject.toml has no [tool.weightgate] table"


def test_unreadable_policy_file(workdir: Path) -> None:
    (workdir / ".weightgate.yaml").write_bytes(b"terms: {user-cap: \xff}\n")
    with pytest.raises(WeightgateError) as caught:
        load_policy(None, workdir)
    assert str(caught.value) == ".weightgate.yaml: not UTF-8 text (bad byte at offset 18)"
