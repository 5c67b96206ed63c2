"""Versions of an agreement's text stored in the database; the signed copy never changes."""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, update

from delegation_app.errors import Conflict, NotFound, StorageError, ValidationError
from delegation_app.services import agreement_documents as documents
from delegation_app.services.agreement_documents import (
    add_document_version,
    delete_document,
    document_bytes,
    list_documents,
    mark_signed_copy,
    media_type_of,
    safe_file_name,
    save_document,
    update_document,
)
from delegation_app.services.agreements import change_status
from delegation_app.storage.database import Database
from delegation_app.storage.models import AgreementDocument, AgreementStatus, Attachment
from tests.core.test_agreements import Setup, _build, _create

DRAFT = "Projet d'accord de jumelage – version 1\n".encode()
SIGNED_PDF = b"%PDF-1.4\n% the scan of the signed original\n%%EOF\n"


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        return _build(session)


@pytest.fixture
def agreement(db: Database, setup: Setup) -> int:
    with db.transaction() as session:
        return _create(session, setup).id


def _ready(db: Database, agreement_id: int) -> None:
    with db.transaction() as session:
        change_status(
            session, agreement_id, AgreementStatus.READY, at=datetime(2017, 10, 16, tzinfo=UTC)
        )


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(AgreementDocument)) or 0,
            session.scalar(select(func.count()).select_from(Attachment)) or 0,
        )


def test_a_file_is_stored_with_its_name_size_digest_date_and_uploader(
    db: Database, agreement: int, tmp_path: Path
) -> None:
    source = tmp_path / "projet-accord-v1.docx"
    source.write_bytes(DRAFT)
    at = datetime(2017, 6, 20, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))
    with db.transaction() as session:
        view = add_document_version(
            session,
            "amp-miami-dade",
            source,
            uploaded_by="Relations internationales",
            language="FR",
            note="Projet envoyé au Comté",
            at=at,
        )
    assert view.version == 1
    assert view.name == "projet-accord-v1.docx"
    assert view.media_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert view.size == len(DRAFT)
    assert view.sha256 == hashlib.sha256(DRAFT).hexdigest()
    assert view.uploaded_at == datetime(2017, 6, 20, 8, 30, tzinfo=UTC)
    assert view.uploaded_by == "Relations internationales"
    assert (view.language, view.note, view.is_signed_copy) == (
        "fr",
        "Projet envoyé au Comté",
        False,
    )
    with db.reading() as session:
        assert document_bytes(session, view.id) == DRAFT
        assert list_documents(session, agreement) == [view]


def test_versions_are_numbered_in_order(db: Database, agreement: int) -> None:
    with db.transaction() as session:
        first = add_document_version(session, agreement, b"v1", name="v1.txt")
        second = add_document_version(session, agreement, b"v2", name="v2.txt")
    assert (first.version, second.version) == (1, 2)
    with db.reading() as session:
        assert [d.name for d in list_documents(session, agreement)] == ["v1.txt", "v2.txt"]


def test_bytes_need_a_name_and_paths_lose_their_folder(db: Database, agreement: int) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        add_document_version(session, agreement, b"content")
    assert error.value.field == "name"
    with db.transaction() as session:
        view = add_document_version(session, agreement, b"content", name="C:\\Users\\x\\a.pdf")
    assert view.name == "a.pdf"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("accord.pdf", b"", "application/pdf"),
        ("ACCORD.PDF", b"", "application/pdf"),
        ("scan", SIGNED_PDF, "application/pdf"),
        ("photo", b"\xff\xd8\xff\xe0 jpeg", "image/jpeg"),
        ("notes.txt", b"", "text/plain"),
        ("accord.odt", b"", "application/vnd.oasis.opendocument.text"),
        ("mystery.xyz", b"\x00\x01", "application/octet-stream"),
    ],
)
def test_media_types_come_from_the_name_then_the_content(
    name: str, content: bytes, expected: str
) -> None:
    assert media_type_of(name, content) == expected


