"""``grader screenshots DIR`` renders every window: the juror's at 1366×768
(and the grid at 1920×1080 and in the dark theme), the lead's windows and
dialogs, under names the documentation links to."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from grader.cli import main
from grader.models import store
from grader.ui import navigation

pytestmark = pytest.mark.gui

WINDOWS = ["grid-binary.png", "grid-four-levels.png", "grid-36-compact.png", "large-clock.png",
           "save-failure.png", "lead-comparison.png",
           "lead-session.png", "lead-statistics.png", "sign-dialog.png", "start-screen.png"]
DIALOGS = ["lead-decision.png", "lead-export.png", "lead-merge-report.png",
           "lead-prepare-acquired.png", "lead-prepare-candidate.png",
           "lead-prepare-candidates.png", "lead-prepare-juror-files.png",
           "lead-prepare-jurors.png"]


def _mean_lightness(image: QImage) -> float:
    step = 16
    values = [QColor(image.pixel(x, y)).lightness()
              for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(values) / len(values)


@pytest.mark.slow
def test_screenshots_command_renders_every_window(
    tmp_path: Path, mini_referential_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "captures"
    assert main(["screenshots", str(out), "--referential", str(mini_referential_path)]) == 0
    assert sorted(p.name for p in out.glob("*.png")) == sorted(WINDOWS + DIALOGS)
    for name in WINDOWS:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1366, 768), name
    for name in DIALOGS:
        image = QImage(str(out / name))
        assert 300 <= image.width() <= 1366, name
        assert 200 <= image.height() <= 768, name
    assert sorted(p.name for p in (out / "1920").glob("*.png")) == [
        "grid-binary.png", "lead-session.png"]
    for path in (out / "1920").glob("*.png"):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1920, 1080), path.name
    dark = QImage(str(out / "sombre" / "grid-binary.png"))
    light = QImage(str(out / "grid-binary.png"))
    assert (dark.width(), dark.height()) == (1366, 768)
    assert _mean_lightness(dark) < 100 < _mean_lightness(light)
    printed = capsys.readouterr().out
    assert "start-screen.png" in printed
    assert "lead-session.png" in printed


def test_navigation_knows_the_store_suffixes() -> None:
    assert navigation.JUROR_SUFFIX == store.JUROR_SUFFIX
    assert navigation.SESSION_SUFFIX == store.SESSION_SUFFIX
