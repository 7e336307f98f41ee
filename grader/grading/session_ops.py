"""Prepare a jury session: create the file, add jurors and candidates, and
export one juror file (``.grille``) per juror with that juror's signing key."""

import json
import os
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from grader.errors import Refusal
from grader.grading.audit import log_event
from grader.grading.closure import require_open
from grader.grading.durations import (  # noqa: F401  (the session's durations belong to its API)
    check_durations,
    effective_duration,
    extended_minutes,
    set_duration,
)
from grader.grading.views import (
    CandidateView,
    JurorView,
    SessionView,
    candidate_view,
    juror_view,
    session_view_of,
)
from grader.models import accommodations, tables
from grader.models.store import JUROR_SUFFIX, FileRefused, GraderFile, create_file
from grader.models.tables import utc_now
from grader.referential import Assessment, load_referential
from grader.referential.model import JUROR_STATUSES
from grader.text import clean_line


def create_session(
    referential_path: Path,
    out: Path,
    *,
    title: str = "",
    session_date: date | None = None,
    place: str = "",
    assessment_ids: Sequence[str] = (),
    durations: Mapping[str, int] | None = None,
    durable: bool = True,
) -> GraderFile:
    """A new session file on a snapshot of the référentiel (raises
    ``ReferentialError`` for a bad référentiel, ``ValueError`` for an unknown
    épreuve or a bad duration, ``FileRefused`` when ``out`` exists).
    ``durations``: soutenance minutes per épreuve id, over the référentiel's."""
    referential_path = Path(referential_path)
    if not referential_path.is_file():
        raise FileRefused(f"Le référentiel {referential_path} n'existe pas.")
    text = referential_path.read_text(encoding="utf-8")
    ref = load_referential(referential_path)
    known = [a.id for a in ref.assessments]
    unknown = [a for a in assessment_ids if a not in known]
    if unknown:
        raise Refusal(
            f"Épreuve inconnue dans {referential_path.name} : {', '.join(unknown)} "
            f"(épreuves du référentiel : {', '.join(known)})."
        )
    minutes = check_durations(ref, durations or {})
    session = tables.JurySession(
        title=clean_line(title) or ref.title,
        session_date=session_date,
        place=clean_line(place),
        assessment_ids=json.dumps(list(dict.fromkeys(assessment_ids))),
        durations=json.dumps(minutes),
        referential_id=ref.id,
        referential_hash=ref.hash,
        referential_yaml=text,
        referential_source=referential_path.name,
    )
    gfile = create_file(out, "session", session, durable=durable)
    with gfile.transaction() as s:
        log_event(
            s,
            gfile,
            "session.create",
            "jurysession",
            session.id,
            None,
            {
                "referential": ref.id,
                "hash": ref.hash,
                "title": session.title,
                **({"durations": minutes} if minutes else {}),
            },
        )
    return gfile


def _session_row(gfile: GraderFile) -> tables.JurySession:
    with gfile.new_session() as s:
        js = s.get(tables.JurySession, gfile.session_id)
    assert js is not None, "Meta.session_id always names the file's session"
    return js


def session_view(gfile: GraderFile) -> SessionView:
    return session_view_of(_session_row(gfile))


def evaluated_assessments(gfile: GraderFile) -> list[Assessment]:
    """The épreuves of this session, in the référentiel's order (all when none chosen)."""
    chosen = set(session_view(gfile).assessment_ids)
    return [a for a in gfile.referential.assessments if not chosen or a.id in chosen]


def list_jurors(gfile: GraderFile) -> list[JurorView]:
    with gfile.new_session() as s:
        rows = s.exec(select(tables.Juror).order_by(col(tables.Juror.created_at))).all()
        return [juror_view(j) for j in rows]


