"""A big database for the window's budgets: 50 missions, 5,000 people, 100,000 itinerary items.

Budget (DESIGN.md, issue 8): on such a database every page opens and every search answers
within 100 ms, and no query count grows with the number of rows shown. This writes one, with
what goes with that many items in proportion: organisations, stops, groups, delegates (about
110 a mission, some people on several missions), hotels and rooms, flights with their
bookings, workshops with speakers, B2B sessions, meetings (half of them scheduled) and leads,
agreements with parties, signatories, history and commitments.

The schema comes from ``open_database`` (the migrations); the rows go in with multi-row
INSERTs in one transaction, so it takes seconds, not the minutes the services would take
validating each item. The rows are what the services would write (valid zones, times that
exist, enumerations' values) and the same for the same seed. Run:

    python tests/benchmarks/make_big_db.py big.sqlite [--missions 50] [--people 5000] \
        [--items 100000] [--seed 8]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from delegation_app.storage import models as m
from delegation_app.storage.database import open_database

#: (city, country, zone): zones whose clocks do not change during the months missions use.
CITIES = [
    ("Miami", "US", "America/New_York"),
    ("Toronto", "CA", "America/Toronto"),
    ("Montréal", "CA", "America/Toronto"),
    ("Chicago", "US", "America/Chicago"),
    ("San Francisco", "US", "America/Los_Angeles"),
    ("Tel Aviv", "IL", "Asia/Jerusalem"),
    ("Shanghai", "CN", "Asia/Shanghai"),
    ("Singapour", "SG", "Asia/Singapore"),
    ("Dubaï", "AE", "Asia/Dubai"),
    ("Tokyo", "JP", "Asia/Tokyo"),
    ("Mumbai", "IN", "Asia/Kolkata"),
    ("Dakar", "SN", "Africa/Dakar"),
    ("Nairobi", "KE", "Africa/Nairobi"),
    ("São Paulo", "BR", "America/Sao_Paulo"),
    ("Québec", "CA", "America/Toronto"),
    ("Séoul", "KR", "Asia/Seoul"),
]
#: Months without a clock change in any zone above (northern summer, and the start of winter).
MONTHS = (1, 2, 5, 6, 7, 8, 9, 12)
GIVEN = [
    "Hélène",
    "Jean-Claude",
    "Zoë",
    "Łukasz",
    "Ömer",
    "Chloé",
    "Noémie",
    "Gaëlle",
    "Loïc",
    "Mathilde",
    "Thierry",
    "Yasmina",
    "Karim",
    "Josée",
    "Rachid",
    "Sophie",
    "Olivier",
    "Nadia",
    "Hugo",
    "Claire",
    "Benoît",
    "Élodie",
    "François",
    "Inès",
    "Jérôme",
    "Aurélie",
    "Cédric",
    "Léa",
    "Raphaël",
    "Anaïs",
    "Stéphane",
    "Maëlle",
    "Grégoire",
    "Manon",
    "Étienne",
    "Amélie",
    "Félix",
    "Océane",
    "Rémi",
    "Solène",
]
FAMILY = [
    "Gaudin",
    "Durand",
    "Aït-Ahmed",
    "Bérard",
    "Çelik",
    "Dupont",
    "Fabre",
    "Garnier",
    "Marchetti",
    "Maurel",
    "Mégret",
    "Mercier",
    "Benali",
    "Lemaire",
    "Vassal",
    "Belkacem",
    "Laborde",
    "Nguyen",
    "Roux",
    "Fournier",
    "Girard",
    "Bonnet",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Chevalier",
    "Blanchard",
    "Guérin",
    "Boyer",
    "Lefèvre",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Perrin",
    "Morel",
    "Faure",
    "André",
    "Mercadier",
    "Lürssen",
    "Núñez",
]
SECTORS = ("Numérique", "Santé", "Mer", "Aéronautique", "Culture", "Énergie", "Tourisme")
ORG_WORDS = [
    "Calanques",
    "Phocéen",
    "Massalia",
    "Provence",
    "Longchamp",
    "Estaque",
    "Vallon",
    "Planier",
    "Frioul",
    "Riou",
    "Canebière",
    "Joliette",
    "Panier",
    "Pharo",
    "Goudes",
    "Callelongue",
]
ORG_KINDS = ("Tech", "Marine", "Santé", "Studio", "Énergies", "Logistique", "Conseil", "Design")
KINDS = [
    m.ItemKind.MEETING,
    m.ItemKind.VISIT,
    m.ItemKind.MEAL,
    m.ItemKind.WORKSHOP,
    m.ItemKind.BRIEFING,
    m.ItemKind.RECEPTION,
    m.ItemKind.TRANSFER,
    m.ItemKind.FREE_TIME,
]
TITLES = {
    m.ItemKind.MEETING: ("Rencontre avec {org}", "Meeting with {org}"),
    m.ItemKind.VISIT: ("Visite de {org}", "Visit of {org}"),
    m.ItemKind.MEAL: ("Déjeuner chez {org}", "Lunch at {org}"),
    m.ItemKind.WORKSHOP: ("Atelier {sector}", "{sector} workshop"),
    m.ItemKind.BRIEFING: ("Point presse", "Press briefing"),
    m.ItemKind.RECEPTION: ("Réception au consulat", "Reception at the consulate"),
    m.ItemKind.TRANSFER: ("Transfert vers {org}", "Transfer to {org}"),
    m.ItemKind.FREE_TIME: ("Temps libre", "Free time"),
}
GROUPS = (
    ("Délégation officielle", m.GroupKind.OFFICIAL),
    ("Chefs d'entreprise", m.GroupKind.BUSINESS),
    ("Équipe d'organisation", m.GroupKind.STAFF),
    ("Presse", m.GroupKind.PRESS),
)
ROLES = (
    (m.ParticipantRole.BUSINESS_LEADER, 1),  # by group index
    (m.ParticipantRole.ELECTED_OFFICIAL, 0),
    (m.ParticipantRole.STAFF, 2),
    (m.ParticipantRole.PRESS, 3),
    (m.ParticipantRole.INSTITUTIONAL, 0),
)
ROLE_WEIGHTS = (70, 8, 10, 5, 7)
STATUSES = list(m.ParticipantStatus)
STATUS_WEIGHTS = (3, 10, 80, 3, 4)
BATCH = 5_000


@dataclass(frozen=True)
class BigCounts:
    """How many rows of each kind were written (keys: table names)."""

    rows: dict[str, int]

    def __getitem__(self, table: str) -> int:
        return self.rows.get(table, 0)


class _Writer:
    """Rows by table, written in multi-row INSERTs, with ids given here (known at once)."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.next_id: dict[str, int] = {}

    def add(self, table: Table, **values: Any) -> int:
        if "id" in table.c and "id" not in values:
            values["id"] = self.next_id[table.name] = self.next_id.get(table.name, 0) + 1
        self.rows.setdefault(table.name, []).append(values)
        return int(values.get("id", 0))

    def write(self, connection: Any, tables: Sequence[Table]) -> dict[str, int]:
        counts = {}
        for table in tables:  # parents before children
            rows = self.rows.get(table.name, [])
            # One INSERT takes rows naming the same columns: the others keep their defaults.
            alike: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for row in rows:
                alike.setdefault(tuple(sorted(row)), []).append(row)
            for names, group in alike.items():
                # The driver's executemany, each value as the column's type stores it (what
                # SQLAlchemy's INSERT does row by row, and most of its time).
                processors = [
                    table.c[name].type.bind_processor(connection.dialect) for name in names
                ]
                values = [
                    tuple(
                        row[name] if process is None else process(row[name])
                        for name, process in zip(names, processors, strict=True)
                    )
                    for row in group
                ]
                marks = ", ".join("?" for _ in names)
                sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
                for start in range(0, len(values), BATCH):
                    connection.exec_driver_sql(sql, values[start : start + BATCH])
            counts[table.name] = len(rows)
        return counts


