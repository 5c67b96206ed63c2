"""The preferences kept in the database, so they travel with the file: the organisation's name
and logo, its home city and time zone (the defaults of a new mission), and the backup folder.

They live in the key/value ``app_setting`` table. The logo is ``branding``'s; the backup folder
is the setting ``storage.backup`` already reads before it opens a file (so the daily backup at
open, the one before a migration, and those before an import or a purge all go there, from the
window and the command line alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.services.branding import Logo, organisation_logo
from delegation_app.services.validation import check_zone, optional_text
from delegation_app.storage.backup import FOLDER_SETTING
from delegation_app.storage.models import Setting

ORGANISATION_NAME = "organisation.name"
HOME_CITY = "home.city"
HOME_ZONE = "home.zone"
DEFAULT_HOME_ZONE = "Europe/Paris"


@dataclass(frozen=True)
class DatabasePreferences:
    organisation_name: str | None
    home_city: str | None
    home_zone: str
    """The home time zone of new missions (Europe/Paris until one is chosen)."""
    backup_folder: Path | None
    """The folder chosen for this database's backups; None for the default one."""
    logo: Logo | None


def _value(session: Session, key: str) -> str | None:
    setting = session.get(Setting, key)
    if setting is None:
        return None
    return setting.value.strip() or None


def _store(session: Session, key: str, value: str | None) -> None:
    setting = session.get(Setting, key)
    if value is None:
        if setting is not None:
            session.delete(setting)
    elif setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value


def home_zone(session: Session) -> str:
    """The time zone a new mission starts from, as chosen in the preferences."""
    return _value(session, HOME_ZONE) or DEFAULT_HOME_ZONE


def database_preferences(session: Session) -> DatabasePreferences:
    folder = _value(session, FOLDER_SETTING)
    return DatabasePreferences(
        organisation_name=_value(session, ORGANISATION_NAME),
        home_city=_value(session, HOME_CITY),
        home_zone=home_zone(session),
        backup_folder=Path(folder) if folder else None,
        logo=organisation_logo(session),
    )


def check_backup_folder(folder: str | Path | None) -> Path | None:
    """An absolute folder (``~`` expanded) that is not a file; None (the default) when empty."""
    text = str(folder).strip() if folder is not None else ""
    if not text:
        return None
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise ValidationError(
            "backup folder", say("'{text}' is not a full path (e.g. /home/me/…)", text=text)
        )
    if path.exists() and not path.is_dir():
        raise ValidationError("backup folder", say("{path} is a file, not a folder", path=path))
    return path


def save_database_preferences(
    session: Session,
    *,
    organisation_name: str | None,
    home_city: str | None,
    home_zone: str,
    backup_folder: str | Path | None,
) -> DatabasePreferences:
    """Check every field first, then write them all (nothing is written if one is refused)."""
    name = optional_text("organisation name", organisation_name, max_length=200)
    city = optional_text("home city", home_city, max_length=120)
    zone = check_zone("home time zone", home_zone) if home_zone.strip() else DEFAULT_HOME_ZONE
    folder = check_backup_folder(backup_folder)
    _store(session, ORGANISATION_NAME, name)
    _store(session, HOME_CITY, city)
    _store(session, HOME_ZONE, None if zone == DEFAULT_HOME_ZONE else zone)
    _store(session, FOLDER_SETTING, str(folder) if folder is not None else None)
    session.flush()
    return database_preferences(session)
