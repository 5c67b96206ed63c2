"""Write the demo missions into resources/demo/ (the format is documented in
delegation_app/interchange/demo.py).

Deterministic: the invented people, companies, passports, ESTAs and eTAs, seats and rooms come
from ``random.Random`` with fixed seeds, so running this again writes the same bytes. Regenerate
rather than edit the JSON by hand::

    python tools/make_demo_data.py           # write the files
    python tools/make_demo_data.py --check   # exit 1 if the files are not what this writes

Public figures and organisations come from press articles about the missions (who led them,
what was signed, which networks were met); everything else is invented. Phone numbers are in
ranges reserved for fiction (+33 6 39 98..., +1 NXX 555-01xx), e-mail domains end in .example.
"""

from __future__ import annotations

import base64
import json
import random
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = ROOT / "resources" / "demo"
MIAMI_FILE = "miami-2017.json"
TORONTO_FILE = "toronto-montreal-2019.json"

Json = dict[str, Any]

PARIS = "Europe/Paris"
MIAMI = "America/New_York"
TORONTO = "America/Toronto"  # the IANA zone of Montreal as well

SECTORS = (
    "Maritime & Logistics",
    "Health",
    "Tourism",
    "Digital & Creative industries",
    "Aeronautics & Mechanics",
    "Energy & Environment",
)
MARITIME, HEALTH, TOURISM, DIGITAL, AERO, ENERGY = SECTORS

# --- name pools (given name, gender) ---------------------------------------------------------

FRENCH_GIVEN = [
    ("Hélène", "f"),
    ("François", "m"),
    ("Zoë", "f"),
    ("Bénédicte", "f"),
    ("Jérôme", "m"),
    ("Anaïs", "f"),
    ("Gaëlle", "f"),
    ("Loïc", "m"),
    ("Amélie", "f"),
    ("Céline", "f"),
    ("Frédéric", "m"),
    ("Stéphane", "m"),
    ("Sébastien", "m"),
    ("Noémie", "f"),
    ("Clément", "m"),
    ("Éric", "m"),
    ("Émilie", "f"),
    ("Thérèse", "f"),
    ("Raphaël", "m"),
    ("Maëlle", "f"),
    ("Joël", "m"),
    ("Inès", "f"),
    ("Benoît", "m"),
    ("Agnès", "f"),
    ("Cédric", "m"),
    ("Mathilde", "f"),
    ("Olivier", "m"),
    ("Nathalie", "f"),
    ("Karim", "m"),
    ("Yasmina", "f"),
    ("Rachid", "m"),
    ("Leïla", "f"),
    ("Mehdi", "m"),
    ("Sandrine", "f"),
    ("Laurent", "m"),
    ("Pascale", "f"),
    ("Thierry", "m"),
    ("Valérie", "f"),
    ("Guillaume", "m"),
    ("Camille", "f"),
    ("Julien", "m"),
    ("Aurélie", "f"),
    ("Grégoire", "m"),
    ("Solène", "f"),
    ("Mickaël", "m"),
    ("Hervé", "m"),
    ("Renée", "f"),
    ("André", "m"),
    ("Régis", "m"),
    ("Josée", "f"),
    ("Jean-Baptiste", "m"),
    ("Marie-Hélène", "f"),
    ("Anne-Sophie", "f"),
    ("Pierre-Yves", "m"),
    ("Lætitia", "f"),
    ("Noël", "m"),
    ("Gisèle", "f"),
    ("Jérémie", "m"),
    ("Maïwenn", "f"),
    ("Félix", "m"),
]
FRENCH_FAMILY = [
    "Lefèvre",
    "Bérard",
    "Giraud",
    "Rousseau",
    "Fabre",
    "Barthélemy",
    "Martinez",
    "Castellani",
    "Ferracci",
    "Benhamou",
    "Mercier",
    "Guérin",
    "Roux",
    "Blanchard",
    "Chabert",
    "Méry",
    "Pélissier",
    "Orsini",
    "Santoni",
    "Durand-Védrines",
    "Agostini",
    "Bouchard",
    "Cordier",
    "Estève",
    "Falcon",
    "Gasquet",
    "Honoré",
    "Imbert",
    "Jourdan",
    "Lacroix",
    "Maurel",
    "Nègre",
    "Olive",
    "Peyron",
    "Quilici",
    "Rey",
    "Séguin",
    "Tardieu",
    "Vidal",
    "Zerbib",
    "Bensaïd",
    "Aït-Ahmed",
    "Deschênes",
    "Lhôte",
    "Crémieux",
    "Bréchet",
    "Mégret",
    "Chénier",
    "Rossi-Lemaître",
    "Poëtte",
    "Bouvier",
    "Faure",
    "Garnier",
    "Hébert",
    "Laborde",
    "Marchand",
    "Noël",
    "Perrin",
    "Ricard",
    "Sabatier",
    "Teissier",
    "Vasseur",
    "Arnaud",
    "Belkacem",
    "Cohen-Solal",
    "Dalmasso",
    "Empereur",
    "Fontaine",
    "Gaillard",
    "Hamadi",
]
INTERNATIONAL = [
    ("Łukasz", "m", "Kowalski", "PL"),
    ("Siobhán", "f", "O'Connor", "IE"),
    ("Jürgen", "m", "Müller", "DE"),
    ("Søren", "m", "Østergaard", "DK"),
    ("María José", "f", "Núñez", "ES"),
    ("Nuno", "m", "Gonçalves", "PT"),
    ("Małgorzata", "f", "Nowak", "PL"),
    ("Björn", "m", "Schäfer", "DE"),
    ("Aoife", "f", "O'Brien", "IE"),
    ("Ignacio", "m", "Fernández", "ES"),
    ("Ömer", "m", "Çelik", "TR"),
    ("Dagmar", "f", "Dvořák", "CZ"),
    ("Chloé", "f", "MacLeod", "GB"),
    ("Pablo", "m", "Ibáñez", "ES"),
]
US_NAMES = [
    ("Daniel", "m", "Whitaker"),
    ("Rosa", "f", "Delgado"),
    ("Marcus", "m", "Greene"),
    ("Ashley", "f", "Kowalczyk"),
    ("Carlos", "m", "Ortega"),
    ("Jennifer", "f", "Liu"),
    ("Brian", "m", "McAllister"),
    ("Natalia", "f", "Ruiz"),
    ("Kevin", "m", "O'Donnell"),
    ("Laura", "f", "Bergström"),
    ("Samuel", "m", "Adeyemi"),
    ("Megan", "f", "Castillo"),
    ("Andrew", "m", "Pham"),
    ("Gabriela", "f", "Suárez"),
]
CANADIAN_NAMES = [
    ("Geneviève", "f", "Tremblay"),
    ("Mathieu", "m", "Gagnon"),
    ("Priya", "f", "Sharma"),
    ("Ryan", "m", "Chen"),
    ("Émilie", "f", "Côté"),
    ("David", "m", "Morrison"),
    ("Isabelle", "f", "Bouchard-Lévesque"),
    ("Jonathan", "m", "Okafor"),
]


