"""openpyxl helpers shared by the session workbook and the candidate export:
text never turned into a formula, real dates, headers, widths, print set-up."""

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from grader.export.pdf_common import DRAFT_MARK
from grader.export.xlsx_print import set_print_layout
from grader.grading.typography import french

HEADER_FILL = PatternFill("solid", fgColor="E4E9F0")
BANNER_FILL = PatternFill("solid", fgColor="FDECEC")
DISAGREE_FILL = PatternFill("solid", fgColor="FFE8A3")
VALID_FONT = Font(color="1E6B34")
FAIL_FONT = Font(color="9B1C1C")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Border(bottom=Side(style="thin", color="9AA5B1"))
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
ILLEGAL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}


def cell_value(value: Any) -> Any:
    """Excel has no time zones: a UTC datetime becomes the local wall time.
    Text is in French typography (``typography.french``)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    if isinstance(value, str):
        value = french(value)
        if any(ch in ILLEGAL for ch in value):
            return "".join(" " if ch in ILLEGAL else ch for ch in value)
    return value


def put(ws: Worksheet, row: int, col: int, value: Any, **style: Any) -> Any:
    cell = ws.cell(row=row, column=col, value=cell_value(value))
    if isinstance(value, str) and value.startswith("="):
        # Text typed by a juror is never a formula, whatever it starts with.
        cell.data_type = "s"
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    for name, v in style.items():
        setattr(cell, name, v)
    return cell


def title_row(ws: Worksheet, text: str, draft: bool, width: int) -> None:
    """Row 1: the sheet's title, or the « Projet » banner while not closed."""
    if draft:
        text = f"{DRAFT_MARK.upper()} — {text}"
    put(ws, 1, 1, text, font=Font(bold=True, size=12, color="9B1C1C" if draft else "1F2933"))
    if draft:
        for col in range(1, max(1, width) + 1):
            ws.cell(row=1, column=col).fill = BANNER_FILL


def header(ws: Worksheet, row: int, labels: Sequence[str]) -> None:
    for col, label in enumerate(labels, start=1):
        put(ws, row, col, label, font=BOLD, fill=HEADER_FILL, alignment=WRAP, border=THIN)


def finish(
    ws: Worksheet,
    header_row: int,
    *,
    freeze: str | None = None,
    max_width: int = 48,
    min_width: int = 6,
) -> None:
    """Frozen headers, a filter on the header row, widths that fit, printed
    landscape on A4 with the headers repeated (see ``xlsx_print``)."""
    last_col = ws.max_column
    last_row = max(ws.max_row, header_row)
    if last_col >= 1:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(last_col)}{last_row}"
    ws.freeze_panes = freeze or f"A{header_row + 1}"
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.value is None:
                continue
            if isinstance(cell.value, datetime):
                length = 16
            elif isinstance(cell.value, date):
                length = 10
            else:
                length = max(len(line) for line in str(cell.value).split("\n"))
            widths[cell.column] = max(widths.get(cell.column, 0), length)
    for col, length in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(
            min_width, min(max_width, length + 2)
        )
    set_print_layout(
        ws,
        {c: ws.column_dimensions[get_column_letter(c)].width for c in widths},
        last_col,
        header_row,
    )


def sheet_title(text: str, taken: set[str]) -> str:
    """A worksheet name Excel accepts (31 characters, none of []:*?/\\), unique."""
    clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in text).strip("'") or "Feuille"
    name, n = clean[:31], 1
    while name.casefold() in taken:
        n += 1
        tail = f" ({n})"
        name = clean[: 31 - len(tail)] + tail
    taken.add(name.casefold())
    return name
