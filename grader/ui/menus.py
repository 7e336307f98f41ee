"""The « Paramètres » menu shared by every window: language and theme."""

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from grader.ui import i18n, settings, theme


def change_language(code: str) -> None:
    if i18n.set_language(code):
        settings.put(settings.LANGUAGE, code)


def change_theme(name: str) -> None:
    theme.apply_theme(name)
    settings.put(settings.THEME, name)


class SettingsMenu(QMenu):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsMenu")
        self.language_menu = self.addMenu("")
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            # Each language is named in itself, so anyone can find their way back.
            act = self.language_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == i18n.current_language())
            act.setObjectName(f"language_{code}")
            act.triggered.connect(lambda _c=False, c=code: change_language(c))
            group.addAction(act)
            self.language_actions[code] = act
        self.theme_menu = self.addMenu("")
        self.theme_actions: dict[str, QAction] = {}
        tgroup = QActionGroup(self)
        current = settings.get(settings.THEME)
        for name in theme.THEMES:
            act = self.theme_menu.addAction("")
            act.setCheckable(True)
            act.setChecked(name == current)
            act.triggered.connect(lambda _c=False, n=name: change_theme(n))
            tgroup.addAction(act)
            self.theme_actions[name] = act
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("&Paramètres"))
        self.language_menu.setTitle(self.tr("Langue"))
        self.theme_menu.setTitle(self.tr("Thème"))
        labels = {"system": self.tr("Comme le système"), "light": self.tr("Clair"),
                  "dark": self.tr("Sombre")}
        for name, act in self.theme_actions.items():
            act.setText(labels[name])
        for code, act in self.language_actions.items():
            act.setChecked(code == i18n.current_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
