"""Test setup shared by the whole suite: headless Qt, shared fixtures."""

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI machines are shared and slow: no per-example deadline, and a fixed
# sequence of examples so a run is reproducible (locally they stay random).
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Qt must never need a screen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
REFERENTIALS = ROOT / "referentials"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def mini_referential_path() -> Path:
    return DATA / "mini.yaml"
