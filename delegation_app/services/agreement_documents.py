"""Versions of an agreement's text, stored inside the database so that the laptop carries them.

Any file type: drafts as the parties exchange them, the signed copy as scanned. Each version
keeps its file name, media type, size, SHA-256, the time it was added (UTC) and who added it.

Versions are only ever added, never overwritten: a corrected text is a new version. The signed
copy, once marked, stays exactly as it is: it can be neither deleted nor changed (bytes, name,
language, note); what follows it is a new version. A draft version added by mistake may be
deleted.

A file is read whole, and checked, before anything is written: a file that does not exist,
cannot be read, is empty or is larger than ``MAX_DOCUMENT_BYTES`` is refused and nothing is
stored. Reading a stored version checks its SHA-256, so a damaged copy is never passed on as
the signed text.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, StorageError, ValidationError
from delegation_app.messages import Said, say
from delegation_app.services.agreements import STATUS_LABEL_WORDS, resolve_agreement_id
from delegation_app.services.validation import optional_text, utc_now
from delegation_app.storage.models import (
    Agreement,
    AgreementDocument,
    AgreementStatus,
    Attachment,
    Person,
)

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
"""50 MB: a scanned signed copy of a few dozen pages at 300 dpi fits; a video does not."""

# A signed copy exists once the text is at least ready for signature.
_NOT_YET_SIGNABLE = frozenset({AgreementStatus.DRAFT, AgreementStatus.NEGOTIATING})

# Office formats the standard library's built-in table does not know.
_MEDIA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".msg": "application/vnd.ms-outlook",
    ".md": "text/markdown",
}
# What a file holds when its name says nothing: a few signatures of common formats.
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", "application/zip"),
)
_UNKNOWN = "application/octet-stream"

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED_ON_WINDOWS = frozenset(
    ["con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10))]
)


@dataclass(frozen=True)
class DocumentView:
    """One version of an agreement's text, without its bytes (see :func:`document_bytes`)."""

    id: int
    agreement_id: int
    version: int
    name: str
    media_type: str
    size: int
    sha256: str
    uploaded_at: datetime
    """Aware, in UTC."""
    uploaded_by: str | None
    is_signed_copy: bool
    language: str | None
    note: str | None


@cache
def _builtin_types() -> mimetypes.MimeTypes:
    # A fresh MimeTypes holds Python's own table only: the same answer on every computer,
    # whatever the Windows registry or /etc/mime.types say.
    return mimetypes.MimeTypes()


def media_type_of(name: str, content: bytes) -> str:
    """The media type from the file name's extension, else from the first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in _MEDIA_TYPES:
        return _MEDIA_TYPES[suffix]
    if suffix:
        guessed, _encoding = _builtin_types().guess_type(f"x{suffix}", strict=False)
        if guessed:
            return guessed
    for signature, media_type in _MAGIC:
        if content.startswith(signature):
            return media_type
    return _UNKNOWN


def _clean_name(name: str) -> str:
    """The file name alone (no folder), NFC, without control characters."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name))[-1]
    base = _CONTROL.sub("", base).strip()
    if not base or base in (".", ".."):
        raise ValidationError("name", say("give the document's file name (e.g. accord-signe.pdf)"))
    if len(base) > 255:
        raise ValidationError("name", say("is longer than 255 characters"))
    return base


def safe_file_name(name: str) -> str:
    """A name every system accepts for a saved copy: no reserved characters or device names."""
    cleaned = _NOT_IN_FILE_NAMES.sub("_", unicodedata.normalize("NFC", name)).strip().rstrip(". ")
    stem = cleaned.split(".")[0].casefold()
    if not cleaned:
        return "document"
    return f"_{cleaned}" if stem in _RESERVED_ON_WINDOWS else cleaned