_NO_DECOMPOSITION = str.maketrans(
    {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss"}
)


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits: 'Łukasz Núñez' -> 'lukasznunez'."""
    text = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in ascii_text.lower() if c.isalnum())


def gendered(text: str, gender: str) -> str:
    """'Directeur|Directrice' -> the form for ``gender``; text without '|' serves everyone."""
    masculine, _, feminine = text.partition("|")
    return (feminine or masculine) if gender == "f" else masculine


def clean(record: Json) -> Json:
    """Leave out what is not set, so the files stay short and readable."""
    return {k: v for k, v in record.items() if v is not None and v != [] and v != {}}


def minimal_pdf(title: str, lines: Sequence[str]) -> bytes:
    """A one-page PDF of plain lines (Helvetica, Windows-1252), byte for byte the same each run.

    Stands for the scan of a signed agreement in the demo: small, and opened by any viewer.
    """

    def literal(text: str) -> bytes:
        raw = text.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    text = [b"BT", b"/F2 15 Tf", b"72 770 Td", literal(title) + b" Tj", b"/F1 11 Tf", b"0 -30 Td"]
    for line in lines:
        text += [literal(line) + b" Tj", b"0 -16 Td"]
    text.append(b"ET")
    stream = b"\n".join(text)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def base64_of(content: bytes) -> str:
    return base64.b64encode(content).decode("ascii")


PERSON_FIELDS = (
    "key",
    "given_name",
    "family_name",
    "honorific",
    "email",
    "phone",
    "language",
    "organisation",
    "job_title",
    "nationality",
    "birth_date",
    "passport",
    "dietary_needs",
    "mobility_needs",
    "emergency_contact",
)
PASSPORT_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def passport_record(rng: random.Random, country: str, trip_end: date) -> Json:
    """An invented passport valid at least 200 days after the trip (French numbers look real)."""
    letters = PASSPORT_LETTERS
    if country == "FR":
        number = (
            f"{rng.randrange(10, 18)}{rng.choice(letters)}{rng.choice(letters)}"
            f"{rng.randrange(0, 100000):05d}"
        )
    else:
        number = "".join(rng.choice(letters + "0123456789") for _ in range(9))
    expiry = trip_end + timedelta(days=rng.randrange(200, 9 * 365))
    return {"number": number, "country": country, "expiry": expiry.isoformat()}


class Builder:
    """One mission file being written; ``taken`` is shared so shorts never collide."""

    def __init__(self, seed: int, taken: set[str]) -> None:
        self.rng = random.Random(seed)
        self.taken = taken
        self.used_names: set[tuple[str, str]] = set()
        self.organisations: list[Json] = []
        self.org_keys: set[str] = set()
        self.people: list[Json] = []
        self.person_keys: set[str] = set()
        self.delegation: list[Json] = []
        self.delegates: dict[str, Json] = {}
        self.groups: list[Json] = []
        self.venues: list[Json] = []
        self.hotels: list[Json] = []
        self.items: list[Json] = []
        self.workshops: list[Json] = []
        self.meetings: list[Json] = []
        self.b2b_sessions: list[Json] = []
        self.availability: list[Json] = []
        self.leads: list[Json] = []
        self.lead_links: list[Json] = []
        self.agreements: list[Json] = []
        self.phone_counter = 0
        self.genders: dict[str, str] = {}

    # --- organisations and people -----------------------------------------------------------

    def org(
        self,
        key: str,
        name: str,
        kind: str,
        *,
        sector: str | None = None,
        country: str = "FR",
        city: str | None = "Marseille",
        website: str | None = None,
    ) -> str:
        assert key not in self.org_keys, key
        self.org_keys.add(key)
        self.organisations.append(
            clean(
                {
                    "key": key,
                    "name": name,
                    "kind": kind,
                    "sector": sector,
                    "country": country,
                    "city": city,
                    "website": website,
                }
            )
        )
        return key

    def fr_phone(self) -> str:
        self.phone_counter += 1
        return f"+3363998{self.rng.randrange(100, 9999):04d}"

    def person(
        self,
        key: str,
        given: str,
        family: str,
        *,
        gender: str,
        org: str | None = None,
        job: str | None = None,
        language: str = "fr",
        email: str | None = None,
        phone: str | None = None,
        nationality: str | None = "FR",
        birth_date: date | None = None,
        passport: Json | None = None,
        dietary: str | None = None,
        mobility: str | None = None,
        emergency_contact: str | None = None,
    ) -> str:
        assert key not in self.taken or key in self.person_keys or key in SHARED_KEYS, key
        self.taken.add(key)
        if key in self.person_keys:
            return key
        self.person_keys.add(key)
        self.genders[key] = gender
        self.used_names.add((given, family))
        honorific = (
            ("M." if gender == "m" else "Mme")
            if language == "fr"
            else ("Mr" if gender == "m" else "Ms")
        )
        self.people.append(
            clean(
                {
                    "key": key,
                    "given_name": given,
                    "family_name": family,
                    "honorific": honorific,
                    "email": email,
                    "phone": phone,
                    "language": language,
                    "organisation": org,
                    "job_title": job,
                    "nationality": nationality,
                    "birth_date": birth_date.isoformat() if birth_date else None,
                    "passport": passport,
                    "dietary_needs": dietary,
                    "mobility_needs": mobility,
                    "emergency_contact": emergency_contact,
                }
            )
        )
        return key

    def short_for(self, given: str, family: str) -> str:
        base = ascii_slug(given[:1] + family) or "x"
        short, n = base, 2
        while short in self.taken:
            short, n = f"{base}{n}", n + 1
        return short

    def fresh_name(self, international: float = 0.0) -> tuple[str, str, str, str]:
        """An unused invented (given, family, gender, country)."""
        while True:
            if self.rng.random() < international:
                given, gender, family, country = self.rng.choice(INTERNATIONAL)
            else:
                given, gender = self.rng.choice(FRENCH_GIVEN)
                family, country = self.rng.choice(FRENCH_FAMILY), "FR"
            if (given, family) not in self.used_names and (given, family) not in USED_GLOBALLY:
                USED_GLOBALLY.add((given, family))
                return given, family, gender, country

    def invented(
        self,
        *,
        org: str | None,
        job: str,
        domain: str | None,
        international: float = 0.0,
        passport_share: float = 0.7,
        trip_end: date,
        name: tuple[str, str, str, str] | None = None,
    ) -> str:
        given, family, gender, country = name or self.fresh_name(international)
        key = self.short_for(given, family)
        job = gendered(job, gender)
        language = "fr" if country == "FR" or self.rng.random() < 0.3 else "en"
        email = f"{ascii_slug(given)}.{ascii_slug(family)}@{domain}" if domain else None
        passport = None
        birth = None
        if self.rng.random() < passport_share:
            passport = self.passport(country, trip_end)
            birth = date(1950, 1, 1) + timedelta(days=self.rng.randrange(0, 42 * 365))
        dietary = None
        roll = self.rng.random()
        if roll < 0.16:
            dietary = self.rng.choice(DIETS)
        return self.person(
            key,
            given,
            family,
            gender=gender,
            org=org,
            job=job,
            language=language,
            email=email,
            phone=self.fr_phone() if self.rng.random() < 0.8 else None,
            nationality=country,
            birth_date=birth,
            passport=passport,
            dietary=dietary,
        )

    def passport(self, country: str, trip_end: date) -> Json:
        return passport_record(self.rng, country, trip_end)

    def update_person(self, key: str, **fields: Any) -> None:
        """Change fields of a person's record, keeping the keys in their usual order."""
        record = self.record(key)
        record.update(fields)
        ordered = clean({name: record.get(name) for name in PERSON_FIELDS})
        assert set(ordered) == {k for k, v in record.items() if v is not None}, key
        record.clear()
        record.update(ordered)

    def authorise(
        self,
        key: str,
        kind: str,
        country: str,
        state: str,
        *,
        number: str | None = None,
        expiry: date | None = None,
    ) -> None:
        """Record a delegate's visa, ESTA or eTA (on their entry of the delegation)."""
        self.delegates[key].setdefault("authorisations", []).append(
            clean(
                {
                    "kind": kind,
                    "country": country,
                    "state": state,
                    "number": number,
                    "expiry": expiry.isoformat() if expiry else None,
                }
            )
        )

    def group(self, key: str, name: str, kind: str) -> str:
        self.groups.append({"key": key, "name": name, "kind": kind})
        return key

    def delegate(
        self,
        person: str,
        role: str,
        groups: Sequence[str],
        *,
        capacity: str | None = None,
        contact_role: str | None = None,
        language: str | None = None,
        status: str = "confirmed",
    ) -> str:
        assert person not in self.delegates, person
        entry = clean(
            {
                "person": person,
                "role": role,
                "status": status,
                "groups": list(groups),
                "capacity": capacity,
                "contact_role": contact_role,
                "language": language,
            }
        )
        self.delegates[person] = entry
        self.delegation.append(entry)
        return person

    def record(self, key: str) -> Json:
        return next(p for p in self.people if p["key"] == key)

    def form(self, text: str | None, key: str) -> str | None:
        """``text`` in the form that agrees with the person's gender."""
        return gendered(text, self.genders[key]) if text else None

    def in_group(self, group: str) -> list[str]:
        return [d["person"] for d in self.delegation if group in d.get("groups", ())]

    # --- places and time --------------------------------------------------------------------

    def venue(self, key: str, name: str, **fields: Any) -> str:
        self.venues.append(clean({"key": key, "name": name, **fields}))
        return key

    def item(
        self,
        key: str,
        kind: str,
        title_fr: str,
        title_en: str,
        start: str,
        end: str,
        zone: str,
        *,
        end_zone: str | None = None,
        **fields: Any,
    ) -> str:
        assert key not in {i["key"] for i in self.items}, key
        self.items.append(
            clean(
                {
                    "key": key,
                    "kind": kind,
                    "title_fr": title_fr,
                    "title_en": title_en,
                    "start": start,
                    "start_zone": zone,
                    "end": end,
                    "end_zone": end_zone,
                    **fields,
                }
            )
        )
        return key

    def booking_reference(self) -> str:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(self.rng.choice(alphabet) for _ in range(6))

    def passengers(self, people: Sequence[str], front: Sequence[str]) -> list[Json]:
        """One booking per passenger; the official party sits at the front."""
        seats: set[str] = set()
        result = []
        for person in people:
            rows = range(1, 8) if person in front else range(20, 48)
            while True:
                seat = f"{self.rng.choice(rows)}{self.rng.choice('ABCDEFGHJK')}"
                if seat not in seats:
                    seats.add(seat)
                    break
            result.append(
                {"person": person, "booking_reference": self.booking_reference(), "seat": seat}
            )
        return result

    def meeting(
        self,
        key: str,
        org: str,
        delegates: Sequence[str],
        *,
        status: str,
        purpose: str,
        item: tuple[str, str, str, str, str] | None = None,
        zone: str,
        stop: str,
        title_fr: str = "Rendez-vous d'affaires (B2B)",
        title_en: str = "Business meeting (B2B)",
        **fields: Any,
    ) -> str:
        """A B2B meeting; ``item`` = (start, end, venue, org name fr, org name en) if scheduled."""
        item_key = None
        if item is not None:
            start, end, venue, name_fr, name_en = item
            item_key = self.item(
                f"meeting-{key}",
                "meeting",
                f"{title_fr} : {name_fr}",
                f"{title_en}: {name_en}",
                start,
                end,
                zone,
                stop=stop,
                venue=venue,
                audience="people",
                attendees=list(delegates),
                private=True,
            )
        self.meetings.append(
            clean(
                {
                    "key": key,
                    "organisation": org,
                    "delegates": list(delegates),
                    "purpose": purpose,
                    "item": item_key,
                    "status": status,
                    **fields,
                }
            )
        )
        return key

    def document(self, mission: Json) -> Json:
        return {
            "format": "delegation-demo",
            "version": 1,
            "mission": mission,
            "organisations": self.organisations,
            "people": self.people,
            "groups": self.groups,
            "delegation": self.delegation,
            "venues": self.venues,
            "hotels": self.hotels,
            "items": self.items,
            "workshops": self.workshops,
            "meetings": self.meetings,
            "leads": self.leads,
            "agreements": self.agreements,
            # Only where a mission has them, so that older demo files read the same.
            **({"b2b_sessions": self.b2b_sessions} if self.b2b_sessions else {}),
            **({"availability": self.availability} if self.availability else {}),
            **({"lead_links": self.lead_links} if self.lead_links else {}),
        }


DIETS = [
    "Végétarien",
    "Sans gluten",
    "Halal",
    "Casher",
    "Sans porc",
    "Allergie aux fruits à coque",
    "Végétalien",
    "Sans lactose",
]
USED_GLOBALLY: set[tuple[str, str]] = set()

# People on both missions (a person is kept across missions): the same record in both files.
SHARED_KEYS = {"smarchetti", "bdupont", "soconnor"}


# --- entry formalities and emergency contacts ------------------------------------------------

ID_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def esta_number(rng: random.Random) -> str:
    """An ESTA application number: 16 letters and digits."""
    return "".join(rng.choice(ID_CHARACTERS) for _ in range(16))


def eta_number(rng: random.Random) -> str:
    """A Canadian eTA application number: V and nine digits."""
    return f"V{rng.randrange(10**8, 10**9)}"


def visa_number(rng: random.Random) -> str:
    """The number printed on a visa foil: eight digits."""
    return f"{rng.randrange(10**7, 10**8)}"


def years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class Formalities(NamedTuple):
    """The travel authorisation a destination asks of the (visa-exempt) delegates: its kind,
    how long it lasts once granted (never beyond the passport), what its numbers look like and
    when the delegates were granted theirs."""

    country: str
    kind: str
    years: int
    number: Callable[[random.Random], str]
    granted_from: date
    granted_until: date

    def granted_on(self, rng: random.Random) -> date:
        days = (self.granted_until - self.granted_from).days
        return self.granted_from + timedelta(days=rng.randrange(days + 1))


def record_formalities(
    b: Builder,
    rng: random.Random,
    rules: Formalities,
    *,
    trip_end: date,
    no_passport: Sequence[str] = (),
    not_applied: Sequence[str] = (),
    applied: Sequence[str] = (),
    visas: Mapping[str, str] | None = None,
) -> None:
    """Passports and authorisations as a coordinator has them a few days before departure.

    Everyone but ``no_passport`` has a passport on record (invented people get a birth date
    with it); everyone but them and ``not_applied`` has the destination's authorisation,
    granted, except ``applied`` whose application is pending; the people of ``visas`` hold a
    visa (granted, valid until the date given) instead. Cancelled delegates need nothing.
    """
    visas = visas or {}
    for entry in b.delegation:
        key = entry["person"]
        person = b.record(key)
        if key in no_passport:
            assert "passport" not in person, key
            continue
        if "passport" not in person:
            invented = person.get("nationality") is not None  # public figures have none
            country = person.get("nationality") or "FR"
            birth = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 42 * 365))
            b.update_person(
                key,
                passport=passport_record(rng, country, trip_end),
                birth_date=birth.isoformat() if invented else person.get("birth_date"),
            )
        if entry.get("status") == "cancelled" or key in not_applied:
            continue
        if key in visas:
            expiry = date.fromisoformat(visas[key])
            b.authorise(
                key, "visa", rules.country, "granted", number=visa_number(rng), expiry=expiry
            )
            continue
        granted, number = rules.granted_on(rng), rules.number(rng)
        if key in applied:
            b.authorise(key, rules.kind, rules.country, "applied", number=number)
            continue
        passport_expiry = date.fromisoformat(b.record(key)["passport"]["expiry"])
        expiry = min(years_after(granted, rules.years), passport_expiry)
        b.authorise(key, rules.kind, rules.country, "granted", number=number, expiry=expiry)


# (relation in French, in English, the relative's gender, whether they share the family name)
RELATIONS = [
    ("époux", "husband", "m", True),
    ("épouse", "wife", "f", True),
    ("conjoint", "partner", "m", False),
    ("conjointe", "partner", "f", False),
    ("frère", "brother", "m", True),
    ("sœur", "sister", "f", True),
    ("fils", "son", "m", True),
    ("fille", "daughter", "f", True),
    ("mère", "mother", "f", False),
    ("père", "father", "m", True),
]


def emergency_contacts(
    b: Builder, rng: random.Random, *, share: float, always: Sequence[str], skip: Sequence[str]
) -> None:
    """Whom to call for ``always`` (the staff) and a ``share`` of the others; none for the
    people of ``skip`` (public figures: their relatives are not invented) and the people
    shared by both files (their record, written once, has one)."""
    for entry in b.delegation:
        key = entry["person"]
        if key in skip or key in SHARED_KEYS or (key not in always and rng.random() >= share):
            continue
        person = b.record(key)
        fr, en, gender, same_family = rng.choice(RELATIONS)
        given = rng.choice(
            [g for g, g_gender in FRENCH_GIVEN if g_gender == gender and g != person["given_name"]]
        )
        family = person["family_name"] if same_family else rng.choice(FRENCH_FAMILY)
        phone = f"+33 6 39 98 {rng.randrange(10, 100)} {rng.randrange(0, 100):02d}"
        text = (
            f"{given} {family} ({fr}) : {phone}"
            if person.get("language", "fr") == "fr"
            else f"{given} {family} ({en}): {phone}"
        )
        b.update_person(key, emergency_contact=text)


def shared_people(b: Builder) -> None:
    b.org(
        "dupont-fils",
        "Dupont & Fils <SARL>",
        "company",
        sector=MARITIME,
        website="https://dupont-fils.example",
    )
    b.org("phocee-data", "Phocée Data SAS", "company", sector=DIGITAL)
    b.person(
        "smarchetti",
        "Sophie",
        "Marchetti",
        gender="f",
        org="ville-marseille",
        job="Chargée de mission, action internationale",
        email="s.marchetti@marseille.example",
        phone="+33639980011",
        birth_date=date(1984, 3, 14),
        passport={"number": "15KD42817", "country": "FR", "expiry": "2025-06-30"},
        emergency_contact="Julien Marchetti (époux) : +33 6 39 98 27 14",
    )
    b.person(
        "bdupont",
        "Bénédicte",
        "Dupont",
        gender="f",
        org="dupont-fils",
        job="Gérante",
        email="b.dupont@dupont-fils.example",
        phone="+33639980021",
        birth_date=date(1971, 9, 2),
        passport={"number": "16PR09342", "country": "FR", "expiry": "2026-02-11"},
        dietary="Sans gluten",
        emergency_contact="Arnaud Dupont (fils) : +33 6 39 98 56 02",
    )
    b.person(
        "soconnor",
        "Siobhán",
        "O'Connor",
        gender="f",
        org="phocee-data",
        job="Directrice du développement international",
        language="en",
        email="siobhan.oconnor@phocee-data.example",
        phone="+33639980022",
        nationality="IE",
        passport={"number": "PX4418207", "country": "IE", "expiry": "2024-08-19"},
        dietary="Végétarien",
        emergency_contact="Ciarán O'Connor (brother): +33 6 39 98 73 45",
    )
    USED_GLOBALLY.update(
        {("Sophie", "Marchetti"), ("Bénédicte", "Dupont"), ("Siobhán", "O'Connor")}
    )


# --- Miami, 5-10 November 2017 -----------------------------------------------------------

MIAMI_COMPANIES = [
    ("callelongue-yachting", "Callelongue Yachting SAS", MARITIME, "Président|Présidente"),
    (
        "calanques-cyber",
        "Calanques Cyberdéfense SAS",
        DIGITAL,
        "Président-directeur général|Présidente-directrice générale",
    ),
    ("massalia-iot", "Massalia IoT Labs", DIGITAL, "Directeur technique|Directrice technique"),
    (
        "estaque-logistique",
        "Estaque Logistique Numérique",
        MARITIME,
        "Directeur général|Directrice générale",
    ),
    ("vieux-port-energies", "Vieux-Port Énergies", ENERGY, "Fondateur|Fondatrice"),
    ("sainte-victoire-aero", "Sainte-Victoire Aéro Composites", AERO, "Président|Présidente"),
    ("luminy-diagnostics", "Luminy Diagnostics", HEALTH, "Directeur général|Directrice générale"),
    ("garlaban-ingenierie", "Garlaban Ingénierie Thermique", ENERGY, "Gérant|Gérante"),
    (
        "cassis-marine",
        "Cassis Marine Services",
        MARITIME,
        "Directeur commercial|Directrice commerciale",
    ),
    ("belle-de-mai-creation", "Belle de Mai Création", DIGITAL, "Producteur|Productrice"),
    ("huveaune-environnement", "Huveaune Environnement", ENERGY, "Président|Présidente"),
    ("pharo-conseil", "Pharo Conseil", TOURISM, "Associé|Associée"),
    (
        "joliette-solutions",
        "Joliette Solutions Portuaires",
        MARITIME,
        "Directeur général|Directrice générale",
    ),
    ("mistral-drones", "Mistral Drones", AERO, "Fondateur|Fondatrice"),
    ("frioul-nautic", "Frioul Nautic", MARITIME, "Gérant|Gérante"),
    (
        "canebiere-digital",
        "Canebière Digital Studio",
        DIGITAL,
        "Fondateur et CEO|Fondatrice et CEO",
    ),
    (
        "provence-biotech",
        "Provence Biotech Innovations",
        HEALTH,
        "Directeur scientifique|Directrice scientifique",
    ),
    ("etoile-telesante", "Étoile Télésanté", HEALTH, "Président|Présidente"),
    (
        "camargue-solaire",
        "Camargue Solaire",
        ENERGY,
        "Directeur du développement|Directrice du développement",
    ),
    ("fos-hydrogene", "Fos Hydrogène", ENERGY, "Président|Présidente"),
    ("riou-voyages", "Riou Voyages d'affaires", TOURISM, "Directeur général|Directrice générale"),
    ("sormiou-hotels", "Sormiou Hôtels & Résidences", TOURISM, "Président|Présidente"),
    ("goudes-gastronomie", "Les Goudes Gastronomie", TOURISM, "Chef et gérant|Cheffe et gérante"),
    (
        "saint-victor-robotique",
        "Saint-Victor Robotique",
        AERO,
        "Directeur de l'innovation|Directrice de l'innovation",
    ),
    ("endoume-smartgrid", "Endoume Smart Grid", ENERGY, "Fondateur|Fondatrice"),
    (
        "chateau-d-if-croisieres",
        "Château d'If Croisières",
        TOURISM,
        "Directeur commercial|Directrice commerciale",
    ),
    (
        "arenc-fret",
        "Arenc Fret Maritime",
        MARITIME,
        "Président-directeur général|Présidente-directrice générale",
    ),
    ("timone-medical", "Timone Medical Devices", HEALTH, "Directeur général|Directrice générale"),
    ("mazargues-mecanique", "Mazargues Mécanique de précision", AERO, "Gérant|Gérante"),
    ("pointe-rouge-voile", "Pointe-Rouge Voile & Refit", MARITIME, "Fondateur|Fondatrice"),
    ("prado-immersif", "Prado Immersif", DIGITAL, "Directeur artistique|Directrice artistique"),
    ("sainte-baume-cosmetiques", "Sainte-Baume Cosmétiques", HEALTH, "Président|Présidente"),
    (
        "marignane-avionique",
        "Marignane Avionique",
        AERO,
        "Directeur des ventes|Directrice des ventes",
    ),
    ("cassidaigne-data", "Cassidaigne Data Centers", DIGITAL, "Président|Présidente"),
    (
        "etang-de-berre-chimie",
        "Étang de Berre Chimie Verte",
        ENERGY,
        "Directeur R&D|Directrice R&D",
    ),
    ("noailles-saveurs", "Noailles Saveurs du monde", TOURISM, "Gérant|Gérante"),
]

