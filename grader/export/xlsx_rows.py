"""Worksheets written row by row (openpyxl's write-only mode), for the
session workbook: a 200-candidate session fills a hundred thousand cells,
and a normal workbook keeps an object per cell and scans them again for the
widths. Rows are built first as plain values; the widths, filter, frozen
panes and print set-up are set from them, then the rows are streamed out.

Same rules as ``xlsx_common.put``: text is never a formula, times are the
local wall time, dates carry a date format."""

import math
import re
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from grader.export.pdf_common import DRAFT_MARK
from grader.export.xlsx_common import (
    BANNER_FILL,
    BOLD,
    DATE_FORMAT,
    DATETIME_FORMAT,
    DISAGREE_FILL,
    FAIL_FONT,
    HEADER_FILL,
    THIN,
    VALID_FONT,
    WRAP,
)
from grader.export.xlsx_print import LINE_HEIGHT, set_print_layout, wrapped_lines
from grader.grading.typography import french

SECTION_FILL = PatternFill("solid", fgColor="F2F4F7")

# Characters Excel refuses in a cell (all controls but tab and line breaks).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

STYLES: dict[str, dict[str, Any]] = {
    "bold": {"font": BOLD},
    "valid": {"font": VALID_FONT},
    "fail": {"font": FAIL_FONT},
    "wrap": {"alignment": WRAP},
    "disagree": {"fill": DISAGREE_FILL},
    "header": {"font": BOLD, "fill": HEADER_FILL, "alignment": WRAP, "border": THIN},
    "column": {"font": BOLD, "alignment": WRAP},
    "title": {"font": Font(bold=True, size=12, color="1F2933")},
    "title_draft": {"font": Font(bold=True, size=12, color="9B1C1C"), "fill": BANNER_FILL},
    "banner": {"fill": BANNER_FILL},
    # An épreuve's or a group's title across a matrix: spills over the empty
    # cells to its right, counts for no column's width.
    "section": {"font": BOLD, "fill": SECTION_FILL},
}
# Styles whose text is not measured for the widths (it runs over empty cells).
_NO_WIDTH = {"title", "title_draft", "section"}
_TITLES = {"title", "title_draft"}
# A bold header word (often capitals: « RNCP37347BC01 ») against running text.
_BOLD = 1.25
# Styles that already wrap their text.
_WRAPPED = {"wrap", "header", "column"}


class Styled(NamedTuple):
    """A value with one of the ``STYLES``."""

    value: Any
    style: str


def title_row(text: str, draft: bool, width: int) -> list[Any]:
    """Row 1: the sheet's title, or the « Projet » banner while not closed."""
    if not draft:
        return [Styled(text, "title")]
    text = f"{DRAFT_MARK.upper()} — {text}"
    return [Styled(text, "title_draft")] + [Styled(None, "banner")] * (max(1, width) - 1)


def header_row(labels: Sequence[str]) -> list[Any]:
    return [Styled(label, "header") for label in labels]


