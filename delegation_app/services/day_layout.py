"""One day of the itinerary laid out in columns, as the window's day view draws it.

Two ways to split the day: one column per stop (each on the clock of its own zone: a day with
a train from Toronto to Montreal has a Toronto and a Montreal column, the day the delegation
flies from Marseille to Miami has a Marseille column on Paris time beside the Miami one), or one
column per delegation group (an item for everyone spans all of them, an item for two groups
shows in both, delegates invited by name get a column of their own).

The vertical axis is real time: an instant is at the same height in every column, so the
outbound flight lines up in the column it leaves from and the one it lands in, and the day the
clocks go back has 25 hours. Within a column, items that overlap share its width in lanes.

Nothing here reads the database or knows about Qt: the window paints the result and the tests
check it on plain values.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property
from zoneinfo import ZoneInfo

from delegation_app.services.agenda import AgendaEntry
from delegation_app.services.airports import airport
from delegation_app.services.missions import StopView
from delegation_app.services.roster import GroupView
from delegation_app.services.validation import collation_key
from delegation_app.storage.models import Audience, ItemKind

#: A short item is drawn at least this long, so that it still shows its time and title; items
#: overlap (and share the column's width) as drawn.
MIN_BLOCK_MINUTES = 30
#: Items that take the delegation from one place to another: shown where they leave from and
#: where they arrive.
JOURNEY_KINDS = frozenset({ItemKind.FLIGHT, ItemKind.TRAIN})


class DayColumns(StrEnum):
    """How the day is split into columns."""

    BY_STOP = "stop"
    BY_GROUP = "group"


class ColumnKind(StrEnum):
    STOP = "stop"  # a stop of the mission
    PLACE = "place"  # a place outside the stops: the home airport a flight leaves from
    GROUP = "group"  # a delegation group
    EVERYONE = "everyone"  # the whole delegation, when the mission has no groups
    NAMED = "named"  # items for delegates invited by name only


@dataclass(frozen=True)
class DayAxis:
    """A calendar day in one zone, as real elapsed time from its local midnight: 25 hours on
    the day the clocks go back (the repeated hour shows twice), 23 on the day they go forward."""

    day: date
    zone: str

    @cached_property
    def start(self) -> datetime:
        return datetime.combine(self.day, time(0), ZoneInfo(self.zone)).astimezone(UTC)

    @cached_property
    def end(self) -> datetime:
        following = self.day + timedelta(days=1)
        return datetime.combine(following, time(0), ZoneInfo(self.zone)).astimezone(UTC)

    @property
    def hours(self) -> int:
        return round((self.end - self.start).total_seconds() / 3600)

    def minutes(self, moment: datetime) -> float:
        """Minutes from the day's start to ``moment`` (aware), in real elapsed time."""
        return (moment.astimezone(UTC) - self.start).total_seconds() / 60

    def moment(self, minutes: float) -> datetime:
        """The local wall time ``minutes`` after the day's start."""
        return (self.start + timedelta(minutes=minutes)).astimezone(ZoneInfo(self.zone))


@dataclass(frozen=True)
class DayColumn:
    """One column of the day: a stop or place on its own clock, or a group."""

    kind: ColumnKind
    axis: DayAxis  # the column's calendar day in its zone
    #: The stop's city, the place's city, the group's name; empty when the window words it
    #: (named delegates, everyone) or knows no city (then it names the zone's).
    title: str = ""
    stop_id: int | None = None
    group_id: int | None = None

    @property
    def zone(self) -> str:
        return self.axis.zone


@dataclass(frozen=True)
class DayBlock:
    """An item placed on the day: the columns it covers (one, or adjacent ones for an item
    several groups attend), its lane among the items it overlaps in its first and its last
    column, and its span in minutes from the top of the day."""

    index: int  # of the entry, in the sequence given to the layout
    column: int
    lane: int
    lanes: int
    last_column: int
    last_lane: int
    last_lanes: int
    top: float  # clipped to the column's day
    bottom: float
    cut_before: bool  # began before the column's day
    cut_after: bool  # ends after it

    @property
    def columns(self) -> range:
        return range(self.column, self.last_column + 1)


