"""Ground transfers: the airport pick-up plan of a stop, and the transfers' manifests.

The pick-up plan answers the coordinator's question on arrival day: who lands when, and how
many vehicles must wait for whom. It is built from the mission's flights landing at the stop's
airports, then applied as one TRANSFER item per vehicle, which the booklets, the calendar files
and the printed manifest all read.

Rules a coordinator relies on:
- a flight's passengers are its bookings; a flight with no booking yet carries whoever attends
  it in the agenda (so a plan can be drawn before the tickets are issued); cancelled delegates
  are never collected;
- someone who lands twice at the stop's airports (a double booking, or two trips) is collected
  from the first landing only; the others are listed in ``PickupPlan.double_booked``;
- a vehicle waits for the passengers landing within ``window`` of its first passenger's landing,
  up to its capacity; passengers board in landing order (then by name), so a full vehicle leaves
  and the rest of a flight takes the next one;
- a vehicle leaves once its last passenger is through the airport: landing plus an allowance,
  by default 60 minutes after an international flight (immigration, customs, baggage) and 30
  after a domestic one, rounded up to five minutes;
- every time in a plan is the wall-clock time of the airport the vehicle waits at.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.agenda import agendas_for
from delegation_app.services.airports import airport, local_time_at, serves
from delegation_app.services.itinerary import create_item, create_venue
from delegation_app.services.validation import (
    aware,
    check_count,
    collation_key,
    optional_text,
    require_text,
)
from delegation_app.storage.models import (
    Audience,
    FlightBooking,
    FlightDetails,
    ItemKind,
    ItineraryItem,
    Mission,
    Organisation,
    Participant,
    ParticipantStatus,
    Person,
    Stop,
    TransferDetails,
    TransferFlight,
    Venue,
)

COACH_CAPACITY = 49
MINIBUS_CAPACITY = 19
VAN_CAPACITY = 8
DEFAULT_WINDOW = timedelta(minutes=45)
# Immigration, customs and baggage claim after an international flight; baggage only after a
# domestic one. Long-haul arrivals at a busy hub can take longer: pass ``allowance``.
INTERNATIONAL_ALLOWANCE = timedelta(minutes=60)
DOMESTIC_ALLOWANCE = timedelta(minutes=30)
DEFAULT_RIDE = timedelta(hours=1)
_ROUNDING = timedelta(minutes=5)

TITLE_FR = "Transfert aéroport → hôtel"
TITLE_EN = "Airport → hotel transfer"


# --- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArrivingFlight:
    """A flight of the mission landing at one of the stop's airports."""

    item_id: int
    carrier: str
    number: str
    departure_airport: str
    arrival_airport: str
    landing_local: datetime  # wall-clock time at the arrival airport
    zone: str  # the arrival airport's zone
    international: bool  # the departure airport is in another country (or unknown)

    @property
    def label(self) -> str:
        return f"{self.carrier} {self.number}"

    @property
    def landing(self) -> datetime:
        return aware(self.landing_local, self.zone)


@dataclass(frozen=True)
class Passenger:
    """A delegate to collect: who they are, how to reach them, and what they land on."""

    participant_id: int
    family_name: str
    given_name: str
    honorific: str | None
    organisation: str | None
    phone: str | None
    flight_item_id: int
    flight: str  # "AF 7630"
    landing_local: datetime
    zone: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def landing(self) -> datetime:
        return aware(self.landing_local, self.zone)


@dataclass(frozen=True)
class Vehicle:
    """One vehicle of the plan, with the passengers it waits for and the flights they land on."""

    number: int  # 1, 2... in order of departure across the plan
    name: str  # "Coach 1"
    capacity: int
    airport: str
    zone: str
    departure_local: datetime  # wall-clock time at the airport
    flights: tuple[ArrivingFlight, ...]  # in landing order
    passengers: tuple[Passenger, ...]  # in boarding order: landing, then name

    @property
    def first_landing_local(self) -> datetime:
        return self.passengers[0].landing_local

    @property
    def last_landing_local(self) -> datetime:
        return self.passengers[-1].landing_local

    @property
    def seats_left(self) -> int:
        return self.capacity - len(self.passengers)


@dataclass(frozen=True)
class PickupPlan:
    mission_id: int
    stop_id: int
    city: str
    airports: tuple[str, ...]  # the codes whose landings were planned for
    window: timedelta
    capacity: int
    allowance: timedelta | None  # None: 60 minutes international, 30 domestic
    flights: tuple[ArrivingFlight, ...]  # every landing considered, even with no passenger
    vehicles: tuple[Vehicle, ...]
    double_booked: tuple[Passenger, ...]  # later landings of someone collected earlier

    @property
    def passengers(self) -> tuple[Passenger, ...]:
        return tuple(p for vehicle in self.vehicles for p in vehicle.passengers)


