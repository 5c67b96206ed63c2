"""The whole delegation's programme: every item, day by day, with who attends it.

One document for the coordinators and the delegation alike: local times (home time beside them
when it differs), the place, and who attends, the way the programme was set up ("Whole
delegation", "Official party, Business leaders and Jean Dupont", five named delegates), with
the number attending. Private items are left out unless asked for, and the document says how
many it leaves out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, Paragraph, Table, TableStyle

from delegation_app.printing.document import (
    CONTENT,
    DelegationDocument,
    OutlineEntry,
    RunningLabel,
    mark,
    page_size_of,
    write_pdf_atomically,
)
from delegation_app.printing.labels import Wording, zone_abbreviation
from delegation_app.printing.paragraphs import paragraph
from delegation_app.printing.styles import RULE
from delegation_app.printing.text import clean, join, join_markup, markup, tag
from delegation_app.services.agenda import AgendaEntry
from delegation_app.services.papers import Attendance, DelegationProgramme


def render_delegation_programme(
    programme: DelegationProgramme,
    path: Path,
    *,
    language: str,
    page_size: str = "A4",
    for_whom: str | None = None,
) -> Path:
    """Print the whole programme to ``path``; the file appears only once complete.

    ``for_whom``: the group or people whose items only the programme lists (said on top)."""
    words = Wording(language)
    page_size_of(page_size)
    title = clean(programme.mission.title(language))

    def header_label(labels: Sequence[RunningLabel]) -> str:
        days = [label for label in labels if isinstance(label, date)]
        return words.day_range(days[0], days[-1]) if days else ""

    def build(target: Path) -> None:
        document = DelegationDocument(
            target,
            page_size=page_size,
            title=f"{title} — {words('delegation_programme')}",
            running_title=f"{title} — {words('delegation_programme')}",
            footer_note=programme.mission.organiser or "",
            page_label=lambda page, total: words("page", page=page, total=total),
            header_label=header_label,
            language=language,
            subject=words("delegation_programme"),
            author=programme.mission.organiser or "",
        )
        document.build_story(_story(programme, document, words, for_whom))

    return write_pdf_atomically(Path(path), build)


def _story(
    programme: DelegationProgramme,
    document: DelegationDocument,
    words: Wording,
    for_whom: str | None = None,
) -> list[Flowable]:
    styles = document.styles
    language = words.language
    mission = programme.mission
    home = words.zone_city(mission.home_zone)

    def para(text: str, style: str) -> Paragraph:
        return paragraph(text, styles[style])

    story: list[Flowable] = [
        para(markup(words("delegation_programme").upper()), "kicker"),
        para(markup(mission.title(language)), "title"),
        para(
            join_markup(
                [
                    markup(words.date_range(mission.start_date, mission.end_date)),
                    markup(words.count("delegates", programme.delegates)),
                ]
            ),
            "subtitle",
        ),
        para(
            markup(
                words("delegation_programme_for", who=for_whom)
                if for_whom
                else words("delegation_programme_intro")
            ),
            "body",
        ),
        NextPageTemplate(CONTENT),
    ]
    if programme.private_left_out:
        story.append(
            para(
                tag("i", markup(words.count("private_left_out", programme.private_left_out))),
                "note",
            )
        )
    time_width = document.width * (0.2 if language == "en" else 0.17)
    who_width = document.width * 0.3
    what_width = document.width - time_width - who_width
    days: dict[date, list[tuple[AgendaEntry, Attendance]]] = {}
    for line in programme.lines:
        days.setdefault(line.entry.day, []).append((line.entry, line.attendance))
    for day, entries in sorted(days.items()):
        heading = words.day_heading(day)
        cities = list(dict.fromkeys(e.city for e, _ in entries if e.city))
        if cities:
            heading = f"{heading} — {' · '.join(clean(c) for c in cities)}"
        story.append(
            mark(
                para(markup(heading), "day"),
                running_label=day,
                outline=OutlineEntry(key=f"day-{day.isoformat()}", title=heading, level=0),
            )
        )
        for position, (entry, attendance) in enumerate(entries):
            times = markup(words.time(entry.start))
            if entry.end > entry.start:
                times += f" – {markup(words.time(entry.end))}"
            if entry.start_zone != entry.end_zone:
                times = (
                    f"{markup(words.time(entry.start))} {markup(zone_abbreviation(entry.start))}"
                    f"<br/>→ {markup(words.time(entry.end))} {markup(zone_abbreviation(entry.end))}"
                )
            home_start = entry.start_at_home
            home_text = ""
            if home_start.utcoffset() != entry.start.utcoffset():
                home_text = markup(words("home_time", time=words.time(home_start), home=home))
            what = join_markup(
                [
                    f"{markup(words.kind(entry.kind.value).upper())}",
                    tag("b", markup(entry.title(language))),
                    markup(join([entry.venue, entry.city], ", ")),
                ],
                "<br/>",
            )
            many = len(attendance.people) + len(attendance.excluded) > 8
            # One table per entry: a day's heading stays with its first entry only, and a
            # long day flows on from page to page.
            table = Table(
                [
                    [
                        [para(times, "cell_bold"), para(home_text, "time_small")],
                        para(what, "cell"),
                        para(_who(attendance, words), "cell_small" if many else "cell"),
                    ]
                ],
                colWidths=[time_width, what_width, who_width],
                splitInRow=1,
            )
            commands: list[tuple[object, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
            if position:
                commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE))
            table.setStyle(TableStyle(commands))
            story.append(table)
    return story


def _who(attendance: Attendance, words: Wording) -> str:
    """ "Whole delegation except A and B", "Official party and C", "A, B and C"; then the count."""
    if attendance.everyone:
        who = tag("b", markup(words("everyone")))
    elif attendance.groups:
        who = tag("b", markup(words.names(attendance.groups)))
        if attendance.people:
            who += " " + markup(words("and_people", names=words.names(attendance.people)))
    else:
        who = markup(words.names(attendance.people)) if attendance.people else "—"
    if attendance.excluded:
        who += " " + markup(words("except", names=words.names(attendance.excluded)))
    count = markup(words.count("attending", attendance.count))
    return f'{who}<br/><font color="#5B6670">{count}</font>'
