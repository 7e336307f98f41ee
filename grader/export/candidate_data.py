"""Everything stored about one candidate, for a request under the RGPD right
of access, written as a letter to the candidate (XLSX + JSON): identity,
accommodation, the result and each bloc as the deliberation table states
them, every sheet and mark about them (levels as words), the blocs acquired
earlier and the history of the changes that concern them.

French labels only, no internal codes, and no JSON text inside the JSON.
Private deliberation notes are not included: they are never exported."""

import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from grader.export.data import ExportData
from grader.export.pdf_common import french_date, local_datetime
from grader.export.xlsx_common import BOLD, WRAP, finish, header, put
from grader.grading.audit import list_events
from grader.grading.bloc_rules import fr_number
from grader.grading.vocabulary import SHEET_STATUS_LABELS, BlocState
from grader.models.store import GraderFile
from grader.referential.model import ScaleKind

FORMAT = "grader-candidate-data/2"

# What each change of the history means, in words.
ACTIONS = {
    "candidate.add": "Inscription à la session",
    "candidates.import": "Import de la liste des candidats",
    "candidate.accommodation": "Aménagement enregistré",
    "candidate.presence": "Présence à la session",
    "sheet.create": "Grille ouverte",
    "sheet.observation": "Observation générale de la grille",
    "sheet.flag": "Grille signalée « À discuter »",
    "sheet.timer": "Durée de la soutenance",
    "sheet.sign": "Grille signée",
    "sheet.reopen": "Grille rouverte",
    "mark.set": "Critère évalué",
    "mark.clear": "Évaluation d'un critère effacée",
    "mark.observation": "Observation sur un critère",
    "mark.flag": "Critère signalé « À discuter »",
    "decision.record": "Décision du jury",
    "decision.withdraw": "Décision du jury retirée",
    "bloc.acquired": "Bloc déjà acquis enregistré",
    "bloc.acquired.remove": "Bloc déjà acquis retiré",
    "recusal.add": "Membre du jury récusé",
    "recusal.lift": "Récusation levée",
    "merge.import": "Grilles d'un juré importées",
    "merge.update": "Grilles d'un juré mises à jour",
}
# The words of the stored details.
FIELDS = {
    "level": "niveau", "points": "points", "observation": "observation",
    "decided": "décision", "proposed": "proposition", "motivation": "motivation",
    "by": "par", "bloc": "bloc", "bloc_code": "bloc", "acquired_on": "acquis le",
    "source_session": "session d'origine", "reason": "motif", "present": "présent(e)",
    "version": "version", "status": "statut", "flag": "à discuter", "note": "note",
    "elapsed": "durée", "seconds": "durée (secondes)",
    "accommodation_type": "aménagement", "extra_time_ratio": "temps supplémentaire",
}  # fmt: skip
_WORDS = {
    "valide": "Validé", "non_valide": "Non validé", "incomplet": "Incomplet",
    "absent": "Absent", "deja_acquis": "Déjà acquis", "signed": "Signée",
    "draft": "En cours", True: "oui", False: "non",
}  # fmt: skip
# Ids and technical fields say nothing to the reader.
_HIDDEN = {"candidate_id", "candidate", "juror", "sheet_id", "id", "digest", "signature",
           "hash", "file", "session_id", "criterion_id"}  # fmt: skip


