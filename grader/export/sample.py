"""A synthetic, fully graded session to try the exports on (tests, benchmark,
renders in ``docs/exports``): French names with accents, three jurors who
mostly agree, signed sheets, decisions with motivations, a capitalised bloc,
an absence, a tiers-temps and a private deliberation note.

Rows are written in bulk (one transaction) rather than through the grading
operations so that a 200-candidate session is built in a second or two.
"""

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from grader.grading.bloc_rules import Value, evaluate_bloc
from grader.grading.consolidate import consolidate_values
from grader.grading.durations import effective_duration
from grader.grading.keys import fingerprint
from grader.grading.session_ops import create_session, session_view
from grader.grading.signed_form import form_digest
from grader.grading.signing import generate_keypair, sign_digest
from grader.grading.vocabulary import NON_VALIDE, SIGNED, VALIDE
from grader.models import tables
from grader.models.store import GraderFile
from grader.referential.model import Assessment, ScaleKind

PRIVATE_NOTE = "NOTE-PRIVÉE-NE-JAMAIS-EXPORTER"
HEALTH_DETAIL = "DÉTAIL-SANTÉ-CONFIDENTIEL"

LAST_NAMES = (
    "Dupont", "Écuyer", "Lefèvre", "N’Diaye", "Müller", "Çelik", "Lœuillet", "Bénard",
    "Martin", "Gaël-Hébert", "D’Almeida", "Ødegaard", "Zèbre", "Abélard", "Rousseau",
    "Ïsaac", "Thérèse", "Nguyễn", "Faure", "Chevalier",
)  # fmt: skip
FIRST_NAMES = (
    "Élodie", "Zoé", "Noël", "François", "Anaïs", "Chloé", "Léa", "Jérôme", "Maëlle",
    "Raphaël", "Inès", "Agnès", "Benoît", "Cécile", "Hélène", "Loïc", "Mégane", "Océane",
)  # fmt: skip
OBSERVATIONS = (
    "Veille structurée, sources variées et datées.",
    "Présentation claire ; réponses précises aux questions du jury.",
    "Manque d’exemples chiffrés « concrets » sur l’œuvre présentée.",
    "Bonne maîtrise des outils, argumentation à approfondir.",
)


def _value(assessment: Assessment, rng: random.Random, strength: float) -> str | float:
    scale = assessment.scale
    if scale.kind is ScaleKind.POINTS:
        top = float(scale.max_points or 4)
        return round(min(top, max(0.0, rng.gauss(strength * top, top / 5))) * 2) / 2
    levels = scale.levels
    passing = [lv.code for lv in levels if lv.passing]
    failing = [lv.code for lv in levels if not lv.passing]
    return rng.choice(passing if rng.random() < strength else failing)