def test_the_signed_copy_is_a_new_version_marked_as_such(db: Database, agreement: int) -> None:
    _ready(db, agreement)
    with db.transaction() as session:
        add_document_version(session, agreement, DRAFT, name="projet.txt")
        signed = add_document_version(
            session, agreement, SIGNED_PDF, name="accord-signe.pdf", signed=True
        )
    assert (signed.version, signed.is_signed_copy, signed.media_type) == (
        2,
        True,
        "application/pdf",
    )


def test_a_signed_copy_of_a_draft_is_refused(db: Database, agreement: int) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        add_document_version(session, agreement, SIGNED_PDF, name="signe.pdf", signed=True)
    assert error.value.field == "signed"
    assert "ready for signature" in error.value.message
    assert _counts(db) == (0, 0)


@pytest.fixture
def signed_copy(db: Database, agreement: int) -> int:
    _ready(db, agreement)
    with db.transaction() as session:
        add_document_version(session, agreement, DRAFT, name="projet.txt")
        return add_document_version(
            session, agreement, SIGNED_PDF, name="accord-signe.pdf", signed=True
        ).id


def test_the_signed_copy_cannot_be_deleted(db: Database, signed_copy: int) -> None:
    with pytest.raises(Conflict) as error, db.transaction() as session:
        delete_document(session, signed_copy)
    assert str(error.value) == (
        "version 2 of 'amp-miami-dade' (accord-signe.pdf) is the signed copy: it is kept as it "
        "was signed and cannot be deleted or replaced; add a new version instead"
    )
    assert _counts(db) == (2, 2)
    with db.reading() as session:
        assert document_bytes(session, signed_copy) == SIGNED_PDF


def test_the_signed_copy_cannot_be_renamed_or_annotated(db: Database, signed_copy: int) -> None:
    with pytest.raises(Conflict, match="cannot be changed"), db.transaction() as session:
        update_document(session, signed_copy, name="autre.pdf")
    with pytest.raises(Conflict), db.transaction() as session:
        update_document(session, signed_copy, note="corrigé")
    with db.reading() as session:
        [_, kept] = list_documents(session, "amp-miami-dade")
    assert (kept.name, kept.note) == ("accord-signe.pdf", None)


def test_the_signed_copy_is_not_marked_twice(db: Database, signed_copy: int) -> None:
    with pytest.raises(Conflict, match="already the signed copy"), db.transaction() as session:
        mark_signed_copy(session, signed_copy)


def test_the_same_bytes_again_are_refused_naming_the_version(
    db: Database, signed_copy: int
) -> None:
    with pytest.raises(Conflict) as error, db.transaction() as session:
        add_document_version(session, "amp-miami-dade", SIGNED_PDF, name="copie.pdf")
    assert "same file as version 2 of 'amp-miami-dade' (accord-signe.pdf)" in str(error.value)
    assert _counts(db) == (2, 2)


def test_a_later_version_follows_the_signed_copy(db: Database, signed_copy: int) -> None:
    with db.transaction() as session:
        later = add_document_version(
            session, "amp-miami-dade", b"avenant", name="avenant-1.txt", note="Avenant n° 1"
        )
        documents_now = list_documents(session, "amp-miami-dade")
    assert later.version == 3
    assert [(d.version, d.is_signed_copy) for d in documents_now] == [
        (1, False),
        (2, True),
        (3, False),
    ]


def test_a_draft_version_is_marked_signed_then_frozen(db: Database, agreement: int) -> None:
    _ready(db, agreement)
    with db.transaction() as session:
        draft = add_document_version(session, agreement, SIGNED_PDF, name="final.pdf")
    with pytest.raises(Conflict) as error, db.transaction() as session:
        add_document_version(session, agreement, SIGNED_PDF, name="final.pdf", signed=True)
    assert "mark that version as the signed copy instead" in str(error.value)
    with db.transaction() as session:
        assert mark_signed_copy(session, draft.id).is_signed_copy
    with pytest.raises(Conflict), db.transaction() as session:
        delete_document(session, draft.id)


