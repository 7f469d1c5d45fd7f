"""Languages: the Spanish interface is complete and safe, language can be chosen and is
remembered, the framework content and documents follow it, and pseudo-localisation
finds any visible text that never went through the translator."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from competence_app import i18n, settings
from competence_app.paths import resource_path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "competence_app_es.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
MNEMONIC = re.compile(r"&(?=[^&\s])")


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    if QCoreApplication.instance() is not None:
        i18n.install("en")


def messages(path: Path = TS) -> list[tuple[str, str, ElementTree.Element]]:
    tree = ElementTree.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((context.findtext("name"), message.findtext("source"), translation))
    return found


def translation_texts(translation: ElementTree.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


# -- the translation files -------------------------------------------------------------


def test_every_message_of_the_interface_is_translated_into_spanish():
    unfinished = [
        f"{context}: {source}"
        for context, source, translation in messages()
        if translation is None
        or translation.get("type") == "unfinished"
        or not all(text.strip() for text in translation_texts(translation))
    ]
    assert unfinished == []


def test_placeholders_and_mnemonics_match_between_languages():
    problems = []
    for context, source, translation in messages():
        for text in translation_texts(translation):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} (keyboard letter)")
    assert problems == []


def test_the_translation_file_has_every_string_of_the_code():
    """Nobody can add a string and forget to run tools/translations.py update."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_compiled_translation_is_not_stale(tmp_path, language):
    """The .qm the app loads is exactly what lrelease makes of today's .ts."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    fresh = translations.release([TS.with_name(f"competence_app_{language}.ts")], tmp_path)[0]
    shipped = i18n.translation_file(language)
    assert shipped.is_file(), "run: python tools/translations.py release"
    assert shipped.read_bytes() == fresh.read_bytes()


# -- plurals ------------------------------------------------------------------------------

EN_TS = TS.with_name("competence_app_en.ts")


@pytest.mark.parametrize("path", [TS, EN_TS], ids=["es", "en"])
def test_every_count_has_its_plural_forms(path):
    """Every message with %n is a plural message with a finished form for one and for many;
    the English file holds only those, so English counts say "1 goal" and "2 goals"."""
    tree = ElementTree.parse(path)
    problems = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if not re.search(r"%L?n", source):
                if path == EN_TS:
                    problems.append(f"{source!r} is in the English file but is no plural")
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            if message.get("numerus") != "yes" or len(forms) != 2 or not all(forms):
                problems.append(f"{source!r}: {forms}")
            elif translation.get("type") == "unfinished":
                problems.append(f"{source!r} is unfinished")
    assert problems == []
    if path == EN_TS:
        assert len(tree.getroot().findall(".//message")) > 30


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 goal", "2 goals"), ("es", "1 objetivo", "2 objetivos")],
)
def test_counts_use_real_plurals_in_the_backups_list(qapp, language, one, two):
    """English is installed like any language, so one goal is "1 goal", not "1 goals"."""
    from datetime import datetime

    from competence_app.gui.dialogs.backups_dialog import describe
    from competence_app.store.backups import BackupInfo

    assert i18n.install(language) == []

    def backup(goals: int) -> str:
        taken = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
        return describe(BackupInfo(Path("x"), taken, "daily", 1, 1, goals))

    assert backup(1).endswith(f", {one}")
    assert backup(2).endswith(f", {two}")
    reflection = "1 reflection" if language == "en" else "1 reflexión"
    assert f"{reflection}, " in backup(2)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["1 goal under way.", "2 goals under way."]),
        ("es", ["1 objetivo en marcha.", "2 objetivos en marcha."]),
    ],
)
def test_the_plans_summary_counts_goals_with_real_plurals(qapp, tmp_path, language, expected):
    """The exported plan's summary: "1 goal" / "2 goals", "1 objetivo" / "2 objetivos"."""
    from competence_app.domain.framework import load_framework
    from competence_app.paths import database_path, default_framework_file
    from competence_app.reports.export import export_plan
    from competence_app.reports.options import ExportOptions
    from competence_app.store import plans, profiles, reflections
    from competence_app.store.database import open_database

    assert i18n.install(language) == []
    framework = load_framework(default_framework_file(language))
    db = open_database(database_path(tmp_path))
    person = profiles.create_profile(db, "Robin", [])
    reflections.create_reflection(db, person.id, "", framework.id, framework.version)
    found = []
    for number in range(2):
        goal = plans.create_goal(db, person.id, f"Goal {number}", [], [])
        goal.status = "under_way"
        plans.save_goal(db, goal)
        options = ExportOptions(format="md", sections=frozenset({"summary"}))
        text = export_plan(db, framework, person.id, options, tmp_path / "plan.md").read_text()
        found.append(expected[number] in text.replace("\\", ""))
    db.close()
    assert found == [True, True]


