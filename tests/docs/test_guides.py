"""The user guides say what the application really does: the shortcut table is
the one the application shows (F1), every documented command is accepted by
the real command line, every image and link points to an existing file."""

import re
import shlex
from pathlib import Path

import pytest

from grader.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDES = (DOCS / "guide-jure.md", DOCS / "guide-responsable.md")
LINKED = (*GUIDES, DOCS / "format-referentiel.md", ROOT / "README.md")


def _sh_commands(text: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)
    return [ln for b in blocks for ln in b.splitlines() if ln.startswith("grader ")]


def _inline_commands(text: str) -> list[str]:
    return [c for c in re.findall(r"`(grader [^`]+)`", text) if "…" not in c]


def test_shortcut_table_is_the_applications_help() -> None:
    from grader.ui.dialogs import shortcut_rows  # the F1 dialog's own rows

    guide = (DOCS / "guide-jure.md").read_text(encoding="utf-8")
    table = [ln for ln in guide.splitlines() if ln.startswith("| ") and " | " in ln[2:]]
    rows = shortcut_rows()
    assert len(rows) >= 10
    for keys, action in rows:
        assert f"| {keys} | {action} |" in table, (keys, action)


@pytest.mark.parametrize(
    "guide", [DOCS / "guide-responsable.md", DOCS / "format-referentiel.md"], ids=lambda p: p.name
)
def test_every_documented_command_is_accepted(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    commands = _sh_commands(text) + _inline_commands(text)
    assert commands
    parser = build_parser()
    for command in commands:
        argv = shlex.split(command, comments=True)[1:]
        try:
            args = parser.parse_args(argv)
        except SystemExit:
            pytest.fail(f"{guide.name} : commande refusée par grader : {command}")
        assert args.command is not None, command


def test_the_lead_guide_covers_every_sub_command() -> None:
    text = (DOCS / "guide-responsable.md").read_text(encoding="utf-8")
    documented = {shlex.split(c)[1] for c in _sh_commands(text) + _inline_commands(text)}
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    # « screenshots » renders the documentation's images; a lead never needs it.
    assert set(sub.choices) - {"screenshots"} <= documented


@pytest.mark.parametrize("page", LINKED, ids=lambda p: p.name)
def test_every_relative_link_and_image_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)\)", text)
    local = [t for t in targets if not re.match(r"[a-z]+:", t)]
    assert local
    missing = [t for t in local if not (page.parent / t).exists()]
    assert missing == []


def test_guides_show_the_screenshots_they_describe() -> None:
    shown = "".join(g.read_text(encoding="utf-8") for g in GUIDES)
    for png in sorted((DOCS / "screenshots").glob("*.png")):
        assert f"screenshots/{png.name}" in shown, png.name
