"""What a screen reader hears, through the real Linux accessibility stack.

The app runs under Xvfb with Qt's AT-SPI bridge on, in a private D-Bus session with the
accessibility bus; a reader walks what it exposes with pyatspi, as Orca does. Fails on a
label whose visible text cannot be read, a group of options without a spoken name, a
combo box or check box that does not say what it is for, a focus stop without a name,
a level chosen through the AT-SPI "toggle" action that is not saved, and a menu shortcut
that does nothing from a text field. Two app starts in all: one for a person's screens
and dialogs, one for the welcome page.
"""

from __future__ import annotations

import re
import shutil
import time

import pytest
from a11y_stack.stack import Session, Stack, missing_parts, spoken_by_orca, start_orca

pytestmark = pytest.mark.skipif(
    missing_parts() is not None, reason=f"no accessibility stack: {missing_parts()}"
)

SCREENS = ("competence", "role", "results", "plan")
DIALOGS = {"export": "Export my plan", "shortcuts": "Keyboard shortcuts"}
OPTION_GROUPS = ("panel", "grouping")  # Qt's group box is a "panel" over AT-SPI


def words(text: str) -> str:
    return " ".join(text.replace("&", "").split())


def subtree(tree: list[dict], root: dict) -> list[dict]:
    depth = len(root["path"])
    return [o for o in tree if o["path"][:depth] == root["path"]]


def window_of(tree: list[dict], title: str | None) -> list[dict]:
    """The main window's objects, or a dialog's (found by its title)."""
    role = "dialog" if title else "frame"
    windows = [o for o in tree if o["role"] == role and (title is None or o["name"] == title)]
    assert windows, f"no {role} {title or ''} in the accessible tree"
    return subtree(tree, windows[0])


def ancestors(tree: list[dict], obj: dict) -> list[dict]:
    by_path = {tuple(o["path"]): o for o in tree}
    path = obj["path"]
    return [
        by_path[tuple(path[:n])] for n in range(len(path) - 1, 0, -1) if tuple(path[:n]) in by_path
    ]


def spoken(obj: dict) -> str:
    return obj["name"] if obj["text"] is None else obj["text"] or obj["name"]


# -- the checks, each returning what a screen reader would miss ------------------------------


def unreadable_labels(objects: list[dict], shown: list[str]) -> list[str]:
    heard = {words(spoken(o)) for o in objects} | {words(o["name"]) for o in objects}
    # A level's sentence is read as part of its radio button's name ("3. Practising: …").
    choices = [words(o["name"]) for o in objects if o["role"] == "radio button"]
    return [
        text
        for text in shown
        if words(text) not in heard
        and not any(name.endswith(": " + words(text)) for name in choices)
    ]


def unnamed_option_groups(tree: list[dict], objects: list[dict]) -> list[str]:
    missing = []
    for radio in (o for o in objects if o["role"] == "radio button"):
        groups = [a for a in ancestors(tree, radio) if a["role"] in OPTION_GROUPS and a["name"]]
        if not groups:
            missing.append(radio["name"])
    return missing


def purpose_unspoken(tree: list[dict], objects: list[dict]) -> list[str]:
    missing = []
    for obj in objects:
        labels = [t for t in obj["relations"].get("labelled by", []) if t.strip()]
        if obj["role"] == "combo box" and not labels:
            missing.append(f"combo box read as its value {obj['name']!r}")
        elif obj["role"] == "check box":
            group = [
                a["name"] for a in ancestors(tree, obj) if a["role"] in OPTION_GROUPS and a["name"]
            ]
            if len((obj["name"] + " " + " ".join(labels)).split()) < 2 and not group:
                missing.append(f"check box {obj['name']!r}")
        elif obj["role"] in ("spin button", "date editor") and not (obj["name"] or labels):
            missing.append(f"{obj['role']} without a name")
    return missing


def unnamed_stops(objects: list[dict]) -> list[str]:
    return [
        f"{o['role']} at {o['path']}"
        for o in objects
        if "focusable" in o["states"] and not o["name"].strip() and o["role"] != "table cell"
    ]


def headings_without_role(objects: list[dict]) -> list[str]:
    return [
        o["name"]
        for o in objects
        if o["description"].startswith("heading level") and o["role"] != "heading"
    ]


# -- the app, started twice ------------------------------------------------------------------


