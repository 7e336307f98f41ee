"""French labels of the shared vocabulary, translatable on screen."""

from PySide6.QtCore import QCoreApplication

from grader.grading import vocabulary as v
from grader.ui.theme import tone

# lupdate only recognises calls spelled translate("Context", "…").
translate = QCoreApplication.translate


def outcome_label(code: str) -> str:
    return {
        v.VALIDE: translate("Labels", "Validé"),
        v.NON_VALIDE: translate("Labels", "Non validé"),
        v.INCOMPLET: translate("Labels", "Incomplet"),
        v.ABSENT: translate("Labels", "Absent"),
        v.DEJA_ACQUIS: translate("Labels", "Déjà acquis"),
    }.get(code, code)


def outcome_colour(code: str) -> str:
    return tone({v.VALIDE: "ok", v.NON_VALIDE: "error"}.get(code, "muted"))
