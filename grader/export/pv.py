"""The procès-verbal de délibération (PDF, A4 landscape) printed for signature.

Drawn with ``pdf_draw`` like the sheets: a 200-candidate PV is a long table."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from grader.export.data import CandidateResult, ExportData
from grader.export.fonts import BOLD, ITALIC, REGULAR
from grader.export.pdf_common import (
    HEADER_BG,
    MARGIN,
    MUTED,
    RULE,
    ZEBRA,
    PageInfo,
    content_digest,
    french_date,
)
from grader.export.pdf_draw import Beside, Block, Flow, Page, Stack, Table, Text, draft_banner
from grader.export.pdf_paint import write_pdf
from grader.export.pdf_text import BLACK_INK, Cell, Ink, Run, ascent, ink, run, wrap
from grader.grading.deliberation_table import TableCell
from grader.grading.jury_checks import composition_sentence
from grader.grading.views import JurorView, fr_datetime
from grader.grading.vocabulary import (
    JUROR_FUNCTION_LABELS,
    OUTCOME_TOTAL_LABELS,
    BlocState,
    Outcome,
)
from grader.referential.model import JUROR_STATUSES

PAGE = landscape(A4)
WIDTH = 267 * mm  # A4 landscape minus the margins
PAD = 6.0  # left and right padding of a cell, and of a paragraph in the frame
TEXT_W = WIDTH - 2 * PAD
TOP = PAGE[1] - 14 * mm - PAD
BOTTOM = 17 * mm + PAD
SIGN_ROOM = 18 * mm  # blank height left for a signature
HEAD_BG = ink(HEADER_BG)
RULE_INK = ink(RULE)
ZEBRA_INK = ink(ZEBRA)
MUTED_INK = ink(MUTED)
_COLOURS: dict[str, str] = {
    BlocState.VALIDE: "#1E6B34",
    BlocState.DEJA_ACQUIS: "#1E6B34",
    Outcome.CERTIFIE: "#1E6B34",
    BlocState.NON_VALIDE: "#9B1C1C",
    Outcome.NON_CERTIFIE: "#9B1C1C",
    BlocState.ABSENT: "#5F6B7A",
    BlocState.NON_DELIBERE: "#5F6B7A",
    Outcome.VALIDATION_PARTIELLE: "#8A5A00",
}


def juror_status(juror: JurorView) -> str:
    """The member's status towards the training organisation."""
    return JUROR_STATUSES.get(juror.role, juror.role or "Statut non précisé")


def juror_function(juror: JurorView) -> str:
    return JUROR_FUNCTION_LABELS["president" if juror.is_president else "membre"]


def signing_order(data: ExportData) -> list[JurorView]:
    """Members in the order they sign: the president last."""
    return sorted(data.jurors, key=lambda j: (j.is_president, data.jurors.index(j)))


def cell_text(cell: TableCell, closed: bool) -> str:
    """The printed state; a draft PV also shows what the rule proposes for a
    bloc still to deliberate (a final PV never does: nothing was decided)."""
    if cell.state is BlocState.NON_DELIBERE and not closed and cell.proposal is not None:
        return f"{cell.label} (proposé : {cell.proposal_label})"
    return cell.label


def closure_sentences(data: ExportData) -> list[str]:
    """« Délibération close le … à … par … », the reason of a forced closure,
    and the composition sentence when the référentiel's rule is not met."""
    lines = []
    session = data.session
    if session.closed_at is not None:
        lines.append(
            f"Délibération close le {fr_datetime(session.closed_at)} par "
            f"{session.closed_by or 'non renseigné'}."
        )
        if session.closure_note:
            lines.append(session.closure_note)
    else:
        lines.append("Délibération en cours : document provisoire, non signable.")
    composition = composition_sentence(data.referential.jury, data.jurors)
    if composition:
        lines.append(composition)
    return lines


def _ink(code: str, default: Ink = BLACK_INK) -> Ink:
    colour = _COLOURS.get(code)
    return ink(colors.HexColor(colour)) if colour else default