def _person_folder(folder, framework):
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import plans, profiles, reflections
    from competence_app.store.database import open_database

    db = open_database(database_path(prepare_data_dir(folder)))
    profile = profiles.create_profile(db, "Robin", ["carer"])
    reflections.create_reflection(
        db, profile.id, "Start of programme", framework.id, framework.version
    )
    # A goal with an action and a support need, so the plan shows its date, kind and status.
    goal = plans.create_goal(db, profile.id, "Chair the carers' forum", ["mediating"])
    plans.add_action(db, goal.id, "Shadow the current chair twice")
    plans.add_support(db, goal.id, "training", "A place on the facilitation course")
    db.close()
    return profile


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = Stack(tmp_path_factory.mktemp("a11y-stack"))
    try:
        stack.start()
    except (OSError, RuntimeError) as error:
        stack.stop()
        pytest.skip(f"the accessibility stack did not start: {error}")
    yield stack
    stack.stop()


@pytest.fixture(scope="module")
def heard(stack, tmp_path_factory, framework):
    """Every main screen and dialog of a person's app, as the reader found it."""
    folder = tmp_path_factory.mktemp("a11y-person") / "data"
    profile = _person_folder(folder, framework)
    session = Session(stack, folder)
    screens = {}
    try:
        for screen in SCREENS:
            screens[screen] = session.show(screen)
        for screen in DIALOGS:
            screens[screen] = session.show(screen)
        yield {"session": session, "screens": screens, "folder": folder, "profile": profile}
    finally:
        session.close()


@pytest.fixture(scope="module")
def welcome(stack, tmp_path_factory):
    session = Session(stack, tmp_path_factory.mktemp("a11y-new") / "data")
    try:
        yield session.show("welcome")
    finally:
        session.close()


def screen_objects(heard, screen):
    tree, shown = heard["screens"][screen]
    return tree, window_of(tree, DIALOGS.get(screen)), shown


ALL = (*SCREENS, *DIALOGS)


@pytest.mark.parametrize("screen", ALL)
def test_every_label_can_be_read(heard, screen):
    _tree, objects, shown = screen_objects(heard, screen)
    if screen in SCREENS:
        assert shown, "the screen shows labels"
    assert unreadable_labels(objects, shown) == []


def test_every_label_of_the_welcome_page_can_be_read(welcome):
    tree, shown = welcome
    objects = window_of(tree, None)
    assert any("Nothing is sent over the internet" in text for text in shown)
    assert unreadable_labels(objects, shown) == []
    assert unnamed_stops(objects) == []
    assert purpose_unspoken(tree, objects) == []
    assert headings_without_role(objects) == []


@pytest.mark.parametrize("screen", ALL)
def test_every_group_of_options_has_a_spoken_name(heard, screen):
    tree, objects, _shown = screen_objects(heard, screen)
    assert unnamed_option_groups(tree, objects) == []


def test_the_two_role_scales_are_told_apart(heard):
    tree, objects, _shown = screen_objects(heard, "role")
    names = set()
    for radio in (o for o in objects if o["role"] == "radio button"):
        names |= {a["name"] for a in ancestors(tree, radio) if a["role"] in OPTION_GROUPS}
    assert any(n.endswith("describes what I do now") for n in names), names
    assert any(n.startswith("How much I'd like to grow into") for n in names), names


@pytest.mark.parametrize("screen", ALL)
def test_every_combo_and_check_box_says_what_it_is_for(heard, screen):
    tree, objects, _shown = screen_objects(heard, screen)
    assert purpose_unspoken(tree, objects) == []


@pytest.mark.parametrize("screen", ALL)
def test_no_focus_stop_without_a_name(heard, screen):
    _tree, objects, _shown = screen_objects(heard, screen)
    assert unnamed_stops(objects) == []


@pytest.mark.parametrize("screen", ("competence", "role", "results", "plan"))
def test_headings_are_headings(heard, screen):
    _tree, objects, _shown = screen_objects(heard, screen)
    assert [o for o in objects if o["role"] == "heading"]
    assert headings_without_role(objects) == []


def test_each_level_sentence_is_said_once(heard):
    _tree, objects, _shown = screen_objects(heard, "competence")
    radios = [o for o in objects if o["role"] == "radio button"]
    assert len(radios) >= 6
    for radio in radios:
        sentence = radio["name"].split(": ", 1)[-1]
        labels = radio["relations"].get("labelled by", [])
        assert not [label for label in labels if words(sentence) in words(label)], radio["name"]


