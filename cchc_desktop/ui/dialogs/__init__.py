"""Dialogs of the desktop program."""