def _read(source: Path | str | bytes) -> tuple[bytes, str | None]:
    """The bytes of a file (or the bytes given) and the file's name; refuses what cannot be."""
    if isinstance(source, bytes | bytearray | memoryview):
        content = bytes(source)
        name = None
    else:
        path = Path(source)
        name = path.name
        try:
            if path.is_dir():
                raise ValidationError("file", say("'{path}' is a folder, not a file", path=path))
            size = path.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                raise ValidationError("file", _too_large(path.name, size))
            with path.open("rb") as handle:
                content = handle.read(MAX_DOCUMENT_BYTES + 1)
        except FileNotFoundError as exc:
            raise ValidationError("file", say("'{path}' does not exist", path=path)) from exc
        except PermissionError as exc:
            raise ValidationError(
                "file", say("'{name}' cannot be read: permission denied", name=path.name)
            ) from exc
        except OSError as exc:
            raise ValidationError(
                "file",
                say(
                    "'{name}' cannot be read ({reason})",
                    name=path.name,
                    reason=exc.strerror or str(exc),
                ),
            ) from exc
    if len(content) > MAX_DOCUMENT_BYTES:
        raise ValidationError("file", _too_large(name, len(content)))
    if not content:
        raise ValidationError(
            "file",
            say("'{name}' is empty (0 bytes)", name=name)
            if name
            else say("the document is empty (0 bytes)"),
        )
    return content, name


def _too_large(name: str | None, size: int) -> Said:
    megabytes, limit = size / 1024 / 1024, MAX_DOCUMENT_BYTES // 1024 // 1024
    if name is None:  # bytes given without a name
        return say(
            "'the document' is {megabytes:.1f} MB: documents are limited to "
            "{limit} MB (save a scan at a lower resolution)",
            megabytes=megabytes,
            limit=limit,
        )
    return say(
        "'{name}' is {megabytes:.1f} MB: documents are limited to "
        "{limit} MB (save a scan at a lower resolution)",
        name=name,
        megabytes=megabytes,
        limit=limit,
    )