def test_a_draft_version_may_be_corrected_or_deleted(db: Database, agreement: int) -> None:
    with db.transaction() as session:
        first = add_document_version(session, agreement, b"one", name="one.txt")
        second = add_document_version(session, agreement, b"two", name="two.txt")
        renamed = update_document(session, first.id, name="projet-v1.txt", language="en")
    assert (renamed.name, renamed.language) == ("projet-v1.txt", "en")
    with db.transaction() as session:
        deleted = delete_document(session, second.id)
    assert deleted.name == "two.txt"
    assert _counts(db) == (1, 1)  # the bytes went with it
    with db.transaction() as session:
        assert add_document_version(session, agreement, b"three", name="3.txt").version == 2


def test_deleting_a_middle_version_keeps_the_others_numbers(db: Database, agreement: int) -> None:
    with db.transaction() as session:
        ids = [
            add_document_version(session, agreement, b"%d" % n, name=f"{n}.txt").id
            for n in (1, 2, 3)
        ]
        delete_document(session, ids[1])
        later = add_document_version(session, agreement, b"4", name="4.txt")
        versions = [d.version for d in list_documents(session, agreement)]
    assert versions == [1, 3, 4]
    assert later.version == 4


# --- refused files: nothing stored --------------------------------------------------------------


def test_a_missing_file_is_refused(db: Database, agreement: int, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        add_document_version(session, agreement, tmp_path / "absent.pdf")
    assert error.value.field == "file"
    assert "does not exist" in error.value.message
    assert _counts(db) == (0, 0)


def test_a_folder_is_refused(db: Database, agreement: int, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder"), db.transaction() as session:
        add_document_version(session, agreement, tmp_path)
    assert _counts(db) == (0, 0)


def test_an_empty_file_is_refused(db: Database, agreement: int, tmp_path: Path) -> None:
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        add_document_version(session, agreement, empty)
    assert error.value.message == "'vide.pdf' is empty (0 bytes)"
    assert _counts(db) == (0, 0)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not bind root"
)
def test_an_unreadable_file_is_refused_and_nothing_is_stored(
    db: Database, agreement: int, tmp_path: Path
) -> None:
    locked = tmp_path / "verrouille.pdf"
    locked.write_bytes(SIGNED_PDF)
    locked.chmod(0)
    try:
        with pytest.raises(ValidationError) as error, db.transaction() as session:
            add_document_version(session, agreement, locked)
    finally:
        locked.chmod(0o600)
    assert error.value.message == "'verrouille.pdf' cannot be read: permission denied"
    assert _counts(db) == (0, 0)


def test_a_read_failing_midway_stores_nothing(
    db: Database, agreement: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(SIGNED_PDF)

    class FailingFile:
        def __enter__(self) -> FailingFile:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def read(self, size: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", lambda self, *args, **kwargs: FailingFile())
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        add_document_version(session, agreement, source)
    monkeypatch.undo()
    assert error.value.message == "'scan.pdf' cannot be read (Input/output error)"
    assert _counts(db) == (0, 0)


def test_a_file_over_the_limit_is_refused_with_the_limit(
    db: Database, agreement: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    big = tmp_path / "scan-600dpi.pdf"
    big.write_bytes(b"%PDF" + b"0" * (3 * 1024 * 1024))
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        add_document_version(session, agreement, big)
    assert error.value.message == (
        "'scan-600dpi.pdf' is 3.0 MB: documents are limited to 1 MB "
        "(save a scan at a lower resolution)"
    )
    with pytest.raises(ValidationError, match="limited to 1 MB"), db.transaction() as session:
        add_document_version(session, agreement, b"0" * (1024 * 1024 + 1), name="x.bin")
    assert _counts(db) == (0, 0)


def test_the_limit_is_fifty_megabytes() -> None:
    assert documents.MAX_DOCUMENT_BYTES == 50 * 1024 * 1024


def test_an_unknown_agreement_or_document_is_not_found(db: Database, agreement: int) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        add_document_version(session, "no-such-agreement", b"x", name="x.txt")
    with pytest.raises(NotFound), db.reading() as session:
        document_bytes(session, 999)


# --- reading back and saving ----------------------------------------------------------------


def test_a_damaged_stored_copy_is_reported_not_passed_on(db: Database, signed_copy: int) -> None:
    with db.transaction() as session:
        session.execute(update(Attachment).values(content=b"%PDF-1.4 tampered"))
    with pytest.raises(StorageError, match="damaged"), db.reading() as session:
        document_bytes(session, signed_copy)


def test_save_document_writes_the_file_whole(
    db: Database, signed_copy: int, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with db.reading() as session:
        into_folder = save_document(session, signed_copy, folder)
        named = save_document(session, signed_copy, folder / "copie.pdf")
    assert into_folder == folder / "accord-signe.pdf"
    assert into_folder.read_bytes() == named.read_bytes() == SIGNED_PDF
    assert sorted(p.name for p in folder.iterdir()) == ["accord-signe.pdf", "copie.pdf"]


def test_save_document_to_a_missing_folder_is_refused(
    db: Database, signed_copy: int, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as error, db.reading() as session:
        save_document(session, signed_copy, tmp_path / "absent" / "copie.pdf")
    assert error.value.field == "target"


def test_a_failed_save_leaves_the_earlier_copy_whole(
    db: Database, signed_copy: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "copie.pdf"
    target.write_bytes(b"earlier copy")

    def no_space(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(documents.os, "replace", no_space)
    with pytest.raises(ValidationError, match="No space left"), db.reading() as session:
        save_document(session, signed_copy, target)
    assert target.read_bytes() == b"earlier copy"
    assert [p.name for p in folder.iterdir()] == ["copie.pdf"]


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("accord signé.pdf", "accord signé.pdf"),
        ('a<b>:"c"|?*.pdf', "a_b___c____.pdf"),
        ("CON.txt", "_CON.txt"),
        ("trailing. ", "trailing"),
        ("", "document"),
    ],
)
def test_saved_copies_get_names_every_system_accepts(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


# --- the demo -------------------------------------------------------------------------------


def test_demo_sister_agreement_carries_its_signed_copy(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        versions = list_documents(session, "amp-miami-dade-2017")
        signed = next(d for d in versions if d.is_signed_copy)
        saved = save_document(session, signed.id, tmp_path)
        draft = document_bytes(session, versions[0].id).decode("utf-8")
    assert [(d.version, d.is_signed_copy) for d in versions] == [(1, False), (2, True)]
    assert signed.name == "accord-jumelage-amp-miami-dade-signe.pdf"
    assert signed.sha256 == hashlib.sha256(saved.read_bytes()).hexdigest()
    assert signed.uploaded_at == datetime(2017, 11, 6, 19, 0, tzinfo=UTC)  # 14:00 in Miami
    text = PdfReader(saved).pages[0].extract_text()
    assert "Signed at Miami-Dade County Hall, Miami, on November 6, 2017." in text
    assert "Carmen Ibáñez-Rivera" in text
    assert draft.startswith("PROJET")
    assert versions[0].uploaded_at.date() == date(2017, 6, 20)


def test_demo_montreal_agreement_has_a_draft_only(demo_db: Database) -> None:
    with demo_db.reading() as session:
        versions = list_documents(session, "montreal-marseille-2019")
        with pytest.raises(ValidationError):
            add_document_version(
                session, "montreal-marseille-2019", b"x", name="s.pdf", signed=True
            )
    assert [(d.version, d.is_signed_copy, d.language) for d in versions] == [(1, False, "fr")]


def test_a_file_the_system_refuses_to_open_is_refused(
    db: Database, agreement: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "verrouille.pdf"
    source.write_bytes(SIGNED_PDF)

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        add_document_version(session, agreement, source)
    monkeypatch.undo()
    assert error.value.message == "'verrouille.pdf' cannot be read: permission denied"
    assert _counts(db) == (0, 0)