def _cell(text: str, width: float, font: str = REGULAR, colour: Ink = BLACK_INK) -> Cell:
    return wrap((run(text, font, 8, colour),), width - 2 * PAD)


def _h2(text: str) -> Text:
    return Text([run(text, BOLD, 11.5)], TEXT_W, 15, dx=PAD)


def _body(text: str) -> Text:
    return Text([run(text, REGULAR, 9.5)], TEXT_W, 12.5, dx=PAD)


def _kv_rows(rows: list[tuple[str, str]], width: float) -> Stack:
    table = Table((45 * mm, width - 45 * mm), pad=(2, 2, PAD, PAD), below=RULE_INK,
                  rule_width=0.25)  # fmt: skip
    cells = [
        table.row([_cell(k, 45 * mm, BOLD), _cell(v, width - 45 * mm)]) for k, v in rows
    ]
    return Stack([(r, 0.0) for r in cells])


def _grid(widths: Sequence[float]) -> Table:
    return Table(widths, pad=(2.5, 2.5, PAD, PAD), grid=RULE_INK, middle=True)


def _zebra(table: Table, index: int) -> tuple[Ink | None, ...]:
    """Every other row tinted, the first after the header left white."""
    return (ZEBRA_INK,) * len(table.widths) if index % 2 == 0 else ()


def _header(flow: Flow, data: ExportData) -> None:
    ref, session = data.referential, data.session
    if not data.closed:
        flow.add(draft_banner(WIDTH, PAD), after=8)
    title = Text([run("Procès-verbal de délibération du jury", BOLD, 15)], TEXT_W, 19, dx=PAD)
    flow.add(title, after=4)
    flow.add(_h2(f"{ref.title} — {french_date(session.session_date)}"), before=8, after=4)
    half = (WIDTH - 8 * mm) / 2
    left = _kv_rows(
        [
            ("Certification", ref.title),
            ("Certificateur", ref.certifier),
            ("Code RNCP", ref.rncp or "non renseigné"),
            ("Niveau", str(ref.level) if ref.level is not None else "non renseigné"),
            ("NSF", ref.nsf or "non renseigné"),
        ],
        half,
    )
    right = _kv_rows(
        [
            ("Session", session.title or ref.title),
            ("Date", french_date(session.session_date)),
            ("Lieu", session.place or "non renseigné"),
            ("Type", session.kind),
            ("Épreuves évaluées", ", ".join(a.title for a in data.assessments)),
        ],
        half,
    )
    flow.add(Beside([(left, 0.0), (right, half + 8 * mm)]), before=3, after=3)
    for line in closure_sentences(data):
        flow.add(Text([run(line, BOLD, 9.5)], TEXT_W, 12.5, dx=PAD), before=2)


def _jury(flow: Flow, data: ExportData) -> None:
    head = ["Membre du jury", "Fonction", "Statut", "Présence", "Empreinte de la clé de signature"]
    widths = (70 * mm, 55 * mm, 40 * mm, 25 * mm, 77 * mm)
    table = _grid(widths)
    header = table.row([_cell(h, w, BOLD) for h, w in zip(head, widths, strict=True)],
                       (HEAD_BG,) * len(widths))  # fmt: skip
    rows = []
    for n, j in enumerate(data.jurors, start=1):
        values = [
            juror_function(j),
            juror_status(j),
            "Présent" if j.present else "Absent",
            j.fingerprint or "aucune clé (grille saisie dans la session)",
        ]
        cells = [_cell(j.name, widths[0], BOLD)]
        cells += [_cell(v, w) for v, w in zip(values, widths[1:], strict=True)]
        rows.append(table.row(cells, _zebra(table, n)))
    if not rows:
        note = _cell("Aucun membre du jury enregistré.", widths[0], ITALIC, MUTED_INK)
        rows.append(table.row([note, (), (), (), ()]))
    flow.add(_h2("Composition du jury"), before=8, after=4)
    flow.table([header], rows)


