"""Subcommands: each module defines HELP, configure(parser) and run(args) -> exit code."""
