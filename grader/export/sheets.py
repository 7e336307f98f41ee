"""Evaluation sheets (PDF, A4 portrait): one candidate × épreuve per section,
each juror's level and observation per criterion, the rule's proposal, the
jury's decision, the timer and the signatures."""

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from grader.export.data import CandidateResult, ExportData
from grader.export.fonts import BOLD, REGULAR
from grader.export.pdf_common import (
    DRAFT_MARK,
    HEADER_BG,
    INK,
    RULE,
    PageInfo,
    Styles,
    build_pdf,
    content_digest,
    esc,
    french_date,
    local_datetime,
    para,
    short_digest,
    styles,
    table_style,
)
from grader.grading.bloc_rules import fr_number
from grader.grading.views import MarkView, SheetView
from grader.grading.vocabulary import BLOC_OUTCOME_LABELS, SIGNED
from grader.referential.model import JUROR_ROLES, Assessment, ScaleKind

WIDTH = 180 * mm  # A4 portrait minus the margins
DISAGREE_BG = colors.HexColor("#FFF4D6")
GROUP_BG = colors.HexColor("#EEF1F5")

Item = tuple[CandidateResult, Assessment]


def sheet_items(data: ExportData) -> list[Item]:
    """Candidate × épreuve pairs that have at least one sheet, candidates in
    alphabetical order, épreuves in the référentiel's order."""
    return [(c, a) for c in data.candidates for a in data.assessments if c.sheets.get(a.id)]


def duration(seconds: int) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    return f"{minutes} min {secs:02d} s"


def mark_text(assessment: Assessment, mark: MarkView | None) -> str:
    if mark is None or mark.value is None:
        return "non noté"
    scale = assessment.scale
    if scale.kind is ScaleKind.POINTS:
        top = fr_number(float(scale.max_points or 0))
        return f"{fr_number(float(mark.value))} / {top}"
    level = scale.level(str(mark.value))
    return level.label if level is not None else str(mark.value)


def _differs(assessment: Assessment, marks: list[MarkView | None], tolerance: float) -> bool:
    values = [m.value for m in marks if m is not None and m.value is not None]
    if len(values) < 2:
        return False
    if assessment.scale.kind is ScaleKind.POINTS:
        numbers = [float(v) for v in values]
        return max(numbers) - min(numbers) > tolerance + 1e-9
    return len(set(values)) > 1


