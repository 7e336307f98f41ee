"""Language of the interface. French source strings; English from
``i18n/grader_en.qm``, compiled from ``grader_en.ts`` with
``pyside6-lrelease`` (regenerate with ``python -m grader.ui.i18n_build``).

Installing a translator makes Qt send a LanguageChange event to every widget;
each window answers it by retranslating itself, so a switch is live."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English"}
DEFAULT_LANGUAGE = "fr"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def set_language(code: str) -> bool:
    """Install the translators of ``code``; False when the language is unknown
    or its file is missing (the interface then stays in French)."""
    global _current
    app = QCoreApplication.instance()
    if app is None or code not in LANGUAGES:
        return False
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own words (OK, Annuler, Oui…) in the chosen language.
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    ok = True
    if code != "fr":
        ours = QTranslator(app)
        ok = ours.load(str(I18N_DIR / f"grader_{code}.qm"))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
    lang = QLocale.Language.French if code == "fr" else QLocale.Language.English
    QLocale.setDefault(QLocale(lang))
    _current = code if ok else DEFAULT_LANGUAGE
    if not _installed:
        # No translator changed: still tell the windows (back to French).
        from PySide6.QtCore import QEvent

        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return ok
