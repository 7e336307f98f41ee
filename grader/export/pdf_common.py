"""What every PDF shares: A4 page, styles, the footer (« Page x / y » and the
document digest) and the « Projet » mark when the deliberation is not closed."""

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, TableStyle

from grader import __version__
from grader.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from grader.grading.typography import french

DRAFT_MARK = "Projet — délibération non clôturée"
MARGIN = 15 * mm
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#9AA5B1")
HEADER_BG = colors.HexColor("#E4E9F0")
ZEBRA = colors.HexColor("#F6F8FA")
BANNER_INK = colors.HexColor("#9B1C1C")
DRAFT_RED = colors.HexColor("#B42318")
FOOTER_RULE_Y = 12 * mm
BANNER_BG = colors.HexColor("#FDECEC")

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def french_date(d: date | None) -> str:
    """« 24 novembre 2026 », « 1er décembre 2026 »."""
    if d is None:
        return "date non renseignée"
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def local_datetime(dt: datetime | None) -> str:
    """A stored UTC time as the reader's local time: « 24/11/2026 à 14:32 »."""
    if dt is None:
        return "—"
    return dt.astimezone().strftime("%d/%m/%Y à %H:%M")


def content_digest(content: Any) -> str:
    """SHA-256 of the document's content (what it says, not its bytes), so two
    exports of the same decisions carry the same digest."""
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_digest(digest: str) -> str:
    upper = digest[:16].upper()
    return " ".join(upper[i : i + 4] for i in range(0, 16, 4))


def esc(text: object) -> str:
    """Text for a reportlab Paragraph (its markup is XML-like), in French
    typography; newlines kept."""
    return escape(french(str(text))).replace("\n", "<br/>")


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    note: ParagraphStyle
    note_block: ParagraphStyle
    banner: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10)
    return Styles(
        title=ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=15, leading=19, spaceAfter=4
        ),
        h2=ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8,
            spaceAfter=4,
        ),
        h3=ParagraphStyle(
            "h3", parent=base, fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=6,
            spaceAfter=2,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=INK),
        note=ParagraphStyle("note", parent=cell, fontName=ITALIC, textColor=MUTED),
        note_block=ParagraphStyle(
            "note_block", parent=cell, leftIndent=4 * mm, firstLineIndent=-4 * mm
        ),
        banner=ParagraphStyle(
            "banner", parent=base, fontName=BOLD, fontSize=10, leading=13, alignment=TA_CENTER,
            textColor=BANNER_INK, backColor=BANNER_BG,
            borderPadding=4, spaceAfter=8,
        ),
    )  # fmt: skip


def table_style(commands: Sequence[Any]) -> TableStyle:
    """A TableStyle whose plain-text cells use the embedded font (reportlab's
    default is Helvetica, which is never embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8, 10), *commands])


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def rich(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from markup (``<b>``…, text parts already through ``esc``),
    the markup's own words in French typography too."""
    return Paragraph(french(markup), style)


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the footer of every page shows."""

    left: str  # e.g. « Procès-verbal — Community Manager — 24 novembre 2026 »
    digest: str  # full hex digest of the content
    draft: bool


def _canvas_class(info: PageInfo, pagesize: tuple[float, float]) -> type[canvas.Canvas]:
    """A canvas whose footers know the page count (« Page 3 / 12 »): each page
    shows a form of its own, which is drawn once the count is known (a PDF
    may define a form after the pages that use it)."""

    class FooterCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.pages = 0

        def showPage(self) -> None:
            self.pages += 1
            self.doForm(f"footer{self.pages}")
            super().showPage()

        def save(self) -> None:
            for number in range(1, self.pages + 1):
                self.beginForm(f"footer{number}")
                decorate_page(self, info, number, self.pages, pagesize)
                self.endForm()
            super().save()

    return FooterCanvas


# x, y, text, font, size, ink, align
FooterText = tuple[float, float, str, str, float, colors.Color, str]


def footer_texts(
    info: PageInfo, number: int, total: int, pagesize: tuple[float, float]
) -> list[FooterText]:
    """The footer's texts (title, « Page x / y », digest) and, on a draft,
    the « Projet » line at the top; ``align`` is L, C or R around ``x``."""
    width, height = pagesize
    left = info.left if len(info.left) <= 95 else info.left[:94] + "…"
    digest = f"Empreinte du document : {short_digest(info.digest)} · grader {__version__}"
    texts: list[FooterText] = [
        (MARGIN, 8 * mm, left, REGULAR, 7.5, MUTED, "L"),
        (width - MARGIN, 8 * mm, f"Page {number} / {total}", REGULAR, 7.5, MUTED, "R"),
        (width / 2, 4.5 * mm, digest, REGULAR, 7.5, MUTED, "C"),
    ]
    if info.draft:
        texts.append((width / 2, height - 9 * mm, DRAFT_MARK.upper(), BOLD, 9, DRAFT_RED, "C"))
    return texts


def draft_watermark(c: canvas.Canvas, pagesize: tuple[float, float]) -> None:
    """A faint diagonal mark: visible on a printout, leaves the text readable."""
    width, height = pagesize
    c.saveState()
    c.setFillColor(colors.Color(0.85, 0.2, 0.2, alpha=0.10))
    c.setFont(BOLD, 44)
    c.translate(width / 2, height / 2)
    c.rotate(35)
    c.drawCentredString(0, 0, "PROJET")
    c.setFont(BOLD, 16)
    c.drawCentredString(0, -24, "délibération non clôturée")
    c.restoreState()


def decorate_page(
    c: canvas.Canvas, info: PageInfo, number: int, total: int, pagesize: tuple[float, float]
) -> None:
    """The footer (title, « Page x / y », digest) and the « Projet » marks."""
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, FOOTER_RULE_Y, pagesize[0] - MARGIN, FOOTER_RULE_Y)
    draw = {"L": c.drawString, "R": c.drawRightString, "C": c.drawCentredString}
    for x, y, text, font, size, ink, align in footer_texts(info, number, total, pagesize):
        c.setFillColor(ink)
        c.setFont(font, size)
        draw[align](x, y, french(text))
    c.restoreState()
    if info.draft:
        draft_watermark(c, pagesize)


def build_pdf(
    path: Path,
    story: Sequence[Flowable],
    info: PageInfo,
    *,
    title: str,
    subject: str = "",
    wide: bool = False,
) -> None:
    """Render ``story`` into ``path`` (the caller makes the write atomic)."""
    register_fonts()
    pagesize = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=17 * mm,
        title=title,
        author="grader",
        subject=subject,
        creator=f"grader {__version__}",
        # Otherwise every page starts in (unembedded) Helvetica.
        initialFontName=REGULAR,
    )
    doc.build(list(story), canvasmaker=_canvas_class(info, pagesize))
