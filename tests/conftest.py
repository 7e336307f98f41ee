"""Test setup shared by the whole suite: headless Qt, shared fixtures, and
under CI (``CI`` set) every test runs: a skip is a failure."""

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Generator, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from grader.models.store import GraderFile

# CI machines are shared and slow: no per-example deadline, and a fixed
# sequence of examples so a run is reproducible (locally they stay random).
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Signing keys made by the tests go to a folder of their own, never the user's.
os.environ.setdefault("GRADER_KEYS_DIR", tempfile.mkdtemp(prefix="grader-test-keys-"))

# Qt must never need a screen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
REFERENTIALS = ROOT / "referentials"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def mini_referential_path() -> Path:
    return DATA / "mini.yaml"


@pytest.fixture
def refusing_disk() -> Callable[["GraderFile"], AbstractContextManager[None]]:
    """Real failing storage in this process: a file-size limit of one byte
    (``RLIMIT_FSIZE``) after the WAL is folded into the file, so the next
    write SQLite makes grows a file and the kernel refuses it (EFBIG, SQLite's
    « disk I/O error »). SIGXFSZ is ignored, else the kernel kills the process."""
    import resource
    import signal
    from contextlib import contextmanager

    @contextmanager
    def refusing(gfile: "GraderFile") -> Iterator[None]:
        gfile.checkpoint()
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            signal.signal(signal.SIGXFSZ, previous)

    return refusing


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, None]:
    """Under CI a skipped test fails: what it needs (LibreOffice, poppler, Xvfb,
    PyInstaller…) is for .ci/run to install, not for the test to do without."""
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if under_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        reason = str(reason).removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = f"skipped under CI, where every test must run: {reason}"


def pytest_configure(config: pytest.Config) -> None:
    """Under CI nothing is left out: ``-m``/``-k`` that deselect tests are refused."""
    if under_ci() and (config.option.markexpr or config.option.keyword):
        raise pytest.UsageError("CI runs every test: no -m or -k under CI=true.")


MeasuredRun = Callable[[str], tuple[float, float, str]]


@pytest.fixture
def measured() -> MeasuredRun:
    """Run Python ``code`` in a fresh interpreter; (seconds, peak MB, stdout).
    The peak is the child's own maximum resident size, read in the child."""
    # (Linux: /proc/self/status; elsewhere getrusage.)

    def run(code: str) -> tuple[float, float, str]:
        script = (
            "import resource, sys, time\n"
            "_t0 = time.perf_counter()\n"
            f"{code}\n"
            "_dt = time.perf_counter() - _t0\n"
            # VmHWM: this program's own peak. ru_maxrss would also count the
            # test runner's size at the fork, which Linux carries across exec.
            "try:\n"
            "    _hwm = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
            "    _mb = int(_hwm) / 1024\n"
            "except (OSError, IndexError):\n"
            "    _mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
            "print(f'@@ {_dt:.3f} {_mb:.1f}')\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stderr
        out, _, last = proc.stdout.rstrip("\n").rpartition("\n")
        if not last.startswith("@@"):
            out, last = "", proc.stdout.strip()
        _, seconds, mb = last.split()
        return float(seconds), float(mb), out

    return run
