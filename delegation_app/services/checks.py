"""The checks a coordinator runs before departure: passports, entry authorisations, rooms,
flights, dietary needs passed to venues, duplicates on the roster.

Each finding names the delegate (or the item) and says what to do. Everything the checks need
is loaded once into a ``CheckContext`` in a fixed number of queries, whatever the size of the
roster; each check is then a plain function of that context. Other checks (the itinerary's
conflicts) join by adding a function to ``CHECKS``.

Findings never show a passport or visa number, nor the text of a delegate's needs: the
coordinator's screen may be read over a shoulder or pasted into an e-mail.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal

from babel import Locale
from babel.dates import format_date
from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.services.agenda import AgendaEntry, agendas_for
from delegation_app.services.conflicts import find_conflicts
from delegation_app.services.entry import (
    EntryAuthorisationView,
    EntryRules,
    RequiredAuthorisation,
    entry_authorisations,
    kind_label,
    load_entry_rules,
)
from delegation_app.services.missions import MissionView, StopView, get_mission
from delegation_app.services.validation import collation_key
from delegation_app.storage.models import (
    Accommodation,
    AuthorisationKind,
    AuthorisationState,
    FlightBooking,
    ItemKind,
    ItineraryItem,
    Participant,
    ParticipantStatus,
    Person,
    RoomAssignment,
)

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem found by the checks, in words a coordinator can act on."""

    code: str  # stable, for filters and scripts: "passport.missing", "room.nights"...
    severity: Severity
    participant_id: int | None
    item_id: int | None
    subject: str  # who or what: the delegate's name, or the item
    message: str
    advice: str


@dataclass(frozen=True)
class CheckedDelegate:
    """What the checks need to know of one delegate (never the passport number itself)."""

    participant_id: int
    person_id: int
    short: str
    given_name: str
    family_name: str
    email: str | None
    nationality: str
    nationality_assumed: bool  # neither nationality nor passport country on record
    has_passport: bool
    passport_expiry: date | None
    has_dietary_needs: bool

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True)
class CheckContext:
    mission: MissionView
    delegates: tuple[CheckedDelegate, ...]  # cancelled delegates are left out
    rules: EntryRules
    authorisations: Mapping[int, Sequence[EntryAuthorisationView]]
    stays: Mapping[int, Sequence[tuple[date, date]]]  # participant -> (check-in, check-out)
    agendas: Mapping[int, Sequence[AgendaEntry]]
    bookings: frozenset[tuple[int, int]]  # (flight item, participant)
    flights_with_bookings: frozenset[int]
    today: date

    @property
    def stops(self) -> tuple[StopView, ...]:
        return self.mission.stops

    @property
    def return_date(self) -> date:
        return self.mission.end_date


Check = Callable[[CheckContext], Iterable[Finding]]


def run_checks(session: Session, mission_ref: str, *, today: date | None = None) -> list[Finding]:
    """Every check on the mission (id or short name), errors first, then by subject."""
    context = load_context(session, mission_ref, today=today or date.today())
    findings = [finding for check in CHECKS for finding in check(context)]
    # The itinerary's conflicts read more than the context holds (speakers, transfer links);
    # they reuse the agendas already loaded.
    findings += find_conflicts(session, context.mission.id, context.agendas)
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(
        findings,
        key=lambda f: (f.severity != ERROR, collation_key(f.subject), f.code, f.message),
    )


