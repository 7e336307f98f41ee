"""Signing a sheet: a SHA-256 digest of its canonical content, signed with
the juror's Ed25519 key.

The digest makes any later change visible; the signature proves the juror's
own file produced it (the private key never leaves that file, the session
keeps the public key and prints its fingerprint on the PV).
"""

import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from grader.grading.audit import log_event
from grader.grading.marks import SheetLocked, SheetNotFound, load_sheet
from grader.grading.views import SheetView
from grader.grading.vocabulary import DRAFT, SIGNED
from grader.models import tables
from grader.models.store import GraderFile
from grader.models.tables import utc_now

CANONICAL_FORMAT = "grader-sheet/1"


def _mark_content(m: Any) -> dict[str, Any]:
    return {
        "level": m.level,
        # 2 and 2.0 must give the same digest whichever program wrote them
        "points": None if m.points is None else float(m.points),
        "observation": m.observation,
        "flag_discuss": bool(m.flag_discuss),
        "flag_note": m.flag_note,
    }


def canonical_sheet_bytes(sheet: SheetView) -> bytes:
    """What the juror signs: identity of the sheet and everything graded on it.

    Status, timestamps and the timer are left out (they change without the
    grading changing); a mark with nothing in it counts as no mark, so a
    cleared criterion and a never-touched one sign alike."""
    content = {
        "format": CANONICAL_FORMAT,
        "sheet_id": sheet.id,
        "session_id": sheet.session_id,
        "juror_id": sheet.juror_id,
        "candidate_id": sheet.candidate_id,
        "assessment_id": sheet.assessment_id,
        "version": sheet.version,
        "observation": sheet.observation,
        "flag_discuss": bool(sheet.flag_discuss),
        "flag_note": sheet.flag_note,
        "marks": {
            cid: _mark_content(m) for cid, m in sorted(sheet.marks.items()) if not m.is_empty
        },
    }
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def sheet_digest(sheet: SheetView) -> str:
    return hashlib.sha256(canonical_sheet_bytes(sheet)).hexdigest()


def generate_keypair() -> tuple[str, str]:
    """A new Ed25519 key pair as (private hex, public hex)."""
    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw().hex(), private.public_key().public_bytes_raw().hex()


def fingerprint(public_key_hex: str) -> str:
    """Short form a person can compare by eye, e.g. « 3F2A-91C4-7B0E-55D2 »."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def sign_digest(private_key_hex: str, digest: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_key_hex))
    return key.sign(bytes.fromhex(digest)).hex()


def sign_sheet(gfile: GraderFile, sheet_id: str) -> SheetView:
    """Sign a draft sheet with its juror's key (digest only when this file holds
    no key for that juror, e.g. the lead grading in the session file)."""
    with gfile.transaction() as s:
        sheet = s.get(tables.Sheet, sheet_id)
        if sheet is None:
            raise SheetNotFound(f"Grille introuvable dans {gfile.path.name} ({sheet_id}).")
        if sheet.status == SIGNED:
            raise SheetLocked("Cette grille est déjà signée.")
        view = load_sheet(s, gfile, sheet_id)
        digest = sheet_digest(view)
        key = s.get(tables.JurorKey, sheet.juror_id)
        now = utc_now()
        sheet.status = SIGNED
        sheet.digest = digest
        sheet.signature = sign_digest(key.private_key, digest) if key is not None else None
        sheet.signed_at = now
        sheet.updated_at = now
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
            raise ValueError("Cette grille n'est pas signée : elle est déjà modifiable.")
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


def verify_sheet(sheet: SheetView, public_key_hex: str | None) -> str | None:
    """None when the signed sheet is intact, else why not (French).

    Without a public key only the digest can be checked, and only for a sheet
    that carries no signature (one signed in the session file itself)."""
    if sheet.status != SIGNED or not sheet.digest:
        return "La grille n'est pas signée."
    if sheet_digest(sheet) != sheet.digest:
        return (
            "La grille a été modifiée après sa signature : son contenu ne correspond "
            "plus à l'empreinte signée."
        )
    if public_key_hex is None:
        if sheet.signature:
            return "La clé publique du juré est inconnue : la signature ne peut pas être vérifiée."
        return None
    if not sheet.signature:
        return "La grille ne porte pas la signature électronique du juré."
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(sheet.signature), bytes.fromhex(sheet.digest))
    except (InvalidSignature, ValueError):
        return (
            "La signature ne correspond pas à la clé du juré : la grille n'a pas été "
            "signée par ce juré ou a été altérée."
        )
    return None