@dataclass(frozen=True)
class DayLayout:
    """The day's columns and blocks on one real-time axis that starts at ``start`` (UTC) and
    lasts ``minutes``: the day of its stop, stretched when a column on another clock holds an
    item before or after it."""

    axis: DayAxis  # the day as the window titles it (the stop's zone)
    start: datetime
    minutes: float
    columns: tuple[DayColumn, ...]
    blocks: tuple[DayBlock, ...]

    @property
    def hours(self) -> int:
        return round(self.minutes / 60)

    def offset(self, moment: datetime) -> float:
        """Minutes from the top of the layout to ``moment``."""
        return (moment.astimezone(UTC) - self.start).total_seconds() / 60

    def window(self, column: int) -> tuple[float, float]:
        """Where the column's own calendar day begins and ends, in minutes from the top."""
        axis = self.columns[column].axis
        return self.offset(axis.start), self.offset(axis.end)

    def moment(self, minutes: float, column: int) -> datetime:
        """The wall time in the column's zone ``minutes`` from the top."""
        zone = ZoneInfo(self.columns[column].zone)
        return (self.start + timedelta(minutes=minutes)).astimezone(zone)


# --- by stop ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    kind: ColumnKind
    zone: str
    title: str
    stop_id: int | None = None
    position: int = 0


@dataclass(frozen=True)
class _Placement:
    place: _Place
    #: A journey shows where it leaves on the day it leaves, and where it arrives on the day
    #: it arrives; other items on every day they overlap.
    only_on: date | None
    departure: bool


def _city_key(city: str | None) -> str:
    """Case, accents and punctuation ignored: 'Montréal' is 'montreal'."""
    return " ".join(w for w in re.split(r"[\W_]+", collation_key(city or "")) if w)


class _Stops:
    """The mission's stops, found by city, by id, or by zone on a day."""

    def __init__(self, stops: Sequence[StopView]) -> None:
        self.ordered = sorted(stops, key=lambda s: (s.position, s.start_date))
        self.by_id = {s.id: s for s in self.ordered}
        self.by_city = {_city_key(s.city): s for s in reversed(self.ordered)}

    @staticmethod
    def place(stop: StopView) -> _Place:
        return _Place(ColumnKind.STOP, stop.zone, stop.city, stop.id, stop.position)

    def covering(self, day: date, zone: str | None = None) -> list[StopView]:
        return [
            s
            for s in self.ordered
            if s.start_date <= day <= s.end_date and (zone is None or s.zone == zone)
        ]

    def named(self, *cities: str | None) -> StopView | None:
        for city in cities:
            stop = self.by_city.get(_city_key(city)) if city else None
            if stop is not None:
                return stop
        return None

    def nearest_in_zone(self, zone: str, day: date, after: StopView | None) -> StopView | None:
        """The stop in ``zone`` the delegation is at on ``day``; the one after ``after`` when
        that day is shared by two (the day it moves on)."""
        candidates = self.covering(day, zone)
        if after is not None:
            later = [s for s in candidates if s.position > after.position]
            if later:
                return later[0]
            if after in candidates:
                return after
        return candidates[0] if candidates else None


def _outside(zone: str, *cities: str | None) -> _Place:
    title = next((c for c in cities if c), "")
    return _Place(ColumnKind.PLACE, zone, title)


def _placements(entry: AgendaEntry, stops: _Stops) -> list[_Placement]:
    """Where the entry takes place: its stop (by the venue's city first, then the stop it
    belongs to, then the stop of its zone that day), else the place itself; a journey both
    where it leaves and where it arrives."""
    own = stops.by_id.get(entry.stop_id) if entry.stop_id is not None else None
    start_day, end_day = entry.start_local.date(), entry.end_local.date()
    flight = entry.flight
    if flight is not None:
        leaves, lands = airport(flight.departure_airport), airport(flight.arrival_airport)
        leaves_from = (leaves.metro, leaves.city) if leaves else (None, None)
        lands_in = (lands.metro, lands.city) if lands else (None, None)
        # By the airport's city first (Toronto Pearson serves Toronto), else the stop on the
        # airport's clock that day (Montréal-Trudeau stands in Dorval).
        left = stops.named(*leaves_from) or stops.nearest_in_zone(entry.start_zone, start_day, None)
        departure = stops.place(left) if left else _outside(entry.start_zone, *leaves_from)
        reached = stops.named(*lands_in) or stops.nearest_in_zone(entry.end_zone, end_day, left)
        arrival = stops.place(reached) if reached else _outside(entry.end_zone, *lands_in)
    else:
        left = (
            stops.named(entry.city)
            or own
            or stops.nearest_in_zone(entry.start_zone, start_day, None)
        )
        if left is not None and left.zone != entry.start_zone:
            left = None  # a stop on another clock cannot be where it starts
        departure = stops.place(left) if left else _outside(entry.start_zone, entry.city)
        if entry.kind not in JOURNEY_KINDS:
            return [_Placement(departure, None, False)]
        # A train names no station it arrives at: it arrives at the next stop on its clock.
        reached = stops.nearest_in_zone(entry.end_zone, end_day, left)
        arrival = stops.place(reached) if reached else _outside(entry.end_zone)
    if arrival == departure:
        return [_Placement(departure, None, False)]
    return [_Placement(departure, start_day, True), _Placement(arrival, end_day, False)]


