"""The words of the pre-departure checks, in French and English.

Every sentence is a whole template with named placeholders, one per language: nothing is
assembled from translated fragments. Where a word agrees with another (a French adjective with
the gender of an authorisation, a verb with a count), the template has variants: ``key.m`` and
``key.f``, ``key.one`` and ``key.other`` (CLDR plural categories, so "0 nuit" in French); a
language without the distinction repeats the same text.

What fills a placeholder comes ready for its place in the sentence: French country names with
their article and preposition ("aux États-Unis", "au Canada", "en Israël", "pour Kiribati" when
the grammar of a name is not known), dates with the day and month in full ("mardi 7 novembre
2017", "1er"), item titles in « guillemets ». French typography (a no-break space before « : ; ?
! » and inside guillemets) is applied to the templates, never to the coordinators' own text.

Dates, lists and plural rules come from Babel (CLDR); only the grammar of French country names,
which CLDR does not hold, is a table of ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from string import Formatter

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from delegation_app.errors import ValidationError
from delegation_app.messages import in_language, say

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "en"

NBSP = "\u00a0"

# --- the sentences ----------------------------------------------------------------------------

_EN: dict[str, str] = {
    # Shared phrases.
    "assumed": " (no nationality on record: taken as {nationality})",
    "span.one": "{first}",
    "span.other": "{first} to {last}",
    "slot.plain": "{item} ({times})",
    "slot.venue": "{item} at {venue} ({times})",
    "delegates.named": "{count} delegates ({names} and {others} others)",
    "subject.item_day": "{item}, {day}",
    "severity.error": "error",
    "severity.warning": "warning",
    "summary.errors.one": "{count} error",
    "summary.errors.other": "{count} errors",
    "summary.warnings.one": "{count} warning",
    "summary.warnings.other": "{count} warnings",
    "summary": "{errors}, {warnings}",
    "what_to_do": "What to do:",
    # Passports.
    "passport.missing.message": "{name} has no passport on record.",
    "passport.missing.advice": (
        "Ask for a copy of the passport and record its issuing country and expiry date."
    ),
    "passport.no_expiry.message": "{name}'s passport has no expiry date on record.",
    "passport.no_expiry.advice": "Record the expiry date so that its validity can be checked.",
    "passport.expired.message.future": (
        "{name}'s passport expires on {expiry}, before the return on {return_day}."
    ),
    "passport.expired.message.past": (
        "{name}'s passport expired on {expiry}, before the return on {return_day}."
    ),
    "passport.expired.advice": (
        "A new passport is needed before departure: ask them to apply now and record the new one."
    ),
    "passport.expiring.message.recorded.future": (
        "{name}'s passport expires on {expiry}; {country_the} requires it valid {months} after "
        "the return, until {needed}{assumed}."
    ),
    "passport.expiring.message.recorded.past": (
        "{name}'s passport expired on {expiry}; {country_the} requires it valid {months} after "
        "the return, until {needed}{assumed}."
    ),
    "passport.expiring.message.prudent.future": (
        "{name}'s passport expires on {expiry}; for {country_the}, the prudent rule is a passport "
        "valid {months} after the return, until {needed}{assumed}."
    ),
    "passport.expiring.message.prudent.past": (
        "{name}'s passport expired on {expiry}; for {country_the}, the prudent rule is a passport "
        "valid {months} after the return, until {needed}{assumed}."
    ),
    "passport.expiring.advice": (
        "Ask them to renew it before departure and record the new passport."
    ),
    "months.one": "{count} month",
    "months.other": "{count} months",
    # Entry authorisations.
    "entry.expired.message.future": (
        "{name}'s {auth} for {country_the} expires on {expiry}, before the arrival on {arrival}."
    ),
    "entry.expired.message.past": (
        "{name}'s {auth} for {country_the} expired on {expiry}, before the arrival on {arrival}."
    ),
    "entry.expired.advice": "Apply for a new {auth} and record it.",
    "entry.refused.message": "{name}'s {auth} for {country_the} was refused.",
    "entry.refused.advice": (
        "Contact the consulate about a visa at once, or take them off the roster."
    ),
    "entry.pending.message": (
        "{name}'s {auth} for {country_the} is applied for but not granted yet{assumed}."
    ),
    "entry.pending.advice": "Follow it up and record it as granted once confirmed.",
    "entry.not_applied.message": (
        "{name} still has to apply for the {auth} needed to enter {country_the}{assumed}."
    ),
    "entry.not_applied.advice": (
        "Have them apply for the {auth} now and record its number once granted."
    ),
    "entry.missing.message": "{name} has no {auth} on record for {country_the}{assumed}.",
    "entry.missing.advice": "Have them apply for the {auth} (or record the one they hold).",
    "entry.with_note": "{advice} {note}",
    # Flights.
    "flight.name": "flight {flight} of {day}",
    "flight.name.subject": "Flight {flight} of {day}",
    "flight.none.message": "{name} has no flight in the itinerary.",
    "flight.none.advice.round_trip": (
        "Book their flights to and from {first}, or note how they travel."
    ),
    "flight.none.advice.open_jaw": (
        "Book their flights to {first} and back from {last}, or note how they travel."
    ),
    "flight.no_arrival.message": "{name} has no flight arriving in {first}.",
    "flight.no_arrival.advice": "Book their outbound flight, or note how and when they arrive.",
    "flight.no_departure.message": "{name} has no flight leaving {last}.",
    "flight.no_departure.advice": "Book their return flight, or note how and when they leave.",
    "flight.not_booked.message": (
        "{name} is expected on {flight} but is not on its passenger list."
    ),
    "flight.not_booked.advice": (
        "Book their seat and record the booking reference, or exclude them from the flight."
    ),
    "flight.no_passengers.message": "No passenger is booked on {flight}.",
    "flight.no_passengers.advice": (
        "Record the passengers and their booking references from the travel agency."
    ),
    # Rooms.
    "room.missing.message": "{name} has no hotel room.",
    "room.missing.advice": (
        "Assign them a room in one of the mission's hotels, or note where they stay."
    ),
    "room.nights.message.one": "{name} has no room for {count} night: {nights}.",
    "room.nights.message.other": "{name} has no room for {count} nights: {nights}.",
    "room.nights.advice.one": "Extend their stay or book a room for that night.",
    "room.nights.advice.other": "Extend their stay or book a room for those nights.",
    # Dietary needs.
    "diet.venue": "{venue} ({meals})",
    "diet.meal": "{title}, {day}",
    "diet.venues.message.one": "Pass {name}'s dietary needs to {venues}.",
    "diet.venues.message.other": "Pass {name}'s dietary needs to {venues}.",
    "diet.venues.advice": (
        "Send each venue the needs on the delegate's record and ask the caterer to confirm; "
        "then record that they were sent."
    ),
    "diet.venues.advice.changed": (
        "The needs changed after they were sent on {sent}: send them again to each venue and "
        "record it."
    ),
    # Duplicates.
    "roster.duplicate.person": "{name} ({short})",
    "roster.duplicate.message.name": "{names} may be the same person: same name.",
    "roster.duplicate.message.email": "{names} may be the same person: same e-mail address.",
    "roster.duplicate.message.both": (
        "{names} may be the same person: same e-mail address and name."
    ),
    "roster.duplicate.advice": (
        "Compare the records; if they are one person, keep one on the roster and take the "
        "other off."
    ),
    # The rules themselves.
    "rules.override_invalid.subject": "Entry rules",
    "rules.override_invalid.message": (
        "The coordinators' corrections to the entry rules are set aside: {problem}."
    ),
    "rules.override_invalid.advice": (
        "Correct them in the settings; the rules shipped with the program apply meanwhile."
    ),
    # Itinerary conflicts.
    "conflict.overlap.message.one": (
        "{people} is expected in two places at once on {day}: {first} overlaps {second}."
    ),
    "conflict.overlap.message.other": (
        "{people} are expected in two places at once on {day}: {first} overlaps {second}."
    ),
    "conflict.overlap.advice.one": "Move one of the two, or take them off one of them.",
    "conflict.overlap.advice.other": (
        "Move one of the two, or take those delegates off one of them."
    ),
    "conflict.speaker.message.attending": (
        "{name} speaks at {talk} on {day} but is also expected at {other}."
    ),
    "conflict.speaker.advice.attending": (
        "Move one of the two, take them off the other item, or find another speaker."
    ),
    "conflict.speaker.message.two_workshops": (
        "{name} speaks at two workshops at once on {day}: {first} and {second}."
    ),
    "conflict.speaker.advice.two_workshops": (
        "Move one of the workshops, or find another speaker for one of them."
    ),
    "conflict.tight_connection.message.one": (
        "{transfer} leaves at {leaves} on {day}, only {count} minute after {flight} lands at "
        "{lands}, for {people}."
    ),
    "conflict.tight_connection.message.other": (
        "{transfer} leaves at {leaves} on {day}, only {count} minutes after {flight} lands at "
        "{lands}, for {people}."
    ),
    "conflict.tight_connection.advice": (
        "Allow at least {minimum} minutes from landing to departure (passport control, luggage), "
        "or link the transfer to the flight so that it waits."
    ),
    "conflict.transfer_before_landing.message.same_day": (
        "{transfer} leaves at {leaves} on {day}, before {flight_code} lands at {lands}."
    ),
    "conflict.transfer_before_landing.message.other_day": (
        "{transfer} leaves at {leaves} on {day}, before {flight_code} lands at {lands} "
        "on {landing_day}."
    ),
    "conflict.transfer_before_landing.advice": (
        "Move the transfer to at least {minimum} minutes after the landing, or link it to the "
        "flight it really meets."
    ),
    "conflict.outside_stop.message.mission": "{item} on {day} falls outside the mission ({span}).",
    "conflict.outside_stop.message.mission_repeats.one": (
        "{item} repeats {count} time outside the mission ({span}), the first on {day}."
    ),
    "conflict.outside_stop.message.mission_repeats.other": (
        "{item} repeats {count} times outside the mission ({span}), the first on {day}."
    ),
    "conflict.outside_stop.advice.mission": "Correct its date, or the mission's dates.",
    "conflict.outside_stop.message.stop": (
        "{item} on {day} falls outside its stop, {city} ({span})."
    ),
    "conflict.outside_stop.message.stop_repeats.one": (
        "{item} repeats {count} time outside its stop, {city} ({span}), the first on {day}."
    ),
    "conflict.outside_stop.message.stop_repeats.other": (
        "{item} repeats {count} times outside its stop, {city} ({span}), the first on {day}."
    ),
    "conflict.outside_stop.advice.stop": (
        "Move it into the stop's dates, or file it under the stop it belongs to."
    ),
    "conflict.outside_stop.message.other_city": (
        "{item} on {day} is filed under the {city} stop but takes place at {where}."
    ),
    "conflict.outside_stop.advice.other_city": (
        "Move it to the {other_city} stop and its dates ({span}), or choose a venue in {city}."
    ),
    "conflict.outside_stop.message.away": (
        "{item} on {day} takes place at {where}, but the delegation is in {cities} that day; "
        "the {other_city} stop runs {span}."
    ),
    "conflict.outside_stop.advice.away": (
        "Move it into the {other_city} stop's dates, or choose a venue in {city}."
    ),
    "where": "{venue}, {city}",
    # Follow-up actions after meetings.
    "follow_up.overdue.message.meeting.one": (
        "“{what}”, to follow up the meeting with {organisation}, was due on {day}: it is "
        "{count} day late."
    ),
    "follow_up.overdue.message.meeting.other": (
        "“{what}”, to follow up the meeting with {organisation}, was due on {day}: it is "
        "{count} days late."
    ),
    "follow_up.overdue.message.lead.one": (
        "“{what}”, to follow up the lead {organisation}, was due on {day}: it is {count} day late."
    ),
    "follow_up.overdue.message.lead.other": (
        "“{what}”, to follow up the lead {organisation}, was due on {day}: it is {count} days late."
    ),
    "follow_up.overdue.advice": (
        "Ask {owner} where it stands, then mark it done, give it a new due date, or drop it."
    ),
    "follow_up.overdue.advice.no_owner": (
        "Give it an owner who sees it through, then mark it done, give it a new due date, or "
        "drop it."
    ),
}

_FR: dict[str, str] = {
    "assumed": " (nationalité non renseignée : celle {nationality_of} est retenue)",
    "span.one": "le {first}",
    "span.other": "{first_to_last}",
    "slot.plain": "{item} ({times})",
    "slot.venue": "{item} ({venue}, {times})",
    "delegates.named": "{count} délégués ({names} et {others} autres)",
    "subject.item_day": "{item}, {day}",
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "summary.errors.one": "{count} erreur",
    "summary.errors.other": "{count} erreurs",
    "summary.warnings.one": "{count} avertissement",
    "summary.warnings.other": "{count} avertissements",
    "summary": "{errors}, {warnings}",
    "what_to_do": "À faire :",
    # Passports.
    "passport.missing.message": "Aucun passeport n’est enregistré pour {name}.",
    "passport.missing.advice": (
        "Demandez une copie du passeport et enregistrez son pays de délivrance et sa date "
        "d’expiration."
    ),
    "passport.no_expiry.message": (
        "La date d’expiration du passeport {name_of} n’est pas enregistrée."
    ),
    "passport.no_expiry.advice": (
        "Enregistrez la date d’expiration pour que la validité du passeport puisse être vérifiée."
    ),
    "passport.expired.message.future": (
        "Le passeport {name_of} expire le {expiry}, avant le retour du {return_day}."
    ),
    "passport.expired.message.past": (
        "Le passeport {name_of} a expiré le {expiry}, avant le retour du {return_day}."
    ),
    "passport.expired.advice": (
        "Un nouveau passeport est nécessaire avant le départ : demandez-lui d’en solliciter un "
        "dès maintenant, puis enregistrez le nouveau."
    ),
    "passport.expiring.message.recorded.future": (
        "Le passeport {name_of} expire le {expiry} ; {country_in}, il doit rester valide "
        "{months} après le retour, soit jusqu’au {needed}{assumed}."
    ),
    "passport.expiring.message.recorded.past": (
        "Le passeport {name_of} a expiré le {expiry} ; {country_in}, il doit rester valide "
        "{months} après le retour, soit jusqu’au {needed}{assumed}."
    ),
    "passport.expiring.message.prudent.future": (
        "Le passeport {name_of} expire le {expiry} ; pour {country_the}, la règle prudente est "
        "un passeport valide {months} après le retour, soit jusqu’au {needed}{assumed}."
    ),
    "passport.expiring.message.prudent.past": (
        "Le passeport {name_of} a expiré le {expiry} ; pour {country_the}, la règle prudente "
        "est un passeport valide {months} après le retour, soit jusqu’au {needed}{assumed}."
    ),
    "passport.expiring.advice": (
        "Demandez-lui de le faire renouveler avant le départ, puis enregistrez le nouveau "
        "passeport."
    ),
    "months.one": "{count} mois",
    "months.other": "{count} mois",
    # Entry authorisations: "m" and "f" agree with the authorisation (le visa, l'autorisation).
    "entry.expired.message.future": (
        "Pour {country_the}, {auth_the} {name_of} expire le {expiry}, avant l’arrivée du {arrival}."
    ),
    "entry.expired.message.past": (
        "Pour {country_the}, {auth_the} {name_of} a expiré le {expiry}, avant l’arrivée du "
        "{arrival}."
    ),
    "entry.expired.advice.m": (
        "Demandez-lui de solliciter un nouveau {auth_bare}, puis enregistrez-le."
    ),
    "entry.expired.advice.f": (
        "Demandez-lui de solliciter une nouvelle {auth_bare}, puis enregistrez-la."
    ),
    "entry.refused.message.m": "Pour {country_the}, {auth_the} {name_of} a été refusé.",
    "entry.refused.message.f": "Pour {country_the}, {auth_the} {name_of} a été refusée.",
    "entry.refused.advice": (
        "Contactez sans attendre le consulat au sujet d’un visa, ou retirez cette personne des "
        "délégués de la mission."
    ),
    "entry.pending.message": (
        "Pour {country_the}, la demande {auth_of} {name_of} est déposée mais pas encore "
        "accordée{assumed}."
    ),
    "entry.pending.advice": (
        "Suivez la demande et enregistrez-la comme accordée dès qu’elle est confirmée."
    ),
    "entry.not_applied.message": (
        "{name} n’a pas encore déposé sa demande {auth_of} pour {country_the}{assumed}."
    ),
    "entry.not_applied.advice": (
        "Demandez-lui de déposer sa demande {auth_of} dès maintenant, puis enregistrez le "
        "numéro obtenu."
    ),
    "entry.missing.message.m": (
        "Aucun {auth_bare} pour {country_the} n’est enregistré au nom {name_of}{assumed}."
    ),
    "entry.missing.message.f": (
        "Aucune {auth_bare} pour {country_the} n’est enregistrée au nom {name_of}{assumed}."
    ),
    "entry.missing.advice.m": (
        "Demandez-lui de solliciter {auth_the}, ou enregistrez-le s’il a déjà été obtenu."
    ),
    "entry.missing.advice.f": (
        "Demandez-lui de solliciter {auth_the}, ou enregistrez-la si elle a déjà été obtenue."
    ),
    "entry.with_note": "{advice} {note}",
    # Flights.
    "flight.name": "le vol {flight} du {day}",
    "flight.name.subject": "Vol {flight} du {day}",
    "flight.none.message": "{name} n’a aucun vol dans l’itinéraire.",
    "flight.none.advice.round_trip": (
        "Réservez ses vols aller et retour pour {first}, ou indiquez comment cette personne voyage."
    ),
    "flight.none.advice.open_jaw": (
        "Réservez son vol aller à destination {first_of} et son vol retour au départ "
        "{last_of}, ou indiquez comment cette personne voyage."
    ),
    "flight.no_arrival.message": "{name} n’a aucun vol arrivant {first_at}.",
    "flight.no_arrival.advice": (
        "Réservez son vol aller, ou indiquez comment et quand cette personne arrive."
    ),
    "flight.no_departure.message": "{name} n’a aucun vol partant {last_of}.",
    "flight.no_departure.advice": (
        "Réservez son vol retour, ou indiquez comment et quand cette personne repart."
    ),
    "flight.not_booked.message": (
        "{name} doit prendre {flight} mais ne figure pas sur sa liste de passagers."
    ),
    "flight.not_booked.advice": (
        "Réservez sa place et enregistrez la référence de réservation, ou retirez cette personne "
        "du vol."
    ),
    "flight.no_passengers.message": "Aucun passager n’est enregistré sur {flight}.",
    "flight.no_passengers.advice": (
        "Enregistrez les passagers et leurs références de réservation transmises par l’agence "
        "de voyages."
    ),
    # Rooms.
    "room.missing.message": "{name} n’a pas de chambre d’hôtel.",
    "room.missing.advice": (
        "Attribuez-lui une chambre dans l’un des hôtels de la mission, ou indiquez où cette "
        "personne loge."
    ),
    "room.nights.message.one": "{name} n’a pas de chambre pour {count} nuit : {nights}.",
    "room.nights.message.other": "{name} n’a pas de chambre pour {count} nuits : {nights}.",
    "room.nights.advice.one": "Prolongez son séjour ou réservez une chambre pour cette nuit.",
    "room.nights.advice.other": "Prolongez son séjour ou réservez une chambre pour ces nuits.",
    # Dietary needs.
    "diet.venue": "{venue} ({meals})",
    "diet.meal": "{title}, {day}",
    "diet.venues.message.one": (
        "Transmettez les besoins alimentaires {name_of} à l’établissement suivant : {venues}."
    ),
    "diet.venues.message.other": (
        "Transmettez les besoins alimentaires {name_of} aux établissements suivants : {venues}."
    ),
    "diet.venues.advice": (
        "Envoyez à chaque établissement les besoins inscrits sur sa fiche et demandez au "
        "traiteur de les confirmer, puis notez qu’ils ont été transmis."
    ),
    "diet.venues.advice.changed": (
        "Les besoins ont changé après leur envoi du {sent} : transmettez-les de nouveau à "
        "chaque établissement et notez-le."
    ),
    # Duplicates.
    "roster.duplicate.person": "{name} ({short})",
    "roster.duplicate.message.name": (
        "{names} sont peut-être une seule et même personne : même nom."
    ),
    "roster.duplicate.message.email": (
        "{names} sont peut-être une seule et même personne : même adresse e-mail."
    ),
    "roster.duplicate.message.both": (
        "{names} sont peut-être une seule et même personne : même adresse e-mail et même nom."
    ),
    "roster.duplicate.advice": (
        "Comparez les fiches ; s’il s’agit d’une seule personne, gardez-en une parmi les "
        "délégués et retirez l’autre."
    ),
    # The rules themselves.
    "rules.override_invalid.subject": "Règles d’entrée",
    "rules.override_invalid.message": (
        "Les corrections des coordinateurs aux règles d’entrée sont écartées : {problem}."
    ),
    "rules.override_invalid.advice": (
        "Corrigez-les dans les réglages ; en attendant, les règles fournies avec le programme "
        "s’appliquent."
    ),
    # Itinerary conflicts.
    "conflict.overlap.message.one": (
        "{people} devrait être à deux endroits à la fois le {day} : {first} chevauche {second}."
    ),
    "conflict.overlap.message.other": (
        "{people} devraient être à deux endroits à la fois le {day} : {first} chevauche {second}."
    ),
    "conflict.overlap.advice.one": (
        "Déplacez l’un des deux, ou retirez cette personne de l’un d’eux."
    ),
    "conflict.overlap.advice.other": (
        "Déplacez l’un des deux, ou retirez ces délégués de l’un d’eux."
    ),
    "conflict.speaker.message.attending": (
        "{name} intervient le {day} à {talk}, mais {other} figure aussi à son programme."
    ),
    "conflict.speaker.advice.attending": (
        "Déplacez l’un des deux, retirez cette personne de l’autre, ou trouvez un autre "
        "intervenant."
    ),
    "conflict.speaker.message.two_workshops": (
        "{name} intervient dans deux ateliers à la fois le {day} : {first} et {second}."
    ),
    "conflict.speaker.advice.two_workshops": (
        "Déplacez l’un des ateliers, ou trouvez un autre intervenant pour l’un d’eux."
    ),
    "conflict.tight_connection.message.one": (
        "{transfer} part à {leaves} le {day}, {count} minute seulement après l’atterrissage "
        "{flight_of} à {lands}, pour {people}."
    ),
    "conflict.tight_connection.message.other": (
        "{transfer} part à {leaves} le {day}, {count} minutes seulement après l’atterrissage "
        "{flight_of} à {lands}, pour {people}."
    ),
    "conflict.tight_connection.advice": (
        "Prévoyez au moins {minimum} minutes entre l’atterrissage et le départ (contrôle des "
        "passeports, bagages), ou rattachez le transfert au vol pour qu’il l’attende."
    ),
    "conflict.transfer_before_landing.message.same_day": (
        "{transfer} part à {leaves} le {day}, avant l’atterrissage {flight_of} à {lands}."
    ),
    "conflict.transfer_before_landing.message.other_day": (
        "{transfer} part à {leaves} le {day}, avant l’atterrissage {flight_of} à {lands} "
        "le {landing_day}."
    ),
    "conflict.transfer_before_landing.advice": (
        "Décalez le transfert à au moins {minimum} minutes après l’atterrissage, ou rattachez-le "
        "au vol qu’il attend réellement."
    ),
    "conflict.outside_stop.message.mission": (
        "{item}, le {day}, tombe en dehors des dates de la mission ({span})."
    ),
    "conflict.outside_stop.message.mission_repeats.one": (
        "{item} a lieu {count} fois en dehors des dates de la mission ({span}), la première "
        "le {day}."
    ),
    "conflict.outside_stop.message.mission_repeats.other": (
        "{item} a lieu {count} fois en dehors des dates de la mission ({span}), la première "
        "le {day}."
    ),
    "conflict.outside_stop.advice.mission": "Corrigez sa date, ou celles de la mission.",
    "conflict.outside_stop.message.stop": (
        "{item}, le {day}, tombe en dehors des dates de son étape, {city} ({span})."
    ),
    "conflict.outside_stop.message.stop_repeats.one": (
        "{item} a lieu {count} fois en dehors des dates de son étape, {city} ({span}), la "
        "première le {day}."
    ),
    "conflict.outside_stop.message.stop_repeats.other": (
        "{item} a lieu {count} fois en dehors des dates de son étape, {city} ({span}), la "
        "première le {day}."
    ),
    "conflict.outside_stop.advice.stop": (
        "Placez-le dans les dates de l’étape, ou rattachez-le à l’étape dont il relève."
    ),
    "conflict.outside_stop.message.other_city": (
        "{item}, le {day}, figure dans l’étape {city_of}, mais a pour lieu {where}."
    ),
    "conflict.outside_stop.advice.other_city": (
        "Placez-le dans l’étape {other_city_of} et ses dates ({span}), ou choisissez un lieu "
        "{city_at}."
    ),
    "conflict.outside_stop.message.away": (
        "{item}, le {day}, a pour lieu {where}, mais la délégation est {cities_at} ce jour-là ; "
        "l’étape {other_city_of} se déroule {span}."
    ),
    "conflict.outside_stop.advice.away": (
        "Placez-le dans les dates de l’étape {other_city_of}, ou choisissez un lieu {city_at}."
    ),
    "where": "{venue}, {city}",
    # Suites à donner aux rendez-vous.
    "follow_up.overdue.message.meeting.one": (
        "L’action « {what} », suite au rendez-vous avec {organisation}, était prévue pour "
        "le {day} : {count} jour de retard."
    ),
    "follow_up.overdue.message.meeting.other": (
        "L’action « {what} », suite au rendez-vous avec {organisation}, était prévue pour "
        "le {day} : {count} jours de retard."
    ),
    "follow_up.overdue.message.lead.one": (
        "L’action « {what} » (projet {organisation}) était prévue pour le {day} : {count} jour "
        "de retard."
    ),
    "follow_up.overdue.message.lead.other": (
        "L’action « {what} » (projet {organisation}) était prévue pour le {day} : {count} "
        "jours de retard."
    ),
    "follow_up.overdue.advice": (
        "Demandez à {owner} où en est cette action, puis marquez-la comme faite, donnez-lui "
        "une nouvelle échéance ou abandonnez-la."
    ),
    "follow_up.overdue.advice.no_owner": (
        "Confiez-la à une personne qui la mène à bien, puis marquez-la comme faite, donnez-lui "
        "une nouvelle échéance ou abandonnez-la."
    ),
}

# The notes of the shipped entry rules (resources/rules/entry_rules.json), in French. A note
# the coordinators wrote in an override is shown as they wrote it.
_NOTES_FR: dict[str, str] = {
    "No rule is recorded for this country: six months of passport validity after the return is "
    "the prudent default.": (
        "Aucune règle n’est enregistrée pour ce pays : par prudence, le passeport doit rester "
        "valide six mois après le retour."
    ),
    "Apply on esta.cbp.dhs.gov at least 72 hours before departure; an ESTA lasts two years or "
    "until the passport expires.": (
        "La demande se fait sur esta.cbp.dhs.gov au moins 72 heures avant le départ ; une "
        "autorisation ESTA vaut deux ans, ou jusqu’à l’expiration du passeport."
    ),
    "The eTA is needed to fly to or through a Canadian airport (not when arriving by land or "
    "sea); apply on canada.ca.": (
        "L’AVE est exigée pour atterrir dans un aéroport canadien ou y transiter (pas pour une "
        "arrivée par voie terrestre ou maritime) ; la demande se fait sur canada.ca."
    ),
    "Apply on GOV.UK or the UK ETA app; allow three working days. Irish citizens need no ETA.": (
        "La demande se fait sur GOV.UK ou dans l’application UK ETA ; comptez trois jours "
        "ouvrés. Les citoyens irlandais n’ont pas besoin d’ETA."
    ),
    "Apply only on israel-entry.piba.gov.il at least 72 hours before departure.": (
        "La demande se fait uniquement sur israel-entry.piba.gov.il, au moins 72 heures avant "
        "le départ."
    ),
    "Visa-exempt visitors need no prior authorisation for a short business stay.": (
        "Les voyageurs dispensés de visa n’ont besoin d’aucune autorisation préalable pour un "
        "court séjour d’affaires."
    ),
    "The K-ETA waiver for most European and North American nationals runs to 31 December 2026: "
    "check on k-eta.go.kr whether it was extended.": (
        "La dispense de K-ETA accordée à la plupart des ressortissants européens et "
        "nord-américains court jusqu’au 31 décembre 2026 : vérifiez sur k-eta.go.kr si elle a "
        "été prolongée."
    ),
    "Visa-exempt visitors may stay up to 90 days; ask the consulate how long the passport must "
    "remain valid.": (
        "Les voyageurs dispensés de visa peuvent séjourner jusqu’à 90 jours ; demandez au "
        "consulat combien de temps le passeport doit rester valide."
    ),
}


def _french_typography(text: str) -> str:
    """A no-break space before « : ; ? ! » and inside guillemets (our templates only)."""
    text = re.sub(r" ([:;?!»])", NBSP + r"\1", text)
    return re.sub(r"« ", "«" + NBSP, text)


TEMPLATES: Mapping[str, Mapping[str, str]] = {
    "en": _EN,
    "fr": {key: _french_typography(text) for key, text in _FR.items()},
}
NOTES_FR: Mapping[str, str] = {
    english: _french_typography(french) for english, french in _NOTES_FR.items()
}


def placeholders(template: str) -> set[str]:
    """The names a template expects: ``{name}`` and ``{count}``..."""
    return {field for _, field, _, _ in Formatter().parse(template) if field}


# --- phrases that fill the sentences ------------------------------------------------------------


@dataclass(frozen=True)
class CountryPhrase:
    """A country as a sentence takes it.

    ``the``: "the United States" / "les États-Unis" (after "for", "pour");
    ``in_``: "in the United States" / "aux États-Unis", "pour Kiribati" when unknown;
    ``of``: "of the United States" / "des États-Unis" (after "celle").
    """

    code: str
    name: str
    the: str
    in_: str
    of: str


@dataclass(frozen=True)
class AuthorisationPhrase:
    """An entry authorisation as a sentence takes it: "le visa", "l'autorisation ESTA"."""

    label: str  # as the rules name it: "ESTA", "visa"
    bare: str  # "visa", "autorisation ESTA"
    the: str  # "le visa", "l'autorisation ESTA"
    of: str  # "de visa", "d'autorisation ESTA" (la demande ...)
    gender: str  # "m" or "f": the templates' variants


@dataclass(frozen=True)
class ItemPhrase:
    """An itinerary item in a sentence: ``the`` within it ("le vol AF 90", "« Dîner »"), ``of``
    after a noun ("du vol AF 90"), ``subject`` for the "who or what" column ("Vol AF 90")."""

    the: str
    of: str
    subject: str

    @property
    def start(self) -> str:
        """As a sentence begins: "Le vol AF 90", "« Dîner »"."""
        return capital(self.the)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# French country grammar: "f" la France (en), "m" le Canada (au), "p" les États-Unis (aux),
# "a" Singapour (à, no article), "e" Israël (en, no article). A name beginning with a vowel
# takes "l'" and "en" whatever its gender (l'Iran, en Iran).
_FR_GRAMMAR_CLASSES: dict[str, str] = {
    "f": (
        "FR DE AT BE BG HR EE ES FI GR HU IE IT LV LT PL RO SK SI SE CZ CH NO IS AD AU NZ CN IN "
        "KR KP TN DZ TR UA AR CO RU SA ZA EG JO SY ID MY TH MN GE AM RS MK BA AL MD BY ET MR LY "
        "GN CI TZ ZM NA BO JM MM"
    ),
    "m": (
        "CA GB JP MA LU PT DK LI BR CL MX QA KW LB SN VN PE VE PY UY CM GA NG KE GH ML NE TD BJ "
        "TG BF RW PK BD KZ NP LK KH LA BN VA EC IR IQ AF UZ AZ SV GT HN CR PA NI ME XK GY"
    ),
    "p": "US NL AE PH KM MV SC BS",
    "a": "MC SM CY MT SG TW HK MO CU MG MU BH DJ OM",
    "e": "IL HT",
}
_FR_GRAMMAR: dict[str, str] = {
    code: grammar for grammar, codes in _FR_GRAMMAR_CLASSES.items() for code in codes.split()
}
# Where the CLDR name does not read well in a sentence.
_FR_NAMES = {"HK": "Hong Kong", "MO": "Macao", "VA": "Vatican", "MM": "Birmanie"}
# English names that take "the".
_EN_WITH_THE = frozenset({"US", "GB", "NL", "AE", "PH", "DO", "BS", "GM", "CF", "KM", "MV"})
_VOWELS = frozenset("AEIOUYÉÈÊËÎÏÔÖÛÜÀÂÆŒaeiouyéèêëîïôöûüàâæœ")
# Given names whose "h" is mute: d'Hélène, d'Hugo, d'Hervé (but de Hamid, de Hans).
_MUTE_H = re.compile(r"H[eéèêiouôy]")

# French forms of the authorisations the shipped rules and the program name.
_FR_AUTHORISATIONS: dict[str, tuple[str, str]] = {
    "visa": ("visa", "m"),
    "ESTA": ("autorisation ESTA", "f"),
    "eTA": ("AVE (eTA)", "f"),
    "UK ETA": ("autorisation ETA britannique", "f"),
    "ETA-IL": ("autorisation ETA-IL", "f"),
    "K-ETA": ("autorisation K-ETA", "f"),
    "entry authorisation": ("autorisation d’entrée", "f"),
}


def _elides(word: str) -> bool:
    # A "y" before a vowel sounds like a consonant: de Yasmina, de Yann, but d'Yves.
    if word[:1] in "Yy":
        return word[1:2] not in _VOWELS
    return word[:1] in _VOWELS or word.startswith(("Haï", "hô", "Hô"))


class CheckWording:
    """The sentences and phrases of the checks in one language (``fr`` or ``en``)."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError(
                "language",
                say("'{language}' is not a language of the checks (fr or en)", language=language),
            )
        self.language = language
        self.french = language == "fr"
        self.locale = Locale.parse("fr_FR" if self.french else "en")
        self._lists = Locale.parse("fr_FR" if self.french else "en_GB")
        self._templates = TEMPLATES[language]
        self._days: dict[tuple[str, date], str] = {}
        self._countries: dict[str, CountryPhrase] = {}

    # Sentences ---------------------------------------------------------------------------

    def __call__(self, key: str, variant: str | None = None, **values: object) -> str:
        """The template ``key`` (``key.variant`` when the language has it) filled in.

        A ``name`` gives ``name_of`` too: "de Jean Dupont", "d'Anaïs Estève".
        """
        return self._template(key, variant).format(**self._with_name_of(values))

    def counted(self, key: str, count: int, variant: str | None = None, **values: object) -> str:
        """The template for ``count`` (``key.one``, ``key.other``...), ``{count}`` filled in."""
        base = f"{key}.{variant}" if variant else key
        form = self.locale.plural_form(count)
        template = self._templates.get(f"{base}.{form}") or self._templates[f"{base}.other"]
        return template.format(count=count, **self._with_name_of(values))

    def _with_name_of(self, values: dict[str, object]) -> dict[str, object]:
        # A core message given as a value (a problem with the entry rules) is said again in
        # the language of the checks.
        values = {
            key: in_language(value, self.language) if isinstance(value, str) else value
            for key, value in values.items()
        }
        name = values.get("name")
        if isinstance(name, str) and "name_of" not in values:
            values["name_of"] = self.of(name)
        return values

    def of(self, name: str) -> str:
        """ "of Jean Dupont"; "de Jean Dupont", "d'Anaïs Estève" (a name is not elided in
        English, and takes no article in either)."""
        if not self.french:
            return f"of {name}"
        return f"d’{name}" if _elides(name) or _MUTE_H.match(name) else f"de {name}"

    def _template(self, key: str, variant: str | None) -> str:
        if variant is not None:
            found = self._templates.get(f"{key}.{variant}")
            if found is not None:
                return found
        return self._templates[key]

    def note(self, text: str) -> str:
        """A note of the entry rules: the shipped ones in French too; the coordinators' own
        as they wrote them."""
        if not self.french:
            return text
        return NOTES_FR.get(" ".join(text.split()), text)

    def severity(self, severity: str) -> str:
        return self(f"severity.{severity}")

    def summary(self, errors: int, warnings: int) -> str:
        """ "2 errors, 1 warning", "2 erreurs, 1 avertissement"."""
        return self(
            "summary",
            errors=self.counted("summary.errors", errors),
            warnings=self.counted("summary.warnings", warnings),
        )

    # Dates --------------------------------------------------------------------------------

    def _date(self, pattern: str, value: date) -> str:
        key = (pattern, value)
        found = self._days.get(key)
        if found is None:
            if self.french and value.day == 1:
                pattern = pattern.replace("d", "d'er'", 1)  # le 1er novembre
            found = format_date(value, pattern, locale=self.locale)
            self._days[key] = found
        return found

    def day(self, value: date) -> str:
        """ "Sun 5 Nov 2017", "dimanche 5 novembre 2017"."""
        return self._date("EEEE d MMMM y" if self.french else "EEE d MMM y", value)

    def short_day(self, value: date) -> str:
        """ "Sun 5 Nov", "dim. 5 nov.": in parentheses and the "who or what" column."""
        return self._date("EEE d MMM", value)

    def long_date(self, value: date) -> str:
        """ "7 Nov 2017", "7 novembre 2017"."""
        return self._date("d MMMM y" if self.french else "d MMM y", value)

    def span(self, first: date, last: date) -> str:
        """Days of a stop or the mission: "du dimanche 5 au vendredi 10 novembre 2017"."""
        if first == last:
            return self("span.one", first=self.day(first))
        return self(
            "span.other",
            first=self.day(first),
            last=self.day(last),
            first_to_last=self._french_span(first, last) if self.french else "",
        )

    def _french_span(self, first: date, last: date) -> str:
        if first.year != last.year:
            start = self.day(first)
        elif first.month != last.month:
            start = self._date("EEEE d MMMM", first)
        else:
            start = self._date("EEEE d", first)
        return f"du {start} au {self.day(last)}"

    def nights(self, nights: Iterable[date]) -> str:
        """Consecutive nights as runs: "6–7 Nov 2017, 9 Nov 2017"; "6–7 et 9 novembre 2017"
        would be French, but each run keeps its month and year: "6–7 novembre 2017 et
        9 novembre 2017"."""
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
                parts.append(self.long_date(first))
            elif (first.year, first.month) == (last.year, last.month):
                parts.append(f"{self._date('d', first)}–{self.long_date(last)}")
            elif first.year == last.year:
                month = "d MMMM" if self.french else "d MMM"
                parts.append(f"{self._date(month, first)} – {self.long_date(last)}")
            else:
                parts.append(f"{self.long_date(first)} – {self.long_date(last)}")
        # English keeps its commas (the runs carry "and" poorly); French lists them.
        return self.listing(parts) if self.french else ", ".join(parts)

    # Lists and counts ----------------------------------------------------------------------

    def listing(self, parts: Sequence[str]) -> str:
        """ "A, B and C", "A, B et C"."""
        if not parts:
            return ""
        return format_list(list(parts), locale=self._lists)

    # Countries -----------------------------------------------------------------------------

    def country(self, code: str) -> CountryPhrase:
        code = code.upper()
        found = self._countries.get(code)
        if found is None:
            found = self._french_country(code) if self.french else self._english_country(code)
            self._countries[code] = found
        return found

    def _english_country(self, code: str) -> CountryPhrase:
        name = self.locale.territories.get(code, code)
        the = f"the {name}" if code in _EN_WITH_THE else name
        return CountryPhrase(code, name, the, f"in {the}", f"of {the}")

    def _french_country(self, code: str) -> CountryPhrase:
        name = _FR_NAMES.get(code) or self.locale.territories.get(code, code)
        grammar = _FR_GRAMMAR.get(code)
        vowel = _elides(name)
        if grammar in ("f", "m") and vowel:
            return CountryPhrase(code, name, f"l’{name}", f"en {name}", f"de l’{name}")
        if grammar == "f":
            return CountryPhrase(code, name, f"la {name}", f"en {name}", f"de la {name}")
        if grammar == "m":
            return CountryPhrase(code, name, f"le {name}", f"au {name}", f"du {name}")
        if grammar == "p":
            return CountryPhrase(code, name, f"les {name}", f"aux {name}", f"des {name}")
        of = f"d’{name}" if vowel else f"de {name}"
        if grammar == "a":
            return CountryPhrase(code, name, name, f"à {name}", of)
        if grammar == "e":
            return CountryPhrase(code, name, name, f"en {name}", of)
        # Not in our table: no article rather than a wrong one.
        return CountryPhrase(code, name, name, f"pour {name}", of)

    # Cities --------------------------------------------------------------------------------

    def city_at(self, city: str) -> str:
        """ "in Miami"; "à Miami", "au Havre"."""
        if not self.french:
            return f"in {city}"
        if city.startswith("Le "):
            return f"au {city[3:]}"
        if city.startswith("Les "):
            return f"aux {city[4:]}"
        return f"à {city}"

    def city_of(self, city: str) -> str:
        """ "of Miami"; "de Miami", "d'Ottawa", "du Havre"."""
        if not self.french:
            return f"of {city}"
        if city.startswith("Le "):
            return f"du {city[3:]}"
        if city.startswith("Les "):
            return f"des {city[4:]}"
        return f"d’{city}" if _elides(city) else f"de {city}"

    # Authorisations and items --------------------------------------------------------------

    def authorisation(self, label: str, *, visa: bool = False) -> AuthorisationPhrase:
        """An authorisation named by the rules ("ESTA") or by its kind ("visa")."""
        if not self.french:
            return AuthorisationPhrase(label, label, f"the {label}", f"for {label}", "m")
        bare, gender = _FR_AUTHORISATIONS.get(label) or (
            (f"visa {label}", "m") if visa else (f"autorisation {label}", "f")
        )
        the = f"l’{bare}" if _elides(bare) else f"{'le' if gender == 'm' else 'la'} {bare}"
        of = f"d’{bare}" if _elides(bare) else f"de {bare}"
        return AuthorisationPhrase(label, bare, the, of, gender)

    def title(self, title_fr: str | None, title_en: str | None) -> str:
        """The item's title in this language, else in the other."""
        first, second = (title_fr, title_en) if self.french else (title_en, title_fr)
        return (first or second or "").strip()

    def quoted(self, text: str) -> str:
        return f"«{NBSP}{text}{NBSP}»" if self.french else text

    def item(self, title: str, flight: str | None = None) -> ItemPhrase:
        """A flight by its number ("flight AF 90", "le vol AF 90"), anything else by its title
        ("Gala dinner", "« Dîner de gala »")."""
        if flight:
            if self.french:
                return ItemPhrase(f"le vol {flight}", f"du vol {flight}", f"Vol {flight}")
            return ItemPhrase(f"flight {flight}", f"of flight {flight}", f"Flight {flight}")
        if self.french:
            quoted = self.quoted(title)
            return ItemPhrase(quoted, f"de {quoted}", capital(title))
        return ItemPhrase(title, f"of {title}", capital(title))


@cache
def check_wording(language: str = DEFAULT_LANGUAGE) -> CheckWording:
    """The shared wording of one language (its dates are cached as they are made)."""
    return CheckWording(language)
