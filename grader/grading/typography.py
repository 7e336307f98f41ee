"""French typography, in one place: every document and screen shows numbers
and punctuation the same way.

- ``number``: decimal comma, the minus sign U+2212, no useless zeros
  (« 14,5 », « −0,25 », « 0 »);
- ``french``: a no-break space (U+00A0) before « : ; ! ? » and inside
  « », typographic apostrophes (« l’épreuve »). Applied where PDF text and
  workbook cells are written, so that no caller has to remember it.

Only spacing and apostrophes are changed in text: a dot between digits may
be a date or a version, so decimals are the business of ``number``."""

import re
from functools import lru_cache

# The no-break space U+00A0 rather than the narrow one (U+202F): reportlab's
# paragraphs break lines at U+202F and some spreadsheet fonts lack it.
NBSP = "\u00a0"
MINUS = "\u2212"

# A space (plain, no-break or fine) before a high punctuation mark, or none
# after a word when the mark ends a phrase (« Pourquoi? », « Note: »):
# never inside « 14:30 », « http://… » or « ?a=1 ».
_BEFORE = re.compile(r"[ \u00a0\u202f]+([:;!?])|(?<=[\w»)])([;!?]|:(?=\s|$))(?=\s|$|[»)])")
_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE = re.compile(r"[ \u00a0\u202f]*»")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_]|<)")  # « <b> » in PDF markup
# A hyphen standing for a minus: before a digit, not inside a word, a date
# or an identifier (« 2026-0014 », « CM-2025-001 »).
_MINUS = re.compile(r"(?<![\w.,\-])-(?=\d)")


@lru_cache(maxsize=65536)
def french(text: str) -> str:
    """``text`` with French typography (see the module's docstring)."""
    if not text or not any(ch in text for ch in ":;!?«»'-"):
        return text
    if " " not in text and ("@" in text or "/" in text):
        return text  # an address, a path or a link: as typed
    text = _BEFORE.sub(lambda m: NBSP + (m.group(1) or m.group(2)), text)
    text = _OPEN.sub("«" + NBSP, text)
    text = _CLOSE.sub(NBSP + "»", text)
    text = _APOSTROPHE.sub("’", text)
    return _MINUS.sub(MINUS, text)


def number(value: float, decimals: int = 2) -> str:
    """« 14,5 », « 10 », « 0,25 », « −0,3 »: French decimal comma, no useless
    zeros, the minus sign; never « −0 »."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",").replace("-", MINUS)


def fixed(value: float, decimals: int = 2) -> str:
    """Always ``decimals`` digits after the comma (« 0,00 », « −0,41 »): for
    columns of figures that are read against each other, like kappas."""
    text = f"{value:.{decimals}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return text.replace(".", ",").replace("-", MINUS)


def signed(value: float, decimals: int = 0) -> str:
    """« +3 », « −12 », « 0 »: a difference, its sign always shown."""
    text = number(abs(value), decimals)
    if text == "0":
        return text
    return ("+" if value > 0 else MINUS) + text
