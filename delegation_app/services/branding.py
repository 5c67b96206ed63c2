"""The organisation's logo, printed on the covers and letterheads, kept in the database.

Stored in the key/value ``app_setting`` table (so it travels with the file, offline) as JSON:
the file's name, its media type and its bytes in base64. Only PNG and JPEG are taken: ReportLab
draws them natively, and a coordinator's logo is one of the two.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.storage.models import Setting

LOGO_SETTING = "organisation.logo"
MAX_LOGO_BYTES = 2 * 1024 * 1024

_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
}


@dataclass(frozen=True)
class Logo:
    file_name: str
    media_type: str
    content: bytes


def media_type_of(content: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` from the file's first bytes, else None."""
    return next((kind for magic, kind in _SIGNATURES.items() if content.startswith(magic)), None)


def _not_an_image(name: str) -> str:
    return say("{name} is not a PNG or JPEG image", name=name)


def organisation_logo(session: Session) -> Logo | None:
    """The logo stored in this database, or None (also when the setting is unreadable)."""
    setting = session.get(Setting, LOGO_SETTING)
    if setting is None:
        return None
    try:
        stored = json.loads(setting.value)
        content = base64.b64decode(stored["data"], validate=True)
        return Logo(str(stored["file_name"]), str(stored["media_type"]), content)
    except (ValueError, TypeError, KeyError, binascii.Error):
        return None


def set_organisation_logo(session: Session, content: bytes, file_name: str) -> Logo:
    """Store a PNG or JPEG image (at most 2 MB) as the organisation's logo; returns it."""
    if not content:
        raise ValidationError("logo", say("{name} is empty", name=file_name))
    if len(content) > MAX_LOGO_BYTES:
        raise ValidationError(
            "logo",
            say(
                "{name} is larger than {megabytes} MB",
                name=file_name,
                megabytes=MAX_LOGO_BYTES // (1024 * 1024),
            ),
        )
    media_type = media_type_of(content)
    if media_type is None:
        raise ValidationError("logo", _not_an_image(file_name))
    logo = Logo(PurePath(file_name).name[:200], media_type, content)
    value = json.dumps(
        {
            "file_name": logo.file_name,
            "media_type": media_type,
            "data": base64.b64encode(content).decode("ascii"),
        }
    )
    setting = session.get(Setting, LOGO_SETTING)
    if setting is None:
        session.add(Setting(key=LOGO_SETTING, value=value))
    else:
        setting.value = value
    session.flush()
    return logo


def clear_organisation_logo(session: Session) -> bool:
    """Remove the logo; False when there was none."""
    setting = session.get(Setting, LOGO_SETTING)
    if setting is None:
        return False
    session.delete(setting)
    session.flush()
    return True
