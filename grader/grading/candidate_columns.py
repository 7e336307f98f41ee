"""Recognise the columns of a candidate list and clean its cells.

Headers come in French or English, with any case, accents and spacing
(« Prénom », « PRENOM », « First name »). Cells come from Excel: numbers
for identifiers, dates or text for birth dates, « oui »/« X » for a
tiers-temps. Each cleaning function raises ``CellError`` with the French
end of a sentence; the caller adds « fichier, ligne N : ».
"""

import re
import unicodedata
from datetime import date, datetime

from grader.errors import BadFile
from grader.grading.tabular import Cell
from grader.text import clean_line, parse_date

# field → (French name shown to the user, accepted headers once normalised)
COLUMNS: dict[str, tuple[str, frozenset[str]]] = {
    "last_name": (
        "Nom",
        frozenset({"nom", "nom de famille", "nom d usage", "nom du candidat", "last name",
                   "lastname", "surname", "family name"}),
    ),
    "first_name": (
        "Prénom",
        frozenset({"prenom", "prenoms", "prenom s", "prenom du candidat", "first name",
                   "firstname", "given name", "forename"}),
    ),
    "external_id": (
        "Identifiant",
        frozenset({"identifiant", "id", "n candidat", "no candidat", "num candidat",
                   "numero candidat", "numero de candidat", "n de candidat", "numero",
                   "matricule", "candidate id", "candidate number", "identifier", "ine"}),
    ),
    "email": (
        "Email",
        frozenset({"email", "e mail", "courriel", "mail", "adresse mail", "adresse email",
                   "adresse e mail", "adresse electronique", "email address"}),
    ),
    "birth_date": (
        "Date de naissance",
        frozenset({"date de naissance", "date naissance", "naissance", "ne e le", "ne le",
                   "birth date", "birthdate", "date of birth", "dob"}),
    ),
    "accommodation_type": (
        "Aménagement",
        frozenset({"amenagement", "amenagements", "type d amenagement", "type amenagement",
                   "accommodation", "accommodations", "accommodation type"}),
    ),
    "accommodation_detail": (
        "Détail aménagement",
        frozenset({"detail amenagement", "details amenagement", "detail de l amenagement",
                   "detail des amenagements", "details des amenagements",
                   "accommodation detail", "accommodation details"}),
    ),
    "accommodation_authorised_by": (
        "Autorisé par",
        frozenset({"autorise par", "amenagement autorise par", "autorisation",
                   "authorised by", "authorized by"}),
    ),
    "extra_time": (
        "Tiers-temps",
        frozenset({"tiers temps", "tiers temps oui non", "1 3 temps", "extra time",
                   "extra time 1 3"}),
    ),
}
REQUIRED = ("last_name", "first_name")

# Accommodations are recorded as a type and what they change, never as health
# data (RGPD, art. 9): a column that looks medical is not read at all.
_MEDICAL_WORDS = ("handicap", "diagnostic", "patholog", "sante", "medic", "maladie",
                  "trouble", "dys", "health", "disab", "medical")

_FORMULA_START = ("=", "+", "-", "@")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_YES = {"oui", "o", "yes", "y", "x", "1", "vrai", "true"}
_NO = {"non", "n", "no", "0", "faux", "false", ""}
_MAX_LEN = {"last_name": 100, "first_name": 100, "external_id": 50, "email": 254}


class CellError(BadFile, ValueError):
    """A cell that cannot be imported; the message ends a French sentence."""


def normalise_header(text: object) -> str:
    """« N° Candidat » → « n candidat », « Prénom(s) » → « prenom s »."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def field_of(header: object) -> str | None:
    norm = normalise_header(header)
    return next((f for f, (_, names) in COLUMNS.items() if norm in names), None)


def looks_medical(header: object) -> bool:
    words = normalise_header(header).split()
    return any(w.startswith(m) for w in words for m in _MEDICAL_WORDS)


def expected_columns() -> str:
    required = ", ".join(COLUMNS[f][0] for f in REQUIRED)
    optional = ", ".join(label for f, (label, _) in COLUMNS.items() if f not in REQUIRED)
    return f"{required} (obligatoires) ; {optional} (facultatives)"


def text_of(cell: Cell) -> str:
    """A cell as trimmed NFC text; Excel's 12345.0 for an identifier is « 12345 »."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "oui" if cell else "non"
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, datetime):
        cell = cell.date() if cell.time() == datetime.min.time() else cell
    if isinstance(cell, date):
        return cell.strftime("%d/%m/%Y")
    # Alt+Entrée in Excel, non-breaking spaces: one plain space; a NUL or a
    # right-to-left override: nothing.
    return clean_line(str(cell))


def check_formula(label: str, text: str) -> None:
    """Refuse what a spreadsheet would run as a formula when the list is
    exported again (CSV/formula injection): refusing is clearer than a
    silently altered name."""
    if text.startswith(_FORMULA_START):
        raise CellError(
            f"la colonne « {label} » commence par « {text[0]} » (« {text[:30]} ») : "
            "refusé, un tableur l'exécuterait comme une formule. Retirez ce caractère."
        )


def clean_text(field: str, label: str, cell: Cell) -> str:
    text = text_of(cell)
    check_formula(label, text)
    limit = _MAX_LEN.get(field, 500)
    if len(text) > limit:
        raise CellError(f"la colonne « {label} » dépasse {limit} caractères.")
    if field == "email" and text and not _EMAIL.match(text):
        raise CellError(f"l'adresse électronique « {text} » n'est pas valide.")
    return text


def clean_date(label: str, cell: Cell) -> date | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, datetime):
        value = cell.date()
    elif isinstance(cell, date):
        value = cell
    else:
        text = text_of(cell)
        check_formula(label, text)
        try:
            value = parse_date(text)
        except ValueError:
            raise CellError(
                f"la date de naissance « {text} » n'est pas une date valide "
                "(attendu JJ/MM/AAAA, par exemple 07/03/2001)."
            ) from None
    if not date(1900, 1, 1) <= value <= date.today():
        raise CellError(f"la date de naissance {value:%d/%m/%Y} n'est pas plausible.")
    return value


def clean_yes_no(label: str, cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    text = normalise_header(text_of(cell))
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(
        f"la colonne « {label} » contient « {text_of(cell)} » : attendu « oui » ou « non »."
    )


def is_tiers_temps(text: str) -> bool:
    norm = normalise_header(text)
    return "tiers temps" in norm or "1 3 temps" in norm
