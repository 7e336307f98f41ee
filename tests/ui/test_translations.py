"""The English translation is complete and shipped compiled: every string the
interface passes to tr() / translate() is in grader_en.ts under its context,
translated, and the .qm the application loads is the one the .ts gives.

When one of these fails after adding a string: ``python -m grader.ui.i18n_build``,
translate the new entries in grader/ui/i18n/grader_en.ts, build again."""

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import grader.ui

UI = Path(grader.ui.__file__).resolve().parent
TS = UI / "i18n" / "grader_en.ts"
QM = UI / "i18n" / "grader_en.qm"


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name", ""), msg)
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def _calls() -> list[tuple[Path, int, str, str]]:
    """(file, line, context, source) of each tr("…") and translate("Ctx", "…"):
    the context of self.tr() is the enclosing class, as lupdate reads it."""
    found: list[tuple[Path, int, str, str]] = []

    def visit(node: ast.AST, cls: str, path: Path) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = [a.value if isinstance(a, ast.Constant) else None for a in child.args]
                if name == "tr" and args and isinstance(args[0], str):
                    found.append((path, child.lineno, cls, args[0]))
                elif name == "translate" and len(args) >= 2 and isinstance(args[1], str):
                    found.append((path, child.lineno, str(args[0]), args[1]))
            visit(child, inner, path)

    for path in sorted(UI.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), "", path)
    return found


def test_every_entry_of_the_ts_is_translated() -> None:
    messages = _messages()
    assert len(messages) > 300
    unfinished = []
    for context, msg in messages:
        translation = msg.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [
            translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                f.strip() for f in forms):
            unfinished.append(f"{context}: {msg.findtext('source')}")
    assert unfinished == []


def test_translations_keep_the_placeholders_and_shortcut_markers() -> None:
    for context, msg in _messages():
        source = msg.findtext("source", "")
        translation = msg.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [
            translation.text or ""]
        for text in forms:
            if not text.strip():
                continue  # untranslated: the test above reports it
            for ph in ("%1", "%2", "%3", "%n"):
                assert (ph in source) == (ph in text), (context, source, text)
            # A label with an Alt+letter keeps one (the letter may change).
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (
                context, source, text)


def test_every_string_of_the_interface_is_in_the_ts_under_its_context() -> None:
    known = {(context, msg.findtext("source", "")) for context, msg in _messages()}
    calls = _calls()
    assert len(calls) > 300
    missing = [f"{p.relative_to(UI)}:{line} {ctx}: {src}"
               for p, line, ctx, src in calls if (ctx, src) not in known]
    # Typically a tr() inside an f-string, or translate() under another name:
    # lupdate does not see them and the text stays French in English.
    assert missing == []


def test_only_translate_is_bound_to_qcoreapplication_translate() -> None:
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "translate"):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                assert names == ["translate"], f"{path.name}:{node.lineno}"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease absent de cet environnement")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes()
