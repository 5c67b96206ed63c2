"""The item editor on the demo database: a place typed that no venue has yet, repeats chosen
simply or as an RRULE (with how many times they happen), and the private flag."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from delegation_app.services.agenda import programme_for
from delegation_app.services.itinerary import ItemChanges, create_item, item_detail, update_item
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.venues import NewVenue, with_venue
from delegation_app.storage.database import Database
from delegation_app.storage.models import ItineraryItem, Venue
from ui.i18n import translations
from ui.item_dialog import (
    CUSTOM_RULE,
    DAILY_COUNT,
    DAILY_TO_STOP_END,
    EXCLUDED,
    INCLUDED,
    NO_REPEAT,
    ItemDialog,
    load_choices,
)

NEW_YORK = "America/New_York"


@pytest.fixture
def miami(demo_db: Database) -> MissionView:
    with demo_db.reading() as session:
        return get_mission(session, "miami-2017")


def _open(
    qtbot: QtBot, db: Database, mission: MissionView, *, item_id: int | None = None
) -> ItemDialog:
    with db.reading() as session:
        choices = load_choices(session, mission)
        detail = item_detail(session, item_id) if item_id is not None else None
    dialog = ItemDialog(db, choices, detail=detail, language="en")
    qtbot.addWidget(dialog)
    return dialog


def _new(qtbot: QtBot, db: Database, mission: MissionView, title: str) -> ItemDialog:
    dialog = _open(qtbot, db, mission)
    dialog.title_fr_edit.setText(title)
    dialog.start_edit.setText("6/11 8h")
    dialog.end_edit.setText("30 min")
    assert dialog.start_zone.currentText() == NEW_YORK
    return dialog


def _write(db: Database, mission: MissionView, dialog: ItemDialog) -> int:
    """What the page's create command does with an accepted editor, in one transaction."""
    dialog.accept()
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    with db.transaction() as session:
        changes = with_venue(session, dialog.changes, dialog.new_venue)
        values = {f.name: getattr(changes, f.name) for f in fields(ItemChanges)}
        return create_item(session, mission_id=mission.id, **values)


def _set_mode(dialog: ItemDialog, mode: str) -> None:
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData(mode))


def _venue_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Venue)) or 0)


# --- the place ------------------------------------------------------------------------------


