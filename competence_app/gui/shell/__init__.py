"""The frame: starting the app, the main window, its menus and the commands they run."""