MIAMI_INSTITUTIONS = [
    ("amu", "Aix-Marseille Université", "other", HEALTH),
    ("thecamp", "theCamp", "other", DIGITAL),
    ("french-tech-amp", "French Tech Aix-Marseille", "association", DIGITAL),
    ("pole-mer", "Pôle Mer Méditerranée", "cluster", MARITIME),
    ("capenergies", "Capenergies", "cluster", ENERGY),
    ("eurobiomed", "Eurobiomed", "cluster", HEALTH),
    ("henri-fabre", "Technopôle Henri-Fabre", "cluster", AERO),
    ("otcm", "Office de tourisme et des congrès de Marseille", "agency", TOURISM),
    ("aeroport-mp", "Aéroport Marseille Provence", "company", TOURISM),
    ("upe13", "Union pour l'entreprise des Bouches-du-Rhône", "association", None),
]
INSTITUTION_JOBS = [
    "Directeur|Directrice",
    "Chargé d'affaires internationales|Chargée d'affaires internationales",
    "Vice-président|Vice-présidente",
    "Délégué général|Déléguée générale",
    "Responsable des partenariats",
    "Directeur du développement|Directrice du développement",
    "Administrateur|Administratrice",
    "Conseiller du président|Conseillère du président",
]

MIAMI_PRESS = [
    ("phoceen-eco", "Le Phocéen Économique", "Journaliste"),
    ("radio-calanques", "Radio Calanques", "Journaliste reporter"),
    (
        "provence-eco-hebdo",
        "Provence Éco Hebdo",
        "Rédacteur en chef adjoint|Rédactrice en chef adjointe",
    ),
    ("mediterranee-tv", "Méditerranée TV", "Journaliste reporter d'images"),
    ("journal-des-ports", "Le Journal des Ports", "Journaliste"),
    ("miami-french-chronicle", "Miami French Chronicle", "Correspondant|Correspondante"),
]

DAY_NOTE_DST = (
    "Heure d'hiver aux États-Unis depuis 2 h ce dimanche 5 novembre : Miami est à 6 h de Paris."
)
DAY_NOTE_DST_EN = (
    "US clocks went back at 2 am this Sunday, 5 November: Miami is 6 hours behind Paris."
)


