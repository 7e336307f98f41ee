"""Where the program finds what it ships, from a checkout, an install or the
desktop bundle (PyInstaller unpacks data beside the executable)."""

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def checkout_root() -> Path | None:
    """The source checkout this package runs from, if any."""
    candidate = _PACKAGE.parent
    return candidate if (candidate / "pyproject.toml").exists() else None


def shipped_referentials_dir() -> Path:
    """The folder of the référentiels shipped with grader."""
    bundle = _bundle_root()
    if bundle is not None:
        return bundle / "referentials"
    root = checkout_root()
    if root is not None:
        return root / "referentials"
    return _PACKAGE / "data" / "referentials"


def shipped_referentials() -> list[Path]:
    return sorted(shipped_referentials_dir().glob("*.yaml"))


def default_exports_dir() -> Path:
    """``exports/`` when run from a checkout, the user's Documents otherwise."""
    root = checkout_root()
    if root is not None and _bundle_root() is None:
        return root / "exports"
    documents = Path.home() / "Documents"
    return (documents if documents.is_dir() else Path.home()) / "grader"
