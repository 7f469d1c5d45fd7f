"""Framework files that are huge, endless, blocking, deeply nested, hold endless numbers or
the wrong types: each is refused at once with a plain message, through the command line
and through File > Use a framework file…, and the app keeps the framework it had."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from competence_app.domain.framework import (
    MAX_FILE_BYTES,
    FrameworkError,
    default_framework_path,
    load_framework,
)

POSIX = hasattr(os, "mkfifo") and os.path.exists("/dev/zero")


def hostile_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each hostile framework file and the words its refusal must hold."""
    folder.mkdir(parents=True, exist_ok=True)
    shipped = default_framework_path().read_text("utf-8")
    files: dict[str, tuple[Path, str]] = {}

    def made(name: str, content: str | bytes, expected: str) -> None:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        files[name] = (path, expected)

    oversized = folder / "oversized.toml"
    with open(oversized, "wb") as handle:
        handle.write(shipped.encode("utf-8"))
        handle.truncate(63 * 1024 * 1024)  # 63 MB, as the audit's file; sparse on disk
    files["oversized.toml"] = (oversized, "larger than the 2 MB a framework file can be")
    made("deep.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n", "nested far too deeply")
    made("digits.toml", shipped + "\nnumber = 1" + "0" * 4999 + "\n", "far too many digits")
    made(
        "types.toml",
        shipped.replace('id = "citizen-leadership"', "id = 5", 1).replace(
            'name = "Lobbying"', "name = [1, 2]", 1
        ),
        "'id' must be some text",
    )
    made(
        "long-name.toml",
        shipped.replace('name = "Lobbying"', f'name = "{"Lobbying " * 1000}"', 1),
        "'name' must be at most 200 characters long",
    )
    made(
        "many-prompts.toml",
        shipped.replace("prompts = [", "prompts = [" + '"Why?", ' * 150, 1),
        "'prompts' must have at most 100 entries",
    )
    made("not-toml.toml", b"\x00\xff\xfe binary", "not UTF-8 text")
    if POSIX:
        os.mkfifo(folder / "pipe.toml")
        files["pipe.toml"] = (folder / "pipe.toml", "not an ordinary file")
        files["zero"] = (Path("/dev/zero"), "not an ordinary file")
    files["folder"] = (folder, "is a folder, not a framework file")
    return files


def test_the_limits_leave_room_for_the_shipped_frameworks():
    for language in ("en", "es"):
        path = default_framework_path(language)
        assert path.stat().st_size * 10 < MAX_FILE_BYTES
        assert load_framework(path).competences


def test_each_hostile_file_is_refused_within_a_second(tmp_path):
    files = hostile_files(tmp_path / "files")
    assert len(files) == (10 if POSIX else 8)
    for name, (path, expected) in files.items():
        started = time.perf_counter()
        with pytest.raises(FrameworkError) as refused:
            load_framework(path)
        assert time.perf_counter() - started < 1, name
        assert expected in str(refused.value), (name, str(refused.value))


CLI_RUN = """
import json, sys, time
from PySide6.QtWidgets import QMessageBox
from competence_app import cli
shown = []
QMessageBox.critical = staticmethod(lambda parent, title, text, *a: shown.append(text))
cli.main(["--framework", sys.argv[2] + "-none.toml", "--data-dir", sys.argv[2]])  # warm-up
results = {}
for name, path in json.loads(sys.argv[1]).items():
    started = time.perf_counter()
    code = cli.main(["--framework", path, "--data-dir", sys.argv[2]])
    results[name] = [code, time.perf_counter() - started, shown[-1] if shown else ""]
print(json.dumps(results))
"""


def test_hostile_framework_files_through_the_command_line(tmp_path):
    files = hostile_files(tmp_path / "files")
    given = {name: str(path) for name, (path, _) in files.items()}
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A process of its own with a time limit: a file that made the app wait for ever
    # fails this test instead of stopping the test run.
    finished = subprocess.run(
        [sys.executable, "-c", CLI_RUN, json.dumps(given), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert "Traceback" not in finished.stderr
    results = json.loads(finished.stdout.strip().splitlines()[-1])
    for name, (path, expected) in files.items():
        code, seconds, message = results[name]
        assert code == 2, name
        assert seconds < 1, (name, seconds)
        assert str(path) in message and expected in message, (name, message)


def test_hostile_framework_files_through_the_file_menu(
    open_window, data_dir, person, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from competence_app import settings

    window = open_window(data_dir)
    before = window.context.framework
    pages = len(window.workspace.flow.pages)
    action = next(
        action
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        if action.text().replace("&", "") == "Use a framework file…"
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text, *a: warned.append(text))
    for name, (path, expected) in hostile_files(tmp_path / "files").items():
        chosen = (str(path), "")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, c=chosen, **k: c)
        started = time.perf_counter()
        action.trigger()
        assert time.perf_counter() - started < 1, name
        assert str(path) in warned[-1] and expected in warned[-1], (name, warned[-1])
        assert window.context.framework is before, name
        assert len(window.workspace.flow.pages) == pages
        assert settings.load(data_dir)["framework_file"] == ""
