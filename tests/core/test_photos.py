"""A delegate's photo: stored, replaced and removed (service and `delegation-cli photo`), then
printed in the face book."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from delegation_app.cli import main
from delegation_app.errors import ValidationError
from delegation_app.services import people, photos
from delegation_app.services.papers import face_book
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.models import Attachment, Person


def image(kind: str, colour: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 50), colour).save(buffer, format=kind)
    return buffer.getvalue()


def attachments(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Attachment)) or 0


@pytest.fixture
def person_id(db: Database) -> int:
    with db.transaction() as session:
        return people.create_person(session, given_name="Zoë", family_name="Lefèvre").id


def test_a_photo_is_stored_with_its_bytes_and_digest(db: Database, person_id: int) -> None:
    png = image("PNG")
    with db.transaction() as session:
        view = photos.set_photo(session, person_id, png, r"C:\Users\coord\Photos\zoe.png")
    assert (view.file_name, view.media_type, view.size) == ("zoe.png", "image/png", len(png))
    with db.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None and person.photo_id is not None
        stored = session.get(Attachment, person.photo_id)
        assert stored is not None and stored.content == png
        assert stored.sha256 == hashlib.sha256(png).hexdigest() == view.sha256


def test_replacing_a_photo_deletes_the_old_bytes(db: Database, person_id: int) -> None:
    with db.transaction() as session:
        photos.set_photo(session, person_id, image("PNG"), "old.png")
    jpeg = image("JPEG", "blue")
    with db.transaction() as session:
        photos.set_photo(session, person_id, jpeg, "new.jpg")
    assert attachments(db) == 1
    with db.reading() as session:
        shown = photos.photo_of(session, person_id)
    assert shown is not None and (shown.file_name, shown.media_type) == ("new.jpg", "image/jpeg")


def test_removing_a_photo_leaves_nothing_of_it(db: Database, person_id: int) -> None:
    with db.transaction() as session:
        photos.set_photo(session, person_id, image("PNG"), "zoe.png")
    with db.transaction() as session:
        assert photos.remove_photo(session, person_id) is True
    with db.transaction() as session:
        assert photos.remove_photo(session, person_id) is False
        assert photos.photo_of(session, person_id) is None
    assert attachments(db) == 0


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "is empty"),
        (b"%PDF-1.7 not a picture", "is not a PNG or JPEG image"),
        (image("GIF"), "is not a PNG or JPEG image"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * photos.MAX_PHOTO_BYTES, "is larger than 5 MB"),
    ],
)
def test_a_file_that_is_not_a_usable_photo_is_refused_and_keeps_the_old_one(
    db: Database, person_id: int, content: bytes, says: str
) -> None:
    with db.transaction() as session:
        photos.set_photo(session, person_id, image("PNG"), "kept.png")
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        photos.set_photo(session, person_id, content, "bad.file")
    assert error.value.field == "photo" and says in str(error.value)
    with db.reading() as session:
        shown = photos.photo_of(session, person_id)
    assert shown is not None and shown.file_name == "kept.png"
    assert attachments(db) == 1


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_sets_a_photo_that_the_face_book_then_prints(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    jpeg = image("JPEG", "green")
    file = tmp_path / "gaudin.jpg"
    file.write_bytes(jpeg)
    db = str(demo_db_path)
    code, out, err = run(capsys, "photo", "set", "--person", "jcgaudin", str(file), "--db", db)
    assert (code, err) == (0, "")
    assert "gaudin.jpg (image/jpeg" in out
    code, out, _ = run(capsys, "photo", "show", "--person", "jcgaudin", "--db", db)
    assert code == 0 and hashlib.sha256(jpeg).hexdigest() in out

    database = open_database(demo_db_path)
    try:
        with database.reading() as session:
            gaudin = people.resolve_person_id(session, "jcgaudin")
            cards = [c for g in face_book(session, "miami-2017").groups for c in g.cards]
    finally:
        database.close()
    assert [c.photo for c in cards if c.person_id == gaudin] == [jpeg]

    code, out, _ = run(capsys, "photo", "remove", "--person", "jcgaudin", "--db", db)
    assert (code, out.strip()) == (0, "Photo removed.")
    code, out, _ = run(capsys, "photo", "show", "--person", "jcgaudin", "--db", db)
    assert code == 0 and "No photo of jcgaudin" in out


def test_the_cli_refuses_a_file_that_is_not_a_photo_in_one_sentence(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    file = tmp_path / "passport.pdf"
    file.write_bytes(b"%PDF-1.7")
    db = str(demo_db_path)
    code, out, err = run(capsys, "photo", "set", "--person", "jcgaudin", str(file), "--db", db)
    assert code == 1 and out == ""
    assert err.strip() == "delegation-cli: photo: passport.pdf is not a PNG or JPEG image"
    code, _, err = run(capsys, "photo", "set", "--person", "jcgaudin", "missing.png", "--db", db)
    assert code == 1 and "missing.png" in err and "Traceback" not in err
