"""Itinerary conflicts, reported as check findings: delegates in two places at once, items
outside their stop, double-booked speakers, transfers that leave before their flight lands.

Codes and severities (stable, for filters and scripts):

- ``conflict.overlap`` (error): delegates expected at two items at once. Instants are compared,
  not wall-clock times, so a flight landing at 17:40 in New York and a dinner at 19:00 in Miami
  do not clash, whatever the zones and the clock change of the day. One finding per clashing
  pair of items (per occurrence of a repeating item), naming every delegate concerned: the
  coordinator fixes a clash by moving an item or taking people off it, and 80 copies of one
  sentence would hide the rest. With a single delegate concerned, the finding is theirs
  (``participant_id`` and ``subject`` name them), as for the other checks.
- ``conflict.speaker`` (error): a workshop speaker (a delegate or an outside person) also
  speaking at another workshop at the same time, or, for a delegate, attending any other item
  then. One finding per speaker and pair; such a pair is not reported again as an overlap for
  that delegate.
- ``conflict.transfer_before_landing`` (error): a transfer leaving before a flight it meets
  (a ``TransferFlight`` link) has landed; one finding per link. The linked pair is not reported
  again as an overlap.
- ``conflict.tight_connection`` (warning): without such a link, a transfer a delegate takes
  leaving less than ``MIN_CONNECTION`` after their own flight lands, from the zone it lands in
  (the same city, as far as zones tell); one finding per flight and transfer, naming the
  delegates.
- ``conflict.outside_stop`` (warning): an item dated outside its stop or outside the mission,
  an item of a stop at a venue in another city, and an item without a stop at a venue in the
  city of another stop than the one the delegation is in that day. One finding per item and
  reason.

What is meant to overlap is left alone: FREE_TIME, and a VISIT, which stands for a show, a fair
or a festival (the Boat Show, Startup Fest) that delegates come and go from: an item it fully
contains, or one held at its venue, does not clash with it. Nothing else is a frame: a reception
spanning a visit is a clash. Cancelled and no-show meetings produce no finding at all.

Findings are worded in French or English (``language``), from the sentences of
``check_wording``; an item is named by its title in that language (the other when it has none).

Everything is read in a fixed number of queries; clashes are found per delegate by sorting
their agenda by start and sweeping it, so the work grows with the agenda's length (and the
clashes found), never with its square.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound
from delegation_app.messages import say
from delegation_app.services.agenda import AgendaEntry, agendas_for
from delegation_app.services.check_wording import (
    DEFAULT_LANGUAGE,
    CheckWording,
    ItemPhrase,
    check_wording,
)
from delegation_app.services.recurrence import occurrences
from delegation_app.services.validation import aware, collation_key
from delegation_app.storage.models import (
    B2BMeeting,
    FlightDetails,
    ItemKind,
    ItineraryItem,
    MeetingStatus,
    Mission,
    Participant,
    ParticipantStatus,
    Person,
    Stop,
    TransferFlight,
    Venue,
    WorkshopSpeaker,
)

if TYPE_CHECKING:  # checks.py calls this module: import it only when a finding is made
    from delegation_app.services.checks import Finding, Severity

# From touchdown to a coach pulling away: taxiing, leaving the aircraft, passport control and
# luggage. 45 minutes is tight even for a domestic arrival; below it, someone is left behind.
MIN_CONNECTION = timedelta(minutes=45)

# Moving from one place to another: they may sit on the day next to their stop (the train to
# the next city leaves the morning the next stop begins), and their venue is where they start
# from, not where the stop is.
TRAVEL_KINDS = frozenset({ItemKind.FLIGHT, ItemKind.TRAIN, ItemKind.TRANSFER})
# A frame delegates come and go from (see the module's docstring).
FRAME_KINDS = frozenset({ItemKind.VISIT})
# Never in conflict with anything.
FREE_KINDS = frozenset({ItemKind.FREE_TIME})

_NAMED = 6  # delegates named in one finding; the others are counted


@dataclass(frozen=True)
class _Item:
    id: int
    kind: ItemKind
    title_en: str
    title_fr: str
    start_local: datetime
    start_zone: str
    end_local: datetime
    end_zone: str
    recurrence: str | None
    stop_id: int | None
    venue_id: int | None
    venue: str | None
    venue_city: str | None
    flight: str | None  # "AF 90"

    def phrase(self, words: CheckWording) -> ItemPhrase:
        """How a sentence names it: ``flight AF 90``, ``le vol AF 90``, or its title."""
        return words.item(words.title(self.title_fr, self.title_en), self.flight)


@dataclass(frozen=True, eq=False)
class _Slot:
    """One occurrence of an item, with its instants (seconds since the epoch) for comparing."""

    index: int
    item: _Item
    start_local: datetime
    end_local: datetime
    start: float
    end: float

    @property
    def day(self) -> date:
        return self.start_local.date()


@dataclass(frozen=True)
class _Stop:
    id: int
    position: int
    city: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class _Person:
    given: str
    family: str
    order: tuple[str, str]  # family name first, ignoring case and accents

    @classmethod
    def of(cls, given: str, family: str) -> _Person:
        return cls(given, family, (collation_key(family), collation_key(given)))

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


def find_conflicts(
    session: Session,
    mission_id: int,
    agendas: Mapping[int, Sequence[AgendaEntry]] | None = None,
    *,
    language: str = DEFAULT_LANGUAGE,
) -> list[Finding]:
    """The itinerary's conflicts, errors first then by subject, worded in ``language``.

    ``agendas`` are the delegates' agendas when the caller has them already (the checks do);
    without them, those of every delegate not cancelled are loaded.
    """
    words = check_wording(language)
    data = _load(session, mission_id)
    data.words = words
    if agendas is None:
        agendas = agendas_for(session, mission_id, data.active_delegates)
    findings = [
        *_agenda_conflicts(data, agendas),
        *_speaker_clashes(data),
        *_transfers_before_landing(data),
        *_outside_stops(data),
    ]
    subjects = {f.subject: collation_key(f.subject) for f in findings}
    return sorted(
        findings, key=lambda f: (f.severity != "error", subjects[f.subject], f.code, f.message)
    )


# --- loading ----------------------------------------------------------------------------


@dataclass
class _Data:
    mission_start: date
    mission_end: date
    stops: dict[int, _Stop]
    items: dict[int, _Item]
    slots: dict[tuple[int, datetime], _Slot]  # (item, local start) -> occurrence
    slots_of: dict[int, list[_Slot]]
    delegates: dict[int, _Person]  # participant -> name
    active_delegates: list[int]  # not cancelled
    participant_of: dict[int, int]  # person -> participant
    speakers: dict[int, list[int]]  # person -> workshops they speak at
    speaker_names: dict[int, _Person]
    links: set[tuple[int, int]]  # (transfer, flight)
    words: CheckWording = field(default_factory=check_wording)
    descriptions: dict[int, str] = field(default_factory=dict)  # slot index -> its words


def _load(session: Session, mission_id: int) -> _Data:
    """Four queries, whatever the size of the mission (the agendas aside)."""
    mission_rows = session.execute(
        select(
            Mission.start_date,
            Mission.end_date,
            Stop.id,
            Stop.position,
            Stop.city,
            Stop.start_date,
            Stop.end_date,
        )
        .outerjoin(Stop, Stop.mission_id == Mission.id)
        .where(Mission.id == mission_id)
    ).all()
    if not mission_rows:
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    mission_start, mission_end = mission_rows[0][0], mission_rows[0][1]
    stops = {
        row[2]: _Stop(row[2], row[3], row[4], row[5], row[6])
        for row in mission_rows
        if row[2] is not None
    }
    # One row per item, repeated for each flight a transfer meets (one or two).
    items: dict[int, _Item] = {}
    links: set[tuple[int, int]] = set()
    for row in session.execute(
        select(
            ItineraryItem.id,
            ItineraryItem.kind,
            ItineraryItem.title_en,
            ItineraryItem.start_local,
            ItineraryItem.start_zone,
            ItineraryItem.end_local,
            ItineraryItem.end_zone,
            ItineraryItem.recurrence,
            ItineraryItem.stop_id,
            ItineraryItem.venue_id,
            Venue.name,
            Venue.city,
            FlightDetails.carrier,
            FlightDetails.number,
            TransferFlight.flight_item_id,
            B2BMeeting.id,
            ItineraryItem.title_fr,
        )
        .outerjoin(Venue, ItineraryItem.venue_id == Venue.id)
        .outerjoin(FlightDetails, FlightDetails.item_id == ItineraryItem.id)
        .outerjoin(TransferFlight, TransferFlight.transfer_item_id == ItineraryItem.id)
        .outerjoin(  # one meeting at most per item: the scheduler refuses a second
            B2BMeeting,
            (B2BMeeting.item_id == ItineraryItem.id)
            & B2BMeeting.status.in_((MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW)),
        )
        .where(ItineraryItem.mission_id == mission_id)
        .order_by(ItineraryItem.id)
    ):
        item_id, met_flight, called_off = row[0], row[14], row[15]
        if called_off is not None:  # a cancelled meeting never clashes with anything
            continue
        if met_flight is not None:
            links.add((item_id, met_flight))
        if item_id in items:
            continue
        carrier, number = row[12], row[13]
        items[item_id] = _Item(
            id=item_id,
            kind=row[1],
            title_en=row[2],
            title_fr=row[16],
            start_local=row[3],
            start_zone=row[4],
            end_local=row[5],
            end_zone=row[6],
            recurrence=row[7],
            stop_id=row[8],
            venue_id=row[9],
            venue=row[10],
            venue_city=row[11],
            flight=f"{carrier} {number}" if carrier else None,
        )
    slots: dict[tuple[int, datetime], _Slot] = {}
    slots_of: dict[int, list[_Slot]] = {}
    for item in items.values():
        own = []
        for start_local, end_local in occurrences(
            item.start_local, item.end_local, item.recurrence, mission_end
        ):
            slot = _Slot(
                index=len(slots),
                item=item,
                start_local=start_local,
                end_local=end_local,
                start=aware(start_local, item.start_zone).timestamp(),
                end=aware(end_local, item.end_zone).timestamp(),
            )
            slots[(item.id, start_local)] = slot
            own.append(slot)
        slots_of[item.id] = own
    delegates: dict[int, _Person] = {}
    active: list[int] = []
    participant_of: dict[int, int] = {}
    for participant_id, person_id, status, given, family in session.execute(
        select(
            Participant.id,
            Participant.person_id,
            Participant.status,
            Person.given_name,
            Person.family_name,
        )
        .join(Person, Participant.person_id == Person.id)
        .where(Participant.mission_id == mission_id)
        .order_by(Participant.id)
    ):
        delegates[participant_id] = _Person.of(given, family)
        participant_of[person_id] = participant_id
        if status != ParticipantStatus.CANCELLED:
            active.append(participant_id)
    speakers: dict[int, list[int]] = defaultdict(list)
    speaker_names: dict[int, _Person] = {}
    for item_id, person_id, given, family in session.execute(
        select(
            WorkshopSpeaker.item_id,
            WorkshopSpeaker.person_id,
            Person.given_name,
            Person.family_name,
        )
        .join(Person, WorkshopSpeaker.person_id == Person.id)
        .join(ItineraryItem, WorkshopSpeaker.item_id == ItineraryItem.id)
        .where(ItineraryItem.mission_id == mission_id)
        .order_by(WorkshopSpeaker.person_id, WorkshopSpeaker.item_id)
    ):
        if item_id in items:
            speakers[person_id].append(item_id)
            speaker_names[person_id] = _Person.of(given, family)
    return _Data(
        mission_start=mission_start,
        mission_end=mission_end,
        stops=stops,
        items=items,
        slots=slots,
        slots_of=slots_of,
        delegates=delegates,
        active_delegates=active,
        participant_of=participant_of,
        speakers=dict(speakers),
        speaker_names=speaker_names,
        links=links,
    )


# --- delegates in two places at once ------------------------------------------------------


def _framed(a: _Slot, b: _Slot) -> bool:
    """True when one is a frame (a show, a fair) the other happens within or at."""
    if a.item.kind not in FRAME_KINDS and b.item.kind not in FRAME_KINDS:
        return False
    for outer, inner in ((a, b), (b, a)):
        if outer.item.kind in FRAME_KINDS and (
            (outer.start <= inner.start and inner.end <= outer.end)
            or (outer.item.venue_id is not None and outer.item.venue_id == inner.item.venue_id)
        ):
            return True
    return False


def _linked(data: _Data, a: _Slot, b: _Slot) -> bool:
    if not data.links:
        return False
    return (a.item.id, b.item.id) in data.links or (b.item.id, a.item.id) in data.links


def _sweep(
    timeline: Sequence[tuple[_Slot, bool]],
) -> Iterator[tuple[tuple[_Slot, bool], tuple[_Slot, bool]]]:
    """Each pair of overlapping slots, earlier first, from a timeline sorted by start.

    Only the slots still running when the next one starts are kept, so the work is the
    timeline's length times the few items running at once, plus the clashes found.
    """
    running: list[tuple[_Slot, bool]] = []
    for current in timeline:
        slot = current[0]
        running = [r for r in running if r[0].end > slot.start]
        for other in running:
            # Half-open intervals: an item ending at 10:00 and one starting at 10:00 are fine.
            if other[0].item.id != slot.item.id and slot.end > other[0].start:
                yield other, current
        running.append(current)


def _agenda_conflicts(
    data: _Data, agendas: Mapping[int, Sequence[AgendaEntry]]
) -> Iterator[Finding]:
    overlaps: dict[tuple[int, int], list[int]] = defaultdict(list)
    pairs: dict[tuple[int, int], tuple[_Slot, _Slot]] = {}
    speaking: dict[tuple[int, int, int], tuple[_Slot, _Slot]] = {}  # (participant, a, b)
    tight: dict[tuple[int, int], list[int]] = defaultdict(list)
    tight_pairs: dict[tuple[int, int], tuple[_Slot, _Slot]] = {}
    for participant_id, agenda in agendas.items():
        if participant_id not in data.delegates:  # not on this mission's roster
            continue
        timeline: list[tuple[_Slot, bool]] = []
        for entry in agenda:
            if entry.kind in FREE_KINDS:
                continue
            slot = data.slots.get((entry.item_id, entry.start_local))
            if slot is not None:
                timeline.append((slot, entry.as_speaker))
        timeline.sort(key=lambda s: (s[0].start, s[0].end, s[0].item.id))
        for (a, a_speaks), (b, b_speaks) in _sweep(timeline):
            if _framed(a, b) or _linked(data, a, b):
                continue
            if a_speaks and b_speaks:
                continue  # two workshops they speak at: found with the speakers below
            key = (a.index, b.index)
            if a_speaks or b_speaks:
                speaking[(participant_id, *key)] = (a, b) if a_speaks else (b, a)
            else:
                overlaps[key].append(participant_id)
                pairs[key] = (a, b)
        for key, pair in _tight_connections(data, timeline):
            tight[key].append(participant_id)
            tight_pairs[key] = pair

    words = data.words
    for key, who in overlaps.items():
        a, b = pairs[key]
        count = len(set(who))
        yield _finding(
            "conflict.overlap",
            "error",
            who,
            b.item.id,
            _subject(data, who, b),
            words.counted(
                "conflict.overlap.message",
                count,
                people=_names(data, who),
                day=words.day(b.day),
                first=_describe(data, a),
                second=_describe(data, b),
            ),
            words.counted("conflict.overlap.advice", count),
        )
    for (participant_id, _, _), (talk, other) in speaking.items():
        name = data.delegates[participant_id].name
        yield _finding(
            "conflict.speaker",
            "error",
            [participant_id],
            talk.item.id,
            name,
            words(
                "conflict.speaker.message.attending",
                name=name,
                talk=_describe(data, talk),
                day=words.day(talk.day),
                other=_describe(data, other),
            ),
            words("conflict.speaker.advice.attending"),
        )
    for key, who in tight.items():
        flight, transfer = tight_pairs[key]
        minutes = int((transfer.start - flight.end) // 60)
        flight_phrase = flight.item.phrase(words)
        yield _finding(
            "conflict.tight_connection",
            "warning",
            who,
            transfer.item.id,
            _subject(data, who, transfer),
            words.counted(
                "conflict.tight_connection.message",
                minutes,
                transfer=transfer.item.phrase(words).start,
                leaves=_clock(transfer, start=True),
                day=words.day(transfer.day),
                flight=flight_phrase.the,
                flight_of=flight_phrase.of,
                lands=_clock(flight, start=False),
                people=_names(data, who),
            ),
            words("conflict.tight_connection.advice", minimum=_MINIMUM),
        )


def _tight_connections(
    data: _Data, timeline: Sequence[tuple[_Slot, bool]]
) -> Iterator[tuple[tuple[int, int], tuple[_Slot, _Slot]]]:
    """(flight, transfer) occurrences of one delegate with too little time between them."""
    flights = [s for s, _ in timeline if s.item.kind == ItemKind.FLIGHT]
    if not flights:
        return
    limit = MIN_CONNECTION.total_seconds()
    for transfer, _ in timeline:
        if transfer.item.kind != ItemKind.TRANSFER:
            continue
        for flight in flights:
            gap = transfer.start - flight.end
            # Where the flight lands, as far as zones tell: an airport often stands outside the
            # city it serves (Toronto Pearson is in Mississauga), so its name would mislead.
            same_place = flight.item.end_zone == transfer.item.start_zone
            if 0 <= gap < limit and same_place and not _linked(data, transfer, flight):
                yield (flight.index, transfer.index), (flight, transfer)


# --- speakers -----------------------------------------------------------------------------


def _speaker_clashes(data: _Data) -> Iterator[Finding]:
    """A speaker at two workshops at once, delegate or not."""
    for person_id, workshops in data.speakers.items():
        timeline = sorted(
            ((slot, True) for item_id in workshops for slot in data.slots_of[item_id]),
            key=lambda s: (s[0].start, s[0].end, s[0].item.id),
        )
        person = data.speaker_names[person_id]
        participant_id = data.participant_of.get(person_id)
        for (a, _), (b, _) in _sweep(timeline):
            if _framed(a, b):
                continue
            yield _finding(
                "conflict.speaker",
                "error",
                [participant_id] if participant_id is not None else [],
                b.item.id,
                person.name,
                data.words(
                    "conflict.speaker.message.two_workshops",
                    name=person.name,
                    day=data.words.day(b.day),
                    first=_describe(data, a),
                    second=_describe(data, b),
                ),
                data.words("conflict.speaker.advice.two_workshops"),
            )


# --- transfers ----------------------------------------------------------------------------


def _transfers_before_landing(data: _Data) -> Iterator[Finding]:
    words = data.words
    for transfer_id, flight_id in sorted(data.links):
        transfer_slots = data.slots_of.get(transfer_id)
        flight_slots = data.slots_of.get(flight_id)
        if not transfer_slots or not flight_slots:
            continue
        transfer, flight = transfer_slots[0], flight_slots[0]
        if transfer.start >= flight.end:
            continue
        landing_day = flight.end_local.date()
        transfer_phrase, flight_phrase = transfer.item.phrase(words), flight.item.phrase(words)
        yield _finding(
            "conflict.transfer_before_landing",
            "error",
            [],
            transfer_id,
            transfer_phrase.subject,
            words(
                "conflict.transfer_before_landing.message",
                "same_day" if landing_day == transfer.day else "other_day",
                transfer=transfer_phrase.start,
                leaves=_clock(transfer, start=True),
                day=words.day(transfer.day),
                flight_code=flight.item.flight or flight_phrase.the,
                flight_of=flight_phrase.of,
                lands=_clock(flight, start=False),
                landing_day=words.day(landing_day),
            ),
            words("conflict.transfer_before_landing.advice", minimum=_MINIMUM),
        )


# --- items outside their stop or the mission -------------------------------------------------


def _outside_stops(data: _Data) -> Iterator[Finding]:
    words = data.words
    stops = sorted(data.stops.values(), key=lambda s: (s.position, s.start_date))
    by_city: dict[str, list[_Stop]] = defaultdict(list)
    for each in stops:
        by_city[_city_key(each.city)].append(each)
    one_day = timedelta(days=1)
    for item in data.items.values():
        slots = data.slots_of[item.id]
        if not slots:
            continue
        phrase = item.phrase(words)
        outside = [s for s in slots if not _within(s, data.mission_start, data.mission_end)]
        if outside:
            yield _outside(
                data,
                item,
                outside,
                len(slots),
                "mission",
                span=words.span(data.mission_start, data.mission_end),
            )
            continue
        stop = data.stops.get(item.stop_id or -1)
        if stop is not None:
            slack = one_day if item.kind in TRAVEL_KINDS else timedelta(0)
            outside = [
                s for s in slots if not _within(s, stop.start_date - slack, stop.end_date + slack)
            ]
            if outside:
                yield _outside(
                    data,
                    item,
                    outside,
                    len(slots),
                    "stop",
                    span=words.span(stop.start_date, stop.end_date),
                    city=stop.city,
                )
        if item.kind in TRAVEL_KINDS or not item.venue_city:
            continue
        city = _city_key(item.venue_city)
        where = (
            words("where", venue=item.venue, city=item.venue_city)
            if item.venue
            else item.venue_city
        )
        first = slots[0]
        if stop is not None:
            if city == _city_key(stop.city):
                continue
            others = [s for s in by_city.get(city, ()) if s.id != stop.id]
            if not others:
                # A city no stop names is a trip out (the boat show in Fort Lauderdale during
                # the Miami stop): planned on purpose, so not worth a warning every time.
                continue
            other = others[0]
            values = {
                "item": phrase.start,
                "day": words.day(first.day),
                "where": where,
                "city": stop.city,
                "city_at": words.city_at(stop.city),
                "city_of": words.city_of(stop.city),
                "other_city": other.city,
                "other_city_of": words.city_of(other.city),
                "span": words.span(other.start_date, other.end_date),
            }
            yield _finding(
                "conflict.outside_stop",
                "warning",
                [],
                item.id,
                phrase.subject,
                words("conflict.outside_stop.message.other_city", **values),
                words("conflict.outside_stop.advice.other_city", **values),
            )
            continue
        # No stop given: where is the delegation that day? The day a stop begins, they may
        # still be in the previous one (the morning train).
        here = [
            s
            for position, s in enumerate(stops)
            if s.start_date <= first.day <= s.end_date
            or (position + 1 < len(stops) and stops[position + 1].start_date == first.day)
        ]
        if not here or any(_city_key(s.city) == city for s in here):
            continue
        others = [s for s in by_city.get(city, ()) if s not in here]
        if not others:
            continue  # a city no stop names: a trip out, most likely
        other = others[0]
        values = {
            "item": phrase.start,
            "day": words.day(first.day),
            "where": where,
            "cities": words.listing([s.city for s in here]),
            "cities_at": words.listing([words.city_at(s.city) for s in here]),
            "city": here[0].city,
            "city_at": words.city_at(here[0].city),
            "other_city": other.city,
            "other_city_of": words.city_of(other.city),
            "span": words.span(other.start_date, other.end_date),
        }
        yield _finding(
            "conflict.outside_stop",
            "warning",
            [],
            item.id,
            phrase.subject,
            words("conflict.outside_stop.message.away", **values),
            words("conflict.outside_stop.advice.away", **values),
        )


def _within(slot: _Slot, first: date, last: date) -> bool:
    """Any part of it falls on those days: an overnight flight landing on the first is in."""
    return slot.day <= last and slot.end_local.date() >= first


def _outside(
    data: _Data,
    item: _Item,
    outside: Sequence[_Slot],
    total: int,
    what: str,  # "mission" or "stop"
    **values: str,
) -> Finding:
    words = data.words
    phrase = item.phrase(words)
    values = {"item": phrase.start, "day": words.day(outside[0].day), **values}
    if total == 1:
        message = words(f"conflict.outside_stop.message.{what}", **values)
    else:
        message = words.counted(
            f"conflict.outside_stop.message.{what}_repeats", len(outside), **values
        )
    advice = words(f"conflict.outside_stop.advice.{what}")
    subject = phrase.subject
    return _finding("conflict.outside_stop", "warning", [], item.id, subject, message, advice)


# --- wording ------------------------------------------------------------------------------


def _finding(
    code: str,
    severity: Severity,
    who: Sequence[int],
    item_id: int | None,
    subject: str,
    message: str,
    advice: str,
) -> Finding:
    from delegation_app.services.checks import Finding  # checks.py imports this module

    return Finding(
        code, severity, who[0] if len(who) == 1 else None, item_id, subject, message, advice
    )


_MINIMUM = MIN_CONNECTION.seconds // 60


def _clock(slot: _Slot, *, start: bool) -> str:
    """``17:40 EST``: the local time with the zone's abbreviation of that day (24-hour, as
    the French booklet prints it, in both languages)."""
    local, zone = (
        (slot.start_local, slot.item.start_zone) if start else (slot.end_local, slot.item.end_zone)
    )
    return aware(local, zone).strftime("%H:%M %Z")


def _times(words: CheckWording, slot: _Slot) -> str:
    """``14:30–16:00 EST``, or ``10:25 CET – Sun 5 Nov 17:40 EST`` across zones, days named
    when two."""
    start = aware(slot.start_local, slot.item.start_zone)
    end = aware(slot.end_local, slot.item.end_zone)
    same_day = slot.end_local.date() == slot.start_local.date()
    end_text = f"{end:%H:%M}" if same_day else f"{words.short_day(end.date())} {end:%H:%M}"
    if start.tzname() == end.tzname() and same_day:
        return f"{start:%H:%M}–{end_text} {end.tzname()}"
    return f"{start:%H:%M} {start.tzname()} – {end_text} {end.tzname()}"


def _describe(data: _Data, slot: _Slot) -> str:
    """``Opening reception at Pérez Art Museum (19:30–22:30 EST)``: made once per call."""
    found = data.descriptions.get(slot.index)
    if found is None:
        words, item = data.words, slot.item
        venue = item.venue if item.kind != ItemKind.FLIGHT else None
        found = words(
            "slot.venue" if venue else "slot.plain",
            item=item.phrase(words).the,
            venue=venue,
            times=_times(words, slot),
        )
        data.descriptions[slot.index] = found
    return found


def _subject(data: _Data, who: Sequence[int], slot: _Slot) -> str:
    """The delegate when one is concerned, as the other checks do; otherwise the item."""
    if len(who) == 1:
        return data.delegates[who[0]].name
    words = data.words
    return words(
        "subject.item_day", item=slot.item.phrase(words).subject, day=words.short_day(slot.day)
    )


def _names(data: _Data, who: Iterable[int]) -> str:
    people = sorted((data.delegates[p] for p in set(who)), key=lambda p: p.order)
    names = [p.name for p in people]
    if len(names) <= _NAMED + 1:
        return data.words.listing(names)
    return data.words(
        "delegates.named",
        count=len(names),
        names=", ".join(names[:_NAMED]),
        others=len(names) - _NAMED,
    )


def _city_key(city: str) -> str:
    """Case, accents and punctuation ignored: 'Montréal' is 'MONTREAL', 'St-Denis' 'St Denis'."""
    return " ".join(w for w in re.split(r"[\W_]+", collation_key(city)) if w)
