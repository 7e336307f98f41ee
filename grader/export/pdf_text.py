"""Text for the hand-drawn PDFs: runs of one face, line breaking with
word widths cached (a session prints the same criteria hundreds of times)."""

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from grader.export.fonts import REGULAR, register_fonts
from grader.export.pdf_common import INK
from grader.grading.typography import french

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
    """A run of text as printed: in French typography (``typography.french``)."""
    return (french(text), font, size, colour)


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
