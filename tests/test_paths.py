"""Where data lives, and the resource helper."""

from __future__ import annotations

import os
import stat

import pytest

from competence_app import paths


def test_cli_option_beats_environment_beats_default(tmp_path):
    env = {paths.DATA_DIR_ENV: str(tmp_path / "env")}
    assert paths.resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert paths.resolve_data_dir(None, env) == tmp_path / "env"
    assert paths.resolve_data_dir(None, {}) == paths.default_data_dir()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_data_folder_is_owner_only(tmp_path):
    made = paths.prepare_data_dir(tmp_path / "a" / "b")
    assert made.is_dir()
    assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_folder_that_cannot_be_made_gives_a_plain_message(tmp_path):
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(paths.DataDirError, match="cannot be saved in .*Nothing has been changed"):
        paths.prepare_data_dir(tmp_path / "a-file" / "data")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_gives_a_plain_message(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(paths.DataDirError, match="cannot be saved"):
        paths.prepare_data_dir(locked)


def test_a_file_in_the_way_gives_a_plain_message(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("x")
    with pytest.raises(paths.DataDirError, match="is a file, not a folder"):
        paths.prepare_data_dir(blocker)


def test_resource_helper_finds_the_framework():
    found = paths.resource_path("resources", "framework", "citizen-leadership.toml")
    assert found.is_file()


def test_resources_ship_inside_the_installed_package():
    import competence_app

    package_dir = paths.Path(competence_app.__file__).resolve().parent
    if (package_dir.parent / "pyproject.toml").exists():
        pytest.skip("running from a source checkout, not an installed wheel")
    found = paths.resource_path("resources", "framework", "citizen-leadership.toml")
    assert found.is_relative_to(package_dir)