def test_creating_an_item_at_a_new_place_creates_the_venue_and_points_to_it(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    venues_before = _venue_count(demo_db)
    dialog = _new(qtbot, demo_db, miami, "Visite des Wynwood Walls")
    assert dialog.new_place_box.isHidden()
    dialog.venue_combo.setEditText("Wynwood  Walls")
    assert not dialog.new_place_box.isHidden()
    assert dialog.new_place_label.text() == "New place: Wynwood Walls"
    dialog.address_edit.setText("2520 NW 2nd Ave")
    assert dialog.ok_button.isEnabled()
    assert _venue_count(demo_db) == venues_before  # the check made it, then rolled it back

    item_id = _write(demo_db, miami, dialog)
    assert dialog.changes.venue_id is None
    assert dialog.new_venue == NewVenue("Wynwood Walls", "2520 NW 2nd Ave", "Miami", NEW_YORK)
    with demo_db.reading() as session:
        venue_id = item_detail(session, item_id).venue_id
        assert venue_id is not None
        venue = session.get(Venue, venue_id)
        assert venue is not None
        assert (venue.name, venue.address, venue.city, venue.zone) == (
            "Wynwood Walls",
            "2520 NW 2nd Ave",
            "Miami",
            NEW_YORK,
        )
    assert _venue_count(demo_db) == venues_before + 1


def test_typing_a_known_venue_name_picks_it_rather_than_making_another(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _new(qtbot, demo_db, miami, "Déjeuner")
    known = next(v for v in dialog._choices.venues if v.city in (None, "Miami"))
    dialog.venue_combo.setEditText(known.name.upper())
    assert dialog.place() == (known.id, None)
    assert dialog.new_place_box.isHidden()
    label = dialog.venue_combo.itemText(dialog.venue_combo.findData(known.id))
    dialog.venue_combo.setEditText(label)
    assert dialog.place() == (known.id, None)
    dialog.venue_combo.setEditText("")
    assert dialog.place() == (None, None)
    assert dialog.ok_button.isEnabled()


def test_a_new_place_name_too_long_is_refused_under_the_place(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _new(qtbot, demo_db, miami, "Déjeuner")
    dialog.venue_combo.setEditText("Chez Lulu")
    dialog.address_edit.setText("x" * 400)
    assert "venue" in dialog.errors
    assert not dialog.error_labels["venue"].isHidden()
    assert not dialog.ok_button.isEnabled()


# --- repeats --------------------------------------------------------------------------------


def test_a_daily_repeat_until_the_end_of_the_stop_is_in_the_programme_each_day(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _new(qtbot, demo_db, miami, "Point presse du matin")
    assert dialog.repeat_summary.isHidden()
    assert dialog.repeat_count.isHidden() and dialog.repeat_rule_edit.isHidden()
    _set_mode(dialog, DAILY_TO_STOP_END)
    assert dialog.changes.recurrence == "FREQ=DAILY;UNTIL=20171110T235959"  # Miami ends 10/11
    assert dialog.repeat_summary.text() == "5 occurrences, last on Friday 10 November"
    assert not dialog.repeat_summary.isHidden()

    item_id = _write(demo_db, miami, dialog)
    with demo_db.reading() as session:
        days = [e.start_local for e in programme_for(session, miami.id) if e.item_id == item_id]
    assert days == [datetime(2017, 11, day, 8, 0) for day in range(6, 11)]


def test_a_daily_repeat_a_number_of_times_says_when_it_ends(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _new(qtbot, demo_db, miami, "Point presse du matin")
    _set_mode(dialog, DAILY_COUNT)
    assert not dialog.repeat_count.isHidden()
    dialog.repeat_count.setValue(4)
    assert dialog.changes.recurrence == "FREQ=DAILY;COUNT=4"
    assert dialog.repeat_summary.text() == "4 occurrences, last on Thursday 9 November"
    _set_mode(dialog, NO_REPEAT)
    assert dialog.changes.recurrence is None
    assert dialog.repeat_summary.isHidden()


def test_an_invalid_custom_rule_shows_an_error_under_the_field_and_disables_ok(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _new(qtbot, demo_db, miami, "Point presse du matin")
    _set_mode(dialog, CUSTOM_RULE)
    assert not dialog.repeat_rule_edit.isHidden()
    assert dialog.errors["repeat"] == "Required: a rule such as FREQ=WEEKLY;COUNT=4"
    dialog.repeat_rule_edit.setText("FREQ=SOMETIMES")
    label = dialog.error_labels["repeat"]
    assert not label.isHidden()
    assert "is not a valid RRULE" in label.text()
    assert "start" not in dialog.errors  # the error is under the repeat, not the start
    assert dialog.repeat_summary.isHidden()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != ItemDialog.DialogCode.Accepted

    dialog.repeat_rule_edit.setText("FREQ=WEEKLY;COUNT=4")  # only one week left in Miami
    assert dialog.errors == {}
    assert dialog.repeat_summary.text() == "1 occurrence, on Monday 6 November"
    assert dialog.ok_button.isEnabled()


def test_a_rule_with_no_date_within_the_mission_is_refused(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _new(qtbot, demo_db, miami, "Point presse du matin")
    _set_mode(dialog, CUSTOM_RULE)
    dialog.repeat_rule_edit.setText("FREQ=DAILY;UNTIL=20171101T000000")
    assert dialog.errors["repeat"] == "This rule gives no date within the mission"
    assert not dialog.ok_button.isEnabled()


def test_opening_a_daily_item_shows_its_rule_as_the_simple_choice_and_changes_nothing(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    with demo_db.reading() as session:
        item_id = session.scalar(
            select(ItineraryItem.id).where(ItineraryItem.title_en == "Daily staff briefing")
        )
        assert item_id is not None
        before = item_detail(session, item_id)
    assert before.recurrence == "FREQ=DAILY;COUNT=5"
    dialog = _open(qtbot, demo_db, miami, item_id=item_id)
    assert dialog.repeat_combo.currentData() == DAILY_COUNT
    assert dialog.repeat_count.value() == 5
    assert dialog.repeat_summary.text() == "5 occurrences, last on Friday 10 November"
    dialog.accept()
    assert dialog.changes == before.changes()
    assert dialog.new_venue is None


def test_an_unusual_stored_rule_is_shown_as_typed(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _new(qtbot, demo_db, miami, "Point presse")
    dialog.accept()
    item_id = _write(demo_db, miami, dialog)
    with demo_db.transaction() as session:
        update_item(session, item_id, recurrence="FREQ=DAILY;INTERVAL=2;COUNT=3")
    dialog = _open(qtbot, demo_db, miami, item_id=item_id)
    assert dialog.repeat_combo.currentData() == CUSTOM_RULE
    assert dialog.repeat_rule_edit.text() == "FREQ=DAILY;INTERVAL=2;COUNT=3"
    assert dialog.repeat_summary.text() == "3 occurrences, last on Friday 10 November"


# --- the private flag -----------------------------------------------------------------------


def test_the_private_flag_is_saved_and_read_back(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _new(qtbot, demo_db, miami, "Dîner privé")
    assert not dialog.private_check.isChecked()
    dialog.private_check.setChecked(True)
    assert dialog.changes.is_private
    item_id = _write(demo_db, miami, dialog)
    with demo_db.reading() as session:
        assert item_detail(session, item_id).is_private

    dialog = _open(qtbot, demo_db, miami, item_id=item_id)
    assert dialog.private_check.isChecked()
    dialog.private_check.setChecked(False)
    dialog.accept()
    with demo_db.transaction() as session:
        update_item(session, item_id, dialog.changes)
    with demo_db.reading() as session:
        assert not item_detail(session, item_id).is_private


def test_the_attendance_summary_says_one_or_many_without_a_parenthesised_plural(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    translations.install("fr")
    try:
        dialog = _open(qtbot, demo_db, miami)
        dialog.attendance.set_rows_state([0], EXCLUDED)
        assert dialog.attendance_summary.text() == "1 exclu"
        dialog.attendance.set_rows_state([1, 2], EXCLUDED)
        dialog.attendance.set_rows_state([3], INCLUDED)
        assert dialog.attendance_summary.text() == "1 invité nommément · 3 exclus"
        dialog.attendance.set_rows_state([4], INCLUDED)
        assert dialog.attendance_summary.text() == "2 invités nommément · 3 exclus"
    finally:
        translations.install("en")


def test_the_notes_show_three_whole_lines_and_no_cut_off_fourth(
    qtbot: QtBot, demo_db: Database, miami: MissionView
) -> None:
    dialog = _open(qtbot, demo_db, miami)
    dialog.show()
    qtbot.waitExposed(dialog)
    for notes in (dialog.notes_fr_edit, dialog.notes_en_edit, dialog.internal_notes_edit):
        inside = notes.viewport().height() - 2 * notes.document().documentMargin()
        assert inside == pytest.approx(3 * notes.fontMetrics().lineSpacing(), abs=1)
