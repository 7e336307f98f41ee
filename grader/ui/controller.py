"""The grading window's link to the core: one juror file, the core's
operations called one by one (each is its own transaction), and every failure
turned into a French sentence (``GradingError``) for the window to show."""

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from grader.grading import marks, rules, session_ops, signing
from grader.grading.views import CandidateView, MarkView, SessionView, SheetView
from grader.models.store import FileRefused, GraderFile, open_file
from grader.referential.model import Assessment, Bloc, Referential

T = TypeVar("T")


class GradingError(Exception):
    """``str(exc)`` is a French sentence for the juror."""


def _call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    try:
        return fn(*args, **kwargs)
    except (marks.SheetLocked, ValueError, FileRefused) as exc:
        raise GradingError(str(exc)) from exc
    except (SQLAlchemyError, OSError) as exc:
        raise GradingError(
            "La modification n'a pas pu être enregistrée : le fichier est peut-être "
            "verrouillé, en lecture seule ou le disque est plein. Rien n'a été changé."
        ) from exc


def sheet_status(sheet: SheetView | None) -> str:
    """« todo » until something is written, « draft » after, « signed »."""
    if sheet is None:
        return "todo"
    if sheet.status == "signed":
        return "signed"
    touched = sheet.observation or sheet.flag_discuss or sheet.timer_elapsed_seconds or any(
        not m.is_empty for m in sheet.marks.values()
    )
    return "draft" if touched else "todo"


class GradingController:
    def __init__(self, gfile: GraderFile) -> None:
        if gfile.kind != "juror" or not gfile.juror_id:
            raise GradingError(
                f"{gfile.path.name} est un fichier de session : ouvrez-le avec "
                "« Ouvrir une session ». Un juré ouvre sa grille (.grille)."
            )
        self.gfile = gfile
        self.juror_id: str = gfile.juror_id
        self.session: SessionView = session_ops.session_view(gfile)
        self.referential: Referential = gfile.referential
        self.assessments: list[Assessment] = session_ops.evaluated_assessments(gfile)
        self.candidates: list[CandidateView] = session_ops.list_candidates(gfile)

    @classmethod
    def open(cls, path: Path) -> "GradingController":
        """Raises ``GradingError`` (French) when the file cannot be graded."""
        try:
            gfile = open_file(path)
        except FileRefused as exc:
            raise GradingError(str(exc)) from exc
        except Exception as exc:  # a damaged file must never show a traceback
            raise GradingError(
                f"{Path(path).name} ne peut pas être ouvert : il est endommagé "
                "ou ce n'est pas une grille grader."
            ) from exc
        try:
            return cls(gfile)
        except GradingError:
            gfile.close()
            raise
        except Exception as exc:
            gfile.close()
            raise GradingError(
                f"{Path(path).name} ne peut pas être lu : le fichier est incomplet ou endommagé."
            ) from exc

    def close(self) -> None:
        self.gfile.close()

    def juror_name(self) -> str:
        juror = next((j for j in session_ops.list_jurors(self.gfile) if j.id == self.juror_id),
                     None)
        return juror.name if juror else ""

    def bloc_of(self, assessment: Assessment) -> Bloc:
        return self.referential.bloc_of(assessment.id)

    # -- reading -----------------------------------------------------------
    def sheet(self, candidate_id: str, assessment_id: str) -> SheetView:
        return _call(marks.open_sheet, self.gfile, self.juror_id, candidate_id, assessment_id)

    def statuses(self) -> dict[tuple[str, str], str]:
        """Status of every sheet of this juror, by (candidate id, assessment id)."""
        sheets = _call(marks.list_sheets, self.gfile, self.juror_id)
        return {(s.candidate_id, s.assessment_id): sheet_status(s) for s in sheets}

    def proposal(self, assessment: Assessment,
                 values: dict[str, str | float | None]) -> rules.Proposal:
        return rules.evaluate_bloc(self.bloc_of(assessment), values,
                                   assessment_ids=[assessment.id])

    # -- writing: one core operation each ---------------------------------
    def write_mark(self, sheet_id: str, criterion_id: str, field: str, value: Any) -> MarkView:
        g = self.gfile
        if field == "level":
            return _call(marks.set_mark, g, sheet_id, criterion_id, level=value)
        if field == "points":
            return _call(marks.set_mark, g, sheet_id, criterion_id, points=value)
        if field == "clear":
            return _call(marks.clear_mark, g, sheet_id, criterion_id)
        if field == "observation":
            return _call(marks.set_mark_observation, g, sheet_id, criterion_id, value)
        flag, note = value
        return _call(marks.set_mark_flag, g, sheet_id, criterion_id, flag, note)

    def set_sheet_observation(self, sheet_id: str, text: str) -> SheetView:
        return _call(marks.set_sheet_observation, self.gfile, sheet_id, text)

    def set_sheet_flag(self, sheet_id: str, flag: bool, note: str) -> SheetView:
        return _call(marks.set_sheet_flag, self.gfile, sheet_id, flag, note)

    def save_timer(self, sheet_id: str, elapsed: int) -> SheetView:
        return _call(marks.save_timer, self.gfile, sheet_id, elapsed)

    def sign(self, sheet_id: str) -> SheetView:
        return _call(signing.sign_sheet, self.gfile, sheet_id)

    def reopen(self, sheet_id: str, reason: str) -> SheetView:
        return _call(signing.reopen_sheet, self.gfile, sheet_id, reason)
