"""`competence-app` with no sub-command: open the window on the data folder."""

from __future__ import annotations

import argparse
from pathlib import Path


def run(top: argparse.Namespace) -> int:
    from competence_app.paths import DataDirError, prepare_data_dir, readable_data, resolve_data_dir

    data_dir = resolve_data_dir(top.data_dir)
    problem = None
    read_only = False
    try:
        data_dir = prepare_data_dir(data_dir)
    except DataDirError as error:
        # Read-only is not unreadable: show the data, and let it be exported elsewhere.
        read_only = readable_data(data_dir)
        # Otherwise said in a window: a double-clicked app has no terminal.
        problem = None if read_only else str(error)
    # None: the framework chosen in the app for this data folder, or else the shipped one.
    framework_path = Path(top.framework) if top.framework else None

    from competence_app.gui.shell.app import run as run_app

    return run_app(
        data_dir,
        framework_path,
        data_dir_error=problem,
        language=top.language,
        pseudo=top.pseudo_localise,
        read_only=read_only,
    )
