"""The checks a coordinator runs before departure: passports, entry authorisations, rooms,
flights, dietary needs passed to venues, duplicates on the roster.

Each finding names the delegate (or the item) and says what to do. Everything the checks need
is loaded once into a ``CheckContext`` in a fixed number of queries, whatever the size of the
roster; each check is then a plain function of that context. Other checks (the itinerary's
conflicts) join by adding a function to ``CHECKS``.

Findings are worded in French or English (``run_checks(..., language="fr")``), from the whole
sentences of ``check_wording``; their codes are the same in both.

Findings never show a passport or visa number, nor the text of a delegate's needs: the
coordinator's screen may be read over a shoulder or pasted into an e-mail.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.services.agenda import AgendaEntry, agendas_for
from delegation_app.services.check_wording import DEFAULT_LANGUAGE, CheckWording, check_wording
from delegation_app.services.commitments import check_commitments
from delegation_app.services.conflicts import find_conflicts
from delegation_app.services.entry import (
    EntryAuthorisationView,
    EntryRules,
    RequiredAuthorisation,
    entry_authorisations,
    kind_label,
    load_entry_rules,
)
from delegation_app.services.follow_ups import check_follow_ups
from delegation_app.services.missions import MissionView, StopView, get_mission
from delegation_app.services.validation import collation_key
from delegation_app.services.workshops import check_workshops
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
    agreement_id: int | None = None  # the agreement a finding is about, when one


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
    words: CheckWording = field(default_factory=check_wording)  # the findings' language

    @property
    def stops(self) -> tuple[StopView, ...]:
        return self.mission.stops

    @property
    def return_date(self) -> date:
        return self.mission.end_date


Check = Callable[[CheckContext], Iterable[Finding]]


def run_checks(
    session: Session,
    mission_ref: str,
    *,
    today: date | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> list[Finding]:
    """Every check on the mission (id or short name), errors first, then by subject.

    ``language`` ("fr" or "en") is the language of the findings' subjects, messages and
    advice; their codes and severities are the same in both.
    """
    words = check_wording(language)  # an unknown language fails before any query
    context = load_context(session, mission_ref, today=today or date.today(), language=language)
    findings = [finding for check in CHECKS for finding in check(context)]
    # The itinerary's conflicts read more than the context holds (speakers, transfer links);
    # they reuse the agendas already loaded.
    findings += find_conflicts(
        session, context.mission.id, context.agendas, language=words.language
    )
    # The mission's agreements (and those of no mission with a partner in a country of its
    # stops): overdue commitments, renewals and expiries.
    findings += check_commitments(
        session, context.mission.id, context.today, language=words.language
    )
    findings += check_workshops(session, context.mission.id, language=words.language)
    # What the meetings left to do: follow-up actions past their due date.
    findings += check_follow_ups(
        session, context.mission.id, context.today, language=words.language
    )
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(
        findings,
        key=lambda f: (f.severity != ERROR, collation_key(f.subject), f.code, f.message),
    )


def load_context(
    session: Session, mission_ref: str, *, today: date, language: str = DEFAULT_LANGUAGE
) -> CheckContext:
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
        words=check_wording(language),
    )


# --- wording --------------------------------------------------------------------------------


def country_name(code: str) -> str:
    """The country as an English sentence names it: "the United States", "Canada"."""
    return check_wording("en").country(code).the


def day(value: date) -> str:
    """``Sun 5 Nov 2017``: unambiguous in any country, whatever the machine's locale."""
    return check_wording("en").day(value)


def _assumed(words: CheckWording, delegate: CheckedDelegate) -> str:
    if not delegate.nationality_assumed:
        return ""
    return words(
        "assumed",
        nationality=delegate.nationality,
        nationality_of=words.country(delegate.nationality).of,
    )


def _tense(context: CheckContext, expiry: date) -> str:
    return "past" if expiry < context.today else "future"


# --- passports ------------------------------------------------------------------------------


