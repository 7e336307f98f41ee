"""argparse speaks French: its own words (usage, errors, --help) go through
``gettext``, as argparse expects, and grader binds gettext's domain to its
catalogue ``grader/data/locale/fr/LC_MESSAGES/grader.po`` (compiled beside it
to ``grader.mo`` with ``msgfmt -o grader.mo grader.po``)."""

import gettext
import os
from pathlib import Path

DOMAIN = "grader"
LOCALE_DIR = Path(__file__).resolve().parents[1] / "data" / "locale"


def install() -> None:
    """French first for gettext in this process (idempotent): the command
    line's own texts are French, argparse's must match them whatever the
    desktop's language."""
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    wanted = os.environ.get("LANGUAGE", "")
    if not wanted.startswith("fr"):
        os.environ["LANGUAGE"] = "fr" + (f":{wanted}" if wanted else "")