def _words(value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return fr_number(value)
    if isinstance(value, str) and value in _WORDS:
        return _WORDS[value]
    if isinstance(value, list):
        return ", ".join(_words(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{FIELDS.get(k, k.replace('_', ' '))} : {_words(v)}"
                         for k, v in value.items() if k not in _HIDDEN)  # fmt: skip
    return "" if value is None else str(value)


def _detail(stored: str) -> str:
    """A stored JSON detail as plain French words."""
    if not stored:
        return ""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    return _words(value)


def _mark_words(data: ExportData, criterion_id: str, level: str | None,
                points: float | None) -> str:  # fmt: skip
    try:
        _bloc, assessment, _group, criterion = data.referential.locate(criterion_id)
    except KeyError:
        return level or (fr_number(points) if points is not None else "")
    scale = assessment.scale
    if scale.kind is ScaleKind.POINTS:
        if points is None:
            return "non évalué"
        top = criterion.max_points or scale.max_points
        return f"{fr_number(points)} / {fr_number(float(top))} points" if top else fr_number(points)
    found = scale.level(level) if level is not None else None
    return found.label if found else "non évalué"


def _criterion(data: ExportData, criterion_id: str) -> tuple[str, str]:
    try:
        crit = data.referential.criterion(criterion_id)
    except KeyError:  # a mark on a criterion the référentiel no longer has
        return "", "critère retiré du référentiel"
    return crit.code or "", crit.text


def candidate_payload(gfile: GraderFile, data: ExportData) -> dict[str, Any]:
    """The letter's content (plain JSON-ready text); ``data`` is gathered for
    that candidate only."""
    result = data.candidates[0]
    cand = result.candidate
    ref = data.referential
    names = {j.id: j.name for j in data.jurors}
    titles = {b.code: b.title for b in ref.blocs}
    session_when = french_date(data.session.session_date)
    grids = []
    sheet_ids = set()
    for assessment in data.assessments:
        for sheet in result.sheets.get(assessment.id, ()):
            sheet_ids.add(sheet.id)
            grids.append({
                "Épreuve": assessment.title,
                "Juré": names.get(sheet.juror_id, "membre du jury"),
                "Statut": SHEET_STATUS_LABELS.get(sheet.status, sheet.status),
                "Signée le": local_datetime(sheet.signed_at) if sheet.signed_at else "",
                "Durée de la soutenance": f"{sheet.timer_elapsed_seconds // 60} min",
                "Observation générale": sheet.observation,
                "Critères": [
                    {
                        "Critère": _criterion(data, m.criterion_id)[0],
                        "Intitulé": _criterion(data, m.criterion_id)[1],
                        "Évaluation": _mark_words(data, m.criterion_id, m.level, m.points),
                        "Observation": m.observation,
                    }
                    for m in sheet.marks.values()
                ],
            })  # fmt: skip
    history = [
        {
            "Date": local_datetime(e.at),
            "Auteur": e.actor,
            "Action": ACTIONS.get(e.action, e.action),
            "Avant": _detail(e.old),
            "Après": _detail(e.new),
        }
        for e in list_events(gfile)
        if e.entity_id == cand.id
        or e.entity_id.split("/")[0] in sheet_ids
        or cand.id in (e.new + e.old)
    ]
    blocs = []
    for cell in result.row.cells:
        decision = cell.decision
        blocs.append({
            "Bloc": cell.bloc_code,
            "Intitulé": titles.get(cell.bloc_code, ""),
            "Résultat": cell.label,
            "Proposition de la règle": cell.proposal_label,
            "Raison": cell.proposal.reason if cell.proposal else "",
            "Motivation du jury": cell.motivation,
            "Décidé le": local_datetime(decision.decided_at)
            if decision and decision.decided_at else "",
            "Session d'origine": cell.acquired.source_session
            if cell.state is BlocState.DEJA_ACQUIS and cell.acquired else "",
        })  # fmt: skip
    greeting = f"{cand.first_name} {cand.last_name.upper()}".strip()
    letter = [
        f"Bonjour {greeting},",
        "Vous avez demandé à connaître les données vous concernant que conserve "
        f"l'organisme pour la session « {data.session.title or ref.title} » du "
        f"{session_when}. Les voici toutes : votre identité, le résultat de la "
        "délibération du jury, chaque grille d'évaluation et l'historique des "
        "modifications qui vous concernent.",
        f"Résultat : {result.outcome_label}. {result.row.reason}",
    ]
    return {
        "format": FORMAT,
        "Lettre": letter,
        "Certification": {"Intitulé": ref.title, "Certificateur": ref.certifier,
                          "Code RNCP": ref.rncp or ""},
        "Session": {"Intitulé": data.session.title, "Date": session_when,
                    "Lieu": data.session.place},
        "Vous": {
            "Numéro": cand.external_id, "Nom": cand.last_name, "Prénom": cand.first_name,
            "Courriel": cand.email,
            "Date de naissance": french_date(cand.birth_date) if cand.birth_date else "",
            "Présence à la session": "présent(e)" if cand.present else "absent(e)",
            "Aménagement": cand.accommodation_type,
            "Détail de l'aménagement": cand.accommodation_detail,
            "Aménagement autorisé par": cand.accommodation_authorised_by,
            "Temps supplémentaire": f"{fr_number(cand.extra_time_ratio * 100, 0)} %"
            if cand.extra_time_ratio else "",
        },
        "Résultat": result.outcome_label,
        "Blocs": blocs,
        "Grilles": grids,
        "Historique": history,
    }  # fmt: skip


def write_candidate_json(payload: dict[str, Any], path: Path) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")


def write_candidate_xlsx(payload: dict[str, Any], path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook opens on one plain worksheet
    ws.title = "Vos données"
    row = 1
    for line in payload["Lettre"]:
        put(ws, row, 1, line, alignment=WRAP)
        row += 1
    row += 1
    header(ws, row, ["Donnée", "Valeur"])
    facts = [("Certification", payload["Certification"]["Intitulé"]),
             ("Session", payload["Session"]["Intitulé"]),
             ("Date de la session", payload["Session"]["Date"]),
             *payload["Vous"].items(), ("Résultat", payload["Résultat"])]  # fmt: skip
    for r, (k, v) in enumerate(facts, start=row + 1):
        put(ws, r, 1, k, font=BOLD)
        put(ws, r, 2, v)
    finish(ws, row, max_width=90)
    blocs = payload["Blocs"]
    _table(wb.create_sheet("Blocs"), list(blocs[0]) if blocs else ["Bloc"],
           [list(b.values()) for b in blocs])  # fmt: skip
    rows = []
    for s in payload["Grilles"]:
        for m in s["Critères"]:
            rows.append([s["Épreuve"], s["Juré"], s["Statut"], m["Critère"], m["Intitulé"],
                         m["Évaluation"], m["Observation"]])  # fmt: skip
        if s["Observation générale"]:
            rows.append([s["Épreuve"], s["Juré"], s["Statut"], "", "Observation générale", "",
                         s["Observation générale"]])  # fmt: skip
    _table(
        wb.create_sheet("Grilles"),
        ["Épreuve", "Juré", "Statut", "Critère", "Intitulé", "Évaluation", "Observation"],
        rows,
    )
    _table(wb.create_sheet("Historique"), ["Date", "Auteur", "Action", "Avant", "Après"],
           [list(e.values()) for e in payload["Historique"]])  # fmt: skip
    wb.save(path)


def _table(ws: Any, labels: list[str], rows: list[list[Any]]) -> None:
    header(ws, 1, labels)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            if isinstance(value, str) and len(value) > 60:
                put(ws, r, c, value, alignment=WRAP)
            else:
                put(ws, r, c, value)
    finish(ws, 1, max_width=60)
