"""Agreement and leniency maths against hand-computed textbook examples."""

import pytest

from grader.grading.statistics import (
    cohen_kappa,
    few_candidates_warning,
    fleiss_kappa,
    fleiss_table,
    leniency,
    percent_agreement,
)

# Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories.
FLEISS_TABLE = [
    (0, 0, 0, 0, 14),
    (0, 2, 6, 4, 2),
    (0, 0, 3, 5, 6),
    (0, 3, 9, 2, 0),
    (2, 2, 8, 1, 1),
    (7, 7, 0, 0, 0),
    (3, 2, 6, 3, 0),
    (2, 5, 3, 2, 2),
    (6, 5, 2, 1, 0),
    (0, 2, 2, 3, 7),
]


def _as_rows(table: list[tuple[int, ...]]) -> list[dict[int, int]]:
    return [{cat: n for cat, n in enumerate(row) if n} for row in table]


def _as_ratings(table: list[tuple[int, ...]]) -> list[list[int]]:
    return [[cat for cat, n in enumerate(row) for _ in range(n)] for row in table]


def _two_raters(yy: int, yn: int, ny: int, nn: int) -> tuple[list[str], list[str]]:
    a = ["oui"] * (yy + yn) + ["non"] * (ny + nn)
    b = ["oui"] * yy + ["non"] * yn + ["oui"] * ny + ["non"] * nn
    return a, b


def test_fleiss_kappa_matches_the_worked_example() -> None:
    # P̄ = 0.3780, P_e = 0.2128 → κ = (0.3780 − 0.2128) / (1 − 0.2128) = 0.2099
    assert fleiss_kappa(_as_rows(FLEISS_TABLE)) == pytest.approx(0.2099, abs=5e-4)
    assert percent_agreement(_as_ratings(FLEISS_TABLE)) == pytest.approx(0.3780, abs=5e-4)


def test_fleiss_table_counts_the_ratings() -> None:
    table = fleiss_table(_as_ratings(FLEISS_TABLE))
    assert fleiss_kappa(table) == pytest.approx(fleiss_kappa(_as_rows(FLEISS_TABLE)))
    assert table[1] == {1: 2, 2: 6, 3: 4, 4: 2}


def test_cohen_kappa_matches_the_worked_examples() -> None:
    # 20 oui/oui, 5 oui/non, 10 non/oui, 15 non/non: p_o = 0.7, p_e = 0.5 → κ = 0.4
    a, b = _two_raters(20, 5, 10, 15)
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert percent_agreement(list(zip(a, b, strict=True))) == pytest.approx(0.7)
    # 45/15/25/15: p_o = 0.6, p_e = 0.6·0.7 + 0.4·0.3 = 0.54 → κ = 0.06 / 0.46
    a, b = _two_raters(45, 15, 25, 15)
    assert cohen_kappa(a, b) == pytest.approx(0.06 / 0.46)


def test_cohen_equals_fleiss_form_only_when_marginals_match() -> None:
    # Symmetric marginals: Cohen and Fleiss coincide (both p_e = 0.5).
    a, b = _two_raters(20, 5, 5, 20)
    subjects = list(zip(a, b, strict=True))
    assert cohen_kappa(a, b) == pytest.approx(0.6)
    assert fleiss_kappa(fleiss_table(subjects)) == pytest.approx(0.6)


def test_perfect_agreement_is_one() -> None:
    a = ["A", "NA", "A", "A", "NA"]
    assert cohen_kappa(a, list(a)) == pytest.approx(1.0)
    assert fleiss_kappa(fleiss_table([[x, x, x] for x in a])) == pytest.approx(1.0)
    assert percent_agreement([[x, x] for x in a]) == pytest.approx(1.0)


def test_single_category_kappa_is_undefined_not_an_error() -> None:
    assert cohen_kappa(["A"] * 6, ["A"] * 6) is None
    assert fleiss_kappa(fleiss_table([["A", "A", "A"]] * 4)) is None
    assert percent_agreement([["A", "A"]] * 4) == pytest.approx(1.0)


def test_empty_and_single_ratings_are_ignored() -> None:
    assert cohen_kappa([], []) is None
    assert fleiss_kappa([]) is None
    assert fleiss_kappa([{"A": 1}, {"NA": 1}]) is None
    assert percent_agreement([["A"], []]) is None
    with pytest.raises(ValueError, match="mêmes critères"):
        cohen_kappa(["A"], ["A", "NA"])


def test_variable_raters_per_subject() -> None:
    # Subject 1: 3 raters all agree (P=1); subject 2: 2 raters disagree (P=0).
    # Pooled shares: A = 4/5, NA = 1/5 → P_e = 0.68; P̄ = 0.5 → κ = (0.5−0.68)/0.32
    rows = [{"A": 3}, {"A": 1, "NA": 1}]
    assert fleiss_kappa(rows) == pytest.approx((0.5 - 0.68) / 0.32)


def test_leniency_flags_a_lenient_juror() -> None:
    passes: dict[tuple[int, int], dict[str, bool]] = {}
    for cand in range(10):
        for crit in range(6):
            strict = (cand + crit) % 2 == 0  # others pass half the items
            passes[(cand, crit)] = {"j1": True, "j2": strict, "j3": strict}
    by_juror = {row.juror_id: row for row in leniency(passes)}
    assert by_juror["j1"].flagged
    assert by_juror["j1"].share == pytest.approx(100.0)
    assert by_juror["j1"].others_share == pytest.approx(50.0)
    assert "indulgent" in by_juror["j1"].comment
    assert "100 %" in by_juror["j1"].comment
    assert by_juror["j2"].difference < 0


def test_leniency_needs_enough_marks() -> None:
    # Same 50-point gap on only two items: not enough to be more than chance.
    passes = {1: {"j1": True, "j2": False}, 2: {"j1": True, "j2": True}}
    rows = leniency(passes)
    assert [r.flagged for r in rows] == [False, False]
    assert rows[0].difference == pytest.approx(50.0)


def test_leniency_ignores_items_marked_by_one_juror() -> None:
    passes = {1: {"j1": True}, 2: {"j1": False, "j2": False}}
    rows = leniency(passes)
    assert [(r.juror_id, r.marks) for r in rows] == [("j1", 1), ("j2", 1)]
    assert rows[0].share == pytest.approx(0.0)


def test_few_candidates_warning() -> None:
    assert few_candidates_warning(4) == (
        "Trop peu de candidats (4) pour que le kappa soit significatif."
    )
    assert few_candidates_warning(10) == ""


def test_leniency_flags_only_the_outlier_of_three() -> None:
    # j2 fails everything the two others pass: j1 and j3 look « lenient »
    # against the mean of the others, but only j2 is beyond each other juror.
    passes = {item: {"j1": True, "j2": False, "j3": True} for item in range(30)}
    rows = {r.juror_id: r for r in leniency(passes)}
    assert rows["j1"].difference == pytest.approx(50.0)
    assert [j for j, r in rows.items() if r.flagged] == ["j2"]
    assert "sévère" in rows["j2"].comment
