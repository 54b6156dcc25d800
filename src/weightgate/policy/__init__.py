"""Organization policies: load, merge, and judge."""

from weightgate.policy.evaluate import evaluate
from weightgate.policy.load import load_policy
from weightgate.policy.model import Policy

__all__ = ["Policy", "evaluate", "load_policy"]
