"""Keys born and kept on the juror's machine: the files that travel hold none,
the merge trusts a juror's key the first time and only that key afterwards."""

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers import CANDIDATES, MINI, grade_file

from grader.grading import keys
from grader.grading.marks import list_sheets, set_mark
from grader.grading.merge import IMPORTED, REFUSED, merge_juror_files
from grader.grading.session_ops import (
    add_candidate,
    add_juror,
    create_session,
    export_juror_files,
    list_jurors,
)
from grader.grading.signing import sign_sheet, verify_sheet
from grader.models.store import open_file


def _session(tmp: Path, jurors: tuple[str, ...] = ("Alice MARTIN", "Bruno PETIT")) -> list[Path]:
    with create_session(MINI, tmp / "session.jury", title="Clés") as g:
        for name in jurors:
            add_juror(g, name, "professionnel")
        for last, first in CANDIDATES:
            add_candidate(g, last, first)
        return export_juror_files(g, tmp / "grilles")


def _merge(session: Path, *paths: Path) -> list[tuple[str, str]]:
    with open_file(session) as g:
        report = merge_juror_files(g, list(paths))
    return [(r.status, r.reason) for r in report.files]


def _texts(path: Path) -> list[str]:
    """Every text value of every table of a file."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = []
        for name in names:
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                out += [v for v in row if isinstance(v, str)]
        return out
    finally:
        conn.close()


def _private_keys_in(path: Path) -> list[str]:
    """Any value of the file that is the private half of a public key the file
    carries (raw hex, as earlier graders stored it), or a PEM private key."""
    texts = _texts(path)
    publics = {t for t in texts if len(t) == 64}
    found = [t for t in texts if "PRIVATE KEY" in t]
    for text in publics:
        try:
            key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(text))
        except ValueError:
            continue
        if key.public_key().public_bytes_raw().hex() in publics:
            found.append(text)
    return found


def test_the_v1_fixture_did_hold_its_key() -> None:
    """The check below can fail: the earlier format's file shows its key."""
    assert _private_keys_in(Path(__file__).parent.parent / "data" / "v1" / "juror-v1.grille")


def test_the_exported_file_holds_no_key(tmp_path: Path) -> None:
    [alice, _bruno] = _session(tmp_path)
    conn = sqlite3.connect(alice)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "jurorkey" not in tables
    assert conn.execute("SELECT public_key, fingerprint FROM juror").fetchall() == [(None, None)]
    conn.close()
    assert b"PRIVATE KEY" not in alice.read_bytes()
    with open_file(tmp_path / "session.jury") as g:
        assert [j.public_key for j in list_jurors(g)] == [None, None]