def build_miami(taken: set[str]) -> Json:
    b = Builder(2017, taken)
    end = date(2017, 11, 10)

    # organisations ---------------------------------------------------------------------
    b.org("amp-metropole", "Métropole Aix-Marseille-Provence", "public_authority")
    b.org("ville-marseille", "Ville de Marseille", "public_authority")
    b.org("provence-promotion", "Provence Promotion", "agency")
    b.org("ccimp", "CCI Marseille Provence", "chamber")
    b.org("gpmm", "Grand Port Maritime de Marseille", "port", sector=MARITIME)
    b.org(
        "club-croisiere", "Club de la croisière Marseille Provence", "association", sector=TOURISM
    )
    b.org("euromediterranee", "Euroméditerranée", "agency")
    b.org("miami-dade", "Miami-Dade County", "public_authority", country="US", city="Miami")
    b.org("portmiami", "PortMiami", "port", sector=MARITIME, country="US", city="Miami")
    b.org(
        "facc-florida",
        "French-American Chamber of Commerce of Florida",
        "chamber",
        country="US",
        city="Miami",
    )
    b.org(
        "ussa",
        "U.S. Superyacht Association",
        "association",
        sector=MARITIME,
        country="US",
        city="Fort Lauderdale",
    )
    b.org(
        "miasf",
        "Marine Industries Association of South Florida",
        "association",
        sector=MARITIME,
        country="US",
        city="Fort Lauderdale",
    )
    b.org(
        "fhtc",
        "Florida High Tech Corridor",
        "cluster",
        sector=DIGITAL,
        country="US",
        city="Orlando",
    )
    b.org(
        "space-florida",
        "Space Florida",
        "agency",
        sector=AERO,
        country="US",
        city="Cape Canaveral",
    )
    prospects = [
        ("oceanic-yacht-refit", "Oceanic Yacht Refit Inc.", MARITIME, "Fort Lauderdale"),
        ("brickell-data", "Brickell Data Systems", DIGITAL, "Miami"),
        ("everglades-biohealth", "Everglades BioHealth", HEALTH, "Miami"),
        ("sunshine-aero", "Sunshine Aero Components", AERO, "Doral"),
        ("coral-logistics", "Coral Logistics Group", MARITIME, "Miami"),
        ("key-biscayne-solar", "Key Biscayne Solar", ENERGY, "Miami"),
        ("magic-city-games", "Magic City Games Studio", DIGITAL, "Miami"),
        ("atlantic-drone-works", "Atlantic Drone Works", AERO, "Homestead"),
        ("biscayne-medical", "Biscayne Medical Devices", HEALTH, "Miami"),
        ("atlantica-cruises", "Atlantica Cruises", TOURISM, "Miami"),
        ("coral-bay-cruise-line", "Coral Bay Cruise Line", TOURISM, "Miami"),
    ]
    for key, name, sector, city in prospects:
        b.org(key, name, "company", sector=sector, country="US", city=city)
    for key, name, kind, field in MIAMI_INSTITUTIONS:
        b.org(key, name, kind, sector=field, city="Marseille")
    for key, name, _job in MIAMI_PRESS:
        city = "Miami" if key == "miami-french-chronicle" else "Marseille"
        b.org(key, name, "media", country="US" if city == "Miami" else "FR", city=city)
    shared_people(b)
    for key, name, sector, _job in MIAMI_COMPANIES:
        b.org(key, name, "company", sector=sector)

    official = b.group("official", "Délégation officielle", "official")
    business = b.group("business", "Chefs d'entreprise", "business")
    staff = b.group("staff", "Équipe d'organisation", "staff")
    press = b.group("press", "Presse", "press")
    partners = b.group("partners", "Partenaires institutionnels", "other")

    # the official party: public figures from the press articles -------------------------
    figures = [
        (
            "jcgaudin",
            "Jean-Claude",
            "Gaudin",
            "m",
            "amp-metropole",
            "Président de la Métropole Aix-Marseille-Provence, maire de Marseille",
            "elected_official",
            "Président de la Métropole Aix-Marseille-Provence",
        ),
        (
            "mvassal",
            "Martine",
            "Vassal",
            "f",
            "amp-metropole",
            "Première vice-présidente de la Métropole Aix-Marseille-Provence",
            "elected_official",
            "Première vice-présidente de la Métropole",
        ),
        (
            "jlchauvin",
            "Jean-Luc",
            "Chauvin",
            "m",
            "ccimp",
            "Président de la CCI Marseille Provence et de Provence Promotion",
            "institutional",
            "Président de Provence Promotion",
        ),
        (
            "ccabauwoehrel",
            "Christine",
            "Cabau-Woehrel",
            "f",
            "gpmm",
            "Directrice générale du Grand Port Maritime de Marseille",
            "institutional",
            "Directrice générale du GPMM",
        ),
        (
            "jfsuhas",
            "Jean-François",
            "Suhas",
            "m",
            "club-croisiere",
            "Président du Club de la croisière Marseille Provence",
            "institutional",
            "Président du Club de la croisière",
        ),
        (
            "hparant",
            "Hugues",
            "Parant",
            "m",
            "euromediterranee",
            "Directeur général d'Euroméditerranée",
            "institutional",
            "Directeur général d'Euroméditerranée",
        ),
    ]
    for key, given, family, gender, org, job, role, capacity in figures:
        b.person(key, given, family, gender=gender, org=org, job=job, nationality=None)
        USED_GLOBALLY.add((given, family))
        b.delegate(key, role, [official], capacity=capacity)
    for job in [
        "Vice-président de la Métropole délégué au développement économique"
        "|Vice-présidente de la Métropole déléguée au développement économique",
        "Vice-président de la Métropole délégué au tourisme"
        "|Vice-présidente de la Métropole déléguée au tourisme",
        "Vice-président de la Métropole délégué aux ports"
        "|Vice-présidente de la Métropole déléguée aux ports",
        "Vice-président de la Métropole délégué à l'innovation"
        "|Vice-présidente de la Métropole déléguée à l'innovation",
        "Conseiller métropolitain délégué aux relations internationales"
        "|Conseillère métropolitaine déléguée aux relations internationales",
        "Conseiller métropolitain|Conseillère métropolitaine",
        "Adjoint au maire de Marseille délégué aux grands équipements"
        "|Adjointe au maire de Marseille déléguée aux grands équipements",
        "Adjoint au maire de Marseille délégué aux relations internationales"
        "|Adjointe au maire de Marseille déléguée aux relations internationales",
        "Conseiller municipal délégué à l'attractivité"
        "|Conseillère municipale déléguée à l'attractivité",
        "Conseiller métropolitain délégué à la mer|Conseillère métropolitaine déléguée à la mer",
    ]:
        org = "ville-marseille" if "maire" in job or "municipal" in job else "amp-metropole"
        key = b.invented(org=org, job=job, domain=None, trip_end=end, passport_share=0.9)
        b.delegate(key, "elected_official", [official], capacity=b.record(key)["job_title"])

    # business leaders: 40, among them Dupont & Fils and a few with international names ---
    leaders = ["bdupont", "soconnor"]
    notable_names = {
        "calanques-cyber": ("Hélène", "Ducastel-Núñez", "f", "FR"),
        "massalia-iot": ("Łukasz", "Kowalski", "m", "PL"),
        "estaque-logistique": ("Jürgen", "Müller", "m", "DE"),
    }
    for notable in notable_names.values():
        USED_GLOBALLY.add((notable[0], notable[1]))
    for key, _name, _sector, job in MIAMI_COMPANIES:
        person = b.invented(
            org=key,
            job=job,
            domain=f"{key}.example",
            international=0.15,
            trip_end=end,
            name=notable_names.get(key),
        )
        leaders.append(person)
    while len(leaders) < 40:
        key, _name, _sector, _job = b.rng.choice(MIAMI_COMPANIES)
        job = b.rng.choice(
            [
                "Directeur des opérations|Directrice des opérations",
                "Responsable export",
                "Directeur financier|Directrice financière",
            ]
        )
        leaders.append(
            b.invented(org=key, job=job, domain=f"{key}.example", international=0.1, trip_end=end)
        )
    for key in leaders:
        b.delegate(key, "business_leader", [business])
    hducastel, lkowalski, jmuller = leaders[3], leaders[4], leaders[5]
    assert (hducastel, lkowalski, jmuller) == ("hducastelnunez", "lkowalski", "jmuller")
    yachting = leaders[2]  # Callelongue Yachting: at the boat show with the advance team

    # staff: the organisers, some listed as key contacts with a phone ----------------------
    b.delegate("smarchetti", "staff", [staff], contact_role="Coordinatrice de la délégation")
    staff_specs = [
        (
            "amp-metropole",
            "Responsable logistique et transports",
            "Responsable logistique et transports",
            "+33639980012",
        ),
        (
            "amp-metropole",
            "Chef du protocole|Cheffe du protocole",
            "Chef du protocole|Cheffe du protocole",
            "+33639980013",
        ),
        (
            "ville-marseille",
            "Attaché de presse|Attachée de presse",
            "Attaché de presse de la délégation|Attachée de presse de la délégation",
            "+33639980014",
        ),
        (
            "ville-marseille",
            "Chargé de mission Amériques|Chargée de mission Amériques",
            "Correspondant à Miami|Correspondante à Miami",
            "+13055550123",
        ),
        (
            "provence-promotion",
            "Chargé d'affaires internationales|Chargée d'affaires internationales",
            None,
            None,
        ),
        (
            "provence-promotion",
            "Chargé d'affaires internationales|Chargée d'affaires internationales",
            None,
            None,
        ),
        ("provence-promotion", "Responsable de la prospection Amériques", None, None),
        ("provence-promotion", "Chargé de communication|Chargée de communication", None, None),
        ("ccimp", "Conseiller international|Conseillère internationale", None, None),
        ("ccimp", "Chargé de mission événements|Chargée de mission événements", None, None),
        (
            "amp-metropole",
            "Chargé de mission relations internationales"
            "|Chargée de mission relations internationales",
            None,
            None,
        ),
        ("amp-metropole", "Assistant de direction|Assistante de direction", None, None),
        ("amp-metropole", "Photographe", None, None),
        ("ville-marseille", "Interprète français-anglais", None, None),
        ("club-croisiere", "Chargé de mission croisière|Chargée de mission croisière", None, None),
    ]
    staff_keys = ["smarchetti"]
    for org, job, contact_role, phone in staff_specs:
        key = b.invented(
            org=org, job=job, domain=f"{org}.example", trip_end=end, passport_share=1.0
        )
        if phone:
            b.record(key)["phone"] = phone
        b.delegate(key, "staff", [staff], contact_role=b.form(contact_role, key))
        staff_keys.append(key)
    logistics, protocol, press_officer, miami_desk = staff_keys[1:5]
    pp_advance = staff_keys[5:7]  # Provence Promotion's advance team (arrived on 4 November)
    cruise_staff = staff_keys[15]

    # press -------------------------------------------------------------------------------
    press_keys = []
    for index in range(10):
        org, _name, job = MIAMI_PRESS[index % len(MIAMI_PRESS)]
        key = b.invented(org=org, job=job, domain=f"{org}.example", trip_end=end)
        b.delegate(key, "press", [press])
        press_keys.append(key)

    # institutional partners: the rest up to 120 ---------------------------------------------
    partner_keys = []
    while len(b.delegation) < 120:
        org = b.rng.choice(MIAMI_INSTITUTIONS)[0]
        job = b.rng.choice(INSTITUTION_JOBS)
        key = b.invented(
            org=org, job=job, domain=f"{org}.example", trip_end=end, international=0.05
        )
        b.delegate(key, "institutional", [partners])
        partner_keys.append(key)
    assert len(b.delegation) == 120

    # a few needs that the booklets and the hotel must know
    by_key = {p["key"]: p for p in b.people}
    by_key[partner_keys[3]]["mobility_needs"] = "Fauteuil roulant : accès de plain-pied nécessaire"
    by_key[leaders[17]]["mobility_needs"] = "Marche difficile : éviter les longs trajets à pied"
    soon = by_key[leaders[9]]
    soon["passport"] = {"number": "08RT55120", "country": "FR", "expiry": "2018-02-20"}
    # An Algerian founder living in Marseille: a US visa, and a passport that expires before
    # the six months of validity the United States asks of Algerian passports (the French
    # passports are exempt from that rule).
    algerian = leaders[19]
    assert algerian == "faitahmed", algerian
    b.update_person(
        algerian,
        nationality="DZ",
        birth_date="1979-04-23",
        passport={"number": "172394058", "country": "DZ", "expiry": "2018-03-29"},
    )
    # Poland joined the Visa Waiver Program in 2019: in 2017 a Polish national needed a visa.
    visas = {algerian: "2019-09-17", lkowalski: "2025-05-11"}

    # local people, not delegates: contacts, signatory, a speaker --------------------------
    us_people = iter(US_NAMES)

    def local(org: str, job: str) -> str:
        given, gender, family = next(us_people)
        key = b.short_for(given, family)
        return b.person(
            key,
            given,
            family,
            gender=gender,
            org=org,
            job=job,
            language="en",
            email=f"{ascii_slug(given)}.{ascii_slug(family)}@{org}.example",
            phone=f"+1305555{b.rng.randrange(100, 200):04d}",
            nationality="US",
        )

    md_signatory = b.person(
        "cibanezrivera",
        "Carmen",
        "Ibáñez-Rivera",
        gender="f",
        org="miami-dade",
        job="County Commissioner",
        language="en",
        nationality="US",
    )
    contacts = {
        org: local(org, job)
        for org, job in [
            ("ussa", "Executive Director"),
            ("miasf", "Director of Member Relations"),
            ("oceanic-yacht-refit", "Chief Executive Officer"),
            ("brickell-data", "Vice President, Business Development"),
            ("fhtc", "Director of Industry Relations"),
            ("space-florida", "Business Development Manager"),
            ("everglades-biohealth", "Chief Scientific Officer"),
            ("sunshine-aero", "President"),
            ("key-biscayne-solar", "Founder"),
            ("magic-city-games", "Studio Director"),
            ("atlantic-drone-works", "Chief Operating Officer"),
            ("coral-logistics", "Head of Partnerships"),
        ]
    }
    us_speaker = local("brickell-data", "Chief Information Security Officer")

    # venues -----------------------------------------------------------------------------
    b.venue(
        "mrs",
        "Aéroport Marseille Provence",
        address="13727 Marignane",
        city="Marignane",
        country="FR",
        zone=PARIS,
        latitude=43.4393,
        longitude=5.2214,
        iata_code="MRS",
    )
    b.venue(
        "mia",
        "Miami International Airport",
        address="2100 NW 42nd Avenue, Miami, FL 33142",
        city="Miami",
        country="US",
        zone=MIAMI,
        latitude=25.7959,
        longitude=-80.2870,
        iata_code="MIA",
    )
    b.venue(
        "miami-hotel",
        "Brickell Bayside Hotel",
        address="1450 Brickell Bay Drive, Miami, FL 33131",
        city="Miami",
        country="US",
        zone=MIAMI,
        phone="+13055550142",
        latitude=25.7592,
        longitude=-80.1897,
    )
    b.venue(
        "county-hall",
        "Miami-Dade County Hall (Stephen P. Clark Government Center)",
        address="111 NW 1st Street, Miami, FL 33128",
        city="Miami",
        country="US",
        zone=MIAMI,
        latitude=25.7751,
        longitude=-80.1965,
    )
    b.venue(
        "conference",
        "Brickell Avenue Conference Center",
        address="801 Brickell Avenue, Miami, FL 33131",
        city="Miami",
        country="US",
        zone=MIAMI,
        phone="+13055550177",
        latitude=25.7663,
        longitude=-80.1917,
    )
    b.venue(
        "bahia-mar",
        "Bahia Mar Yachting Center (Fort Lauderdale International Boat Show)",
        address="801 Seabreeze Boulevard, Fort Lauderdale, FL 33316",
        city="Fort Lauderdale",
        country="US",
        zone=MIAMI,
        latitude=26.1130,
        longitude=-80.1053,
    )
    b.venue(
        "portmiami",
        "PortMiami, terminaux de croisière",
        address="1015 North America Way, Miami, FL 33132",
        city="Miami",
        country="US",
        zone=MIAMI,
        latitude=25.7781,
        longitude=-80.1794,
    )
    b.venue(
        "pamm",
        "Pérez Art Museum Miami",
        address="1103 Biscayne Boulevard, Miami, FL 33132",
        city="Miami",
        country="US",
        zone=MIAMI,
        latitude=25.7859,
        longitude=-80.1864,
    )
    b.venue(
        "wynwood",
        "Wynwood Labs (incubateur)",
        address="2250 NW 2nd Avenue, Miami, FL 33127",
        city="Miami",
        country="US",
        zone=MIAMI,
        latitude=25.7990,
        longitude=-80.1990,
    )

    # hotel: one block, room-mates in twin rooms ------------------------------------------
    guests = [d["person"] for d in b.delegation]
    twins: list[tuple[str, str]] = []
    for pool, pairs in ((staff_keys[8:], 2), (press_keys, 2), (leaders[20:], 3), (partner_keys, 3)):
        chosen = b.rng.sample(pool, pairs * 2)
        twins += [(chosen[i], chosen[i + 1]) for i in range(0, len(chosen), 2)]
    in_twins = {p for pair in twins for p in pair}
    rooms: list[Json] = [
        {"room": "1501", "type": "Suite", "guests": ["jcgaudin"]},
        {"room": "1502", "type": "Suite", "guests": ["mvassal"]},
    ]
    numbers = iter(f"{floor}{door:02d}" for floor in range(8, 15) for door in range(1, 31))
    for pair in twins:
        rooms.append({"room": next(numbers), "type": "Twin", "guests": list(pair)})
    for guest in guests:
        if guest in in_twins or guest in ("jcgaudin", "mvassal"):
            continue
        rooms.append({"room": next(numbers), "type": "Single", "guests": [guest]})
    # the advance team came on 4 November for the boat show: one night more than the block
    advance_team = [*pp_advance, yachting]
    for room in rooms:
        if set(room["guests"]) <= set(advance_team):
            room["check_in"] = "2017-11-04"
    b.hotels.append(
        {
            "venue": "miami-hotel",
            "stop": "miami",
            "check_in": "2017-11-05",
            "check_out": "2017-11-10",
            "booking_reference": "BBH-FW17-0412",
            "rooms": rooms,
        }
    )

    # itinerary ----------------------------------------------------------------------------
    front = b.in_group(official)
    separately_out = [*pp_advance, yachting, "ccabauwoehrel", press_keys[5]]
    out_passengers = [g for g in guests if g not in separately_out]
    b.item(
        "flight-out",
        "flight",
        "Vol aller Marseille – Miami",
        "Outbound flight Marseille – Miami",
        "2017-11-05T10:25",
        "2017-11-05T17:40",
        PARIS,
        end_zone=MIAMI,
        venue="mrs",
        excluded=separately_out,
        staff_in_charge=logistics,
        to_bring="Passeport valide, autorisation ESTA, carte d'embarquement",
        notes_fr="Correspondance à Paris-Charles-de-Gaulle ; bagages enregistrés jusqu'à Miami. "
        + DAY_NOTE_DST,
        notes_en="Change planes at Paris-Charles-de-Gaulle; bags checked through to Miami. "
        + DAY_NOTE_DST_EN,
        flight={
            "carrier": "AF",
            "number": "7630",
            "from": "MRS",
            "to": "MIA",
            "passengers": b.passengers(out_passengers, front),
        },
    )
    b.item(
        "boat-show",
        "visit",
        "Fort Lauderdale International Boat Show : rendez-vous de Provence Promotion",
        "Fort Lauderdale International Boat Show: Provence Promotion's meetings",
        "2017-11-05T09:30",
        "2017-11-05T16:30",
        MIAMI,
        stop="miami",
        venue="bahia-mar",
        audience="people",
        attendees=[*pp_advance, yachting],
        private=True,
        notes_fr="Équipe avancée arrivée le 4 novembre. Badges exposants à retirer à l'accueil.",
        notes_en="Advance team arrived on 4 November. Collect exhibitor badges at the front desk.",
    )
    b.item(
        "transfer-arrival",
        "transfer",
        "Transfert aéroport – hôtel en autocar",
        "Coach transfer from the airport to the hotel",
        "2017-11-05T18:30",
        "2017-11-05T19:30",
        MIAMI,
        stop="miami",
        venue="mia",
        excluded=separately_out,
        staff_in_charge=logistics,
        notes_fr="Deux autocars, rendez-vous au hall des arrivées (niveau 1) après la douane.",
        notes_en="Two coaches; meet in the arrivals hall (level 1) after customs.",
    )
    b.item(
        "welcome",
        "reception",
        "Réception d'accueil de la délégation",
        "Welcome reception for the delegation",
        "2017-11-05T20:30",
        "2017-11-05T22:30",
        MIAMI,
        stop="miami",
        venue="pamm",
        dress_code="Tenue de ville",
        staff_in_charge=protocol,
    )
    b.item(
        "briefing",
        "briefing",
        "Point quotidien de l'équipe d'organisation",
        "Daily staff briefing",
        "2017-11-06T08:00",
        "2017-11-06T08:30",
        MIAMI,
        stop="miami",
        venue="miami-hotel",
        audience="groups",
        groups=[staff],
        recurrence="FREQ=DAILY;COUNT=5",
        staff_in_charge="smarchetti",
        notes_fr="Salle Key Largo, mezzanine de l'hôtel.",
        notes_en="Key Largo room, on the hotel's mezzanine.",
    )
    b.item(
        "transfer-county-hall",
        "transfer",
        "Transfert vers Miami-Dade County Hall",
        "Transfer to Miami-Dade County Hall",
        "2017-11-06T09:15",
        "2017-11-06T09:45",
        MIAMI,
        stop="miami",
        venue="miami-hotel",
        audience="groups",
        groups=[official, press],
        staff_in_charge=press_officer,
    )
    b.item(
        "signing",
        "signing",
        "Signature de l'accord de jumelage (« sister agreement ») Métropole – Comté de Miami-Dade",
        "Signing of the sister agreement between the Metropolitan Area and Miami-Dade County",
        "2017-11-06T10:00",
        "2017-11-06T11:30",
        MIAMI,
        stop="miami",
        venue="county-hall",
        audience="groups",
        groups=[official, press],
        staff_in_charge=protocol,
        dress_code="Costume sombre",
        to_bring="Pièce d'identité (contrôle de sécurité)",
        notes_fr="Premier accord de coopération internationale de la Métropole.",
        notes_en="The Metropolitan Area's first international cooperation agreement.",
    )
    b.item(
        "lunch",
        "meal",
        "Déjeuner d'affaires franco-américain",
        "French-American business lunch",
        "2017-11-06T12:30",
        "2017-11-06T14:00",
        MIAMI,
        stop="miami",
        venue="conference",
    )

    # workshops ----------------------------------------------------------------------------
    moderators = {"iot": partner_keys[0], "smartport": partner_keys[1], "energy": partner_keys[2]}
    b.item(
        "workshop-iot",
        "workshop",
        "Atelier : la sécurité dans l'Internet des objets",
        "Workshop: security in the Internet of Things",
        "2017-11-06T14:30",
        "2017-11-06T16:00",
        MIAMI,
        stop="miami",
        venue="conference",
        audience="people",
        attendees=[moderators["iot"]],
    )
    b.item(
        "workshop-smartport",
        "workshop",
        "Atelier : le projet SmartPort à Marseille (logistique, énergie, numérique)",
        "Workshop: the SmartPort project in Marseille (logistics, energy, digital)",
        "2017-11-06T16:30",
        "2017-11-06T18:00",
        MIAMI,
        stop="miami",
        venue="conference",
        audience="people",
        attendees=[moderators["smartport"]],
    )
    b.item(
        "workshop-energy",
        "workshop",
        "Atelier : innovations dans le génie énergétique et la santé",
        "Workshop: innovations in energy engineering and health",
        "2017-11-07T09:00",
        "2017-11-07T10:30",
        MIAMI,
        stop="miami",
        venue="conference",
        audience="people",
        attendees=[moderators["energy"]],
    )
    audience_pool = leaders + partner_keys
    speakers_of = {
        "iot": [hducastel, lkowalski],
        "smartport": ["ccabauwoehrel", jmuller],
        "energy": [leaders[6], leaders[8]],
    }

    def registered(theme: str, count: int) -> list[str]:
        busy = set(speakers_of[theme]) | {moderators[theme]}
        return sorted(b.rng.sample([p for p in audience_pool if p not in busy], count))

    b.workshops += [
        {
            "item": "workshop-iot",
            "theme": "Sécurité dans l'Internet des objets",
            "sector": DIGITAL,
            "summary_fr": "Objets connectés, capteurs industriels et villes intelligentes : "
            "comment les entreprises de la métropole protègent les données de bout en bout.",
            "summary_en": "Connected devices, industrial sensors and smart cities: how companies "
            "from the Metropolitan Area protect data from end to end.",
            "room": "Salle Biscayne A",
            "capacity": 60,
            "moderator": moderators["iot"],
            "material": "Vidéoprojecteur, deux micros sans fil, interprétation français-anglais",
            "speakers": [
                {"person": hducastel, "topic": "Sécuriser les objets connectés industriels"},
                {"person": lkowalski, "topic": "Chiffrement léger pour capteurs"},
                {"person": us_speaker, "topic": "Cybersecurity in Florida's smart buildings"},
            ],
            "registered": registered("iot", 24),
        },
        {
            "item": "workshop-smartport",
            "theme": "SmartPort : logistique, énergie et numérique",
            "sector": MARITIME,
            "summary_fr": "Le port de Marseille-Fos se transforme : flux logistiques "
            "numérisés, énergies nouvelles à quai et plateforme de données partagée.",
            "summary_en": "The port of Marseille-Fos is changing: digital logistics flows, new "
            "energy at the quays and a shared data platform.",
            "room": "Salle Biscayne B",
            "capacity": 80,
            "moderator": moderators["smartport"],
            "material": "Vidéoprojecteur, maquette numérique du port",
            "speakers": [
                {"person": "ccabauwoehrel", "topic": "Le SmartPort de Marseille-Fos"},
                {"person": jmuller, "topic": "La plateforme numérique des flux portuaires"},
            ],
            "registered": registered("smartport", 30),
        },
        {
            "item": "workshop-energy",
            "theme": "Génie énergétique et santé",
            "sector": ENERGY,
            "summary_fr": "Des réseaux d'énergie intelligents aux dispositifs médicaux : "
            "les innovations des laboratoires et des entreprises du territoire.",
            "summary_en": "From smart energy grids to medical devices: innovations from the "
            "region's laboratories and companies.",
            "room": "Salle Biscayne A",
            "capacity": 50,
            "moderator": moderators["energy"],
            "speakers": [
                {"person": leaders[6], "topic": "Stockage d'énergie pour les bâtiments"},
                {"person": leaders[8], "topic": "Diagnostic rapide et santé connectée"},
            ],
            "registered": registered("energy", 18),
        },
    ]

    # B2B meetings by Provence Promotion ---------------------------------------------------
    pp = [*pp_advance]
    org_names = {o["key"]: o["name"] for o in b.organisations}

    def slot(start: str, end: str, venue: str, org: str) -> tuple[str, str, str, str, str]:
        return (start, end, venue, org_names[org], org_names[org])

    b.meeting(
        "ussa",
        "ussa",
        [*pp, yachting],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Présenter la filière yachting de Provence (maintenance, refit).",
        item=slot("2017-11-05T11:00", "2017-11-05T11:45", "bahia-mar", "ussa"),
        contact=contacts["ussa"],
        priority=1,
        languages=["en"],
        outcome="Échange fructueux ; visite d'entrepreneurs du réseau dans la Métropole à l'étude.",
    )
    b.meeting(
        "miasf",
        "miasf",
        [*pp, yachting],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Rapprocher les industries nautiques de Floride du Sud et de Provence.",
        item=slot("2017-11-05T13:30", "2017-11-05T14:15", "bahia-mar", "miasf"),
        contact=contacts["miasf"],
        priority=1,
        languages=["en"],
        outcome="Projet de mission d'entrepreneurs du réseau à Marseille.",
        follow_ups=[
            {
                "description": "Préparer la venue d'entrepreneurs du réseau à Marseille",
                "owner": pp[1],
                "due_date": "2018-03-30",
                "status": "done",
                "closed_on": "2018-03-12",
            }
        ],
    )
    b.meeting(
        "oceanic",
        "oceanic-yacht-refit",
        [*pp, yachting],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Implantation d'un atelier de refit de superyachts.",
        item=slot("2017-11-05T15:00", "2017-11-05T15:45", "bahia-mar", "oceanic-yacht-refit"),
        contact=contacts["oceanic-yacht-refit"],
        priority=1,
        languages=["en"],
        outcome="Étude d'implantation à La Ciotat ; visite prévue.",
    )
    b.meeting(
        "brickell",
        "brickell-data",
        [pp[0], "jlchauvin", leaders[34]],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Centre de données et cybersécurité à Marseille.",
        item=slot("2017-11-06T15:00", "2017-11-06T15:45", "conference", "brickell-data"),
        contact=contacts["brickell-data"],
        priority=1,
        languages=["en"],
        outcome="Intérêt pour les câbles sous-marins arrivant à Marseille ; visite prévue.",
        locked=True,
    )
    b.meeting(
        "fhtc",
        "fhtc",
        [*pp, "jlchauvin", leaders[17], hducastel],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Présenter French Tech et theCamp au cluster.",
        item=slot("2017-11-07T11:00", "2017-11-07T11:45", "conference", "fhtc"),
        contact=contacts["fhtc"],
        languages=["en"],
        outcome="Échanges sur des programmes d'accélération croisés.",
    )
    b.meeting(
        "space",
        "space-florida",
        [*pp, "jlchauvin", leaders[7]],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Filière aérospatiale et Technopôle Henri-Fabre.",
        item=slot("2017-11-07T14:30", "2017-11-07T15:15", "conference", "space-florida"),
        contact=contacts["space-florida"],
        languages=["en"],
        outcome="Contacts à suivre avec les PME aéronautiques de la Métropole.",
        follow_ups=[
            {
                "description": "Transmettre à Space Florida les contacts des PME aéronautiques "
                "de la Métropole",
                "owner": pp[0],
                "due_date": "2017-12-15",
            }
        ],
    )
    b.meeting(
        "everglades",
        "everglades-biohealth",
        [pp[1], leaders[18]],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Laboratoire de R&D santé en Europe.",
        item=slot("2017-11-08T09:30", "2017-11-08T10:15", "conference", "everglades-biohealth"),
        contact=contacts["everglades-biohealth"],
        priority=1,
        languages=["en"],
        interpreter_needed=True,
        outcome="Étude d'implantation d'un laboratoire ; visite prévue.",
    )
    b.meeting(
        "sunshine",
        "sunshine-aero",
        [pp[0], leaders[7], leaders[30]],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Sous-traitance aéronautique.",
        item=slot("2017-11-08T11:00", "2017-11-08T11:45", "conference", "sunshine-aero"),
        contact=contacts["sunshine-aero"],
        languages=["en"],
        outcome="Pas de projet à court terme ; garder le contact.",
    )
    b.meeting(
        "coral",
        "coral-logistics",
        [pp[1], jmuller],
        status="cancelled",
        zone=MIAMI,
        stop="miami",
        purpose="Logistique portuaire entre Miami et Marseille-Fos.",
        contact=contacts["coral-logistics"],
        priority=3,
        languages=["en"],
        outcome="Annulé par l'entreprise ; à reprendre en visioconférence.",
        follow_ups=[
            {
                "description": "Proposer un rendez-vous en visioconférence",
                "owner": pp[1],
                "due_date": "2017-11-30",
                "status": "done",
                "closed_on": "2017-11-21",
            }
        ],
    )
    b.meeting(
        "keybiscayne",
        "key-biscayne-solar",
        [pp[1], leaders[6]],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Solaire en milieu marin.",
        item=slot("2017-11-08T16:00", "2017-11-08T16:45", "conference", "key-biscayne-solar"),
        contact=contacts["key-biscayne-solar"],
        priority=3,
        languages=["en", "es"],
        outcome="Partage d'expérience ; pas de suite immédiate.",
    )
    b.meeting(
        "magiccity",
        "magic-city-games",
        [pp[0], leaders[17]],
        status="confirmed",
        zone=MIAMI,
        stop="miami",
        purpose="Studio de jeux vidéo : antenne européenne.",
        item=slot("2017-11-09T10:00", "2017-11-09T10:45", "wynwood", "magic-city-games"),
        contact=contacts["magic-city-games"],
        languages=["en"],
    )
    b.meeting(
        "drones",
        "atlantic-drone-works",
        [pp[0], leaders[15]],
        status="held",
        zone=MIAMI,
        stop="miami",
        purpose="Drones d'inspection d'ouvrages maritimes.",
        item=slot("2017-11-09T11:30", "2017-11-09T12:15", "wynwood", "atlantic-drone-works"),
        contact=contacts["atlantic-drone-works"],
        languages=["en"],
        outcome="Démonstration proposée au Pôle Mer Méditerranée.",
    )
    b.meeting(
        "biscayne-medical",
        "biscayne-medical",
        [pp[1]],
        status="requested",
        zone=MIAMI,
        stop="miami",
        purpose="Dispositifs médicaux : marché européen.",
        priority=2,
        languages=["en"],
    )
    # Three companies decided to study a location in Provence and to visit within three months.
    studies = [
        (
            "oceanic-yacht-refit",
            "oceanic",
            "2017-11-05T15:45",
            MARITIME,
            "Atelier de refit de superyachts à La Ciotat",
            25,
            4_500_000,
            "chantiers de La Ciotat",
            "2018-01-25",
            pp[0],
        ),
        (
            "brickell-data",
            "brickell",
            "2017-11-06T15:45",
            DIGITAL,
            "Centre de données et équipe de cybersécurité à Marseille",
            15,
            20_000_000,
            "Marseille, la Belle de Mai et theCamp",
            "2018-02-06",
            pp[0],
        ),
        (
            "everglades-biohealth",
            "everglades",
            "2017-11-08T10:15",
            HEALTH,
            "Laboratoire européen de recherche clinique",
            12,
            6_000_000,
            "pôles santé de la Métropole",
            "2018-01-31",
            pp[1],
        ),
    ]
    for org, meeting, met_at, sector, project, jobs, amount, visit, due, owner in studies:
        b.leads.append(
            {
                "organisation": org,
                "meetings": [meeting],
                "sector": sector,
                "project": project,
                "jobs_expected": jobs,
                "investment": {"amount": amount, "currency": "USD"},
                "owner": owner,
                "history": [
                    {
                        "stage": "contact",
                        "at": met_at,
                        "zone": MIAMI,
                        "by": "Provence Promotion",
                        "note": "Premier rendez-vous pendant la mission.",
                    },
                    {
                        "stage": "study",
                        "at": "2017-11-10T09:00",
                        "zone": MIAMI,
                        "by": "Provence Promotion",
                        "note": "L'entreprise décide d'étudier une implantation en Provence et "
                        "de la visiter d'ici trois mois.",
                    },
                ],
                "follow_ups": [
                    {
                        "description": f"Visite de site dans les trois mois : {visit}",
                        "meeting": meeting,
                        "owner": owner,
                        "due_date": due,
                    }
                ],
            }
        )

    # the rest of the week -------------------------------------------------------------------
    b.item(
        "opening",
        "reception",
        "Soirée d'ouverture des French Weeks",
        "French Weeks opening night",
        "2017-11-06T19:30",
        "2017-11-06T22:30",
        MIAMI,
        stop="miami",
        venue="pamm",
        dress_code="Tenue de soirée",
        staff_in_charge=protocol,
    )
    for n, day in enumerate(("2017-11-07", "2017-11-08"), start=1):
        b.item(
            f"cruise-visit-{n}",
            "visit",
            "Visite de compagnies de croisière",
            "Visit to cruise lines",
            f"{day}T10:00",
            f"{day}T12:00",
            MIAMI,
            stop="miami",
            venue="portmiami",
            audience="people",
            attendees=["jfsuhas", cruise_staff],
            private=True,
            notes_fr=("Atlantica Cruises" if n == 1 else "Coral Bay Cruise Line")
            + " : escales et têtes de ligne à Marseille.",
            notes_en=("Atlantica Cruises" if n == 1 else "Coral Bay Cruise Line")
            + ": calls and home-porting in Marseille.",
        )
    b.item(
        "euromed",
        "other",
        "Euroméditerranée : présentation aux investisseurs de Miami",
        "Euroméditerranée: presentation to Miami investors",
        "2017-11-07T16:00",
        "2017-11-07T17:30",
        MIAMI,
        stop="miami",
        venue="conference",
        audience="groups",
        groups=[official, business, partners],
        notes_fr="Présentation par Hugues Parant, directeur général d'Euroméditerranée.",
        notes_en="Presented by Hugues Parant, chief executive of Euroméditerranée.",
    )
    b.item(
        "portmiami-visit",
        "visit",
        "Visite de PortMiami",
        "Visit to PortMiami",
        "2017-11-08T09:30",
        "2017-11-08T12:00",
        MIAMI,
        stop="miami",
        venue="portmiami",
        audience="groups",
        groups=[official],
        attendees=[cruise_staff],
        notes_fr="Coopération entre le GPMM et PortMiami (accord de 2015).",
        notes_en="Cooperation between the Port of Marseille Fos and PortMiami (2015 agreement).",
        staff_in_charge=protocol,
    )
    b.item(
        "free-time",
        "free_time",
        "Temps libre ou rendez-vous individuels",
        "Free time or individual appointments",
        "2017-11-08T14:00",
        "2017-11-08T18:00",
        MIAMI,
        stop="miami",
    )
    b.item(
        "wynwood-visit",
        "visit",
        "Visite du quartier d'innovation de Wynwood",
        "Visit to the Wynwood innovation district",
        "2017-11-09T09:30",
        "2017-11-09T12:00",
        MIAMI,
        stop="miami",
        venue="wynwood",
        audience="groups",
        groups=[business, partners],
        staff_in_charge=miami_desk,
    )
    b.item(
        "closing-dinner",
        "meal",
        "Dîner de clôture de la délégation",
        "Delegation closing dinner",
        "2017-11-09T19:30",
        "2017-11-09T22:30",
        MIAMI,
        stop="miami",
        venue="miami-hotel",
        dress_code="Tenue de ville",
        staff_in_charge=protocol,
    )
    separately_back = [leaders[25], press_keys[5], "ccabauwoehrel"]
    b.item(
        "transfer-departure",
        "transfer",
        "Transfert hôtel – aéroport en autocar",
        "Coach transfer from the hotel to the airport",
        "2017-11-10T13:30",
        "2017-11-10T14:30",
        MIAMI,
        stop="miami",
        venue="miami-hotel",
        excluded=separately_back,
        staff_in_charge=logistics,
        notes_fr="Bagages dans le hall à 13 h ; chambres libérées avant midi.",
        notes_en="Luggage in the lobby at 1 pm; rooms vacated before noon.",
    )
    b.item(
        "flight-back",
        "flight",
        "Vol retour Miami – Marseille",
        "Return flight Miami – Marseille",
        "2017-11-10T16:55",
        "2017-11-11T09:40",
        MIAMI,
        end_zone=PARIS,
        venue="mia",
        excluded=separately_back,
        staff_in_charge=logistics,
        notes_fr="Correspondance à Paris-Charles-de-Gaulle ; arrivée à Marseille le samedi 11.",
        notes_en="Change planes at Paris-Charles-de-Gaulle; arrival in Marseille on Saturday 11.",
        flight={
            "carrier": "AF",
            "number": "7631",
            "from": "MIA",
            "to": "MRS",
            "passengers": b.passengers([g for g in guests if g not in separately_back], front),
        },
    )

    # agreements ---------------------------------------------------------------------------
    # PortMiami's signatory of 2015 (invented), not on the mission
    port_signatory = b.person(
        "rdelvalleortiz",
        "Ricardo",
        "Del Valle Ortiz",
        gender="m",
        org="portmiami",
        job="Port Director",
        language="en",
        nationality="US",
    )
    sister_title_fr = (
        "Accord de jumelage (« sister agreement ») entre la Métropole Aix-Marseille-Provence "
        "et le Comté de Miami-Dade"
    )
    sister_title_en = (
        "Sister agreement between the Aix-Marseille-Provence Metropolitan Area and Miami-Dade "
        "County"
    )
    sister_draft = (
        "PROJET – version de travail du 20 juin 2017\n\n"
        f"{sister_title_fr}\n\n"
        "Article 1 – Objet. Les parties établissent une relation officielle de jumelage "
        "(« sister agreement ») afin de développer leurs échanges.\n"
        "Article 2 – Domaines. Commerce, culture, développement économique et tourisme.\n"
        "Article 3 – Suivi. Un comité de suivi conjoint se réunit deux fois par an.\n"
        "Article 4 – Durée. L'accord prend effet à sa signature.\n"
    )
    sister_signed = minimal_pdf(
        "Sister Agreement - Accord de jumelage",
        [
            "Aix-Marseille-Provence Metropolitan Area - Miami-Dade County",
            "Métropole Aix-Marseille-Provence - Comté de Miami-Dade",
            "",
            "Signed at Miami-Dade County Hall, Miami, on November 6, 2017.",
            "Signé à Miami-Dade County Hall, Miami, le 6 novembre 2017.",
            "",
            "For the Metropolitan Area / Pour la Métropole :",
            "Jean-Claude Gaudin, Président ; Martine Vassal, Première vice-présidente",
            "For Miami-Dade County / Pour le Comté de Miami-Dade :",
            "Carmen Ibáñez-Rivera, County Commissioner",
            "",
            "[Copie numérisée de démonstration - demo scan of the signed original]",
        ],
    )
    b.agreements += [
        {
            "short": "amp-miami-dade-2017",
            "title_fr": sister_title_fr,
            "title_en": sister_title_en,
            "kind": "twinning",
            "of_mission": True,
            "parties": [
                {"organisation": "amp-metropole", "side": 1},
                {"organisation": "miami-dade", "side": 2},
            ],
            "signatories": [
                {
                    "person": "jcgaudin",
                    "organisation": "amp-metropole",
                    "capacity": "Président de la Métropole Aix-Marseille-Provence",
                },
                {
                    "person": "mvassal",
                    "organisation": "amp-metropole",
                    "capacity": "Première vice-présidente de la Métropole",
                },
                {
                    "person": md_signatory,
                    "organisation": "miami-dade",
                    "capacity": "County Commissioner, for Miami-Dade County",
                },
            ],
            "signing_item": "signing",
            "signing_date": "2017-11-06",
            "signing_place": "Miami-Dade County Hall, Miami",
            "effective_date": "2017-11-06",
            "domains": ["trade", "culture", "economic development", "tourism"],
            "notes": "Premier accord de coopération internationale de la Métropole ; premier "
            "jumelage de Miami-Dade avec une collectivité française.",
            "history": [
                {
                    "status": "draft",
                    "at": "2017-06-20T10:00",
                    "zone": PARIS,
                    "by": "Direction des relations internationales",
                    "note": "Projet de texte envoyé au Comté de Miami-Dade",
                },
                {
                    "status": "ready_for_signature",
                    "at": "2017-10-16T15:00",
                    "zone": PARIS,
                    "by": "Direction des relations internationales",
                    "note": "Texte arrêté par les deux parties",
                },
                {
                    "status": "signed",
                    "at": "2017-11-06T10:45",
                    "zone": MIAMI,
                    "by": "Protocole",
                    "note": "Signé à Miami-Dade County Hall",
                },
            ],
            "run_sheet": {
                "host_side": 2,
                "speeches": [
                    {
                        "person": md_signatory,
                        "topic": "Welcome on behalf of Miami-Dade County",
                        "minutes": 5,
                        "language": "en",
                    },
                    {
                        "person": "jcgaudin",
                        "topic": "Allocution du Président de la Métropole (interprétation "
                        "consécutive)",
                        "minutes": 8,
                        "language": "fr",
                    },
                    {
                        "person": "mvassal",
                        "topic": "Les programmes économiques et touristiques de l'accord",
                        "minutes": 5,
                        "language": "fr",
                    },
                    {
                        "speaker": "Maître de cérémonie du Comté",
                        "capacity": "Protocol Office, Miami-Dade County",
                        "topic": "Lecture de l'accord, appel des signataires",
                        "minutes": 4,
                        "language": "en",
                    },
                ],
                "copies": [
                    {"languages": ["en"], "count": 2, "note": "un original pour chaque partie"},
                    {"languages": ["fr"], "count": 2, "note": "un original pour chaque partie"},
                ],
                "gifts": "Après la signature : la Métropole offre au Comté une crèche de santons "
                "de Provence et un ouvrage sur Marseille-Provence ; le Comté remet un présent "
                "protocolaire à chacun des signataires. Cadeaux déposés sur la table de côté "
                "par le protocole à 9 h 45.",
                "press": "Photo officielle à la fin de la signature, les signataires debout "
                "derrière la table, originaux ouverts. Communiqué de presse commun diffusé à "
                "11 h 30, heure de Miami. Presse de la délégation et médias locaux accrédités ; "
                "courtes interviews du Président et de la Première vice-présidente à l'issue.",
                "notes": "Drapeaux : États-Unis et Comté côté Comté ; France, Union européenne "
                "et Métropole côté Métropole. Stylos et sous-mains fournis par le protocole de "
                "la Métropole ; parapheurs vérifiés à 9 h 45 (pages paraphées, onglets).",
                "at": "2017-11-03T18:00",
                "zone": PARIS,
            },
            "documents": [
                {
                    "name": "projet-accord-jumelage-amp-miami-dade-v1.txt",
                    "language": "fr",
                    "text": sister_draft,
                    "note": "Projet de texte envoyé au Comté de Miami-Dade",
                    "by": "Direction des relations internationales",
                    "at": "2017-06-20T10:30",
                    "zone": PARIS,
                },
                {
                    "name": "accord-jumelage-amp-miami-dade-signe.pdf",
                    "base64": base64_of(sister_signed),
                    "signed": True,
                    "note": "Original signé, numérisé après la cérémonie",
                    "by": "Protocole",
                    "at": "2017-11-06T14:00",
                    "zone": MIAMI,
                },
            ],
            "commitments": [
                {
                    "description": "Mettre en place un comité de suivi conjoint "
                    "(réunion semestrielle en visioconférence)",
                    "party": "amp-metropole",
                    "owner": miami_desk,
                    "due_date": "2018-03-31",
                    "status": "done",
                },
                {
                    "description": "Organiser à Marseille la visite d'une délégation du Comté "
                    "de Miami-Dade",
                    "party": "amp-metropole",
                    "owner": protocol,
                    "due_date": "2018-06-30",
                    "status": "open",
                },
                {
                    "description": "Accueillir une délégation d'entreprises de la Métropole "
                    "pendant les French Weeks 2018",
                    "party": "miami-dade",
                    "owner": md_signatory,
                    "due_date": "2018-11-15",
                    "status": "in_progress",
                },
            ],
        },
        {
            "short": "gpmm-portmiami-2015",
            "title_fr": "Accord de coopération entre le Grand Port Maritime de Marseille et "
            "PortMiami",
            "title_en": "Cooperation agreement between the Port of Marseille Fos and PortMiami",
            "kind": "cooperation",
            "of_mission": False,
            "parties": [
                {"organisation": "gpmm", "side": 1},
                {"organisation": "portmiami", "side": 2},
            ],
            "signatories": [
                {
                    "person": "ccabauwoehrel",
                    "organisation": "gpmm",
                    "capacity": "Directrice générale du Grand Port Maritime de Marseille",
                },
                {
                    "person": port_signatory,
                    "organisation": "portmiami",
                    "capacity": "Port Director, PortMiami",
                },
            ],
            "signing_date": "2015-06-15",
            "signing_place": "Miami",
            "effective_date": "2015-06-15",
            "end_date": "2020-06-14",
            "renewal_notice_days": 180,
            "domains": ["cruise", "port logistics", "smart port"],
            "notes": "Signé en 2015 (le jour exact est une donnée de démonstration).",
            "history": [
                {
                    "status": "signed",
                    "at": "2015-06-15T12:00",
                    "zone": MIAMI,
                    "by": "GPMM",
                    "note": "Accord signé en 2015",
                },
                {"status": "in_force", "at": "2015-06-15T12:00", "zone": MIAMI, "by": "GPMM"},
            ],
        },
    ]

    # a few days before departure: most passports and ESTAs on record, a few still awaited
    paperwork = random.Random(20171101)
    no_passport = [leaders[-1], press_keys[3], partner_keys[-2]]
    late = [k for k in [*leaders[20:], *press_keys, *partner_keys] if k not in no_passport]
    record_formalities(
        b,
        paperwork,
        Formalities("US", "esta", 2, esta_number, date(2016, 11, 21), date(2017, 10, 27)),
        trip_end=end,
        no_passport=no_passport,
        applied=paperwork.sample(late, 4),
        visas=visas,
    )
    emergency_contacts(
        b, paperwork, share=0.3, always=staff_keys, skip=[figure[0] for figure in figures]
    )

    mission = {
        "short": "miami-2017",
        "title_fr": "Mission économique à Miami – French Weeks 2017",
        "title_en": "Economic mission to Miami – French Weeks 2017",
        "start_date": "2017-11-05",
        "end_date": "2017-11-10",
        "home_zone": PARIS,
        "home_country": "FR",
        "organiser": "amp-metropole",
        "status": "done",
        "partner_event": "10es French Weeks Miami (Marseille ville partenaire)",
        "objectives": "Faire connaître le territoire Marseille Provence aux décideurs de "
        "Floride ; accompagner les entreprises à l'international ; attirer investisseurs et "
        "talents ; signer le jumelage avec le Comté de Miami-Dade.",
        "sectors": list(SECTORS),
        "stops": [
            {
                "key": "miami",
                "city": "Miami",
                "country": "US",
                "zone": MIAMI,
                "start_date": "2017-11-05",
                "end_date": "2017-11-10",
                "practical_info": "Urgences : 911. Consulat général de France à Miami. "
                "Monnaie : dollar américain (USD). Prises de type A/B, 120 V : prévoir un "
                "adaptateur. Pourboire usuel au restaurant : 18 à 20 %. " + DAY_NOTE_DST,
            }
        ],
    }
    return b.document(mission)


