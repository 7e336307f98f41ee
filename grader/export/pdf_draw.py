"""Drawing straight on the PDF canvas, for the documents that print hundreds
of pages (the evaluation sheets, the PV of a big session).

reportlab's platypus lays out every cell as a flowable and measures it
several times: 2 400 pages of grids took half a minute. Here text is broken
into lines once (word widths cached), pages are cut by hand, and each page is
a list of drawing operations that can be played onto one or more canvases
(the combined PDF and the candidate's own file) without laying it out again.
"""

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen import canvas

from grader import __version__
from grader.export.fonts import BOLD, REGULAR, register_fonts
from grader.export.pdf_common import (
    BANNER_BG,
    BANNER_INK,
    DRAFT_MARK,
    FOOTER_RULE_Y,
    INK,
    MARGIN,
    RULE,
    PageInfo,
    draft_watermark,
    footer_texts,
)

# Colours as plain (r, g, b): cheap to hash and compare, unlike reportlab's.
Ink = tuple[float, float, float]
# A run of text in one face: (text, font, size, ink).
Run = tuple[str, str, float, Ink]
# A line ready to draw: its width and its runs.
Line = tuple[float, tuple[Run, ...]]
Cell = tuple[Line, ...]


def ink(colour: Color) -> Ink:
    return (colour.red, colour.green, colour.blue)


BLACK_INK = ink(INK)


def run(text: str, font: str = REGULAR, size: float = 8, colour: Ink = BLACK_INK) -> Run:
    return (text, font, size, colour)


_widths: dict[tuple[str, str], float] = {}
_MAX_WIDTHS = 200_000


def _width(word: str, font: str, size: float) -> float:
    """Width of ``word``; words repeat endlessly in a session (criteria,
    levels, names), so their width at size 1 is kept."""
    key = (word, font)
    w = _widths.get(key)
    if w is None:
        if len(_widths) > _MAX_WIDTHS:  # a long-running window exports many sessions
            _widths.clear()
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
            for i, word in enumerate(segment.split(" ")):
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


@lru_cache(maxsize=16384)
def wrap(runs: tuple[Run, ...], width: float) -> Cell:
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
        line.append((word, r, space and bool(line)))
        used += gap + w
    if line:
        lines.append(_finish(line))
    return tuple(lines)


def ascent(leading: float, size: float) -> float:
    """From the top of a line to its baseline: the glyphs centred in the leading."""
    return (leading - size) / 2 + size * 0.8


class Page:
    """What one page shows, played in this order: backgrounds, rules, text."""

    __slots__ = ("fills", "rules", "texts")

    def __init__(self) -> None:
        self.fills: list[tuple[float, float, float, float, Ink]] = []
        self.rules: list[tuple[float, float, float, float, float, Ink]] = []
        self.texts: list[tuple[float, float, tuple[Run, ...]]] = []

    def lines(self, x: float, y: float, lines: Iterable[Line], leading: float,
              align: str = "L", width: float = 0.0) -> None:
        """``lines`` from the baseline ``y`` down; ``align`` L, C or R in ``width``."""
        add = self.texts.append
        for w, runs in lines:
            dx = (width - w) / 2 if align == "C" else (width - w) if align == "R" else 0.0
            add((x + dx, y, runs))
            y -= leading


class Block:
    """Something of a fixed height drawn at the flow's current position."""

    __slots__ = ()
    height: float

    def draw(self, page: Page, x: float, top: float) -> None:
        raise NotImplementedError


class Text(Block):
    """A paragraph: wrapped lines, optionally on a coloured band."""

    def __init__(self, runs: Sequence[Run], width: float, leading: float, *,
                 align: str = "L", band: Ink | None = None, pad: float = 0.0,
                 dx: float = 0.0) -> None:
        self.dx = dx  # shift from the flow's left edge
        self.lines = wrap(tuple(runs), width - 2 * pad)
        self.size = max((r[2] for r in runs), default=leading * 0.8)
        self.width, self.leading, self.align, self.band, self.pad = width, leading, align, band, pad
        self.height = len(self.lines) * leading + 2 * pad

    def draw(self, page: Page, x: float, top: float) -> None:
        x += self.dx
        if self.band is not None:
            page.fills.append((x, top - self.height, self.width, self.height, self.band))
        baseline = top - self.pad - ascent(self.leading, self.size)
        page.lines(x + self.pad, baseline, self.lines, self.leading, self.align,
                   self.width - 2 * self.pad)


def draft_banner(width: float, pad: float) -> Text:
    """« Projet — délibération non clôturée » on a pink band, at the top of a
    document (or section) whose deliberation is not closed; ``width`` is the
    frame's and ``pad`` the paragraphs' indent in it."""
    return Text([run(DRAFT_MARK, BOLD, 10, ink(BANNER_INK))], width - 2 * pad + 8, 13,
                align="C", band=ink(BANNER_BG), pad=4, dx=pad - 4)  # fmt: skip


class Stack(Block):
    """Blocks one under the other, each shifted right by its own indent,
    kept on one page."""

    def __init__(self, parts: Sequence[tuple[Block, float]]) -> None:
        self.parts = parts
        self.height = sum(b.height for b, _dx in parts)

    def draw(self, page: Page, x: float, top: float) -> None:
        for block, dx in self.parts:
            block.draw(page, x + dx, top)
            top -= block.height


class Beside(Block):
    """Blocks side by side, their tops aligned, each at its own offset."""

    def __init__(self, parts: Sequence[tuple[Block, float]]) -> None:
        self.parts = parts
        self.height = max((b.height for b, _dx in parts), default=0.0)

    def draw(self, page: Page, x: float, top: float) -> None:
        for block, dx in self.parts:
            block.draw(page, x + dx, top)


