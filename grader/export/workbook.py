"""The session workbook (XLSX): « Synthèse », one sheet per bloc, « Désaccords »,
« Jury », « Journal ». Values only, no formulas; an anonymised variant shows
a rank instead of each candidate's name and school number, and leaves out
every free text, the jurors' e-mails and the journal's identifiers.

Each sheet is built as rows of values from what ``gather`` read, then
streamed out (see ``xlsx_rows``)."""

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from grader.export.data import CandidateResult, ExportData
from grader.export.disagreement_rows import session_disagreements
from grader.export.pdf_common import french_date
from grader.export.pv import cell_text, closure_sentences, juror_function, juror_status
from grader.export.xlsx_common import sheet_title
from grader.export.xlsx_rows import Styled, header_row, title_row, write_sheet
from grader.grading.audit import list_events
from grader.grading.disagreements import DIFFER
from grader.grading.vocabulary import BlocState, Outcome
from grader.models.store import GraderFile
from grader.referential.model import Bloc, ScaleKind

_GOOD: set[str] = {BlocState.VALIDE, BlocState.DEJA_ACQUIS, Outcome.CERTIFIE}
_BAD: set[str] = {BlocState.NON_VALIDE, Outcome.NON_CERTIFIE}

Rows = list[list[Any]]


def anonymous_id(c: CandidateResult, n: int) -> str:
    """A rank in the session, never the name nor the school's number (with
    the school's list, the number names the candidate)."""
    return f"Candidat {n:03d}"


def _who(c: CandidateResult, n: int, anonymised: bool) -> list[str]:
    if anonymised:
        return [anonymous_id(c, n)]
    return [c.candidate.external_id, c.candidate.last_name.upper(), c.candidate.first_name]


def _born(c: CandidateResult) -> str:
    born = c.candidate.birth_date
    return f"né(e) le {born:%d/%m/%Y}" if born is not None else ""


def _outcome_style(outcome: str, default: str | None = None) -> str | None:
    return "valid" if outcome in _GOOD else "fail" if outcome in _BAD else default


def _synthesis(data: ExportData, anonymised: bool) -> Rows:
    who = ["Identifiant"] if anonymised else ["Identifiant", "Nom", "Prénom"]
    if not anonymised:
        who = [*who, "Naissance"]
    labels = who + [b.code for b in data.blocs] + ["Résultat"]
    if not anonymised:
        labels += ["Aménagement", "Motivations"]
    session = data.session
    title = f"{data.referential.title} — session du {french_date(session.session_date)}"
    rows: Rows = [title_row(title, not data.closed, len(labels)), header_row(labels)]
    for n, c in enumerate(data.candidates, start=1):
        row: list[Any] = list(_who(c, n, anonymised))
        if not anonymised:
            row.append(_born(c))
        for b in data.blocs:
            cell = c.blocs[b.code]
            text = cell_text(cell, data.closed)
            style = _outcome_style(cell.state)
            row.append(Styled(text, style) if style else text)
        row.append(Styled(c.outcome_label, _outcome_style(c.outcome, "bold") or "bold"))
        if not anonymised:
            motivations = [
                f"{code} : {cell.motivation}" for code, cell in c.blocs.items() if cell.motivation
            ]
            row += [c.candidate.accommodation_type, Styled("\n".join(motivations), "wrap")]
        rows.append(row)
    return rows


def _bloc_sheet(data: ExportData, bloc: Bloc, anonymised: bool) -> Rows:
    assessments = [a for a in bloc.assessments if a in data.assessments]
    criteria = [(a, c) for a in assessments for g in a.groups for c in g.criteria]
    who = ["Identifiant"] if anonymised else ["Identifiant", "Nom", "Prénom"]
    fixed = [*who, "Juré"]
    rows: Rows = [title_row(f"{bloc.code} — {bloc.title}", not data.closed,
                            len(fixed) + len(criteria))]  # fmt: skip
    codes: list[Any] = [None] * len(fixed)
    codes += [Styled(f"{a.title} · {crit.code or '—'}", "column") for a, crit in criteria]
    rows.append(codes)
    rows.append(header_row(fixed + [c.text for _a, c in criteria]))
    tolerance = data.session.points_tolerance + 1e-9
    # A level's label, as ``mark_text`` gives it, looked up once per épreuve.
    labels = {a.id: {lvl.code: lvl.label for lvl in a.scale.levels} for a in assessments}
    for n, c in enumerate(data.candidates, start=1):
        sheets_by_juror: dict[str, dict[str, Any]] = {}
        for a in assessments:
            for sheet in c.sheets.get(a.id, ()):
                sheets_by_juror.setdefault(sheet.juror_id, {}).update(sheet.marks)
        if not sheets_by_juror:
            continue
        jurors = [j for j in data.jurors if j.id in sheets_by_juror]
        grids = [sheets_by_juror[j.id] for j in jurors]
        differs = set()
        for a, crit in criteria:
            values = [v for g in grids if (m := g.get(crit.id)) is not None
                      and (v := m.value) is not None]  # fmt: skip
            if a.scale.kind is ScaleKind.POINTS:
                nums = [float(v) for v in values]
                if nums and max(nums) - min(nums) > tolerance:
                    differs.add(crit.id)
            elif len(set(values)) > 1:
                differs.add(crit.id)
        who_cells = _who(c, n, anonymised)
        for j, marks in zip(jurors, grids, strict=True):
            row: list[Any] = [*who_cells, j.name]
            for a, crit in criteria:
                mark = marks.get(crit.id)
                if mark is None or mark.value is None:
                    row.append(None)
                    continue
                v = mark.value
                value = float(v) if a.scale.kind is ScaleKind.POINTS else labels[a.id].get(v, v)
                row.append(Styled(value, "disagree") if crit.id in differs else value)
            rows.append(row)
    return rows


