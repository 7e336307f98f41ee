"""Find one candidate from what a person types: a number, « NOM Prénom »,
« Prénom Nom », a last name or part of a name (case and accents ignored)."""

from grader.errors import Refusal
from grader.grading.session_ops import list_candidates, sort_key
from grader.grading.views import CandidateView
from grader.models.store import GraderFile


class CandidateNotFound(Refusal):
    """None or several candidates match; ``str(exc)`` is French and says which."""


def _folded(text: str) -> str:
    return " ".join(sort_key(text).split())


def find_candidate(gfile: GraderFile, query: str) -> CandidateView:
    wanted = _folded(query)
    candidates = list_candidates(gfile)
    if not wanted:
        raise CandidateNotFound("Indiquez le nom ou le numéro du candidat.")
    by_id = [c for c in candidates if query.strip() in (c.id, c.external_id)]
    if by_id:
        return by_id[0]

    def full_names(c: CandidateView) -> tuple[str, str]:
        return _folded(f"{c.last_name} {c.first_name}"), _folded(f"{c.first_name} {c.last_name}")

    # From the most to the least precise: a longer match never hides behind a shorter one.
    for matches in (
        [c for c in candidates if wanted in full_names(c)],
        [c for c in candidates if wanted == _folded(c.last_name)],
        [c for c in candidates if any(wanted in name for name in full_names(c))],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            listed = ", ".join(
                f"{c.display_name} ({c.external_id or c.id[:8]})" for c in matches[:8]
            )
            raise CandidateNotFound(
                f"Plusieurs candidats répondent à « {query} » : {listed}. Précisez "
                "(nom et prénom, ou numéro)."
            )
    raise CandidateNotFound(f"Aucun candidat ne correspond à « {query} » dans {gfile.path.name}.")
