"""The session workbook (XLSX): « Synthèse », one sheet per bloc, « Désaccords »,
« Jury », « Journal ». Values only, no formulas; an anonymised variant shows
candidate numbers instead of names and leaves out every free text."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from grader.export.data import CandidateResult, ExportData
from grader.export.pv import juror_status
from grader.export.sheets import mark_text
from grader.export.xlsx_common import (
    BOLD,
    DISAGREE_FILL,
    FAIL_FONT,
    VALID_FONT,
    WRAP,
    finish,
    header,
    put,
    sheet_title,
    title_row,
)
from grader.grading.audit import list_events
from grader.grading.disagreements import DIFFER, disagreements
from grader.grading.vocabulary import (
    CERTIFIE,
    DEJA_ACQUIS,
    NON_CERTIFIE,
    NON_VALIDE,
    VALIDE,
)
from grader.models.store import GraderFile
from grader.referential.model import JUROR_ROLES, Bloc, ScaleKind

_GOOD = {VALIDE, DEJA_ACQUIS, CERTIFIE}
_BAD = {NON_VALIDE, NON_CERTIFIE}


def anonymous_id(c: CandidateResult, n: int) -> str:
    """The school's number when there is one, else a rank: never the name."""
    return c.candidate.external_id or f"Candidat {n:03d}"


def _who(c: CandidateResult, n: int, anonymised: bool) -> list[str]:
    if anonymised:
        return [anonymous_id(c, n)]
    return [c.candidate.external_id, c.candidate.last_name.upper(), c.candidate.first_name]


def _synthesis(ws: Worksheet, data: ExportData, anonymised: bool) -> None:
    ws.title = "Synthèse"
    who = ["Identifiant"] if anonymised else ["Identifiant", "Nom", "Prénom"]
    labels = who + [b.code for b in data.blocs] + ["Résultat"]
    if not anonymised:
        labels += ["Aménagement", "Motivations"]
    session = data.session
    title_row(
        ws,
        f"{data.referential.title} — session du {session.session_date or '…'}",
        not data.closed,
        len(labels),
    )
    header(ws, 2, labels)
    for n, c in enumerate(data.candidates, start=1):
        row = n + 2
        col = 1
        for value in _who(c, n, anonymised):
            put(ws, row, col, value)
            col += 1
        for b in data.blocs:
            line = c.blocs[b.code]
            font = (
                VALID_FONT if line.outcome in _GOOD else FAIL_FONT if line.outcome in _BAD else None
            )
            put(ws, row, col, line.label, **({"font": font} if font else {}))
            col += 1
        outcome = c.certification.outcome
        font = VALID_FONT if outcome in _GOOD else FAIL_FONT if outcome in _BAD else BOLD
        put(ws, row, col, c.outcome_label, font=font)
        if not anonymised:
            put(ws, row, col + 1, c.candidate.accommodation_type)
            motivations = [
                f"{code} : {line.motivation}" for code, line in c.blocs.items() if line.motivation
            ]
            put(ws, row, col + 2, "\n".join(motivations), alignment=WRAP)
    finish(ws, 2, freeze="D3" if not anonymised else "B3")


def _bloc_sheet(ws: Worksheet, data: ExportData, bloc: Bloc, anonymised: bool) -> None:
    assessments = [a for a in bloc.assessments if a in data.assessments]
    criteria = [(a, g, c) for a in assessments for g in a.groups for c in g.criteria]
    who = ["Identifiant"] if anonymised else ["Identifiant", "Nom", "Prénom"]
    fixed = [*who, "Juré"]
    title_row(ws, f"{bloc.code} — {bloc.title}", not data.closed, len(fixed) + len(criteria))
    for col, (a, _g, crit) in enumerate(criteria, start=len(fixed) + 1):
        put(ws, 2, col, f"{a.title} · {crit.code or '—'}", font=BOLD, alignment=WRAP)
    header(ws, 3, fixed + [c.text for _a, _g, c in criteria])
    row = 4
    for n, c in enumerate(data.candidates, start=1):
        sheets_by_juror = {}
        for a in assessments:
            for sheet in c.sheets.get(a.id, ()):
                sheets_by_juror.setdefault(sheet.juror_id, {}).update(sheet.marks)
        if not sheets_by_juror:
            continue
        jurors = [j for j in data.jurors if j.id in sheets_by_juror]
        differs = set()
        for a, _g, crit in criteria:
            values = [
                sheets_by_juror[j.id][crit.id].value
                for j in jurors
                if crit.id in sheets_by_juror[j.id]
            ]
            values = [v for v in values if v is not None]
            if a.scale.kind is ScaleKind.POINTS:
                nums = [float(v) for v in values]
                if nums and max(nums) - min(nums) > data.session.points_tolerance + 1e-9:
                    differs.add(crit.id)
            elif len(set(values)) > 1:
                differs.add(crit.id)
        for j in jurors:
            col = 1
            for value in _who(c, n, anonymised):
                put(ws, row, col, value)
                col += 1
            put(ws, row, col, j.name)
            marks = sheets_by_juror[j.id]
            for offset, (a, _g, crit) in enumerate(criteria, start=col + 1):
                mark = marks.get(crit.id)
                if mark is None or mark.value is None:
                    continue
                value = (
                    float(mark.value) if a.scale.kind is ScaleKind.POINTS else mark_text(a, mark)
                )
                cell = put(ws, row, offset, value)
                if crit.id in differs:
                    cell.fill = DISAGREE_FILL
            row += 1
    finish(ws, 3, freeze=f"{chr(ord('A') + len(fixed))}4", max_width=22)
    for r in (2, 3):
        ws.row_dimensions[r].height = 30 if r == 2 else 60