# --- Toronto then Montreal, 8-12 July 2019 -------------------------------------------------

TORONTO_COMPANIES = [
    ("transpare", "Transpare", DIGITAL),
    ("protecto", "Protecto", ENERGY),
    ("studio-belle-de-mai", "Studio Belle de Mai Animation", DIGITAL),
    ("phoceen-sound", "Phocéen Sound Design", DIGITAL),
    ("frioul-oceanographie", "Frioul Océanographie", MARITIME),
    ("estaque-vr", "Estaque Réalité Virtuelle", DIGITAL),
    ("pharo-podcasts", "Pharo Podcasts", DIGITAL),
    ("calanques-blue-tech", "Calanques Blue Tech", MARITIME),
    ("massalia-games", "Massalia Games", DIGITAL),
    ("planier-robotique-sous-marine", "Planier Robotique sous-marine", MARITIME),
    ("corniche-design", "Corniche Design Graphique", DIGITAL),
    ("riou-aquaculture", "Riou Aquaculture", MARITIME),
    ("la-friche-editions", "La Friche Éditions numériques", DIGITAL),
    ("port-de-bouc-nautisme", "Port-de-Bouc Nautisme électrique", MARITIME),
    ("cours-julien-musique", "Cours Julien Musique", DIGITAL),
    ("epave-du-grand-congloue", "Grand Congloué Archéologie sous-marine", MARITIME),
    ("vallon-des-auffes-films", "Vallon des Auffes Films", DIGITAL),
    ("pomegues-capteurs", "Pomègues Capteurs marins", MARITIME),
    ("longchamp-mode", "Longchamp Mode éthique", DIGITAL),
    ("joliette-cinema", "Joliette Cinéma immersif", DIGITAL),
]
FOUNDER_JOBS = [
    "Fondateur|Fondatrice",
    "Président|Présidente",
    "Cofondateur|Cofondatrice",
    "Gérant|Gérante",
]


