"""Light and dark palettes, both readable in a bright exam room."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

_LIGHT = {
    "Window": "#f4f5f7", "WindowText": "#1d2330", "Base": "#ffffff",
    "AlternateBase": "#eef1f5", "Text": "#1d2330", "Button": "#e8ebf0",
    "ButtonText": "#1d2330", "Highlight": "#2f6fb2", "HighlightedText": "#ffffff",
    "ToolTipBase": "#ffffdc", "ToolTipText": "#1d2330", "PlaceholderText": "#6b7280",
    "Link": "#1f5fa0", "Mid": "#c3c8d0", "Dark": "#9aa1ac", "Light": "#ffffff",
}
_DARK = {
    "Window": "#23262d", "WindowText": "#e8eaed", "Base": "#1b1d22",
    "AlternateBase": "#2a2e36", "Text": "#e8eaed", "Button": "#30343c",
    "ButtonText": "#e8eaed", "Highlight": "#4c8fd6", "HighlightedText": "#0d1117",
    "ToolTipBase": "#30343c", "ToolTipText": "#e8eaed", "PlaceholderText": "#9aa0a6",
    "Link": "#8ab4f8", "Mid": "#4a4f59", "Dark": "#15171b", "Light": "#3a3f48",
}


def palette(theme: str) -> QPalette:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if theme not in ("light", "dark"):
        return app.style().standardPalette()
    pal = QPalette()
    for role, colour in (_DARK if theme == "dark" else _LIGHT).items():
        pal.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    disabled = QColor("#8a8f98")
    for greyed in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                   QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, greyed, disabled)
    return pal


def apply_theme(theme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(palette(theme))


def is_dark() -> bool:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


# Text colours for meaning (success, error, warning…), readable on each
# palette's window and base colours: the dark tones of the light theme are
# unreadable on the dark theme's background.
_TONES_LIGHT = {"ok": "#1b5e20", "error": "#b71c1c", "warning": "#8a4b00",
                "muted": "#5f6672", "info": "#1f5fa0"}
_TONES_DARK = {"ok": "#81c784", "error": "#ef9a9a", "warning": "#ffcc80",
               "muted": "#a3a9b3", "info": "#8ab4f8"}


def tone(name: str) -> str:
    """« ok », « error », « warning », « muted » or « info », for the current palette."""
    return (_TONES_DARK if is_dark() else _TONES_LIGHT)[name]


def tone_style(name: str, bold: bool = False) -> str:
    return f"color: {tone(name)};" + (" font-weight: bold;" if bold else "")
