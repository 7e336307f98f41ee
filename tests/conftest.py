"""Test setup shared by the whole suite: headless Qt, shared fixtures."""

import os
from pathlib import Path

import pytest

# Qt must never need a screen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
REFERENTIALS = ROOT / "referentials"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def mini_referential_path() -> Path:
    return DATA / "mini.yaml"