def layout_by_stop(
    entries: Sequence[AgendaEntry],
    day: date,
    zone: str,
    stops: Sequence[StopView],
    *,
    city: str = "",
    min_minutes: float = MIN_BLOCK_MINUTES,
) -> DayLayout:
    """One column per stop present on ``day`` (the stops whose dates cover it, and the stops
    and places its items happen in), each on its zone's clock. ``zone`` and ``city`` name the
    day's own place: its stop, or where the mission is when no stop covers the day."""
    known = _Stops(stops)
    places: dict[_Place, list[tuple[int, float, float, bool, bool]]] = defaultdict(list)
    departures_only: dict[_Place, bool] = {}
    axes: dict[str, DayAxis] = {}
    # Whatever the zone, the day lies within these instants (UTC-12 to UTC+14).
    earliest = datetime.combine(day, time(0), UTC) - timedelta(hours=14)
    latest = datetime.combine(day + timedelta(days=1), time(0), UTC) + timedelta(hours=12)
    for index, entry in enumerate(entries):
        if entry.end < earliest or entry.start > latest:
            continue
        for placement in _placements(entry, known):
            if placement.only_on is not None and placement.only_on != day:
                continue
            zone_of = placement.place.zone
            axis = axes.get(zone_of) or axes.setdefault(zone_of, DayAxis(day, zone_of))
            span = _on_axis(entry, axis)
            if span is None:
                continue
            places[placement.place].append((index, *span))
            departures_only[placement.place] = (
                departures_only.get(placement.place, True) and placement.departure
            )
    for stop in known.covering(day):
        places.setdefault(known.place(stop), [])
    if not places:
        places[_outside(zone, city)] = []

    def order(place: _Place) -> tuple[int, int, float]:
        if place.kind == ColumnKind.STOP:
            return (1, place.position, 0)
        first = min((top for _, top, *_ in places[place]), default=0.0)
        return (0 if departures_only.get(place, False) else 2, 0, first)

    chosen = sorted(places, key=order)
    columns = tuple(
        DayColumn(p.kind, DayAxis(day, p.zone), p.title, stop_id=p.stop_id) for p in chosen
    )
    cells = {
        number: [
            (index, top, bottom, before, after, 1) for index, top, bottom, before, after in items
        ]
        for number, items in enumerate(places[p] for p in chosen)
    }
    return _assemble(
        DayAxis(day, zone), columns, cells, entries, min_minutes=min_minutes, merge=False
    )


# --- by group --------------------------------------------------------------------------------


def layout_by_group(
    entries: Sequence[AgendaEntry],
    day: date,
    zone: str,
    groups: Sequence[GroupView],
    reach: Mapping[int, frozenset[int]],
    *,
    min_minutes: float = MIN_BLOCK_MINUTES,
) -> DayLayout:
    """One column per group of the mission, in its order, then one for items whose delegates
    are invited by name only; all on the day's clock. ``reach`` gives, for each item for
    everyone or for groups, the groups it reaches (a group whose every member is excepted is
    not reached). An item for everyone spans the groups' columns as one block."""
    axis = DayAxis(day, zone)
    columns: list[DayColumn] = [
        DayColumn(ColumnKind.GROUP, axis, g.name, group_id=g.id) for g in groups
    ]
    if not columns:
        columns.append(DayColumn(ColumnKind.EVERYONE, axis))
    columns.append(DayColumn(ColumnKind.NAMED, axis))
    named = len(columns) - 1
    position = {g.id: number for number, g in enumerate(groups)}
    cells: dict[int, list[tuple[int, float, float, bool, bool, int]]] = defaultdict(list)
    for index, entry in enumerate(entries):
        span = _on_axis(entry, axis)
        if span is None:
            continue
        if entry.audience == Audience.PEOPLE:
            chosen = [named]
        elif not groups:
            chosen = [0]
        else:
            reached = reach.get(entry.item_id)
            if reached is None and entry.audience == Audience.EVERYONE:
                reached = frozenset(position)
            chosen = sorted(position[g] for g in reached or () if g in position) or [named]
        for number in chosen:
            cells[number].append((index, *span, len(chosen)))
    return _assemble(axis, tuple(columns), cells, entries, min_minutes=min_minutes, merge=True)


# --- shared ----------------------------------------------------------------------------------


