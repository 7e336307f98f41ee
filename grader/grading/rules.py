"""Decision rules: the one place the UI, the exports and the CLI import from.

The rule of one bloc lives in ``bloc_rules``; consolidation across jurors and
the certification proposal in ``consolidate``. Both are re-exported here
under the names of the shared contract.
"""

from grader.grading.bloc_rules import Proposal, Value, evaluate_bloc, fr_number
from grader.grading.consolidate import (
    consolidate_values,
    session_proposals,
)

__all__ = [
    "Proposal",
    "Value",
    "consolidate_values",
    "evaluate_bloc",
    "fr_number",
    "session_proposals",
]
