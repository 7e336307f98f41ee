"""The session workbook (XLSX): « Synthèse », one sheet per bloc, « Écarts entre
jurés », « Jury », « Journal ». Values only, no formulas; an anonymised variant shows
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


def _bloc_sheet(data: ExportData, bloc: Bloc, anonymised: bool) -> tuple[Rows, list[int]]:
    """The jurors' marks on one bloc, laid out to print: criteria down the
    page (grouped under their épreuve and group), candidates across (one
    column per juror, the candidate's name above them), a mark highlighted
    where the candidate's jurors differ. Also returns the first column of
    each candidate, where a page may break."""
    assessments = [a for a in bloc.assessments if a in data.assessments]
    tolerance = data.session.points_tolerance + 1e-9
    # A level's label, as ``mark_text`` gives it, looked up once per épreuve.
    labels = {a.id: {lvl.code: lvl.label for lvl in a.scale.levels} for a in assessments}
    columns: list[tuple[str, dict[str, Any]]] = []  # (juror's name, marks) per column
    heads: list[Any] = [None] * len(_BLOC_FIXED)
    groups: list[int] = []
    differs: dict[int, set[str]] = {}  # first column of a candidate → criteria that differ
    for n, c in enumerate(data.candidates, start=1):
        sheets_by_juror: dict[str, dict[str, Any]] = {}
        for a in assessments:
            for sheet in c.sheets.get(a.id, ()):
                sheets_by_juror.setdefault(sheet.juror_id, {}).update(sheet.marks)
        if not sheets_by_juror:
            continue
        jurors = [j for j in data.jurors if j.id in sheets_by_juror]
        grids = [sheets_by_juror[j.id] for j in jurors]
        first = len(_BLOC_FIXED) + len(columns) + 1
        groups.append(first)
        differs[first] = _differing(assessments, grids, tolerance)
        heads.append(Styled(" ".join(_who(c, n, anonymised)[:3]).strip(), "header"))
        heads += [Styled(None, "header")] * (len(jurors) - 1)
        columns += [(j.name, g) for j, g in zip(jurors, grids, strict=True)]
    width = len(_BLOC_FIXED) + len(columns)
    rows: Rows = [title_row(f"{bloc.code} — {bloc.title}", not data.closed, width), heads,
                  header_row(list(_BLOC_FIXED) + [name for name, _g in columns])]  # fmt: skip
    owner: list[int] = []  # each column's candidate (its first column)
    for start, end in zip(groups, [*groups[1:], width + 1], strict=True):
        owner += [start] * (end - start)
    for a in assessments:
        rows.append([Styled(a.title, "section")])
        for group in a.groups:
            if group.title and len(a.groups) > 1:
                rows.append([None, Styled(group.title, "bold")])
            for crit in group.criteria:
                row: list[Any] = [crit.code or "—", crit.text]
                for (_name, marks), start in zip(columns, owner, strict=True):
                    mark = marks.get(crit.id)
                    if mark is None or mark.value is None:
                        row.append(None)
                        continue
                    v = mark.value
                    value = (float(v) if a.scale.kind is ScaleKind.POINTS
                             else labels[a.id].get(v, v))  # fmt: skip
                    row.append(Styled(value, "disagree") if crit.id in differs[start] else value)
                rows.append(row)
    return rows, groups


# The criterion's code and text, repeated at the left of every page.
_BLOC_FIXED = ("Critère", "Intitulé")
_BLOC_WIDTHS = {1: 7, 2: 32}
_JUROR_WIDTH = 9


def _differing(assessments: list[Any], grids: list[dict[str, Any]], tolerance: float) -> set[str]:
    """The criteria on which these jurors' marks differ (points: by more than
    the session's tolerance)."""
    differs = set()
    for a in assessments:
        for crit in a.criteria:
            values = [v for g in grids if (m := g.get(crit.id)) is not None
                      and (v := m.value) is not None]  # fmt: skip
            if a.scale.kind is ScaleKind.POINTS:
                nums = [float(v) for v in values]
                if nums and max(nums) - min(nums) > tolerance:
                    differs.add(crit.id)
            elif len(set(values)) > 1:
                differs.add(crit.id)
    return differs


def _disagreements(data: ExportData, anonymised: bool) -> Rows:
    labels = ["Candidat", "Épreuve", "Critère", "Intitulé", "Type"] + [j.name for j in data.jurors]
    if not anonymised:
        labels.append("Observations et notes")
    title = "Écarts entre jurés et points « À discuter »"
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
    who = 1 if anonymised else 4  # identifier (name, first name, birth date)
    last = who + len(data.blocs) + 1  # the Résultat column
    # Outcomes wrap (« Déjà acquis (12/06/2025) »), motivations take the rest.
    synthesis_widths = ({2: 14, 4: 11} if not anonymised else {})
    synthesis_widths |= {c: 17 for c in range(who + 1, last)}
    synthesis_widths |= {last: 12, last + 1: 12, last + 2: 22}
    write_sheet(wb, "Synthèse", _synthesis(data, anonymised), 2,
                freeze="E3" if not anonymised else "B3", widths=synthesis_widths,
                title_cols=min(who, 3))  # fmt: skip
    for bloc in data.blocs:
        rows, groups = _bloc_sheet(data, bloc, anonymised)
        juror_widths = {c: _JUROR_WIDTH for c in range(len(_BLOC_FIXED) + 1, len(rows[2]) + 1)}
        spans = {(2, start): end - start for start, end
                 in zip(groups, [*groups[1:], len(rows[2]) + 1], strict=True)}  # fmt: skip
        # The title stays within the columns repeated on every page.
        spans[(1, 1)] = len(_BLOC_FIXED)
        write_sheet(wb, sheet_title(bloc.code, taken), rows, 3, freeze="C4",
                    widths=_BLOC_WIDTHS | juror_widths, title_cols=len(_BLOC_FIXED),
                    groups=groups, spans=spans)  # fmt: skip
    disagreements = _disagreements(data, anonymised)
    # Candidat, Épreuve, Critère, Intitulé, Type, the jurors, the observations.
    texts = {1: 18, 2: 16, 4: 30, 5: 12} | {c: 11 for c in range(6, len(disagreements[1]) + 1)}
    if not anonymised:
        texts[len(disagreements[1])] = 30
    write_sheet(wb, sheet_title("Écarts entre jurés", taken), disagreements, 2, freeze="B3",
                widths=texts, title_cols=1)  # fmt: skip
    write_sheet(wb, sheet_title("Jury", taken), _jury(data, anonymised), 2, verbatim={5, 6})
    # Date, Auteur, Action, Objet, Identifiant, Avant, Après.
    write_sheet(wb, sheet_title("Journal", taken), _journal(gfile, data, anonymised), 2,
                max_width=40, widths={5: 14}, title_cols=1,
                verbatim={4, 5, 6, 7})  # fmt: skip
    wb.properties.creator = "grader"
    wb.properties.title = f"Session — {data.referential.title}"
    wb.save(path)
