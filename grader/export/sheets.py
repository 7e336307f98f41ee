"""Evaluation sheets (PDF, A4 portrait): one candidate × épreuve per section,
each juror's level and observation per criterion, the rule's proposal, the
jury's decision, the timer and the signatures.

A big session prints hundreds of pages: each section is laid out once, by
hand (see ``pdf_draw``), and the same pages go to the candidate's own file
and to the combined one."""

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from grader.export.data import CandidateResult, ExportData
from grader.export.fonts import BOLD, ITALIC, REGULAR
from grader.export.pdf_common import (
    HEADER_BG,
    MARGIN,
    MUTED,
    RULE,
    PageInfo,
    content_digest,
    french_date,
    local_datetime,
    short_digest,
)
from grader.export.pdf_draw import Block, Flow, Page, Row, Table, Text, draft_banner
from grader.export.pdf_paint import write_pdf
from grader.export.pdf_text import Cell, Run, ink, run, wrap
from grader.grading.bloc_rules import fr_number
from grader.grading.durations import effective_duration, extended_minutes
from grader.grading.views import MarkView, SheetView
from grader.grading.vocabulary import SIGNED, BlocState
from grader.referential.model import JUROR_ROLES, Assessment, ScaleKind

WIDTH = 180 * mm  # A4 portrait minus the margins
DISAGREE_BG = ink(colors.HexColor("#FFF4D6"))
GROUP_BG = ink(colors.HexColor("#EEF1F5"))
HEAD_BG = ink(HEADER_BG)
RULE_INK = ink(RULE)
PAD = 6.0  # left and right padding of a cell, and of a paragraph in the frame
TEXT_X = MARGIN + PAD
TEXT_W = WIDTH - 2 * PAD
TOP = A4[1] - 14 * mm - PAD
BOTTOM = 17 * mm + PAD

Item = tuple[CandidateResult, Assessment]


def sheet_items(data: ExportData) -> list[Item]:
    """Candidate × épreuve pairs that have at least one sheet, candidates in
    alphabetical order, épreuves in the référentiel's order."""
    # An absent candidate gets no sheet, even one a juror opened by mistake.
    return [
        (c, a)
        for c in data.candidates
        if c.candidate.present
        for a in data.assessments
        if c.sheets.get(a.id)
    ]


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


def _para(runs: Sequence[Run]) -> Text:
    return Text(runs, TEXT_W, 10, dx=PAD)


def _cell(text: str, width: float, font: str = REGULAR) -> Cell:
    """``text`` broken to fit a column ``width`` wide (padding included)."""
    return wrap((run(text, font),), width - 2 * PAD)


HEAD_TABLE = Table((30 * mm, WIDTH - 30 * mm), pad=(1.5, 2.5, PAD, PAD), below=RULE_INK,
                   rule_width=0.25)  # fmt: skip


def _head(flow: Flow, data: ExportData, c: CandidateResult, a: Assessment) -> None:
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
    widths = HEAD_TABLE.widths
    if not data.closed:
        flow.add(draft_banner(WIDTH, PAD), after=8)
    title = Text([run(f"Grille d'évaluation — {a.title}", BOLD, 15)], TEXT_W, 19, dx=PAD)
    flow.add(title, after=4)
    for key, value in rows:
        cells = [_cell(key, widths[0], BOLD), _cell(value, widths[1])]
        flow.add(HEAD_TABLE.row(cells))


def allowed_time(data: ExportData, c: CandidateResult, a: Assessment) -> str:
    """« 30 min (40 min avec tiers-temps) », « non fixée » when neither the
    session nor the référentiel gives a duration."""
    cand = c.candidate
    minutes = effective_duration(data.session, a)
    if minutes is None:
        return "non fixée"
    text = f"{minutes} min"
    extended = extended_minutes(minutes, cand.extra_time_ratio)
    if cand.extra_time_ratio > 0 and extended != minutes:
        text += f" ({extended} min avec {cand.accommodation_type or 'temps supplémentaire'})"
    return text


