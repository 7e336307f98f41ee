"""The layers are checked by a machine: ``make test`` runs ``lint-imports``
(the contracts in pyproject.toml) and ruff (TID251 bans PySide6 outside
grader/ui/). Each test here breaks a rule in a temporary copy of the tree
and checks that the same tools refuse it, naming the rule."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CONTRACTS = {c["id"]: c for c in CONFIG["tool"]["importlinter"]["contracts"]}

# Top-level parts of the package allowed to reach Qt (through grader.ui).
FRONT_ENDS = {"ui", "cli", "selftest", "__main__", "__init__"}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the package and its configuration, importable from ``tmp_path``."""
    shutil.copytree(ROOT / "grader", tmp_path / "grader",
                    ignore=shutil.ignore_patterns("__pycache__", "*.qm", "fonts"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def add_line(tree: Path, module: str, line: str) -> None:
    path = tree / module
    path.write_text(path.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    # PYTHONPATH first: the copy, not the installed checkout, is analysed.
    return subprocess.run(
        [str(BIN / "lint-imports"), "--no-logo", "--no-cache"],
        cwd=tree, env={"PYTHONPATH": str(tree), "PATH": str(BIN)},
        capture_output=True, text=True, timeout=120,
    )


def broken(run: subprocess.CompletedProcess[str]) -> set[str]:
    """The ids of the contracts lint-imports reports broken."""
    assert run.returncode != 0, run.stdout
    return {cid for cid, c in CONTRACTS.items() if f"{c['name']} BROKEN" in run.stdout}


def test_the_tree_as_it_is_keeps_every_contract(tree: Path) -> None:
    run = lint_imports(tree)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in run.stdout


def test_a_qt_import_in_the_core_is_refused(tree: Path) -> None:
    add_line(tree, "grader/grading/marks.py", "from PySide6.QtCore import QObject  # noqa: F401")
    assert broken(lint_imports(tree)) == {"core-without-qt"}
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", "grader"], cwd=tree,
        capture_output=True, text=True, timeout=120,
    )
    assert ruff.returncode != 0
    assert "TID251" in ruff.stdout
    assert "grader/grading/marks.py" in ruff.stdout


def test_qt_reached_through_another_core_module_is_refused(tree: Path) -> None:
    # Not a direct import of PySide6 (ruff cannot see it): the graph can.
    add_line(tree, "grader/export/pv.py", "import grader.ui.theme  # noqa: F401")
    assert {"core-without-qt", "layers"} <= broken(lint_imports(tree))


def test_an_upward_import_is_refused(tree: Path) -> None:
    # The file store (models) must not know the exports above it.
    add_line(tree, "grader/models/store.py", "from grader.export import pv  # noqa: F401")
    run = lint_imports(tree)
    assert "layers" in broken(run)
    assert "grader.models is not allowed to import grader.export" in run.stdout


def test_a_cycle_between_two_modules_is_refused(tree: Path) -> None:
    add_line(tree, "grader/cli/duration_cmd.py", "from grader.cli import session_cmd  # noqa: F401")
    run = lint_imports(tree)
    assert broken(run) == {"no-cycles"}
    assert "No cycles are allowed in grader.cli." in run.stdout


def test_every_core_module_is_under_the_no_qt_contract() -> None:
    """A new top-level module of the core is checked too: add it to
    ``core-without-qt``'s ``source_modules`` in pyproject.toml."""
    package = ROOT / "grader"
    parts = {p.stem for p in package.glob("*.py")} | {
        p.name for p in package.iterdir() if (p / "__init__.py").exists()}
    core = {f"grader.{name}" for name in parts - FRONT_ENDS}
    assert core <= set(CONTRACTS["core-without-qt"]["source_modules"])