def _language(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip().lower()
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise ValidationError(
            "language", say("'{code}' is not a language code (fr, en...)", code=value.strip())
        )
    return code


def _utc(at: datetime | None) -> datetime:
    if at is None:
        return utc_now()
    if at.tzinfo is None:
        return at
    return at.astimezone(UTC).replace(tzinfo=None)


def _check_signable(agreement: Agreement) -> None:
    if agreement.status in _NOT_YET_SIGNABLE:
        raise ValidationError(
            "signed",
            say(
                "'{short}' is still at the stage '{stage}': a signed copy can be recorded "
                "once the text is ready for signature or signed",
                short=agreement.short,
                stage=STATUS_LABEL_WORDS[agreement.status],
            ),
        )


def _describe(document: AgreementDocument, attachment_name: str, short: str) -> Said:
    return say(
        "version {version} of '{short}' ({file_name})",
        version=document.version,
        short=short,
        file_name=attachment_name,
    )


def add_document_version(
    session: Session,
    agreement_ref: str | int,
    source: Path | str | bytes,
    *,
    name: str | None = None,
    uploaded_by: str | None = None,
    signed: bool = False,
    language: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> DocumentView:
    """Store a file (a path, or its bytes with ``name``) as the agreement's next version.

    ``signed`` marks it as the signed copy, which is then never changed or deleted. The same
    bytes as an earlier version of the agreement are refused (nothing new to keep).
    """
    agreement = session.get(Agreement, resolve_agreement_id(session, str(agreement_ref)))
    assert agreement is not None
    content, file_name = _read(source)
    cleaned = _clean_name(name if name is not None else (file_name or ""))
    language = _language(language)
    note = optional_text("note", note, max_length=2_000)
    uploaded_by = optional_text("uploaded by", uploaded_by, max_length=120)
    if signed:
        _check_signable(agreement)
    digest = hashlib.sha256(content).hexdigest()
    same = session.execute(
        select(AgreementDocument, Attachment.file_name)
        .join(Attachment, AgreementDocument.attachment_id == Attachment.id)
        .where(AgreementDocument.agreement_id == agreement.id, Attachment.sha256 == digest)
        .order_by(AgreementDocument.version)
    ).first()
    if same is not None:
        earlier, earlier_name = same
        described = _describe(earlier, earlier_name, agreement.short)
        raise Conflict(
            say(
                "'{name}' is the same file as {earlier}: nothing was added"
                "; mark that version as the signed copy instead",
                name=cleaned,
                earlier=described,
            )
            if signed and not earlier.is_signed_copy
            else say(
                "'{name}' is the same file as {earlier}: nothing was added",
                name=cleaned,
                earlier=described,
            )
        )
    last = session.scalar(
        select(func.max(AgreementDocument.version)).where(
            AgreementDocument.agreement_id == agreement.id
        )
    )
    attachment = Attachment(
        file_name=cleaned,
        media_type=media_type_of(cleaned, content),
        size=len(content),
        sha256=digest,
        content=content,
        uploaded_at=_utc(at),
        uploaded_by=uploaded_by,
    )
    session.add(attachment)
    session.flush()
    document = AgreementDocument(
        agreement_id=agreement.id,
        attachment_id=attachment.id,
        version=(last or 0) + 1,
        is_signed_copy=signed,
        language=language,
        note=note,
    )
    session.add(document)
    session.flush()
    return _view(document, attachment)


def _view(document: AgreementDocument, attachment: Attachment) -> DocumentView:
    return DocumentView(
        id=document.id,
        agreement_id=document.agreement_id,
        version=document.version,
        name=attachment.file_name,
        media_type=attachment.media_type,
        size=attachment.size,
        sha256=attachment.sha256,
        uploaded_at=attachment.uploaded_at.replace(tzinfo=UTC),
        uploaded_by=attachment.uploaded_by,
        is_signed_copy=document.is_signed_copy,
        language=document.language,
        note=document.note,
    )


_VIEW_COLUMNS = (
    AgreementDocument.id,
    AgreementDocument.agreement_id,
    AgreementDocument.version,
    Attachment.file_name,
    Attachment.media_type,
    Attachment.size,
    Attachment.sha256,
    Attachment.uploaded_at,
    Attachment.uploaded_by,
    AgreementDocument.is_signed_copy,
    AgreementDocument.language,
    AgreementDocument.note,
)


def list_documents(session: Session, agreement_ref: str | int) -> list[DocumentView]:
    """The agreement's versions, oldest first; the files' bytes are not read."""
    agreement_id = resolve_agreement_id(session, str(agreement_ref))
    rows = session.execute(
        select(*_VIEW_COLUMNS)
        .join(Attachment, AgreementDocument.attachment_id == Attachment.id)
        .where(AgreementDocument.agreement_id == agreement_id)
        .order_by(AgreementDocument.version)
    )
    return [
        DocumentView(
            id=row[0],
            agreement_id=row[1],
            version=row[2],
            name=row[3],
            media_type=row[4],
            size=row[5],
            sha256=row[6],
            uploaded_at=row[7].replace(tzinfo=UTC),
            uploaded_by=row[8],
            is_signed_copy=bool(row[9]),
            language=row[10],
            note=row[11],
        )
        for row in rows
    ]


def _document(session: Session, document_id: int) -> tuple[AgreementDocument, Attachment]:
    document = session.get(AgreementDocument, document_id)
    if document is None:
        raise NotFound(say("no agreement document with id {document_id}", document_id=document_id))
    attachment = session.get(Attachment, document.attachment_id)
    assert attachment is not None  # the foreign key restricts its deletion
    return document, attachment


def get_document(session: Session, document_id: int) -> DocumentView:
    return _view(*_document(session, document_id))


def _refuse_if_signed(
    session: Session, document: AgreementDocument, name: str, *, deleting: bool
) -> None:
    if document.is_signed_copy:
        short = session.scalar(select(Agreement.short).where(Agreement.id == document.agreement_id))
        described = _describe(document, name, short or "?")
        raise Conflict(
            say(
                "{document} is the signed copy: it is kept as it was signed and cannot be "
                "deleted or replaced; add a new version instead",
                document=described,
            )
            if deleting
            else say(
                "{document} is the signed copy: it is kept as it was signed and cannot be "
                "changed; add a new version instead",
                document=described,
            )
        )


def mark_signed_copy(session: Session, document_id: int) -> DocumentView:
    """Mark a stored version as the signed copy; from then on it never changes."""
    document, attachment = _document(session, document_id)
    if document.is_signed_copy:
        raise Conflict(
            say("version {version} is already the signed copy", version=document.version)
        )
    agreement = session.get(Agreement, document.agreement_id)
    assert agreement is not None
    _check_signable(agreement)
    document.is_signed_copy = True
    session.flush()
    return _view(document, attachment)


_UNCHANGED = object()


def update_document(
    session: Session,
    document_id: int,
    *,
    name: str | object | None = _UNCHANGED,
    language: str | object | None = _UNCHANGED,
    note: str | object | None = _UNCHANGED,
) -> DocumentView:
    """Correct a draft version's name, language or note (the signed copy is refused)."""
    document, attachment = _document(session, document_id)
    _refuse_if_signed(session, document, attachment.file_name, deleting=False)
    if name is not _UNCHANGED:
        attachment.file_name = _clean_name(name if isinstance(name, str) else "")
    if language is not _UNCHANGED:
        document.language = _language(language if isinstance(language, str) else None)
    if note is not _UNCHANGED:
        document.note = optional_text(
            "note", note if isinstance(note, str) else None, max_length=2_000
        )
    session.flush()
    return _view(document, attachment)


def delete_document(session: Session, document_id: int) -> DocumentView:
    """Delete a draft version added by mistake, with its bytes; the signed copy is refused.

    The other versions keep their numbers; the next one added is numbered after the last kept.
    """
    document, attachment = _document(session, document_id)
    _refuse_if_signed(session, document, attachment.file_name, deleting=True)
    view = _view(document, attachment)
    session.delete(document)
    session.flush()
    # The bytes go too, unless something else (a person's photo) happens to use the same row.
    used_elsewhere = session.scalar(
        select(func.count()).select_from(Person).where(Person.photo_id == attachment.id)
    ) or session.scalar(
        select(func.count())
        .select_from(AgreementDocument)
        .where(AgreementDocument.attachment_id == attachment.id)
    )
    if not used_elsewhere:
        session.execute(delete(Attachment).where(Attachment.id == attachment.id))
    session.flush()
    return view


def document_bytes(session: Session, document_id: int) -> bytes:
    """The stored file, checked against its SHA-256 (a damaged copy raises StorageError)."""
    document, attachment = _document(session, document_id)
    content = attachment.content
    if len(content) != attachment.size or hashlib.sha256(content).hexdigest() != attachment.sha256:
        raise StorageError(
            say(
                "the stored copy of version {version} ({file_name}) is damaged: "
                "its SHA-256 no longer matches; restore a backup of the database",
                version=document.version,
                file_name=attachment.file_name,
            )
        )
    return content


def save_document(session: Session, document_id: int, target: Path | str) -> Path:
    """Write the stored file to ``target`` (a file, or a folder to hold it under its name).

    Written to a temporary file beside it and moved into place, so a viewer never opens half
    a file and an earlier copy at ``target`` stays whole if anything fails. Returns the path.
    """
    content = document_bytes(session, document_id)
    target = Path(target)
    if target.is_dir():
        target = target / safe_file_name(get_document(session, document_id).name)
    if not target.parent.is_dir():
        raise ValidationError(
            "target", say("the folder '{folder}' does not exist", folder=target.parent)
        )
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.stem}-", suffix=".part"
        )
    except OSError as exc:
        raise ValidationError(
            "target",
            say(
                "cannot write in '{folder}' ({reason})",
                folder=target.parent,
                reason=exc.strerror or str(exc),
            ),
        ) from exc
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(content)
            output.flush()
            os.fsync(output.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ValidationError(
            "target",
            say(
                "cannot write '{target}' ({reason})", target=target, reason=exc.strerror or str(exc)
            ),
        ) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