def test_english_counts_are_right_without_qt_too():
    """The command line and the Qt-free layers count in English from the same file."""
    code = (
        "from competence_app.wording import counted;"
        "print(counted('goals', 1), counted('goals', 2), counted('people', 1), sep='|')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "1 goal|2 goals|1 person"


def test_a_spanish_framework_content_file_ships_with_the_app():
    from competence_app.paths import default_framework_file

    assert default_framework_file("es").name == "citizen-leadership.es.toml"
    assert default_framework_file("en").name == "citizen-leadership.toml"
    assert default_framework_file("fr").name == "citizen-leadership.toml"


# -- choosing a language ---------------------------------------------------------------


def test_the_language_follows_the_system_unless_one_is_chosen(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    assert i18n.chosen_language("") == "es"
    assert i18n.chosen_language("en") == "en"
    assert i18n.chosen_language("klingon") == "es"


def test_spanish_translates_the_app_and_qt_itself(qapp):
    assert i18n.install("es") == []
    assert QCoreApplication.translate("Menus", "&File") != "&File"
    # Qt's own strings, such as the buttons of standard dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    i18n.install("en")
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def open_spanish_capable_window(qtbot, folder: Path):
    """A window on the standard framework, as the app opens it (not a fixed framework)."""
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import prepare_data_dir

    window = MainWindow(prepare_data_dir(folder))
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    return window


def menu_titles(window) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_choosing_spanish_changes_menus_pages_and_content_at_once_and_is_remembered(
    qtbot, data_dir, person
):
    window = open_spanish_capable_window(qtbot, data_dir)
    assert "File" in menu_titles(window)
    english_name = window.workspace.flow.pages[0].findChild(QLabel).text()

    from competence_app.gui.shell import commands
    from competence_app.gui.shell.command import do

    do(window.context, window, commands.change_language, "es")
    assert settings.load(data_dir)[settings.LANGUAGE.key] == "es"
    titles = menu_titles(window)
    assert "File" not in titles and "Archivo" in titles
    spanish = tomllib.loads(
        resource_path("resources", "framework", "citizen-leadership.es.toml").read_text("utf-8")
    )
    first = spanish["competences"][0]["name"]
    assert window.context.framework.competences[0].name == first
    page_texts = " ".join(
        label.text() for label in window.workspace.flow.pages[0].findChildren(QLabel)
    )
    assert first in page_texts and english_name not in page_texts
    # Only one set of menus remains, so no shortcut is claimed twice.
    qtbot.wait(10)
    assert len(window.menuBar().actions()) == len(titles)

    window.close()
    i18n.install("en")
    from competence_app.gui.shell.app import run  # noqa: F401  (the same start-up path)

    assert i18n.chosen_language(settings.load(data_dir)[settings.LANGUAGE.key]) == "es"


def test_the_exported_plan_speaks_the_folders_language(data_dir, person, tmp_path):
    from competence_app.cli import main

    settings.save(data_dir, settings.LANGUAGE.key, "es")
    out = tmp_path / "plan.md"
    assert (
        main(["--data-dir", str(data_dir), "export", "--format", "md", "--output", str(out)]) == 0
    )
    text = out.read_text("utf-8")
    i18n.install("es")
    assert QCoreApplication.translate("PlanDocument", "Personal development plan") in text
    assert "Personal development plan" not in text


# -- nothing visible is left untranslated ------------------------------------------------


def visible_texts(root: QWidget) -> list[str]:
    """What a person can read or hear on `root`: texts, titles, placeholders, names, tips."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            for column in range(columns):
                texts.append(str(model.headerData(column, Qt_Horizontal()) or ""))
            for row in range(model.rowCount(top)):
                for column in range(columns):
                    value = model.data(model.index(row, column))
                    texts.append(value if isinstance(value, str) else "")
    return [text for text in texts if text and text.strip()]


def Qt_Horizontal():  # noqa: N802
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def english_patterns() -> list[re.Pattern]:
    """Each English message that Spanish says differently, as a pattern for a whole line."""
    patterns = []
    for _context, source, translation in messages():
        if translation is None or translation_texts(translation) == [source]:
            continue
        words = PLACEHOLDER.sub("", source).replace("&", "")
        if len(re.findall(r"[A-Za-z]{3,}", words)) < 1:
            continue
        pieces = PLACEHOLDER.split(source.replace("&", ""))
        pattern = ".+?".join(re.escape(piece) for piece in pieces)
        patterns.append(re.compile(rf"^\s*{pattern}\s*$", re.DOTALL))
    return patterns


def every_screen(qtbot, folder: Path):
    """The main window on each tab, and every dialog, as a person could open them."""
    from screens import every_dialog

    window = open_spanish_capable_window(qtbot, folder)
    screens = []
    for index in (0, len(window.workspace.flow.pages) - 1):  # a competence page and a role page
        window.workspace.flow.go_to(index)
        screens.append((f"reflection page {index + 1}", visible_texts(window)))
    window.workspace.flow.pages[0].develop.setChecked(True)
    window.show_tab("results")
    screens.append(("results", visible_texts(window)))
    window.workspace.results.starters.buttons[0].click()
    window.workspace.plan.editor.add_action()
    window.workspace.plan.editor.add_support()
    screens.append(("plan", visible_texts(window)))
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        screens.append(("menu", [menu.title()] + [a.text() for a in menu.actions()]))
    dialogs = every_dialog(window, folder)
    for dialog in dialogs:
        screens.append((type(dialog).__name__, visible_texts(dialog)))
    return window, screens


def first_screens(qtbot, tmp_path: Path):
    """The welcome page of an empty folder, and the chooser of a shared laptop."""
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import profiles
    from competence_app.store.database import open_database

    welcome = open_spanish_capable_window(qtbot, tmp_path / "empty")
    screens = [("welcome", visible_texts(welcome))]
    shared = prepare_data_dir(tmp_path / "shared")
    db = open_database(database_path(shared))
    profiles.create_profile(db, "Robin", ["carer"])
    profiles.create_profile(db, "Sam", [])
    db.close()
    chooser = open_spanish_capable_window(qtbot, shared)
    screens.append(("chooser", visible_texts(chooser)))
    return screens


def test_no_visible_text_of_the_spanish_interface_is_left_in_english(
    qtbot, data_dir, person, tmp_path
):
    settings.save(data_dir, settings.LANGUAGE.key, "es")
    i18n.install("es")
    window, screens = every_screen(qtbot, data_dir)
    screens += first_screens(qtbot, tmp_path)
    patterns = english_patterns()
    left = sorted(
        {
            f"{where}: {line.strip()!r}"
            for where, texts in screens
            for text in texts
            for line in text.splitlines()
            if any(pattern.match(line.replace("&", "")) for pattern in patterns)
        }
    )
    assert left == []


def framework_strings() -> set[str]:
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    folder = resource_path("resources", "framework")
    for path in folder.glob("*.toml"):
        walk(tomllib.loads(path.read_text("utf-8")))
    return found


def untranslated(text: str, known: list[str]) -> str:
    """What is left of `text` once translated [pieces], content and data are taken out."""
    previous = None
    while previous != text:  # innermost brackets first: translations nest
        previous, text = text, re.sub(r"\[[^\[\]]*\]", " ", text)
    for piece in known:
        text = text.replace(piece, " ")
    # Dates and times, numbers and file paths carry no words to translate.
    text = re.sub(r"\S*[/\\]\S*|\d+", " ", text)
    return " ".join(re.findall(r"[^\W\d_]{2,}", text))


def test_pseudo_localisation_finds_no_text_that_skips_the_translator(
    qtbot, data_dir, person, tmp_path
):
    """Every visible text goes through the translator (or is content or the person's data)."""
    from competence_app import APP_NAME, __version__

    i18n.install("en", pseudo=True)
    window, screens = every_screen(qtbot, data_dir)
    screens += first_screens(qtbot, tmp_path)
    known = [APP_NAME, "Robin", "Sam", "Start of programme", "carer", __version__, "PDF", "ODT"]
    known += ["HTML", "Markdown", "A4", "Letter", "Ctrl", "Shift", "Alt", "PgUp", "PgDown"]
    known += ["Space", "Return", "Enter", "Esc", "Del", "Tab", "Up", "Down", "Left", "Right"]
    # Longest first, so a name is taken out whole before any shorter text inside it.
    known = sorted(framework_strings() | set(known), key=len, reverse=True)
    left = sorted(
        {
            f"{where}: {text.strip()!r} -> {rest!r}"
            for where, texts in screens
            for text in texts
            if (rest := untranslated(text, known))
        }
    )
    assert left == []


def test_the_pseudo_translator_keeps_placeholders_and_grows_text_by_two_fifths():
    from competence_app.pseudo import lengthen

    text = "Saved at {time} on &File <b>today</b>\nagain"
    grown = lengthen(text)
    assert "{time}" in grown and "&F" in grown and "<b>" in grown and "\n" in grown
    visible = len(re.sub(r"\{[^}]*\}|<[^>]*>|&|\n", "", text))
    assert len(re.sub(r"\{[^}]*\}|<[^>]*>|&|\n", "", grown)) >= visible * 1.4


def test_the_checks_would_notice_english_and_unbracketed_text(qapp):
    """The two walkers above are only worth something if they can fail."""
    root = QWidget()
    QLabel("Saved at 12:30:01", root)
    patterns = english_patterns()
    assert any(pattern.match(text) for text in visible_texts(root) for pattern in patterns)
    assert untranslated("[Såvéd åt 12:30 ·] Where is my data?", ["Robin"]) == "Where is my data"
