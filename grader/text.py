"""Text typed or imported by a user, cleaned of what no one can see.

A NUL byte, a control character or a bidirectional override (U+202E turns
« Dupont‮fdp.exe » into a name that reads backwards on screen and in a file
name) has no place in a name, a title or an identifier. They are removed
where text enters grader: the candidate import, the forms and the CLI, and
again where a file name is built.
"""

import re
import unicodedata
from datetime import date

# C0 controls except tab and line breaks, DEL, C1 controls; the bidi marks,
# embeddings, overrides and isolates; zero-width characters and the BOM.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def invisible_characters(text: str) -> list[str]:
    """The characters :func:`clean_line` removes, as « U+202E »."""
    return [f"U+{ord(ch):04X}" for ch in _INVISIBLE.findall(text)]


def clean_line(text: str) -> str:
    """One line of visible text: NFC, invisible characters removed, every run
    of spaces, tabs and line breaks (Alt+Entrée in Excel) made one space."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def clean_block(text: str) -> str:
    """Several lines (an observation, a motivation): invisible characters
    removed, the line breaks kept."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))


# The two ways a date is typed, everywhere (command line, candidate lists):
# JJ/MM/AAAA (also with « . » or « - ») and AAAA-MM-JJ (a time after it is ignored).
_DATE_FR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
DATE_FORMATS = "JJ/MM/AAAA ou AAAA-MM-JJ"


def parse_date(text: str) -> date:
    """``07/03/2001`` or ``2001-03-07`` → the date; ValueError otherwise."""
    text = text.strip()
    fr, iso = _DATE_FR.match(text), _DATE_ISO.match(text)
    if fr:
        return date(int(fr[3]), int(fr[2]), int(fr[1]))
    if iso:
        return date(int(iso[1]), int(iso[2]), int(iso[3]))
    raise ValueError(text)
