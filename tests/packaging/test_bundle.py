"""The desktop bundle builds and passes its own smoke test (``--self-test``)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "grader.exe" if sys.platform == "win32" else "grader"


def _pyinstaller() -> str | None:
    beside = Path(sys.executable).parent / "pyinstaller"
    return str(beside) if beside.exists() else shutil.which("pyinstaller")


@pytest.mark.slow
def test_built_bundle_passes_its_self_test(tmp_path: Path) -> None:
    """Builds the bundle from the current tree (never a stale dist/), then runs it."""
    pyinstaller = _pyinstaller()
    if pyinstaller is None:
        pytest.skip("PyInstaller n'est pas installé (extra « package »)")
    build = subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "packaging" / "grader.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1500,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    exe = tmp_path / "dist" / "grader" / EXE_NAME
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [str(exe), "--self-test"], capture_output=True, text=True, timeout=300, env=env,
        cwd=tmp_path,  # not the checkout: the bundle must find its own data
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Auto-test réussi." in run.stdout
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env)
    assert version.stdout.startswith("grader ")


def test_desktop_file_declares_both_file_kinds() -> None:
    desktop = (ROOT / "packaging" / "linux" / "grader.desktop").read_text(encoding="utf-8")
    mime = (ROOT / "packaging" / "linux" / "grader-mime.xml").read_text(encoding="utf-8")
    for mime_type, glob in (("application/x-grader-session", "*.jury"),
                            ("application/x-grader-grille", "*.grille")):
        assert mime_type in desktop
        assert f'<mime-type type="{mime_type}">' in mime
        assert f'glob pattern="{glob}"' in mime
    assert "Exec=grader %f" in desktop


def test_icon_sizes_are_rendered_from_the_svg() -> None:
    icons = ROOT / "packaging" / "icons"
    assert (icons / "grader.svg").exists()
    for size in (16, 32, 48, 128, 256):
        png = icons / f"grader-{size}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