def build_toronto(taken: set[str]) -> Json:
    b = Builder(2019, taken)
    end = date(2019, 7, 12)
    b.org("ville-marseille", "Ville de Marseille", "public_authority")
    b.org("ville-montreal", "Ville de Montréal", "public_authority", country="CA", city="Montréal")
    b.org("startupfest", "Startupfest", "other", sector=DIGITAL, country="CA", city="Montréal")
    for key, name, sector in TORONTO_COMPANIES:
        b.org(key, name, "company", sector=sector)
    b.org("ccimp", "CCI Marseille Provence", "chamber")
    b.org("provence-eco-hebdo", "Provence Éco Hebdo", "media")
    locals_ = [
        ("ontario-blue-economy", "Ontario Blue Economy Network", "association", MARITIME),
        ("harbourfront-creative", "Harbourfront Creative Lab", "company", DIGITAL),
        ("lakeshore-games", "Lakeshore Games Inc.", "company", DIGITAL),
        ("great-lakes-bluetech", "Great Lakes BlueTech", "company", MARITIME),
        ("queen-west-media", "Queen West Media Studio", "company", DIGITAL),
        ("toronto-music-tech", "Toronto Music & Tech Hub", "cluster", DIGITAL),
        ("mtl-ocean-data", "Océan Données Montréal", "company", MARITIME),
        ("plateau-animation", "Plateau Animation", "company", DIGITAL),
    ]
    for key, name, kind, sector in locals_:
        city = "Montréal" if key in ("mtl-ocean-data", "plateau-animation") else "Toronto"
        b.org(key, name, kind, sector=sector, country="CA", city=city)
    # Met in Miami in 2017 (the same record as in the Miami file), again in Toronto.
    b.org(
        "brickell-data",
        "Brickell Data Systems",
        "company",
        sector=DIGITAL,
        country="US",
        city="Miami",
    )
    shared_people(b)

    official = b.group("official", "Délégation officielle", "official")
    business = b.group("business", "Chefs d'entreprise", "business")
    staff = b.group("staff", "Équipe d'organisation", "staff")
    press = b.group("press", "Presse", "press")

    for key, given, family, gender, job in [
        (
            "dparakian",
            "Didier",
            "Parakian",
            "m",
            "Adjoint au maire de Marseille délégué à l'économie",
        ),
        (
            "dvlasto",
            "Dominique",
            "Vlasto",
            "f",
            "Adjointe au maire de Marseille déléguée au tourisme",
        ),
        ("rblum", "Roland", "Blum", "m", "Adjoint au maire de Marseille délégué aux finances"),
    ]:
        b.person(
            key, given, family, gender=gender, org="ville-marseille", job=job, nationality=None
        )
        USED_GLOBALLY.add((given, family))
        b.delegate(key, "elected_official", [official], capacity=job)
    b.person(
        "amessoudi",
        "Ali",
        "Messoudi",
        gender="m",
        org="transpare",
        job="Président",
        nationality=None,
    )
    b.person(
        "mamara",
        "Mourad",
        "Amara",
        gender="m",
        org="protecto",
        job="Fondateur et inventeur",
        nationality=None,
    )
    USED_GLOBALLY.update({("Ali", "Messoudi"), ("Mourad", "Amara")})

    b.delegate("smarchetti", "staff", [staff], contact_role="Coordinatrice de la délégation")
    staff_keys = ["smarchetti"]
    for org, job, contact_role, phone in [
        ("ville-marseille", "Responsable logistique", "Responsable logistique", "+33639980031"),
        (
            "ville-marseille",
            "Chargé de mission Amérique du Nord|Chargée de mission Amérique du Nord",
            "Correspondant au Canada|Correspondante au Canada",
            "+14165550147",
        ),
        ("ccimp", "Conseiller international|Conseillère internationale", None, None),
    ]:
        key = b.invented(
            org=org, job=job, domain=f"{org}.example", trip_end=end, passport_share=1.0
        )
        if phone:
            b.record(key)["phone"] = phone
        b.delegate(key, "staff", [staff], contact_role=b.form(contact_role, key))
        staff_keys.append(key)
    logistics, canada_desk, cci_staff = staff_keys[1:4]
    journalist = b.invented(
        org="provence-eco-hebdo",
        job="Journaliste",
        domain="provence-eco-hebdo.example",
        trip_end=end,
    )
    b.delegate(journalist, "press", [press])

    leaders = ["amessoudi", "mamara", "bdupont", "soconnor"]
    for key, _name, _sector in TORONTO_COMPANIES[2:]:
        if len(leaders) == 22:
            break
        leaders.append(
            b.invented(
                org=key,
                job=b.rng.choice(FOUNDER_JOBS),
                domain=f"{key}.example",
                international=0.1,
                trip_end=end,
            )
        )
    for key in leaders:
        b.delegate(key, "business_leader", [business])
    b.delegates[leaders[-1]]["status"] = "cancelled"
    assert len(b.delegation) == 30
    travelling = [d["person"] for d in b.delegation if d["status"] != "cancelled"]

    canadians = iter(CANADIAN_NAMES)

    def local(org: str, job: str, area: str) -> str:
        given, gender, family = next(canadians)
        key = b.short_for(given, family)
        return b.person(
            key,
            given,
            family,
            gender=gender,
            org=org,
            job=job,
            language="fr" if area == "514" else "en",
            email=f"{ascii_slug(given)}.{ascii_slug(family)}@{org}.example",
            phone=f"+1{area}555{b.rng.randrange(100, 200):04d}",
            nationality="CA",
        )

    b.venue(
        "mrs",
        "Aéroport Marseille Provence",
        address="13727 Marignane",
        city="Marignane",
        country="FR",
        zone=PARIS,
        latitude=43.4393,
        longitude=5.2214,
        iata_code="MRS",
    )
    b.venue(
        "yyz",
        "Toronto Pearson International Airport",
        address="6301 Silver Dart Drive, Mississauga, ON L5P 1B2",
        city="Toronto",
        country="CA",
        zone=TORONTO,
        latitude=43.6777,
        longitude=-79.6248,
        iata_code="YYZ",
    )
    b.venue(
        "toronto-hotel",
        "Hôtel King West",
        address="315 King Street West, Toronto, ON M5V 1J5",
        city="Toronto",
        country="CA",
        zone=TORONTO,
        phone="+14165550188",
        latitude=43.6465,
        longitude=-79.3891,
    )
    b.venue(
        "mars",
        "MaRS Discovery District",
        address="101 College Street, Toronto, ON",
        city="Toronto",
        country="CA",
        zone=TORONTO,
        latitude=43.6598,
        longitude=-79.3884,
    )
    b.venue(
        "union",
        "Union Station",
        address="65 Front Street West, Toronto, ON",
        city="Toronto",
        country="CA",
        zone=TORONTO,
        latitude=43.6453,
        longitude=-79.3806,
    )
    b.venue(
        "consulate-toronto",
        "Consulat général de France à Toronto",
        city="Toronto",
        country="CA",
        zone=TORONTO,
    )
    b.venue(
        "montreal-hotel",
        "Hôtel du Vieux-Port Saint-Paul",
        address="262 rue Saint-Paul Ouest, Montréal, QC",
        city="Montréal",
        country="CA",
        zone=TORONTO,
        phone="+15145550163",
        latitude=45.5016,
        longitude=-73.5566,
    )
    b.venue(
        "startupfest-site",
        "Startupfest 2019 (site du festival)",
        city="Montréal",
        country="CA",
        zone=TORONTO,
    )
    b.venue(
        "montreal-city-hall",
        "Hôtel de ville de Montréal",
        address="275 rue Notre-Dame Est, Montréal, QC",
        city="Montréal",
        country="CA",
        zone=TORONTO,
        latitude=45.5088,
        longitude=-73.5540,
    )
    b.venue(
        "yul",
        "Aéroport international Montréal-Trudeau",
        address="975 boulevard Roméo-Vachon Nord, Dorval, QC",
        city="Montréal",
        country="CA",
        zone=TORONTO,
        latitude=45.4706,
        longitude=-73.7408,
        iata_code="YUL",
    )

    twins = [(leaders[4], leaders[5]), (leaders[6], leaders[7]), (cci_staff, journalist)]
    in_twins = {p for pair in twins for p in pair}

    def room_list(first_floor: int) -> list[Json]:
        numbers = iter(
            f"{floor}{door:02d}" for floor in range(first_floor, 20) for door in range(1, 25)
        )
        rooms = [{"room": next(numbers), "type": "Twin", "guests": list(p)} for p in twins]
        rooms += [
            {"room": next(numbers), "type": "Single", "guests": [g]}
            for g in travelling
            if g not in in_twins
        ]
        return rooms

    b.hotels += [
        {
            "venue": "toronto-hotel",
            "stop": "toronto",
            "check_in": "2019-07-08",
            "check_out": "2019-07-10",
            "booking_reference": "KW-MRS-0708",
            "rooms": room_list(6),
        },
        {
            "venue": "montreal-hotel",
            "stop": "montreal",
            "check_in": "2019-07-10",
            "check_out": "2019-07-12",
            "booking_reference": "VPSP-19-221",
            "rooms": room_list(3),
        },
    ]

    front = b.in_group(official)
    b.item(
        "flight-out",
        "flight",
        "Vol aller Marseille – Toronto",
        "Outbound flight Marseille – Toronto",
        "2019-07-08T07:05",
        "2019-07-08T13:20",
        PARIS,
        end_zone=TORONTO,
        venue="mrs",
        staff_in_charge=logistics,
        audience="people",
        attendees=travelling,
        to_bring="Passeport valide et autorisation de voyage électronique (AVE)",
        notes_fr="Correspondance à Paris-Charles-de-Gaulle.",
        notes_en="Change planes at Paris-Charles-de-Gaulle.",
        flight={
            "carrier": "AF",
            "number": "7352",
            "from": "MRS",
            "to": "YYZ",
            "passengers": b.passengers(travelling, front),
        },
    )
    b.item(
        "transfer-arrival",
        "transfer",
        "Transfert aéroport – hôtel",
        "Airport to hotel transfer",
        "2019-07-08T14:00",
        "2019-07-08T15:00",
        TORONTO,
        stop="toronto",
        venue="yyz",
        staff_in_charge=logistics,
    )
    b.item(
        "market-briefing",
        "briefing",
        "Briefing : le marché canadien",
        "Briefing: the Canadian market",
        "2019-07-08T16:00",
        "2019-07-08T17:30",
        TORONTO,
        stop="toronto",
        venue="toronto-hotel",
        staff_in_charge=canada_desk,
    )
    b.item(
        "consulate-reception",
        "reception",
        "Réception au Consulat général de France",
        "Reception at the Consulate General of France",
        "2019-07-08T19:00",
        "2019-07-08T21:30",
        TORONTO,
        stop="toronto",
        venue="consulate-toronto",
        dress_code="Tenue de ville",
    )
    b.item(
        "networking-lunch",
        "meal",
        "Déjeuner de réseautage",
        "Networking lunch",
        "2019-07-09T12:30",
        "2019-07-09T14:00",
        TORONTO,
        stop="toronto",
        venue="mars",
    )
    org_names = {o["key"]: o["name"] for o in b.organisations}
    contacts = {
        "ontario-blue-economy": local("ontario-blue-economy", "Executive Director", "416"),
        "harbourfront-creative": local("harbourfront-creative", "Managing Director", "416"),
        "great-lakes-bluetech": local("great-lakes-bluetech", "Chief Executive Officer", "416"),
        "lakeshore-games": local("lakeshore-games", "Head of Partnerships", "416"),
        "mtl-ocean-data": local("mtl-ocean-data", "Présidente", "514"),
        "plateau-animation": local("plateau-animation", "Directeur du développement", "514"),
    }
    toronto_slots = [
        ("ontario-blue", "ontario-blue-economy", "09:00", "09:45", [leaders[4], leaders[9]]),
        ("harbourfront", "harbourfront-creative", "10:00", "10:45", [leaders[2], leaders[6]]),
        ("great-lakes", "great-lakes-bluetech", "11:00", "11:45", ["mamara", leaders[7]]),
        ("transpare-freight", "great-lakes-bluetech", "14:30", "15:15", ["amessoudi"]),
        ("lakeshore", "lakeshore-games", "15:30", "16:15", [leaders[8], "soconnor"]),
        ("queen-west", "queen-west-media", "16:30", "17:15", [leaders[10]]),
    ]
    for key, org, start, stop_time, delegates in toronto_slots:
        b.meeting(
            key,
            org,
            [cci_staff, *delegates],
            status="held",
            zone=TORONTO,
            stop="toronto",
            title_fr="Rendez-vous qualifié",
            title_en="Qualified appointment",
            purpose=f"Rendez-vous qualifié avec {org_names[org]}.",
            item=(
                f"2019-07-09T{start}",
                f"2019-07-09T{stop_time}",
                "mars",
                org_names[org],
                org_names[org],
            ),
            contact=contacts.get(org),
            languages=["en"],
            outcome="Rendez-vous tenu ; suite par courriel.",
        )
    b.meeting(
        "brickell-toronto",
        "brickell-data",
        [cci_staff],
        status="held",
        zone=TORONTO,
        stop="toronto",
        title_fr="Rendez-vous qualifié",
        title_en="Qualified appointment",
        purpose="Revoir Brickell Data Systems, rencontrée à Miami en 2017, à son bureau de "
        "Toronto.",
        item=(
            "2019-07-09T17:30",
            "2019-07-09T18:15",
            "mars",
            "Brickell Data Systems",
            "Brickell Data Systems",
        ),
        languages=["en"],
        outcome="Le projet de centre de données à Marseille reste à l'étude ; nouvelle visite "
        "envisagée.",
    )
    # Requests still to schedule in the B2B morning at MaRS (delegation-cli meetings schedule):
    # three tables of 20-minute slots, one interpreter, a hub that only meets after 10:00, and a
    # studio visited at its premises.
    b.venue(
        "harbourfront-studio",
        "Harbourfront Creative Lab (studio)",
        address="235 Queens Quay West, Toronto, ON",
        city="Toronto",
        country="CA",
        zone=TORONTO,
        latitude=43.6389,
        longitude=-79.3817,
    )
    b.b2b_sessions.append(
        {
            "venue": "mars",
            "start": "2019-07-09T09:00",
            "end": "2019-07-09T12:20",
            "zone": TORONTO,
            "slot_minutes": 20,
            "tables": 3,
            "interpreters": 1,
            "travel_minutes": 30,
        }
    )
    b.availability.append(
        {
            "organisation": "toronto-music-tech",
            "start": "2019-07-09T10:00",
            "end": "2019-07-09T12:20",
            "zone": TORONTO,
        }
    )
    requests = [
        (
            "music-ocelik",
            "toronto-music-tech",
            ["ocelik"],
            1,
            "Présenter Phocéen Sound au hub et chercher un studio partenaire.",
        ),
        (
            "music-lmegret",
            "toronto-music-tech",
            ["lmegret"],
            2,
            "Échanger sur la diffusion des concerts en ligne.",
        ),
        (
            "queen-gtardieu",
            "queen-west-media",
            ["gtardieu"],
            2,
            "Coproduire des podcasts bilingues.",
        ),
        (
            "lakeshore-kfabre",
            "lakeshore-games",
            ["kfabre"],
            1,
            "Co-développement d'un jeu mobile ; accès au marché canadien.",
        ),
        (
            "lakeshore-zgarnier",
            "lakeshore-games",
            ["zgarnier"],
            2,
            "Démonstration de réalité virtuelle pour l'édition de jeux.",
        ),
        (
            "bluetech-soconnor",
            "great-lakes-bluetech",
            ["soconnor"],
            2,
            "Données portuaires : pilote commun.",
        ),
        (
            "bluetech-rmercier",
            "great-lakes-bluetech",
            ["rmercier"],
            1,
            "Robots sous-marins pour l'inspection des quais.",
        ),
        (
            "blue-jcremieux",
            "ontario-blue-economy",
            ["jcremieux"],
            2,
            "Entrer dans le réseau des Grands Lacs.",
        ),
        (
            "blue-ocean",
            "ontario-blue-economy",
            ["srossilemaitre2", "rmercier"],
            3,
            "Océanographie et robotique : présentation croisée.",
        ),
        (
            "harbourfront-colive",
            "harbourfront-creative",
            ["colive"],
            2,
            "Visite du studio ; design d'espaces culturels.",
        ),
        (
            "harbourfront-jmarchand",
            "harbourfront-creative",
            ["jmarchand"],
            2,
            "Tournages au bord du lac : repérages et coproduction.",
        ),
        (
            "queen-nberard",
            "queen-west-media",
            ["nberard"],
            3,
            "Édition numérique : distribution au Canada anglais.",
        ),
        (
            "bluetech-ybenhamou",
            "great-lakes-bluetech",
            ["ybenhamou"],
            3,
            "Capteurs pour la qualité de l'eau ; avec interprète.",
        ),
        (
            "blue-ggarnier2",
            "ontario-blue-economy",
            ["ggarnier2"],
            2,
            "Nautisme de plaisance sur les Grands Lacs ; avec interprète.",
        ),
        (
            "queen-hbouchard",
            "queen-west-media",
            ["hbouchard"],
            2,
            "Mode et vidéo : tournage d'une collection à Toronto.",
        ),
    ]
    for key, org, delegates, priority, purpose in requests:
        interpreter = "interprète" in purpose
        b.meeting(
            f"b2b-{key}",
            org,
            delegates,
            status="requested",
            zone=TORONTO,
            stop="toronto",
            purpose=purpose,
            priority=priority,
            languages=["fr", "en"] if interpreter else ["en"],
            interpreter_needed=interpreter or None,
            premises="harbourfront-studio" if org == "harbourfront-creative" else None,
        )
    b.item(
        "train",
        "train",
        "Train Toronto – Montréal (VIA Rail)",
        "Train Toronto – Montreal (VIA Rail)",
        "2019-07-10T06:40",
        "2019-07-10T11:59",
        TORONTO,
        stop="toronto",
        venue="union",
        staff_in_charge=logistics,
        notes_fr="Départ de Union Station ; voiture 3, places réservées.",
        notes_en="Departs from Union Station; car 3, seats reserved.",
    )
    for n, (day, start, stop_time) in enumerate(
        [
            ("2019-07-10", "13:30", "18:30"),
            ("2019-07-11", "09:30", "18:00"),
            ("2019-07-12", "09:30", "16:00"),
        ],
        start=1,
    ):
        b.item(
            f"startupfest-{n}",
            "visit",
            f"Startupfest (9e édition), jour {n}",
            f"Startupfest (9th edition), day {n}",
            f"{day}T{start}",
            f"{day}T{stop_time}",
            TORONTO,
            stop="montreal",
            venue="startupfest-site",
            notes_fr="Première délégation provençale au festival (8 000 participants).",
            notes_en="First delegation from Provence at the festival (8,000 participants).",
        )
    b.item(
        "pitch",
        "workshop",
        "Atelier : Marseille, hub numérique et maritime de la Méditerranée",
        "Workshop: Marseille, the Mediterranean's digital and maritime hub",
        "2019-07-11T11:00",
        "2019-07-11T12:00",
        TORONTO,
        stop="montreal",
        venue="startupfest-site",
        audience="people",
        attendees=["dparakian"],
    )
    b.workshops.append(
        {
            "item": "pitch",
            "theme": "Économie bleue et industries créatives",
            "sector": DIGITAL,
            "summary_fr": "Des entreprises marseillaises présentent leurs solutions aux "
            "investisseurs et aux jeunes pousses du festival.",
            "summary_en": "Companies from Marseille present their solutions to the festival's "
            "investors and start-ups.",
            "room": "Scène Méditerranée",
            "capacity": 120,
            "moderator": "dparakian",
            "speakers": [
                {"person": "amessoudi", "topic": "Numériser le transport international"},
                {"person": "mamara", "topic": "Une housse intelligente contre les fuites d'eau"},
            ],
            "registered": [k for k in leaders[2:12] if k in travelling],
        }
    )
    b.meeting(
        "ocean-data",
        "mtl-ocean-data",
        [cci_staff, leaders[4], leaders[11]],
        status="held",
        zone=TORONTO,
        stop="montreal",
        purpose="Données océanographiques partagées.",
        item=(
            "2019-07-11T14:00",
            "2019-07-11T14:45",
            "startupfest-site",
            org_names["mtl-ocean-data"],
            org_names["mtl-ocean-data"],
        ),
        contact=contacts["mtl-ocean-data"],
        languages=["fr"],
        outcome="Projet de démonstrateur commun à Marseille.",
    )
    b.meeting(
        "plateau",
        "plateau-animation",
        [cci_staff, leaders[2]],
        status="proposed",
        zone=TORONTO,
        stop="montreal",
        purpose="Coproduction d'animation franco-québécoise.",
        item=(
            "2019-07-12T10:00",
            "2019-07-12T10:45",
            "startupfest-site",
            org_names["plateau-animation"],
            org_names["plateau-animation"],
        ),
        contact=contacts["plateau-animation"],
        languages=["fr"],
    )
    b.item(
        "city-hall",
        "meeting",
        "Hôtel de ville de Montréal : accord de coopération Montréal – Marseille",
        "Montreal City Hall: Montreal – Marseille cooperation agreement",
        "2019-07-11T15:30",
        "2019-07-11T17:00",
        TORONTO,
        stop="montreal",
        venue="montreal-city-hall",
        audience="groups",
        groups=[official, press],
        attendees=["smarchetti"],
        dress_code="Costume sombre",
    )
    b.item(
        "transfer-departure",
        "transfer",
        "Transfert hôtel – aéroport",
        "Hotel to airport transfer",
        "2019-07-12T16:30",
        "2019-07-12T17:30",
        TORONTO,
        stop="montreal",
        venue="montreal-hotel",
        staff_in_charge=logistics,
    )
    b.item(
        "flight-back",
        "flight",
        "Vol retour Montréal – Marseille",
        "Return flight Montreal – Marseille",
        "2019-07-12T19:45",
        "2019-07-13T11:50",
        TORONTO,
        end_zone=PARIS,
        venue="yul",
        staff_in_charge=logistics,
        audience="people",
        attendees=travelling,
        notes_fr="Correspondance à Paris-Charles-de-Gaulle ; arrivée à Marseille le samedi 13.",
        notes_en="Change planes at Paris-Charles-de-Gaulle; arrival in Marseille on Saturday 13.",
        flight={
            "carrier": "AF",
            "number": "7353",
            "from": "YUL",
            "to": "MRS",
            "passengers": b.passengers(travelling, front),
        },
    )
    b.leads.append(
        {
            "organisation": "great-lakes-bluetech",
            "meetings": ["great-lakes"],
            "sector": MARITIME,
            "project": "Bureau européen de capteurs pour la qualité de l'eau",
            "jobs_expected": 8,
            "investment": {"amount": 1_500_000, "currency": "CAD"},
            "owner": cci_staff,
            "history": [
                {
                    "stage": "contact",
                    "at": "2019-07-09T11:45",
                    "zone": TORONTO,
                    "by": "CCI Aix-Marseille-Provence",
                    "note": "Rendez-vous qualifié à Toronto.",
                },
                {
                    "stage": "study",
                    "at": "2019-07-12T10:00",
                    "zone": TORONTO,
                    "by": "CCI Aix-Marseille-Provence",
                    "note": "Étude d'un bureau européen à Marseille.",
                },
            ],
            "follow_ups": [
                {
                    "description": "Visite à Marseille",
                    "meeting": "great-lakes",
                    "owner": cci_staff,
                    "due_date": "2019-10-15",
                }
            ],
        }
    )
    # A lead of the Miami mission, met again in Toronto: leads live on after their mission.
    b.lead_links.append(
        {
            "mission": "miami-2017",
            "organisation": "brickell-data",
            "meeting": "brickell-toronto",
            "follow_ups": [
                {
                    "description": "Relancer l'étude du centre de données à Marseille",
                    "meeting": "brickell-toronto",
                    "owner": cci_staff,
                    "due_date": "2019-09-30",
                }
            ],
        }
    )
    b.agreements.append(
        {
            "short": "montreal-marseille-2019",
            "title_fr": "Accord de coopération entre la Ville de Montréal et la Ville de Marseille",
            "title_en": "Cooperation agreement between the City of Montreal and the City of "
            "Marseille",
            "kind": "cooperation",
            "of_mission": True,
            "parties": [
                {"organisation": "ville-marseille", "side": 1},
                {"organisation": "ville-montreal", "side": 2},
            ],
            "domains": ["economic development", "innovation", "culture", "tourism"],
            "history": [
                {
                    "status": "draft",
                    "at": "2019-05-14T11:00",
                    "zone": PARIS,
                    "by": "Action internationale",
                    "note": "Premier projet de texte",
                },
                {
                    "status": "negotiating",
                    "at": "2019-07-11T17:00",
                    "zone": TORONTO,
                    "by": "Action internationale",
                    "note": "Discussions à l'hôtel de ville de Montréal",
                },
            ],
            "documents": [
                {
                    "name": "projet-accord-cooperation-montreal-marseille-v1.txt",
                    "language": "fr",
                    "text": "PROJET – premier projet de texte, 14 mai 2019\n\n"
                    "Accord de coopération entre la Ville de Montréal et la Ville de Marseille"
                    "\n\nArticle 1 – Objet. Développer les échanges entre les deux villes "
                    "francophones.\nArticle 2 – Domaines. Développement économique, "
                    "innovation, culture et tourisme.\n",
                    "note": "Premier projet, à discuter à l'hôtel de ville de Montréal",
                    "by": "Action internationale",
                    "at": "2019-05-14T11:30",
                    "zone": PARIS,
                }
            ],
        }
    )
    # passports and eTAs on record a few days before departure; a Turkish founder has a visa
    paperwork = random.Random(20190703)
    ocelik = leaders[5]
    assert ocelik == "ocelik", ocelik
    b.update_person(ocelik, birth_date="1986-10-02", passport=passport_record(paperwork, "TR", end))
    record_formalities(
        b,
        paperwork,
        Formalities("CA", "eta", 5, eta_number, date(2016, 11, 10), date(2019, 6, 28)),
        trip_end=end,
        no_passport=[leaders[14], leaders[16]],
        not_applied=[leaders[15]],
        applied=[leaders[11]],
        visas={ocelik: b.record(ocelik)["passport"]["expiry"]},  # as long as his passport
    )
    emergency_contacts(
        b,
        paperwork,
        share=0.4,
        always=staff_keys,
        skip=["dparakian", "dvlasto", "rblum", "amessoudi", "mamara"],
    )
    mission = {
        "short": "toronto-montreal-2019",
        "title_fr": "Mission économique Toronto – Montréal 2019",
        "title_en": "Economic mission to Toronto and Montreal 2019",
        "start_date": "2019-07-08",
        "end_date": "2019-07-12",
        "home_zone": PARIS,
        "home_country": "FR",
        "organiser": "ville-marseille",
        "status": "done",
        "partner_event": "Startupfest 2019 (9e édition), Montréal",
        "objectives": "Rendez-vous qualifiés à Toronto pour 30 entreprises des industries "
        "culturelles et créatives et de l'économie bleue ; présence au Startupfest de "
        "Montréal ; avancer l'accord de coopération Montréal – Marseille.",
        "sectors": [DIGITAL, MARITIME],
        "stops": [
            {
                "key": "toronto",
                "city": "Toronto",
                "country": "CA",
                "zone": TORONTO,
                "start_date": "2019-07-08",
                "end_date": "2019-07-09",
                "practical_info": "Urgences : 911. Monnaie : dollar canadien (CAD). Prises de "
                "type A/B, 120 V. Pourboire : 15 à 20 %. Paris a 6 h d'avance.",
            },
            {
                "key": "montreal",
                "city": "Montréal",
                "country": "CA",
                "zone": TORONTO,
                "start_date": "2019-07-10",
                "end_date": "2019-07-12",
                "practical_info": "Urgences : 911. Ville francophone ; même fuseau que Toronto. "
                "Monnaie : dollar canadien (CAD). Pourboire : 15 à 20 %.",
            },
        ],
    }
    return b.document(mission)


def render(document: Json) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def documents() -> Iterator[tuple[str, str]]:
    USED_GLOBALLY.clear()
    taken: set[str] = set()
    yield MIAMI_FILE, render(build_miami(taken))
    yield TORONTO_FILE, render(build_toronto(taken))


def main(argv: Sequence[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, text in documents():
        path = DEMO_DIR / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"not what tools/make_demo_data.py writes: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