def check_passports(context: CheckContext) -> Iterator[Finding]:
    words = context.words
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
                words("passport.missing.message", name=name),
                words("passport.missing.advice"),
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
                words("passport.no_expiry.message", name=name),
                words("passport.no_expiry.advice"),
            )
            continue
        tense = _tense(context, expiry)
        if expiry < returning:
            yield Finding(
                "passport.expired",
                ERROR,
                delegate.participant_id,
                None,
                name,
                words(
                    "passport.expired.message",
                    tense,
                    name=name,
                    expiry=words.day(expiry),
                    return_day=words.day(returning),
                ),
                words("passport.expired.advice"),
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
            country = words.country(countries[required.index(months)])
            rule = (
                "recorded"
                if context.rules.for_country(country.code).passport_rule_recorded
                else "prudent"
            )
            yield Finding(
                "passport.expiring",
                ERROR,
                delegate.participant_id,
                None,
                name,
                words(
                    "passport.expiring.message",
                    f"{rule}.{tense}",
                    name=name,
                    expiry=words.day(expiry),
                    country_the=country.the,
                    country_in=country.in_,
                    months=words.counted("months", months),
                    needed=words.day(needed_until),
                    assumed=_assumed(words, delegate),
                ),
                words("passport.expiring.advice"),
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
    words, name = context.words, delegate.name
    where = words.country(country)
    note = context.rules.for_country(country).note
    granted = [r for r in mine if r.state == AuthorisationState.GRANTED]
    if any(r.expiry is None or r.expiry >= arrival for r in granted):
        return None

    def finding(
        code: str,
        severity: Severity,
        kind: AuthorisationKind,
        label: str,
        *,
        assumed: str = "",
        last: date | None = None,
    ) -> Finding:
        auth = words.authorisation(label, visa=kind == AuthorisationKind.VISA)
        values = {
            "name": name,
            "auth": auth.label,
            "auth_the": auth.the,
            "auth_bare": auth.bare,
            "auth_of": auth.of,
            "country_the": where.the,
            "assumed": assumed,
            "expiry": words.day(last) if last else "",
            "arrival": words.day(arrival),
        }
        tense = _tense(context, last) if last else None
        message = words(f"{code}.message", tense or auth.gender, **values)
        advice = words(f"{code}.advice", auth.gender, **values)
        if note and code != "entry.refused":
            advice = words("entry.with_note", advice=advice, note=words.note(note))
        return Finding(code, severity, delegate.participant_id, None, name, message, advice)

    if granted:
        last = max(r.expiry for r in granted if r.expiry is not None)
        kind = granted[0].kind if required is None else required.kind
        label = kind_label(granted[0].kind) if required is None else required.label
        return finding("entry.expired", ERROR, kind, label, last=last)
    if any(r.state == AuthorisationState.REFUSED for r in mine):
        if required is None:
            return finding("entry.refused", ERROR, AuthorisationKind.OTHER, "entry authorisation")
        return finding("entry.refused", ERROR, required.kind, required.label)
    if required is None:
        return None
    assumed = _assumed(words, delegate)
    if any(r.state == AuthorisationState.APPLIED for r in mine):
        return finding("entry.pending", WARNING, required.kind, required.label, assumed=assumed)
    if any(r.state == AuthorisationState.NEEDED for r in mine):
        return finding("entry.not_applied", ERROR, required.kind, required.label, assumed=assumed)
    return finding("entry.missing", ERROR, required.kind, required.label, assumed=assumed)


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


def _flight_name(words: CheckWording, entry: AgendaEntry, *, subject: bool = False) -> str:
    """``flight AF 1234 of Sun 5 Nov 2017``, ``le vol AF 1234 du dimanche 5 novembre 2017``."""
    number = (
        f"{entry.flight.carrier} {entry.flight.number}"
        if entry.flight
        else words.quoted(words.title(entry.title_fr, entry.title_en))
    )
    return words(
        "flight.name",
        "subject" if subject else None,
        flight=number,
        day=words.day(entry.start_local.date()),
    )


def check_flights(context: CheckContext) -> Iterator[Finding]:
    if not context.stops:
        return
    words = context.words
    first, last = context.stops[0].city, context.stops[-1].city
    cities = {
        "first": first,
        "last": last,
        "first_at": words.city_at(first),
        "first_of": words.city_of(first),
        "last_of": words.city_of(last),
    }
    route = "round_trip" if first == last else "open_jaw"
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
                words("flight.none.message", name=name),
                words("flight.none.advice", route, **cities),
            )
            continue
        if travel.arrival is None:
            yield Finding(
                "flight.no_arrival",
                WARNING,
                pid,
                None,
                name,
                words("flight.no_arrival.message", name=name, **cities),
                words("flight.no_arrival.advice"),
            )
        if travel.departure is None:
            yield Finding(
                "flight.no_departure",
                WARNING,
                pid,
                None,
                name,
                words("flight.no_departure.message", name=name, **cities),
                words("flight.no_departure.advice"),
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
                    words(
                        "flight.not_booked.message", name=name, flight=_flight_name(words, flight)
                    ),
                    words("flight.not_booked.advice"),
                )
    for item_id, flight in unbooked_flights.items():
        yield Finding(
            "flight.no_passengers",
            WARNING,
            None,
            item_id,
            _flight_name(words, flight, subject=True),  # "Flight AF 1234 of Sun 5 Nov 2017"
            words("flight.no_passengers.message", flight=_flight_name(words, flight)),
            words("flight.no_passengers.advice"),
        )


def check_rooms(context: CheckContext) -> Iterator[Finding]:
    words = context.words
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
                words("room.missing.message", name=name),
                words("room.missing.advice"),
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
            yield Finding(
                "room.nights",
                WARNING,
                pid,
                None,
                name,
                words.counted(
                    "room.nights.message", len(needed), name=name, nights=words.nights(needed)
                ),
                words.counted("room.nights.advice", len(needed)),
            )


# --- dietary needs --------------------------------------------------------------------------


def check_dietary_needs(context: CheckContext) -> Iterator[Finding]:
    words = context.words
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
            words(
                "diet.venue",
                venue=venue,
                meals=", ".join(
                    words(
                        "diet.meal",
                        title=words.title(m.title_fr, m.title_en),
                        day=words.short_day(m.day),
                    )
                    for m in entries
                ),
            )
            for venue, entries in meals.items()
        ]
        items = {m.item_id for entries in meals.values() for m in entries}
        yield Finding(
            "diet.venues",
            WARNING,
            delegate.participant_id,
            next(iter(items)) if len(items) == 1 else None,
            name,
            words.counted(
                "diet.venues.message", len(venues), name=name, venues=words.listing(venues)
            ),
            words("diet.venues.advice"),
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
        ("email", lambda d: (d.email or "").strip().casefold()),
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
    words = context.words
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda d: (collation_key(d.family_name), collation_key(d.given_name)))
        ids = {d.participant_id for d in members}
        why = {r for pair, found in reasons.items() if set(pair) <= ids for r in found}
        names = [words("roster.duplicate.person", name=d.name, short=d.short) for d in members]
        first = members[0]
        yield Finding(
            "roster.duplicate",
            WARNING,
            first.participant_id,
            None,
            first.name,
            words(
                "roster.duplicate.message",
                "both" if len(why) > 1 else next(iter(why)),
                names=words.listing(names),
            ),
            words("roster.duplicate.advice"),
        )


# --- the rules themselves -------------------------------------------------------------------


def check_rules(context: CheckContext) -> Iterator[Finding]:
    words = context.words
    if context.rules.override_problem:
        yield Finding(
            "rules.override_invalid",
            WARNING,
            None,
            None,
            words("rules.override_invalid.subject"),
            # The problem is the parser's own sentence (a JSON path and what is wrong there).
            words("rules.override_invalid.message", problem=context.rules.override_problem),
            words("rules.override_invalid.advice"),
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