def _results(flow: Flow, data: ExportData) -> None:
    blocs = data.blocs
    legend: list[Run] = [run("Blocs : ", REGULAR, 8, MUTED_INK)]
    for n, b in enumerate(blocs):
        if n:
            legend.append(run(" ; ", REGULAR, 8, MUTED_INK))
        legend += [run(b.code, BOLD, 8, MUTED_INK), run(f" {b.title}", REGULAR, 8, MUTED_INK)]
    fixed = 10 * mm + 62 * mm + 38 * mm
    per_bloc = (WIDTH - fixed) / max(1, len(blocs))
    widths = (10 * mm, 62 * mm, *([per_bloc] * len(blocs)), 38 * mm)
    table = _grid(widths)
    head = ["N°", "Candidat", *(b.code for b in blocs), "Résultat"]
    header = table.row([_cell(h, w, BOLD) for h, w in zip(head, widths, strict=True)],
                       (HEAD_BG,) * len(widths))  # fmt: skip
    rows = []
    for n, c in enumerate(data.candidates, start=1):
        cand = c.candidate
        name = [run(cand.display_name, BOLD)]
        if cand.external_id:
            name.append(run(f" {cand.external_id}", REGULAR, 7, MUTED_INK))
        if cand.birth_date is not None:
            name.append(run(f"\nné(e) le {cand.birth_date:%d/%m/%Y}", REGULAR, 7, MUTED_INK))
        cells = [_cell(str(n), widths[0]), wrap(tuple(name), widths[1] - 2 * PAD)]
        for b, w in zip(blocs, widths[2:], strict=False):
            cell = c.blocs[b.code]
            cells.append(_cell(cell_text(cell, data.closed), w, REGULAR, _ink(cell.state)))
        cells.append(_cell(c.outcome_label, widths[-1], BOLD, _ink(c.outcome)))
        rows.append(table.row(cells, _zebra(table, n)))
    flow.add(_h2("Résultats"), before=8, after=4)
    flow.add(Text(legend, TEXT_W, 10, dx=PAD), after=3)
    # The header comes back on every page; rows are never split.
    flow.table([header], rows)


def _totals(flow: Flow, data: ExportData) -> None:
    t = totals(data)
    pairs = [("Candidats", t["candidats"])]
    pairs += [(label, t[code]) for code, label in OUTCOME_TOTAL_LABELS.items()]
    widths = (60 * mm, 25 * mm)
    table = _grid(widths)
    rows = [
        table.row([_cell(k, widths[0], BOLD), _cell(str(v), widths[1])],
                  (HEAD_BG, HEAD_BG) if n == 0 else ())
        for n, (k, v) in enumerate(pairs)
    ]  # fmt: skip
    flow.keep_together([(_h2("Totaux"), 8, 4), (Stack([(r, PAD) for r in rows]), 0, 0)])


def _motivations(flow: Flow, data: ExportData) -> None:
    heading = _h2("Motivations et aménagements")
    blocks: list[Block] = []
    for c in data.candidates:
        lines = _candidate_notes(c)
        if lines:
            # The candidate's name, then each note indented under it.
            parts: list[tuple[Block, float]] = [(Text([run(c.candidate.display_name, BOLD)],
                                                      TEXT_W, 10, dx=PAD), 0.0)]  # fmt: skip
            parts += [(Text([run(line)], TEXT_W - 4 * mm, 10, dx=PAD), 4 * mm) for line in lines]
            blocks.append(Stack(parts))
    if not blocks:
        note = "Aucune motivation ni aménagement à signaler."
        blocks = [Text([run(note, ITALIC, 8, MUTED_INK)], TEXT_W, 10, dx=PAD)]
    flow.keep_together([(heading, 8, 4), (blocks[0], 0, 2)])
    for block in blocks[1:]:
        flow.add(block, after=2)


def _candidate_notes(c: CandidateResult) -> list[str]:
    lines = []
    for code, cell in c.blocs.items():
        if cell.motivation and cell.state in (BlocState.VALIDE, BlocState.NON_VALIDE,
                                              BlocState.ABSENT):  # fmt: skip
            lines.append(f"• {code} — {cell.label} : {cell.motivation}")
    for cell in c.row.cells:
        if cell.state is BlocState.DEJA_ACQUIS and cell.acquired and cell.acquired.source_session:
            lines.append(f"• {cell.bloc_code} — {cell.label} : {cell.acquired.source_session}")
    if c.candidate.accommodation_type:
        # The type only: never the detail, which may touch on health.
        lines.append(f"• Aménagement appliqué : {c.candidate.accommodation_type}")
    return lines


