"""The words of decisions and statuses, shared by the rules, the storage,
the exports and the UI: one code in the files, one French label on screen."""

from enum import StrEnum

# A bloc: what the rule proposes, and what the jury records.
VALIDE = "valide"
NON_VALIDE = "non_valide"
INCOMPLET = "incomplet"  # proposal only: criteria still unmarked
ABSENT = "absent"
DEJA_ACQUIS = "deja_acquis"  # capitalised in an earlier session

BLOC_OUTCOME_LABELS: dict[str, str] = {
    VALIDE: "Validé",
    NON_VALIDE: "Non validé",
    INCOMPLET: "Incomplet",
    ABSENT: "Absent",
    DEJA_ACQUIS: "Déjà acquis",
}

# A sheet.
DRAFT = "draft"
SIGNED = "signed"

SHEET_STATUS_LABELS: dict[str, str] = {
    "todo": "À faire",
    DRAFT: "En cours",
    SIGNED: "Signée",
}


# The deliberation table (``grading.deliberation_table``): one state per
# candidate × bloc, one outcome per candidate. Every screen and document
# reads these; none recomputes them.
class BlocState(StrEnum):
    VALIDE = "valide"  # decided by the jury
    NON_VALIDE = "non_valide"  # decided by the jury
    DEJA_ACQUIS = "deja_acquis"  # capitalised in an earlier session (date, session)
    NON_EVALUE = "non_evalue"  # no épreuve of the bloc in this session: still to validate
    NON_DELIBERE = "non_delibere"  # evaluated here, no decision recorded (yet)
    ABSENT = "absent"  # the candidate was absent (for the session or the bloc)


BLOC_STATE_LABELS: dict[str, str] = {
    BlocState.VALIDE: "Validé",
    BlocState.NON_VALIDE: "Non validé",
    BlocState.DEJA_ACQUIS: "Déjà acquis",
    BlocState.NON_EVALUE: "Restant à valider",
    BlocState.NON_DELIBERE: "Non délibéré",
    BlocState.ABSENT: "Absent",
}


class Outcome(StrEnum):
    CERTIFIE = "certifie"  # every bloc valide or deja_acquis
    VALIDATION_PARTIELLE = "validation_partielle"  # at least one, not all
    NON_CERTIFIE = "non_certifie"  # none
    NON_DELIBERE = "non_delibere"  # a bloc still non_delibere: neither certified nor failed
    ABSENT = "absent"  # absent for the session


OUTCOME_LABELS: dict[str, str] = {
    Outcome.CERTIFIE: "Certifié",
    Outcome.VALIDATION_PARTIELLE: "Validation partielle",
    Outcome.NON_CERTIFIE: "Non certifié",
    Outcome.NON_DELIBERE: "Non délibéré",
    Outcome.ABSENT: "Absent",
}

# Totaux of the PV, in the order they are printed.
OUTCOME_TOTAL_LABELS: dict[str, str] = {
    Outcome.CERTIFIE: "Certifiés",
    Outcome.VALIDATION_PARTIELLE: "Validations partielles",
    Outcome.NON_CERTIFIE: "Non certifiés",
    Outcome.NON_DELIBERE: "Non délibérés",
    Outcome.ABSENT: "Absents",
}


# A jury member: a function in the jury and a status towards the organisation.
class JurorFunction(StrEnum):
    PRESIDENT = "president"
    MEMBRE = "membre"


JUROR_FUNCTION_LABELS: dict[str, str] = {
    JurorFunction.PRESIDENT: "Président du jury",
    JurorFunction.MEMBRE: "Membre du jury",
}


# An accommodation: one type of a closed list, stored as its French words,
# plus the extra time and an optional reference to the decision. Never free
# text, which could hold a diagnosis (RGPD, art. 9). Defined with the storage
# that enforces it.
from grader.models.accommodations import ACCOMMODATION_TYPES as ACCOMMODATION_TYPES  # noqa: E402
from grader.models.accommodations import AUTRE_AMENAGEMENT as AUTRE_AMENAGEMENT  # noqa: E402
from grader.models.accommodations import MATERIEL_ADAPTE as MATERIEL_ADAPTE  # noqa: E402
from grader.models.accommodations import SALLE_A_PART as SALLE_A_PART  # noqa: E402
from grader.models.accommodations import SECRETAIRE as SECRETAIRE  # noqa: E402
from grader.models.accommodations import TIERS_TEMPS as TIERS_TEMPS  # noqa: E402