@pytest.mark.parametrize(
    ("screen", "title"),
    [
        ("competence", "Active listening"),
        ("role", "Citizen Leader"),
        ("results", "My results"),
        ("plan", "My development plan"),
    ],
)
def test_each_page_has_a_title_a_screen_reader_speaks(heard, screen, title):
    """Where am I: the page is a named form, said as the focus enters it (test_orca_… hear it)."""
    tree, objects, _shown = screen_objects(heard, screen)
    forms = [o["name"] for o in objects if o["role"] == "form"]
    assert forms == [title], forms


def test_the_status_bar_is_named_and_its_text_read(heard):
    _tree, objects, _shown = screen_objects(heard, "results")
    bars = [o for o in objects if o["role"] == "status bar"]
    assert bars and bars[0]["name"]
    inside = subtree(objects, bars[0])
    assert any(o["name"].startswith("Saved at") for o in inside), [o["name"] for o in inside]


def test_the_results_tables_have_a_caption_and_empty_cells_speak(heard):
    _tree, objects, _shown = screen_objects(heard, "results")
    tables = [o for o in objects if o["role"] == "table"]
    assert len(tables) == 2
    assert all(t["name"] and t["description"] for t in tables)
    cells = [o["name"] for o in subtree(objects, tables[0]) if o["role"] == "table cell"]
    assert "not given" in cells and "no" in cells and "" not in cells


def test_the_export_dialog_is_modal_and_says_what_is_left_out(heard):
    tree, _objects, _shown = screen_objects(heard, "export")
    dialog = [o for o in tree if o["role"] == "dialog" and o["name"] == "Export my plan"][0]
    assert "modal" in dialog["states"]
    boxes = {o["name"]: o for o in subtree(tree, dialog) if o["role"] == "check box"}
    for personal in ("Looking after myself", "My examples and stories"):
        assert "left out unless you tick them" in boxes[personal]["description"]


def test_a_level_chosen_through_the_toggle_action_is_saved(heard, stack):
    """Voice control and switch access check a radio button without clicking it."""
    from competence_app.paths import database_path
    from competence_app.store import reflections
    from competence_app.store.database import open_database

    session = heard["session"]
    tree, _labels = session.show("competence")
    objects = window_of(tree, None)
    third = [o for o in objects if o["role"] == "radio button" and o["name"].startswith("3.")][0]
    assert "Toggle" in third["actions"] or "toggle" in [a.lower() for a in third["actions"]]
    action = [a for a in third["actions"] if a.lower() == "toggle"][0]
    assert session.act(third["path"], action) == "done"

    def level():
        db = open_database(database_path(heard["folder"]))
        try:
            reflection = reflections.latest_reflection(db, heard["profile"].id)
            return (
                reflection.competences[next(iter(reflection.competences))].level
                if reflection.competences
                else None
            )
        finally:
            db.close()

    deadline = time.monotonic() + 10
    while level() != 3 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert level() == 3
    after = window_of(session.tree(), None)
    first_item = [o for o in after if o["role"] == "list item"][0]
    assert (
        re.search(r"\banswered\b", first_item["name"]) and "not answered" not in first_item["name"]
    )


@pytest.mark.parametrize("field", ["label", "story"])
def test_the_export_shortcut_works_from_a_text_field(heard, field):
    assert heard["session"].export_key_from(field) == "Export my plan"


# -- what Orca says ----------------------------------------------------------------------------
# Orca and the app in a stack of their own (X server, D-Bus session, accessibility bus), so
# nothing earlier tests started or left behind is in the way; keys are pressed on the X
# keyboard, so Orca hears them as a person's.


class Listener:
    """The app with Orca listening; said_after() gives what Orca said after an action."""

    def __init__(self, stack, log, session):
        self.stack, self.log, self.session = stack, log, session

    def said_after(self, act, until, timeout: float = 90.0) -> list[str]:
        """What Orca said after act(), once until(said) holds (a slow first drawing of a
        page may take a while on a busy machine), and a moment more for the rest."""
        before = len(spoken_by_orca(self.log))
        act()
        deadline = time.monotonic() + timeout
        said = []
        while time.monotonic() < deadline:
            said = spoken_by_orca(self.log)[before:]
            if until(said):
                time.sleep(1.0)
                return spoken_by_orca(self.log)[before:]
            time.sleep(0.3)
        return said


