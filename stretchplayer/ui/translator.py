"""The window's words in the language in use: Qt's translation system, fed by the catalogue.

`tr()` anywhere in Qt asks the installed QTranslators. `CatalogueTranslator` answers from the
same .ts entries the command line and the core read (core/i18n.py), so there is one catalogue;
Qt's own words (OK, Cancel, Restore Defaults, the file dialog) come from the `qtbase_<code>.qm`
that ships with Qt. The language is chosen once, at start (cli/main.py); Preferences says a
new choice takes effect the next time StretchPlayer starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from stretchplayer.core import i18n


class CatalogueTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # The source itself when there is no translation: Qt would take "" as one.
        return i18n.lookup(context, source, disambiguation or "", n) or source

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []  # Qt does not own them: kept here while installed


def install(app: QCoreApplication) -> None:
    """Install the translators for the language in use on `app` (replacing earlier ones)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = i18n.language()
    QLocale.setDefault(QLocale(code))  # day and month names, number formats
    if code == i18n.SOURCE:
        # Qt's words and ours are written in English: there is nothing to ask, and a
        # translator answering in Python would be called for every word Qt's widgets show.
        return
    translators: list[QTranslator] = [CatalogueTranslator(app)]
    qt_words = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{code}", folder):
        translators.append(qt_words)  # installed last, asked first: Qt's contexts only
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
