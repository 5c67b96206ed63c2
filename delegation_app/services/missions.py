"""Missions and their stops: create, edit, list, find by id or short name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services import preferences
from delegation_app.services.validation import (
    check_country,
    check_date_range,
    check_short,
    check_zone,
    is_id,
    list_item,
    optional_text,
    require_text,
    slugify,
    typed_ref,
)
from delegation_app.services.views import MissionView as MissionView
from delegation_app.services.views import StopView as StopView
from delegation_app.services.views import is_upcoming as is_upcoming
from delegation_app.services.views import mission_order
from delegation_app.storage.models import Mission, MissionStatus, Organisation, Participant, Stop


@dataclass(frozen=True)
class StopInput:
    city: str
    country: str
    zone: str
    start_date: date | None = None
    end_date: date | None = None
    practical_info: str | None = None

    @classmethod
    def parse(cls, text: str) -> StopInput:
        """Read the CLI form ``City|Country|Zone[|start|end]`` (dates as YYYY-MM-DD)."""
        parts = [p.strip() for p in text.split("|")]
        if len(parts) not in (3, 5):
            raise ValidationError(
                "stop",
                say(
                    "'{text}' must read City|Country|Zone or City|Country|Zone|start|end",
                    text=text,
                ),
            )
        start = end = None
        if len(parts) == 5:
            start, end = _parse_iso("stop start", parts[3]), _parse_iso("stop end", parts[4])
        return cls(city=parts[0], country=parts[1], zone=parts[2], start_date=start, end_date=end)


def _parse_iso(field: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(
            field, say("'{text}' is not a date as YYYY-MM-DD", text=text)
        ) from exc


def _stop_view(stop: Stop) -> StopView:
    return StopView(
        id=stop.id,
        position=stop.position,
        city=stop.city,
        country=stop.country,
        zone=stop.zone,
        start_date=stop.start_date,
        end_date=stop.end_date,
        practical_info=stop.practical_info,
    )


def _view(mission: Mission, participant_count: int) -> MissionView:
    return MissionView(
        id=mission.id,
        short=mission.short,
        title_fr=mission.title_fr,
        title_en=mission.title_en,
        start_date=mission.start_date,
        end_date=mission.end_date,
        status=mission.status,
        home_zone=mission.home_zone,
        home_country=mission.home_country,
        partner_event=mission.partner_event,
        organiser=mission.organiser.name if mission.organiser else None,
        objectives=mission.objectives,
        sectors=tuple(s for s in (mission.sectors or "").split(";") if s),
        stops=tuple(_stop_view(s) for s in mission.stops),
        participant_count=participant_count,
    )


def _checked_stops(stops: Sequence[StopInput], start_date: date, end_date: date) -> list[Stop]:
    if not stops:
        raise ValidationError("stops", say("a mission needs at least one stop (a city)"))
    result = []
    for position, stop in enumerate(stops):
        field = f"stop {position + 1}"
        stop_start = stop.start_date or start_date
        stop_end = stop.end_date or end_date
        check_date_range(f"{field} start", stop_start, f"{field} end", stop_end)
        if stop_start < start_date or stop_end > end_date:
            raise ValidationError(
                field,
                say(
                    "{start}..{end} is outside the mission's dates", start=stop_start, end=stop_end
                ),
            )
        country = check_country(f"{field} country", stop.country)
        if country is None:
            raise ValidationError(f"{field} country", say("must not be empty"))
        result.append(
            Stop(
                position=position,
                city=require_text(f"{field} city", stop.city, max_length=120),
                country=country,
                zone=check_zone(f"{field} zone", stop.zone),
                start_date=stop_start,
                end_date=stop_end,
                practical_info=optional_text(
                    f"{field} practical info", stop.practical_info, max_length=10_000
                ),
            )
        )
    return result


def create_mission(
    session: Session,
    *,
    title_fr: str,
    start_date: date,
    end_date: date,
    stops: Sequence[StopInput],
    title_en: str | None = None,
    short: str | None = None,
    home_zone: str | None = None,
    home_country: str = "FR",
    status: MissionStatus = MissionStatus.PLANNED,
    partner_event: str | None = None,
    objectives: str | None = None,
    sectors: Sequence[str] = (),
    organiser_id: int | None = None,
) -> MissionView:
    title_fr = require_text("title", title_fr)
    title_en = require_text("English title", title_en) if title_en else title_fr
    if short:
        short = check_short("short name", short)
    else:
        short = slugify(title_fr)
        if short.isdigit():  # "2019" would read as an id on the command line
            short = f"mission-{short}"
    check_date_range("start date", start_date, "end date", end_date)
    if session.scalar(select(Mission.id).where(Mission.short == short)) is not None:
        raise Conflict(say("a mission named '{short}' already exists", short=short))
    country = check_country("home country", home_country)
    if organiser_id is not None and session.get(Organisation, organiser_id) is None:
        raise NotFound(
            say("no organisation with id {organisation_id}", organisation_id=organiser_id)
        )
    mission = Mission(
        short=short,
        title_fr=title_fr,
        title_en=title_en,
        start_date=start_date,
        end_date=end_date,
        # Unless given, the home time zone chosen in the preferences (Europe/Paris by default).
        home_zone=check_zone("home zone", home_zone or preferences.home_zone(session)),
        home_country=country or "FR",
        status=status,
        partner_event=optional_text("partner event", partner_event),
        objectives=optional_text("objectives", objectives, max_length=10_000),
        sectors=";".join(list_item("sector", s) for s in sectors) or None,
        stops=_checked_stops(stops, start_date, end_date),
        organiser_id=organiser_id,
    )
    session.add(mission)
    session.flush()
    session.refresh(mission, ["organiser"])
    return _view(mission, 0)


def update_mission(
    session: Session,
    mission_id: int,
    *,
    title_fr: str | None = None,
    title_en: str | None = None,
    start_date: date | None = None,
    end_date: date | None = None,
    status: MissionStatus | None = None,
) -> MissionView:
    mission = _get(session, mission_id)
    if title_fr is not None:
        mission.title_fr = require_text("title", title_fr)
    if title_en is not None:
        mission.title_en = require_text("English title", title_en)
    new_start = start_date or mission.start_date
    new_end = end_date or mission.end_date
    check_date_range("start date", new_start, "end date", new_end)
    for stop in mission.stops:
        if stop.start_date < new_start or stop.end_date > new_end:
            raise ValidationError(
                "dates",
                say(
                    "the stop in {city} ({start}..{end}) would fall outside the mission",
                    city=stop.city,
                    start=stop.start_date,
                    end=stop.end_date,
                ),
            )
    mission.start_date, mission.end_date = new_start, new_end
    if status is not None:
        mission.status = status
    session.flush()
    return get_mission(session, str(mission.id))


def _get(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    return mission


def resolve_mission_id(session: Session, ref: str) -> int:
    """A mission named by id (``3``) or short name (``miami-2017``)."""
    ref = typed_ref(ref)
    column = Mission.id if is_id(ref) else Mission.short
    value: int | str = int(ref) if is_id(ref) else ref
    mission_id = session.scalar(select(Mission.id).where(column == value))
    if mission_id is None:
        raise NotFound(
            say("no mission '{ref}' (give its id or short name, see 'missions list')", ref=ref)
        )
    return mission_id


def get_mission(session: Session, ref: str) -> MissionView:
    mission_id = resolve_mission_id(session, ref)
    views = _load_views(session, [mission_id])
    return views[0]


def list_missions(
    session: Session, *, include_archived: bool = True, today: date | None = None
) -> list[MissionView]:
    """Every mission: those not over yet first, the soonest first (one under way leads), then
    those over, the most recent first. ``today`` for tests (default: the computer's date)."""
    query = select(Mission.id)
    if not include_archived:
        query = query.where(Mission.status != MissionStatus.ARCHIVED)
    views = _load_views(session, list(session.scalars(query)))
    views.sort(key=lambda view: mission_order(view, today or date.today()))
    return views


def _load_views(session: Session, ids: list[int]) -> list[MissionView]:
    if not ids:
        return []
    # Two queries whatever the number of missions: missions with stops, then head counts.
    missions = {
        m.id: m
        for m in session.scalars(
            select(Mission)
            .where(Mission.id.in_(ids))
            .options(selectinload(Mission.stops), selectinload(Mission.organiser))
        )
    }
    counts: dict[int, int] = {
        mission_id: count
        for mission_id, count in session.execute(
            select(Participant.mission_id, func.count())
            .where(Participant.mission_id.in_(ids))
            .group_by(Participant.mission_id)
        )
    }
    return [_view(missions[i], counts.get(i, 0)) for i in ids]
