"""The soutenance duration of each épreuve, as the lead sets it for a session:
one spin box per épreuve, prefilled with the référentiel's minutes. Used by
« Nouvelle session » and by « Préparation → Durées des soutenances… »."""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the start screen imports this module and must show at once
    from grader.referential import Assessment

NO_DURATION = 0  # the spin box's special value: « non prévue »
# As grader.grading.durations checks them, without importing the storage layer.
MIN_MINUTES, MAX_MINUTES = 1, 600


class DurationsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("durationsEditor")
        self.assessments: list[Assessment] = []
        self.spins: dict[str, QSpinBox] = {}
        self.rows = QWidget()
        self.form = QFormLayout(self.rows)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.rows)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setMaximumHeight(260)  # 13 épreuves in the largest référentiel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def set_assessments(
        self, assessments: Sequence["Assessment"], durations: Mapping[str, int] | None = None
    ) -> None:
        """One row per épreuve showing ``durations`` (the session's), else the
        référentiel's minutes, else « non prévue »."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.assessments = list(assessments)
        self.spins = {}
        durations = durations or {}
        for a in self.assessments:
            spin = QSpinBox(self.rows)
            spin.setObjectName(f"duration_{a.id}")
            # A duration the référentiel gives can be changed, not removed.
            spin.setRange(MIN_MINUTES if a.duration_minutes else NO_DURATION, MAX_MINUTES)
            spin.setValue(durations.get(a.id, a.duration_minutes or NO_DURATION))
            label = QLabel(a.title, self.rows)
            label.setBuddy(spin)
            label.setToolTip(a.modality)
            self.form.addRow(label, spin)
            self.spins[a.id] = spin
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for a in self.assessments:
            spin = self.spins[a.id]
            spin.setSuffix(self.tr(" min"))
            spin.setSpecialValueText(self.tr("non prévue"))
            spin.setAccessibleName(self.tr("Durée de la soutenance : %1").replace("%1", a.title))
            if a.duration_minutes:
                spin.setToolTip(self.tr("Le référentiel prévoit %1 min.")
                                .replace("%1", str(a.duration_minutes)))
            else:
                spin.setToolTip(self.tr("Le référentiel ne fixe pas de durée."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_minutes(self, assessment_id: str, minutes: int) -> None:
        self.spins[assessment_id].setValue(minutes)

    def durations(self) -> dict[str, int]:
        """What the session must store: the minutes that differ from the
        référentiel's (an unchanged référentiel duration stays the référentiel's)."""
        chosen: dict[str, int] = {}
        for a in self.assessments:
            value = self.spins[a.id].value()
            if value != NO_DURATION and value != a.duration_minutes:
                chosen[a.id] = value
        return chosen
