"""Rules of the test suite itself."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_modules(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.append((node.lineno, "." * node.level + (node.module or "")))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return found


def test_no_test_module_imports_another_test_module_or_a_conftest() -> None:
    """What tests share lives in tests/helpers.py (``from helpers import …``):
    importing a test module runs its tests' module code twice, under two names,
    and importing a conftest bypasses pytest's fixture scoping."""
    wrong = []
    for path in sorted(TESTS.rglob("*.py")):
        for line, module in imported_modules(path):
            last = module.rsplit(".", 1)[-1]
            if last.startswith("test_") or last == "conftest":
                wrong.append(f"{path.relative_to(TESTS)}:{line} imports {module}")
    assert wrong == []


def run_suite(tmp_path: Path, ci: bool, *args: str) -> subprocess.CompletedProcess[str]:
    """A one-test suite with our conftest, whose test skips."""
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_one.py").write_text(
        "import pytest\n\n\ndef test_needs_a_reader():\n"
        "    pytest.skip('LibreOffice absent')\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--rootdir", str(tmp_path), *args, str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_a_skip_is_a_skip_on_a_developers_machine(tmp_path: Path) -> None:
    run = run_suite(tmp_path, ci=False)
    assert run.returncode == 0, run.stdout
    assert "1 skipped" in run.stdout


def test_a_skip_fails_under_ci(tmp_path: Path) -> None:
    run = run_suite(tmp_path, ci=True)
    assert run.returncode == 1, run.stdout
    assert "1 failed" in run.stdout
    assert "skipped under CI, where every test must run: LibreOffice absent" in run.stdout


def test_ci_leaves_no_test_out(tmp_path: Path) -> None:
    run = run_suite(tmp_path, True, "-m", "not slow")
    assert run.returncode != 0
    assert "CI runs every test" in run.stdout + run.stderr
