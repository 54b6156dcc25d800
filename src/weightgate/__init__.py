"""weightgate: fail the commit when a referenced ML model's license breaks your policy."""

__version__ = "0.1.0"
