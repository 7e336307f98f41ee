"""``grader session duration`` and the ``--duration ÉPREUVE=MINUTES`` option of
``session new``: the soutenance duration this session sets per épreuve, over
the référentiel's (registered by ``session_cmd``, under ``session``)."""

import argparse

from grader.cli.common import user_errors
from grader.grading import session_ops
from grader.grading.views import SessionView
from grader.models.store import GraderFile, open_file
from grader.referential import Assessment

NO_DURATION = ("none", "aucune", "aucun")


def _minutes(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"durée invalide : « {text} » (attendu un nombre entier de minutes, par exemple 30)"
        ) from None


def duration_pair(text: str) -> tuple[str, int]:
    """``veille=20`` → ``("veille", 20)``, for ``--duration``."""
    assessment, sep, minutes = text.partition("=")
    if not sep or not assessment.strip():
        raise argparse.ArgumentTypeError(
            f"durée invalide : « {text} » (attendu ÉPREUVE=MINUTES, par exemple veille=20)"
        )
    return assessment.strip(), _minutes(minutes)


def minutes_or_none(text: str) -> int | None:
    return None if text.strip().lower() in NO_DURATION else _minutes(text)


def add_arguments(new: argparse.ArgumentParser) -> None:
    new.add_argument(
        "--duration",
        action="append",
        default=[],
        type=duration_pair,
        metavar="ÉPREUVE=MINUTES",
        help="durée de la soutenance de cette épreuve pour la session (répétable), "
        "par exemple veille=20 ; par défaut celle du référentiel",
    )


def add_parser(actions: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    cmd = actions.add_parser(
        "duration",
        help="fixer la durée de la soutenance d'une épreuve pour cette session",
    )
    cmd.add_argument("session", metavar="SESSION")
    cmd.add_argument("assessment", metavar="ÉPREUVE", help="identifiant de l'épreuve")
    cmd.add_argument(
        "minutes",
        type=minutes_or_none,
        metavar="MINUTES",
        help="durée en minutes, ou « none » pour reprendre celle du référentiel",
    )
    cmd.set_defaults(func=user_errors(cmd_session_duration))


def durations_of(args: argparse.Namespace) -> dict[str, int]:
    """The ``--duration`` options as a mapping (the last one given wins)."""
    return dict(args.duration)


def cmd_session_duration(args: argparse.Namespace) -> int:
    with open_file(args.session) as g:
        view = session_ops.set_duration(g, args.assessment, args.minutes)
        assessment = g.referential.assessment(args.assessment)
        minutes = session_ops.effective_duration(view, assessment)
    if minutes is None:
        print(f"{assessment.title} : plus de durée fixée (le référentiel n'en prévoit pas).")
    elif args.minutes is None:
        print(f"{assessment.title} : durée du référentiel, {minutes} min.")
    else:
        print(f"{assessment.title} : soutenance de {minutes} min pour cette session.")
    return 0


def duration_text(view: SessionView, assessment: Assessment) -> str:
    minutes = session_ops.effective_duration(view, assessment)
    if minutes is None:
        return f"{assessment.title} : non prévue"
    source = "" if assessment.id in view.durations else " (référentiel)"
    return f"{assessment.title} : {minutes} min{source}"


def duration_line(g: GraderFile) -> str:
    """« Durées des soutenances : Veille : 20 min ; Oral : 20 min (référentiel) »."""
    view = session_ops.session_view(g)
    texts = [duration_text(view, a) for a in session_ops.evaluated_assessments(g)]
    return "Durées des soutenances : " + " ; ".join(texts)


def durations_json(g: GraderFile) -> dict[str, int | None]:
    """Épreuve id → effective minutes (``None``: no duration foreseen)."""
    view = session_ops.session_view(g)
    return {
        a.id: session_ops.effective_duration(view, a)
        for a in session_ops.evaluated_assessments(g)
    }