def _timer(data: ExportData, c: CandidateResult, a: Assessment) -> Text:
    cand = c.candidate
    parts = []
    for sheet in c.sheets[a.id]:
        juror = data.juror(sheet.juror_id)
        name = juror.name if juror else "juré inconnu"
        parts.append(f"{name} : {duration(sheet.timer_elapsed_seconds)}")
    runs = [
        run("Durée prévue", BOLD),
        run(f" : {allowed_time(data, c, a)} — "),
        run("durée chronométrée", BOLD),
        run(" : " + " ; ".join(parts)),
    ]
    if cand.accommodation_type:
        extra = f" : {cand.accommodation_type}"
        if cand.accommodation_authorised_by:
            extra += f" (autorisé par {cand.accommodation_authorised_by})"
        runs += [run("\nAménagement", BOLD), run(extra)]
    return _para(runs)


UNSIGNED_COLUMN = "non signée — non prise en compte"
MUTED_INK = ink(MUTED)


@lru_cache(maxsize=16)
def _grid_table(jurors: int) -> Table:
    code_w = 13 * mm
    juror_w = min(36 * mm, (WIDTH - 80 * mm) / max(1, jurors))
    text_w = WIDTH - code_w - juror_w * jurors
    widths = (code_w, text_w, *([juror_w] * jurors))
    return Table(widths, pad=(2, 3, PAD, PAD), grid=RULE_INK)


def _grid(flow: Flow, data: ExportData, c: CandidateResult, a: Assessment) -> None:
    sheets = c.sheets[a.id]
    jurors = [data.juror(s.juror_id) for s in sheets]
    table = _grid_table(len(sheets))
    code_w, text_w, *_, juror_w = table.widths
    head = [_cell("Code", code_w, BOLD), _cell("Critère d'évaluation", text_w, BOLD)]
    for j, sheet in zip(jurors, sheets, strict=True):
        title = [run(j.name if j else "—", BOLD)]
        if sheet.status != SIGNED:
            # The rule reads signed sheets only: say so where the marks are.
            title.append(run(f"\n{UNSIGNED_COLUMN}", ITALIC, colour=MUTED_INK))
        head.append(wrap(tuple(title), juror_w - 2 * PAD))
    header = table.row(head, [HEAD_BG] * len(head))
    tolerance = data.session.points_tolerance
    disagree = (None, None, *([DISAGREE_BG] * len(sheets)))
    plain: dict[Any, Cell] = {}  # a level without observation: the same cell every time
    rows: list[Row] = []
    for group in a.groups:
        rows.append(table.row([_cell(group.title, WIDTH, BOLD)], [GROUP_BG]))
        for criterion in group.criteria:
            cells = [_cell(criterion.code or "", code_w, BOLD), _cell(criterion.text, text_w)]
            marks = [s.marks.get(criterion.id) for s in sheets]
            for mark in marks:
                if mark is not None and mark.observation:
                    runs = (run(mark_text(a, mark), BOLD), run("\n" + mark.observation, ITALIC))
                    cells.append(wrap(runs, juror_w - 2 * PAD))
                    continue
                value = mark.value if mark is not None else None
                cell = plain.get(value)
                if cell is None:
                    cell = plain[value] = _cell(mark_text(a, mark), juror_w, BOLD)
                cells.append(cell)
            fills = disagree if _differs(a, marks, tolerance) else ()
            rows.append(table.row(cells, fills))
    flow.table([header], rows)


def _observations(flow: Flow, data: ExportData, sheets: Sequence[SheetView]) -> None:
    items: list[Text] = []
    for sheet in sheets:
        if sheet.observation:
            juror = data.juror(sheet.juror_id)
            name = juror.name if juror else "Juré"
            items.append(_para([run(name, BOLD), run(f" : {sheet.observation}")]))
    if not items:
        return
    heading = _h3("Observations générales")
    flow.keep_together([(heading, 6, 2), (items[0], 0, 0)])
    for item in items[1:]:
        flow.add(item)


def _h3(text: str) -> Text:
    return Text([run(text, BOLD, 9.5)], TEXT_W, 12.5, dx=PAD)