def _slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c if c.isalnum() else "-" for c in plain).strip("-")


def _quarters(rng: random.Random, first: int, last: int) -> timedelta:
    """A time of day between ``first`` and ``last`` o'clock, on a quarter-hour."""
    return timedelta(minutes=15 * rng.randrange(first * 4, last * 4))


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


Busy = dict[tuple[int, date], list[tuple[datetime, datetime]]]


def _free(busy: Busy, who: Sequence[int], begin: datetime, finish: datetime) -> bool:
    """Whether none of ``who`` is busy between ``begin`` and ``finish``."""
    return all(
        finish <= other_begin or other_finish <= begin
        for participant in who
        for other_begin, other_finish in busy.get((participant, begin.date()), ())
    )


def _book(busy: Busy, who: Sequence[int], begin: datetime, finish: datetime) -> None:
    for participant in who:
        busy.setdefault((participant, begin.date()), []).append((begin, finish))


def make_big_database(
    path: Path,
    *,
    missions: int = 50,
    people: int = 5_000,
    items: int = 100_000,
    seed: int = 8,
) -> BigCounts:
    """Write the database at ``path`` (which must not exist yet); returns the row counts."""
    if path.exists():
        raise FileExistsError(path)
    rng = random.Random(seed)
    uids = random.Random(seed + 1)
    w = _Writer()
    t = {table.name: table for table in m.Base.metadata.sorted_tables}

    # Organisations: the delegates' own (at home) and the local ones met abroad.
    home_orgs, local_orgs = [], []
    for n in range(max(people // 4, 10)):
        name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)} {n + 1}"
        home_orgs.append(
            w.add(
                t["organisation"],
                short=f"org-{n + 1}",
                name=name,
                kind=m.OrganisationKind.COMPANY,
                sector=rng.choice(SECTORS),
                country="FR",
                city="Marseille",
            )
        )
    ours = w.add(
        t["organisation"],
        short="ville-de-marseille",
        name="Ville de Marseille",
        kind=m.OrganisationKind.PUBLIC_AUTHORITY,
        country="FR",
        city="Marseille",
    )
    for n in range(max(missions * 20, 10)):
        city, country, _zone = CITIES[n % len(CITIES)]
        local_orgs.append(
            w.add(
                t["organisation"],
                short=f"local-{n + 1}",
                name=f"{city} {rng.choice(ORG_KINDS)} Partners {n + 1}",
                kind=rng.choice(list(m.OrganisationKind)),
                sector=rng.choice(SECTORS),
                country=country,
                city=city,
            )
        )

    person_ids = []
    for n in range(people):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        short = f"{_slug(given)[:1]}{_slug(family)}-{n + 1}"
        person_ids.append(
            w.add(
                t["person"],
                short=short,
                given_name=given,
                family_name=family,
                email=f"{short}@example.org",
                phone=f"+3361{n:07d}",
                language="fr" if rng.random() < 0.85 else "en",
                organisation_id=rng.choice(home_orgs),
                job_title="Directrice générale" if n % 2 else "Directeur commercial",
                nationality="FR",
                birth_date=date(1950, 1, 1) + timedelta(days=rng.randrange(20_000)),
                passport_number=f"{n:02d}AB{n:05d}" if rng.random() < 0.9 else None,
                passport_country="FR",
                passport_expiry=date(2026, 1, 1) + timedelta(days=rng.randrange(3_000)),
                dietary_needs="végétarien" if rng.random() < 0.1 else None,
            )
        )

    venues: list[tuple[int, str]] = []
    for n in range(max(missions * 10, 10)):
        city, country, zone = CITIES[n % len(CITIES)]
        venues.append(
            (
                w.add(
                    t["venue"],
                    name=f"{rng.choice(ORG_WORDS)} Center {n + 1}",
                    address=f"{n + 10} Main Street",
                    city=city,
                    country=country,
                    zone=zone,
                    latitude=25 + rng.random(),
                    longitude=-80 + rng.random(),
                ),
                zone,
            )
        )

    venues_in: dict[str, list[int]] = {}
    for venue, zone in venues:
        venues_in.setdefault(zone, []).append(venue)
    items_per_mission = [
        items // missions + (1 if k < items % missions else 0) for k in range(missions)
    ]
    agreement_number = 0
    for k in range(missions):
        year = 2015 + k * 13 // max(missions, 1)
        start = date(year, MONTHS[k % len(MONTHS)], 3 + k % 15)
        days = 6 + k % 5
        end = start + timedelta(days=days - 1)
        stop_count = 1 + k % 3
        cities = [CITIES[(k + s) % len(CITIES)] for s in range(stop_count)]
        status = (
            m.MissionStatus.DONE
            if year < 2025
            else m.MissionStatus.PLANNED
            if year > 2025
            else m.MissionStatus.UNDERWAY
        )
        mission = w.add(
            t["mission"],
            short=f"mission-{k + 1:02d}-{_slug(cities[0][0])}-{year}",
            title_fr=f"Mission économique {cities[0][0]} {year} ({k + 1})",
            title_en=f"Economic mission to {cities[0][0]} {year} ({k + 1})",
            start_date=start,
            end_date=end,
            home_zone="Europe/Paris",
            home_country="FR",
            status=status,
            organiser_id=ours,
            sectors=";".join(rng.sample(SECTORS, 3)),
        )
        stops = []
        for s, (city, country, zone) in enumerate(cities):
            first = start + timedelta(days=s * days // stop_count)
            last = start + timedelta(days=(s + 1) * days // stop_count - 1)
            stop = w.add(
                t["stop"],
                mission_id=mission,
                position=s,
                city=city,
                country=country,
                zone=zone,
                start_date=first,
                end_date=last,
                practical_info="Urgences : 911",
            )
            stops.append((stop, zone, first, last))
        groups = [
            w.add(t["delegation_group"], mission_id=mission, name=name, kind=kind, position=g)
            for g, (name, kind) in enumerate(GROUPS)
        ]
        sector_group = w.add(
            t["delegation_group"],
            mission_id=mission,
            name=f"Filière {rng.choice(SECTORS)}",
            kind=m.GroupKind.OTHER,
            position=len(GROUPS),
        )
        groups.append(sector_group)

        # Delegates: about 110 a mission, drawn from everyone (some travel often).
        size = max(min(len(person_ids), 90 + rng.randrange(41)), 1)
        chosen = rng.sample(person_ids, size)
        participants, members = [], {g: [] for g in groups}
        person_of: dict[int, int] = {}
        for person in chosen:
            role, group = rng.choices(ROLES, ROLE_WEIGHTS)[0]
            participant = w.add(
                t["participant"],
                mission_id=mission,
                person_id=person,
                role=role,
                status=rng.choices(STATUSES, STATUS_WEIGHTS)[0],
                language=None,
            )
            participants.append(participant)
            person_of[participant] = person
            w.add(t["participant_group"], participant_id=participant, group_id=groups[group])
            members[groups[group]].append(participant)
            if rng.random() < 0.3:
                w.add(t["participant_group"], participant_id=participant, group_id=sector_group)
                members[sector_group].append(participant)
            if cities[0][1] == "US":
                w.add(
                    t["entry_authorisation"],
                    participant_id=participant,
                    kind=m.AuthorisationKind.ESTA,
                    country="US",
                    state=m.AuthorisationState.GRANTED,
                )
        staff = members[groups[2]] or participants

        for stop, zone, first, last in stops:
            hotel = rng.choice(venues_in.get(zone, [venues[0][0]]))
            block = w.add(
                t["accommodation"],
                mission_id=mission,
                stop_id=stop,
                venue_id=hotel,
                check_in=first,
                check_out=last + timedelta(days=1),
            )
            for r, participant in enumerate(participants):
                w.add(
                    t["room_assignment"],
                    accommodation_id=block,
                    participant_id=participant,
                    room_number=str(601 + r // 2),
                    room_type="double" if r % 2 == 0 else None,
                )

        # Flights out and back, everyone booked.
        first_stop, last_stop = stops[0], stops[-1]
        flight_items = []
        for leg, (day, zone_from, zone_to) in enumerate(
            ((start, "Europe/Paris", first_stop[1]), (end, last_stop[1], "Europe/Paris"))
        ):
            depart = datetime.combine(day, datetime.min.time()) + timedelta(hours=10 + leg * 8)
            item = w.add(
                t["itinerary_item"],
                mission_id=mission,
                stop_id=first_stop[0] if leg == 0 else last_stop[0],
                kind=m.ItemKind.FLIGHT,
                title_fr="Vol aller" if leg == 0 else "Vol retour",
                title_en="Outbound flight" if leg == 0 else "Return flight",
                start_local=depart,
                start_zone=zone_from,
                end_local=depart + timedelta(hours=9),
                end_zone=zone_to,
                audience=m.Audience.EVERYONE,
                uid=str(uuid.UUID(int=uids.getrandbits(128))),
                sequence=0,
                is_private=False,
            )
            flight_items.append(item)
            w.add(
                t["flight_details"],
                item_id=item,
                carrier="AF",
                number=str(1000 + k * 2 + leg),
                departure_airport="MRS" if leg == 0 else "JFK",
                arrival_airport="JFK" if leg == 0 else "MRS",
            )
            for participant in participants:
                w.add(
                    t["flight_booking"],
                    item_id=item,
                    participant_id=participant,
                    booking_reference=f"X{participant:05d}",
                    seat=f"{participant % 40 + 1}{'ABCDEF'[participant % 6]}",
                )

        # The programme: parallel tracks, a coordinator's week of them. Items for everyone or
        # for groups go where their delegates are free; named people are chosen among those
        # free then, so that the checks find the few conflicts a real programme has.
        busy: Busy = {}

        meeting_items = []
        audiences = []
        for _n in range(max(items_per_mission[k] - len(flight_items), 0)):
            roll = rng.random()
            audiences.append(
                m.Audience.EVERYONE
                if roll < 0.004
                else m.Audience.GROUPS
                if roll < 0.03
                else m.Audience.PEOPLE
            )
        # The plenary and group items are placed first, as a coordinator does.
        order = {m.Audience.EVERYONE: 0, m.Audience.GROUPS: 1, m.Audience.PEOPLE: 2}
        audiences.sort(key=order.__getitem__)
        for n, audience in enumerate(audiences):
            stop, zone, first, last = stops[n % len(stops)]
            days_there = [first + timedelta(days=d) for d in range((last - first).days + 1)]
            # The first and the last day are spent flying.
            day = rng.choice([d for d in days_there if start < d < end] or days_there)
            kind = rng.choice(KINDS)
            org = rng.choice(local_orgs)
            title_fr, title_en = TITLES[kind]
            sector = rng.choice(SECTORS)
            chosen_groups = [rng.choice(groups)]
            if audience == m.Audience.EVERYONE:
                attending: Sequence[int] = participants
            elif audience == m.Audience.GROUPS:
                attending = sorted({p for g in chosen_groups for p in members[g]})
            else:
                attending = []
            for _attempt in range(40):  # a time when they are free, else the last one tried
                begin = datetime.combine(day, datetime.min.time()) + _quarters(rng, 7, 21)
                finish = begin + timedelta(minutes=30 * rng.randrange(1, 4))
                if audience == m.Audience.PEOPLE:
                    wanted = 1 + n % 3
                    attending = []
                    for candidate in rng.sample(participants, min(len(participants), 12)):
                        if _free(busy, [candidate], begin, finish):
                            attending.append(candidate)
                            if len(attending) == wanted:
                                break
                    if len(attending) == wanted:
                        break
                elif _free(busy, attending, begin, finish):
                    break
            attending = attending or participants[:1]
            _book(busy, attending, begin, finish)
            # The staff member in charge is there too (agendas count them in): one free then.
            in_charge = next(
                (
                    p
                    for p in rng.sample(staff, min(len(staff), 4))
                    if _free(busy, [p], begin, finish)
                ),
                None,
            )
            if in_charge is not None:
                _book(busy, [in_charge], begin, finish)
            venue = rng.choice(venues_in.get(zone, [venues[0][0]]))
            item = w.add(
                t["itinerary_item"],
                mission_id=mission,
                stop_id=stop,
                kind=kind,
                title_fr=title_fr.format(org=f"Partenaire {org}", sector=sector),
                title_en=title_en.format(org=f"Partner {org}", sector=sector),
                start_local=begin,
                start_zone=zone,
                end_local=finish,
                end_zone=zone,
                venue_id=venue,
                audience=audience,
                dress_code="Tenue de ville" if n % 7 == 0 else None,
                notes_fr="Prévoir des cartes de visite" if n % 11 == 0 else None,
                staff_in_charge_id=in_charge,
                uid=str(uuid.UUID(int=uids.getrandbits(128))),
                sequence=0,
                is_private=kind == m.ItemKind.MEETING and n % 3 == 0,
            )
            if audience == m.Audience.GROUPS:
                for group in chosen_groups:
                    w.add(t["item_group"], item_id=item, group_id=group)
            elif audience == m.Audience.PEOPLE:
                for participant in attending:
                    w.add(
                        t["item_attendance"],
                        item_id=item,
                        participant_id=participant,
                        excluded=False,
                    )
            if audience != m.Audience.PEOPLE and n % 13 == 0:  # someone excused
                w.add(
                    t["item_attendance"],
                    item_id=item,
                    participant_id=attending[0],
                    excluded=True,
                )
            if kind == m.ItemKind.WORKSHOP:
                w.add(
                    t["workshop_details"],
                    item_id=item,
                    theme=f"Filière {sector}",
                    sector=sector,
                    room=f"Salle {n % 9 + 1}",
                    capacity=40,
                )
                # One who attends speaks: speakers are expected there too.
                speaker = person_of[attending[-1]]
                w.add(t["workshop_speaker"], item_id=item, person_id=speaker, position=0)
            if kind == m.ItemKind.MEETING and audience == m.Audience.PEOPLE:
                meeting_items.append((item, org, attending))

        # B2B: two sessions, some windows, about 60 meetings (half placed), leads.
        for s in range(2):
            stop, zone, first, _last = stops[0]
            day = datetime.combine(first, datetime.min.time()) + timedelta(days=s)
            w.add(
                t["b2b_session"],
                mission_id=mission,
                venue_id=venues[k % len(venues)][0],
                start_local=day + timedelta(hours=14),
                end_local=day + timedelta(hours=18),
                zone=zone,
                slot_minutes=20,
                tables=8,
                interpreters=1,
                travel_minutes=30,
            )
        for n in range(10):
            stop, zone, first, _last = stops[0]
            day = datetime.combine(first, datetime.min.time()) + timedelta(days=n % 2)
            w.add(
                t["organisation_window"],
                mission_id=mission,
                organisation_id=local_orgs[(k * 20 + n) % len(local_orgs)],
                start_local=day + timedelta(hours=9),
                end_local=day + timedelta(hours=12),
                zone=zone,
            )
        for n in range(60):
            placed = meeting_items[n] if n < min(30, len(meeting_items)) else None
            meeting = w.add(
                t["b2b_meeting"],
                mission_id=mission,
                item_id=placed[0] if placed else None,
                organisation_id=placed[1] if placed else rng.choice(local_orgs),
                status=m.MeetingStatus.CONFIRMED if placed else m.MeetingStatus.REQUESTED,
                priority=1 + n % 3,
                purpose="Présenter l'offre de la filière",
                languages="fr;en",
                interpreter_needed=n % 5 == 0,
                locked=n % 10 == 0 and placed is not None,
            )
            # A placed meeting's delegates are the item's: they were free then.
            delegates = placed[2] if placed else rng.sample(participants, 1 + n % 3)
            for participant in delegates:
                w.add(t["meeting_delegate"], meeting_id=meeting, participant_id=participant)
            if n % 4 == 0:
                stage = rng.choice(list(m.LeadStage))
                lead = w.add(
                    t["lead"],
                    mission_id=mission,
                    organisation_id=placed[1] if placed else local_orgs[n % len(local_orgs)],
                    owner_id=chosen[0],
                    stage=stage,
                    sector=rng.choice(SECTORS),
                    project="Implantation d'un bureau",
                    jobs_expected=5 + n,
                )
                w.add(t["lead_meeting"], lead_id=lead, meeting_id=meeting)
                w.add(
                    t["lead_stage_change"],
                    lead_id=lead,
                    stage=stage,
                    changed_at=datetime.combine(start, datetime.min.time()),
                    changed_by="bench",
                )
                w.add(
                    t["follow_up_action"],
                    meeting_id=meeting,
                    lead_id=lead,
                    description="Envoyer la documentation",
                    owner_id=chosen[0],
                    due_date=start + timedelta(days=14),
                    status=m.FollowUpStatus.OPEN,
                )

        # Agreements: two a mission, signed or on their way.
        for n in range(2):
            agreement_number += 1
            partner = local_orgs[(k * 20 + n) % len(local_orgs)]
            status = rng.choice(list(m.AgreementStatus))
            agreement = w.add(
                t["agreement"],
                short=f"accord-{agreement_number:03d}",
                title_fr=f"Accord de coopération {agreement_number}",
                title_en=f"Cooperation agreement {agreement_number}",
                kind=rng.choice(list(m.AgreementKind)),
                status=status,
                mission_id=mission,
                signing_date=start + timedelta(days=1),
                signing_place=cities[0][0],
                effective_date=start + timedelta(days=1),
                end_date=start + timedelta(days=365 * 3),
                renewal_notice_days=90,
                domains="économie;culture",
            )
            sides = []
            for side, organisation in ((1, ours), (2, partner)):
                party = w.add(
                    t["agreement_party"],
                    agreement_id=agreement,
                    organisation_id=organisation,
                    side=side,
                )
                sides.append(party)
                w.add(
                    t["agreement_signatory"],
                    agreement_id=agreement,
                    party_id=party,
                    person_id=chosen[side],
                    capacity="Maire" if side == 1 else "Mayor",
                    position=0,
                )
            w.add(
                t["agreement_status_change"],
                agreement_id=agreement,
                status=status,
                changed_at=datetime.combine(start, datetime.min.time()),
                changed_by="bench",
            )
            for c in range(3):
                w.add(
                    t["commitment"],
                    agreement_id=agreement,
                    party_id=sides[c % 2],
                    description=f"Engagement {c + 1}",
                    owner_id=chosen[c],
                    due_date=start + timedelta(days=90 * (c + 1)),
                    status=rng.choice(list(m.CommitmentStatus)),
                )

    db = open_database(path, daily_backup=False)
    try:
        with db.engine.begin() as connection:
            counts = w.write(connection, m.Base.metadata.sorted_tables)
    finally:
        db.close()
    return BigCounts({name: count for name, count in counts.items() if count})


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--missions", type=int, default=50)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = make_big_database(
        args.path, missions=args.missions, people=args.people, items=args.items, seed=args.seed
    )
    elapsed = time.perf_counter() - started
    print(f"{args.path}: written in {elapsed:.1f} s")
    for table, count in sorted(counts.rows.items(), key=lambda row: -row[1]):
        print(f"  {table:26} {count:8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
