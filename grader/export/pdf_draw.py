"""Drawing straight on the PDF canvas, for the documents that print hundreds
of pages (the evaluation sheets, the PV of a big session).

reportlab's platypus lays out every cell as a flowable and measures it
several times: 575 pages of grids took half a minute. Here text is broken
into lines once (word widths cached), pages are cut by hand, and each page is
a list of drawing operations that can be played onto one or more canvases
(the combined PDF and the candidate's own file) without laying it out again.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen import canvas

from grader import __version__
from grader.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from grader.export.pdf_common import INK, PageInfo, decorate_page

# A run of text in one face: (text, font, size, colour).
Run = tuple[str, str, float, Color]
# A line ready to draw: its width and its runs.
Line = tuple[float, tuple[Run, ...]]

__all__ = [
    "BOLD",
    "ITALIC",
    "REGULAR",
    "Block",
    "Flow",
    "Line",
    "Page",
    "Row",
    "Run",
    "run",
    "wrap",
    "write_pdf",
]


def run(text: str, font: str = REGULAR, size: float = 8, colour: Color = INK) -> Run:
    return (text, font, size, colour)


_widths: dict[tuple[str, str], float] = {}


def _width(word: str, font: str, size: float) -> float:
    """Width of ``word``; words repeat endlessly in a session (criteria,
    levels, names), so their width at size 1 is kept."""
    key = (word, font)
    w = _widths.get(key)
    if w is None:
        register_fonts()
        w = _widths[key] = stringWidth(word, font, 1.0)
    return w * size


def _pieces(runs: Sequence[Run]) -> list[tuple[str, Run, bool] | None]:
    """Words with their run and whether a space precedes them; ``None`` for
    a forced line break. Words touching across two runs stay glued."""
    pieces: list[tuple[str, Run, bool] | None] = []
    space = False
    for r in runs:
        for n, segment in enumerate(r[0].split("\n")):
            if n:
                pieces.append(None)
                space = False
            words = segment.split(" ")
            for i, word in enumerate(words):
                if i:
                    space = True
                if word:
                    pieces.append((word, r, space))
                    space = False
    return pieces


def _cut_word(word: str, r: Run, width: float) -> list[str]:
    """A word wider than the column (an address, a long reference) is cut,
    never left to run over the next cell."""
    parts, current = [], ""
    for ch in word:
        if current and _width(current + ch, r[1], r[2]) > width:
            parts.append(current)
            current = ""
        current += ch
    return [*parts, current]


def _finish(line: list[tuple[str, Run, bool]]) -> Line:
    runs: list[Run] = []
    total = 0.0
    for word, r, space in line:
        text = (" " + word) if space and runs else word
        total += _width(text, r[1], r[2])
        if runs and runs[-1][1:] == r[1:]:
            runs[-1] = (runs[-1][0] + text, *r[1:])
        else:
            runs.append((text, *r[1:]))
    return (total, tuple(runs))


@lru_cache(maxsize=8192)
def wrap(runs: tuple[Run, ...], width: float) -> tuple[Line, ...]:
    """Greedy line breaking of rich text at spaces and newlines, as a
    Paragraph does; an empty text gives no line."""
    lines: list[Line] = []
    line: list[tuple[str, Run, bool]] = []
    used = 0.0
    for piece in _pieces(runs):
        if piece is None:
            lines.append(_finish(line))
            line, used = [], 0.0
            continue
        word, r, space = piece
        w = _width(word, r[1], r[2])
        gap = _width(" ", r[1], r[2]) if space and line else 0.0
        if line and used + gap + w > width:
            lines.append(_finish(line))
            line, used, gap = [], 0.0, 0.0
        if w > width:
            *heads, word = _cut_word(word, r, width)
            for head in heads:
                if line:
                    lines.append(_finish(line))
                lines.append(_finish([(head, r, False)]))
                line, used, gap = [], 0.0, 0.0
            w = _width(word, r[1], r[2])
        line.append((word, r, bool(gap) or (space and bool(line))))
        used += gap + w
    if line:
        lines.append(_finish(line))
    return tuple(lines)


@dataclass(slots=True)
class Page:
    """What one page shows, in drawing order: backgrounds, rules, text."""

    fills: list[tuple[float, float, float, float, Color]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float, float, Color]] = field(default_factory=list)
    texts: list[tuple[float, float, tuple[Run, ...]]] = field(default_factory=list)

    def text(self, x: float, y: float, lines: Sequence[Line], leading: float, align: str = "L",
             width: float = 0.0) -> None:
        """``lines`` from the baseline ``y`` down; ``align`` L, C or R in ``width``."""
        for w, runs in lines:
            dx = (width - w) / 2 if align == "C" else (width - w) if align == "R" else 0.0
            self.texts.append((x + dx, y, runs))
            y -= leading


class Block:
    """Something of a fixed height drawn at the flow's current position."""

    height: float = 0.0

    def draw(self, page: Page, x: float, top: float) -> None:
        raise NotImplementedError