def said_a(role):
    return lambda said: any(s.endswith(role) for s in said)


@pytest.fixture(scope="module")
def orca_stack(tmp_path_factory):
    if shutil.which("orca") is None:
        pytest.skip("Orca is not installed (Debian: orca)")
    folder = tmp_path_factory.mktemp("orca")
    stack = Stack(folder)
    try:
        stack.start()
        log = folder / "orca.log"
        start_orca(stack, log)
        yield stack, log
    except (OSError, RuntimeError) as error:
        pytest.fail(f"Orca did not start: {error}")
    finally:
        stack.stop()


@pytest.fixture(scope="module")
def orca(orca_stack, tmp_path_factory, framework):
    """Orca listening to a person's app."""
    stack, log = orca_stack
    folder = tmp_path_factory.mktemp("orca-person") / "data"
    _person_folder(folder, framework)
    session = Session(stack, folder)
    try:
        yield Listener(stack, log, session)
    finally:
        session.close()


def test_orca_says_which_question_the_levels_answer_and_each_sentence_once(orca):
    """What Orca 43 says as a competence page opens (its debug log holds every utterance)."""
    said = orca.said_after(lambda: orca.session.show("competence"), said_a("radio button"))
    assert "Active listening form" in said, said
    assert said.index("Active listening form") < said.index("Level for Active listening panel.")
    sentence = "I listen to others in meetings and groups."
    assert len([s for s in said if sentence in s]) == 1, said
    assert "layered pane" not in said, said


def test_orca_says_the_next_pages_title_after_page_down(orca, framework):
    """Where am I: Page Down to the next competence, and its name is said before its first
    question, and not the whole page."""
    # On page 1 (where the test before left it, when it ran: nothing new is said then).
    orca.said_after(lambda: orca.session.show("competence"), said_a("radio button"), timeout=10)
    said = orca.said_after(lambda: orca.session.press("Page_Down"), said_a("radio button"))
    second = framework.competences[1]
    title = f"{second.name} form"
    assert title in said, said
    first_level = next(i for i, s in enumerate(said) if s.startswith("1. "))
    assert said.index(title) < said.index(f"Level for {second.name} panel.") < first_level
    assert not [s for s in said if second.description[:40] in s], said  # not a wall of text
    # Back again with Page Up.
    said = orca.said_after(lambda: orca.session.press("Page_Up"), said_a("radio button"))
    assert f"{framework.competences[0].name} form" in said, said


def test_orca_says_the_role_pages_title_after_page_up(orca, framework):
    orca.said_after(lambda: orca.session.show("role"), said_a("radio button"))
    said = orca.said_after(lambda: orca.session.press("Page_Up"), said_a("radio button"))
    role = framework.roles[-2]
    assert f"{role.name} form" in said, said
    assert f"How much {role.name} describes what I do now panel." in said, said


def test_orca_says_the_results_and_plan_titles(orca):
    said = orca.said_after(lambda: orca.session.show("results"), said_a("combo box."))
    assert "My results form" in said, said
    # Ctrl+3 and Ctrl+1, as a person switches; each page's title, then where the focus is.
    # The first time, the plan is made: Orca may lose its title in the flood of events.
    orca.said_after(lambda: orca.session.press("Ctrl+3"), bool, timeout=30)
    orca.said_after(lambda: orca.session.press("Ctrl+1"), said_a("radio button"))
    said = orca.said_after(lambda: orca.session.press("Ctrl+3"), lambda s: len(s) >= 4)
    assert "My development plan form" in said, said
    assert "My goals, looking after myself, and my mentor." in said, said


def test_orca_says_the_welcome_pages_title(orca_stack, tmp_path_factory):
    stack, log = orca_stack
    session = Session(stack, tmp_path_factory.mktemp("orca-new") / "data")
    try:
        listener = Listener(stack, log, session)
        said = listener.said_after(lambda: session.show("welcome"), said_a("text."))
    finally:
        session.close()
    assert "Welcome to Citizen Leadership Companion form" in said, said
    assert "Name or pseudonym (optional): text." in said, said
