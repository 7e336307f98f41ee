"""The référentiel: format, loading and validation (no database, no Qt)."""

from grader.referential.loader import ReferentialError, load_referential, load_referential_text
from grader.referential.model import (
    BINARY_SCALE,
    Assessment,
    Bloc,
    BlocRule,
    CertificationRule,
    Competency,
    CriteriaGroup,
    Criterion,
    JuryRule,
    Level,
    Referential,
    Scale,
    ScaleKind,
)

__all__ = [
    "BINARY_SCALE",
    "Assessment",
    "Bloc",
    "BlocRule",
    "CertificationRule",
    "Competency",
    "CriteriaGroup",
    "Criterion",
    "JuryRule",
    "Level",
    "Referential",
    "ReferentialError",
    "Scale",
    "ScaleKind",
    "load_referential",
    "load_referential_text",
]
