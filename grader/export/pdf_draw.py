"""Laying out the PDFs that print hundreds of pages (the evaluation sheets,
the PV of a big session) by hand.

reportlab's platypus lays out every cell as a flowable and measures it
several times: 2 400 pages of grids took half a minute. Here pages are cut
by hand from blocks of known height, and each page is a list of drawing
operations (``Page``) that ``pdf_paint`` plays onto one or more canvases
(the combined PDF and the candidate's own file) without laying it out again.
"""

from collections.abc import Iterable, Sequence

from grader.export.fonts import BOLD
from grader.export.pdf_common import BANNER_BG, BANNER_INK, DRAFT_MARK
from grader.export.pdf_text import Cell, Ink, Line, Run, ascent, ink, run, wrap


class Page:
    """What one page shows, played in this order: backgrounds, rules, text."""

    __slots__ = ("fills", "rules", "texts")

    def __init__(self) -> None:
        self.fills: list[tuple[float, float, float, float, Ink]] = []
        # (horizontal, at y or x, from, to, width, ink): a rule across or down.
        self.rules: list[tuple[bool, float, float, float, float, Ink]] = []
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
        self.lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        self.edges = [*self.lefts, self.width]  # the vertical rules of a row
        self.edges_spanned = [0.0, self.width]  # … of a row with one cell over all
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
        height = self.height
        bottom = top - height
        spans = len(self.cells) == 1
        baseline = top - t.baseline
        add = page.texts.append
        leading, indent = t.leading, t.pad[2]
        for i, (left, lines) in enumerate(zip(t.lefts, self.cells, strict=False)):
            left += x
            fill = self.fills[i] if i < len(self.fills) else None
            if fill is not None:
                w = t.width if spans else t.widths[i]
                page.fills.append((left, bottom, w, height, fill))
            y = baseline
            if t.middle:
                y -= (height - t.pad[0] - t.pad[1] - len(lines) * leading) / 2
            for _w, runs in lines:
                add((left + indent, y, runs))
                y -= leading
        right = x + t.width
        if t.grid is not None:
            rw, colour = t.rule_width, t.grid
            rules = page.rules
            rules.append((True, top, x, right, rw, colour))
            rules.append((True, bottom, x, right, rw, colour))
            for edge in (t.edges_spanned if spans else t.edges):
                rules.append((False, x + edge, bottom, top, rw, colour))
        elif t.below is not None:
            page.rules.append((True, bottom, x, right, t.rule_width, t.below))


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
