"""French labels of the shared vocabulary, translatable on screen."""

from PySide6.QtCore import QCoreApplication

from grader.grading import vocabulary as v


def outcome_label(code: str) -> str:
    t = QCoreApplication.translate
    return {
        v.VALIDE: t("Labels", "Validé"),
        v.NON_VALIDE: t("Labels", "Non validé"),
        v.INCOMPLET: t("Labels", "Incomplet"),
        v.ABSENT: t("Labels", "Absent"),
        v.DEJA_ACQUIS: t("Labels", "Déjà acquis"),
    }.get(code, code)


def outcome_colour(code: str) -> str:
    return {v.VALIDE: "#2e7d32", v.NON_VALIDE: "#c62828"}.get(code, "#6b7280")
