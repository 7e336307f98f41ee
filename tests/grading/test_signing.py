"""Digest and Ed25519 signature of a sheet."""

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from grader.grading import keys, marks, session_ops, signing
from grader.grading.audit import list_events
from grader.grading.signed_form import (
    MARK_COLUMNS,
    SHEET_COLUMNS,
    Unreadable,
    form_digest,
    read_sheets,
    signed_form,
)
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
    jf = open_file(path)
    keys.create_juror_key(jf)  # as the juror's grader does at first open
    public_key = session_ops.list_jurors(jf)[0].public_key
    assert public_key
    sheet = next(s for s in marks.list_sheets(jf) if s.assessment_id == "veille")
    marks.set_mark(jf, sheet.id, VEILLE_1, level="A")
    marks.set_mark(jf, sheet.id, VEILLE_2, level="NA")
    marks.set_mark_observation(jf, sheet.id, VEILLE_2, "Thématiques trop larges.")
    yield jf, public_key
    jf.close()


def _veille(jf: GraderFile) -> str:
    return next(s.id for s in marks.list_sheets(jf) if s.assessment_id == "veille")


def _digest(jf: GraderFile, sid: str) -> str:
    with jf.engine.connect() as conn:
        rows = read_sheets(lambda q, p: conn.exec_driver_sql(q, tuple(p)).all(), sheet_ids=[sid])
    return form_digest(*rows[sid])


def test_digest_follows_every_change(juror_file: tuple[GraderFile, str]) -> None:
    jf, _ = juror_file
    sid = _veille(jf)
    seen = {_digest(jf, sid)}
    changes = [
        lambda: marks.set_mark(jf, sid, VEILLE_1, level="NA"),
        lambda: marks.set_mark_observation(jf, sid, VEILLE_1, "Besoins flous."),
        lambda: marks.set_mark_flag(jf, sid, VEILLE_1, True, "à discuter"),
        lambda: marks.set_sheet_observation(jf, sid, "Bonne posture professionnelle."),
        lambda: marks.set_sheet_flag(jf, sid, True),
        lambda: marks.clear_mark(jf, sid, VEILLE_2),
        lambda: marks.save_timer(jf, sid, 600),
    ]
    for change in changes:
        change()
        seen.add(_digest(jf, sid))
    assert len(seen) == len(changes) + 1


# A known sheet, its rows as SQLite hands them back, and the bytes signed for it,
# written out by hand: a field left out of (or added to) the signed form shows here.
KNOWN_SHEET = {
    "id": "s-1", "session_id": "sess-1", "juror_id": "j-1", "candidate_id": "c-1",
    "assessment_id": "veille", "status": "signed", "version": 2,
    "observation": "Élodie : très clair.", "flag_discuss": 0, "flag_note": "",
    "timer_elapsed_seconds": 1830, "timer_started_at": "2026-06-12 09:00:00.000000",
    "timer_ended_at": None, "signed_at": "2026-06-12 09:31:05.250000",
    "digest": "ignored", "signature": "ignored",
    "created_at": "2026-06-12 08:00:00.000000", "updated_at": "2026-06-12 09:31:05.250000",
}  # fmt: skip
KNOWN_MARKS = [
    {"id": "m-2", "sheet_id": "s-1", "criterion_id": "B/e/g1/CE.2", "level": None,
     "points": 3, "observation": "", "flag_discuss": 1, "flag_note": "voir oral",
     "updated_at": "2026-06-12 09:10:00.000001"},
    {"id": "m-1", "sheet_id": "s-1", "criterion_id": "B/e/g1/CE.1", "level": "A",
     "points": None, "observation": "« Bien »", "flag_discuss": 0, "flag_note": "",
     "updated_at": "2026-06-12 09:05:00.000000"},
]  # fmt: skip
KNOWN_BYTES = (
    '{"format":"grader-sheet/2","marks":['
    '{"criterion_id":"B/e/g1/CE.1","flag_discuss":false,"flag_note":"","id":"m-1",'
    '"level":"A","observation":"« Bien »","points":null,"sheet_id":"s-1",'
    '"updated_at":"2026-06-12 09:05:00.000000"},'
    '{"criterion_id":"B/e/g1/CE.2","flag_discuss":true,"flag_note":"voir oral","id":"m-2",'
    '"level":null,"observation":"","points":3.0,"sheet_id":"s-1",'
    '"updated_at":"2026-06-12 09:10:00.000001"}],'
    '"sheet":{"assessment_id":"veille","candidate_id":"c-1",'
    '"created_at":"2026-06-12 08:00:00.000000","flag_discuss":false,"flag_note":"",'
    '"id":"s-1","juror_id":"j-1","observation":"Élodie : très clair.",'
    '"session_id":"sess-1","signed_at":"2026-06-12 09:31:05.250000","status":"signed",'
    '"timer_elapsed_seconds":1830,"timer_ended_at":null,'
    '"timer_started_at":"2026-06-12 09:00:00.000000",'
    '"updated_at":"2026-06-12 09:31:05.250000","version":2}}'
).encode()


def test_signed_form_of_a_known_sheet_is_fixed() -> None:
    assert signed_form(KNOWN_SHEET, KNOWN_MARKS) == KNOWN_BYTES
    # The same sheet built from objects (datetimes, floats, booleans) signs alike.
    as_objects = {
        **KNOWN_SHEET, "flag_discuss": False,
        "timer_started_at": datetime(2026, 6, 12, 9, 0, tzinfo=UTC),
        "signed_at": datetime(2026, 6, 12, 9, 31, 5, 250000),
        "created_at": datetime(2026, 6, 12, 8, 0),
        "updated_at": datetime(2026, 6, 12, 9, 31, 5, 250000, tzinfo=UTC),
    }  # fmt: skip
    marks_as_objects = [{**KNOWN_MARKS[0], "points": 3.0, "flag_discuss": True}, KNOWN_MARKS[1]]
    assert signed_form(as_objects, marks_as_objects) == KNOWN_BYTES


