"""View > Easy read wording: shown at once, remembered for the data folder, carried into documents."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from test_reports_sample import contains, make_person, pdf_pages, text_of

from competence_app import cli, settings
from competence_app.paths import database_path, prepare_data_dir
from competence_app.store.database import open_database

PAGE = 2  # Service literacy: any competence page will do, as long as it is not the first


def easy_action(window):
    return next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.text() == "&Easy read wording"
    )


def shown_texts(window) -> list[str]:
    """The words on the competence page the person is looking at."""
    page = window.workspace.flow.pages[window.workspace.flow.current_index()]
    labels = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    return labels + [card.sentence for card in page.levels.buttons() if card.isVisible()]


def test_easy_read_switches_the_page_at_once_and_is_remembered(
    open_window, data_dir, person, framework, qtbot
):
    competence = framework.competences[PAGE]
    window = open_window(data_dir)
    window.workspace.flow.go_to(PAGE)
    action = easy_action(window)
    assert action.isCheckable() and not action.isChecked()
    assert competence.levels[0] in shown_texts(window)

    action.trigger()
    assert window.workspace.flow.current_index() == PAGE, (
        "the person stays on the page they were on"
    )
    texts = shown_texts(window)
    assert competence.description_easy in texts
    assert all(sentence in texts for sentence in competence.levels_easy)
    assert not any(sentence in texts for sentence in competence.levels)
    buttons = window.workspace.flow.pages[PAGE].levels.buttons()
    assert competence.levels_easy[2] in buttons[2].accessibleName(), "screen readers hear it too"
    assert settings.load(data_dir)[settings.EASY_READ.key] == 1
    window.close()

    again = open_window(data_dir)
    assert easy_action(again).isChecked()
    again.workspace.flow.go_to(PAGE)
    assert competence.levels_easy[4] in shown_texts(again)
    easy_action(again).trigger()
    assert competence.levels[4] in shown_texts(again)
    assert settings.load(data_dir)[settings.EASY_READ.key] == 0


def test_switching_on_the_results_tab_stays_there(open_window, data_dir, person):
    window = open_window(data_dir)
    window.show_tab("results")
    easy_action(window).trigger()
    assert window.workspace.currentWidget().isAncestorOf(window.workspace.results)
    assert window.context.framework.easy_read


def test_another_framework_file_keeps_the_easy_read_choice(open_window, data_dir, person):
    from competence_app.domain.framework import default_framework_path, load_framework

    window = open_window(data_dir)
    easy_action(window).trigger()
    window.use_framework(load_framework(default_framework_path()))
    assert window.context.framework.easy_read


@pytest.fixture
def plan_folder(data_dir, framework):
    db = open_database(database_path(prepare_data_dir(data_dir)))
    make_person(db, framework, "Robin")
    db.close()
    return data_dir


def _wording_in(text: str, framework) -> tuple[int, int]:
    """How many easy and how many standard level sentences the text holds."""
    easy = sum(contains(text, s) for c in framework.competences for s in c.levels_easy)
    standard = sum(contains(text, s) for c in framework.competences for s in c.levels)
    return easy, standard


@pytest.mark.parametrize(
    ("preference", "flag", "expect_easy"),
    [(1, None, True), (0, None, False), (1, "--no-easy-read", False), (0, "--easy-read", True)],
)
def test_the_exported_plan_follows_the_preference_or_the_flag(
    qapp, capsys, plan_folder, framework, tmp_path, preference, flag, expect_easy
):
    settings.save(plan_folder, settings.EASY_READ.key, preference)
    output = tmp_path / "plan.md"
    args = ["export", "--format", "md", "--output", str(output), "--data-dir", str(plan_folder)]
    assert cli.main(args + ([flag] if flag else [])) == 0, capsys.readouterr().err
    easy, standard = _wording_in(text_of(output, "md"), framework)
    if expect_easy:
        assert easy >= 5 and standard == 0
    else:
        assert standard >= 5 and easy == 0


def test_the_pdf_plan_in_easy_read(qapp, plan_folder, framework, tmp_path):
    settings.save(plan_folder, settings.EASY_READ.key, 1)
    output = tmp_path / "plan.pdf"
    assert cli.main(["export", "--format", "pdf", "--output", str(output),
                     "--data-dir", str(plan_folder)]) == 0  # fmt: skip
    easy, standard = _wording_in(" ".join(pdf_pages(output)), framework)
    assert easy >= 5 and standard == 0


def test_the_blank_worksheet_in_easy_read(qapp, framework, tmp_path):
    from competence_app.reports.worksheet import export_worksheet

    output = tmp_path / "worksheet.pdf"
    export_worksheet(framework.worded(easy=True), output)
    text = " ".join(pdf_pages(output))
    easy, standard = _wording_in(text, framework)
    assert easy == 5 * len(framework.competences) and standard == 0
