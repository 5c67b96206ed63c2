"""The window's language: our French catalogue plus Qt's own, chosen at start or from a menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from delegation_app.paths import resource_path
from ui import settings as keys

LANGUAGES = ("fr", "en")
#: The language the source strings are written in: it needs no catalogue.
SOURCE_LANGUAGE = "en"


def arg(template: str, *values: object) -> str:
    """Qt's ``%1 %2`` placeholders filled in, as translators see them in the catalogue."""
    for number in range(len(values), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def preferred_language(settings: QSettings) -> str:
    """The language saved from the menu, else French on a French system, else English."""
    saved = keys.read_str(settings, keys.LANGUAGE)
    return saved if saved in LANGUAGES else system_language()


def catalogue_path(language: str) -> Path:
    return resource_path("translations", f"delegation_{language}.qm")


def qt_catalogue_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class Translations:
    """Installs the catalogues of one language on the application, replacing the previous."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, language: str) -> bool:
        """Switch to ``language``; False when our own catalogue for it is missing."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self.remove()
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == SOURCE_LANGUAGE:
            return True
        found = True
        ours = QTranslator()
        if ours.load(str(catalogue_path(language))):
            self._add(ours)
        else:
            found = False
        qt_own = QTranslator()
        # Standard buttons and dialogs (Cancel, Save...) from Qt's catalogue, when shipped.
        if qt_own.load(f"qtbase_{language}", qt_catalogue_folder()):
            self._add(qt_own)
        return found

    def _add(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = SOURCE_LANGUAGE
        QLocale.setDefault(QLocale(QLocale.Language.English))


#: The application's one set of installed catalogues.
translations = Translations()


def core_text(said: BaseException | str) -> str:
    """A core error or message in the window's language (``delegation_app.messages``): a
    ``ValidationError`` with its field named, a ``Said`` from the French catalogue."""
    from delegation_app.messages import explain, in_language

    if isinstance(said, BaseException):
        return explain(said, translations.language)
    return in_language(said, translations.language)


def core_sentence(said: str) -> str:
    """A core message shown on its own under a field: in the window's language, capitalised."""
    text = core_text(said)
    return text[:1].upper() + text[1:]