def load_context(session: Session, mission_ref: str, *, today: date) -> CheckContext:
    """Everything the checks read, in a fixed number of queries whatever the roster's size."""
    mission = get_mission(session, mission_ref)
    # Columns, not Person rows: the passport number itself is never read, only whether there is one.
    rows = session.execute(
        select(
            Participant.id,
            Person.id,
            Person.short,
            Person.given_name,
            Person.family_name,
            Person.email,
            Person.nationality,
            Person.passport_country,
            Person.passport_number.is_not(None),
            Person.passport_expiry,
            Person.dietary_needs.is_not(None),
        )
        .join(Person, Participant.person_id == Person.id)
        .where(
            Participant.mission_id == mission.id,
            Participant.status != ParticipantStatus.CANCELLED,
        )
        .order_by(Participant.id)
    )
    delegates = tuple(
        CheckedDelegate(
            participant_id=participant_id,
            person_id=person_id,
            short=short,
            given_name=given_name,
            family_name=family_name,
            email=email,
            nationality=nationality or passport_country or mission.home_country,
            nationality_assumed=not (nationality or passport_country),
            has_passport=bool(has_passport),
            passport_expiry=passport_expiry,
            has_dietary_needs=bool(has_needs),
        )
        for (
            participant_id,
            person_id,
            short,
            given_name,
            family_name,
            email,
            nationality,
            passport_country,
            has_passport,
            passport_expiry,
            has_needs,
        ) in rows
    )
    stays: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for participant_id, own_in, own_out, block_in, block_out in session.execute(
        select(
            RoomAssignment.participant_id,
            RoomAssignment.check_in,
            RoomAssignment.check_out,
            Accommodation.check_in,
            Accommodation.check_out,
        )
        .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
        .where(Accommodation.mission_id == mission.id)
    ):
        stays[participant_id].append((own_in or block_in, own_out or block_out))
    bookings = frozenset(
        (item_id, participant_id)
        for item_id, participant_id in session.execute(
            select(FlightBooking.item_id, FlightBooking.participant_id)
            .join(ItineraryItem, FlightBooking.item_id == ItineraryItem.id)
            .where(ItineraryItem.mission_id == mission.id)
        )
    )
    return CheckContext(
        mission=mission,
        delegates=delegates,
        rules=load_entry_rules(session),
        authorisations=entry_authorisations(session, mission.id),
        stays=stays,
        agendas=agendas_for(session, mission.id, [d.participant_id for d in delegates]),
        bookings=bookings,
        flights_with_bookings=frozenset(item_id for item_id, _ in bookings),
        today=today,
    )


# --- wording --------------------------------------------------------------------------------

# Country names that read with an article in an English sentence.
_WITH_THE = frozenset({"US", "GB", "NL", "AE", "PH", "DO", "BS", "GM", "CF", "KM", "MV"})


@cache
def _english() -> Locale:
    return Locale.parse("en")


def country_name(code: str) -> str:
    name = _english().territories.get(code, code)
    return f"the {name}" if code in _WITH_THE else name


def day(value: date) -> str:
    """``Sun 5 Nov 2017``: unambiguous in any country, whatever the machine's locale."""
    return format_date(value, "EEE d MMM y", locale="en")


def _short_day(value: date) -> str:
    return format_date(value, "EEE d MMM", locale="en")


def _nights(nights: Sequence[date]) -> str:
    """Consecutive nights as runs: ``6–7 Nov 2017, 9 Nov 2017``."""
    runs: list[list[date]] = []
    for night in sorted(nights):
        if runs and night - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(night)
        else:
            runs.append([night])
    parts = []
    for run in runs:
        first, last = run[0], run[-1]
        if first == last:
            parts.append(format_date(first, "d MMM y", locale="en"))
        elif (first.year, first.month) == (last.year, last.month):
            parts.append(f"{first.day}–{format_date(last, 'd MMM y', locale='en')}")
        else:
            parts.append(
                f"{format_date(first, 'd MMM', locale='en')} – "
                f"{format_date(last, 'd MMM y', locale='en')}"
            )
    return ", ".join(parts)


