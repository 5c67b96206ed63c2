"""The day view's layout, without a screen: columns by stop (each on its own clock, a journey
where it leaves and where it arrives) and by group (everyone spanning, two groups in both,
exceptions respected), lanes that never overlap, the 25-hour day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from delegation_app.services.agenda import AgendaEntry, FlightView
from delegation_app.services.day_layout import (
    ColumnKind,
    DayBlock,
    DayLayout,
    layout_by_group,
    layout_by_stop,
)
from delegation_app.services.itinerary import create_item, groups_reached
from delegation_app.services.missions import StopInput, StopView, create_mission
from delegation_app.services.people import create_person
from delegation_app.services.roster import GroupView, add_participant, create_group
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    GroupKind,
    ItemKind,
    ParticipantRole,
    ParticipantStatus,
)

NEW_YORK, PARIS, TORONTO = "America/New_York", "Europe/Paris", "America/Toronto"
MIAMI = StopView(1, 0, "Miami", "US", NEW_YORK, date(2017, 11, 5), date(2017, 11, 10), None)
TORONTO_STOP = StopView(2, 0, "Toronto", "CA", TORONTO, date(2019, 7, 8), date(2019, 7, 9), None)
MONTREAL = StopView(3, 1, "Montréal", "CA", TORONTO, date(2019, 7, 10), date(2019, 7, 12), None)
GROUPS = (
    GroupView(11, "Délégation officielle", GroupKind.OFFICIAL),
    GroupView(12, "Chefs d'entreprise", GroupKind.BUSINESS),
    GroupView(13, "Presse", GroupKind.PRESS),
)
OFFICIAL, BUSINESS, PRESS = (g.id for g in GROUPS)

_ids = iter(range(1, 10_000))


def entry(
    title: str,
    start: datetime,
    end: datetime,
    zone: str = NEW_YORK,
    *,
    end_zone: str | None = None,
    kind: ItemKind = ItemKind.MEETING,
    stop: StopView | None = MIAMI,
    city: str | None = None,
    audience: Audience = Audience.EVERYONE,
    flight: tuple[str, str] | None = None,
    item_id: int | None = None,
) -> AgendaEntry:
    values: dict[str, Any] = dict(
        item_id=item_id if item_id is not None else next(_ids),
        uid=title,
        sequence=0,
        stop_id=stop.id if stop else None,
        audience=audience,
        is_private=False,
        recurring=False,
        kind=kind,
        title_fr=title,
        title_en=title,
        start_local=start,
        start_zone=zone,
        end_local=end,
        end_zone=end_zone or zone,
        home_zone=PARIS,
        city=city or (stop.city if stop else None),
        venue=None,
        address=None,
        latitude=None,
        longitude=None,
        dress_code=None,
        to_bring=None,
        notes_fr=None,
        notes_en=None,
        staff_name=None,
        staff_phone=None,
        flight=FlightView("AF", "7630", *flight, None, None) if flight else None,
        as_speaker=False,
        meeting_with=None,
    )
    return AgendaEntry(**values)


def titles(layout: DayLayout) -> list[str]:
    return [c.title for c in layout.columns]


def blocks_of(layout: DayLayout, index: int) -> list[DayBlock]:
    return [b for b in layout.blocks if b.index == index]


def minutes_between(earlier: datetime, later: datetime) -> float:
    return (later - earlier).total_seconds() / 60


OUTBOUND = entry(
    "AF 7630",
    datetime(2017, 11, 5, 10, 25),
    datetime(2017, 11, 5, 17, 40),
    PARIS,
    end_zone=NEW_YORK,
    kind=ItemKind.FLIGHT,
    stop=None,
    city="Marignane",
    flight=("MRS", "MIA"),
)


# --- by stop ---------------------------------------------------------------------------------


def test_a_toronto_to_montreal_day_has_both_stops_and_the_train_in_each() -> None:
    day = date(2019, 7, 10)
    train = entry(
        "VIA Rail",
        datetime(2019, 7, 10, 6, 40),
        datetime(2019, 7, 10, 11, 59),
        TORONTO,
        kind=ItemKind.TRAIN,
        stop=TORONTO_STOP,
    )
    festival = entry(
        "Startupfest",
        datetime(2019, 7, 10, 13, 30),
        datetime(2019, 7, 10, 18, 30),
        TORONTO,
        kind=ItemKind.VISIT,
        stop=MONTREAL,
    )
    layout = layout_by_stop([train, festival], day, TORONTO, [TORONTO_STOP, MONTREAL])
    assert titles(layout) == ["Toronto", "Montréal"]
    assert [c.kind for c in layout.columns] == [ColumnKind.STOP, ColumnKind.STOP]
    assert [c.zone for c in layout.columns] == [TORONTO, TORONTO]
    assert [(b.column, b.last_column) for b in blocks_of(layout, 0)] == [(0, 0), (1, 1)]
    assert [b.column for b in blocks_of(layout, 1)] == [1]
    # Same clock: the train is at the same height in both columns, 06:40 after midnight.
    assert {b.top for b in blocks_of(layout, 0)} == {6 * 60 + 40}


def test_a_day_inside_one_stop_has_one_column() -> None:
    meeting = entry("B2B", datetime(2019, 7, 11, 14), datetime(2019, 7, 11, 15), TORONTO)
    layout = layout_by_stop([meeting], date(2019, 7, 11), TORONTO, [TORONTO_STOP, MONTREAL])
    assert titles(layout) == ["Montréal"]


def test_a_meeting_at_a_montreal_venue_during_the_toronto_stop_goes_in_the_montreal_column() -> (
    None
):
    day = date(2019, 7, 9)
    odd = entry(
        "Lunch",
        datetime(2019, 7, 9, 12),
        datetime(2019, 7, 9, 13),
        TORONTO,
        stop=TORONTO_STOP,
        city="Montreal",
    )
    layout = layout_by_stop([odd], day, TORONTO, [TORONTO_STOP, MONTREAL])
    assert titles(layout) == ["Toronto", "Montréal"]
    assert [b.column for b in layout.blocks] == [1]


def test_a_boat_show_in_fort_lauderdale_stays_in_the_miami_column() -> None:
    show = entry(
        "Boat show",
        datetime(2017, 11, 6, 9, 30),
        datetime(2017, 11, 6, 16, 30),
        city="Fort Lauderdale",
    )
    layout = layout_by_stop([show], date(2017, 11, 6), NEW_YORK, [MIAMI])
    assert titles(layout) == ["Miami"] and len(layout.blocks) == 1


def test_the_miami_arrival_day_has_a_marseille_column_on_paris_time_beside_miami() -> None:
    day = date(2017, 11, 5)
    reception = entry("Reception", datetime(2017, 11, 5, 20, 30), datetime(2017, 11, 5, 22, 30))
    layout = layout_by_stop([OUTBOUND, reception], day, NEW_YORK, [MIAMI])
    assert titles(layout) == ["Marseille", "Miami"]
    assert [(c.kind, c.zone) for c in layout.columns] == [
        (ColumnKind.PLACE, PARIS),
        (ColumnKind.STOP, NEW_YORK),
    ]
    # The axis is Miami's day, which had 25 hours: midnight EDT is 04:00 UTC.
    miami_midnight = datetime(2017, 11, 5, 4, 0, tzinfo=UTC)
    assert layout.start == miami_midnight and layout.hours == 25
    # The flight is where it leaves and where it lands, at the same real instants.
    takeoff = datetime(2017, 11, 5, 9, 25, tzinfo=UTC)  # 10:25 in Paris
    landing = datetime(2017, 11, 5, 22, 40, tzinfo=UTC)  # 17:40 in Miami
    flight = blocks_of(layout, 0)
    assert [b.column for b in flight] == [0, 1]
    for block in flight:
        assert block.top == minutes_between(miami_midnight, takeoff)
        assert block.bottom == minutes_between(miami_midnight, landing)
    # The Paris day ends at midnight in Paris, 23:00 UTC, well before the Miami one.
    paris_midnight = datetime(2017, 11, 5, 23, 0, tzinfo=UTC)
    assert layout.window(0)[1] == minutes_between(miami_midnight, paris_midnight)
    assert layout.window(1) == (0, 25 * 60)
    assert layout.moment(minutes_between(miami_midnight, takeoff), 0).strftime("%H:%M") == "10:25"
    assert layout.moment(minutes_between(miami_midnight, takeoff), 1).strftime("%H:%M") == "04:25"
    # 20:30 EST is 21 h 30 of real time after midnight EDT (01:00 happened twice).
    (evening,) = blocks_of(layout, 1)
    assert evening.top == minutes_between(miami_midnight, datetime(2017, 11, 6, 1, 30, tzinfo=UTC))


def test_an_overnight_return_flight_shows_where_it_leaves_on_the_day_it_leaves() -> None:
    back = entry(
        "AF 7631",
        datetime(2017, 11, 10, 16, 55),
        datetime(2017, 11, 11, 9, 40),
        NEW_YORK,
        end_zone=PARIS,
        kind=ItemKind.FLIGHT,
        stop=None,
        flight=("MIA", "MRS"),
    )
    layout = layout_by_stop([back], date(2017, 11, 10), NEW_YORK, [MIAMI])
    assert titles(layout) == ["Miami"]
    (block,) = layout.blocks
    assert block.cut_after and not block.cut_before
    assert block.bottom == 24 * 60


def test_a_departure_before_midnight_at_the_stop_stretches_the_day_upwards() -> None:
    # 03:00 in Paris is 02:00 UTC, two hours before midnight in Miami (EDT, UTC-4).
    early = entry(
        "Early flight",
        datetime(2017, 11, 5, 3, 0),
        datetime(2017, 11, 5, 12, 0),
        PARIS,
        end_zone=NEW_YORK,
        kind=ItemKind.FLIGHT,
        stop=None,
        flight=("MRS", "MIA"),
    )
    layout = layout_by_stop([early], date(2017, 11, 5), NEW_YORK, [MIAMI])
    assert layout.start == datetime(2017, 11, 5, 2, 0, tzinfo=UTC)
    assert layout.hours == 27
    # Miami's own day begins two hours down: there the flight is cut at its midnight.
    assert layout.window(1)[0] == 120
    assert [(b.column, b.top, b.cut_before) for b in layout.blocks] == [
        (0, 0, False),
        (1, 120, True),
    ]


def test_a_day_without_stop_or_items_still_has_its_place() -> None:
    layout = layout_by_stop([], date(2017, 11, 4), PARIS, [MIAMI], city="Marseille")
    assert titles(layout) == ["Marseille"] and layout.columns[0].zone == PARIS


# --- by group --------------------------------------------------------------------------------


def group_layout(
    *entries: AgendaEntry, reach: dict[int, frozenset[int]] | None = None
) -> DayLayout:
    return layout_by_group(list(entries), date(2017, 11, 6), NEW_YORK, GROUPS, reach or {})


def test_by_group_there_is_a_column_per_group_then_named_delegates() -> None:
    layout = group_layout()
    assert titles(layout) == [g.name for g in GROUPS] + [""]
    assert [c.kind for c in layout.columns] == [ColumnKind.GROUP] * 3 + [ColumnKind.NAMED]
    assert [c.group_id for c in layout.columns[:3]] == [OFFICIAL, BUSINESS, PRESS]


def test_by_group_an_everyone_item_spans_every_group_as_one_block() -> None:
    lunch = entry("Lunch", datetime(2017, 11, 6, 12, 30), datetime(2017, 11, 6, 14))
    layout = group_layout(lunch)
    (block,) = layout.blocks
    assert (block.column, block.last_column) == (0, 2)
    assert (block.lanes, block.last_lanes) == (1, 1)


def test_by_group_an_item_for_two_groups_is_in_both_columns() -> None:
    signing = entry(
        "Signing",
        datetime(2017, 11, 6, 10),
        datetime(2017, 11, 6, 11, 30),
        audience=Audience.GROUPS,
    )
    apart = group_layout(signing, reach={signing.item_id: frozenset({OFFICIAL, PRESS})})
    assert [(b.column, b.last_column) for b in apart.blocks] == [(0, 0), (2, 2)]
    side_by_side = group_layout(signing, reach={signing.item_id: frozenset({OFFICIAL, BUSINESS})})
    assert [(b.column, b.last_column) for b in side_by_side.blocks] == [(0, 1)]


def test_by_group_items_for_delegates_named_only_have_their_own_column() -> None:
    meeting = entry(
        "B2B", datetime(2017, 11, 6, 15), datetime(2017, 11, 6, 15, 45), audience=Audience.PEOPLE
    )
    layout = group_layout(meeting)
    assert [b.column for b in layout.blocks] == [3]


def test_by_group_an_everyone_item_leaves_out_a_group_it_does_not_reach() -> None:
    dinner = entry("Dinner", datetime(2017, 11, 6, 20), datetime(2017, 11, 6, 22))
    layout = group_layout(dinner, reach={dinner.item_id: frozenset({OFFICIAL, PRESS})})
    assert [(b.column, b.last_column) for b in layout.blocks] == [(0, 0), (2, 2)]


def test_by_group_an_everyone_item_shares_the_column_of_a_group_item_it_overlaps() -> None:
    lunch = entry("Lunch", datetime(2017, 11, 6, 12), datetime(2017, 11, 6, 14))
    press = entry(
        "Interview",
        datetime(2017, 11, 6, 13),
        datetime(2017, 11, 6, 13, 30),
        audience=Audience.GROUPS,
    )
    layout = group_layout(lunch, press, reach={press.item_id: frozenset({PRESS})})
    covered = [c for b in blocks_of(layout, 0) for c in b.columns]
    assert sorted(covered) == [0, 1, 2]  # every group, each once
    (interview,) = blocks_of(layout, 1)
    assert interview.column == 2 and interview.lanes == 2
    assert_no_overlap(layout, [lunch, press])


def test_the_day_the_clocks_go_back_has_25_hours_by_group_too() -> None:
    reception = entry("Reception", datetime(2017, 11, 5, 20, 30), datetime(2017, 11, 5, 22, 30))
    layout = layout_by_group([reception], date(2017, 11, 5), NEW_YORK, GROUPS, {})
    assert layout.hours == 25
    midnight = datetime(2017, 11, 5, 0, 0, tzinfo=ZoneInfo(NEW_YORK)).astimezone(UTC)
    start = datetime(2017, 11, 5, 20, 30, tzinfo=ZoneInfo(NEW_YORK)).astimezone(UTC)
    (block,) = layout.blocks
    assert block.top == minutes_between(midnight, start) == 21.5 * 60


def _extent(block: DayBlock, column: int) -> tuple[float, float]:
    """The block's share of the column's width, as the window draws it."""
    if block.column == block.last_column:
        return block.lane / block.lanes, (block.lane + 1) / block.lanes
    if column == block.column:
        return block.lane / block.lanes, 1.0
    if column == block.last_column:
        return 0.0, (block.last_lane + 1) / block.last_lanes
    return 0.0, 1.0


def assert_no_overlap(layout: DayLayout, entries: list[AgendaEntry], least: float = 30) -> None:
    blocks = list(layout.blocks)
    for number, one in enumerate(blocks):
        for other in blocks[number + 1 :]:
            if one.index == other.index:
                assert not set(one.columns) & set(other.columns)
                continue
            if one.top >= max(other.bottom, other.top + least) or other.top >= max(
                one.bottom, one.top + least
            ):
                continue
            for column in set(one.columns) & set(other.columns):
                a, b = _extent(one, column), _extent(other, column)
                assert a[1] <= b[0] + 1e-9 or b[1] <= a[0] + 1e-9, (one, other)
    # Every entry of the day is drawn in every column it belongs to, once.
    for index in range(len(entries)):
        columns = [c for b in blocks_of(layout, index) for c in b.columns]
        assert len(columns) == len(set(columns))


audiences = st.sampled_from(
    [frozenset(), frozenset({OFFICIAL}), frozenset({BUSINESS, PRESS}), frozenset({OFFICIAL, PRESS})]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 23 * 4),
            st.integers(1, 16),
            st.sampled_from(list(Audience)),
            audiences,
        ),
        max_size=14,
    )
)
def test_by_group_no_two_items_are_ever_drawn_over_each_other(
    items: list[tuple[int, int, Audience, frozenset[int]]],
) -> None:
    base = datetime(2017, 11, 7)
    entries = [
        entry(
            f"item {n}",
            base + timedelta(minutes=15 * start),
            base + timedelta(minutes=15 * (start + length)),
            audience=audience,
            item_id=n + 1,
        )
        for n, (start, length, audience, _groups) in enumerate(items)
    ]
    reach = {
        n + 1: groups
        for n, (_s, _l, audience, groups) in enumerate(items)
        if audience != Audience.PEOPLE and groups
    }
    layout = layout_by_group(entries, date(2017, 11, 7), NEW_YORK, GROUPS, reach)
    assert_no_overlap(layout, entries)
    for index, (_s, _l, audience, groups) in enumerate(items):
        columns = {c for b in blocks_of(layout, index) for c in b.columns}
        if audience == Audience.PEOPLE:
            expected = {3}
        elif groups:
            expected = {n for n, g in enumerate(GROUPS) if g.id in groups}
        elif audience == Audience.EVERYONE:
            expected = {0, 1, 2}
        else:
            expected = {3}  # groups chosen, none known: shown, among the named
        assert columns == expected


# --- the groups an item reaches --------------------------------------------------------------


def test_a_group_whose_every_delegate_is_excepted_is_not_reached(db: Database) -> None:
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Mission à Miami",
            short="miami-2017",
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[StopInput(city="Miami", country="US", zone=NEW_YORK)],
        )
        official = create_group(session, mission.id, "Délégation officielle", GroupKind.OFFICIAL)
        press = create_group(session, mission.id, "Presse", GroupKind.PRESS)
        empty = create_group(session, mission.id, "Partenaires", GroupKind.OTHER)

        def delegate(family: str, group: int, status: ParticipantStatus) -> int:
            person = create_person(session, given_name="A", family_name=family)
            return add_participant(
                session,
                mission_id=mission.id,
                person_id=person.id,
                role=ParticipantRole.PRESS,
                group_ids=[group],
                status=status,
            )

        mayor = delegate("Gaudin", official.id, ParticipantStatus.CONFIRMED)
        reporters = [delegate(n, press.id, ParticipantStatus.CONFIRMED) for n in ("Roux", "Blanc")]
        delegate("Absent", press.id, ParticipantStatus.CANCELLED)
        common = dict(
            mission_id=mission.id,
            start_local=datetime(2017, 11, 6, 20),
            start_zone=NEW_YORK,
            end_local=datetime(2017, 11, 6, 22),
        )
        dinner = create_item(
            session,
            kind=ItemKind.MEAL,
            title_fr="Dîner",
            excluded_participant_ids=reporters,
            **common,  # type: ignore[arg-type]
        )
        one_out = create_item(
            session,
            kind=ItemKind.MEAL,
            title_fr="Déjeuner",
            excluded_participant_ids=reporters[:1],
            **common,  # type: ignore[arg-type]
        )
        signing = create_item(
            session,
            kind=ItemKind.SIGNING,
            title_fr="Signature",
            audience=Audience.GROUPS,
            group_ids=[official.id, press.id],
            excluded_participant_ids=[mayor],
            **common,  # type: ignore[arg-type]
        )
        nobody_left = create_item(
            session,
            kind=ItemKind.VISIT,
            title_fr="Visite",
            audience=Audience.GROUPS,
            group_ids=[official.id],
            excluded_participant_ids=[mayor],
            **common,  # type: ignore[arg-type]
        )
    with db.reading() as session:
        reached = groups_reached(session, mission.id)
    # The cancelled reporter does not count; the empty group is not "every member excepted".
    assert reached[dinner] == {official.id, empty.id}
    assert reached[one_out] == {official.id, press.id, empty.id}
    assert reached[signing] == {press.id}
    assert reached[nobody_left] == {official.id}  # never nowhere: its own groups