def _disagreements(data: ExportData, anonymised: bool) -> Rows:
    labels = ["Candidat", "Épreuve", "Critère", "Intitulé", "Type"] + [j.name for j in data.jurors]
    if not anonymised:
        labels.append("Observations et notes")
    title = "Désaccords entre jurés et points « À discuter »"
    rows: Rows = [title_row(title, not data.closed, len(labels)), header_row(labels)]
    rank = {c.candidate.id: n for n, c in enumerate(data.candidates, start=1)}
    by_id = {c.candidate.id: c for c in data.candidates}
    ref = data.referential
    for d in session_disagreements(data):
        c = by_id[d.candidate_id]
        n = rank[d.candidate_id]
        name = anonymous_id(c, n) if anonymised else c.candidate.display_name
        assessment = ref.assessment(d.assessment_id)
        code, text = "", "Grille entière"
        if d.criterion_id:
            crit = ref.criterion(d.criterion_id)
            code, text = crit.code or "", crit.text
        kind = "Écart entre jurés" if d.kind == DIFFER else "À discuter"
        row: list[Any] = [name, assessment.title, code, text, kind]
        for j in data.jurors:
            v = d.values.get(j.id)
            if v is None:
                value: Any = ""
            elif assessment.scale.kind is ScaleKind.POINTS:
                value = float(v)
            else:
                level = assessment.scale.level(str(v))
                value = level.label if level else str(v)
            row.append(Styled(value, "disagree") if d.kind == DIFFER else value)
        if not anonymised:
            row.append("\n".join(d.notes))
        rows.append(row)
    return rows


def _jury(data: ExportData, anonymised: bool) -> Rows:
    labels = ["Membre du jury", "Fonction", "Statut", "Présent", "Courriel", "Empreinte de la clé"]
    if anonymised:  # a juror's address is personal data the variant has no need for
        labels.remove("Courriel")
    rows: Rows = [title_row("Composition du jury", not data.closed, len(labels)),
                  header_row(labels)]  # fmt: skip
    for j in data.jurors:
        email = [] if anonymised else [j.email]
        rows.append([j.name, juror_function(j), juror_status(j),
                     "Oui" if j.present else "Non", *email, j.fingerprint or ""])  # fmt: skip
    rows.append([])
    session = data.session
    facts = [("Session", session.title), ("Date", session.session_date), ("Lieu", session.place),
             ("Type", session.kind), ("Référentiel", data.referential.title),
             ("Code RNCP", data.referential.rncp or ""),
             ("Empreinte du référentiel", session.referential_hash[:16]),
             ("Délibération clôturée le", session.closed_at)]  # fmt: skip
    for k, v in facts:
        rows.append([Styled(k, "bold"), v if v is not None else "non"])
    rows.append([])
    rows += [[Styled(line, "bold")] for line in closure_sentences(data)]
    return rows


def _journal(gfile: GraderFile, data: ExportData, anonymised: bool) -> Rows:
    # Anonymised: no identifier either, it leads back to the candidate's row.
    labels = ["Date", "Auteur", "Action", "Objet"] + ([] if anonymised else ["Identifiant"])
    if not anonymised:
        labels += ["Avant", "Après"]
    rows: Rows = [title_row("Journal des modifications", not data.closed, len(labels)),
                  header_row(labels)]  # fmt: skip
    for e in list_events(gfile):
        values: list[Any] = [e.at, e.actor, e.action, e.entity]
        if not anonymised:
            values += [e.entity_id, e.old, e.new]
        rows.append(values)
    return rows


def write_workbook(
    gfile: GraderFile, data: ExportData, path: Path, *, anonymised: bool = False
) -> None:
    wb = Workbook(write_only=True)
    taken = {"synthèse"}
    write_sheet(wb, "Synthèse", _synthesis(data, anonymised), 2,
                freeze="E3" if not anonymised else "B3")  # fmt: skip
    for bloc in data.blocs:
        fixed = 2 if anonymised else 4
        write_sheet(wb, sheet_title(bloc.code, taken), _bloc_sheet(data, bloc, anonymised), 3,
                    freeze=f"{chr(ord('A') + fixed)}4", max_width=22,
                    heights={2: 30, 3: 60})  # fmt: skip
    write_sheet(wb, sheet_title("Désaccords", taken), _disagreements(data, anonymised), 2,
                freeze="B3")  # fmt: skip
    write_sheet(wb, sheet_title("Jury", taken), _jury(data, anonymised), 2)
    write_sheet(wb, sheet_title("Journal", taken), _journal(gfile, data, anonymised), 2,
                max_width=60)  # fmt: skip
    wb.properties.creator = "grader"
    wb.properties.title = f"Session — {data.referential.title}"
    wb.save(path)