def pickup_plan(
    session: Session,
    stop_id: int,
    *,
    airports: Sequence[str] | None = None,
    on: date | None = None,
    window: timedelta = DEFAULT_WINDOW,
    capacity: int = COACH_CAPACITY,
    allowance: timedelta | None = None,
    vehicle_name: str = "Coach",
) -> PickupPlan:
    """Who lands at the stop's airports and which vehicle collects them; nothing is written.

    ``airports``: the IATA codes to meet (default: those of the mission's landings that serve
    the stop's city, see :func:`~delegation_app.services.airports.serves`). ``on``: only the
    landings of that local day (default: every landing between the stop's first and last day;
    an advance team landing the day before needs ``on``). ``allowance``: the time from landing
    to departure for every flight, instead of 60 minutes international and 30 domestic.
    """
    stop = session.get(Stop, stop_id)
    if stop is None:
        raise NotFound(say("no stop with id {stop_id}", stop_id=stop_id))
    if capacity < 1:
        raise ValidationError(
            "capacity", say("{capacity} seats: a vehicle needs at least one", capacity=capacity)
        )
    if window < timedelta(0):
        raise ValidationError("window", say("the waiting window cannot be negative"))
    if allowance is not None and allowance < timedelta(0):
        raise ValidationError(
            "allowance", say("the time from landing to departure cannot be negative")
        )
    name = require_text("vehicle name", vehicle_name, max_length=60)
    codes = _airports_of(session, stop, airports)
    first_day, last_day = (on, on) if on is not None else (stop.start_date, stop.end_date)

    flights = _arriving_flights(session, stop.mission_id, codes, first_day, last_day)
    passengers = _passengers(session, stop.mission_id, flights)

    # One pick-up per person: the first landing (two landings are a double booking to sort out,
    # or two trips, and the second needs a plan of its own day).
    passengers.sort(key=_boarding_order)
    collected: dict[int, Passenger] = {}
    double_booked: list[Passenger] = []
    for passenger in passengers:
        if passenger.participant_id in collected:
            double_booked.append(passenger)
        else:
            collected[passenger.participant_id] = passenger

    flights_by_id = {f.item_id: f for f in flights}
    vehicles = plan_vehicles(
        list(collected.values()),
        flights_by_id,
        window=window,
        capacity=capacity,
        allowance=allowance,
        vehicle_name=name,
    )
    return PickupPlan(
        mission_id=stop.mission_id,
        stop_id=stop.id,
        city=stop.city,
        airports=codes,
        window=window,
        capacity=capacity,
        allowance=allowance,
        flights=tuple(sorted(flights, key=lambda f: (f.landing, f.label, f.item_id))),
        vehicles=vehicles,
        double_booked=tuple(double_booked),
    )


def plan_vehicles(
    passengers: Iterable[Passenger],
    flights: dict[int, ArrivingFlight],
    *,
    window: timedelta = DEFAULT_WINDOW,
    capacity: int = COACH_CAPACITY,
    allowance: timedelta | None = None,
    vehicle_name: str = "Coach",
) -> tuple[Vehicle, ...]:
    """Share passengers out among vehicles, airport by airport (see the module's rules)."""

    def airport_of(passenger: Passenger) -> str:
        return flights[passenger.flight_item_id].arrival_airport

    loads: list[tuple[str, list[Passenger]]] = []
    for code, at_airport in groupby(sorted(passengers, key=airport_of), key=airport_of):
        load: list[Passenger] = []
        for passenger in sorted(at_airport, key=_boarding_order):
            if load and (len(load) >= capacity or passenger.landing - load[0].landing > window):
                loads.append((code, load))
                load = []
            load.append(passenger)
        if load:
            loads.append((code, load))

    def leaves(load: list[Passenger]) -> datetime:
        ready = max(
            p.landing.astimezone(UTC) + _allowance(flights[p.flight_item_id], allowance)
            for p in load
        )
        return _round_up(ready)

    loads.sort(key=lambda entry: (leaves(entry[1]), entry[1][0].landing, entry[0]))
    vehicles = []
    for number, (code, load) in enumerate(loads, start=1):
        zone = load[0].zone
        met = sorted(
            {flights[p.flight_item_id] for p in load},
            key=lambda f: (f.landing, f.label, f.item_id),
        )
        vehicles.append(
            Vehicle(
                number=number,
                name=f"{vehicle_name} {number}",
                capacity=capacity,
                airport=code,
                zone=zone,
                departure_local=local_time_at(leaves(load), zone),
                flights=tuple(met),
                passengers=tuple(load),
            )
        )
    return tuple(vehicles)


