"""The words of decisions and statuses, shared by the rules, the storage,
the exports and the UI: one code in the files, one French label on screen."""

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

# The certification, across blocs.
CERTIFIE = "certifie"
PARTIELLE = "partielle"
NON_CERTIFIE = "non_certifie"

CERTIFICATION_LABELS: dict[str, str] = {
    CERTIFIE: "Certifié",
    PARTIELLE: "Validation partielle",
    NON_CERTIFIE: "Non certifié",
    INCOMPLET: "Incomplet",
}

# A sheet.
DRAFT = "draft"
SIGNED = "signed"

SHEET_STATUS_LABELS: dict[str, str] = {
    "todo": "À faire",
    DRAFT: "En cours",
    SIGNED: "Signée",
}