def sort_key(text: str) -> str:
    """Alphabetical order as a French reader expects it: « Élodie » with the E's."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def list_candidates(gfile: GraderFile) -> list[CandidateView]:
    with gfile.new_session() as s:
        rows = [candidate_view(c) for c in s.exec(select(tables.Candidate)).all()]
    return sorted(rows, key=lambda c: (sort_key(c.last_name), sort_key(c.first_name), c.id))


def _require_session_file(gfile: GraderFile, what: str) -> None:
    if gfile.kind != "session":
        raise Refusal(
            f"{gfile.path.name} est une grille de juré : {what} se fait dans le fichier de session."
        )


def add_juror(
    gfile: GraderFile, name: str, role: str, email: str = "", *, function: str = "membre"
) -> JurorView:
    """``role`` is the member's status (``JUROR_STATUSES``), ``function``
    président or membre. « president » as a role, as older callers give it,
    means the function with no status given."""
    _require_session_file(gfile, "l'ajout d'un membre du jury")
    name, email = clean_line(name), clean_line(email)
    if not name:
        raise Refusal("Le nom du membre du jury est vide.")
    if role == "president":
        role, function = "", "president"
    if role not in JUROR_STATUSES:
        raise Refusal(
            f"Rôle inconnu : « {role} ». Statuts possibles : "
            + ", ".join(f"{k} ({v})" for k, v in JUROR_STATUSES.items() if k)
            + "."
        )
    if function not in ("president", "membre"):
        raise Refusal(f"Fonction inconnue : « {function} » (president ou membre).")
    juror = tables.Juror(
        session_id=gfile.session_id, name=name, role=role, function=function, email=email.strip()
    )
    with gfile.transaction() as s:
        require_open(s, gfile)
        wanted = sort_key(name)
        if any(sort_key(other) == wanted for other in s.exec(select(tables.Juror.name))):
            raise Refusal(f"« {name} » est déjà membre du jury.")
        s.add(juror)
        log_event(
            s,
            gfile,
            "juror.add",
            "juror",
            juror.id,
            None,
            {"name": name, "role": role, "function": function, "email": juror.email},
        )
    return juror_view(juror)


def set_juror_presence(gfile: GraderFile, juror_id: str, present: bool) -> JurorView:
    """Mark a member present or absent at the jury (printed on the PV; an
    absent member counts neither for the composition nor for reception)."""
    _require_session_file(gfile, "la présence d'un membre du jury")
    with gfile.transaction() as s:
        require_open(s, gfile)
        juror = s.get(tables.Juror, juror_id)
        if juror is None or juror.session_id != gfile.session_id:
            raise Refusal("Ce membre du jury n'existe pas dans cette session.")
        if juror.present != present:
            log_event(
                s, gfile, "juror.presence", "juror", juror.id,
                {"present": juror.present}, {"present": present},
            )
            juror.present = present
            juror.updated_at = utc_now()
            s.add(juror)
        return juror_view(juror)


def add_candidate(
    gfile: GraderFile,
    last_name: str,
    first_name: str,
    *,
    external_id: str = "",
    email: str = "",
    accommodation_type: str = "",
    accommodation_detail: str = "",
    accommodation_authorised_by: str = "",
    extra_time_ratio: float = 0.0,
) -> CandidateView:
    _require_session_file(gfile, "l'ajout d'un candidat")
    last_name, first_name = clean_line(last_name), clean_line(first_name)
    external_id, email = clean_line(external_id), clean_line(email)
    if not last_name:
        raise Refusal("Le nom du candidat est vide.")
    if not 0.0 <= extra_time_ratio <= 1.0:
        raise Refusal(
            f"Temps supplémentaire de {last_name} {first_name} invalide : {extra_time_ratio} "
            "(attendu entre 0 et 1, par exemple 0,33 pour un tiers-temps)."
        )
    cand = tables.Candidate(
        session_id=gfile.session_id,
        external_id=external_id.strip(),
        last_name=last_name,
        first_name=first_name,
        email=email.strip(),
        accommodation_type=accommodations.accommodation_type(accommodation_type),
        accommodation_detail=accommodations.decision_reference(accommodation_detail),
        accommodation_authorised_by=accommodation_authorised_by.strip(),
        extra_time_ratio=extra_time_ratio,
    )
    view = candidate_view(cand)
    with gfile.transaction() as s:
        require_open(s, gfile)
        s.add(cand)
        log_event(
            s,
            gfile,
            "candidate.add",
            "candidate",
            cand.id,
            None,
            {"name": view.display_name, "accommodation": cand.accommodation_detail},
        )
    return view


def set_accommodation(
    gfile: GraderFile,
    candidate_id: str,
    *,
    accommodation_type: str,
    accommodation_detail: str = "",
    accommodation_authorised_by: str = "",
    extra_time_ratio: float = 0.0,
) -> CandidateView:
    """Record or change a candidate's accommodation (type and what it changes,
    never health data). Juror files exported afterwards carry it."""
    _require_session_file(gfile, "la saisie d'un aménagement")
    if not 0.0 <= extra_time_ratio <= 1.0:
        raise Refusal(
            f"Temps supplémentaire invalide : {extra_time_ratio} "
            "(attendu entre 0 et 1, par exemple 0,33 pour un tiers-temps)."
        )
    with gfile.transaction() as s:
        require_open(s, gfile)
        cand = s.get(tables.Candidate, candidate_id)
        if cand is None or cand.session_id != gfile.session_id:
            raise Refusal("Ce candidat n'existe pas dans cette session.")
        old = {
            "type": cand.accommodation_type,
            "detail": cand.accommodation_detail,
            "authorised_by": cand.accommodation_authorised_by,
            "extra_time_ratio": cand.extra_time_ratio,
        }
        cand.accommodation_type = accommodation_type.strip()
        cand.accommodation_detail = accommodation_detail.strip()
        cand.accommodation_authorised_by = accommodation_authorised_by.strip()
        cand.extra_time_ratio = extra_time_ratio
        cand.updated_at = utc_now()
        s.add(cand)
        new = {
            "type": cand.accommodation_type,
            "detail": cand.accommodation_detail,
            "authorised_by": cand.accommodation_authorised_by,
            "extra_time_ratio": cand.extra_time_ratio,
        }
        log_event(s, gfile, "candidate.accommodation", "candidate", cand.id, old, new)
        return candidate_view(cand)


_UNSAFE = set('/\\:*?"<>|')


def exported_juror_ids(gfile: GraderFile) -> set[str]:
    """The jurors who already received a juror file (the journal says so)."""
    with gfile.engine.connect() as conn:
        return {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT DISTINCT entity_id FROM auditevent WHERE action = 'juror_file.export'"
            )
        }


def juror_file_name(name: str) -> str:
    """A file name that keeps the accents but nothing a file system refuses."""
    clean = "".join("-" if ch in _UNSAFE else ch for ch in clean_line(name)).strip(" .")
    return (clean or "jure") + JUROR_SUFFIX


def juror_file_candidate(c: tables.Candidate) -> tables.Candidate:
    """A candidate as a juror file carries them: name, number, accommodation
    type and the extra time the clock needs; no e-mail, birth date nor detail."""
    return tables.Candidate(
        id=c.id,
        session_id=c.session_id,
        external_id=c.external_id,
        last_name=c.last_name,
        first_name=c.first_name,
        accommodation_type=c.accommodation_type,
        extra_time_ratio=c.extra_time_ratio,
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def _remove_partial(tmp: Path) -> None:
    """A failed export leaves nothing behind: the database and its companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def export_juror_files(gfile: GraderFile, out_dir: Path) -> list[Path]:
    """One ``.grille`` per juror, holding no key: the juror's key pair is
    created on the juror's machine the first time the file is opened there,
    and the session records its public half at the first merge. Existing
    files are never overwritten: the export is refused before anything changes."""
    _require_session_file(gfile, "l'export des grilles")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jurors = list_jurors(gfile)
    if not jurors:
        raise Refusal("Aucun membre du jury dans la session : ajoutez-en avant d'exporter.")
    names: dict[str, Path] = {}
    for j in jurors:
        target = out_dir / juror_file_name(j.name)
        if target in names.values():
            target = out_dir / juror_file_name(f"{j.name} {j.id[:8]}")
        names[j.id] = target
    existing = [p.name for p in names.values() if p.exists()]
    if existing:
        raise FileRefused(
            f"Ces grilles existent déjà dans {out_dir} : {', '.join(existing)}. "
            "Déplacez-les ou choisissez un autre dossier (rien n'a été exporté)."
        )
    with gfile.new_session() as s:
        session = s.get(tables.JurySession, gfile.session_id)
        candidates = s.exec(select(tables.Candidate)).all()
        juror_rows = {j.id: j for j in s.exec(select(tables.Juror)).all()}
        recused = {(r.juror_id, r.candidate_id) for r in s.exec(select(tables.Recusal)).all()}
    assert session is not None
    assessments = evaluated_assessments(gfile)
    written: list[Path] = []
    for j in jurors:
        target = names[j.id]
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        row = juror_rows[j.id]
        juror_copy = tables.Juror(
            **{**row.model_dump(), "public_key": None, "fingerprint": None, "key_proof": None}
        )
        try:
            jfile = create_file(
                tmp,
                "juror",
                tables.JurySession(**session.model_dump()),
                juror_id=j.id,
                durable=gfile.durable,
            )
        except BaseException:
            _remove_partial(tmp)
            raise
        try:
            with jfile.transaction() as s:
                s.add(juror_copy)
                s.flush()
                # Only what grading needs, and nothing of a candidate this juror
                # is recused from: the file travels by USB stick and e-mail.
                assigned = [c for c in candidates if (j.id, c.id) not in recused]
                for c in assigned:
                    s.add(juror_file_candidate(c))
                s.flush()
                for c in assigned:
                    for a in assessments:
                        s.add(
                            tables.Sheet(
                                session_id=session.id,
                                juror_id=j.id,
                                candidate_id=c.id,
                                assessment_id=a.id,
                            )
                        )
                log_event(
                    s,
                    jfile,
                    "juror_file.create",
                    "juror",
                    j.id,
                    None,
                    {"juror": j.name, "candidates": len(assigned)},
                )
            jfile.checkpoint()
            jfile.close()
            os.replace(tmp, target)
        except BaseException:
            jfile.close()
            _remove_partial(tmp)
            raise
        with gfile.transaction() as s:
            log_event(s, gfile, "juror_file.export", "juror", j.id, None, {"file": target.name})
        written.append(target)
    return written
