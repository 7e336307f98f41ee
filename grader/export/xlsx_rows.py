"""Worksheets written row by row (openpyxl's write-only mode), for the
session workbook: a 200-candidate session fills a hundred thousand cells,
and a normal workbook keeps an object per cell and scans them again for the
widths. Rows are built first as plain values; the widths, filter, frozen
panes and print set-up are set from them, then the rows are streamed out.

Same rules as ``xlsx_common.put``: text is never a formula, times are the
local wall time, dates carry a date format."""

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, NamedStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

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
}


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


def _plain(value: Any) -> Any:
    """The value as the cell holds it (see ``xlsx_common.cell_value``)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    if isinstance(value, str) and _ILLEGAL.search(value):
        return _ILLEGAL.sub(" ", value)
    return value


class _Cells:
    """Makes the cells of one sheet. Each combination of a style and a number
    format is a named style of the workbook (« grader header »…), registered
    once and then given to every cell by its name."""

    def __init__(self, wb: Workbook, ws: WriteOnlyWorksheet) -> None:
        self.wb = wb
        self.ws = ws
        self.styles: dict[tuple[str | None, str | None], str] = {}

    def _style(self, style: str | None, number_format: str | None) -> str:
        key = (style, number_format)
        found = self.styles.get(key)
        if found is None:
            words = [style or "standard"]
            if number_format:
                words.append("date et heure" if number_format == DATETIME_FORMAT else "date")
            found = self.styles[key] = "grader " + " ".join(words)
            if found not in self.wb.named_styles:
                named = NamedStyle(name=found)
                for name, v in STYLES[style].items() if style else ():
                    setattr(named, name, v)
                if number_format:
                    named.number_format = number_format
                self.wb.add_named_style(named)
        return found

    def make(self, value: Any, style: str | None) -> Any:
        """What to hand to ``append``: the bare value when it needs nothing else."""
        plain = _plain(value)
        formula_like = isinstance(value, str) and value.startswith("=")
        number_format = (
            DATETIME_FORMAT if isinstance(value, datetime)
            else DATE_FORMAT if isinstance(value, date) else None
        )  # fmt: skip
        if style is None and not formula_like and number_format is None:
            return plain
        cell = WriteOnlyCell(self.ws, value=plain)
        if formula_like:
            # Text typed by a juror is never a formula, whatever it starts with.
            cell.data_type = "s"
        if style is not None or number_format is not None:
            cell.style = self._style(style, number_format)
        return cell


def _length(value: Any) -> int:
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = str(value)
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


def write_sheet(
    wb: Workbook,
    title: str,
    rows: Sequence[Sequence[Any]],
    header: int,
    *,
    freeze: str | None = None,
    max_width: int = 48,
    min_width: int = 6,
    heights: dict[int, float] | None = None,
) -> None:
    """A sheet of ``rows`` (values or ``Styled``) whose headers end on row
    ``header``: frozen headers, a filter on the header row, widths that fit
    (from row 2 on), landscape printing fitted to the page width with the
    headers repeated."""
    ws = wb.create_sheet(title)
    widths: dict[int, int] = {}
    for row in rows[1:]:
        for col, item in enumerate(row, start=1):
            value = item.value if isinstance(item, Styled) else item
            if value is None:
                continue
            length = _length(_plain(value))
            if length > widths.get(col, 0):
                widths[col] = length
    for col, length in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(
            min_width, min(max_width, length + 2)
        )
    last_col = max((len(r) for r in rows), default=0)
    if last_col >= 1:
        ws.auto_filter.ref = f"A{header}:{get_column_letter(last_col)}{max(len(rows), header)}"
    ws.freeze_panes = freeze or f"A{header + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{header}"
    for number, height in (heights or {}).items():
        ws.row_dimensions[number].height = height
    make = _Cells(wb, ws).make
    for row in rows:
        ws.append(
            [
                make(item.value, item.style) if isinstance(item, Styled)
                else make(item, None) if item is not None else None
                for item in row
            ]
        )  # fmt: skip
