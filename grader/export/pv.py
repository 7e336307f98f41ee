"""The procès-verbal de délibération (PDF, A4 landscape) printed for signature."""

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from grader.export.data import CandidateResult, ExportData
from grader.export.pdf_common import (
    DRAFT_MARK,
    HEADER_BG,
    RULE,
    ZEBRA,
    PageInfo,
    Styles,
    build_pdf,
    content_digest,
    esc,
    french_date,
    para,
    styles,
    table_style,
)
from grader.grading.vocabulary import (
    ABSENT,
    CERTIFIE,
    DEJA_ACQUIS,
    NON_CERTIFIE,
    NON_VALIDE,
    PARTIELLE,
    VALIDE,
)
from grader.referential.model import JUROR_ROLES

WIDTH = 267 * mm  # A4 landscape minus the margins
_COLOURS = {
    VALIDE: "#1E6B34",
    DEJA_ACQUIS: "#1E6B34",
    CERTIFIE: "#1E6B34",
    NON_VALIDE: "#9B1C1C",
    NON_CERTIFIE: "#9B1C1C",
    ABSENT: "#5F6B7A",
    PARTIELLE: "#8A5A00",
}


def juror_status(role: str) -> str:
    """Whether the member comes from outside the training organisation."""
    if role == "professionnel":
        return "Extérieur"
    if role in ("responsable_pedagogique", "formateur"):
        return "Organisme de formation"
    return "—"


def signing_order(data: ExportData) -> list[Any]:
    """Members in the order they sign: the president last."""
    return sorted(data.jurors, key=lambda j: (j.role == "president", data.jurors.index(j)))


def _coloured(text: str, code: str) -> str:
    colour = _COLOURS.get(code)
    return f'<font color="{colour}">{esc(text)}</font>' if colour else esc(text)


def _kv_table(rows: list[tuple[str, str]], st: Styles, width: float) -> Table:
    data = [[Paragraph(f"<b>{esc(k)}</b>", st.cell), para(v, st.cell)] for k, v in rows]
    table = Table(data, colWidths=[45 * mm, width - 45 * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _grid_style(rows: int) -> TableStyle:
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, rows, 2)]
    return table_style(commands)


def _header(data: ExportData, st: Styles) -> list[Flowable]:
    ref, session = data.referential, data.session
    story: list[Flowable] = []
    if not data.closed:
        story.append(para(DRAFT_MARK, st.banner))
    story.append(para("Procès-verbal de délibération du jury", st.title))
    story.append(para(f"{ref.title} — {french_date(session.session_date)}", st.h2))
    half = (WIDTH - 8 * mm) / 2
    left = _kv_table(
        [
            ("Certification", ref.title),
            ("Certificateur", ref.certifier),
            ("Code RNCP", ref.rncp or "non renseigné"),
            ("Niveau", str(ref.level) if ref.level is not None else "non renseigné"),
            ("NSF", ref.nsf or "non renseigné"),
        ],
        st,
        half,
    )
    right = _kv_table(
        [
            ("Session", session.title or ref.title),
            ("Date", french_date(session.session_date)),
            ("Lieu", session.place or "non renseigné"),
            ("Type", session.kind),
            ("Épreuves évaluées", ", ".join(a.title for a in data.assessments)),
        ],
        st,
        half,
    )
    both = Table([[left, right]], colWidths=[half + 8 * mm, half])
    both.setStyle(
        table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story.append(both)
    return story


def _jury(data: ExportData, st: Styles) -> list[Flowable]:
    head = ["Membre du jury", "Rôle", "Statut", "Présence", "Empreinte de la clé de signature"]
    rows: list[list[Any]] = [[para(h, st.cell_head) for h in head]]
    for j in data.jurors:
        rows.append(
            [
                para(j.name, st.cell_bold),
                para(JUROR_ROLES.get(j.role, j.role), st.cell),
                para(juror_status(j.role), st.cell),
                para("Présent" if j.present else "Absent", st.cell),
                para(j.fingerprint or "aucune clé (grille saisie dans la session)", st.cell),
            ]
        )
    if len(rows) == 1:
        rows.append([para("Aucun membre du jury enregistré.", st.note), "", "", "", ""])
    table = Table(rows, colWidths=[70 * mm, 55 * mm, 40 * mm, 25 * mm, 77 * mm], repeatRows=1)
    table.setStyle(_grid_style(len(rows)))
    return [para("Composition du jury", st.h2), table]


def _results(data: ExportData, st: Styles) -> list[Flowable]:
    blocs = data.blocs
    legend = "Blocs : " + " ; ".join(f"<b>{esc(b.code)}</b> {esc(b.title)}" for b in blocs)
    head: list[Any] = [para("N°", st.cell_head), para("Candidat", st.cell_head)]
    head += [para(b.code, st.cell_head) for b in blocs]
    head.append(para("Résultat", st.cell_head))
    rows: list[list[Any]] = [head]
    for n, c in enumerate(data.candidates, start=1):
        cand = c.candidate
        name = f"<b>{esc(cand.display_name)}</b>"
        if cand.external_id:
            name += f' <font size="7" color="#5F6B7A">{esc(cand.external_id)}</font>'
        row: list[Any] = [para(str(n), st.cell), Paragraph(name, st.cell)]
        for b in blocs:
            line = c.blocs[b.code]
            row.append(Paragraph(_coloured(line.label, line.outcome), st.cell))
        outcome = c.certification.outcome
        row.append(Paragraph(f"<b>{_coloured(c.outcome_label, outcome)}</b>", st.cell))
        rows.append(row)
    fixed = 10 * mm + 62 * mm + 38 * mm
    per_bloc = (WIDTH - fixed) / max(1, len(blocs))
    widths = [10 * mm, 62 * mm, *([per_bloc] * len(blocs)), 38 * mm]
    # repeatRows: the header comes back on every page; rows are never split.
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(len(rows)))
    return [para("Résultats", st.h2), Paragraph(legend, st.small), Spacer(1, 3), table]


