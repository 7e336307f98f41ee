"""The TrueType fonts embedded in every PDF.

DejaVu Sans (Bitstream Vera licence, see ``grader/data/fonts/LICENSE-DejaVu.txt``)
ships with grader: the base-14 PDF fonts are not embedded and miss « œ », « ’ »
on some readers, and a fresh machine may have no DejaVu installed.
"""

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "data" / "fonts"

REGULAR = "GraderSans"
BOLD = "GraderSans-Bold"
ITALIC = "GraderSans-Italic"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (idempotent)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    # <b> and <i> inside paragraphs pick the matching face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
