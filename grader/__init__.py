"""grader: evaluation grids and jury minutes for French professional certifications (RNCP)."""

__version__ = "0.1.0"