def _disagreements(ws: Worksheet, gfile: GraderFile, data: ExportData, anonymised: bool) -> None:
    labels = ["Candidat", "Épreuve", "Critère", "Intitulé", "Type"] + [j.name for j in data.jurors]
    if not anonymised:
        labels.append("Observations et notes")
    title_row(ws, "Désaccords entre jurés et points « À discuter »", not data.closed, len(labels))
    header(ws, 2, labels)
    rank = {c.candidate.id: n for n, c in enumerate(data.candidates, start=1)}
    by_id = {c.candidate.id: c for c in data.candidates}
    ref = data.referential
    row = 3
    for d in disagreements(gfile):
        c = by_id.get(d.candidate_id)
        if c is None:
            continue
        n = rank[d.candidate_id]
        name = anonymous_id(c, n) if anonymised else c.candidate.display_name
        assessment = ref.assessment(d.assessment_id)
        code, text = "", "Grille entière"
        if d.criterion_id:
            crit = ref.criterion(d.criterion_id)
            code, text = crit.code or "", crit.text
        kind = "Écart entre jurés" if d.kind == DIFFER else "À discuter"
        values = [name, assessment.title, code, text, kind]
        for j in data.jurors:
            v = d.values.get(j.id)
            if v is None:
                values.append("")
            elif assessment.scale.kind is ScaleKind.POINTS:
                values.append(float(v))
            else:
                level = assessment.scale.level(str(v))
                values.append(level.label if level else str(v))
        if not anonymised:
            values.append("\n".join(d.notes))
        for col, value in enumerate(values, start=1):
            cell = put(ws, row, col, value)
            if col > 5 and d.kind == DIFFER and col <= 5 + len(data.jurors):
                cell.fill = DISAGREE_FILL
        row += 1
    finish(ws, 2, freeze="B3")


def _jury(ws: Worksheet, data: ExportData) -> None:
    labels = ["Membre du jury", "Rôle", "Statut", "Présent", "Courriel", "Empreinte de la clé"]
    title_row(ws, "Composition du jury", not data.closed, len(labels))
    header(ws, 2, labels)
    for r, j in enumerate(data.jurors, start=3):
        values = [j.name, JUROR_ROLES.get(j.role, j.role), juror_status(j.role),
                  "Oui" if j.present else "Non", j.email, j.fingerprint or ""]  # fmt: skip
        for col, value in enumerate(values, start=1):
            put(ws, r, col, value)
    r = len(data.jurors) + 4
    session = data.session
    facts = [("Session", session.title), ("Date", session.session_date), ("Lieu", session.place),
             ("Type", session.kind), ("Référentiel", data.referential.title),
             ("Code RNCP", data.referential.rncp or ""),
             ("Empreinte du référentiel", session.referential_hash[:16]),
             ("Délibération clôturée le", session.closed_at)]  # fmt: skip
    for k, v in facts:
        put(ws, r, 1, k, font=BOLD)
        put(ws, r, 2, v if v is not None else "non")
        r += 1
    finish(ws, 2)


def _journal(ws: Worksheet, gfile: GraderFile, data: ExportData, anonymised: bool) -> None:
    labels = ["Date", "Auteur", "Action", "Objet", "Identifiant"]
    if not anonymised:
        labels += ["Avant", "Après"]
    title_row(ws, "Journal des modifications", not data.closed, len(labels))
    header(ws, 2, labels)
    for r, e in enumerate(list_events(gfile), start=3):
        values: list[object] = [e.at, e.actor, e.action, e.entity, e.entity_id]
        if not anonymised:
            values += [e.old, e.new]
        for col, value in enumerate(values, start=1):
            put(ws, r, col, value)
    finish(ws, 2, max_width=60)


def write_workbook(
    gfile: GraderFile, data: ExportData, path: Path, *, anonymised: bool = False
) -> None:
    wb = Workbook()
    taken = {"synthèse"}
    _synthesis(wb.active, data, anonymised)
    for bloc in data.blocs:
        _bloc_sheet(wb.create_sheet(sheet_title(bloc.code, taken)), data, bloc, anonymised)
    _disagreements(wb.create_sheet(sheet_title("Désaccords", taken)), gfile, data, anonymised)
    _jury(wb.create_sheet(sheet_title("Jury", taken)), data)
    _journal(wb.create_sheet(sheet_title("Journal", taken)), gfile, data, anonymised)
    wb.properties.creator = "grader"
    wb.properties.title = f"Session — {data.referential.title}"
    wb.save(path)
