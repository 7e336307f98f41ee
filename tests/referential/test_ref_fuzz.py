"""Property: whatever the text, loading gives a Referential or a ReferentialError
whose every problem is located (``file:line: …`` on an existing line) — never
any other exception."""

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader.referential import Referential, ReferentialError, load_referential_text

TESTS = Path(__file__).resolve().parents[1]
BASES = [TESTS / "data" / "mini.yaml", *sorted((TESTS.parent / "referentials").glob("*.yaml"))]
SOURCE = "fuzz.yaml"
YAML_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
LOCATED = re.compile(rf"^{re.escape(SOURCE)}:(\d+): \S")

FUZZ = settings(
    # A longer hunt: GRADER_FUZZ_EXAMPLES=5000 pytest tests/referential/test_ref_fuzz.py
    max_examples=int(os.environ.get("GRADER_FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def assert_loads_or_refuses(text: str) -> None:
    try:
        result: Referential | None = load_referential_text(text, source=SOURCE)
        problems: list[str] = []
    except ReferentialError as exc:
        result, problems = None, exc.problems
    if result is not None:
        assert isinstance(result, Referential)
        return
    assert problems
    line_count = len(YAML_BREAK.findall(text)) + 1
    for problem in problems:
        match = LOCATED.match(problem)
        assert match, problem
        assert 1 <= int(match.group(1)) <= line_count, problem


@st.composite
def mutated(draw: st.DrawFn, base: str) -> str:
    lines = base.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "indent", "swap", "duplicate", "garble"]))
        if op == "delete":
            del lines[i]
        elif op == "indent":
            shift = draw(st.integers(-4, 4))
            lines[i] = " " * max(shift, 0) + lines[i][max(-shift, 0) :]
        elif op == "swap":
            # Exchange the values of two "key: value" lines.
            j = draw(st.integers(0, len(lines) - 1))
            a, b = lines[i].partition(": "), lines[j].partition(": ")
            if a[1] and b[1]:
                lines[i], lines[j] = a[0] + ": " + b[2], b[0] + ": " + a[2]
        elif op == "duplicate":
            j = draw(st.integers(i, min(i + 15, len(lines))))
            lines[j:j] = lines[i:j]
        else:
            junk = draw(st.sampled_from(["", ":", "- ", "[", "{", "'", '"', "&a", "*a", "\t", "#"]))
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + junk + lines[i][pos:]
    return "\n".join(lines) + "\n"


def test_bases_exist() -> None:
    assert BASES[0].exists()


@pytest.mark.parametrize("base", BASES, ids=[b.stem for b in BASES])
def test_mutated_referentials_load_or_are_refused(base: Path) -> None:
    text = base.read_text(encoding="utf-8")

    @FUZZ
    @given(mutated(text))
    def check(candidate: str) -> None:
        assert_loads_or_refuses(candidate)

    check()


@FUZZ
@given(st.text(max_size=400))
def test_random_text_loads_or_is_refused(text: str) -> None:
    assert_loads_or_refuses(text)


YAMLISH = st.text(alphabet=" \n-:[]{},'\"#&*!|>?%@`abcé0123456789.", max_size=300)


@FUZZ
@given(YAMLISH)
def test_random_yaml_punctuation_loads_or_is_refused(text: str) -> None:
    assert_loads_or_refuses(text)


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                "blocs:",
                "  - code: BC01",
                "    title: x",
                "assessments:",
                "  groups: []",
                "format: grader-referential/1",
                "- [",
                "}",
                "scales:",
                "  - {id: s, kind: points}",
                "<<: *a",
                "x: &a {}",
            ]
        ),
        max_size=12,
    )
)
def test_random_fragments_load_or_are_refused(fragments: list[str]) -> None:
    assert_loads_or_refuses("\n".join(fragments))
