"""An accommodation as grader keeps it: a type from a closed list and an
optional reference to the decision (« Décision du 03/05/2026 »), never a
sentence that could hold a diagnosis. The import, the form, the CLI and the
migration of old files all go through these functions."""

import re
import unicodedata

from grader.errors import Refusal

# The closed list, stored as its French words (re-exported by
# grader.grading.vocabulary with the other codes).
TIERS_TEMPS = "tiers-temps"
SALLE_A_PART = "salle à part"
SECRETAIRE = "secrétaire"
MATERIEL_ADAPTE = "matériel adapté"
AUTRE_AMENAGEMENT = "autre"
ACCOMMODATION_TYPES = (TIERS_TEMPS, SALLE_A_PART, SECRETAIRE, MATERIEL_ADAPTE, AUTRE_AMENAGEMENT)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9/]+", " ", plain).split())


# Other ways the same types are written in the lists schools send.
_SYNONYMS = {
    "tiers temps": TIERS_TEMPS, "1/3 temps": TIERS_TEMPS, "temps majore": TIERS_TEMPS,
    "temps supplementaire": TIERS_TEMPS, "extra time": TIERS_TEMPS,
    "salle a part": "salle à part", "salle separee": "salle à part",
    "secretaire": "secrétaire", "materiel adapte": "matériel adapté",
    "autre": AUTRE_AMENAGEMENT,
}  # fmt: skip
_KNOWN = {_plain(t): t for t in ACCOMMODATION_TYPES} | _SYNONYMS
_DECISION = re.compile(
    r"^(?:decision du |decision |du )?(\d{1,2})/(\d{1,2})/(\d{4})(?: n ?o? ?([a-z0-9./-]{1,20}))?$"
)


def known_type(text: str) -> str | None:
    """The closed-list type ``text`` names (any case, accents, « Tiers temps »),
    ``""`` for none, ``None`` when it is not one of them."""
    plain = _plain(text)
    if not plain:
        return ""
    return _KNOWN.get(plain)


def accommodation_type(text: str) -> str:
    """The type, or a :class:`Refusal` listing the types."""
    found = known_type(text)
    if found is None:
        raise Refusal(
            f"« {text.strip()[:40]} » n'est pas un type d'aménagement ; choisissez "
            f"{', '.join(ACCOMMODATION_TYPES[:-1])} ou {ACCOMMODATION_TYPES[-1]} (jamais un "
            "diagnostic ni une raison médicale)."
        )
    return found


def decision_reference(text: str) -> str:
    """« Décision du 03/05/2026 » (optionally « n° 2026-42 »), or ``""``; any
    other text is a :class:`Refusal`: a sentence could hold a diagnosis."""
    plain = _plain(text)
    if not plain:
        return ""
    found = _DECISION.match(plain)
    if found:
        day, month, year, number = found.groups()
        reference = f"Décision du {int(day):02d}/{int(month):02d}/{year}"
        if number:
            number = re.search(r"[A-Za-z0-9./-]{1,20}$", text.strip())
            reference += f" n° {number[0] if number else found[4]}"
        return reference
    raise Refusal(
        f"« {text.strip()[:40]} » n'est pas une référence de décision ; écrivez la date de la "
        "décision, par exemple « Décision du 03/05/2026 » (ou « 03/05/2026 n° 42 »), "
        "jamais un diagnostic ni une raison médicale."
    )


def legacy_accommodation(kind: str, detail: str) -> tuple[str, str]:
    """What an older file's free texts become: a type of the list stays, any
    other text becomes « autre » without its words; a detail is kept only if
    it is a decision reference."""
    found = known_type(kind)
    new_kind = found if found is not None else AUTRE_AMENAGEMENT
    try:
        new_detail = decision_reference(detail)
    except Refusal:
        new_detail = ""
    return new_kind, new_detail
