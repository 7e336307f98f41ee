"""A realistic demonstration: a session, its candidates and jury, and one
graded, signed juror file per juror — to try the merge, the deliberation and
the exports without typing anything.

Deterministic (seeded): two runs give the same names, marks and observations
(ids, keys and timestamps differ).
"""

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from grader.grading import keys, marks, session_ops
from grader.grading.durations import effective_duration, extended_minutes
from grader.grading.session_ops import sort_key
from grader.grading.signing import sign_sheet
from grader.models.store import SESSION_SUFFIX, FileRefused, open_file
from grader.paths import checkout_root, shipped_referentials_dir
from grader.referential import Assessment, Referential, ScaleKind, load_referential

DEMO_REFERENTIAL = "rncp37347-community-manager.yaml"
SEED = 20250612
DEMO_KEYS_DIR = "cles-des-jures"  # the demo jurors' private keys, beside their files


@dataclass(frozen=True, slots=True)
class DemoFiles:
    session: Path
    juror_files: list[Path]


CANDIDATES = [
    # last name, first name, strength (share of criteria the candidate masters)
    ("Dupont", "Élodie", 0.97),
    ("Martin", "Zoé", 0.9),
    ("N'Diaye", "Aminata", 0.95),
    ("Le Bihan", "Yann", 0.7),
    ("Lefèvre", "François", 0.88),
    ("Girard", "Chloé", 1.0),
    ("Benali", "Mehdi", 0.8),
    ("Moreau", "Inès", 0.93),
    ("Roussel", "Théo", 0.6),
    ("Fontaine", "Léa", 0.96),
    ("Garnier", "Maëlys", 0.85),
    ("Chevalier", "Noé", 0.99),
]
TIERS_TEMPS = "Fontaine"
TIERS_TEMPS_RATIO = 1 / 3
# The session sets this soutenance duration on every demo épreuve whose
# référentiel gives none (« durée calibrée »): the clocks then count it down.
DEMO_MINUTES = 30
AUTHORISED_BY = "Référente handicap de l'école (notification du 14/03/2025)"

JURORS = [
    ("Claire Dubois", "responsable_pedagogique", "claire.dubois@ecole-exemple.fr"),
    ("Karim Haddad", "professionnel", "karim.haddad@agence-exemple.fr"),
    ("Sophie Lambert-Guérin", "professionnel", "sophie.lambert@exemple.fr"),
]

PASSED = [
    "Démarche structurée et argumentée.",
    "Très bonne maîtrise des outils présentés.",
    "Choix justifiés au regard des objectifs de la marque.",
    "Exemples concrets tirés de l'entreprise d'accueil.",
    "Présentation claire, bonne gestion du temps.",
]
FAILED = [
    "Les objectifs ne sont pas reliés aux indicateurs.",
    "Sources de veille trop peu diversifiées.",
    "Réponse imprécise aux questions du jury.",
    "Manque de justification des choix.",
    "Livrable incomplet : annexes absentes.",
]
GENERAL = [
    "Soutenance fluide, candidat à l'aise à l'oral.",
    "Dossier solide ; l'oral manquait un peu de recul critique.",
    "Bonne posture professionnelle, supports soignés.",
    "Prestation inégale : la partie analyse est plus faible.",
]


def default_referential() -> Path:
    """The Community Manager référentiel when shipped, else the test one."""
    shipped = shipped_referentials_dir() / DEMO_REFERENTIAL
    if shipped.exists():
        return shipped
    root = checkout_root()
    if root is not None and (root / "tests" / "data" / "mini.yaml").exists():
        return root / "tests" / "data" / "mini.yaml"
    raise FileRefused(
        f"Référentiel de démonstration introuvable ({DEMO_REFERENTIAL}) : "
        "indiquez un référentiel avec --referential."
    )


def _demo_assessments(ref: Referential) -> list[str]:
    """A real référentiel: its first bloc's épreuves, a day's worth of grading."""
    if len(ref.assessments) > 4:
        return [a.id for a in ref.blocs[0].assessments]
    return [a.id for a in ref.assessments]


def demo_durations(assessments: list[Assessment]) -> dict[str, int]:
    return {a.id: DEMO_MINUTES for a in assessments if not a.duration_minutes}


# The demo's tiers-temps: a type, the extra time and the decision's date,
# never what motivated it.
DECISION = "Décision du 02/10/2025"

def _ascii(name: str) -> str:
    return sort_key(name).replace("'", "").replace(" ", "-")


def _value(assessment: Assessment, passing: bool, rng: random.Random) -> str | float:
    scale = assessment.scale
    if scale.kind is ScaleKind.POINTS:
        top = scale.max_points or 0
        floor = scale.pass_points or 0
        return float(
            rng.randint(int(floor), int(top)) if passing else rng.randint(0, int(floor) - 1)
        )
    levels = [lv.code for lv in scale.levels if lv.passing == passing]
    return rng.choice(levels)


def demo_candidates(n: int | None) -> list[tuple[str, str, float]]:
    """The twelve demo candidates, or ``n`` of them: the first twelve, then
    names combined from theirs (deterministic, all different)."""
    if n is None:
        return list(CANDIDATES)
    people = list(CANDIDATES[:n])
    lasts = [c[0] for c in CANDIDATES]
    firsts = [c[1] for c in CANDIDATES]
    k = 0
    while len(people) < n:
        last = f"{lasts[k % len(lasts)]}-{lasts[(k // len(lasts) + k + 1) % len(lasts)]}"
        first = firsts[(k * 5 + 1) % len(firsts)]
        strength = CANDIDATES[(k * 7) % len(CANDIDATES)][2]
        if (last, first) not in {(p[0], p[1]) for p in people}:
            people.append((last, first, strength))
        k += 1
    return people


