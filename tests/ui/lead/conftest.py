"""The lead's window on the demo session: the demo is built once per test
run (it signs real sheets) and copied into each test's own tmp_path."""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6

from grader.grading.demo import create_demo
from grader.grading.merge import merge_juror_files
from grader.models.store import open_file
from grader.ui.lead import open_session_window
from grader.ui.lead.session_window import LeadSessionWindow

Demo = tuple[Path, list[Path]]


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    files = create_demo(tmp_path_factory.mktemp("demo"))
    return files.session, list(files.juror_files)


@pytest.fixture
def demo(demo_master: Demo, tmp_path: Path) -> Demo:
    """A fresh copy of the demo: the session (nothing merged) and the three grilles."""
    session, grilles = demo_master
    target = tmp_path / "demo"
    target.mkdir()
    copied = [Path(shutil.copy2(p, target / p.name)) for p in [session, *grilles]]
    return copied[0], copied[1:]


@pytest.fixture
def merged_demo(demo: Demo) -> Demo:
    """The demo with the three grilles already merged by the core."""
    session, grilles = demo
    with open_file(session) as gfile:
        assert merge_juror_files(gfile, grilles).ok
    return session, grilles


Opener = Callable[[Path], LeadSessionWindow]


@pytest.fixture
def open_lead(qtbot: object) -> Iterator[Opener]:
    windows: list[LeadSessionWindow] = []

    def opener(path: Path) -> LeadSessionWindow:
        window = open_session_window(path)
        assert isinstance(window, LeadSessionWindow)
        windows.append(window)
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        return window

    yield opener
    # The window deletes itself on close, so it is not handed to qtbot.addWidget.
    for window in windows:
        if shiboken6.isValid(window):
            window.close()
