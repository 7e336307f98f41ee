"""Read the rows of a CSV or XLSX file as French Excel writes them.

CSV: UTF-8 with or without BOM, UTF-16 (« Texte Unicode »), else
Windows-1252; comma, semicolon or tab. XLSX: the first sheet, read-only.
Row numbers are the ones Excel shows (the first row is 1), so that a
message « ligne 7 » points at the row the user sees.
"""

import csv
import io
import os
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from grader.errors import BadFile

Cell = str | int | float | bool | date | datetime | None

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or any password-protected workbook
_XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_DELIMITERS = ";,\t"


class TableRefused(BadFile):
    """The file cannot be read as a table; each problem is a French sentence."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(slots=True)
class Table:
    """Non-empty rows of the file, each with the row number Excel shows."""

    rows: list[tuple[int, list[Cell]]]
    warnings: list[str] = field(default_factory=list)


# Bounds of what is read, so that a hostile or broken file is refused in a
# second rather than after minutes and gigabytes. 10 000 candidates in an
# .xlsx are about 1 MB zipped and 5 MB of XML.
MAX_FILE_BYTES = 20_000_000  # the file itself, CSV or XLSX
MAX_XLSX_UNCOMPRESSED = 100_000_000  # all the parts of the workbook, unzipped
MAX_XLSX_PART = 50_000_000  # one part (the sheet, the shared strings…)
MAX_XLSX_RATIO = 100  # unzipped / zipped, for a part over 1 MB: XML packs 5 to 20 times
MAX_XLSX_PARTS = 1000
MAX_COLUMNS = 100  # columns read per row: a list uses a dozen
EMPTY_ROWS_ALLOWED = 10_000  # empty rows read past the header (formatted but unused)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f}".replace(".", ",") + " Mo"


def read_table(path: Path, max_data_rows: int) -> Table:
    """All non-empty rows (header included) of a CSV or XLSX file; refuses a
    file with more than ``max_data_rows`` rows after the header, without
    reading on."""
    name = path.name
    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
            size = os.fstat(f.fileno()).st_size
    except OSError as exc:
        raise TableRefused([f"{name} : le fichier ne peut pas être lu ({exc.strerror})."]) from None
    if len(data) > MAX_FILE_BYTES:
        raise TableRefused(
            [
                f"{name} : le fichier fait {_size(size)} ; une liste de candidats ne dépasse pas "
                f"{_size(MAX_FILE_BYTES)} (est-ce bien le bon fichier ?)."
            ]
        )
    suffix = path.suffix.lower()
    if data.startswith(_OLE_MAGIC) or suffix == ".xls":
        raise TableRefused(
            [
                f"{name} : ce classeur est au format Excel 97-2003 (.xls) ou protégé par un mot "
                "de passe. Enregistrez-le au format .xlsx (sans mot de passe) ou en CSV."
            ]
        )
    if suffix == ".ods":
        raise TableRefused(
            [
                f"{name} : le format OpenDocument (.ods) n'est pas lu. "
                "Enregistrez-le en .xlsx ou en CSV."
            ]
        )
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, max_data_rows)
    if suffix in _XLSX_SUFFIXES:
        raise TableRefused(
            [f"{name} : ce fichier n'est pas un classeur Excel valide (.xlsx) ; il est peut-être "
             "endommagé ou a été renommé."]
        )
    return _read_csv(name, data, max_data_rows)


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")  # « 10 000 », as French writes it


def _too_many(name: str, max_data_rows: int) -> TableRefused:
    limit = _thousands(max_data_rows)
    return TableRefused(
        [
            f"{name} : le fichier contient plus de {limit} lignes de candidats (limite : {limit} "
            "lignes après l'en-tête). Découpez la liste en plusieurs fichiers."
        ]
    )


def _collect(
    name: str, rows: Iterable[tuple[int, list[Cell]]], max_data_rows: int
) -> list[tuple[int, list[Cell]]]:
    kept: list[tuple[int, list[Cell]]] = []
    # Rows actually read, empty ones included: a sheet of 20 million empty rows
    # stops here, whatever size it declares.
    most = max_data_rows + 1 + EMPTY_ROWS_ALLOWED
    for read, (line, cells) in enumerate(rows, start=1):
        if read > most:
            raise TableRefused(
                [
                    f"{name} : plus de {_thousands(most)} lignes lues, vides comprises (ligne "
                    f"{_thousands(line)}) ; supprimez les lignes vides en fin de feuille ou "
                    "découpez la liste."
                ]
            )
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        # The header plus max_data_rows rows: stop reading as soon as one more shows.
        if len(kept) > max_data_rows:
            raise _too_many(name, max_data_rows)
        kept.append((line, cells))
    return kept


def _xlsx_cell(value: object) -> Cell:
    """An openpyxl value as a :data:`Cell`. An array or data-table formula is
    an object, not its text: give its formula (« = »…) so the import refuses it
    like any other formula rather than taking the object's repr for a name."""
    if value is None or isinstance(value, str | int | float | date):  # bool is an int
        return value
    if isinstance(value, ArrayFormula):
        return value.text or "="
    if isinstance(value, DataTableFormula):
        return "=TABLE()"
    # A time, a duration, a Decimal: their plain text.
    return str(value)


