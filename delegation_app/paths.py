"""Where things are: shipped resources and the user's data folder."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

import platformdirs

APP_NAME = "Delegation"
APP_AUTHOR = "Delegation"


def resource_path(*parts: str) -> Path:
    """A file shipped in ``resources/`` (installed, editable or frozen alike)."""
    traversable = files("delegation_app.resources")
    for part in parts:  # one at a time: Python 3.11's namespace paths take a single part
        traversable = traversable.joinpath(part)
    # Resources are plain files in every way we ship (wheel, editable, PyInstaller folder),
    # so as_file returns the real path and its context needs no cleanup.
    with as_file(traversable) as path:
        return Path(path)


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "delegation.sqlite"