def _on_axis(entry: AgendaEntry, axis: DayAxis) -> tuple[float, float, bool, bool] | None:
    """The entry's span clipped to the axis' day (minutes from its start), or None when it
    does not take place that day."""
    total = (axis.end - axis.start).total_seconds() / 60
    top, bottom = axis.minutes(entry.start), axis.minutes(entry.end)
    if top >= total or bottom < 0 or (bottom == 0 and top < 0):
        return None
    return max(top, 0.0), min(bottom, total), top < 0, bottom > total


_Cell = tuple[int, float, float, bool, bool, int]  # index, top, bottom, before, after, width


def _assemble(
    axis: DayAxis,
    columns: tuple[DayColumn, ...],
    cells: Mapping[int, list[_Cell]],
    entries: Sequence[AgendaEntry],
    *,
    min_minutes: float,
    merge: bool,
) -> DayLayout:
    """Lanes per column, cells of one item in adjacent columns joined into one block (when
    ``merge``), and the axis stretched to hold every column's items."""
    # Minutes on each column's own axis, then on the layout's (its top may come earlier).
    shifts = [(c.axis.start - axis.start).total_seconds() / 60 for c in columns]
    lanes: dict[tuple[int, int], tuple[int, int, _Cell]] = {}  # (column, index) -> lane
    for number in range(len(columns)):
        items = sorted(
            cells.get(number, ()),
            key=lambda c: (c[1], -c[2], -c[5], entries[c[0]].item_id, c[0]),
        )
        for lane, count, cell in _lanes(items, min_minutes):
            lanes[(number, cell[0])] = (lane, count, cell)
    blocks: list[DayBlock] = []
    seen: set[tuple[int, int]] = set()
    for (number, index), (lane, count, cell) in sorted(lanes.items()):
        if (number, index) in seen:
            continue
        last, last_lane, last_count = number, lane, count
        while merge and (last + 1, index) in lanes:
            next_lane, next_count, _ = lanes[(last + 1, index)]
            if last_lane != last_count - 1 or next_lane != 0:
                break
            if last != number and last_count != 1:
                break
            last, last_lane, last_count = last + 1, next_lane, next_count
            seen.add((last, index))
        _, top, bottom, before, after, _ = cell
        shift = shifts[number]
        blocks.append(
            DayBlock(
                index=index,
                column=number,
                lane=lane,
                lanes=count,
                last_column=last,
                last_lane=last_lane,
                last_lanes=last_count,
                top=top + shift,
                bottom=bottom + shift,
                cut_before=before,
                cut_after=after,
            )
        )
    total = (axis.end - axis.start).total_seconds() / 60
    first = min((b.top for b in blocks), default=0.0)
    last_end = max((b.bottom for b in blocks), default=total)
    # Whole hours above and below, so that the hour lines stay on the hours.
    above = max(-first, 0.0)
    above = -(-above // 60) * 60
    below = max(last_end - total, 0.0)
    below = -(-below // 60) * 60
    start = axis.start - timedelta(minutes=above)
    moved = tuple(
        DayBlock(
            b.index,
            b.column,
            b.lane,
            b.lanes,
            b.last_column,
            b.last_lane,
            b.last_lanes,
            b.top + above,
            b.bottom + above,
            b.cut_before,
            b.cut_after,
        )
        for b in blocks
    )
    ordered = tuple(sorted(moved, key=lambda b: (b.top, b.column, b.lane, b.index)))
    return DayLayout(axis, start, total + above + below, columns, ordered)


def _lanes(items: Sequence[_Cell], min_minutes: float) -> list[tuple[int, int, _Cell]]:
    """Greedy lanes over items sorted by start: items that overlap (as drawn, short ones at
    their least height) side by side; each cluster of overlapping items shares its lane count."""
    placed: list[tuple[int, int, _Cell]] = []
    cluster: list[tuple[int, _Cell]] = []
    lane_ends: list[float] = []
    cluster_end = float("-inf")

    def close() -> None:
        count = max((lane for lane, _ in cluster), default=-1) + 1
        placed.extend((lane, count, cell) for lane, cell in cluster)

    for cell in items:
        top = cell[1]
        shown_bottom = max(cell[2], top + min_minutes)
        if cluster and top >= cluster_end:
            close()
            cluster, lane_ends, cluster_end = [], [], float("-inf")
        lane = next((n for n, end in enumerate(lane_ends) if end <= top), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(shown_bottom)
        else:
            lane_ends[lane] = shown_bottom
        cluster.append((lane, cell))
        cluster_end = max(cluster_end, shown_bottom)
    close()
    return placed
