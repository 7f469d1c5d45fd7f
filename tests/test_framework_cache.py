"""The parsed framework kept between runs (filecheck.read_toml's cache): used while the file
is the same, passed by when it is stale, broken, too big or cannot be written, and never
trusted over the file itself."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import pytest

from competence_app import filecheck
from competence_app.domain.framework import (
    MAX_FILE_BYTES,
    FrameworkError,
    default_framework_path,
    load_framework,
)


@pytest.fixture
def framework_file(tmp_path):
    target = tmp_path / "framework.toml"
    target.write_bytes(default_framework_path().read_bytes())
    return target


def test_the_second_start_takes_the_parsed_framework_from_the_cache(
    framework_file, tmp_path, monkeypatch
):
    cache = tmp_path / "cache" / "framework.toml.json"
    first = load_framework(framework_file, cache)
    assert cache.is_file()
    kept = json.loads(cache.read_text(encoding="utf-8"))
    assert kept["source"] == framework_file.read_text(encoding="utf-8")

    monkeypatch.setattr(tomllib, "loads", lambda *_a, **_k: pytest.fail("parsed again"))
    second = load_framework(framework_file, cache)
    assert second == first
    assert [c.name for c in second.competences] == [c.name for c in first.competences]


def test_a_changed_file_is_read_again(framework_file, tmp_path):
    cache = tmp_path / "framework.toml.json"
    load_framework(framework_file, cache)
    text = framework_file.read_text(encoding="utf-8")
    first_name = load_framework(framework_file).competences[0].name
    framework_file.write_text(
        text.replace(f'"{first_name}"', '"Listening well"', 1), encoding="utf-8"
    )
    assert load_framework(framework_file, cache).competences[0].name == "Listening well"
    assert "Listening well" in cache.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "kept",
    [
        b"",
        b"\x00\xff not json",
        b'{"source": "other text", "tables": {}}',
        b"[1, 2, 3]",
        b"{" * 5000,
    ],
)
def test_a_broken_cache_is_passed_by(framework_file, tmp_path, kept):
    cache = tmp_path / "framework.toml.json"
    cache.write_bytes(kept)
    framework = load_framework(framework_file, cache)
    assert len(framework.competences) == 9
    assert json.loads(cache.read_text(encoding="utf-8"))["source"]  # written afresh


def test_an_oversized_cache_is_not_read(framework_file, tmp_path, monkeypatch):
    cache = tmp_path / "framework.toml.json"
    load_framework(framework_file, cache)
    with open(cache, "ab") as handle:
        handle.write(b" " * (3 * MAX_FILE_BYTES + 1))
    read = []
    original = filecheck.parse_json
    monkeypatch.setattr(
        filecheck, "parse_json", lambda *a, **k: read.append(1) or original(*a, **k)
    )
    assert len(load_framework(framework_file, cache).competences) == 9
    assert read == [], "refused by its size before being parsed"


def test_a_tampered_cache_never_wins_over_the_file(framework_file, tmp_path):
    cache = tmp_path / "framework.toml.json"
    load_framework(framework_file, cache)
    kept = json.loads(cache.read_text(encoding="utf-8"))
    kept["tables"] = {"framework": {"id": "x"}}  # same source, tables that do not check out
    cache.write_text(json.dumps(kept), encoding="utf-8")
    framework = load_framework(framework_file, cache)
    assert len(framework.competences) == 9


def test_a_cache_folder_that_cannot_be_written_costs_nothing(framework_file, tmp_path):
    if os.name == "posix" and os.geteuid() == 0:
        blocked = tmp_path / "a-file-not-a-folder"
        blocked.write_text("x")
        cache = blocked / "framework.toml.json"  # its folder is a file: cannot be made
    else:
        folder = tmp_path / "locked"
        folder.mkdir(mode=0o500)
        cache = folder / "framework.toml.json"
    assert len(load_framework(framework_file, cache).competences) == 9
    assert not cache.exists()


def test_a_broken_framework_file_is_refused_even_with_a_good_cache(framework_file, tmp_path):
    cache = tmp_path / "framework.toml.json"
    load_framework(framework_file, cache)
    framework_file.write_text("this is = = not toml", encoding="utf-8")
    with pytest.raises(FrameworkError):
        load_framework(framework_file, cache)


def test_the_window_keeps_the_framework_in_the_desktops_cache_folder(qtbot, data_dir):
    from PySide6.QtCore import QStandardPaths

    from competence_app.gui.shell.main_window import MainWindow
    from competence_app.paths import prepare_data_dir

    for _start in range(2):
        window = MainWindow(prepare_data_dir(data_dir))  # reads the framework itself
        qtbot.addWidget(window)
        window.show()
        assert window.load()
        assert len(window.context.framework.competences) == 9
        qtbot.waitUntil(lambda window=window: not window.context.opening())
        window.close()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    assert str(folder).startswith(os.environ["XDG_CACHE_HOME"])  # the test run's own
    kept = sorted(path.name for path in (folder / "framework").iterdir())
    assert kept == [default_framework_path().name + ".json"]
    assert not list(data_dir.glob("*.toml.json")), "nothing of it in the data folder"
