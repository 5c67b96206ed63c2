"""A person's photo, for the delegation's face book, stored in the database.

The photo is an ``attachment`` row that ``person.photo_id`` points to, so the laptop carries it
offline and the privacy purge and access export already find it. Only PNG and JPEG are taken
(ReportLab draws both natively, and every camera and scanner writes one of them). A photo is
personal data, not a document with versions: replacing or removing it deletes the old bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import PurePath

from sqlalchemy.orm import Session

from delegation_app.errors import NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.branding import media_type_of
from delegation_app.storage.models import Attachment, Person

MAX_PHOTO_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class PhotoView:
    person_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PhotoFile:
    """A photo as the delegate form holds it: its file's name and bytes (equal when both are)."""

    file_name: str
    content: bytes = field(repr=False)


class PhotoProblem(StrEnum):
    """Why a file cannot be a photo, for a window to word in its own language."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_IMAGE = "not_image"


class PhotoRefused(ValidationError):
    """A file that cannot be a photo; ``problem`` says why ("empty", "too_large", "not_image")
    so that a window can word it in its own language."""

    def __init__(self, name: str, problem: PhotoProblem, message: str) -> None:
        super().__init__("photo", message)
        self.name = name
        self.problem = problem


def check_photo(content: bytes, file_name: str) -> tuple[str, str]:
    """The file's name to store and its media type, or PhotoRefused: empty, larger than 5 MB,
    or not a PNG or JPEG image."""
    name = PurePath(file_name.replace("\\", "/")).name[:255] or "photo"
    if not content:
        raise PhotoRefused(name, PhotoProblem.EMPTY, say("{name} is empty", name=name))
    if len(content) > MAX_PHOTO_BYTES:
        raise PhotoRefused(
            name,
            PhotoProblem.TOO_LARGE,
            say(
                "{name} is larger than {megabytes} MB (save it at a lower resolution)",
                name=name,
                megabytes=MAX_PHOTO_BYTES // (1024 * 1024),
            ),
        )
    media_type = media_type_of(content)
    if media_type is None:
        raise PhotoRefused(
            name, PhotoProblem.NOT_IMAGE, say("{name} is not a PNG or JPEG image", name=name)
        )
    return name, media_type


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(say("no person with id {person_id}", person_id=person_id))
    return person


def _drop(session: Session, person: Person) -> bool:
    """Delete the person's photo bytes, if any; True when there was one."""
    old = session.get(Attachment, person.photo_id) if person.photo_id else None
    person.photo_id = None
    session.flush()
    if old is None:
        return False
    session.delete(old)
    session.flush()
    return True


def set_photo(
    session: Session,
    person_id: int,
    content: bytes,
    file_name: str,
    *,
    uploaded_by: str | None = None,
    at: datetime | None = None,
) -> PhotoView:
    """Store a PNG or JPEG image (at most 5 MB) as the person's photo, replacing any earlier one."""
    person = _person(session, person_id)
    name, media_type = check_photo(content, file_name)
    _drop(session, person)
    digest = hashlib.sha256(content).hexdigest()
    attachment = Attachment(
        file_name=name,
        media_type=media_type,
        size=len(content),
        sha256=digest,
        content=content,
        uploaded_at=(at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None),
        uploaded_by=uploaded_by,
    )
    session.add(attachment)
    session.flush()
    person.photo_id = attachment.id
    session.flush()
    return PhotoView(person.id, name, media_type, len(content), digest)


def remove_photo(session: Session, person_id: int) -> bool:
    """Delete the person's photo; False when they had none."""
    return _drop(session, _person(session, person_id))


def photo_of(session: Session, person_id: int) -> PhotoView | None:
    """What is on file for the person, without its bytes; None when nothing is."""
    person = _person(session, person_id)
    attachment = session.get(Attachment, person.photo_id) if person.photo_id else None
    if attachment is None:
        return None
    return PhotoView(
        person.id, attachment.file_name, attachment.media_type, attachment.size, attachment.sha256
    )


def photo_file(session: Session, person_id: int) -> PhotoFile | None:
    """The person's photo with its bytes (what the delegate form shows), or None."""
    person = _person(session, person_id)
    attachment = session.get(Attachment, person.photo_id) if person.photo_id else None
    return None if attachment is None else PhotoFile(attachment.file_name, attachment.content)


def write_photo(session: Session, person_id: int, photo: PhotoFile | None) -> None:
    """Give the person this photo, or none (how the delegate form saves and undoes)."""
    if photo is None:
        remove_photo(session, person_id)
    else:
        set_photo(session, person_id, photo.content, photo.file_name)