@pytest.mark.parametrize(
    ("column", "value"),
    [("version", "x"), ("signed_at", "not-a-date"), ("flag_discuss", 7), ("observation", 3)],
)
def test_a_value_of_the_wrong_type_is_unreadable(column: str, value: object) -> None:
    with pytest.raises(Unreadable, match=column):
        signed_form({**KNOWN_SHEET, column: value}, KNOWN_MARKS)
    for bad in ("abc", 1e308 * 10):
        with pytest.raises(Unreadable, match="points"):
            signed_form(KNOWN_SHEET, [{**KNOWN_MARKS[0], "points": bad}])


def _other(value: object) -> object:
    """A different value of the same stored type."""
    if value is None:
        return "2026-01-01 00:00:00.000000"
    if isinstance(value, bool) or (value in (0, 1) and isinstance(value, int)):
        return 1 - int(value)  # type: ignore[arg-type]
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value + 0.5
    text = str(value)
    if text[:4].isdigit() and text[4:5] == "-":  # a stored timestamp
        return text[:-1] + ("1" if text[-1] != "1" else "2")
    return text + "x"


@pytest.mark.parametrize(
    ("table", "column"),
    [("sheet", c) for c in SHEET_COLUMNS] + [("mark", c) for c in MARK_COLUMNS],
)
def test_changing_any_stored_field_of_a_signed_sheet_breaks_verification(
    juror_file: tuple[GraderFile, str], table: str, column: str
) -> None:
    jf, public_key = juror_file
    sid = _veille(jf)
    marks.set_mark_flag(jf, sid, VEILLE_1, True, "à revoir")
    marks.save_timer(jf, sid, 900)
    signing.sign_sheet(jf, sid)
    assert signing.verify_sheet(jf, sid, public_key) is None
    conn = sqlite3.connect(jf.path)
    if table == "sheet":
        (old,) = conn.execute(f"SELECT {column} FROM sheet WHERE id = ?", (sid,)).fetchone()
        new = _other(old)
        conn.execute(f"UPDATE sheet SET {column} = ? WHERE id = ?", (new, sid))
        if column == "id":
            conn.execute("UPDATE mark SET sheet_id = ? WHERE sheet_id = ?", (new, sid))
            sid = str(new)
    else:
        (rowid, old) = conn.execute(
            f"SELECT rowid, {column} FROM mark WHERE sheet_id = ? AND criterion_id = ?",
            (sid, VEILLE_1),
        ).fetchone()
        new = _other(old)
        if column == "sheet_id":  # the mark moved onto another sheet
            (new,) = conn.execute("SELECT id FROM sheet WHERE id != ?", (sid,)).fetchone()
        conn.execute(f"UPDATE mark SET {column} = ? WHERE rowid = ?", (new, rowid))
    assert new != old
    conn.commit()
    conn.close()
    assert signing.verify_sheet(jf, sid, public_key) is not None


def test_sign_and_verify_with_the_jurors_key(juror_file: tuple[GraderFile, str]) -> None:
    jf, public_key = juror_file
    signed = signing.sign_sheet(jf, _veille(jf))
    assert signed.status == "signed"
    assert signed.signed_at is not None
    assert signed.signed_at.tzinfo is not None
    assert signed.digest == _digest(jf, signed.id)
    assert signed.signature
    assert signing.verify_sheet(jf, signed.id, public_key) is None
    assert list_events(jf, action="sheet.sign")[0].actor == "Zoé Le Bihan"
    with pytest.raises(marks.SheetLocked, match="déjà signée"):
        signing.sign_sheet(jf, signed.id)
    _, other_key = signing.generate_keypair()
    assert "signature ne correspond pas" in (signing.verify_sheet(jf, signed.id, other_key) or "")


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
    assert "modifiée après sa signature" in (signing.verify_sheet(jf, sid, public_key) or "")
    # …and recomputes the digest: the signature gives it away
    forged = _digest(jf, sid)
    conn.execute("UPDATE sheet SET digest = ? WHERE id = ?", (forged, sid))
    conn.commit()
    conn.close()
    assert "signature ne correspond pas" in (signing.verify_sheet(jf, sid, public_key) or "")


def test_sheet_signed_without_a_key(tmp_path: Path, mini_referential_path: Path) -> None:
    with session_ops.create_session(mini_referential_path, tmp_path / "s.jury") as g:
        j = session_ops.add_juror(g, "Élodie Martin", "responsable_pedagogique")
        c = session_ops.add_candidate(g, "Dupont", "Zoé")
        sheet = marks.open_sheet(g, j.id, c.id, "veille")
        signed = signing.sign_sheet(g, sheet.id)
        assert signed.signature is None
        assert signing.verify_sheet(g, signed.id, None) is None
        _, public = signing.generate_keypair()
        assert "ne porte pas la signature" in (signing.verify_sheet(g, signed.id, public) or "")
        signing.reopen_sheet(g, sheet.id, "oubli")
        assert signing.verify_sheet(g, sheet.id, None) == "La grille n'est pas signée."


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
    assert signing.verify_sheet(jf, second.id, public_key) is None
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
