"""The feedback form in a real browser (Debian's chromium, driven by Selenium): filled by
keyboard, kept over a reload, saved as the .feedback.json of docs/feedback-file.md, with
no request outside the file, nothing wider than the window at 200 % zoom, and Spanish
labels in the Spanish pack.

The browser is driven from tests/browser_feedback_form.py in a process of its own, because
WebDriver speaks to chromedriver over a local socket and this test process refuses every
socket (conftest.py). Skipped only where chromium or its driver is not installed; .ci/run
installs both.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from test_reports_sample import make_person

from competence_app.domain.feedback import FORMAT_ID, RELATIONS, SCHEMA_VERSION
from competence_app.reports.feedback_pack import PackOptions, write_pack

HERE = Path(__file__).parent
DRIVER = HERE / "browser_feedback_form.py"
CHROMIUM = Path("/usr/lib/chromium/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="Debian's chromium and chromium-driver are not installed here (.ci/run installs them)",
)

TOP_KEYS = {
    "format", "schema_version", "id", "pack_id", "reflection_id", "given_on", "language",
    "giver", "competences", "goals", "overall",
}  # fmt: skip


@pytest.fixture(scope="module")
def report(qapp, framework, tmp_path_factory):
    """Two packs of one plan, English and Spanish, driven once in chromium for every test
    here (a browser takes half a minute to start on a busy machine); what it reported."""
    from competence_app import i18n
    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.store.database import open_database

    tmp_path = tmp_path_factory.mktemp("browser")
    db = open_database(tmp_path / "test.sqlite3")
    profile, _ = make_person(db, framework, "Robin")
    english, pack = write_pack(
        db, framework, profile.id, PackOptions(allow_anonymous=True), tmp_path / "en.html"
    )
    try:
        i18n.install("es")
        spanish_framework = load_framework(default_framework_path("es"))
        spanish, _ = write_pack(
            db, spanish_framework, profile.id, PackOptions(), tmp_path / "es.html", language="es"
        )
        words = {
            key: i18n.translate("PlanDocument", text)
            for key, text in (
                ("name", "Your name"),
                ("save", "Save my feedback"),
                ("seen", "What I have seen you do"),
                ("strengths", "Strengths I have seen"),
                ("not_seen", "I haven't seen this"),
                ("legend", "1. About you"),
            )
        }
    finally:
        i18n.install("en")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    config = tmp_path / "pages.json"
    config.write_text(
        json.dumps(
            {
                "english": str(english),
                "spanish": str(spanish),
                "downloads": str(downloads),
                "profile": str(tmp_path / "browser-profile"),
            }
        )
    )
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(config)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    db.close()
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout), pack, words


def test_a_mentor_fills_the_form_by_keyboard_and_saves_the_feedback_file(report):
    seen, pack, _ = report
    steps = seen["steps"]
    # Tab from the top reaches the link to the form; Enter and Tab land on its first field.
    assert steps[0]["tag"] == "A"
    assert steps[1]["id"] == "giver-relation"
    assert steps[2] == {
        "id": "giver-name",
        "name": "giver.name",
        "tag": "INPUT",
        "value": "Jo Bloggs",
    }
    assert steps[3]["id"] == "giver-anonymous"
    assert steps[4]["id"] == "c0-seen"
    assert (steps[5]["name"], steps[5]["value"]) == ("c.0.level", "4")
    assert (steps[6]["name"], steps[6]["value"]) == ("c.1.level", "not_seen")

    # What was typed is there again after a reload, and the page says so.
    assert seen["after_reload"] == seen["typed"]
    assert seen["typed"]["giver.relation"] == "peer"
    assert "before is back" in seen["status_after_reload"]

    # Saved with the browser's own download, under the contract's name.
    today = date.today().isoformat()
    assert seen["downloads"] == [f"feedback-jo-bloggs-{today}.feedback.json"]
    assert seen["downloads"][0] in seen["status_after_save"]
    (saved,) = seen["saved"]
    assert set(saved) == TOP_KEYS
    assert saved["format"] == FORMAT_ID and saved["schema_version"] == SCHEMA_VERSION
    assert re.fullmatch("[0-9a-f]{32}", saved["id"])
    assert saved["pack_id"] == pack.id and saved["reflection_id"] == pack.reflection_id
    assert (saved["given_on"], saved["language"]) == (today, "en")
    assert saved["giver"] == {"relation": "peer", "name": "Jo Bloggs", "anonymous": False}
    assert saved["giver"]["relation"] in RELATIONS

    competences = saved["competences"]
    assert [c["competence_id"] for c in competences] == pack.competence_ids
    assert all(set(c) == {"competence_id", "seen", "level", "not_seen"} for c in competences)
    assert competences[0] == {
        "competence_id": pack.competence_ids[0],
        "seen": "Listened to every carer at the forum",
        "level": 4,
        "not_seen": False,
    }
    assert competences[1]["not_seen"] is True and competences[1]["level"] is None
    assert all(c["level"] is None and not c["not_seen"] for c in competences[2:])

    goals = saved["goals"]
    assert [g["goal_id"] for g in goals] == pack.goal_ids
    assert goals[0] == {
        "goal_id": pack.goal_ids[0],
        "comment": 'Good progress <b>"really"</b> & steady',  # plain text, as typed
        "next_step": "Ask the chair for a slot in March",
        "support": "I can read your draft",
    }
    assert saved["overall"] == {
        "strengths": "Calm under pressure\nKnows the budget",
        "focus": "Saying no to extra meetings",
        "next_steps": "Draft the talk by February",
        "next_meeting": "2027-03-31",
    }
    # Saving twice gives the same answer: one round when both files are brought in.
    assert seen["saved_again"] == [saved]


def test_the_page_asks_for_nothing_outside_itself_in_the_browser(report):
    seen = report[0]
    assert seen["requests"], "the performance log was read"
    own = [url for page, url in seen["requests"] if page.startswith("file:")]
    assert own, "the pack's own load is in the log"
    assert all(url.startswith(("file:", "data:", "blob:")) for url in own), own
    assert not [url for _, url in seen["requests"] if re.match(r"(https?|wss?|ftp):", url)]
    assert seen["errors"] == [], "no script error and no blocked request in the console"


def test_nothing_is_wider_than_the_window_at_200_percent(report):
    seen = report[0]
    for view in (seen["normal"], seen["zoomed"]):
        assert view["wide"] == [] and view["scroll"] <= view["width"]
    assert seen["zoomed"]["width"] < 700  # the 1366-pixel window at 200 %


def test_the_spanish_pack_speaks_spanish(report):
    seen, _, words = report
    assert seen["english_labels"]["name"] == "Your name"
    spanish = seen["spanish_labels"]
    assert spanish["lang"] == "es"
    assert words["name"] != "Your name", "the Spanish translation is installed"
    assert {key: spanish[key] for key in words} == words
    assert spanish["save"] != seen["english_labels"]["save"]


def test_the_file_the_browser_saved_is_brought_back_as_one_round(report):
    """The form's file, read by the app's reader against the pack it answers, and kept once
    however many times it was saved."""
    from competence_app.exchange.feedback_file import import_feedback, read_feedback_file
    from competence_app.store import feedback
    from competence_app.store.database import open_memory

    seen, pack, _ = report
    (saved,) = seen["saved"]
    db = open_memory()
    feedback.record_pack(db, pack)
    raw = json.dumps(saved, ensure_ascii=False).encode("utf-8")
    read = read_feedback_file(db, raw, pack.profile_id)
    assert read.round.giver_name == "Jo Bloggs" and read.round.relation == "peer"
    again = json.dumps(seen["saved_again"][0], ensure_ascii=False).encode("utf-8")
    report_of_import = import_feedback(db, raw, again)
    assert (len(report_of_import.added), len(report_of_import.unchanged)) == (1, 1)
    (kept,) = feedback.load_rounds(db, pack.profile_id)
    assert kept.goals[0].comment == 'Good progress <b>"really"</b> & steady'


def test_the_form_prints_for_a_mentor_who_writes_by_hand(qapp, framework, tmp_path):
    """Printed from the browser (its print stylesheet): every question is there with room to
    write, and nothing that only works on screen (the buttons, "No level given")."""
    from competence_app.store.database import open_database

    db = open_database(tmp_path / "test.sqlite3")
    profile, _ = make_person(db, framework, "Robin")
    page, _ = write_pack(db, framework, profile.id, PackOptions(), tmp_path / "pack.html")
    db.close()
    printed = tmp_path / "printed.pdf"
    subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer", f"--print-to-pdf={printed}", page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(printed), "-"], capture_output=True, text=True, check=True
    ).stdout
    for question in (
        "Your name",
        "What I have seen you do",
        "I haven't seen this",
        "Strengths I have seen",
        "The next steps we agreed",
        "Date of our next meeting",
    ):
        assert question in text, question
    assert "No level given" not in text
    assert "Remove my answers from this browser" not in text
    # "Save my feedback" is named once, in the opening words; the button itself is not printed.
    assert text.count("Save my feedback") == 1
