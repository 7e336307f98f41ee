"""The grading window's link to the core: one juror file, the core's
operations called one by one (each is its own transaction), and every failure
turned into a French sentence (``GradingError``) for the window to show."""

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from grader.errors import GraderError
from grader.grading import keys, marks, rules, session_ops, signing
from grader.grading.views import CandidateView, MarkView, SessionView, SheetView
from grader.models.store import GraderFile
from grader.referential.model import Assessment, Bloc, Referential
from grader.ui.core_calls import call_core, open_for

T = TypeVar("T")


class GradingError(GraderError):
    """``str(exc)`` is a French sentence for the juror."""


def _call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one core function; its own refusals keep their French message."""
    return call_core(GradingError, "La modification", fn, *args, **kwargs)


def sheet_status(sheet: SheetView | None) -> str:
    """« todo » for a grid not yet created, else the core's ``progress``."""
    return "todo" if sheet is None else sheet.progress


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
        # The juror's private key, once unlocked (created or opened on this machine).
        self.signing_key: Ed25519PrivateKey | None = None

    @classmethod
    def open(cls, path: Path) -> "GradingController":
        """Raises ``GradingError`` (French) when the file cannot be graded."""
        return open_for(path, cls, GradingError, "une grille grader")

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

    # -- the juror's key (born on this machine, see grader.grading.keys) ---
    def key_state(self) -> keys.KeyState:
        return keys.key_state(self.gfile)

    def create_key(self, passphrase: str | None) -> str:
        """Create (or take up again) the juror's key; returns its fingerprint."""
        fp = keys.create_juror_key(self.gfile, passphrase)
        self.signing_key = keys.load_signing_key(self.gfile, passphrase)
        return fp

    def unlock_key(self, passphrase: str | None) -> None:
        self.signing_key = keys.load_signing_key(self.gfile, passphrase)

    def sign(self, sheet_id: str) -> SheetView:
        return _call(signing.sign_sheet, self.gfile, sheet_id, self.signing_key)

    def reopen(self, sheet_id: str, reason: str) -> SheetView:
        return _call(signing.reopen_sheet, self.gfile, sheet_id, reason)
