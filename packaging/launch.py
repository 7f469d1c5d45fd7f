"""Entry point of the PyInstaller bundle: what the `competence-app` console script does."""

import os
import sys


def _keep_matplotlib_cache() -> None:
    # PyInstaller's own matplotlib hook points MPLCONFIGDIR at a fresh temporary
    # folder (the spec leaves that hook out), so every chart would first spend seconds
    # rebuilding the font list. A one-folder build never moves its fonts, so the
    # list can live in the user's cache folder and be built once.
    if os.environ.get("MPLCONFIGDIR"):
        return
    from platformdirs import user_cache_dir

    from competence_app import APP_NAME

    os.environ["MPLCONFIGDIR"] = os.path.join(
        user_cache_dir(APP_NAME, appauthor=False), "matplotlib"
    )


if __name__ == "__main__":
    _keep_matplotlib_cache()
    from competence_app.cli import main

    sys.exit(main())
