"""Dialogs opened from the menus, one module each."""
