"""Everything stored about one candidate, for a request under the RGPD right
of access: identity, accommodation, every sheet and mark about them, the
decisions, earlier blocs and the audit events that concern them (XLSX + JSON).

Private deliberation notes are not included: they are never exported."""

import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from grader.export.data import ExportData
from grader.export.xlsx_common import BOLD, WRAP, finish, header, put
from grader.grading.audit import list_events
from grader.grading.vocabulary import BLOC_OUTCOME_LABELS, SHEET_STATUS_LABELS
from grader.models.store import GraderFile

FORMAT = "grader-candidate-data/1"


def candidate_payload(gfile: GraderFile, data: ExportData) -> dict[str, Any]:
    """Plain JSON-ready dict (dates as ISO text) of one candidate's data;
    ``data`` is gathered for that candidate only."""
    result = data.candidates[0]
    cand = result.candidate
    ref = data.referential
    names = {j.id: j.name for j in data.jurors}
    sheets = []
    sheet_ids = set()
    for assessment in data.assessments:
        for sheet in result.sheets.get(assessment.id, ()):
            sheet_ids.add(sheet.id)
            sheets.append(
                {
                    "epreuve": assessment.title,
                    "jure": names.get(sheet.juror_id, sheet.juror_id),
                    "statut": SHEET_STATUS_LABELS.get(sheet.status, sheet.status),
                    "version": sheet.version,
                    "observation": sheet.observation,
                    "duree_secondes": sheet.timer_elapsed_seconds,
                    "signee_le": sheet.signed_at,
                    "empreinte": sheet.digest,
                    "notes": [
                        {
                            **_criterion(data, m.criterion_id),
                            "niveau": m.level,
                            "points": m.points,
                            "observation": m.observation,
                        }
                        for m in sheet.marks.values()
                    ],
                }
            )
    events = [
        {"date": e.at, "auteur": e.actor, "action": e.action, "objet": e.entity,
         "avant": e.old, "apres": e.new}
        for e in list_events(gfile)
        if e.entity_id == cand.id or e.entity_id in sheet_ids or cand.id in (e.new + e.old)
    ]  # fmt: skip
    payload = {
        "format": FORMAT,
        "certification": {"titre": ref.title, "certificateur": ref.certifier, "rncp": ref.rncp},
        "session": {"titre": data.session.title, "date": data.session.session_date,
                    "lieu": data.session.place},
        "candidat": {
            "identifiant": cand.external_id, "nom": cand.last_name, "prenom": cand.first_name,
            "courriel": cand.email, "date_de_naissance": cand.birth_date,
            "amenagement": cand.accommodation_type,
            "amenagement_detail": cand.accommodation_detail,
            "amenagement_autorise_par": cand.accommodation_authorised_by,
            "temps_supplementaire": cand.extra_time_ratio,
        },
        "blocs": [
            {"bloc": code, "decision": line.label,
             "proposition": BLOC_OUTCOME_LABELS.get(line.proposal.outcome, line.proposal.outcome),
             "raison": line.proposal.reason, "motivation": line.motivation,
             "decide_le": line.decided_at}
            for code, line in result.blocs.items()
        ],
        "blocs_acquis_auparavant": [
            {"bloc": a.bloc_code, "date": a.acquired_on, "session": a.source_session}
            for a in result.acquired.values()
        ],
        "resultat": result.outcome_label,
        "grilles": sheets,
        "journal": events,
    }  # fmt: skip
    return payload


def _criterion(data: ExportData, criterion_id: str) -> dict[str, str]:
    try:
        crit = data.referential.criterion(criterion_id)
    except KeyError:  # a mark on a criterion the référentiel no longer has
        return {"critere": "", "intitule": criterion_id}
    return {"critere": crit.code or "", "intitule": crit.text}


def write_candidate_json(payload: dict[str, Any], path: Path) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2, default=str)
    path.write_text(text + "\n", encoding="utf-8")


def write_candidate_xlsx(payload: dict[str, Any], path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook opens on one plain worksheet
    ws.title = "Candidat"
    header(ws, 1, ["Donnée", "Valeur"])
    facts = [("Certification", payload["certification"]["titre"]),
             ("Session", payload["session"]["titre"]),
             ("Date de la session", payload["session"]["date"]),
             *payload["candidat"].items(), ("Résultat", payload["resultat"])]  # fmt: skip
    for r, (k, v) in enumerate(facts, start=2):
        put(ws, r, 1, k, font=BOLD)
        put(ws, r, 2, v)
    finish(ws, 1, max_width=70)
    _table(
        wb.create_sheet("Décisions"),
        ["Bloc", "Décision", "Proposition", "Raison", "Motivation", "Décidé le"],
        [list(b.values()) for b in payload["blocs"]],
    )
    _table(
        wb.create_sheet("Blocs acquis"),
        ["Bloc", "Date", "Session"],
        [list(a.values()) for a in payload["blocs_acquis_auparavant"]],
    )
    rows = []
    for s in payload["grilles"]:
        for m in s["notes"]:
            rows.append(
                [
                    s["epreuve"],
                    s["jure"],
                    s["statut"],
                    m["critere"],
                    m["intitule"],
                    m["niveau"] if m["niveau"] is not None else m["points"],
                    m["observation"],
                ]
            )
        if s["observation"]:
            rows.append(
                [
                    s["epreuve"],
                    s["jure"],
                    s["statut"],
                    "",
                    "Observation générale",
                    "",
                    s["observation"],
                ]
            )
    _table(
        wb.create_sheet("Grilles"),
        ["Épreuve", "Juré", "Statut", "Critère", "Intitulé", "Niveau", "Observation"],
        rows,
    )
    _table(wb.create_sheet("Journal"), ["Date", "Auteur", "Action", "Objet", "Avant", "Après"],
           [list(e.values()) for e in payload["journal"]])  # fmt: skip
    wb.save(path)


def _table(ws: Any, labels: list[str], rows: list[list[Any]]) -> None:
    header(ws, 1, labels)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            put(ws, r, c, value, alignment=WRAP) if isinstance(value, str) and len(
                value
            ) > 60 else put(ws, r, c, value)
    finish(ws, 1, max_width=60)