def test_first_open_creates_the_key_in_the_users_folder(tmp_path: Path) -> None:
    [alice, _bruno] = _session(tmp_path)
    folder = tmp_path / "mes-cles"
    with open_file(alice) as jf:
        assert not keys.key_state(jf, folder).created
        fp = keys.create_juror_key(jf, directory=folder)
        state = keys.key_state(jf, folder)
        assert (state.created, state.stored, state.protected) == (True, True, False)
        assert state.fingerprint == fp
        [pem] = list(folder.iterdir())
        assert stat.S_IMODE(pem.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        # Opened again: the same key, no second event.
        assert keys.create_juror_key(jf, directory=folder) == fp
        sheet = list_sheets(jf)[0]
        set_mark(jf, sheet.id, next(iter(jf.referential.assessment(sheet.assessment_id)
                                          .criteria)).id, level="A")  # fmt: skip
        sign_sheet(jf, sheet.id, keys.load_signing_key(jf, directory=folder))
        [juror] = list_jurors(jf)
        assert verify_sheet(jf, sheet.id, juror.public_key) is None
    assert _private_keys_in(alice) == []
    assert b"PRIVATE KEY" not in alice.read_bytes()


def test_a_passphrase_protects_the_key(tmp_path: Path) -> None:
    [alice, _bruno] = _session(tmp_path)
    folder = tmp_path / "cles"
    with open_file(alice) as jf:
        keys.create_juror_key(jf, "cheval correct agrafe", directory=folder)
        assert keys.key_state(jf, folder).protected
        assert b"ENCRYPTED" in next(folder.iterdir()).read_bytes()
        with pytest.raises(keys.PassphraseNeeded):
            keys.load_signing_key(jf, directory=folder)
        with pytest.raises(keys.WrongPassphrase):
            keys.load_signing_key(jf, "mauvaise", directory=folder)
        key = keys.load_signing_key(jf, "cheval correct agrafe", directory=folder)
        sign_sheet(jf, list_sheets(jf)[0].id, key)


def test_the_key_stays_on_the_machine_that_created_it(tmp_path: Path) -> None:
    [alice, _bruno] = _session(tmp_path)
    with open_file(alice) as jf:
        keys.create_juror_key(jf, directory=tmp_path / "portable")
        with pytest.raises(keys.KeyProblem, match="pas sur cet ordinateur"):
            keys.load_signing_key(jf, directory=tmp_path / "autre-ordinateur")
        with pytest.raises(keys.KeyProblem, match="autre ordinateur"):
            keys.create_juror_key(jf, directory=tmp_path / "autre-ordinateur")


def test_forging_with_what_a_returned_file_holds_is_impossible(tmp_path: Path) -> None:
    """Whoever reads a returned file (a mailbox, the lead) finds no key in it:
    a mark flipped and « re-signed » with anything the file holds is refused."""
    [alice, bruno] = _session(tmp_path)
    grade_file(alice, seed=1)
    grade_file(bruno, seed=2)
    assert _private_keys_in(alice) == []
    session = tmp_path / "session.jury"
    copy = tmp_path / "copie.jury"
    shutil.copyfile(session, copy)
    assert [s for s, _ in _merge(session, alice, bruno)] == [IMPORTED, IMPORTED]
    # The forger flips a mark in Alice's file and signs it with a key of their own,
    # written into the file with a proof made with that key.
    forger = Ed25519PrivateKey.generate()
    public = forger.public_key().public_bytes_raw().hex()
    conn = sqlite3.connect(alice)
    (session_id, juror_id) = conn.execute("SELECT session_id, id FROM juror").fetchone()
    proof = forger.sign(keys.proof_message(session_id, juror_id, public)).hex()
    conn.execute(
        "UPDATE juror SET public_key = ?, fingerprint = ?, key_proof = ?",
        (public, keys.fingerprint(public), proof),
    )
    conn.execute("UPDATE mark SET observation = 'falsifié' WHERE rowid = 1")
    conn.commit()
    conn.close()
    with open_file(alice) as jf:
        sid = next(s.id for s in list_sheets(jf) if s.status == "signed")
    conn = sqlite3.connect(alice)
    conn.execute("UPDATE sheet SET version = version + 1 WHERE id = ?", (sid,))
    conn.commit()
    conn.close()
    status, reason = _merge(session, alice)[0]
    assert status == REFUSED
    assert "empreinte attendue" in reason
    # In a session that has not yet seen Alice: the forger's key would be the
    # first one — the report shows its fingerprint for the lead to confirm.
    status, reason = _merge(copy, alice)[0]
    assert status == REFUSED  # the sheet's signature was not made with that key either


def test_the_merge_trusts_the_first_key_and_shows_it(tmp_path: Path) -> None:
    [alice, bruno] = _session(tmp_path)
    grade_file(alice, seed=1)
    grade_file(bruno, seed=2)
    session = tmp_path / "session.jury"
    with open_file(alice, readonly=True) as jf:
        fp = keys.key_state(jf).fingerprint
    assert fp
    with open_file(session) as g:
        [result] = merge_juror_files(g, [alice]).files
    assert result.status == IMPORTED
    assert fp in result.key_note
    assert "confirmer par le juré" in result.key_note
    with open_file(session) as g:
        recorded = {j.name: j.fingerprint for j in list_jurors(g)}
    assert recorded == {"Alice MARTIN": fp, "Bruno PETIT": None}
    # A second file from Alice under the same key: no new key, nothing to confirm.
    with open_file(session) as g:
        assert merge_juror_files(g, [alice]).files[0].key_note == ""


def test_a_later_file_signed_with_another_key_is_refused(tmp_path: Path) -> None:
    [alice, _bruno] = _session(tmp_path)
    grade_file(alice, seed=1)
    session = tmp_path / "session.jury"
    assert _merge(session, alice)[0][0] == IMPORTED
    with open_file(session) as g:
        [again, _] = export_juror_files(g, tmp_path / "second-export")
    grade_file(again, seed=3, keys_dir=tmp_path / "autre-ordinateur")
    status, reason = _merge(session, again)[0]
    assert status == REFUSED
    assert "empreinte attendue" in reason


def test_impersonation_is_refused(tmp_path: Path) -> None:
    """Bruno's file relabelled as Alice's, with Alice's public key copied from
    the session (no private key needed): refused, drafts and all."""
    [alice, bruno] = _session(tmp_path)
    grade_file(alice, seed=1)
    grade_file(bruno, seed=2, sign=False)
    session = tmp_path / "session.jury"
    assert _merge(session, alice)[0][0] == IMPORTED
    with open_file(session) as g:
        alice_row = next(j for j in list_jurors(g) if j.name == "Alice MARTIN")
    conn = sqlite3.connect(bruno)
    (bruno_id,) = conn.execute("SELECT value FROM meta WHERE key = 'juror_id'").fetchone()
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'juror_id'", (alice_row.id,))
    conn.execute(
        "UPDATE juror SET id = ?, name = ?, public_key = ?, fingerprint = ?",
        (alice_row.id, alice_row.name, alice_row.public_key, alice_row.fingerprint),
    )
    conn.execute("UPDATE sheet SET juror_id = ? WHERE juror_id = ?", (alice_row.id, bruno_id))
    conn.commit()
    conn.close()
    before = sqlite3.connect(session).execute("SELECT id, status FROM sheet").fetchall()
    status, reason = _merge(session, bruno)[0]
    assert status == REFUSED
    assert "preuve" in reason
    after = sqlite3.connect(session).execute("SELECT id, status FROM sheet").fetchall()
    assert after == before
