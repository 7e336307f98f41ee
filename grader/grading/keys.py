"""The juror's signing key: born on the juror's machine, kept there.

The first time a juror opens their ``.grille``, grader creates an Ed25519 key
pair. The private key goes into the user's own data folder (readable by that
user only, optionally protected by a passphrase) and never into a file that
travels; the ``.grille`` receives only the public key, its fingerprint and a
*key proof* (the private key's signature over the session, the juror and the
public key), which shows the merge that whoever holds the key claimed this
juror's file with it: a file relabelled with another juror's id and public key
cannot carry one.

``GRADER_KEYS_DIR`` moves the folder (the demo keeps its jurors' keys in the
demo folder, the tests in a temporary one).
"""

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from grader.errors import Refusal
from grader.grading.audit import log_event
from grader.models import tables
from grader.models.store import GraderFile
from grader.models.tables import utc_now

KEY_PROOF_FORMAT = "grader-juror-key/1"
KEYS_DIR_ENV = "GRADER_KEYS_DIR"


class KeyProblem(Refusal):
    """The signing key cannot be used; ``str(exc)`` is a French sentence."""


class PassphraseNeeded(KeyProblem):
    """The key is protected: ask the juror for the passphrase."""


class WrongPassphrase(KeyProblem):
    """The passphrase given does not open the key."""


@dataclass(frozen=True, slots=True)
class KeyState:
    """Where a juror file stands with its key, on this machine."""

    public_key: str | None  # in the file
    fingerprint: str | None
    stored: bool  # a private key for this juror in the key folder
    protected: bool  # …and it needs a passphrase

    @property
    def created(self) -> bool:
        return self.public_key is not None


def fingerprint(public_key_hex: str) -> str:
    """Short form a person can compare by eye, e.g. « 3F2A-91C4-7B0E-55D2 »."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def keys_dir() -> Path:
    """The user's own folder for grader's signing keys."""
    override = os.environ.get(KEYS_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "grader" / "cles"


def key_path(juror_id: str, directory: Path | None = None) -> Path:
    return (directory or keys_dir()) / f"{juror_id}.pem"


def proof_message(session_id: str, juror_id: str, public_key_hex: str) -> bytes:
    return f"{KEY_PROOF_FORMAT}\n{session_id}\n{juror_id}\n{public_key_hex}".encode()


def proof_holds(session_id: str, juror_id: str, public_key_hex: str, proof_hex: object) -> bool:
    """Whether ``proof_hex`` is the key's own signature over this juror's claim."""
    if not isinstance(proof_hex, str) or not isinstance(public_key_hex, str):
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(proof_hex), proof_message(session_id, juror_id, public_key_hex))
    except (InvalidSignature, ValueError):
        return False
    return True


def _public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


def _read_key(path: Path, passphrase: str | None) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyProblem(
            f"La clé de signature ({path}) ne peut pas être lue ({exc.strerror or exc})."
        ) from None
    try:
        key = serialization.load_pem_private_key(
            data, password=passphrase.encode("utf-8") if passphrase else None
        )
    except TypeError:
        if passphrase:
            raise KeyProblem(f"La clé de signature ({path}) n'est pas protégée.") from None
        raise PassphraseNeeded(
            "Votre clé de signature est protégée : saisissez sa phrase secrète."
        ) from None
    except ValueError:
        if passphrase:
            raise WrongPassphrase(
                "Phrase secrète incorrecte : la clé n'a pas été ouverte."
            ) from None
        raise KeyProblem(f"La clé de signature ({path}) est illisible ou endommagée.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"{path} n'est pas une clé de signature de grader.")
    return key


def _is_protected(path: Path) -> bool:
    try:
        return b"ENCRYPTED" in path.read_bytes()[:64]
    except OSError:
        return False


def _write_key(path: Path, key: Ed25519PrivateKey, passphrase: str | None) -> None:
    """Written for this user only (0600 in a 0700 folder), never over an
    existing key, and complete or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        path.parent.chmod(0o700)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    data = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            raise KeyProblem(f"Une clé existe déjà pour ce juré ({path}) : elle est gardée.")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _juror(gfile: GraderFile) -> tuple[str, str | None]:
    if gfile.kind != "juror" or not gfile.juror_id:
        raise KeyProblem(f"{gfile.path.name} n'est pas la grille d'un juré.")
    with gfile.new_session() as s:
        juror = s.get(tables.Juror, gfile.juror_id)
        if juror is None:
            raise KeyProblem(f"{gfile.path.name} ne contient pas son juré.")
        return juror.id, juror.public_key


def key_state(gfile: GraderFile, directory: Path | None = None) -> KeyState:
    juror_id, public = _juror(gfile)
    path = key_path(juror_id, directory)
    return KeyState(
        public_key=public,
        fingerprint=fingerprint(public) if public else None,
        stored=path.is_file(),
        protected=_is_protected(path),
    )


def create_juror_key(
    gfile: GraderFile, passphrase: str | None = None, directory: Path | None = None
) -> str:
    """Give the juror file its key (the first time it is opened here) and
    return the fingerprint to read to the lead. A key already kept here for
    this juror is used again (the file may have been exported twice)."""
    juror_id, public = _juror(gfile)
    path = key_path(juror_id, directory)
    if path.is_file():
        key = _read_key(path, passphrase)
    else:
        if public is not None:
            raise KeyProblem(
                "Cette grille a déjà une clé de signature, créée sur un autre ordinateur : "
                "signez sur cet ordinateur-là, ou demandez au responsable une nouvelle grille."
            )
        key = Ed25519PrivateKey.generate()
        _write_key(path, key, passphrase or None)
    public_hex = _public_hex(key)
    if public is not None and public != public_hex:
        raise KeyProblem(
            "La clé gardée sur cet ordinateur n'est pas celle de cette grille : "
            "demandez au responsable une nouvelle grille."
        )
    fp = fingerprint(public_hex)
    if public is None:
        proof = key.sign(proof_message(gfile.session_id, juror_id, public_hex)).hex()
        with gfile.transaction() as s:
            juror = s.get(tables.Juror, juror_id)
            assert juror is not None
            juror.public_key, juror.fingerprint, juror.key_proof = public_hex, fp, proof
            juror.updated_at = utc_now()
            log_event(
                s, gfile, "juror.key", "juror", juror_id, None,
                {"fingerprint": fp, "protected": bool(passphrase)},
            )  # fmt: skip
    return fp


def load_signing_key(
    gfile: GraderFile, passphrase: str | None = None, directory: Path | None = None
) -> Ed25519PrivateKey:
    """The juror's private key from this machine's key folder, checked
    against the public key the file carries."""
    juror_id, public = _juror(gfile)
    if public is None:
        raise KeyProblem("Cette grille n'a pas encore de clé de signature.")
    path = key_path(juror_id, directory)
    if not path.is_file():
        raise KeyProblem(
            "La clé de signature de cette grille n'est pas sur cet ordinateur "
            f"(empreinte {fingerprint(public)}) : signez sur l'ordinateur où la grille a été "
            "ouverte la première fois."
        )
    key = _read_key(path, passphrase)
    if _public_hex(key) != public:
        raise KeyProblem(
            "La clé gardée sur cet ordinateur n'est pas celle de cette grille : "
            "demandez au responsable une nouvelle grille."
        )
    return key