# A character UTF-8 writes on two to four bytes: its presence in a file that
# is not UTF-8 as a whole means two encodings were mixed.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _mixed(name: str, data: bytes, exc: UnicodeDecodeError) -> TableRefused:
    line = data[: exc.start].count(b"\n") + 1
    start = data.rfind(b"\n", 0, exc.start) + 1
    end = data.find(b"\n", exc.start)
    shown = data[start : end if end >= 0 else len(data)].decode("utf-8", errors="replace")
    return TableRefused(
        [
            f"{name}, ligne {line} : le fichier mélange deux encodages (cette ligne est en "
            f"Windows-1252 — octet 0x{data[exc.start]:02x} —, d'autres lignes en UTF-8) : "
            f"« {shown.strip()[:60]} ». Les accents seraient mal lus ; réenregistrez la liste "
            "depuis Excel avec « Enregistrer sous » → « CSV UTF-8 »."
        ]
    )


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if _UTF8_MULTIBYTE.search(data):
                raise _mixed(name, data, exc) from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            if not any((ord(c) < 32 and c not in "\t\r\n") or c == "\x7f" for c in text):
                return text
    raise TableRefused(
        [
            f"{name} : ce fichier n'est pas un texte CSV lisible (contenu binaire ou encodage "
            "inconnu). Depuis Excel, utilisez « Enregistrer sous » → « CSV UTF-8 » ou .xlsx."
        ]
    )


def _delimiter(text: str) -> str:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    sample = "\n".join(text.splitlines()[:20])
    try:
        found = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and found in first:
        return found
    # The Sniffer gives up on short or irregular files: count in the header.
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(counts.values())
    if best == 0:
        return ";"  # one column only: any separator reads it
    return next(d for d in _DELIMITERS if counts[d] == best)  # ';' first: French Excel


def _read_csv(name: str, data: bytes, max_data_rows: int) -> Table:
    text = _decode(name, data)
    if not text.strip():
        raise TableRefused([f"{name} : le fichier est vide."])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))

    def numbered() -> Iterator[tuple[int, list[Cell]]]:
        # Excel shows one row per record, even when a quoted cell spans lines.
        for line, record in enumerate(reader, start=1):
            yield line, list(record)

    try:
        return Table(rows=_collect(name, numbered(), max_data_rows))
    except csv.Error as exc:
        raise TableRefused(
            [f"{name}, ligne {reader.line_num} : ligne CSV illisible ({exc})."]
        ) from None


def _trimmed(values: tuple[object, ...]) -> tuple[object, ...]:
    """A row without the empty cells that pad it to MAX_COLUMNS."""
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return values[:end]


def _check_archive(path: Path) -> None:
    """Refuse a workbook whose parts unzip past the bounds, from the sizes the
    archive declares (zipfile never unzips a part past its declared size)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise TableRefused(
            [f"{name} : ce classeur Excel est endommagé ou n'est pas au format .xlsx."]
        ) from None
    if len(parts) > MAX_XLSX_PARTS:
        raise TableRefused([f"{name} : le classeur contient {len(parts)} parties ; refusé."])
    total = sum(p.file_size for p in parts)
    worst = max(parts, key=lambda p: p.file_size, default=None)
    too_big = total > MAX_XLSX_UNCOMPRESSED or (
        worst is not None and worst.file_size > MAX_XLSX_PART
    )
    packed = [
        p for p in parts if p.file_size > 1_000_000 and p.file_size > MAX_XLSX_RATIO * max(
            p.compress_size, 1
        )
    ]
    if too_big or packed:
        part = packed[0] if packed and not too_big else worst
        assert part is not None
        raise TableRefused(
            [
                f"{name} : une fois décompressé, ce classeur ferait {_size(total)} (dont "
                f"{_size(part.file_size)} pour « {part.filename} », compressé "
                f"{part.file_size // max(part.compress_size, 1)} fois) ; une liste de "
                "candidats en fait moins de 10. Le fichier est refusé sans être ouvert : "
                "enregistrez la liste dans un nouveau classeur ou en CSV."
            ]
        )


def _read_xlsx(path: Path, max_data_rows: int) -> Table:
    name = path.name
    notes: list[str] = []
    _check_archive(path)
    # openpyxl warns about styles and extensions it ignores: nothing for the user.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
        except Exception:  # openpyxl raises many kinds (BadZipFile, KeyError…) on a bad archive
            raise TableRefused(
                [f"{name} : ce classeur Excel est endommagé ou n'est pas au format .xlsx."]
            ) from None
        try:
            sheets = wb.worksheets
            if not sheets:
                raise TableRefused([f"{name} : le classeur ne contient aucune feuille de calcul."])
            ws = sheets[0]
            assert isinstance(ws, ReadOnlyWorksheet)  # read_only=True above
            # The dimension the file declares (« A1:XFD1048576 ») is not trusted:
            # only the rows and cells present are read, at most MAX_COLUMNS wide.
            ws.reset_dimensions()
            if len(sheets) > 1:
                notes.append(
                    f"{name} : le classeur contient {len(sheets)} feuilles ; seule la première "
                    f"(« {ws.title} ») a été lue."
                )
            source = ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)
            rows = (
                (line, [_xlsx_cell(v) for v in _trimmed(values)])
                for line, values in enumerate(source, start=1)
            )
            try:
                kept = _collect(name, rows, max_data_rows)
            finally:
                # Stopped early (too many rows): close the sheet part it reads.
                source.close()
        except TableRefused:
            raise
        except Exception:  # a damaged sheet part only fails while iterating
            raise TableRefused(
                [f"{name} : la première feuille du classeur est endommagée et illisible."]
            ) from None
        finally:
            wb.close()
    return Table(rows=kept, warnings=notes)
