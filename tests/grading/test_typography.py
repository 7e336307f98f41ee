"""French typography: one function for text, one for numbers."""

import pytest

from grader.grading.typography import MINUS, NBSP, fixed, french, number, signed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Motivation : à revoir", f"Motivation{NBSP}: à revoir"),
        ("Note: voir", f"Note{NBSP}: voir"),
        ("Pourquoi? Parce que ; enfin !", f"Pourquoi{NBSP}? Parce que{NBSP}; enfin{NBSP}!"),
        ("« À discuter »", f"«{NBSP}À discuter{NBSP}»"),
        ("«Oui»", f"«{NBSP}Oui{NBSP}»"),
        ("l'épreuve d'Élodie", "l’épreuve d’Élodie"),
        ("écart -3 points", f"écart {MINUS}3 points"),
    ],
)
def test_french_typography(typed: str, printed: str) -> None:
    assert french(typed) == printed
    assert french(printed) == printed  # applied twice, nothing more changes


@pytest.mark.parametrize(
    "verbatim",
    ["2026-0014", "CM-2025-001", "14:30", "12/06/2025", "http://exemple.fr/a?b=1",
     "o'neil@exemple.fr", "v1.2", ""],
)  # fmt: skip
def test_french_leaves_codes_times_and_addresses(verbatim: str) -> None:
    assert french(verbatim) == verbatim


def test_numbers() -> None:
    assert number(14.5) == "14,5"
    assert number(10.0) == "10"
    assert number(-0.25) == f"{MINUS}0,25"
    assert number(-0.001) == "0"  # never « −0 »
    assert fixed(0.0) == "0,00"
    assert fixed(-0.001) == "0,00"
    assert fixed(-0.41) == f"{MINUS}0,41"
    assert signed(-12.0) == f"{MINUS}12"
    assert signed(3.0) == "+3"
    assert signed(0.0) == "0"
