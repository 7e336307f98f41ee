"""``grader screenshots DIR`` writes the four PNGs at 1366×768."""

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from grader.cli import main
from grader.models import store
from grader.ui import navigation

pytestmark = pytest.mark.gui


def test_screenshots_command_writes_the_main_screens(
    tmp_path: Path, mini_referential_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "captures"
    assert main(["screenshots", str(out), "--referentiel", str(mini_referential_path)]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["grid-binary.png", "grid-four-levels.png", "sign-dialog.png",
                     "start-screen.png"]
    for name in names:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1366, 768)
    assert "start-screen.png" in capsys.readouterr().out


def test_navigation_knows_the_store_suffixes() -> None:
    assert navigation.JUROR_SUFFIX == store.JUROR_SUFFIX
    assert navigation.SESSION_SUFFIX == store.SESSION_SUFFIX