def _head(data: ExportData, c: CandidateResult, a: Assessment, st: Styles) -> list[Flowable]:
    bloc = data.referential.bloc_of(a.id)
    cand = c.candidate
    ident = cand.display_name + (f" ({cand.external_id})" if cand.external_id else "")
    rows = [
        ("Candidat", ident),
        ("Certification", f"{data.referential.title} — {data.referential.rncp or ''}".rstrip(" —")),
        ("Bloc", f"{bloc.code} — {bloc.title}"),
        ("Modalité", a.modality or "—"),
        (
            "Session",
            f"{french_date(data.session.session_date)}, "
            f"{data.session.place or 'lieu non renseigné'}",
        ),
        ("Échelle", a.scale.label),
    ]
    value_w = WIDTH - 30 * mm
    table = Table(
        [[k, wrapped(v, REGULAR, 8, value_w - 8)] for k, v in rows],
        colWidths=[30 * mm, value_w],
    )
    table.setStyle(table_style([("FONT", (0, 0), (-1, -1), REGULAR, 8, 10),
                               ("FONT", (0, 0), (0, -1), BOLD, 8, 10),
                               ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))  # fmt: skip
    story: list[Flowable] = []
    if not data.closed:
        story.append(para(DRAFT_MARK, st.banner))
    story += [para(f"Grille d'évaluation — {a.title}", st.title), table]
    return story


def _timer(data: ExportData, c: CandidateResult, a: Assessment, st: Styles) -> Flowable:
    cand = c.candidate
    allowed = ""
    if a.duration_minutes:
        total = a.duration_minutes * (1 + cand.extra_time_ratio)
        allowed = f" sur {fr_number(total, 0)} min autorisées"
        if cand.extra_time_ratio:
            allowed += (
                f" ({a.duration_minutes} min + {cand.accommodation_type or 'temps supplémentaire'})"
            )
    parts = []
    for sheet in c.sheets[a.id]:
        juror = data.juror(sheet.juror_id)
        name = juror.name if juror else "juré inconnu"
        parts.append(f"{esc(name)} : {duration(sheet.timer_elapsed_seconds)}")
    text = "<b>Durée de la soutenance</b>" + esc(allowed) + " — " + " ; ".join(parts)
    if cand.accommodation_type:
        text += f"<br/><b>Aménagement</b> : {esc(cand.accommodation_type)}"
        if cand.accommodation_authorised_by:
            text += f" (autorisé par {esc(cand.accommodation_authorised_by)})"
    return Paragraph(text, st.cell)


@lru_cache(maxsize=4096)
def wrapped(text: str, font: str, size: float, width: float) -> str:
    """Lines broken to fit ``width``: a plain multi-line cell draws many times
    faster than a Paragraph, and a big session prints thousands of criteria."""
    return "\n".join(simpleSplit(text, font, size, width)) or " "


def _grid(data: ExportData, c: CandidateResult, a: Assessment, st: Styles) -> Table:
    sheets = c.sheets[a.id]
    jurors = [data.juror(s.juror_id) for s in sheets]
    code_w = 13 * mm
    juror_w = min(36 * mm, (WIDTH - 80 * mm) / max(1, len(sheets)))
    text_w = WIDTH - code_w - juror_w * len(sheets)
    pad = 8  # left + right cell padding, points
    head: list[Any] = ["Code", "Critère d'évaluation"]
    head += [wrapped(j.name if j else "—", BOLD, 8, juror_w - pad) for j in jurors]
    rows: list[list[Any]] = [head]
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8, 10),
        ("FONT", (0, 0), (-1, 0), BOLD, 8, 10),
        ("FONT", (0, 1), (0, -1), BOLD, 8, 10),
        ("FONT", (2, 1), (-1, -1), BOLD, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for group in a.groups:
        rows.append([wrapped(group.title, BOLD, 8, WIDTH - pad)] + [""] * (len(sheets) + 1))
        r = len(rows) - 1
        commands += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), GROUP_BG),
            ("FONT", (0, r), (-1, r), BOLD, 8, 10),
        ]
        for criterion in group.criteria:
            row: list[Any] = [
                criterion.code or "",
                wrapped(criterion.text, REGULAR, 8, text_w - pad),
            ]
            marks = [s.marks.get(criterion.id) for s in sheets]
            for mark in marks:
                label = mark_text(a, mark)
                if mark is not None and mark.observation:
                    row.append(
                        Paragraph(
                            f"<b>{esc(label)}</b><br/><i>{esc(mark.observation)}</i>", st.cell
                        )
                    )
                else:
                    row.append(wrapped(label, BOLD, 8, juror_w - pad))
            rows.append(row)
            if _differs(a, marks, data.session.points_tolerance):
                commands.append(
                    ("BACKGROUND", (2, len(rows) - 1), (-1, len(rows) - 1), DISAGREE_BG)
                )
    table = Table(rows, colWidths=[code_w, text_w, *([juror_w] * len(sheets))], repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _observations(data: ExportData, sheets: Sequence[SheetView], st: Styles) -> list[Flowable]:
    items: list[Flowable] = []
    for sheet in sheets:
        if sheet.observation:
            juror = data.juror(sheet.juror_id)
            name = juror.name if juror else "Juré"
            items.append(Paragraph(f"<b>{esc(name)}</b> : {esc(sheet.observation)}", st.cell))
    if not items:
        return []
    return [para("Observations générales", st.h3), *items]


def _decision(data: ExportData, c: CandidateResult, a: Assessment, st: Styles) -> Flowable:
    bloc = data.referential.bloc_of(a.id)
    line = c.blocs[bloc.code]
    proposal = line.proposal
    proposed = BLOC_OUTCOME_LABELS.get(proposal.outcome, proposal.outcome)
    several = len([x for x in bloc.assessments if x in data.assessments]) > 1
    scope = " (toutes les épreuves du bloc)" if several else ""
    text = (
        f"<b>Proposition de la règle pour le bloc {esc(bloc.code)}{esc(scope)}</b> : "
        f"{esc(proposed)} — {esc(proposal.reason)}"
    )
    if line.decided is None:
        text += "<br/><b>Décision du jury</b> : non encore délibérée."
    else:
        text += f"<br/><b>Décision du jury</b> : {esc(line.label)}"
        if line.motivation:
            text += f" — motivation : {esc(line.motivation)}"
    return Paragraph(text, st.cell)


def _signatures(data: ExportData, sheets: Sequence[SheetView], st: Styles) -> Table:
    widths = [45 * mm, 27 * mm, 30 * mm, 41 * mm, 37 * mm]
    head = ["Juré", "Grille", "Signée le (heure locale)", "Clé du juré", "Empreinte de la grille"]
    rows: list[list[Any]] = [
        [wrapped(h, BOLD, 8, w - 8) for h, w in zip(head, widths, strict=True)]
    ]
    for sheet in sheets:
        juror = data.juror(sheet.juror_id)
        role = JUROR_ROLES.get(juror.role, juror.role) if juror else ""
        status = (
            f"Signée (v{sheet.version})" if sheet.status == SIGNED else "Brouillon,\nnon signée"
        )
        rows.append(
            [
                wrapped(f"{juror.name if juror else '—'}\n{role}", REGULAR, 8, widths[0] - 8),
                status,
                local_datetime(sheet.signed_at) if sheet.status == SIGNED else "—",
                (juror.fingerprint if juror else None) or "—",
                short_digest(sheet.digest) if sheet.digest else "—",
            ]
        )
    table = Table(rows, colWidths=widths)
    table.setStyle(table_style([("FONT", (0, 0), (-1, -1), REGULAR, 8, 10),
                               ("FONT", (0, 0), (-1, 0), BOLD, 8, 10),
                               ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                               ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                               ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))  # fmt: skip
    return table


def _section(data: ExportData, c: CandidateResult, a: Assessment, st: Styles) -> list[Flowable]:
    sheets = c.sheets[a.id]
    story = _head(data, c, a, st)
    story += [Spacer(1, 4), _timer(data, c, a, st), Spacer(1, 5), _grid(data, c, a, st)]
    story += _observations(data, sheets, st)
    story.append(Spacer(1, 5))
    story.append(
        KeepTogether(
            [
                _decision(data, c, a, st),
                para("Signatures", st.h3),
                _signatures(data, sheets, st),
            ]
        )
    )
    return story


def sheets_content(data: ExportData, items: Sequence[Item]) -> list[Any]:
    return [
        [c.candidate.id, a.id, [(s.id, s.digest, s.status) for s in c.sheets[a.id]],
         c.blocs[data.referential.bloc_of(a.id).code].label, data.closed]
        for c, a in items
    ]  # fmt: skip


def render_sheet_pages(data: ExportData, items: Sequence[Item], path: Path) -> None:
    st = styles()
    story: list[Flowable] = []
    for n, (c, a) in enumerate(items):
        if n:
            story.append(PageBreak())
        story += _section(data, c, a, st)
    if not items:
        story.append(para("Aucune grille à imprimer pour cette session.", st.body))
    if len(items) == 1:
        c, a = items[0]
        left = f"Grille — {c.candidate.display_name} — {a.title}"
    else:
        when = french_date(data.session.session_date)
        left = f"Grilles d'évaluation — {data.referential.title} — {when}"
    info = PageInfo(
        left=left, digest=content_digest(sheets_content(data, items)), draft=not data.closed
    )
    build_pdf(path, story, info, title=left)