def _listing(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _assumed(delegate: CheckedDelegate) -> str:
    if not delegate.nationality_assumed:
        return ""
    return f" (no nationality on record: taken as {delegate.nationality})"


# --- passports ------------------------------------------------------------------------------


def check_passports(context: CheckContext) -> Iterator[Finding]:
    returning = context.return_date
    countries = list(dict.fromkeys(stop.country for stop in context.stops))
    for delegate in context.delegates:
        name = delegate.name
        if all(country == delegate.nationality for country in countries):
            continue  # at home: an identity card will do
        if not delegate.has_passport:
            yield Finding(
                "passport.missing",
                ERROR,
                delegate.participant_id,
                None,
                name,
                f"{name} has no passport on record.",
                "Ask for a copy of the passport and record its issuing country and expiry date.",
            )
            continue
        expiry = delegate.passport_expiry
        if expiry is None:
            yield Finding(
                "passport.no_expiry",
                WARNING,
                delegate.participant_id,
                None,
                name,
                f"{name}'s passport has no expiry date on record.",
                "Record the expiry date so that its validity can be checked.",
            )
            continue
        verb = "expired" if expiry < context.today else "expires"
        if expiry < returning:
            yield Finding(
                "passport.expired",
                ERROR,
                delegate.participant_id,
                None,
                name,
                f"{name}'s passport {verb} on {day(expiry)}, before the return on "
                f"{day(returning)}.",
                "A new passport is needed before departure: ask them to apply now "
                "and record the new one.",
            )
            continue
        if not countries:
            continue
        # The strictest stop wins; between equals, the first stop is named.
        required = [context.rules.passport_months(c, delegate.nationality) for c in countries]
        months = max(required)
        if months == 0:
            continue
        needed_until = returning + relativedelta(months=months)
        if expiry < needed_until:
            country = countries[required.index(months)]
            rule = (
                f"{country_name(country)} requires it valid"
                if context.rules.for_country(country).passport_rule_recorded
                else f"for {country_name(country)}, the prudent rule is a passport valid"
            )
            yield Finding(
                "passport.expiring",
                ERROR,
                delegate.participant_id,
                None,
                name,
                f"{name}'s passport {verb} on {day(expiry)}; {rule} "
                f"{_plural(months, 'month')} after the return, until "
                f"{day(needed_until)}{_assumed(delegate)}.",
                "Ask them to renew it before departure and record the new passport.",
            )


# --- entry authorisations -------------------------------------------------------------------


def _acceptable(record: EntryAuthorisationView, required: RequiredAuthorisation | None) -> bool:
    """A visa (or a special authorisation the coordinator recorded) stands in for an ESTA/eTA."""
    if required is None:
        return True
    return record.kind in (required.kind, AuthorisationKind.VISA, AuthorisationKind.OTHER)


def check_entry(context: CheckContext) -> Iterator[Finding]:
    arrivals: dict[str, date] = {}
    for stop in context.stops:
        arrivals.setdefault(stop.country, stop.start_date)
    for delegate in context.delegates:
        records = context.authorisations.get(delegate.participant_id, ())
        for country, arrival in arrivals.items():
            finding = _entry_finding(context, delegate, country, arrival, records)
            if finding is not None:
                yield finding


def _entry_finding(
    context: CheckContext,
    delegate: CheckedDelegate,
    country: str,
    arrival: date,
    records: Sequence[EntryAuthorisationView],
) -> Finding | None:
    required = context.rules.required_authorisation(country, delegate.nationality, on=arrival)
    mine = [r for r in records if r.country == country and _acceptable(r, required)]
    name, where = delegate.name, country_name(country)
    note = context.rules.for_country(country).note
    granted = [r for r in mine if r.state == AuthorisationState.GRANTED]
    if any(r.expiry is None or r.expiry >= arrival for r in granted):
        return None

    def finding(code: str, severity: Severity, message: str, advice: str) -> Finding:
        if note and code != "entry.refused":
            advice = f"{advice} {note}"
        return Finding(code, severity, delegate.participant_id, None, name, message, advice)

    if granted:
        last = max(r.expiry for r in granted if r.expiry is not None)
        label = kind_label(granted[0].kind) if required is None else required.label
        return finding(
            "entry.expired",
            ERROR,
            f"{name}'s {label} for {where} expires on {day(last)}, before the arrival on "
            f"{day(arrival)}.",
            f"Apply for a new {label} and record it.",
        )
    if any(r.state == AuthorisationState.REFUSED for r in mine):
        label = required.label if required else "entry authorisation"
        return finding(
            "entry.refused",
            ERROR,
            f"{name}'s {label} for {where} was refused.",
            "Contact the consulate about a visa at once, or take them off the roster.",
        )
    if required is None:
        return None
    label, suffix = required.label, _assumed(delegate)
    if any(r.state == AuthorisationState.APPLIED for r in mine):
        return finding(
            "entry.pending",
            WARNING,
            f"{name}'s {label} for {where} is applied for but not granted yet{suffix}.",
            "Follow it up and record it as granted once confirmed.",
        )
    if any(r.state == AuthorisationState.NEEDED for r in mine):
        return finding(
            "entry.not_applied",
            ERROR,
            f"{name} still has to apply for the {label} needed to enter {where}{suffix}.",
            f"Have them apply for the {label} now and record its number once granted.",
        )
    return finding(
        "entry.missing",
        ERROR,
        f"{name} has no {label} on record for {where}{suffix}.",
        f"Have them apply for the {label} (or record the one they hold).",
    )


# --- flights and rooms ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Travel:
    flights: tuple[AgendaEntry, ...]
    arrival: AgendaEntry | None  # the flight that brings them to the first stop
    departure: AgendaEntry | None  # the flight that takes them home from the last stop


def _travel(context: CheckContext, agenda: Sequence[AgendaEntry]) -> _Travel:
    flights = tuple(entry for entry in agenda if entry.kind == ItemKind.FLIGHT)
    if not flights or not context.stops:
        return _Travel(flights, None, None)
    first_zone, last_zone = context.stops[0].zone, context.stops[-1].zone
    # A flight within one zone (Toronto to Montréal) is neither the arrival nor the departure,
    # unless the delegates' home is in that zone too (a domestic mission).
    home = context.mission.home_zone
    arrivals = [
        f
        for f in flights
        if f.end_zone == first_zone and (f.start_zone != f.end_zone or home == first_zone)
    ]
    departures = [
        f
        for f in flights
        if f.start_zone == last_zone and (f.start_zone != f.end_zone or home == last_zone)
    ]
    return _Travel(
        flights,
        arrivals[0] if arrivals else None,
        departures[-1] if departures else None,
    )


def _flight_name(entry: AgendaEntry) -> str:
    """``flight AF 1234 of Sun 5 Nov 2017``."""
    number = f"{entry.flight.carrier} {entry.flight.number}" if entry.flight else entry.title_en
    return f"flight {number} of {day(entry.start_local.date())}"


def check_flights(context: CheckContext) -> Iterator[Finding]:
    if not context.stops:
        return
    first, last = context.stops[0].city, context.stops[-1].city
    route = f"to and from {first}" if first == last else f"to {first} and back from {last}"
    unbooked_flights: dict[int, AgendaEntry] = {}
    for delegate in context.delegates:
        name, pid = delegate.name, delegate.participant_id
        travel = _travel(context, context.agendas.get(pid, ()))
        if not travel.flights:
            yield Finding(
                "flight.none",
                WARNING,
                pid,
                None,
                name,
                f"{name} has no flight in the itinerary.",
                f"Book their flights {route}, or note how they travel.",
            )
            continue
        if travel.arrival is None:
            yield Finding(
                "flight.no_arrival",
                WARNING,
                pid,
                None,
                name,
                f"{name} has no flight arriving in {first}.",
                "Book their outbound flight, or note how and when they arrive.",
            )
        if travel.departure is None:
            yield Finding(
                "flight.no_departure",
                WARNING,
                pid,
                None,
                name,
                f"{name} has no flight leaving {last}.",
                "Book their return flight, or note how and when they leave.",
            )
        seen: set[int] = set()
        for flight in travel.flights:
            if flight.item_id in seen:  # a repeating item appears once per occurrence
                continue
            seen.add(flight.item_id)
            if flight.item_id not in context.flights_with_bookings:
                unbooked_flights.setdefault(flight.item_id, flight)
            elif (flight.item_id, pid) not in context.bookings:
                yield Finding(
                    "flight.not_booked",
                    WARNING,
                    pid,
                    flight.item_id,
                    name,
                    f"{name} is expected on {_flight_name(flight)} but is not on its "
                    "passenger list.",
                    "Book their seat and record the booking reference, "
                    "or exclude them from the flight.",
                )
    for item_id, flight in unbooked_flights.items():
        subject = _flight_name(flight)
        yield Finding(
            "flight.no_passengers",
            WARNING,
            None,
            item_id,
            "F" + subject[1:],  # "Flight AF 1234 of Sun 5 Nov 2017"
            f"No passenger is booked on {subject}.",
            "Record the passengers and their booking references from the travel agency.",
        )


def check_rooms(context: CheckContext) -> Iterator[Finding]:
    mission = context.mission
    for delegate in context.delegates:
        name, pid = delegate.name, delegate.participant_id
        stays = context.stays.get(pid, ())
        if not stays:
            yield Finding(
                "room.missing",
                WARNING,
                pid,
                None,
                name,
                f"{name} has no hotel room.",
                "Assign them a room in one of the mission's hotels, or note where they stay.",
            )
            continue
        travel = _travel(context, context.agendas.get(pid, ()))
        first = max(
            mission.start_date,
            travel.arrival.end_local.date() if travel.arrival else mission.start_date,
        )
        last = min(
            mission.end_date,
            travel.departure.start_local.date() if travel.departure else mission.end_date,
        )
        needed = {first + timedelta(days=n) for n in range((last - first).days)}
        for flight in travel.flights:  # a night on a plane needs no room
            start, end = flight.start_local.date(), flight.end_local.date()
            needed -= {start + timedelta(days=n) for n in range((end - start).days)}
        for check_in, check_out in stays:
            needed -= {check_in + timedelta(days=n) for n in range((check_out - check_in).days)}
        if needed:
            nights = sorted(needed)
            yield Finding(
                "room.nights",
                WARNING,
                pid,
                None,
                name,
                f"{name} has no room for {_plural(len(nights), 'night')}: {_nights(nights)}.",
                "Extend their stay or book a room for those nights.",
            )


# --- dietary needs --------------------------------------------------------------------------


def check_dietary_needs(context: CheckContext) -> Iterator[Finding]:
    for delegate in context.delegates:
        if not delegate.has_dietary_needs:
            continue
        meals: dict[str, list[AgendaEntry]] = {}
        for entry in context.agendas.get(delegate.participant_id, ()):
            if entry.kind == ItemKind.MEAL and entry.venue:
                meals.setdefault(entry.venue, []).append(entry)
        if not meals:
            continue
        name = delegate.name
        venues = [
            f"{venue} ({', '.join(f'{m.title_en}, {_short_day(m.day)}' for m in entries)})"
            for venue, entries in meals.items()
        ]
        items = {m.item_id for entries in meals.values() for m in entries}
        yield Finding(
            "diet.venues",
            WARNING,
            delegate.participant_id,
            next(iter(items)) if len(items) == 1 else None,
            name,
            f"Pass {name}'s dietary needs to {_listing(venues)}.",
            "Send each venue the needs on the delegate's record and ask the caterer to confirm.",
        )


# --- duplicates -----------------------------------------------------------------------------


def _name_key(delegate: CheckedDelegate) -> str:
    """Case, accents, hyphens and the order of names ignored: 'DUPONT Jean-Luc' is
    'Jean Luc Dupont'."""
    words = re.split(r"[\W_]+", collation_key(f"{delegate.given_name} {delegate.family_name}"))
    return " ".join(sorted(w for w in words if w))


def check_duplicates(context: CheckContext) -> Iterator[Finding]:
    parent = {d.participant_id: d.participant_id for d in context.delegates}

    def root(pid: int) -> int:
        while parent[pid] != pid:
            parent[pid] = parent[parent[pid]]
            pid = parent[pid]
        return pid

    reasons: dict[tuple[int, int], set[str]] = defaultdict(set)
    for reason, key_of in (
        ("name", _name_key),
        ("e-mail address", lambda d: (d.email or "").strip().casefold()),
    ):
        first_with: dict[str, CheckedDelegate] = {}
        for delegate in context.delegates:
            key = key_of(delegate)
            if not key:
                continue
            other = first_with.setdefault(key, delegate)
            if other is not delegate:
                parent[root(delegate.participant_id)] = root(other.participant_id)
                reasons[(other.participant_id, delegate.participant_id)].add(reason)
    clusters: dict[int, list[CheckedDelegate]] = defaultdict(list)
    for delegate in context.delegates:
        clusters[root(delegate.participant_id)].append(delegate)
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda d: (collation_key(d.family_name), collation_key(d.given_name)))
        ids = {d.participant_id for d in members}
        why = sorted({r for pair, found in reasons.items() if set(pair) <= ids for r in found})
        names = [f"{d.name} ({d.short})" for d in members]
        first = members[0]
        yield Finding(
            "roster.duplicate",
            WARNING,
            first.participant_id,
            None,
            first.name,
            f"{_listing(names)} may be the same person: same {' and '.join(why)}.",
            "Compare the records; if they are one person, keep one on the roster and "
            "take the other off.",
        )


# --- the rules themselves -------------------------------------------------------------------


def check_rules(context: CheckContext) -> Iterator[Finding]:
    if context.rules.override_problem:
        yield Finding(
            "rules.override_invalid",
            WARNING,
            None,
            None,
            "Entry rules",
            "The coordinators' corrections to the entry rules are set aside: "
            f"{context.rules.override_problem}.",
            "Correct them in the settings; the rules shipped with the program apply meanwhile.",
        )


CHECKS: tuple[Check, ...] = (
    check_rules,
    check_passports,
    check_entry,
    check_rooms,
    check_flights,
    check_dietary_needs,
    check_duplicates,
)
