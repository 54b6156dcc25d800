"""`weightgate scan`: discovery only; never touches the network."""

from __future__ import annotations

import argparse
from pathlib import Path

from weightgate.commands import common

HELP = "list model references; never touches the network"
EPILOG = (
    "reads Python, notebooks, JavaScript/TypeScript (also .vue, .svelte), Go, Java, Kotlin, C#, "
    "Rust, Swift, Dart, C/C++, PHP, Ruby, Elixir, Nix, Lua, Vim script, Emacs Lisp, YAML, JSON, "
    "TOML, INI, .env, Markdown, reStructuredText and "
    "model cards, Dockerfiles, shell and cluster job scripts (.slurm, .sbatch), Makefiles, "
    "Terraform, jsonnet, systemd and supervisord units and Ollama Modelfiles (and *.example "
    "copies); skips .gitignored and vendored files; templated ids and unreadable files are "
    "listed under errors (exit 1)"
)


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_paths(parser)
    common.add_policy(parser)
    common.add_output(parser, ["text", "json"])
    common.add_verbosity(parser)


def run(args: argparse.Namespace) -> int:
    from weightgate.check import scan
    from weightgate.model import Report
    from weightgate.report import Format, render

    cwd = Path.cwd()
    policy = common.load_policy(args, cwd)
    result = scan(args.paths, cwd, policy)
    report = Report(refs=result.refs, errors=result.errors, files=result.files)
    common.emit(render(report, Format(args.format), scan_only=True), args)
    common.note(f"weightgate: {len(result.refs)} reference(s) in {result.files} file(s)", args)
    return common.EXIT_FINDINGS if result.errors else common.EXIT_OK