class Text(Block):
    """A paragraph: wrapped lines, optionally on a coloured band."""

    def __init__(self, runs: Sequence[Run], width: float, leading: float, *,
                 align: str = "L", band: Color | None = None, pad: float = 0.0) -> None:
        self.lines = wrap(tuple(runs), width - 2 * pad)
        self.width, self.leading, self.align, self.band, self.pad = width, leading, align, band, pad
        self.height = len(self.lines) * leading + 2 * pad

    def draw(self, page: Page, x: float, top: float) -> None:
        if self.band is not None:
            page.fills.append((x, top - self.height, self.width, self.height, self.band))
        baseline = top - self.pad - _ascent(self.leading, self.lines)
        page.text(x + self.pad, baseline, self.lines, self.leading, self.align,
                  self.width - 2 * self.pad)


def _ascent(leading: float, lines: Sequence[Line]) -> float:
    """Distance from a line's top to its baseline: the tallest size on it,
    less the room under the baseline, centred in the leading."""
    size = max((r[2] for r in lines[0][1]), default=leading * 0.8) if lines else leading * 0.8
    return (leading - size) / 2 + size * 0.8


@dataclass(slots=True)
class Row(Block):
    """A table row: one cell per column (or one cell over all columns)."""

    widths: Sequence[float]
    cells: Sequence[Sequence[Line]]
    leading: float = 10.0
    pad: tuple[float, float, float, float] = (2.0, 3.0, 4.0, 4.0)  # top, bottom, left, right
    fills: Sequence[Color | None] = ()
    grid: Color | None = None
    below: Color | None = None  # a rule under the row only
    rule_width: float = 0.4
    height: float = 0.0

    def __post_init__(self) -> None:
        lines = max((len(c) for c in self.cells), default=0)
        self.height = max(1, lines) * self.leading + self.pad[0] + self.pad[1]

    def draw(self, page: Page, x: float, top: float) -> None:
        bottom = top - self.height
        spans = len(self.cells) == 1 and len(self.widths) > 1
        widths = [sum(self.widths)] if spans else list(self.widths)
        left = x
        for i, (w, lines) in enumerate(zip(widths, self.cells, strict=True)):
            fill = self.fills[i] if i < len(self.fills) else None
            if fill is not None:
                page.fills.append((left, bottom, w, self.height, fill))
            if lines:
                baseline = top - self.pad[0] - _ascent(self.leading, lines)
                page.text(left + self.pad[2], baseline, lines, self.leading)
            left += w
        right = left
        if self.grid is not None:
            rw, colour = self.rule_width, self.grid
            page.rules.append((x, top, right, top, rw, colour))
            page.rules.append((x, bottom, right, bottom, rw, colour))
            edge = x
            page.rules.append((edge, top, edge, bottom, rw, colour))
            for w in widths:
                edge += w
                page.rules.append((edge, top, edge, bottom, rw, colour))
        elif self.below is not None:
            page.rules.append((x, bottom, right, bottom, self.rule_width, self.below))

    def cell_width(self, i: int) -> float:
        return self.widths[i] - self.pad[2] - self.pad[3]