def demo_jurors(m: int | None) -> list[tuple[str, str, str]]:
    """The three demo jurors, or ``m`` of them (more outside professionals)."""
    if m is None:
        return list(JURORS)
    jurors = list(JURORS[:m])
    n = 1
    while len(jurors) < m:
        jurors.append((f"Professionnel {n:02d}", "professionnel", f"pro{n:02d}@exemple.fr"))
        n += 1
    return jurors


def create_demo(
    out_dir: Path,
    referential_path: Path | None = None,
    *,
    candidates: int | None = None,
    jurors: int | None = None,
) -> DemoFiles:
    """Write the demo session and the jurors' files into ``out_dir``: twelve
    candidates and three jurors unless ``candidates`` / ``jurors`` say otherwise."""
    people = demo_candidates(candidates)
    members = demo_jurors(jurors)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    referential_path = referential_path or default_referential()
    rng = random.Random(SEED)
    session_path = out_dir / f"session-demo{SESSION_SUFFIX}"
    targets = [session_path] + [out_dir / session_ops.juror_file_name(n) for n, _, _ in members]
    existing = [p.name for p in targets if p.exists()]
    if existing:
        raise FileRefused(
            f"La démonstration existe déjà dans {out_dir} ({', '.join(existing)}) : "
            "choisissez un dossier vide."
        )
    ref = load_referential(referential_path)
    assessment_ids = _demo_assessments(ref)
    evaluated = [ref.assessment(aid) for aid in assessment_ids]
    durations = demo_durations(evaluated)
    with session_ops.create_session(
        referential_path,
        session_path,
        title=f"Session de démonstration — {ref.title}",
        session_date=date(2025, 6, 12),
        place="Lyon — campus Part-Dieu, salle B12",
        assessment_ids=assessment_ids,
        durations=durations,
        durable=False,  # generated in bulk: a flush per commit would cost seconds
    ) as g:
        for name, role, email in members:
            session_ops.add_juror(g, name, role, email)
        for i, (last, first, _strength) in enumerate(people, start=1):
            tiers = last == TIERS_TEMPS
            session_ops.add_candidate(
                g,
                last,
                first,
                external_id=f"CM-2025-{i:03d}",
                email=f"{_ascii(first)}.{_ascii(last)}@exemple.fr",
                accommodation_type="tiers-temps" if tiers else "",
                accommodation_detail=DECISION if tiers else "",
                accommodation_authorised_by=AUTHORISED_BY if tiers else "",
                extra_time_ratio=TIERS_TEMPS_RATIO if tiers else 0.0,
            )
        juror_files = session_ops.export_juror_files(g, out_dir)
    strengths = {(last, first): s for last, first, s in people}
    # What each candidate truly shows, criterion by criterion; each juror sees it
    # with a little noise: that is where the disagreements come from.
    truth: dict[tuple[str, str], str | float] = {}
    # Each juror's key is born the way a juror's is, but kept in the demo folder
    # (never in the files), so the demo leaves nothing in the user's own keys.
    keys_folder = out_dir / DEMO_KEYS_DIR
    for path_index, path in enumerate(juror_files):
        _grade_juror_file(
            path, strengths, truth, rng, juror_noise=0.06 + 0.03 * path_index,
            keys_folder=keys_folder,
        )  # fmt: skip
    return DemoFiles(session=session_path, juror_files=juror_files)


def _grade_juror_file(
    path: Path,
    strengths: dict[tuple[str, str], float],
    truth: dict[tuple[str, str], str | float],
    rng: random.Random,
    juror_noise: float,
    keys_folder: Path,
) -> None:
    with open_file(path, durable=False) as jf:
        keys.create_juror_key(jf, directory=keys_folder)
        signing_key = keys.load_signing_key(jf, directory=keys_folder)
        session = session_ops.session_view(jf)
        candidates = {c.id: c for c in session_ops.list_candidates(jf)}
        order = {a.id: i for i, a in enumerate(jf.referential.assessments)}
        sheets = sorted(
            marks.list_sheets(jf),
            key=lambda sh: (
                sort_key(candidates[sh.candidate_id].display_name),
                order[sh.assessment_id],
            ),
        )
        for sheet in sheets:
            cand = candidates[sheet.candidate_id]
            strength = strengths.get((cand.last_name, cand.first_name), 0.8)
            assessment = jf.referential.assessment(sheet.assessment_id)
            values: dict[str, str | float | None] = {}
            observations: dict[str, str] = {}
            for criterion in assessment.criteria:
                key = (cand.id, criterion.id)
                if key not in truth:
                    truth[key] = _value(assessment, rng.random() < strength, rng)
                value = truth[key]
                if rng.random() < juror_noise:
                    value = _value(assessment, not assessment.scale.is_passing(value), rng)
                values[criterion.id] = value
                passing = bool(assessment.scale.is_passing(value))
                if rng.random() < 0.2 or not passing:
                    observations[criterion.id] = rng.choice(PASSED if passing else FAILED)
            marks.set_marks(jf, sheet.id, values, observations)
            marks.set_sheet_observation(jf, sheet.id, rng.choice(GENERAL))
            allowed = extended_minutes(
                effective_duration(session, assessment) or DEMO_MINUTES, cand.extra_time_ratio
            )
            elapsed = (allowed or DEMO_MINUTES) * 60 - rng.randint(0, 240)
            marks.save_timer(jf, sheet.id, int(elapsed))
            sign_sheet(jf, sheet.id, signing_key)
