"""Playing laid-out pages (``pdf_draw.Page``) onto a PDF canvas, with the
common footer."""

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from grader import __version__
from grader.export.fonts import REGULAR, register_fonts
from grader.export.pdf_common import (
    FOOTER_RULE_Y,
    MARGIN,
    RULE,
    PageInfo,
    draft_watermark,
    footer_texts,
)
from grader.export.pdf_draw import Page
from grader.export.pdf_text import Ink, ink
from grader.grading.typography import french


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Touching or overlapping stretches of one rule as one stretch: the
    rows of a grid share their edges."""
    spans.sort()
    out = [spans[0]]
    for low, high in spans[1:]:
        last_low, last_high = out[-1]
        if low <= last_high + 0.01:
            if high > last_high:
                out[-1] = (last_low, high)
        else:
            out.append((low, high))
    return out


class _Painter:
    """Plays pages onto one canvas, writing the PDF operators through
    ``Canvas.addLiteral``.

    A run of text is set once by a reportlab text object (which does the
    TrueType subsetting) and its operators are kept for the document: a
    criterion is printed hundreds of times, and subsetting it again for every
    line would double the time of a big export."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c = c
        self.runs: dict[tuple[str, float, str], str] = {}
        self.numbers: dict[float, str] = {}
        self.origins: dict[tuple[float, float], str] = {}
        # What a text object writes around its runs: « BT », its origin, « ET ».
        empty = self._probe("", REGULAR, 10)
        if not empty.endswith(" ET"):
            raise RuntimeError(f"unexpected text object from reportlab: {empty!r}")
        self.head, self.tail = empty[: -len("ET")], " ET"

    def _probe(self, text: str, face: str, size: float) -> str:
        """The code of a reportlab text object showing ``text``."""
        probe = self.c.beginText()
        probe.setFont(face, size)
        if text:
            probe.textOut(text)
        return probe.getCode()

    def _run(self, face: str, size: float, text: str) -> str:
        """The operators that select the font's subsets and show ``text``."""
        key = (face, size, text)
        shown = self.runs.get(key)
        if shown is None:
            code = self._probe(text, face, size)
            if not (code.startswith(self.head) and code.endswith(self.tail)):
                raise RuntimeError(f"unexpected text object from reportlab: {code[:60]!r}")
            shown = self.runs[key] = code[len(self.head) : len(code) - len(self.tail)]
        return shown

    def _n(self, value: float) -> str:
        text = self.numbers.get(value)
        if text is None:
            text = self.numbers[value] = fp_str(value)
        return text

    def page(self, page: Page) -> None:
        n = self._n
        # q … Q: the colours, pens and fonts set here do not leak into the footer.
        code = ["q"]
        add = code.append
        current: Ink | None = None
        for x, y, w, h, colour in page.fills:
            if colour != current:
                add(f"{fp_str(*colour)} rg")
                current = colour
            add(f"{n(x)} {n(y)} {n(w)} {n(h)} re f")
        across: dict[tuple[float, float, Ink], list[tuple[float, float]]] = {}
        down: dict[tuple[float, float, Ink], list[tuple[float, float]]] = {}
        for horizontal, at, low, high, width, colour in page.rules:
            (across if horizontal else down).setdefault((at, width, colour), []).append(
                (low, high)
            )
        pens: dict[tuple[float, Ink], list[str]] = {}
        for (y, width, colour), spans in across.items():
            pen = pens.setdefault((width, colour), [])
            pen += [f"{n(a)} {n(y)} m {n(b)} {n(y)} l" for a, b in _merged(spans)]
        for (x, width, colour), spans in down.items():
            pen = pens.setdefault((width, colour), [])
            pen += [f"{n(x)} {n(a)} m {n(x)} {n(b)} l" for a, b in _merged(spans)]
        for (width, colour), segments in pens.items():
            add(f"{n(width)} w {fp_str(*colour)} RG")
            code += segments
            add("S")
        if page.texts:
            self._text(page, code)
        add("Q")
        self.c.addLiteral("\n".join(code))

    def _text(self, page: Page, code: list[str]) -> None:
        n, origins, shown = self._n, self.origins, self._run
        add = code.append
        add("BT")
        current: Ink | None = None
        for x, y, runs in page.texts:
            origin = origins.get((x, y))
            if origin is None:
                origin = origins[(x, y)] = f"1 0 0 1 {n(x)} {n(y)} Tm"
            add(origin)
            for text, face, size, colour in runs:
                if colour != current:
                    add(f"{fp_str(*colour)} rg")
                    current = colour
                add(shown(face, size, text))
        add("ET")


def write_pdf(
    path: Path,
    pages: Sequence[Page],
    info: PageInfo,
    *,
    title: str,
    subject: str = "",
    pagesize: tuple[float, float],
) -> None:
    """Play ``pages`` onto a new PDF at ``path`` with the common footer."""
    register_fonts()
    # types-reportlab types initialFontName as a float; it is a font name.
    c = canvas.Canvas(
        str(path), pagesize=pagesize, initialFontName=REGULAR  # type: ignore[arg-type]
    )
    c.setTitle(title)
    c.setAuthor("grader")
    c.setSubject(subject)
    c.setCreator(f"grader {__version__}")
    painter = _Painter(c)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        painter.page(page)
        painter.page(_footer(info, number, total, pagesize))
        if info.draft:
            draft_watermark(c, pagesize)
        c.showPage()
    c.save()


def _footer(info: PageInfo, number: int, total: int, pagesize: tuple[float, float]) -> Page:
    """``footer_texts`` as a page of its own, played over each page."""
    page = Page()
    rule = ink(RULE)
    page.rules.append((True, FOOTER_RULE_Y, MARGIN, pagesize[0] - MARGIN, 0.5, rule))
    for x, y, raw, font, size, colour, align in footer_texts(info, number, total, pagesize):
        text = french(raw)
        w = stringWidth(text, font, size) if align != "L" else 0.0
        dx = -w / 2 if align == "C" else -w if align == "R" else 0.0
        page.texts.append((x + dx, y, ((text, font, size, ink(colour)),)))
    return page