class Flow:
    """Blocks placed top to bottom, a new page when the next does not fit."""

    def __init__(self, x: float, top: float, bottom: float) -> None:
        self.x, self.top, self.bottom = x, top, bottom
        self.pages: list[Page] = []
        self.y = top
        self.new_page()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def at_top(self) -> bool:
        return self.y >= self.top

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top

    def space(self, height: float) -> None:
        """Vertical space, dropped at the top of a page as platypus does."""
        if not self.at_top:
            self.y -= height

    def fits(self, height: float) -> bool:
        return self.y - height >= self.bottom - 0.01

    def add(self, block: Block, *, before: float = 0.0, after: float = 0.0) -> None:
        if not self.fits(before + block.height) and not self.at_top:
            self.new_page()
        self.space(before)
        block.draw(self.page, self.x, self.y)
        self.y -= block.height
        self.space(after)

    def keep_together(self, blocks: Sequence[tuple[Block, float, float]]) -> None:
        """``(block, space before, space after)`` kept on one page when they fit on one."""
        total = sum(b.height + before + after for b, before, after in blocks)
        if not self.fits(total) and not self.at_top:
            self.new_page()
        for block, before, after in blocks:
            self.add(block, before=before, after=after)

    def table(self, header: Sequence[Row], rows: Iterable[Row]) -> None:
        """Rows never split; the header comes back at the top of each page.
        Rows that would leave the header alone at the bottom move with it."""
        head = sum(r.height for r in header)
        first = True
        for row in rows:
            if first:
                if not self.fits(head + row.height) and not self.at_top:
                    self.new_page()
                self._rows(header)
                first = False
            elif not self.fits(row.height):
                self.new_page()
                self._rows(header)
            self._rows([row])
        if first:
            self._rows(header)

    def _rows(self, rows: Sequence[Row]) -> None:
        for row in rows:
            row.draw(self.page, self.x, self.y)
            self.y -= row.height


class _Painter:
    """Plays pages onto one canvas.

    Text is written as PDF operators directly, the way reportlab's own
    ``ttfonts`` documents for TrueType subsets (``splitString`` then
    ``getSubsetInternalName``): the same criterion text is printed thousands
    of times, and its split into font subsets is kept per document instead
    of being redone character by character for every line."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c = c
        self.doc = c._doc
        self.fonts: dict[str, Any] = {}
        self.split: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def _chunks(self, face: str, text: str) -> list[tuple[str, str]]:
        """``(subset font name, escaped bytes)`` pieces of ``text``."""
        key = (face, text)
        chunks = self.split.get(key)
        if chunks is None:
            font = self.fonts.get(face)
            if font is None:
                font = self.fonts[face] = getFont(face)
            chunks = self.split[key] = [
                (font.getSubsetInternalName(subset, self.doc), escapePDF(piece))
                for subset, piece in font.splitString(text, self.doc)
            ]
        return chunks

    def page(self, page: Page) -> None:
        c = self.c
        for x, y, w, h, colour in page.fills:
            c.setFillColor(colour)
            c.rect(x, y, w, h, stroke=0, fill=1)
        by_pen: dict[tuple[float, Color], list[tuple[float, float, float, float]]] = {}
        for x1, y1, x2, y2, width, colour in page.rules:
            by_pen.setdefault((width, colour), []).append((x1, y1, x2, y2))
        for (width, colour), segments in by_pen.items():
            c.setLineWidth(width)
            c.setStrokeColor(colour)
            c.lines(segments)
        if page.texts:
            c._code.append(self._text(page))

    def _text(self, page: Page) -> str:
        # q … Q: the colours and fonts set here do not leak into the footer.
        code = ["q BT"]
        add = code.append
        font: tuple[str, float] | None = None
        ink: Color | None = None
        for x, y, runs in page.texts:
            add(f"1 0 0 1 {fp_str(x, y)} Tm")
            for text, face, size, colour in runs:
                if colour is not ink:
                    add(f"{fp_str(colour.red, colour.green, colour.blue)} rg")
                    ink = colour
                for name, piece in self._chunks(face, text):
                    if (name, size) != font:
                        add(f"{name} {fp_str(size)} Tf")
                        font = (name, size)
                    add(f"({piece}) Tj")
        add("ET Q")
        return "\n".join(code)


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
    c = canvas.Canvas(str(path), pagesize=pagesize, initialFontName=REGULAR)
    c.setTitle(title)
    c.setAuthor("grader")
    c.setSubject(subject)
    c.setCreator(f"grader {__version__}")
    painter = _Painter(c)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        painter.page(page)
        decorate_page(c, info, number, total)
        c.showPage()
    c.save()
