"""Nothing weightgate reads is ever executed, unpickled or imported; YAML is only loaded safely.

A static audit of `src/`: every call is checked on the syntax tree (so comments, strings and odd
spacing neither hide nor fake a hit), plus a plain-text net for the unsafe YAML names. Exceptions
are listed below with the reason they are safe; a new one needs a new, justified entry.
"""

from __future__ import annotations

import ast
import json
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "weightgate"

#: Modules that turn bytes into code or objects; none may be imported by weightgate.
BANNED_MODULES = frozenset(
    {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "jsonpickle"}
)
#: Builtins that run code.
BANNED_BUILTINS = frozenset({"eval", "exec", "compile", "__import__"})
#: Attributes of `yaml` that construct arbitrary Python objects.
UNSAFE_YAML = frozenset(
    {"Loader", "UnsafeLoader", "FullLoader", "unsafe_load", "unsafe_load_all", "full_load",
     "full_load_all", "CLoader", "CFullLoader", "CUnsafeLoader"}
)  # fmt: skip
#: yaml functions that take a Loader; it must be a SafeLoader (or a subclass defined in the module).
YAML_LOADING = frozenset({"load", "load_all", "compose", "compose_all", "parse", "scan"})
SAFE_LOADERS = frozenset({"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"})
#: Dynamic imports allowed, each a constant name inside weightgate (never from user data).
ALLOWED_DYNAMIC_IMPORTS = {
    "weightgate.resolve.licensetext": "optional clause detector, loaded by its fixed name",
    "weightgate.report.bom_build": "optional CycloneDX builder, loaded by its fixed name",
}
#: `os` functions that run a shell.
SHELL_FUNCTIONS = frozenset({"system", "popen", "execl", "execlp", "execv", "execvp", "spawnl"})


def sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def dotted(node: ast.AST) -> str:
    """`a.b.c` for a Name/Attribute chain, else ''."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


def safe_loader_classes(tree: ast.Module) -> set[str]:
    """Classes in the module deriving from a safe yaml loader (possibly through each other)."""
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name not in found:
                bases = {dotted(b).rpartition(".")[2] for b in node.bases}
                if bases & (SAFE_LOADERS | found):
                    found.add(node.name)
                    changed = True
    return found


def audit(text: str, where: str) -> list[str]:
    """Every unsafe construct in one module's source, as `where:line: what`."""
    tree = ast.parse(text, where)
    safe_classes = safe_loader_classes(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in BANNED_MODULES:
                    found.append(f"{where}:{line}: imports {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] in BANNED_MODULES:
                found.append(f"{where}:{line}: imports from {node.module}")
            if node.module == "yaml" and {a.name for a in node.names} & UNSAFE_YAML:
                found.append(f"{where}:{line}: imports an unsafe yaml loader")
        elif isinstance(node, ast.Attribute) and dotted(node.value) == "yaml":
            if node.attr in UNSAFE_YAML:
                found.append(f"{where}:{line}: uses yaml.{node.attr}")
        elif isinstance(node, ast.Call):
            found.extend(call_problems(node, where, safe_classes))
    return found


def call_problems(call: ast.Call, where: str, safe_classes: set[str]) -> Iterator[str]:
    name = dotted(call.func)
    line = call.lineno
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    if name in BANNED_BUILTINS:
        yield f"{where}:{line}: calls {name}()"
    if name.startswith("yaml.") and name[5:] in YAML_LOADING:
        loader = keywords.get("Loader") or (call.args[1] if len(call.args) > 1 else None)
        loader_name = dotted(loader).rpartition(".")[2] if loader is not None else ""
        if loader_name not in SAFE_LOADERS | safe_classes:
            yield f"{where}:{line}: {name}() without a SafeLoader"
    if name in ("importlib.import_module", "import_module"):
        target = call.args[0] if call.args else None
        literal = target.value if isinstance(target, ast.Constant) else None
        if literal not in ALLOWED_DYNAMIC_IMPORTS:
            yield f"{where}:{line}: dynamic import of {ast.unparse(target) if target else '?'}"
    shell = keywords.get("shell")
    if shell is not None and not (isinstance(shell, ast.Constant) and shell.value is False):
        yield f"{where}:{line}: {name}(shell=...)"
    command = call.args[0] if name.startswith("subprocess.") and call.args else None
    if isinstance(command, (ast.Constant, ast.JoinedStr, ast.BinOp)):  # a command string
        yield f"{where}:{line}: {name}() with a command that is not an argument list"
    if name.startswith("os.") and name[3:] in SHELL_FUNCTIONS:
        yield f"{where}:{line}: calls {name}()"


def test_there_is_source_to_audit() -> None:
    assert len(sources()) > 20


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_unsafe_construct(path: Path) -> None:
    assert audit(path.read_text("utf-8"), path.relative_to(SRC.parent).as_posix()) == []


def test_no_unsafe_yaml_name_even_in_text() -> None:
    """A plain-text net under the syntax check (catches getattr tricks and re-exports)."""
    pattern = re.compile(r"\b(FullLoader|UnsafeLoader|unsafe_load|full_load)\b|yaml\.Loader\b")
    hits = [
        f"{p.relative_to(SRC).as_posix()}:{n}: {line.strip()}"
        for p in sources()
        for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hits == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("import yaml\nyaml.load(t, Loader=yaml.Loader)\n", "yaml.Loader"),
        ("import yaml\nyaml.load(t)\n", "without a SafeLoader"),
        ("import yaml\nyaml.load(t, yaml.FullLoader)\n", "yaml.FullLoader"),
        ("from yaml import UnsafeLoader\n", "unsafe yaml loader"),
        ("import yaml\nclass L(yaml.Loader): pass\nyaml.load(t, Loader=L)\n", "SafeLoader"),
        ("eval(x)\n", "eval()"),
        ("exec(x)\n", "exec()"),
        ("import pickle\n", "imports pickle"),
        ("from marshal import loads\n", "marshal"),
        ("import importlib\nimportlib.import_module(name)\n", "dynamic import of name"),
        ("import subprocess\nsubprocess.run(cmd, shell=True)\n", "shell=..."),
        ("import subprocess\nsubprocess.run('git ls-files')\n", "not an argument list"),
        ("import os\nos.system('x')\n", "os.system"),
    ],
)
def test_the_audit_catches(code: str, expected: str) -> None:
    found = audit(code, "probe.py")
    assert any(expected in p for p in found), found


def test_the_audit_accepts_safe_loading() -> None:
    code = (
        "import yaml\nclass L(yaml.SafeLoader): pass\nclass M(L): pass\n"
        "yaml.load(t, Loader=M)\nyaml.compose_all(t, Loader=yaml.SafeLoader)\n"
        "import subprocess\nsubprocess.run(['git', 'ls-files'], shell=False)\n"
        "import importlib\nimportlib.import_module('weightgate.resolve.licensetext')\n"
    )
    assert audit(code, "probe.py") == []


class _Payload:
    """Pickles to a call that leaves a marker file when unpickled."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.marker, "w"))


def hostile_repo(root: Path) -> None:
    """Files that leave a PWNED-* marker if weightgate ever runs, imports or unpickles them."""
    touch = 'open("PWNED-{}", "w").close()\n'
    for name in ("evil.py", "conftest.py", "setup.py", "yaml.py", "json.py", "huggingface_hub.py"):
        (root / name).write_text(
            touch.format(name) + 'AutoModel.from_pretrained("org/from-python")\n'
        )
    (root / "sitecustomize.py").write_text(touch.format("sitecustomize"))
    (root / "config.yaml").write_text(
        'model: !!python/object/apply:os.system ["touch PWNED-yaml-tag"]\n'
        "other: !!python/object/new:builtins.open [PWNED-yaml-new, w]\n"
        "model_id: org/from-yaml\n"
    )
    (root / "model.pkl").write_bytes(pickle.dumps(_Payload("PWNED-pickle")))
    (root / "pytorch_model.bin").write_bytes(pickle.dumps(_Payload("PWNED-bin")))


@pytest.mark.parametrize("command", [["scan"], ["check", "--offline"]])
def test_nothing_in_the_scanned_repository_is_executed(command: list[str], tmp_path: Path) -> None:
    hostile_repo(tmp_path)
    exe = Path(sys.executable).with_name("weightgate")  # the console script the hook runs
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "PYTHON"))}
    done = subprocess.run(
        [str(exe), *command, "--format", "json", "."],
        cwd=tmp_path,
        env={**env, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / ".hf")},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stdout + done.stderr
    assert done.returncode in (0, 1), done.stderr
    assert sorted(p.name for p in tmp_path.glob("PWNED*")) == []
    ids = {r["id"] for r in json.loads(done.stdout)["refs"]}
    assert "org/from-python" in ids  # the files were read, as text