def build_sample_session(
    path: Path,
    referential_path: Path,
    candidates: int = 12,
    *,
    closed: bool = True,
    seed: int = 7,
    session_date: date = date(2026, 11, 24),
) -> GraderFile:
    """Create ``path`` (must not exist) with a graded, deliberated session."""
    rng = random.Random(seed)
    gfile = create_session(
        referential_path,
        path,
        title="",
        session_date=session_date,
        place="Lyon — Campus Part-Dieu",
    )
    ref = gfile.referential
    session = session_view(gfile)
    assessments = list(ref.assessments)
    jurors = []
    keys: dict[str, str] = {}
    # The président is an outside professional: she counts as one.
    for name, role, function in (
        ("Sophie Lemaître", "professionnel", "membre"),
        ("Karim Benaïssa", "responsable_pedagogique", "membre"),
        ("Hélène Côté", "professionnel", "president"),
    ):
        private, public = generate_keypair()
        j = tables.Juror(
            session_id=gfile.session_id, name=name, role=role, function=function,
            public_key=public, fingerprint=fingerprint(public),
        )  # fmt: skip
        keys[j.id] = private
        jurors.append(j)
    signed_at = datetime(2026, 11, 24, 16, 30, tzinfo=UTC)
    with gfile.transaction() as s:
        for j in jurors:
            s.add(j)
        s.flush()
        for n in range(candidates):
            last = LAST_NAMES[n % len(LAST_NAMES)]
            if n >= len(LAST_NAMES):
                last = f"{last}-{LAST_NAMES[(n * 7 + 3) % len(LAST_NAMES)]}"
            tiers = n % 7 == 3
            cand = tables.Candidate(
                session_id=gfile.session_id,
                external_id=f"2026-{n + 1:04d}",
                last_name=last.upper() if n % 2 else last,
                first_name=FIRST_NAMES[(n * 5) % len(FIRST_NAMES)],
                email=f"candidat{n + 1}@example.org",
                accommodation_type="tiers-temps" if tiers else "",
                accommodation_detail=f"tiers-temps ; {HEALTH_DETAIL}" if tiers else "",
                accommodation_authorised_by="Référente handicap" if tiers else "",
                extra_time_ratio=1 / 3 if tiers else 0.0,
                birth_date=date(1990 + n % 15, 1 + n % 12, 1 + n % 28),
                present=n % 11 != 5,
            )
            s.add(cand)
            s.flush()
            absent = not cand.present
            strength = 0.97 if n % 4 else 0.75
            values: dict[str, str | float | None] = {}
            pending_marks: list[tables.Mark] = []
            for a in assessments:
                if absent:
                    continue
                per_juror: list[dict[str, Value]] = []
                base = {c.id: _value(a, rng, strength) for c in a.criteria}
                for j in jurors:
                    sheet = tables.Sheet(
                        session_id=gfile.session_id, juror_id=j.id, candidate_id=cand.id,
                        assessment_id=a.id, status=SIGNED, signed_at=signed_at,
                        observation=rng.choice(OBSERVATIONS),
                        timer_elapsed_seconds=int(
                            (effective_duration(session, a) or 30) * 60
                            * (1 + cand.extra_time_ratio)
                            - rng.randint(0, 300)
                        ),
                    )  # fmt: skip
                    marks = []
                    for c in a.criteria:
                        v = base[c.id] if rng.random() > 0.08 else _value(a, rng, 0.5)
                        is_points = a.scale.kind is ScaleKind.POINTS
                        marks.append(
                            tables.Mark(
                                sheet_id=sheet.id, criterion_id=c.id,
                                level=None if is_points else str(v),
                                points=float(v) if is_points else None,
                                observation=rng.choice(OBSERVATIONS) if rng.random() < 0.1 else "",
                            )
                        )  # fmt: skip
                    sheet.digest = form_digest(sheet.model_dump(), [m.model_dump() for m in marks])
                    sheet.signature = sign_digest(keys[j.id], sheet.digest)
                    s.add(sheet)
                    pending_marks += marks
                    per_juror.append({m.criterion_id: m.level or m.points for m in marks})
                values.update(consolidate_values(a, per_juror))
            # No ORM relationships: the sheets must reach the database before their marks.
            s.flush()
            s.add_all(pending_marks)
            for b_index, bloc in enumerate(ref.blocs):
                if absent:
                    break  # absent for the session: nothing to decide
                if n % 9 == 1 and b_index == 0:
                    # Capitalised earlier: no decision on it in this session.
                    s.add(
                        tables.AcquiredBloc(
                            candidate_id=cand.id, bloc_code=bloc.code,
                            acquired_on=date(2025, 6, 12),
                            source_session="Session du 12/06/2025, Lyon",
                        )
                    )  # fmt: skip
                    continue
                proposal = evaluate_bloc(bloc, values)
                decided, motivation = proposal.outcome, ""
                if decided not in (VALIDE, NON_VALIDE):
                    decided = NON_VALIDE
                if n % 6 == 2 and decided == NON_VALIDE:
                    decided, motivation = (
                        VALIDE,
                        "Le jury valide : l’écart porte sur un critère mineur.",
                    )
                elif decided == NON_VALIDE:
                    motivation = "Critères essentiels non acquis : à représenter."
                s.add(
                    tables.BlocDecision(
                        session_id=gfile.session_id, candidate_id=cand.id, bloc_code=bloc.code,
                        proposed=proposal.outcome, decided=decided, motivation=motivation,
                        decided_by="Hélène Côté",
                        decided_at=signed_at + timedelta(hours=1),
                    )
                )  # fmt: skip
            s.add(tables.DeliberationNote(candidate_id=cand.id, text=f"{PRIVATE_NOTE} {n}"))
        if closed:
            js = s.get(tables.JurySession, gfile.session_id)
            assert js is not None
            js.closed_at, js.closed_by = signed_at + timedelta(hours=2), "Hélène Côté"
    return gfile
