"""Signing a sheet: a SHA-256 digest of its canonical content, signed with
the juror's Ed25519 key.

The digest makes any later change visible; the signature proves the holder
of the juror's key signed it (the private key never leaves the juror's
machine, see ``keys``; the session records the public key at the first merge
and prints its fingerprint on the PV).
"""

from collections.abc import Sequence
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlmodel import Session

from grader.errors import Refusal
from grader.grading import keys
from grader.grading.audit import log_event
from grader.grading.keys import fingerprint  # noqa: F401  (part of this module's API)
from grader.grading.marks import SheetLocked, SheetNotFound, load_sheet
from grader.grading.signed_form import (
    Query,
    Row,
    Unreadable,
    form_digest,
    matches_digest,
    read_sheets,
)
from grader.grading.views import SheetView
from grader.grading.vocabulary import DRAFT, SIGNED
from grader.models import tables
from grader.models.store import GraderFile
from grader.models.tables import utc_now


def _query(s: Session) -> Query:
    conn = s.connection()
    return lambda sql, params: conn.exec_driver_sql(sql, tuple(params)).all()


def stored_digest(s: Session, sheet_id: str) -> str:
    """The form-2 digest of a sheet as it is stored now (flushed first)."""
    s.flush()
    sheet, marks = read_sheets(_query(s), sheet_ids=[sheet_id])[sheet_id]
    return form_digest(sheet, marks)


def generate_keypair() -> tuple[str, str]:
    """A new Ed25519 key pair as (private hex, public hex)."""
    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw().hex(), private.public_key().public_bytes_raw().hex()


def sign_digest(private_key_hex: str, digest: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_key_hex))
    return key.sign(bytes.fromhex(digest)).hex()


def _own_key(gfile: GraderFile) -> Ed25519PrivateKey:
    """The juror's key from this machine, created the first time (the window
    creates it when the juror first opens the file, asking for a passphrase;
    a program signing without a window gets one without)."""
    if not keys.key_state(gfile).created:
        keys.create_juror_key(gfile)
    return keys.load_signing_key(gfile)


def sign_sheet(gfile: GraderFile, sheet_id: str, key: Ed25519PrivateKey | None = None) -> SheetView:
    """Sign a draft sheet. In a juror file, with the juror's own key (``key``,
    or the one kept on this machine); in the session file (the lead grading
    there), the digest only: the session's journal vouches for it."""
    if gfile.kind == "juror" and key is None:
        key = _own_key(gfile)
    with gfile.transaction() as s:
        sheet = s.get(tables.Sheet, sheet_id)
        if sheet is None:
            raise SheetNotFound(f"Grille introuvable dans {gfile.path.name} ({sheet_id}).")
        if sheet.status == SIGNED:
            raise SheetLocked("Cette grille est déjà signée.")
        if key is not None:
            juror = s.get(tables.Juror, sheet.juror_id)
            public = key.public_key().public_bytes_raw().hex()
            if juror is None or juror.public_key != public:
                raise keys.KeyProblem(
                    "Cette clé n'est pas celle du juré de la grille : rien n'a été signé."
                )
        now = utc_now()
        sheet.status = SIGNED
        sheet.signed_at = now
        sheet.updated_at = now
        digest = stored_digest(s, sheet_id)
        sheet.digest = digest
        sheet.signature = key.sign(bytes.fromhex(digest)).hex() if key is not None else None
        log_event(
            s,
            gfile,
            "sheet.sign",
            "sheet",
            sheet_id,
            {"status": DRAFT},
            {
                "status": SIGNED,
                "digest": digest,
                "version": sheet.version,
                "signed_with_key": key is not None,
            },
        )
        s.flush()
        return load_sheet(s, gfile, sheet_id)


def reopen_sheet(gfile: GraderFile, sheet_id: str, reason: str = "") -> SheetView:
    """Back to draft for a correction: version + 1, the old signature dropped,
    the reason kept in the audit trail."""
    with gfile.transaction() as s:
        sheet = s.get(tables.Sheet, sheet_id)
        if sheet is None:
            raise SheetNotFound(f"Grille introuvable dans {gfile.path.name} ({sheet_id}).")
        if sheet.status != SIGNED:
            raise Refusal("Cette grille n'est pas signée : elle est déjà modifiable.")
        old = {"status": SIGNED, "version": sheet.version, "digest": sheet.digest}
        sheet.status = DRAFT
        sheet.version += 1
        sheet.digest = sheet.signature = sheet.signed_at = None
        sheet.updated_at = utc_now()
        log_event(
            s,
            gfile,
            "sheet.reopen",
            "sheet",
            sheet_id,
            old,
            {"status": DRAFT, "version": sheet.version, "reason": reason.strip()},
        )
        s.flush()
        return load_sheet(s, gfile, sheet_id)


NOT_SIGNED = "La grille n'est pas signée."
ALTERED = (
    "La grille a été modifiée après sa signature : son contenu ne correspond "
    "plus à l'empreinte signée."
)
WRONG_SIGNATURE = (
    "La signature ne correspond pas à la clé du juré : la grille n'a pas été "
    "signée par ce juré ou a été altérée."
)


def public_key_of(public_key_hex: str | None) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex or ""))
    except ValueError:
        return None


def signature_holds(key: Ed25519PublicKey | None, signature: Any, digest: Any) -> bool:
    if key is None or not isinstance(signature, str) or not isinstance(digest, str):
        return False
    try:
        key.verify(bytes.fromhex(signature), bytes.fromhex(digest))
    except (InvalidSignature, ValueError):
        return False
    return True


def verify_rows(
    sheet: Row, marks: Sequence[Row], public_key_hex: str | None, *, key: Any = None
) -> str | None:
    """None when the signed sheet (its stored rows) is intact, else why not
    (French). ``key``: the parsed public key, when the caller checks many.

    Without a public key only the digest can be checked, and only for a sheet
    that carries no signature (one signed in the session file itself)."""
    if sheet["status"] != SIGNED or not sheet["digest"]:
        return NOT_SIGNED
    try:
        intact = matches_digest(sheet, marks)
    except Unreadable as exc:
        return (
            f"La grille contient une valeur illisible ({exc}) : elle a été modifiée hors de grader."
        )
    if not intact:
        return ALTERED
    if public_key_hex is None:
        if sheet["signature"]:
            return "La clé publique du juré est inconnue : la signature ne peut pas être vérifiée."
        return None
    if not sheet["signature"]:
        return "La grille ne porte pas la signature électronique du juré."
    key = key or public_key_of(public_key_hex)
    if not signature_holds(key, sheet["signature"], sheet["digest"]):
        return WRONG_SIGNATURE
    return None


def verify_sheet(gfile: GraderFile, sheet_id: str, public_key_hex: str | None) -> str | None:
    """:func:`verify_rows` on one sheet of ``gfile``, read as stored."""
    with gfile.engine.connect() as conn:
        rows = read_sheets(
            lambda sql, params: conn.exec_driver_sql(sql, tuple(params)).all(),
            sheet_ids=[sheet_id],
        )
    if sheet_id not in rows:
        raise SheetNotFound(f"Grille introuvable dans {gfile.path.name} ({sheet_id}).")
    return verify_rows(*rows[sheet_id], public_key_hex)
