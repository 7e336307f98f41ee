"""How a worksheet prints on A4: a scale chosen from the column widths (never
« fit to width », which shrinks a hundred columns into unreadable type),
page breaks between blocks of columns that belong together, the title rows
and identity columns repeated on every page, the page numbered in the footer.

Widths are Excel's units, one digit of the workbook's default font: 1.85 mm
in Excel (Calibri), 2.47 mm in LibreOffice where Calibri and its metric twin
Carlito are missing (DejaVu Sans takes their place). Pages are planned with
the wider of the two, so that no renderer adds a page break of its own."""

import math
from collections.abc import Iterable, Sequence

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break, ColBreak
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

# A4 landscape, 1 cm side margins: the printable width in millimetres.
_PAGE_MM = 297.0
_SIDE_MARGIN_IN = 0.4
PRINTABLE_MM = _PAGE_MM - 2 * _SIDE_MARGIN_IN * 25.4
# Below this the 11-point font prints under 7.7 points: the sheet is laid
# out over several pages across rather than shrunk further.
MIN_SCALE = 70
# A sheet made of groups of columns (a candidate's jurors) prints at this
# scale, as many whole groups on a page as fit.
GROUP_SCALE = 85
# Room kept for the renderer's own rounding of widths.
_SLACK = 0.97
# Characters of running French text in one unit of width (narrower than digits).
_CHARS_PER_UNIT = 1.1
LINE_HEIGHT = 15.0  # points, one line of the default 11-point font
FOOTER = "&A — page &P sur &N"


UNIT_MM = 2.47


def column_mm(width: float) -> float:
    return UNIT_MM * width + 0.5


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapped cell ``width`` wide (greedy, by words;
    a word longer than the line is broken, as Excel and LibreOffice do)."""
    room = max(1, int(width * _CHARS_PER_UNIT) - 1)
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size > room:
                lines, used = lines + 1, 0
            if used:
                used += 1
            while size > room:
                lines, size = lines + 1, size - room
            used += size
        total += lines
    return total


def plan_breaks(
    widths: dict[int, float], last_col: int, title_cols: int, groups: Sequence[int], scale: int
) -> list[int]:
    """The columns (1-based) that start a new page: whole groups (a group runs
    from one of ``groups`` to the next) fill each page after the repeated
    ``title_cols``."""
    room = PRINTABLE_MM * _SLACK * 100 / scale
    room -= sum(column_mm(widths.get(c, 8.43)) for c in range(1, title_cols + 1))
    starts = sorted(g for g in groups if g > title_cols) or [title_cols + 1]
    bounds = [*starts[1:], last_col + 1]
    breaks: list[int] = []
    used = 0.0
    for start, end in zip(starts, bounds, strict=True):
        size = sum(column_mm(widths.get(c, 8.43)) for c in range(start, end))
        if used and used + size > room:
            breaks.append(start)
            used = 0.0
        used += size
    return breaks


def choose_scale(widths: dict[int, float], last_col: int) -> int:
    """The largest scale (at most 100 %) at which every column fits across one
    page, or 0 when that would be below ``MIN_SCALE``."""
    total = sum(column_mm(widths.get(c, 8.43)) for c in range(1, last_col + 1))
    if total <= 0:
        return 100
    scale = min(100, math.floor(PRINTABLE_MM * _SLACK / total * 100))
    return scale if scale >= MIN_SCALE else 0


def set_print_layout(
    ws: Worksheet,
    widths: dict[int, float],
    last_col: int,
    title_rows: int,
    *,
    title_cols: int = 0,
    groups: Iterable[int] | None = None,
) -> int:
    """A4 landscape, rows ``1..title_rows`` (and the first ``title_cols``
    columns when the sheet is wider than a page) repeated on every page.
    Returns the print scale in percent."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_margins = PageMargins(
        left=_SIDE_MARGIN_IN, right=_SIDE_MARGIN_IN, top=0.6, bottom=0.6, header=0.3, footer=0.3
    )
    setup = ws.sheet_properties.pageSetUpPr
    if setup is None:  # openpyxl gives every new sheet one; a loaded sheet may lack it
        setup = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    setup.fitToPage = False
    scale = choose_scale(widths, last_col)
    if not scale:
        # Too wide for one page: whole groups of columns page after page.
        scale = GROUP_SCALE if groups is not None else MIN_SCALE
        cols = list(groups) if groups is not None else range(title_cols + 1, last_col + 1)
        breaks = plan_breaks(widths, last_col, title_cols, cols, scale)
        ws.col_breaks = ColBreak()
        for col in breaks:
            ws.col_breaks.append(Break(id=col - 1))
        if title_cols:
            ws.print_title_cols = f"A:{get_column_letter(title_cols)}"
    ws.page_setup.scale = scale
    ws.print_title_rows = f"1:{title_rows}"
    footer = ws.oddFooter
    if footer is not None:
        footer.center.text = FOOTER
        footer.center.size = 8
    return scale
