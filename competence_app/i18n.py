"""Languages: which one to use, and Qt's translators for it.

Every visible string goes through Qt's translator: `self.tr()` inside widgets and
`translate("Context", "...")` elsewhere, always with literal text so that
`pyside6-lupdate` finds it (see tools/translations.py). Nothing is installed at
import time; `install()` is called once the application object exists.
"""

from __future__ import annotations

from competence_app.paths import resource_path


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of `text` once `install()` has chosen a language, else `text`.

    Qt is imported only then, so the Qt-free layers (domain, store, exchange) can word
    their messages through this too: in a plain Python process they stay in English
    and never load Qt; in the app they speak the person's language.

    A text with `%n` is a plural message: give the count as `n`, and the form for that
    count comes back with `%n` filled in ("%n goals" -> "1 goal", "2 goals"); `%Ln`
    writes the count as the language writes big numbers ("988,000", "988.000"). Every
    language has its forms in its .ts file, English too (competence_app_en.ts).
    """
    if not _state["installed"]:
        return _english_plural(context, text, n) if n >= 0 else text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


SOURCE_LANGUAGE = "en"
# Each language the interface, the framework content and the documents are written in,
# named in its own words so a person can find theirs whatever language is showing.
LANGUAGES = {"en": "English", "es": "Español"}
QM_PREFIX = "competence_app"

_installed: list = []  # kept referenced: Qt does not own installed translators
_state = {"language": SOURCE_LANGUAGE, "installed": False}


def system_language() -> str:
    """The system's language if the app speaks it, else English."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def environment_language() -> str | None:
    """The language the environment asks for, without Qt: a language the app speaks named in
    LANGUAGE, else the one of LC_ALL, LC_MESSAGES or LANG (the first that is set; "C" is
    English). None when none of them is set (Windows, or an app started without them)."""
    import os

    for name in os.environ.get("LANGUAGE", "").split(":"):
        if _code(name) in LANGUAGES:
            return _code(name)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = _code(value)
            return code if code in LANGUAGES else SOURCE_LANGUAGE
    return None


def _code(name: str) -> str:
    """ "es_ES.UTF-8" -> "es"."""
    return name.split(".")[0].split("@")[0].replace("_", "-").split("-")[0].lower()


def chosen_language(preference: str) -> str:
    """The language to use for a saved preference ("" follows the system)."""
    return preference if preference in LANGUAGES else system_language()


def current_language() -> str:
    """The language last installed (English until `install` is called)."""
    return _state["language"]


def translation_file(language: str):
    return resource_path("resources", "translations", f"{QM_PREFIX}_{language}.qm")


def install(language: str, pseudo: bool = False) -> list[str]:
    """Use `language` from now on; returns the problems met, in plain words.

    Qt's own `qtbase` translation is loaded too, so the buttons of standard
    dialogs (Open, Cancel, Yes) speak the same language as the rest.
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _state.update(language=language, installed=True)
    QLocale.setDefault(QLocale(language))
    problems = []
    if pseudo:
        from competence_app.pseudo import PseudoTranslator

        _add(app, PseudoTranslator())
        return problems
    # English has a file too: the source text is English, but only a translation knows
    # that one goal is "1 goal" and two are "2 goals".
    ours = QTranslator()
    path = translation_file(language)
    if ours.load(str(path)):
        _add(app, ours)
    else:
        problems.append(
            f"The {LANGUAGES.get(language, language)} translation could not be read ({path})."
        )
    if language == SOURCE_LANGUAGE:
        return problems
    qt_own = QTranslator()
    if qt_own.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    ):
        _add(app, qt_own)
    return problems


def _english_plural(context: str, text: str, n: int) -> str:
    """The English form for n, without Qt: read from competence_app_en.ts, the file Qt's
    English translator is made from, so a plain Python process counts the same way."""
    if "forms" not in _state:
        _state["forms"] = _read_english_forms()
    forms = _state["forms"].get((context, text))
    if forms:
        text = forms[0] if n == 1 else forms[-1]
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def _read_english_forms() -> dict[tuple[str, str], list[str]]:
    import xml.etree.ElementTree as ElementTree

    path = resource_path("resources", "translations", f"{QM_PREFIX}_{SOURCE_LANGUAGE}.ts")
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): [
            form.text or "" for form in message.iter("numerusform")
        ]
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _add(app, translator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
