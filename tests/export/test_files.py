"""Safe file names and atomic writes."""

from pathlib import Path

import pytest

from grader.export.files import ExportError, atomic_write, safe_file_name, unique_names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PV Élodie DUPONT", "PV Élodie DUPONT.pdf"),
        ('a/b\\c:d*e?f"g<h>i|j', "a b c d e f g h i j.pdf"),
        ("Lœuillet Noël.  ", "Lœuillet Noël.pdf"),
        ("CON", "_CON.pdf"),
        ("", "export.pdf"),
        ("tab\tnew\nline", "tab new line.pdf"),
    ],
)
def test_safe_file_name_keeps_accents_and_drops_what_windows_refuses(
    name: str, expected: str
) -> None:
    assert safe_file_name(name, ".pdf") == expected


def test_safe_file_name_is_nfc_and_bounded() -> None:
    decomposed = "E\u0301lodie"  # what macOS hands back
    assert safe_file_name(decomposed) == "Élodie"
    long = safe_file_name("x" * 500, ".pdf")
    assert len(long) <= 120
    assert long.endswith(".pdf")


def test_unique_names_ignores_case() -> None:
    assert unique_names(["a.pdf", "A.pdf", "b.pdf", "a.pdf"]) == [
        "a.pdf", "A (2).pdf", "b.pdf", "a (3).pdf",
    ]  # fmt: skip


def test_atomic_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "sortie" / "PV Élodie.pdf"
    atomic_write(target, lambda p: p.write_text("nouveau", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "nouveau"
    assert [p.name for p in target.parent.iterdir()] == ["PV Élodie.pdf"]


def test_atomic_write_failure_keeps_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "PV.pdf"
    target.write_text("ancien", encoding="utf-8")

    def broken(p: Path) -> None:
        p.write_text("à moitié", encoding="utf-8")
        raise RuntimeError("rendu interrompu")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_text(encoding="utf-8") == "ancien"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["PV.pdf"]


def test_atomic_write_os_error_is_french(tmp_path: Path) -> None:
    target = tmp_path / "PV.pdf"

    def no_space(p: Path) -> None:
        p.write_text("x", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match=r"Impossible d'écrire PV\.pdf"):
        atomic_write(target, no_space)
    assert list(tmp_path.iterdir()) == []
