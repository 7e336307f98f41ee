"""Refresh the translation files: ``python -m grader.ui.i18n_build``.

``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` string of
grader/ui into ``i18n/grader_en.ts`` (keeping the translations already
there; edit them with ``pyside6-linguist``), then ``pyside6-lrelease``
compiles ``grader_en.qm``, which the application loads."""

import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def build(languages: tuple[str, ...] = ("en",)) -> list[Path]:
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))  # grader/ui/lead too
    out: list[Path] = []
    for lang in languages:
        ts = UI_DIR / "i18n" / f"grader_{lang}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                       check=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


if __name__ == "__main__":
    for path in build():
        print(path)
