"""What several test modules share: sessions built and graded for real,
merged, read back. Test modules import from here, never from each other
(nor from a conftest)."""

import random
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from grader.grading import keys
from grader.grading.marks import list_sheets, set_mark
from grader.grading.merge import merge_juror_files
from grader.grading.session_ops import (
    add_candidate,
    add_juror,
    create_session,
    export_juror_files,
)
from grader.grading.signed_form import form_digest, read_sheets
from grader.grading.signing import sign_sheet
from grader.models.store import GraderFile, open_file
from grader.referential.model import Assessment, Criterion

DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "mini.yaml"
JURORS = (
    ("Alice MARTIN", "responsable_pedagogique"),
    ("Bruno PETIT", "professionnel"),
    ("Chloé DURAND", "professionnel"),
)
CANDIDATES = (("DUPONT", "Élodie"), ("BERNARD", "Hugo"), ("LEROY", "Inès"))


def grade_file(
    path: Path,
    seed: int,
    *,
    sign: bool = True,
    pick: Callable | None = None,
    keys_dir: Path | None = None,
) -> None:
    """Open a juror file as the juror's grader does (its key created on this
    machine, in ``keys_dir``), mark every criterion of every sheet, then sign."""
    rng = random.Random(seed)
    jf = open_file(path)
    try:
        keys.create_juror_key(jf, directory=keys_dir)
        key = keys.load_signing_key(jf, directory=keys_dir)
        for sheet in list_sheets(jf):
            assessment = jf.referential.assessment(sheet.assessment_id)
            for c in assessment.criteria:
                if pick is not None:
                    set_mark(jf, sheet.id, c.id, **pick(assessment, c, rng))
                elif assessment.scale.kind == "points":
                    set_mark(jf, sheet.id, c.id, points=float(rng.randint(0, 4)))
                else:
                    set_mark(jf, sheet.id, c.id, level=rng.choice(assessment.scale.levels).code)
            if sign:
                sign_sheet(jf, sheet.id, key)
    finally:
        jf.close()


def build_session(
    tmp: Path,
    *,
    jurors: tuple[tuple[str, str], ...] = JURORS,
    sign: bool = True,
    pick: Callable | Sequence[Callable] | None = None,
    assessment_ids: tuple[str, ...] = (),
) -> tuple[Path, list[Path]]:
    """A closed session file and one graded juror file per juror (``pick``:
    how to mark, one function for all jurors or one per juror, in order)."""
    gfile = create_session(
        MINI, tmp / "session.jury", title="Session test", assessment_ids=assessment_ids
    )
    try:
        for name, role in jurors:
            add_juror(gfile, name, role)
        for last, first in CANDIDATES:
            add_candidate(gfile, last, first)
        paths = export_juror_files(gfile, tmp / "grilles")
    finally:
        gfile.close()
    picks = list(pick) if isinstance(pick, Sequence) else [pick] * len(paths)
    for i, p in enumerate(paths):
        grade_file(p, seed=i, sign=sign, pick=picks[i])
    return tmp / "session.jury", paths


def merge(session: Path, paths: list[Path]) -> list[tuple[str, str]]:
    with open_file(session) as gfile:
        report = merge_juror_files(gfile, paths)
    return [(r.status, r.reason) for r in report.files]


def content(session: Path) -> tuple[list[tuple], list[tuple], list[str]]:
    """Sheets, marks and the jurors' own audit events: what a merge must
    make identical whatever the order (the merge's own events differ)."""
    conn = sqlite3.connect(session)
    try:
        sheets = conn.execute(
            "SELECT id, juror_id, candidate_id, assessment_id, status, version, digest,"
            " signature FROM sheet ORDER BY id"
        ).fetchall()
        marks = conn.execute(
            "SELECT sheet_id, criterion_id, level, points, observation FROM mark ORDER BY 1, 2"
        ).fetchall()
        events = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM auditevent WHERE action NOT LIKE 'merge.%' ORDER BY id"
            )
        ]
    finally:
        conn.close()
    return sheets, marks, events



# How a juror marks every criterion (``pick`` of ``build_session``).
def passing(assessment: Assessment, _c: Criterion, _rng: random.Random) -> dict:
    if assessment.scale.kind == "points":
        return {"points": 4.0}
    return {"level": "A"}


def failing(assessment: Assessment, _c: Criterion, _rng: random.Random) -> dict:
    if assessment.scale.kind == "points":
        return {"points": 0.0}
    return {"level": "NA"}



# A session to export, built by tests/export/conftest.py's ``make_session``.
MakeSession = Callable[..., GraderFile]


def reseal_signed_sheets(gfile: GraderFile) -> None:
    """After a test edits signed sheets directly: their digest recomputed and
    the juror's signature dropped, as if signed in the session itself (what
    the session's re-verification then accepts on its digest alone)."""
    with gfile.engine.begin() as conn:
        def query(sql: str, params: object) -> list:  # type: ignore[type-arg]
            return list(conn.exec_driver_sql(sql, tuple(params)).all())  # type: ignore[arg-type]

        for sid, (row, marks) in read_sheets(query, where="status = 'signed'").items():
            conn.exec_driver_sql(
                "UPDATE sheet SET digest = ?, signature = NULL WHERE id = ?",
                (form_digest(row, marks), sid),
            )
