"""Before Qt starts: does this Linux system have the libraries Qt's xcb
platform plugin loads? Without one, Qt aborts with an English message a juror
cannot act on; grader says in French which library is missing and the one
command that installs it. No Qt import here: this runs before Qt is loaded.

The list (library → Debian/Ubuntu package) is grader/data/qt-system-libraries.txt,
which .ci/run installs from too."""

import ctypes
import os
import sys
from pathlib import Path

LIST = Path(__file__).resolve().parents[1] / "data" / "qt-system-libraries.txt"


def required() -> list[tuple[str, str]]:
    """(shared library, package) pairs, in the list's order."""
    pairs = []
    for line in LIST.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if len(words) == 2 and not line.startswith("#"):
            pairs.append((words[0], words[1]))
    return pairs


def _loadable(soname: str) -> bool:
    bundle = getattr(sys, "_MEIPASS", None)  # the desktop bundle carries most of them
    if bundle and (Path(bundle) / soname).exists():
        return True
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def wants_xcb() -> bool:
    """Whether Qt will use its X11 (xcb) platform plugin here."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return not os.environ.get("WAYLAND_DISPLAY")


def missing() -> list[tuple[str, str]]:
    return [(soname, package) for soname, package in required() if not _loadable(soname)]


def missing_message(absent: list[tuple[str, str]]) -> str:
    """The French sentence and the command, for the terminal."""
    names = ", ".join(f"{soname} (paquet {package})" for soname, package in absent)
    packages = " ".join(dict.fromkeys(package for _soname, package in absent))
    which = "la bibliothèque système" if len(absent) == 1 else "les bibliothèques système"
    return (
        f"grader ne peut pas ouvrir sa fenêtre : il manque {which} {names}.\n"
        "Pour l'installer (Debian, Ubuntu), lancez :\n"
        f"    sudo apt install {packages}\n"
        "puis relancez grader. La ligne de commande (grader --help) n'en a pas besoin."
    )


def check() -> str | None:
    """None when the window can start; otherwise the message to print."""
    if not wants_xcb():
        return None
    absent = missing()
    return missing_message(absent) if absent else None
