"""Digest and Ed25519 signature of a sheet."""

import dataclasses
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from grader.grading import marks, session_ops, signing
from grader.grading.audit import list_events
from grader.grading.views import MarkView
from grader.models.store import GraderFile, open_file

VEILLE_1 = "BC01/veille/g1/CE.1"
VEILLE_2 = "BC01/veille/g1/CE.2"


@pytest.fixture
def juror_file(tmp_path: Path, mini_referential_path: Path) -> Iterator[tuple[GraderFile, str]]:
    """A juror file with one graded draft sheet, and the juror's public key."""
    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        session_ops.add_juror(g, "Zoé Le Bihan", "professionnel")
        session_ops.add_candidate(g, "Dupont", "Élodie")
        [path] = session_ops.export_juror_files(g, tmp_path / "grilles")
        public_key = session_ops.list_jurors(g)[0].public_key
    assert public_key
    jf = open_file(path)
    sheet = next(s for s in marks.list_sheets(jf) if s.assessment_id == "veille")
    marks.set_mark(jf, sheet.id, VEILLE_1, level="A")
    marks.set_mark(jf, sheet.id, VEILLE_2, level="NA")
    marks.set_mark_observation(jf, sheet.id, VEILLE_2, "Thématiques trop larges.")
    yield jf, public_key
    jf.close()


def _veille(jf: GraderFile) -> str:
    return next(s.id for s in marks.list_sheets(jf) if s.assessment_id == "veille")


def test_digest_follows_every_graded_change(juror_file: tuple[GraderFile, str]) -> None:
    jf, _ = juror_file
    sid = _veille(jf)
    seen = {signing.sheet_digest(marks.sheet_view(jf, sid))}
    changes = [
        lambda: marks.set_mark(jf, sid, VEILLE_1, level="NA"),
        lambda: marks.set_mark_observation(jf, sid, VEILLE_1, "Besoins flous."),
        lambda: marks.set_mark_flag(jf, sid, VEILLE_1, True, "à discuter"),
        lambda: marks.set_sheet_observation(jf, sid, "Bonne posture professionnelle."),
        lambda: marks.set_sheet_flag(jf, sid, True),
        lambda: marks.clear_mark(jf, sid, VEILLE_2),
    ]
    for change in changes:
        change()
        seen.add(signing.sheet_digest(marks.sheet_view(jf, sid)))
    assert len(seen) == len(changes) + 1
    before_timer = signing.sheet_digest(marks.sheet_view(jf, sid))
    marks.save_timer(jf, sid, 600)
    assert signing.sheet_digest(marks.sheet_view(jf, sid)) == before_timer


def test_empty_mark_counts_as_no_mark(juror_file: tuple[GraderFile, str]) -> None:
    jf, _ = juror_file
    view = marks.sheet_view(jf, _veille(jf))
    with_empty = dataclasses.replace(
        view,
        marks={**view.marks, "BC01/veille/g2/CE.1": MarkView("BC01/veille/g2/CE.1", None, None)},
    )
    assert signing.canonical_sheet_bytes(with_empty) == signing.canonical_sheet_bytes(view)
    assert json.loads(signing.canonical_sheet_bytes(view))["marks"][VEILLE_2]["observation"] == (
        "Thématiques trop larges."
    )


def test_sign_and_verify_with_the_jurors_key(juror_file: tuple[GraderFile, str]) -> None:
    jf, public_key = juror_file
    signed = signing.sign_sheet(jf, _veille(jf))
    assert signed.status == "signed"
    assert signed.signed_at is not None
    assert signed.signed_at.tzinfo is not None
    assert signed.digest == signing.sheet_digest(signed)
    assert signed.signature
    assert signing.verify_sheet(signed, public_key) is None
    assert list_events(jf, action="sheet.sign")[0].actor == "Zoé Le Bihan"
    with pytest.raises(marks.SheetLocked, match="déjà signée"):
        signing.sign_sheet(jf, signed.id)
    _, other_key = signing.generate_keypair()
    assert "signature ne correspond pas" in (signing.verify_sheet(signed, other_key) or "")


def test_altered_file_is_detected(juror_file: tuple[GraderFile, str]) -> None:
    jf, public_key = juror_file
    sid = _veille(jf)
    signing.sign_sheet(jf, sid)
    # someone edits the file with an SQLite tool after signing
    conn = sqlite3.connect(jf.path)
    conn.execute(
        "UPDATE mark SET level = 'A' WHERE sheet_id = ? AND criterion_id = ?", (sid, VEILLE_2)
    )
    conn.commit()
    altered = marks.sheet_view(jf, sid)
    assert "modifiée après sa signature" in (signing.verify_sheet(altered, public_key) or "")
    # …and recomputes the digest: the signature gives it away
    forged = signing.sheet_digest(altered)
    conn.execute("UPDATE sheet SET digest = ? WHERE id = ?", (forged, sid))
    conn.commit()
    conn.close()
    reforged = marks.sheet_view(jf, sid)
    assert "signature ne correspond pas" in (signing.verify_sheet(reforged, public_key) or "")


def test_sheet_signed_without_a_key(tmp_path: Path, mini_referential_path: Path) -> None:
    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        j = session_ops.add_juror(g, "Élodie Martin", "responsable_pedagogique")
        c = session_ops.add_candidate(g, "Dupont", "Zoé")
        sheet = marks.open_sheet(g, j.id, c.id, "veille")
        signed = signing.sign_sheet(g, sheet.id)
        assert signed.signature is None
        assert signing.verify_sheet(signed, None) is None
        _, public = signing.generate_keypair()
        assert "ne porte pas la signature" in (signing.verify_sheet(signed, public) or "")
        draft = signing.reopen_sheet(g, sheet.id, "oubli")
        assert signing.verify_sheet(draft, None) == "La grille n'est pas signée."


def test_reopen_is_logged_with_its_reason(juror_file: tuple[GraderFile, str]) -> None:
    jf, public_key = juror_file
    sid = _veille(jf)
    first = signing.sign_sheet(jf, sid)
    reopened = signing.reopen_sheet(jf, sid, "Erreur de saisie sur CE.2")
    assert (reopened.status, reopened.version) == ("draft", 2)
    assert reopened.digest is None
    assert reopened.signature is None
    event = list_events(jf, action="sheet.reopen")[0]
    assert json.loads(event.new)["reason"] == "Erreur de saisie sur CE.2"
    assert json.loads(event.old) == {"status": "signed", "version": 1, "digest": first.digest}
    marks.set_mark(jf, sid, VEILLE_2, level="A")
    second = signing.sign_sheet(jf, sid)
    assert second.digest != first.digest
    assert signing.verify_sheet(second, public_key) is None
    with pytest.raises(ValueError, match="n'est pas signée"):
        signing.reopen_sheet(jf, signing.reopen_sheet(jf, sid).id)


def test_keys_and_fingerprints() -> None:
    private, public = signing.generate_keypair()
    assert len(bytes.fromhex(private)) == 32
    assert len(bytes.fromhex(public)) == 32
    fp = signing.fingerprint(public)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", fp)
    assert fp == signing.fingerprint(public)
    assert fp != signing.fingerprint(signing.generate_keypair()[1])
