"""The real application on a real X server (Xvfb, not the offscreen
platform), and what a fresh Linux desktop without Qt's libraries is told."""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from grader.ui import system_libraries

GRADER = str(Path(sys.executable).parent / "grader")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
    # Settings and keys of this run only.
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="xcb", **extra)
    return env


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[str]:
    """A fresh X server at 1366×768; its display name (« :N »)."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb et xdotool absents (.ci/run les installe)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as chosen:
        number = chosen.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_real_window_opens_on_an_x_server(xvfb: str, tmp_path: Path) -> None:
    app = subprocess.Popen([GRADER], env=_env(tmp_path, DISPLAY=xvfb),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "grilles d'évaluation"],
            env=_env(tmp_path, DISPLAY=xvfb), capture_output=True, text=True, timeout=60,
        )
        assert found.returncode == 0, found.stderr
        window = found.stdout.split()[0]
        size = subprocess.run(["xdotool", "getwindowgeometry", window],
                              env=_env(tmp_path, DISPLAY=xvfb), capture_output=True, text=True)
        assert "Geometry:" in size.stdout
        assert app.poll() is None  # still running: the window is up, nothing aborted
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=30)
    assert "qt.qpa" not in err, err


def test_a_missing_qt_library_is_named_in_french_with_its_command(tmp_path: Path) -> None:
    """A library that cannot be loaded (an empty file found first on the
    library path, as Qt's loader would find it) stops grader before Qt does."""
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libxcb-cursor.so.0").write_bytes(b"")
    run = subprocess.run([GRADER], env=_env(tmp_path, DISPLAY=":0", LD_LIBRARY_PATH=str(broken)),
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "il manque la bibliothèque système libxcb-cursor.so.0 (paquet libxcb-cursor0)" in (
        run.stderr)
    assert "sudo apt install libxcb-cursor0" in run.stderr
    assert "qt.qpa" not in run.stderr  # Qt never got to abort


def test_the_check_is_for_x11_on_linux_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert system_libraries.check() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert system_libraries.wants_xcb() == sys.platform.startswith("linux")
    assert ("libxcb-cursor.so.0", "libxcb-cursor0") in system_libraries.required()


def test_every_library_is_listed_with_one_package() -> None:
    pairs = system_libraries.required()
    assert len(pairs) >= 20
    assert len({soname for soname, _ in pairs}) == len(pairs)
    message = system_libraries.missing_message(pairs[:2])
    assert message.count("sudo apt install") == 1
    assert "les bibliothèques système" in message
