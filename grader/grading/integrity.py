"""Re-verify a session's signed sheets, in bulk, as they are stored now.

After the merge, a session file (``.jury``) can still be edited with any
SQLite tool: a mark changed there would turn « Non validé » into « Validé »
on the PV. Every export and ``session show`` call :func:`check_session`:
each signed sheet is checked against its digest and, when a juror signed it,
against the key the session recorded for that juror — two bulk reads, one
pass. A problem is a French sentence naming the sheet (candidate, épreuve,
juror); :func:`require_intact` turns them into a refusal.
"""

from collections.abc import Sequence
from typing import Any

from grader.errors import BadFile
from grader.grading.signed_form import read_sheets
from grader.grading.signing import public_key_of, verify_rows
from grader.grading.vocabulary import SIGNED
from grader.models.store import GraderFile


class SessionAltered(BadFile):
    """Signed sheets of the session no longer match their signature."""


def check_session(gfile: GraderFile) -> list[str]:
    """One sentence per signed sheet that fails its verification ([] when intact)."""
    with gfile.engine.connect() as conn:

        def query(sql: str, params: Sequence[Any]) -> list[Any]:
            return list(conn.exec_driver_sql(sql, tuple(params)).all())

        sheets = read_sheets(query, where=f"status = '{SIGNED}'")
        jurors = {
            r[0]: (r[1], r[2])
            for r in conn.exec_driver_sql("SELECT id, name, public_key FROM juror").all()
        }
        candidates = {
            r[0]: f"{str(r[1]).upper()} {r[2]}".strip()
            for r in conn.exec_driver_sql("SELECT id, last_name, first_name FROM candidate").all()
        }
    titles = {a.id: a.title for a in gfile.referential.assessments}
    parsed = {jid: public_key_of(key) if key else None for jid, (_n, key) in jurors.items()}
    problems = []
    for row, marks in sheets.values():
        name, public = jurors.get(row["juror_id"], ("?", None))
        # A sheet the lead signed in the session itself carries no signature:
        # only its digest can be checked.
        key = public if row["signature"] else None
        problem = verify_rows(row, marks, key, key=parsed.get(row["juror_id"]))
        if problem:
            who = candidates.get(row["candidate_id"], row["candidate_id"])
            title = titles.get(row["assessment_id"], row["assessment_id"])
            problems.append(
                f"Grille de {who}, épreuve « {title} », juré {name} : {problem} "
                "Réimportez la grille authentique de ce juré."
            )
    return sorted(problems)


def require_intact(gfile: GraderFile) -> None:
    """Refuse (``SessionAltered``) while any signed sheet fails its verification."""
    problems = check_session(gfile)
    if problems:
        more = [f"… et {len(problems) - 5} autre(s)."] if len(problems) > 5 else []
        shown = problems[:5] + more
        raise SessionAltered(
            f"{gfile.path.name} a été modifié hors de grader : aucun document n'est produit "
            "tant que ce n'est pas réparé.\n" + "\n".join(shown)
        )
