"""Every file of tests/data/malformed/ is refused with exactly the problems its
``# ← phrase`` markers announce: one problem per marker, on the marker's line."""

from pathlib import Path

import pytest
import yaml

from grader.referential import ReferentialError, load_referential, loader, yamltext

MALFORMED = Path(__file__).resolve().parents[1] / "data" / "malformed"
FILES = sorted(MALFORMED.glob("*.yaml"))
MARK = "# ← "


def expected(path: Path) -> list[tuple[int, str]]:
    """(line, phrase) for each marker; ``‖`` separates two problems on one line."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if MARK in line:
            for phrase in line.split(MARK, 1)[1].split(" ‖ "):
                found.append((number, phrase.strip()))
    return found


@pytest.fixture(params=["libyaml", "python"], autouse=True)
def yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same messages and lines with libyaml's parser and with PyYAML's own."""
    if request.param == "libyaml":
        if not yaml.__with_libyaml__:
            pytest.skip("PyYAML sans libyaml")
        chosen = yaml.CSafeLoader
    else:
        chosen = yaml.SafeLoader
    monkeypatch.setattr(yamltext, "Loader", chosen)
    monkeypatch.setattr(loader, "Loader", chosen)


def test_there_are_enough_malformed_files() -> None:
    assert len(FILES) >= 20
    assert all(expected(f) for f in FILES), "each malformed file announces its problems"


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_malformed_file_is_refused_with_located_messages(path: Path) -> None:
    with pytest.raises(ReferentialError) as info:
        load_referential(path)
    problems = info.value.problems
    wanted = expected(path)
    unmatched = list(problems)
    for line, phrase in wanted:
        prefix = f"{path.name}:{line}: "
        hit = next((p for p in unmatched if p.startswith(prefix) and phrase in p), None)
        assert hit is not None, f"attendu ligne {line} : {phrase!r}\nobtenu :\n" + "\n".join(
            problems
        )
        unmatched.remove(hit)
    assert not unmatched, "problèmes non annoncés :\n" + "\n".join(unmatched)


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_messages_are_plain_french_without_python_words(path: Path) -> None:
    with pytest.raises(ReferentialError) as info:
        load_referential(path)
    for problem in info.value.problems:
        assert "Traceback" not in problem
        assert "NoneType" not in problem
        assert "KeyError" not in problem
        assert str(info.value).count("\n") == len(info.value.problems) - 1


def test_many_problems_are_all_reported_in_line_order() -> None:
    path = MALFORMED / "many_problems.yaml"
    with pytest.raises(ReferentialError) as info:
        load_referential(path)
    lines = [int(p.split(":")[1]) for p in info.value.problems]
    assert len(lines) == len(expected(path)) >= 8
    assert lines == sorted(lines)
