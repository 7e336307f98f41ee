"""Bounded référentiels: aliases that unfold into billions of elements, a
file of 50 MB and numbers past any real value are refused fast, with the
file and line, never after minutes or with a traceback."""

from pathlib import Path

import pytest

from grader.referential import ReferentialError, load_referential, load_referential_text
from grader.referential.loader import MAX_REFERENTIAL_BYTES

DATA = Path(__file__).resolve().parent.parent / "data"
MINI = (DATA / "mini.yaml").read_text(encoding="utf-8")

# The référentiel is valid until « x1 »; each level repeats the one before ten
# times: 10**9 criteria once unfolded, in under 1 KB.
BOMB = MINI.replace("notes:", "x0:", 1) + "".join(
    f"x{i}: &c{i} [{', '.join([f'*c{i - 1}'] * 10)}]\n" for i in range(1, 10)
)
BOMB = BOMB.replace(
    "            criteria:\n              - {code: CE.1, text: Les besoins sont définis.}",
    "            criteria: &c0\n              - {code: CE.1, text: Les besoins sont définis.}",
    1,
)


def _refusal(text: str) -> list[str]:
    with pytest.raises(ReferentialError) as caught:
        load_referential_text(text, source="r.yaml")
    return caught.value.problems


def test_the_bomb_is_small_and_really_nested() -> None:
    assert len(BOMB.encode()) < 5000
    assert "criteria: &c0" in BOMB
    assert BOMB.count("*c8") == 10


def test_an_alias_bomb_is_refused_at_the_alias_line() -> None:
    problems = _refusal(BOMB)
    assert len(problems) == 1
    line = next(n for n, text in enumerate(BOMB.splitlines(), 1) if text.startswith("x6:"))
    # *c5 is the first alias past 200 000 (each criterion is 5 elements).
    assert problems[0].startswith(f"r.yaml:{line}: l'alias YAML « *c5 »")
    assert "dépasserait 200\u202f000 éléments une fois déplié" in problems[0]


def test_an_alias_bomb_is_refused_within_5_s_and_300_mb(
    tmp_path: Path, measured: "object"
) -> None:
    path = tmp_path / "bombe.yaml"
    path.write_text(BOMB, encoding="utf-8")
    seconds, mb, out = measured(  # type: ignore[operator]
        "from grader.referential import ReferentialError, load_referential\n"
        "_t0 = time.perf_counter()\n"
        "try:\n"
        f"    load_referential({str(path)!r})\n"
        "except ReferentialError as exc:\n"
        "    print(exc.problems[0])\n"
    )
    assert "l'alias YAML" in out
    assert seconds < 5
    assert mb < 300


def test_a_few_aliases_are_still_read() -> None:
    text = MINI.replace(
        "              - {code: CE.2, text: Les thématiques sont identifiées.}",
        "              - {code: CE.2, text: *besoins}",
        1,
    ).replace(
        "              - {code: CE.1, text: Les besoins sont définis.}",
        "              - {code: CE.1, text: &besoins Les besoins sont définis.}",
        1,
    )
    assert "*besoins" in text
    ref = load_referential_text(text, source="r.yaml")
    texts = [c.text for b in ref.blocs for c in b.criteria]
    assert texts.count("Les besoins sont définis.") == 2


def test_a_file_over_1_mb_is_refused_before_reading(tmp_path: Path, measured: "object") -> None:
    path = tmp_path / "enorme.yaml"
    filler = "# " + "x" * 97 + "\n"
    path.write_text(MINI + filler * 500_000, encoding="utf-8")  # 50 MB
    with pytest.raises(ReferentialError) as caught:
        load_referential(path)
    assert caught.value.problems == [
        "enorme.yaml:1: le fichier fait 50,0 Mo ; un référentiel ne dépasse pas 1 Mo "
        "(est-ce bien le bon fichier ?)."
    ]
    seconds, mb, out = measured(  # type: ignore[operator]
        "from grader.referential import ReferentialError, load_referential\n"
        "_t0 = time.perf_counter()\n"
        "try:\n"
        f"    load_referential({str(path)!r})\n"
        "except ReferentialError as exc:\n"
        "    print(exc.problems[0])\n"
    )
    assert "50,0 Mo" in out
    assert seconds < 1
    assert mb < 300


def test_the_limit_is_exactly_1_mb(tmp_path: Path) -> None:
    path = tmp_path / "juste.yaml"
    body = MINI + "\n"
    path.write_text(body + "#" * (MAX_REFERENTIAL_BYTES - len(body.encode()) - 1) + "\n")
    assert path.stat().st_size == MAX_REFERENTIAL_BYTES
    assert load_referential(path).id == "mini-test"
    with path.open("a") as f:
        f.write("#")
    with pytest.raises(ReferentialError, match="un référentiel ne dépasse pas 1 Mo"):
        load_referential(path)
    # The same bound on a text given directly (the copy held in a session file).
    with pytest.raises(ReferentialError, match="un référentiel ne dépasse pas 1 Mo"):
        load_referential_text(path.read_text(), source="juste.yaml")


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("601", "doit être compris entre 1 et 600 ; la valeur est 601."),
        ("0", "doit être compris entre 1 et 600 ; la valeur est 0."),
        ("100000000000000000000", "la valeur est 100000000000000000000."),
        ("9" * 5000, "est un nombre beaucoup trop grand"),
    ],
)
def test_durations_are_bounded(value: str, expected: str) -> None:
    text = MINI.replace("duration_minutes: 30", f"duration_minutes: {value}", 1)
    problems = _refusal(text)
    line = _line_of(MINI, "duration_minutes: 30")
    assert problems[0].startswith(f"r.yaml:{line}: « duration_minutes » dans l'épreuve")
    assert expected in problems[0]
    assert "Traceback" not in problems[0]
    assert "erreur inattendue" not in problems[0]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("min_members: 3", "min_members: 10000000000", "entre 1 et 1000"),
        ("max_points: 4", "max_points: 1.0e+308", "entre 0 et 1000"),
        ("pass_points: 2", "pass_points: 1.0e+300", "entre 0 et 1000"),
    ],
)
def test_other_numbers_are_bounded(old: str, new: str, expected: str) -> None:
    assert old in MINI
    problems = _refusal(MINI.replace(old, new, 1))
    assert problems[0].startswith(f"r.yaml:{_line_of(MINI, old)}: ")
    assert expected in problems[0]
