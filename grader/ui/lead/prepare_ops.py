"""The preparation screens' link to the core (jurors, candidates, juror
files, blocs acquired earlier): the core's functions called one by one,
each refusal turned into a French sentence (``LeadError``), only plain views
handed back. Same pattern as ``LeadController``, kept apart so that the
deliberation's controller does not grow with every screen."""

from datetime import date
from pathlib import Path

from grader.grading import candidate_columns as cols
from grader.grading import capitalisation, deliberation, jury_checks, session_ops
from grader.grading.candidates_import import (
    CandidateImportError,
    CandidateRow,
    ImportReport,
    import_candidates,
)
from grader.grading.capitalisation import AcquiredBlocView
from grader.grading.views import CandidateView, JurorView
from grader.models.store import GraderFile
from grader.referential.model import Assessment, Bloc
from grader.ui.lead.controller import LeadError, call


class ImportRefused(LeadError):
    """The candidate file is refused; ``problems`` lists each row's problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


# What the lead types for one candidate: the same fields as a row of an import.
CandidateFields = CandidateRow


# Field → the label the import's messages use, so that a hand-typed name is
# checked exactly like a name read from a spreadsheet.
_CHECKED = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "external_id": "Identifiant",
    "email": "Email",
    "accommodation_type": "Aménagement",
    "accommodation_detail": "Détail aménagement",
    "accommodation_authorised_by": "Autorisé par",
}


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class PrepareOps:
    def __init__(self, gfile: GraderFile) -> None:
        self.gfile = gfile

    # -- reading -------------------------------------------------------------
    def is_closed(self) -> bool:
        return call(deliberation.is_closed, self.gfile)

    def jurors(self) -> list[JurorView]:
        return call(session_ops.list_jurors, self.gfile)

    def candidates(self) -> list[CandidateView]:
        return call(session_ops.list_candidates, self.gfile)

    def jury_rule_text(self) -> str:
        """The certifier's composition rule, in its own words when it gave them."""
        rule = self.gfile.referential.jury
        if rule.text:
            return rule.text
        parts = [f"au moins {rule.min_members} membre(s)"]
        if rule.required_roles:
            parts.append("rôles exigés : " + ", ".join(rule.required_roles))
        if rule.min_outside_share:
            parts.append(f"au moins {rule.min_outside_share * 100:.0f} % de professionnels "
                         "extérieurs")
        return _sentence(" ; ".join(parts)) + "."

    def jury_warnings(self) -> list[str]:
        return call(jury_checks.check_jury, self.gfile)

    def evaluated_assessments(self) -> list[Assessment]:
        return call(session_ops.evaluated_assessments, self.gfile)

    def durations(self) -> dict[str, int]:
        """The soutenance minutes this session sets (not the référentiel's)."""
        return dict(call(session_ops.session_view, self.gfile).durations)

    def set_durations(self, wanted: dict[str, int]) -> list[str]:
        """Make the session's durations ``wanted`` (an épreuve left out goes back
        to the référentiel's): one core operation per épreuve that changes.
        Returns the ids changed."""
        current = self.durations()
        changed = []
        for a in self.evaluated_assessments():
            if wanted.get(a.id) != current.get(a.id):
                call(session_ops.set_duration, self.gfile, a.id, wanted.get(a.id))
                changed.append(a.id)
        return changed

    def exported_jurors(self) -> list[str]:
        """Names of the jurors who already received a grille."""
        done = call(session_ops.exported_juror_ids, self.gfile)
        return [j.name for j in self.jurors() if j.id in done]

    def capitalisable_blocs(self) -> list[Bloc]:
        ref = self.gfile.referential
        return list(ref.blocs) if ref.certification.capitalisable else []

    def acquired(self, candidate_id: str) -> list[AcquiredBlocView]:
        found = call(capitalisation.acquired_blocs, self.gfile, candidate_id)
        order = {b.code: i for i, b in enumerate(self.gfile.referential.blocs)}
        return sorted(found.values(), key=lambda a: order.get(a.bloc_code, len(order)))

    # -- writing: one core operation each -----------------------------------
    def set_candidate_presence(self, candidate_id: str, present: bool) -> CandidateView:
        """Absent for the session: no sheet, outcome « Absent »."""
        return call(deliberation.set_candidate_presence, self.gfile, candidate_id, present)

    def set_presence(self, juror_id: str, present: bool) -> JurorView:
        return call(session_ops.set_juror_presence, self.gfile, juror_id, present)

    def add_juror(
        self, name: str, role: str, email: str = "", *, function: str = "membre"
    ) -> JurorView:
        name, email = name.strip(), email.strip()
        try:
            cols.check_formula("Nom", name)
            cols.clean_text("email", "Email", email)
        except cols.CellError as exc:
            raise LeadError(_sentence(str(exc))) from None
        return call(session_ops.add_juror, self.gfile, name, role, email, function=function)

    def add_candidate(self, fields: CandidateFields) -> CandidateView:
        values = {}
        for name, label in _CHECKED.items():
            try:
                values[name] = cols.clean_text(name, label, getattr(fields, name))
            except cols.CellError as exc:
                raise LeadError(_sentence(str(exc))) from None
        if not values["first_name"]:
            raise LeadError("Le prénom du candidat est vide.")
        last, first = values.pop("last_name"), values.pop("first_name")
        return call(session_ops.add_candidate, self.gfile, last, first,
                    extra_time_ratio=fields.extra_time_ratio, **values)

    def import_candidates(self, path: Path) -> ImportReport:
        """All or nothing; raises ``ImportRefused`` with every row's problem."""
        try:
            return call(import_candidates, self.gfile, Path(path))
        except LeadError as exc:
            cause = exc.__cause__
            if isinstance(cause, CandidateImportError):
                raise ImportRefused(cause.problems) from cause
            raise

    def export_juror_files(self, out_dir: Path) -> list[Path]:
        return call(session_ops.export_juror_files, self.gfile, Path(out_dir))

    def record_acquired(
        self, candidate_id: str, bloc_code: str, acquired_on: date, source: str
    ) -> AcquiredBlocView:
        self._require_open()
        if not source.strip():
            raise LeadError("Indiquez la session d'origine du bloc (par exemple « Jury de "
                            "juin 2024 »).")
        return call(capitalisation.record_acquired_bloc, self.gfile, candidate_id, bloc_code,
                    acquired_on, source)

    def remove_acquired(self, candidate_id: str, bloc_code: str) -> None:
        self._require_open()
        call(capitalisation.remove_acquired_bloc, self.gfile, candidate_id, bloc_code)

    def _require_open(self) -> None:
        # The PV is final once the deliberation is closed: the certification it
        # prints must not move under it.
        if self.is_closed():
            raise LeadError("La délibération est clôturée : les blocs déjà acquis ne peuvent "
                            "plus être modifiés.")
