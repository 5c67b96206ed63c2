"""Shared fixtures: a template database migrated once per session and copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Qt tests never need a screen; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from delegation_app.storage.database import Database, DatabaseKey, open_database
from delegation_app.storage.sqlite_driver import export_copy

# The key of the encrypted databases the tests make (SQLCipher, the "encryption" extra).
PASSPHRASE = "correct horse battery staple"

# Property tests draw the same examples on every run, so that CI is repeatable; a developer
# hunting for new cases runs them with HYPOTHESIS_PROFILE=explore (fresh random examples).
hypothesis_settings.register_profile("default", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session", autouse=True)
def _user_data_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Daily and before-migration backups, and logs, never go to the user's real folders."""
    from delegation_app import logs, paths

    folder = tmp_path_factory.mktemp("user-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "user_data_dir", lambda: folder)
        patch.setenv("XDG_DATA_HOME", str(folder))  # for the CLI run in a subprocess (Linux)
        patch.setattr(logs, "log_folder", lambda: folder / "logs")
        patch.setenv("XDG_STATE_HOME", str(folder))  # the log folder of a subprocess (Linux)
        yield


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from delegation_app.interchange.demo import build_demo_database

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    build_demo_database(path)
    return path


def _copy(template: Path, target: Path) -> Path:
    # WAL mode: checkpointed at close, so the main file alone is the whole database.
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def db_path(empty_template: Path, tmp_path: Path) -> Path:
    return _copy(empty_template, tmp_path / "test.sqlite")


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, lock=False)  # tests also run the CLI on the file
    yield database
    database.close()


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    return _copy(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_database(demo_db_path, lock=False)
    yield database
    database.close()


@pytest.fixture
def key() -> DatabaseKey:
    return DatabaseKey(PASSPHRASE)


def _encrypted_copy(template: Path, target: Path) -> Path:
    export_copy(template, None, target, DatabaseKey(PASSPHRASE), frozen=True)
    return target


@pytest.fixture(scope="session")
def encrypted_empty_template(
    empty_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    return _encrypted_copy(empty_template, tmp_path_factory.mktemp("template") / "empty.sqlite")


@pytest.fixture(scope="session")
def encrypted_demo_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _encrypted_copy(demo_template, tmp_path_factory.mktemp("template") / "demo.sqlite")


@pytest.fixture
def encrypted_db_path(encrypted_empty_template: Path, tmp_path: Path) -> Path:
    """A copy of the empty database, encrypted with ``PASSPHRASE``."""
    return _copy(encrypted_empty_template, tmp_path / "encrypted" / "test.sqlite")


@pytest.fixture
def encrypted_demo_db_path(encrypted_demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database, encrypted with ``PASSPHRASE``."""
    return _copy(encrypted_demo_template, tmp_path / "encrypted" / "demo.sqlite")