def _plain(value: Any, verbatim: bool = False) -> Any:
    """The value as the cell holds it (see ``xlsx_common.cell_value``): text
    in French typography unless ``verbatim``."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    if isinstance(value, str):
        if not verbatim:
            value = french(value)
        if _ILLEGAL.search(value):
            return _ILLEGAL.sub(" ", value)
    return value


class _Cells:
    """Makes the cells of one sheet. Each combination of a style, a number
    format and wrapping is a named style of the workbook (« grader header »…),
    registered once and then given to every cell by its name."""

    def __init__(self, wb: Workbook, ws: WriteOnlyWorksheet) -> None:
        self.wb = wb
        self.ws = ws
        self.styles: dict[tuple[str | None, str | None, bool], str] = {}

    def _style(self, style: str | None, number_format: str | None, wrap: bool) -> str:
        key = (style, number_format, wrap)
        found = self.styles.get(key)
        if found is None:
            words = [style or "standard"]
            if number_format:
                words.append("date et heure" if number_format == DATETIME_FORMAT else "date")
            if wrap:
                words.append("à la ligne")
            found = self.styles[key] = "grader " + " ".join(words)
            if found not in self.wb.named_styles:
                named = NamedStyle(name=found)
                for name, v in STYLES[style].items() if style else ():
                    setattr(named, name, v)
                if wrap:
                    named.alignment = WRAP
                if number_format:
                    named.number_format = number_format
                self.wb.add_named_style(named)
        return found

    def make(
        self, value: Any, style: str | None, wrap: bool = False, verbatim: bool = False
    ) -> Any:
        """What to hand to ``append``: the bare value when it needs nothing else."""
        plain = _plain(value, verbatim)
        formula_like = isinstance(value, str) and value.startswith("=")
        number_format = (
            DATETIME_FORMAT if isinstance(value, datetime)
            else DATE_FORMAT if isinstance(value, date) else None
        )  # fmt: skip
        if style is None and not formula_like and number_format is None and not wrap:
            return plain
        cell = WriteOnlyCell(self.ws, value=plain)
        if formula_like:
            # Text typed by a juror is never a formula, whatever it starts with.
            cell.data_type = "s"
        if style is not None or number_format is not None or wrap:
            cell.style = self._style(style, number_format, wrap)
        return cell


def _length(value: Any, header: bool = False) -> int:
    """Characters the value needs on one line; a header may wrap between its
    words (bold: a little wider)."""
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = str(value)
    if header:
        return math.ceil(max((len(w) for w in text.split()), default=0) * _BOLD)
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


def _unpack(item: Any) -> tuple[Any, str | None]:
    return (item.value, item.style) if isinstance(item, Styled) else (item, None)


def write_sheet(
    wb: Workbook,
    title: str,
    rows: Sequence[Sequence[Any]],
    header: int,
    *,
    freeze: str | None = None,
    max_width: int = 48,
    min_width: int = 6,
    widths: dict[int, int] | None = None,
    title_cols: int = 0,
    groups: Sequence[int] | None = None,
    spans: dict[tuple[int, int], int] | None = None,
    verbatim: Collection[int] = (),
) -> None:
    """A sheet of ``rows`` (values or ``Styled``) whose headers end on row
    ``header``: frozen headers, a filter on the header row, widths that fit
    (from row 2 on, at most ``max_width`` or the column's entry in
    ``widths``), text longer than its column wrapped and its row made tall
    enough, and a print layout for A4 (see ``xlsx_print``): ``title_cols``
    and ``groups`` say which columns repeat and where pages may break when
    the sheet is wider than a page. ``spans`` merges (row, column) with the
    next cells of its row: {(2, 4): 3} makes D2:F2 one cell. Text is written
    in French typography, but in the ``verbatim`` columns (records kept as
    they were, like the journal's)."""
    ws = wb.create_sheet(title)
    caps = widths or {}
    natural: dict[int, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        for col, item in enumerate(row, start=1):
            value, style = _unpack(item)
            if value is None or style in _NO_WIDTH:
                continue
            length = _length(_plain(value), header=number <= header)
            if length > natural.get(col, 0):
                natural[col] = length
    col_width: dict[int, float] = {}
    for col, length in natural.items():
        cap = caps.get(col, max_width)
        col_width[col] = max(min_width, min(cap, length + 2))
    for col, cap in caps.items():
        col_width.setdefault(col, max(min_width, cap))
    for col, width in col_width.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    last_col = max((len(r) for r in rows), default=0)
    if last_col >= 1:
        ws.auto_filter.ref = f"A{header}:{get_column_letter(last_col)}{max(len(rows), header)}"
    ws.freeze_panes = freeze or f"A{header + 1}"
    set_print_layout(ws, col_width, last_col, header, title_cols=title_cols, groups=groups)
    for (number, col), size in (spans or {}).items():
        if size > 1:
            ws.merged_cells.add(
                f"{get_column_letter(col)}{number}:{get_column_letter(col + size - 1)}{number}"
            )
    make = _Cells(wb, ws).make
    for number, row in enumerate(rows, start=1):
        height = LINE_HEIGHT
        for col, item in enumerate(row, start=1):
            value, style = _unpack(item)
            span = (spans or {}).get((number, col), 1)
            if isinstance(value, str) and (style not in _NO_WIDTH or span > 1):
                width = sum(col_width.get(c, 8.43) for c in range(col, col + span))
                big = style in _TITLES  # 12 points
                lines = wrapped_lines(value, width / 1.2 if big else width)
                height = max(height, lines * LINE_HEIGHT * (1.2 if big else 1))
        # A row of several lines: every cell wraps and starts at the top, so
        # that a juror's mark stands beside the first line of its criterion.
        tall = height > LINE_HEIGHT * 1.2
        if tall:
            ws.row_dimensions[number].height = height
        cells: list[Any] = []
        for col, item in enumerate(row, start=1):
            value, style = _unpack(item)
            if value is None:
                cells.append(make(None, style) if style else None)
                continue
            spanned = (number, col) in (spans or {})
            wrap = tall and (style not in _WRAPPED | _NO_WIDTH or spanned)
            cells.append(make(value, style, wrap, col in verbatim))
        ws.append(cells)
