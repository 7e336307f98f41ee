"""Candidate lists that would take minutes or gigabytes are refused fast:
a declared dimension of the whole sheet, 20 million empty rows, a 1 GiB
shared string. Text is cleaned of NUL, control and bidi characters; a file
mixing UTF-8 and Windows-1252 is refused at its line."""

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from grader.export.files import safe_file_name
from grader.grading import session_ops
from grader.grading.candidates_import import CandidateImportError, read_candidates
from grader.grading.tabular import MAX_XLSX_UNCOMPRESSED
from grader.models.store import open_file
from grader.models.tables import Candidate, JurySession

DATA = Path(__file__).resolve().parent.parent / "data"
MeasuredRun = Callable[[str], tuple[float, float, str]]
SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"
HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _template(tmp_path: Path) -> Path:
    """A genuine two-candidate workbook written by openpyxl."""
    path = tmp_path / "modele.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Nom", "Prénom"], ["Dupont", "Zoé"], ["Martin", "Paul"]):
        ws.append(row)
    wb.save(path)
    return path


def _rewrite(
    template: Path, target: Path, replace: dict[str, Callable[[], Iterator[bytes]]]
) -> Path:
    """A copy of ``template`` with some parts streamed from generators (deflate
    level 1: a part of a gigabyte is written in seconds, never held in memory)."""
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(
        target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1
    ) as dst:
        for info in src.infolist():
            if info.filename in replace:
                continue
            dst.writestr(info, src.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
        for part, chunks in replace.items():
            with dst.open(part, "w", force_zip64=True) as out:
                for chunk in chunks():
                    out.write(chunk)
    return target


def _sheet(rows: str, dimension: str = "A1:B3", empty_rows: int = 0) -> Callable[
    [], Iterator[bytes]
]:
    def chunks() -> Iterator[bytes]:
        yield (HEAD + f'<dimension ref="{dimension}"/><sheetData>' + rows).encode()
        block = b"<row/>" * 100_000
        for _ in range(empty_rows // 100_000):
            yield block
        yield b"<row/>" * (empty_rows % 100_000)
        yield b"</sheetData></worksheet>"

    return chunks


ROWS = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Prénom</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Dupont</t></is></c>'
    '<c r="B2" t="inlineStr"><is><t>Zoé</t></is></c></row>'
)


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombes")
    template = _template(folder)
    made = {
        "dimension": _rewrite(template, folder / "dimension.xlsx", {
            SHEET: _sheet(ROWS, dimension="A1:XFD1048576")}),
        "vingt_millions": _rewrite(template, folder / "vingt_millions.xlsx", {
            SHEET: _sheet(ROWS, empty_rows=20_000_000)}),
        "lignes_vides": _rewrite(template, folder / "lignes_vides.xlsx", {
            SHEET: _sheet(ROWS, empty_rows=60_000)}),
    }

    def one_gib_string() -> Iterator[bytes]:
        yield b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
        yield b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
        block = b"a" * (1 << 20)
        for _ in range(1024):
            yield block
        yield b"</t></si></sst>"

    shared_rows = ROWS.replace(
        '<c r="B2" t="inlineStr"><is><t>Zoé</t></is></c>', '<c r="B2" t="s"><v>0</v></c>'
    )
    made["un_gio"] = _rewrite(template, folder / "un_gio.xlsx", {
        SHEET: _sheet(shared_rows), SHARED: one_gib_string})
    return made


def _problems(path: Path) -> list[str]:
    with pytest.raises(CandidateImportError) as caught:
        read_candidates(path)
    return caught.value.problems


def test_a_declared_dimension_of_the_whole_sheet_is_ignored(bombs: dict[str, Path]) -> None:
    with zipfile.ZipFile(bombs["dimension"]) as z:
        assert b'ref="A1:XFD1048576"' in z.read(SHEET)
    rows = read_candidates(bombs["dimension"]).rows
    assert [(r.last_name, r.first_name, r.line) for r in rows] == [("Dupont", "Zoé", 2)]


def test_twenty_million_empty_rows_are_refused_unopened(bombs: dict[str, Path]) -> None:
    path = bombs["vingt_millions"]
    assert path.stat().st_size < 2_000_000
    problems = _problems(path)
    assert problems[0].startswith("vingt_millions.xlsx : une fois décompressé, ce classeur ferait")
    assert f"« {SHEET} »" in problems[0]


def test_rows_actually_read_are_bounded(bombs: dict[str, Path]) -> None:
    # 60 000 empty rows are only 360 KB of XML: the archive is fine, the rows are not.
    problems = _problems(bombs["lignes_vides"])
    assert problems == [
        "lignes_vides.xlsx : plus de 20\u202f001 lignes lues, vides comprises (ligne "
        "20\u202f002) ; supprimez les lignes vides en fin de feuille ou découpez la liste."
    ]


def test_a_one_gib_shared_string_is_refused_unopened(bombs: dict[str, Path]) -> None:
    with zipfile.ZipFile(bombs["un_gio"]) as z:
        assert z.getinfo(SHARED).file_size > 1 << 30
    problems = _problems(bombs["un_gio"])
    assert f"« {SHARED} », compressé" in problems[0]
    assert MAX_XLSX_UNCOMPRESSED < 1 << 30


@pytest.mark.parametrize("bomb", ["dimension", "vingt_millions", "lignes_vides", "un_gio"])
def test_each_bomb_is_done_with_within_5_s_and_300_mb(
    bombs: dict[str, Path], measured: MeasuredRun, bomb: str
) -> None:
    seconds, mb, out = measured(
        "from grader.grading.candidates_import import CandidateImportError, read_candidates\n"
        "_t0 = time.perf_counter()\n"
        "try:\n"
        f"    print(len(read_candidates({str(bombs[bomb])!r}).rows), 'lu(s)')\n"
        "except CandidateImportError as exc:\n"
        "    print(exc.problems[0])\n"
    )
    assert out
    assert seconds < 5, (seconds, out)
    assert mb < 300, (mb, out)


def test_a_file_mixing_utf8_and_cp1252_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "melange.csv"
    path.write_bytes(
        "Nom;Prénom\nDupont;Zoé\n".encode() + "Lefèvre;Anaïs\n".encode("cp1252")
        + "Martin;Chloé\n".encode()
    )
    problems = _problems(path)
    assert problems == [
        "melange.csv, ligne 3 : le fichier mélange deux encodages (cette ligne est en "
        "Windows-1252 — octet 0xe8 —, d'autres lignes en UTF-8) : « Lef\ufffdvre;Ana\ufffds ». "
        "Les accents seraient mal lus ; réenregistrez la liste depuis Excel avec "
        "« Enregistrer sous » → « CSV UTF-8 »."
    ]


def test_a_whole_cp1252_file_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "windows.csv"
    path.write_bytes("Nom;Prénom\nLefèvre;Anaïs\n".encode("cp1252"))
    assert [(r.last_name, r.first_name) for r in read_candidates(path).rows] == [
        ("Lefèvre", "Anaïs")
    ]


def test_nul_and_control_characters_are_removed_from_a_utf16_list(tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("Nom\tPrénom\tIdentifiant\nDu\x00pont\tZo\x07é\t\x1b42\n".encode("utf-16"))
    rows = read_candidates(path).rows
    assert [(r.last_name, r.first_name, r.external_id) for r in rows] == [
        ("Dupont", "Zoé", "42")
    ]


def test_a_right_to_left_override_never_reaches_a_name_or_a_file_name(tmp_path: Path) -> None:
    path = tmp_path / "rtl.csv"
    path.write_text("Nom;Prénom\nDupont\u202efdp.exe;Zoé\u2066\n", encoding="utf-8")
    rows = read_candidates(path).rows
    assert (rows[0].last_name, rows[0].first_name) == ("Dupontfdp.exe", "Zoé")
    assert safe_file_name("PV - Dupont\u202efdp.exe", ".pdf") == "PV - Dupontfdp.exe.pdf"
    assert session_ops.juror_file_name("Élodie\u202e Martin\x00") == "Élodie Martin.grille"


def test_names_typed_in_a_form_or_the_cli_are_cleaned_too(tmp_path: Path) -> None:
    with session_ops.create_session(
        DATA / "mini.yaml", tmp_path / "s.jury", title="Juin\u202e 2026", place="Ly\x00on"
    ) as g:
        cand = session_ops.add_candidate(g, "Du\u202epont", "Zo\x00é", external_id="\u200f42")
        juror = session_ops.add_juror(g, "Élodie\u2067 Martin", "president")
        assert (cand.last_name, cand.first_name, cand.external_id) == ("Dupont", "Zoé", "42")
        assert juror.name == "Élodie Martin"
    with open_file(tmp_path / "s.jury", readonly=True) as g, g.new_session() as s:
        session = s.get(JurySession, g.session_id)
        assert session is not None
        assert (session.title, session.place) == ("Juin 2026", "Lyon")
        assert [c.last_name for c in s.exec(select(Candidate)).all()] == ["Dupont"]


def test_zlib_is_really_used_for_the_bombs(bombs: dict[str, Path]) -> None:
    """The bombs are small on disk because they are compressed, as an attacker's would be."""
    with zipfile.ZipFile(bombs["un_gio"]) as z:
        info = z.getinfo(SHARED)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    assert info.compress_size < 10_000_000
