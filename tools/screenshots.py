"""Screenshots of every page, for looking at a change and for the README (docs/images/).

Opens the app on a prepared data folder (a person with two reflections and a plan), walks
it to each page and saves what the window shows, at 1366x768:

    xvfb-run -a python tools/screenshots.py OUT_DIR [--theme light|dark|high-contrast]
        [--text 100|200] [--language en|es] [--pages welcome,competence,...]

Run it under a real X server (Xvfb) for the fonts and hinting a person sees; the
offscreen platform works too. Each page is saved as OUT_DIR/<page>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

PAGES = ("welcome", "competence", "role", "results", "plan", "involvement", "export", "group")
SIZE = (1366, 768)


def prepare(folder: Path, framework) -> None:
    """A person two reflections in, with priorities, a goal with actions and a support."""
    from competence_app.domain.model import CompetenceAnswer, RoleAnswer
    from competence_app.paths import database_path, prepare_data_dir
    from competence_app.store import plans, profiles, reflections
    from competence_app.store.database import open_database

    db = open_database(database_path(prepare_data_dir(folder)))
    profile = profiles.create_profile(db, "Robin", ["carer"])
    first = reflections.create_reflection(
        db, profile.id, "Start of programme", framework.id, framework.version
    )
    for index, competence in enumerate(framework.competences):
        answer = CompetenceAnswer(
            competence.id, level=index % 4 + 1, confidence=index % 3 + 1, develop=index in (1, 5)
        )
        reflections.save_competence_answer(db, first.id, answer)
    for index, role in enumerate(framework.roles):
        reflections.save_role_answer(db, first.id, RoleAnswer(role.id, now=index % 4, wish=3))
    later = reflections.create_reflection(
        db, profile.id, "After the course", framework.id, framework.version
    )
    for index, competence in enumerate(framework.competences):
        answer = CompetenceAnswer(
            competence.id,
            level=min(index % 4 + 2, 5),
            confidence=2,
            develop=index in (1, 5),
            example="At the carers' forum I summed up what three people had said."
            if index == 0
            else "",
        )
        reflections.save_competence_answer(db, later.id, answer)
    for index, role in enumerate(framework.roles):
        reflections.save_role_answer(db, later.id, RoleAnswer(role.id, now=(index + 1) % 5, wish=4))
    goal = plans.create_goal(
        db, profile.id, "Speak up at the partnership board", [framework.competences[1].id]
    )
    goal.why = "Decisions about carers are made there, and carers are rarely heard."
    goal.evidence = "I have spoken at two board meetings and asked one question each time."
    plans.save_goal(db, goal)
    plans.add_action(db, goal.id, "Write a three-minute story about respite care", "2027-01-15")
    plans.add_action(db, goal.id, "Practise it with my peer group")
    plans.add_support(db, goal.id, framework.supports[0].id, "A mentor who has sat on a board")
    plans.create_goal(db, profile.id, "Learn how the budget cycle works", [])
    _involvement(db, profile.id, framework)
    _feedback(db, profile.id, later, goal, framework)
    db.close()


def _involvement(db, profile_id: str, framework) -> None:
    """A few months of involvement: a paid panel, a committee with expenses still owed."""
    from datetime import date, timedelta

    from competence_app.domain.involvement import Debrief, Expense, Involvement
    from competence_app.store import involvement

    today = date.today()

    def day(ago: int) -> str:
        return (today - timedelta(days=ago)).isoformat()

    roles = [role.id for role in framework.roles]
    competences = [competence.id for competence in framework.competences]
    entries = [
        Involvement(
            "i1", profile_id, day(150), "City Council", "Discharge pathway panel", "panel",
            roles[1], 150, "offered_accepted", 7500, "GBP",
            [Expense("x1", "travel", 1250, day(149), day(120))],
            [competences[0], competences[2]],
            "The discharge letter now names a contact for carers.",
            framework.impacts[0].id, "yes",
        ),
        Involvement(
            "i2", profile_id, day(62), "Harbour NHS Trust", "Carers' strategy committee",
            "committee", roles[0], 240, "not_offered", 0, "GBP",
            [Expense("x2", "carer_cover", 4000, day(60)), Expense("x3", "travel", 860, day(60))],
            [competences[1], competences[4]], heard_back="not_yet", chase_on=day(10),
            debrief=Debrief("The chair moved on before I finished.", "I felt small.",
                            "Ask for the agenda early."), how_am_i=2,
        ),
        Involvement(
            "i3", profile_id, day(20), "University", "Research advisory group",
            "research_advisory_group", roles[1], 90, "offered_declined", 5000, "GBP",
            competence_ids=[competences[8]], how_am_i=4,
        ),
    ]  # fmt: skip
    for entry in entries:
        involvement.save_involvement(db, entry)


def _feedback(db, profile_id: str, reflection, goal, framework) -> None:
    """A mentor's answer to a pack, beside the person's own view."""
    import uuid
    from datetime import date

    from competence_app.domain.feedback import CompetenceView, FeedbackPack, FeedbackRound, GoalView
    from competence_app.store import feedback

    shown = [competence.id for competence in framework.competences]
    pack = FeedbackPack(uuid.uuid4().hex, profile_id, reflection.id, competence_ids=shown,
                        goal_ids=[goal.id])  # fmt: skip
    feedback.record_pack(db, pack)
    seen = [CompetenceView(c, "Listens well in meetings.", level=min(i % 4 + 2, 5) if i != 3
                           else 5) for i, c in enumerate(shown)]  # fmt: skip
    feedback.save_round(
        db,
        FeedbackRound(
            uuid.uuid4().hex, profile_id, pack.id, reflection.id,
            given_on=date.today().isoformat(), relation="mentor", giver_name="Sam",
            competences=seen,
            goals=[GoalView(goal.id, "A good goal.", "Ask the chair for two minutes on the agenda")],
            strengths="You bring people's words into the room.",
        ),
    )  # fmt: skip


def share_files(folder: Path, framework, count: int = 6) -> list[Path]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from group_summary import make_files

    folder.mkdir(parents=True, exist_ok=True)
    make_files(folder, count, framework)
    return sorted(folder.glob("*.share.json"))


def settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--theme", choices=("light", "dark", "high-contrast"), default="light")
    parser.add_argument("--text", type=int, default=100)
    parser.add_argument("--language", default="en")
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--prefix", default="")
    args = parser.parse_args(argv)
    os.environ["COMPETENCE_APP_COLOR_SCHEME"] = "dark" if args.theme == "dark" else "light"
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = args.pages.split(",")

    from competence_app import i18n, settings
    from competence_app.domain.framework import default_framework_path, load_framework
    from competence_app.gui.look import text_size, theme
    from competence_app.gui.shell import app as gui_app

    app = gui_app.make_application(["screenshots"])
    i18n.install(args.language, False)
    text_size.apply(args.text)
    theme.install(high_contrast=args.theme == "high-contrast")
    theme.after_first_frame()
    framework = load_framework(default_framework_path(args.language))
    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import prepare_data_dir

    def path(page: str) -> Path:
        return args.out / f"{args.prefix}{page}.png"

    with tempfile.TemporaryDirectory() as temporary:
        temporary = Path(temporary)
        if "welcome" in wanted:
            window = MainWindow(prepare_data_dir(temporary / "empty"), framework=framework)
            window.resize(*SIZE)
            window.show()
            window.load()
            settle(app)
            save(window, path("welcome"))
            window.close()
            settle(app)
        folder = temporary / "person"
        prepare(folder, framework)
        settings.save(folder, settings.TEXT_SCALE.key, args.text)
        window = MainWindow(prepare_data_dir(folder), framework=framework)
        window.resize(*SIZE)
        window.show()
        window.load()
        settle(app)
        flow = window.workspace.flow
        if "competence" in wanted:
            flow.go_to(2)
            flow.pages[2].focus_first()
            settle(app)
            save(window, path("competence"))
        if "role" in wanted:
            flow.go_to(len(flow.pages) - 1)
            settle(app)
            save(window, path("role"))
        if "results" in wanted:
            window.workspace.show_results()
            settle(app, 60)
            if args.text >= 200:
                # Where the chart ends and its table begins (they stack at large text).
                from PySide6.QtWidgets import QScrollArea

                from competence_app.gui.pages.results_page import TwinRow

                row = window.workspace.results.findChild(TwinRow)
                area = window.workspace.results.findChild(QScrollArea)
                top = row.mapTo(area.widget(), row.rect().topLeft()).y()
                area.verticalScrollBar().setValue(top + row.chart.height() - 320)
                settle(app)
            save(window, path("results"))
        if "plan" in wanted:
            window.workspace.show_plan()
            settle(app, 40)
            save(window, path("plan"))
        if "involvement" in wanted:
            window.workspace.show_involvement()
            settle(app, 40)
            save(window, path("involvement"))
        if "export" in wanted:
            from competence_app.gui.dialogs.export_dialog import ExportDialog, remembered_options

            dialog = ExportDialog(remembered_options(window.context), window)
            dialog.show()
            settle(app)
            save(dialog, path("export"))
            print(
                f"export dialog: {dialog.width()}x{dialog.height()} on a {SIZE[0]}x{SIZE[1]} screen"
            )
            dialog.close()
        if "group" in wanted:
            from competence_app.gui.dialogs.group_window import GroupWindow

            group = GroupWindow(framework, window)
            group.resize(*SIZE)
            group.show()
            group.set_paths(share_files(temporary / "shares", framework))
            settle(app, 40)
            save(group, path("group"))
            group.close()
        window.close()
        settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
