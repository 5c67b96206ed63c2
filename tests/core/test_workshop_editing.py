"""The workshop editor's use case: a whole form saved in one transaction, read back as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from delegation_app.errors import ValidationError
from delegation_app.services.people import list_people
from delegation_app.services.workshop_editing import (
    OutsideSpeaker,
    WorkshopForm,
    outside_speaker,
    save_workshop,
    workshop_form,
)
from delegation_app.services.workshops import get_workshop, list_workshops
from delegation_app.storage.database import Database
from tests.core.test_workshops import MIAMI, Setup, _build


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        return _build(session)


def _form(setup: Setup, **changes: object) -> WorkshopForm:
    form = WorkshopForm(
        title_fr="Atelier : le projet SmartPort",
        title_en="Workshop: the SmartPort project",
        start_local=datetime(2017, 11, 6, 16, 30),
        start_zone=MIAMI,
        end_local=datetime(2017, 11, 6, 18, 0),
        theme="Port intelligent",
        sector="Maritime & Logistics",
        summary_fr="Logistique, énergie, numérique.",
        room="Salle Biscayne B",
        capacity=3,
        material="Badge",
        moderator_person_id=setup.persons["moderator"],
        speakers=((setup.persons["lkowalski"], "Cybersécurité"), (setup.persons["local"], None)),
        registered_ids=(setup.participants["delegate"],),
    )
    return replace(form, **changes)  # type: ignore[arg-type]


def test_a_new_workshop_is_saved_with_its_speakers_and_registrations(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        item_id = save_workshop(session, _form(setup), mission_id=setup.mission_id)
    with db.reading() as session:
        view = get_workshop(session, item_id)
    assert (view.title_en, view.room, view.capacity, view.theme) == (
        "Workshop: the SmartPort project",
        "Salle Biscayne B",
        3,
        "Port intelligent",
    )
    assert [(s.name, s.topic) for s in view.speakers] == [
        ("Łukasz Kowalski", "Cybersécurité"),
        ("Daniel Whitaker", None),
    ]
    # The moderator is on the delegation: they take a seat too.
    assert set(view.registered_ids) == {
        setup.participants["delegate"],
        setup.participants["moderator"],
    }


def test_saving_the_form_read_before_an_edit_gives_the_workshop_back(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        item_id = save_workshop(session, _form(setup), mission_id=setup.mission_id)
        before = workshop_form(session, item_id)
    edited = replace(
        before,
        title_en="Workshop: the smart port",
        capacity=2,
        moderator_person_id=None,
        speakers=((setup.persons["local"], "Miami"),),
        registered_ids=(setup.participants["second"], setup.participants["hducastel"]),
    )
    with db.transaction() as session:
        save_workshop(session, edited, mission_id=setup.mission_id, item_id=item_id)
        assert workshop_form(session, item_id) == replace(
            edited, registered_ids=tuple(sorted(edited.registered_ids))
        )
    with db.transaction() as session:
        save_workshop(session, before, mission_id=setup.mission_id, item_id=item_id)
    with db.reading() as session:
        assert workshop_form(session, item_id) == before


def test_a_refused_field_leaves_nothing_written(db: Database, setup: Setup) -> None:
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        save_workshop(session, _form(setup, capacity=0), mission_id=setup.mission_id)
    assert refused.value.field == "capacity"
    with db.reading() as session:
        titles = [w.title_en for w in list_workshops(session, setup.mission_id)]
    assert "Workshop: the SmartPort project" not in titles


def test_a_speaker_from_outside_is_recorded_as_a_person_with_the_workshop(
    db: Database, setup: Setup
) -> None:
    speaker = outside_speaker(" María  José López , PortMiami ")
    assert speaker == OutsideSpeaker("María", "José López", "PortMiami")
    form = _form(setup, speakers=((setup.persons["lkowalski"], None), (speaker, "Croisières")))
    with db.transaction() as session:
        item_id = save_workshop(session, form, mission_id=setup.mission_id)
    with db.reading() as session:
        view = get_workshop(session, item_id)
        people = {p.name: p for p in list_people(session)}
    assert [(s.name, s.organisation, s.topic) for s in view.speakers] == [
        ("Łukasz Kowalski", None, None),
        ("María José López", "PortMiami", "Croisières"),
    ]
    assert people["María José López"].organisation == "PortMiami"


def test_an_outside_speaker_needs_a_family_name() -> None:
    with pytest.raises(ValidationError) as refused:
        outside_speaker("Maria")
    assert refused.value.field == "speaker"
