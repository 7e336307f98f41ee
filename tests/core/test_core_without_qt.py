"""The core (everything outside grader.ui) imports and runs without Qt: it is
used by the CLI, on servers and in scripts."""

import pkgutil
import subprocess
import sys

import grader

CHECK = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError(f"Qt is blocked in this test: {name}")
        return None

sys.meta_path.insert(0, NoQt())
import grader
for info in pkgutil.walk_packages(grader.__path__, "grader."):
    if info.name.startswith("grader.ui") or info.name.endswith("__main__"):
        continue
    importlib.import_module(info.name)
    print(info.name)
"""


def core_modules() -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages(grader.__path__, "grader.")
        if not m.name.startswith("grader.ui") and not m.name.endswith("__main__")
    ]


def test_every_core_module_imports_with_qt_blocked() -> None:
    run = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    imported = set(run.stdout.split())
    assert imported == set(core_modules())
    assert "grader.grading.merge" in imported
    assert "grader.export.pv" in imported


def test_the_cli_runs_a_command_with_qt_blocked(tmp_path: object) -> None:
    script = CHECK.split("import grader\n")[0] + (
        "from grader.cli import main\n"
        "raise SystemExit(main(['referential', 'check', 'tests/data/mini.yaml']))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "OK" in run.stdout