def _decision(data: ExportData, c: CandidateResult, a: Assessment) -> Text:
    bloc = data.referential.bloc_of(a.id)
    cell = c.blocs[bloc.code]
    several = len([x for x in bloc.assessments if x in data.assessments]) > 1
    scope = " (toutes les épreuves du bloc)" if several else ""
    runs = []
    if cell.proposal is not None:
        runs += [
            run(f"Proposition de la règle pour le bloc {bloc.code}{scope}", BOLD),
            run(f" : {cell.proposal_label} — {cell.proposal.reason}\n"),
        ]
    runs.append(run("Décision du jury", BOLD))
    if cell.state is BlocState.NON_DELIBERE:
        runs.append(run(" : non délibérée."))
    else:
        text = f" : {cell.label}"
        if cell.motivation:
            text += f" — motivation : {cell.motivation}"
        runs.append(run(text))
    return _para(runs)


# Wide enough for « 24/11/2026 à 16:30 » and a fingerprint on one line.
SIGNATURE_WIDTHS = (44 * mm, 23 * mm, 35 * mm, 40 * mm, 38 * mm)


SIGNATURE_TABLE = Table(SIGNATURE_WIDTHS, pad=(3, 3, PAD, PAD), grid=RULE_INK)


def _signatures(data: ExportData, sheets: Sequence[SheetView]) -> list[Row]:
    widths = SIGNATURE_WIDTHS
    head = ["Juré", "Grille", "Signée le (heure locale)", "Clé du juré", "Empreinte de la grille"]
    rows = [
        SIGNATURE_TABLE.row([_cell(h, w, BOLD) for h, w in zip(head, widths, strict=True)],
                            [HEAD_BG] * len(widths))
    ]  # fmt: skip
    for sheet in sheets:
        juror = data.juror(sheet.juror_id)
        role = JUROR_ROLES.get(juror.role, juror.role) if juror else ""
        status = f"Signée (v{sheet.version})" if sheet.status == SIGNED else "Brouillon, non signée"
        values = [
            f"{juror.name if juror else '—'}\n{role}",
            status,
            local_datetime(sheet.signed_at) if sheet.status == SIGNED else "—",
            (juror.fingerprint if juror else None) or "—",
            short_digest(sheet.digest) if sheet.digest else "—",
        ]
        rows.append(SIGNATURE_TABLE.row([_cell(v, w) for v, w in zip(values, widths, strict=True)]))
    return rows


def sheet_pages(data: ExportData, item: Item) -> list[Page]:
    """The pages of one candidate × épreuve, starting on a new page."""
    c, a = item
    sheets = c.sheets[a.id]
    flow = Flow(MARGIN, TOP, BOTTOM)
    _head(flow, data, c, a)
    flow.space(4)
    flow.add(_timer(data, c, a), after=5)
    _grid(flow, data, c, a)
    _observations(flow, data, sheets)
    closing: list[tuple[Block, float, float]] = [(_decision(data, c, a), 5, 0)]
    closing.append((_h3("Signatures"), 6, 2))
    closing += [(row, 0, 0) for row in _signatures(data, sheets)]
    flow.keep_together(closing)
    return flow.pages


def _empty_pages() -> list[Page]:
    flow = Flow(MARGIN, TOP, BOTTOM)
    flow.add(Text([run("Aucune grille à imprimer pour cette session.", REGULAR, 9.5)],
                  TEXT_W, 12.5, dx=PAD))  # fmt: skip
    return flow.pages


def sheets_content(data: ExportData, items: Sequence[Item]) -> list[Any]:
    return [
        [c.candidate.id, a.id, [(s.id, s.digest, s.status) for s in c.sheets[a.id]],
         c.blocs[data.referential.bloc_of(a.id).code].label, data.closed]
        for c, a in items
    ]  # fmt: skip


def write_sheet_pages(
    data: ExportData, items: Sequence[Item], pages: Sequence[Page], path: Path
) -> None:
    """Write already laid-out ``pages`` (those of ``items``, in order) to ``path``."""
    if len(items) == 1:
        c, a = items[0]
        left = f"Grille — {c.candidate.display_name} — {a.title}"
    else:
        when = french_date(data.session.session_date)
        left = f"Grilles d'évaluation — {data.referential.title} — {when}"
    info = PageInfo(
        left=left, digest=content_digest(sheets_content(data, items)), draft=not data.closed
    )
    write_pdf(path, pages or _empty_pages(), info, title=left, pagesize=A4)


def render_sheet_pages(data: ExportData, items: Sequence[Item], path: Path) -> None:
    pages = [page for item in items for page in sheet_pages(data, item)]
    write_sheet_pages(data, items, pages, path)