def _motivations(data: ExportData, st: Styles) -> list[Flowable]:
    items: list[Flowable] = []
    for c in data.candidates:
        lines = _candidate_notes(c)
        if lines:
            text = f"<b>{esc(c.candidate.display_name)}</b><br/>" + "<br/>".join(lines)
            items.append(Paragraph(text, st.note_block))
            items.append(Spacer(1, 2))
    if not items:
        items = [para("Aucune motivation ni aménagement à signaler.", st.note)]
    return [para("Motivations et aménagements", st.h2), *items]


def _candidate_notes(c: CandidateResult) -> list[str]:
    lines = []
    for code, line in c.blocs.items():
        if line.motivation:
            lines.append(f"• {esc(code)} — {esc(line.label)} : {esc(line.motivation)}")
    if c.candidate.accommodation_type:
        # The type only: never the detail, which may touch on health.
        lines.append(f"• Aménagement appliqué : {esc(c.candidate.accommodation_type)}")
    return lines


def totals(data: ExportData) -> dict[str, int]:
    counts = {"candidats": len(data.candidates), CERTIFIE: 0, PARTIELLE: 0, NON_CERTIFIE: 0}
    counts["autres"] = 0
    for c in data.candidates:
        key = c.certification.outcome
        counts[key if key in counts else "autres"] += 1
    return counts


def _totals(data: ExportData, st: Styles) -> list[Flowable]:
    t = totals(data)
    rows = [
        ("Candidats", t["candidats"]),
        ("Certifiés", t[CERTIFIE]),
        ("Validations partielles", t[PARTIELLE]),
        ("Non certifiés", t[NON_CERTIFIE]),
    ]
    if t["autres"]:
        rows.append(("Incomplets ou à délibérer", t["autres"]))
    table = Table(
        [[para(k, st.cell_bold), para(str(v), st.cell)] for k, v in rows],
        colWidths=[60 * mm, 25 * mm],
        hAlign="LEFT",
    )
    table.setStyle(_grid_style(0))
    return [KeepTogether([para("Totaux", st.h2), table])]


def _signatures(data: ExportData, st: Styles) -> list[Flowable]:
    cells: list[Any] = []
    for j in signing_order(data):
        role = JUROR_ROLES.get(j.role, j.role)
        text = f"<b>{esc(j.name)}</b><br/>{esc(role)}"
        if not j.present:
            text += "<br/><i>absent</i>"
        cells.append([Paragraph(text, st.cell), Spacer(1, 18 * mm), para("Signature", st.small)])
    per_row = 4
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)] or [[""]]
    for r in rows:
        r += [""] * (per_row - len(r))
    table = Table(rows, colWidths=[WIDTH / per_row] * per_row)
    boxes = [
        ("BOX", (i % per_row, i // per_row), (i % per_row, i // per_row), 0.5, RULE)
        for i in range(len(cells))
    ]
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), *boxes]))
    date_place = f"Fait à {data.session.place or '…'}, le {french_date(data.session.session_date)}."
    return [
        KeepTogether(
            [
                para("Signatures des membres du jury", st.h2),
                para(date_place, st.body),
                Spacer(1, 3),
                table,
            ]
        )
    ]


def pv_content(data: ExportData) -> dict[str, Any]:
    """What the PV says, for its digest."""
    return {
        "kind": "pv",
        "session": [data.session.id, data.session.title, data.session.session_date,
                    data.session.place, data.referential.hash, data.closed],
        "jurors": [[j.name, j.role, j.present, j.fingerprint] for j in data.jurors],
        "candidates": [
            [c.candidate.display_name, c.certification.outcome,
             [[code, line.label, line.motivation] for code, line in c.blocs.items()]]
            for c in data.candidates
        ],
    }  # fmt: skip


def render_pv(data: ExportData, path: Path) -> None:
    st = styles()
    story: list[Flowable] = []
    story += _header(data, st)
    story += _jury(data, st)
    story += _results(data, st)
    story += _totals(data, st)
    story += _motivations(data, st)
    story += _signatures(data, st)
    date = french_date(data.session.session_date)
    info = PageInfo(
        left=f"Procès-verbal — {data.referential.title} — {date}",
        digest=content_digest(pv_content(data)),
        draft=not data.closed,
    )
    build_pdf(
        path,
        story,
        info,
        title=f"Procès-verbal — {data.referential.title}",
        subject=date,
        wide=True,
    )