def totals(data: ExportData) -> dict[str, int]:
    """Candidates, then how many per outcome, from the deliberation table."""
    counts: dict[str, int] = {"candidats": len(data.candidates)}
    counts.update({str(code): n for code, n in data.table.totals().items()})
    return counts


class _SignatureBoxes(Block):
    """Four boxes a row, one per member: name, role, room to sign."""

    PER_ROW = 4

    def __init__(self, data: ExportData) -> None:
        self.width = WIDTH / self.PER_ROW
        self.cells: list[Cell] = []
        for j in signing_order(data):
            runs = [run(j.name, BOLD), run("\n" + juror_function(j)), run("\n" + juror_status(j))]
            if not j.present:
                runs.append(run("\nabsent", ITALIC))
            self.cells.append(wrap(tuple(runs), self.width - 2 * PAD))
        rows = [self.cells[i : i + self.PER_ROW] for i in range(0, len(self.cells), self.PER_ROW)]
        self.heights = [max(len(c) for c in r) * 10 + SIGN_ROOM + 10 + 6 for r in rows]
        self.height = sum(self.heights) or 16.0

    def draw(self, page: Page, x: float, top: float) -> None:
        for i, cell in enumerate(self.cells):
            row, col = divmod(i, self.PER_ROW)
            y = top - sum(self.heights[:row])
            h = self.heights[row]
            left = x + col * self.width
            right = left + self.width
            page.rules += [(True, y, left, right, 0.5, RULE_INK),
                           (True, y - h, left, right, 0.5, RULE_INK),
                           (False, left, y - h, y, 0.5, RULE_INK),
                           (False, right, y - h, y, 0.5, RULE_INK)]  # fmt: skip
            page.lines(left + PAD, y - 3 - ascent(10, 8), cell, 10)
            label = wrap((run("Signature", REGULAR, 8, MUTED_INK),), self.width)
            page.lines(left + PAD, y - 3 - len(cell) * 10 - SIGN_ROOM - ascent(10, 8), label, 10)


def _signatures(flow: Flow, data: ExportData) -> None:
    date_place = f"Fait à {data.session.place or '…'}, le {french_date(data.session.session_date)}."
    flow.keep_together(
        [(_h2("Signatures des membres du jury"), 8, 4), (_body(date_place), 0, 3),
         (_SignatureBoxes(data), 0, 0)]
    )  # fmt: skip


def pv_content(data: ExportData) -> dict[str, Any]:
    """What the PV says, for its digest."""
    return {
        "kind": "pv",
        "session": [data.session.id, data.session.title, data.session.session_date,
                    data.session.place, data.referential.hash, data.closed],
        "closure": [data.session.closed_at, data.session.closed_by, data.session.closure_note],
        "jurors": [[j.name, j.role, j.function, j.present, j.fingerprint] for j in data.jurors],
        "candidates": [
            [c.candidate.display_name, c.candidate.birth_date, c.outcome,
             [[code, cell.label, cell.motivation] for code, cell in c.blocs.items()]]
            for c in data.candidates
        ],
    }  # fmt: skip


def render_pv(data: ExportData, path: Path) -> None:
    flow = Flow(MARGIN, TOP, BOTTOM)
    _header(flow, data)
    _jury(flow, data)
    _results(flow, data)
    _totals(flow, data)
    _motivations(flow, data)
    _signatures(flow, data)
    date = french_date(data.session.session_date)
    info = PageInfo(
        left=f"Procès-verbal — {data.referential.title} — {date}",
        digest=content_digest(pv_content(data)),
        draft=not data.closed,
    )
    write_pdf(path, flow.pages, info, title=f"Procès-verbal — {data.referential.title}",
              subject=date, pagesize=PAGE)  # fmt: skip