def _boarding_order(p: Passenger) -> tuple[datetime, str, int, str, str, int]:
    return (
        p.landing.astimezone(UTC),
        p.flight,
        p.flight_item_id,
        collation_key(p.family_name),
        collation_key(p.given_name),
        p.participant_id,
    )


def _allowance(flight: ArrivingFlight, allowance: timedelta | None) -> timedelta:
    if allowance is not None:
        return allowance
    return INTERNATIONAL_ALLOWANCE if flight.international else DOMESTIC_ALLOWANCE


def _round_up(moment: datetime) -> datetime:
    """Up to the next five minutes: a coach leaves at 15:30, not 15:27. In UTC, which every
    zone's offset (a multiple of 15 minutes) keeps on a five-minute mark locally too."""
    seconds = _ROUNDING.total_seconds()
    stamp = moment.timestamp()
    rounded = -(-stamp // seconds) * seconds
    return datetime.fromtimestamp(rounded, UTC)


def _airports_of(session: Session, stop: Stop, given: Sequence[str] | None) -> tuple[str, ...]:
    """The codes given, else those of the mission's landings that serve the stop's city."""
    if given:
        codes = []
        for code in given:
            code = code.strip().upper()
            if len(code) != 3 or not code.isalpha():
                raise ValidationError(
                    "airports",
                    say("'{code}' is not an airport code: three letters, such as YUL", code=code),
                )
            codes.append(code)
        return tuple(sorted(set(codes)))
    # Only the airports the mission lands at are looked up, not the whole table.
    landed_at = session.scalars(
        select(FlightDetails.arrival_airport)
        .join(ItineraryItem, FlightDetails.item_id == ItineraryItem.id)
        .where(ItineraryItem.mission_id == stop.mission_id)
        .distinct()
    )
    return tuple(
        sorted(
            code
            for code in landed_at
            if (found := airport(code)) is not None and serves(found, stop.city, stop.country)
        )
    )


def _arriving_flights(
    session: Session, mission_id: int, codes: Collection[str], first_day: date, last_day: date
) -> list[ArrivingFlight]:
    flights = []
    for item, detail in session.execute(
        select(ItineraryItem, FlightDetails)
        .join(FlightDetails, FlightDetails.item_id == ItineraryItem.id)
        .where(
            ItineraryItem.mission_id == mission_id,
            FlightDetails.arrival_airport.in_(codes),
        )
    ):
        arrival = airport(detail.arrival_airport)
        departure = airport(detail.departure_airport)
        # The airport's own zone, which is the flight's end zone unless that was mistyped; a
        # code the table does not know keeps the zone the coordinator gave.
        zone = arrival.zone if arrival is not None else item.end_zone
        landing_local = local_time_at(aware(item.end_local, item.end_zone), zone)
        if not first_day <= landing_local.date() <= last_day:
            continue
        flights.append(
            ArrivingFlight(
                item_id=item.id,
                carrier=detail.carrier,
                number=detail.number,
                departure_airport=detail.departure_airport,
                arrival_airport=detail.arrival_airport,
                landing_local=landing_local,
                zone=zone,
                international=(
                    arrival is None or departure is None or arrival.country != departure.country
                ),
            )
        )
    return flights


@dataclass(frozen=True)
class _Person:
    family_name: str
    given_name: str
    honorific: str | None
    organisation: str | None
    phone: str | None


def _travellers(session: Session, mission_id: int) -> dict[int, _Person]:
    """The mission's delegates who still travel (not cancelled), by participant id."""
    return {
        participant_id: _Person(family, given, honorific, organisation, phone)
        for participant_id, family, given, honorific, organisation, phone in session.execute(
            select(
                Participant.id,
                Person.family_name,
                Person.given_name,
                Person.honorific,
                Organisation.name,
                Person.phone,
            )
            .join(Person, Participant.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(
                Participant.mission_id == mission_id,
                Participant.status != ParticipantStatus.CANCELLED,
            )
        )
    }


def _passengers(
    session: Session, mission_id: int, flights: Sequence[ArrivingFlight]
) -> list[Passenger]:
    if not flights:
        return []
    travellers = _travellers(session, mission_id)
    on_flight: dict[int, set[int]] = defaultdict(set)
    for item_id, participant_id in session.execute(
        select(FlightBooking.item_id, FlightBooking.participant_id).where(
            FlightBooking.item_id.in_([f.item_id for f in flights])
        )
    ):
        on_flight[item_id].add(participant_id)
    unbooked = {f.item_id for f in flights} - set(on_flight)
    if unbooked:
        for participant_id, entries in agendas_for(session, mission_id, list(travellers)).items():
            for entry in entries:
                if entry.item_id in unbooked:
                    on_flight[entry.item_id].add(participant_id)
    passengers = []
    for flight in flights:
        for participant_id in on_flight.get(flight.item_id, ()):
            person = travellers.get(participant_id)
            if person is None:  # cancelled since the booking
                continue
            passengers.append(
                Passenger(
                    participant_id=participant_id,
                    family_name=person.family_name,
                    given_name=person.given_name,
                    honorific=person.honorific,
                    organisation=person.organisation,
                    phone=person.phone,
                    flight_item_id=flight.item_id,
                    flight=flight.label,
                    landing_local=flight.landing_local,
                    zone=flight.zone,
                )
            )
    return passengers


# --- applying the plan ---------------------------------------------------------------------


def apply_pickup_plan(
    session: Session,
    mission_id: int,
    plan: PickupPlan,
    *,
    meeting_point: str | None = None,
    ride: timedelta = DEFAULT_RIDE,
    venue_id: int | None = None,
    staff_in_charge_id: int | None = None,
) -> list[int]:
    """Create one TRANSFER item per vehicle of the plan, in the caller's transaction.

    Each item is attended by exactly the vehicle's passengers, starts at the vehicle's
    departure and lasts ``ride``; it gets its TransferDetails (vehicle, capacity, meeting
    point) and a TransferFlight row per flight it meets. The place is ``venue_id``, else the
    airport's venue (created from the airport table when the mission has none yet). Refuses a
    plan whose flights are already met by a transfer, so that applying twice cannot put two
    coaches on the same passengers. Returns the new items' ids, vehicle by vehicle.
    """
    if plan.mission_id != mission_id:
        raise ValidationError("plan", say("the pick-up plan was drawn for another mission"))
    if session.get(Mission, mission_id) is None:
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    if ride <= timedelta(0):
        raise ValidationError("ride", say("the ride must last some time"))
    meeting_point = optional_text("meeting point", meeting_point)
    if venue_id is not None and session.get(Venue, venue_id) is None:
        raise NotFound(say("no venue with id {venue_id}", venue_id=venue_id))
    met = {f.item_id for v in plan.vehicles for f in v.flights}
    already = session.execute(
        select(FlightDetails.carrier, FlightDetails.number, TransferDetails.vehicle)
        .select_from(TransferFlight)
        .join(FlightDetails, FlightDetails.item_id == TransferFlight.flight_item_id)
        .outerjoin(TransferDetails, TransferDetails.item_id == TransferFlight.transfer_item_id)
        .where(TransferFlight.flight_item_id.in_(met))
        .order_by(TransferFlight.flight_item_id)
    ).first()
    if already is not None:
        carrier, number, met_by = already
        raise Conflict(
            say(
                "flight {carrier} {number} is already met by a transfer ({vehicle}): delete the "
                "transfers of that arrival before applying a new plan",
                carrier=carrier,
                number=number,
                vehicle=met_by,
            )
            if met_by
            else say(
                "flight {carrier} {number} is already met by a transfer: delete the "
                "transfers of that arrival before applying a new plan",
                carrier=carrier,
                number=number,
            )
        )

    venues: dict[str, int | None] = {}
    item_ids = []
    for vehicle in plan.vehicles:
        if vehicle.airport not in venues:
            venues[vehicle.airport] = venue_id or _airport_venue(session, vehicle.airport)
        start = aware(vehicle.departure_local, vehicle.zone)
        notes_fr = [f"Véhicule : {vehicle.name}."]
        notes_en = [f"Vehicle: {vehicle.name}."]
        if meeting_point:
            notes_fr.append(f"Rendez-vous : {meeting_point}.")
            notes_en.append(f"Meeting point: {meeting_point}.")
        item_id = create_item(
            session,
            mission_id=mission_id,
            kind=ItemKind.TRANSFER,
            title_fr=TITLE_FR,
            title_en=TITLE_EN,
            start_local=vehicle.departure_local,
            start_zone=vehicle.zone,
            end_local=local_time_at(start + ride, vehicle.zone),
            end_zone=vehicle.zone,
            stop_id=plan.stop_id,
            venue_id=venues[vehicle.airport],
            audience=Audience.PEOPLE,
            participant_ids=[p.participant_id for p in vehicle.passengers],
            staff_in_charge_id=staff_in_charge_id,
            notes_fr=" ".join(notes_fr),
            notes_en=" ".join(notes_en),
        )
        session.add(
            TransferDetails(
                item_id=item_id,
                vehicle=vehicle.name,
                capacity=vehicle.capacity,
                meeting_point=meeting_point,
            )
        )
        session.add_all(
            TransferFlight(transfer_item_id=item_id, flight_item_id=f.item_id)
            for f in vehicle.flights
        )
        item_ids.append(item_id)
    session.flush()
    return item_ids


def _airport_venue(session: Session, code: str) -> int | None:
    """The venue of the airport with this code: the first stored, else one made from the
    airport table (None for a code the table does not know)."""
    existing = session.scalar(select(Venue.id).where(Venue.iata_code == code).order_by(Venue.id))
    if existing is not None:
        return existing
    found = airport(code)
    if found is None:
        return None
    return create_venue(
        session,
        name=found.name,
        city=found.city,
        country=found.country,
        zone=found.zone,
        latitude=found.latitude,
        longitude=found.longitude,
        iata_code=found.iata,
    )


def set_transfer_details(
    session: Session,
    item_id: int,
    *,
    vehicle: str,
    capacity: int | None = None,
    driver: str | None = None,
    driver_phone: str | None = None,
    meeting_point: str | None = None,
) -> None:
    """Give a transfer its vehicle, driver and meeting point (they are often known late)."""
    item = session.get(ItineraryItem, item_id)
    if item is None:
        raise NotFound(say("no itinerary item with id {item_id}", item_id=item_id))
    if item.kind != ItemKind.TRANSFER:
        raise ValidationError("vehicle", say("only a transfer has a vehicle"))
    if capacity is not None and capacity < 1:
        raise ValidationError(
            "capacity", say("{capacity} seats: a vehicle needs at least one", capacity=capacity)
        )
    check_count("capacity", capacity, maximum=1_000)
    details = session.get(TransferDetails, item_id) or TransferDetails(item_id=item_id)
    details.vehicle = require_text("vehicle", vehicle, max_length=80)
    details.capacity = capacity
    details.driver = optional_text("driver", driver, max_length=120)
    details.driver_phone = optional_text("driver's phone", driver_phone, max_length=40)
    details.meeting_point = optional_text("meeting point", meeting_point)
    session.add(details)
    session.flush()


# --- the manifest's read model -------------------------------------------------------------


@dataclass(frozen=True)
class MetFlight:
    item_id: int
    label: str  # "AF 7630"
    departure_airport: str
    arrival_airport: str
    landing_local: datetime  # in the transfer's zone
    zone: str


@dataclass(frozen=True)
class ManifestPassenger:
    """A passenger as the coordinator at the airport needs them: never a passport."""

    participant_id: int
    family_name: str
    given_name: str
    honorific: str | None
    organisation: str | None
    phone: str | None
    flight: str | None  # the met flight they land on, if any
    landing_local: datetime | None  # in the transfer's zone

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True)
class TransferView:
    item_id: int
    title_fr: str
    title_en: str
    city: str | None
    vehicle: str | None
    capacity: int | None
    driver: str | None
    driver_phone: str | None
    meeting_point: str | None
    departure_local: datetime
    arrival_local: datetime  # in the departure's zone
    zone: str
    place: str | None  # where it leaves from (the airport, the hotel)
    staff_name: str | None
    staff_phone: str | None
    flights: tuple[MetFlight, ...]
    passengers: tuple[ManifestPassenger, ...]  # by family name

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    @property
    def departure(self) -> datetime:
        return aware(self.departure_local, self.zone)


def list_transfers(
    session: Session,
    mission_id: int,
    *,
    stop_id: int | None = None,
    item_ids: Collection[int] | None = None,
) -> list[TransferView]:
    """The mission's transfers with vehicle, flights met and passengers, by departure time.

    Passengers are whoever attends the transfer (as in the booklets), cancelled delegates
    left out; a fixed number of queries, whatever the number of transfers.
    """
    query = select(ItineraryItem).where(
        ItineraryItem.mission_id == mission_id, ItineraryItem.kind == ItemKind.TRANSFER
    )
    if stop_id is not None:
        query = query.where(ItineraryItem.stop_id == stop_id)
    if item_ids is not None:
        query = query.where(ItineraryItem.id.in_(set(item_ids)))
    items = list(session.scalars(query))
    if not items:
        return []
    ids = [i.id for i in items]
    details = {
        d.item_id: d
        for d in session.scalars(select(TransferDetails).where(TransferDetails.item_id.in_(ids)))
    }
    met_ids: dict[int, list[int]] = defaultdict(list)
    for transfer_id, flight_id in session.execute(
        select(TransferFlight.transfer_item_id, TransferFlight.flight_item_id).where(
            TransferFlight.transfer_item_id.in_(ids)
        )
    ):
        met_ids[transfer_id].append(flight_id)
    flight_rows = {
        item.id: (item, detail)
        for item, detail in session.execute(
            select(ItineraryItem, FlightDetails)
            .join(FlightDetails, FlightDetails.item_id == ItineraryItem.id)
            .where(ItineraryItem.id.in_({f for fs in met_ids.values() for f in fs}))
        )
    }
    travellers = _travellers(session, mission_id)
    agendas = agendas_for(session, mission_id, list(travellers))
    attending: dict[int, set[int]] = defaultdict(set)  # item id -> participant ids
    for participant_id, entries in agendas.items():
        for entry in entries:
            attending[entry.item_id].add(participant_id)
    staff = {
        participant_id: (f"{given} {family}", phone)
        for participant_id, given, family, phone in session.execute(
            select(Participant.id, Person.given_name, Person.family_name, Person.phone)
            .join(Person, Participant.person_id == Person.id)
            .where(Participant.id.in_({i.staff_in_charge_id for i in items}))
        )
    }
    stops = {
        s.id: s.city for s in session.scalars(select(Stop).where(Stop.mission_id == mission_id))
    }
    venues = {
        v.id: v.name
        for v in session.scalars(
            select(Venue).where(Venue.id.in_({i.venue_id for i in items if i.venue_id}))
        )
    }

    views = []
    for item in items:
        zone = item.start_zone
        flights = []
        for flight_id in met_ids.get(item.id, ()):
            flight_item, detail = flight_rows[flight_id]
            landing = aware(flight_item.end_local, flight_item.end_zone)
            flights.append(
                MetFlight(
                    item_id=flight_id,
                    label=f"{detail.carrier} {detail.number}",
                    departure_airport=detail.departure_airport,
                    arrival_airport=detail.arrival_airport,
                    landing_local=local_time_at(landing, zone),
                    zone=zone,
                )
            )
        flights.sort(key=lambda f: (aware(f.landing_local, zone), f.label, f.item_id))
        passengers = []
        for participant_id in attending.get(item.id, ()):
            person = travellers[participant_id]
            # Their flight among those met: the first landing they are on.
            theirs = next((f for f in flights if participant_id in attending[f.item_id]), None)
            passengers.append(
                ManifestPassenger(
                    participant_id=participant_id,
                    family_name=person.family_name,
                    given_name=person.given_name,
                    honorific=person.honorific,
                    organisation=person.organisation,
                    phone=person.phone,
                    flight=theirs.label if theirs else None,
                    landing_local=theirs.landing_local if theirs else None,
                )
            )
        passengers.sort(
            key=lambda p: (
                collation_key(p.family_name),
                collation_key(p.given_name),
                p.participant_id,
            )
        )
        detail_row = details.get(item.id)
        staff_name, staff_phone = staff.get(item.staff_in_charge_id or -1, (None, None))
        views.append(
            TransferView(
                item_id=item.id,
                title_fr=item.title_fr,
                title_en=item.title_en,
                city=stops.get(item.stop_id) if item.stop_id else None,
                vehicle=detail_row.vehicle if detail_row else None,
                capacity=detail_row.capacity if detail_row else None,
                driver=detail_row.driver if detail_row else None,
                driver_phone=detail_row.driver_phone if detail_row else None,
                meeting_point=detail_row.meeting_point if detail_row else None,
                departure_local=item.start_local,
                arrival_local=local_time_at(aware(item.end_local, item.end_zone), zone),
                zone=zone,
                place=venues.get(item.venue_id) if item.venue_id else None,
                staff_name=staff_name,
                staff_phone=staff_phone,
                flights=tuple(flights),
                passengers=tuple(passengers),
            )
        )
    views.sort(key=lambda v: (v.departure, collation_key(v.vehicle or ""), v.item_id))
    return views