class Table:
    """The look of a table: columns, padding, rules; its rows are ``Row``s."""

    def __init__(self, widths: Sequence[float], *, leading: float = 10, size: float = 8,
                 pad: tuple[float, float, float, float] = (3, 3, 6, 6),
                 grid: Ink | None = None, below: Ink | None = None,
                 rule_width: float = 0.4, middle: bool = False) -> None:
        self.widths = tuple(widths)
        self.middle = middle  # cells centred vertically rather than at the top
        self.width = sum(self.widths)
        self.leading, self.size, self.pad = leading, size, pad
        self.grid, self.below, self.rule_width = grid, below, rule_width
        self.baseline = pad[0] + ascent(leading, size)

    def cell_width(self, i: int) -> float:
        return self.widths[i] - self.pad[2] - self.pad[3]

    def text_width(self) -> float:
        """What a cell spanning all the columns has for its text."""
        return self.width - self.pad[2] - self.pad[3]

    def row(self, cells: Sequence[Cell], fills: Sequence[Ink | None] = ()) -> "Row":
        return Row(self, cells, fills)


class Row(Block):
    """A table row: one cell per column, or one cell over all the columns."""

    __slots__ = ("cells", "fills", "height", "table")

    def __init__(self, table: Table, cells: Sequence[Cell], fills: Sequence[Ink | None]) -> None:
        self.table, self.cells, self.fills = table, cells, fills
        lines = max(len(c) for c in cells) if cells else 0
        self.height = max(1, lines) * table.leading + table.pad[0] + table.pad[1]

    def draw(self, page: Page, x: float, top: float) -> None:
        t = self.table
        bottom = top - self.height
        widths = (t.width,) if len(self.cells) == 1 else t.widths
        baseline = top - t.baseline
        left = x
        fills = self.fills
        add = page.texts.append
        for i, lines in enumerate(self.cells):
            w = widths[i]
            if i < len(fills) and fills[i] is not None:
                page.fills.append((left, bottom, w, self.height, fills[i]))  # type: ignore[arg-type]
            y = baseline
            if t.middle:
                y -= (self.height - t.pad[0] - t.pad[1] - len(lines) * t.leading) / 2
            for _w, runs in lines:
                add((left + t.pad[2], y, runs))
                y -= t.leading
            left += w
        if t.grid is not None:
            rw, colour = t.rule_width, t.grid
            rules = page.rules
            rules.append((x, top, left, top, rw, colour))
            rules.append((x, bottom, left, bottom, rw, colour))
            edge = x
            rules.append((edge, top, edge, bottom, rw, colour))
            for w in widths:
                edge += w
                rules.append((edge, top, edge, bottom, rw, colour))
        elif t.below is not None:
            page.rules.append((x, bottom, left, bottom, t.rule_width, t.below))


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
        """Rows never split; the header comes back at the top of each page,
        and never stays alone at the bottom of one."""
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
            self._rows((row,))
        if first:
            self._rows(header)

    def _rows(self, rows: Sequence[Row]) -> None:
        page, x = self.page, self.x
        for row in rows:
            row.draw(page, x, self.y)
            self.y -= row.height


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
    """Plays pages onto one canvas, writing the PDF operators directly.

    Text follows what reportlab's ``ttfonts`` documents for TrueType subsets
    (``splitString`` then ``getSubsetInternalName``); a criterion is printed
    hundreds of times, so its split into subsets and the numbers' text are
    kept for the document instead of being redone for every line."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c = c
        self.doc = c._doc
        self.fonts: dict[str, Any] = {}
        self.split: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.numbers: dict[float, str] = {}

    def _chunks(self, face: str, text: str) -> list[tuple[str, str]]:
        """``(subset font name, escaped bytes)`` pieces of ``text``."""
        font = self.fonts.get(face)
        if font is None:
            font = self.fonts[face] = getFont(face)
        return [
            (font.getSubsetInternalName(subset, self.doc), escapePDF(piece))
            for subset, piece in font.splitString(text, self.doc)
        ]

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
        for x1, y1, x2, y2, width, colour in page.rules:
            if y1 == y2:
                across.setdefault((y1, width, colour), []).append((min(x1, x2), max(x1, x2)))
            else:
                down.setdefault((x1, width, colour), []).append((min(y1, y2), max(y1, y2)))
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
        self.c._code.append("\n".join(code))

    def _text(self, page: Page, code: list[str]) -> None:
        split, n = self.split, self._n
        add = code.append
        add("BT")
        font: tuple[str, float] | None = None
        current: Ink | None = None
        for x, y, runs in page.texts:
            add(f"1 0 0 1 {n(x)} {n(y)} Tm")
            for text, face, size, colour in runs:
                if colour != current:
                    add(f"{fp_str(*colour)} rg")
                    current = colour
                chunks = split.get((face, text))
                if chunks is None:
                    chunks = split[(face, text)] = self._chunks(face, text)
                for name, piece in chunks:
                    if (name, size) != font:
                        add(f"{name} {n(size)} Tf")
                        font = (name, size)
                    add(f"({piece}) Tj")
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
    c = canvas.Canvas(str(path), pagesize=pagesize, initialFontName=REGULAR)
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
    page.rules.append((MARGIN, FOOTER_RULE_Y, pagesize[0] - MARGIN, FOOTER_RULE_Y, 0.5, rule))
    for x, y, text, font, size, colour, align in footer_texts(info, number, total, pagesize):
        w = stringWidth(text, font, size) if align != "L" else 0.0
        dx = -w / 2 if align == "C" else -w if align == "R" else 0.0
        page.texts.append((x + dx, y, ((text, font, size, ink(colour)),)))
    return page
