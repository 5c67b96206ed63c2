"""French of the messages about the roster, the people and the mission's settings."""

from __future__ import annotations

FRENCH: dict[str, str] = {
    # services/validation.py: the checks every service shares.
    "contains a character that is not valid text": (
        "contient un caractère qui n'est pas du texte valide"
    ),
    "must be between {minimum} and {maximum:,}": "doit être compris entre {minimum} et {maximum:,}",
    "must not be empty": "ne doit pas être vide",
    "is longer than {max_length} characters": "dépasse {max_length} caractères",
    "'{value}' must be lower-case letters, digits, '.', '-' or '_' (64 at most)": (
        "«\u00a0{value}\u00a0» ne doit contenir que des minuscules, des chiffres,"
        " «\u00a0.\u00a0», «\u00a0-\u00a0» ou «\u00a0_\u00a0» (64 au plus)"
    ),
    "'{value}' must not be only digits (ids are numbers)": (
        "«\u00a0{value}\u00a0» ne doit pas être fait uniquement de chiffres (les identifiants"
        " sont des nombres)"
    ),
    "'{zone}' is not a known time zone (e.g. America/New_York)": (
        "«\u00a0{zone}\u00a0» n'est pas un fuseau horaire connu (par exemple America/New_York)"
    ),
    "'{zone}' cannot be loaded": "le fuseau «\u00a0{zone}\u00a0» ne peut pas être chargé",
    "'{code}' is not a two-letter country code (FR, US...)": (
        "«\u00a0{code}\u00a0» n'est pas un code pays à deux lettres (FR, US...)"
    ),
    "'{language}' is not a supported language (fr or en)": (
        "«\u00a0{language}\u00a0» n'est pas une langue prise en charge (fr ou en)"
    ),
    "{end} is before {start_field} {start}": "{end} est antérieur à {start_field}, {start}",
    "must be a local wall-clock time, without a zone": (
        "doit être une heure locale, sans fuseau horaire"
    ),
    "{local:%Y-%m-%d %H:%M} does not exist in {zone} (the clocks skip that hour)": (
        "{local:%d/%m/%Y %H:%M} n'existe pas dans le fuseau {zone} (les horloges sautent cette"
        " heure)"
    ),
    "{local:%Y-%m-%d %H:%M} happens twice in {zone} (the clocks go back); "
    "choose a time outside that hour": (
        "{local:%d/%m/%Y %H:%M} a lieu deux fois dans le fuseau {zone} (les horloges reculent)"
        "\u00a0; choisissez une heure en dehors de cette heure-là"
    ),
    "'{text}' holds a ';': give each one separately": (
        "«\u00a0{text}\u00a0» contient un «\u00a0;\u00a0»\u00a0: donnez chaque élément séparément"
    ),
    # services/time_input.py: dates, times and durations as typed.
    "'{text}' has no time (e.g. 9h30 or 9:30)": (
        "«\u00a0{text}\u00a0» n'a pas d'heure (par exemple 9h30 ou 9:30)"
    ),
    "'{text}' has no date: which day of the mission?": (
        "«\u00a0{text}\u00a0» n'a pas de date\u00a0: quel jour de la mission\u00a0?"
    ),
    "'{text}' is not a date and time (e.g. 6/11 9h30)": (
        "«\u00a0{text}\u00a0» n'est pas une date et une heure (par exemple 6/11 9h30)"
    ),
    "'{text}' is not a date": "«\u00a0{text}\u00a0» n'est pas une date",
    "'{text}': {resolved} is a {actual}, not the day named": (
        "«\u00a0{text}\u00a0»\u00a0: le {resolved} est un {actual}, pas le jour indiqué"
    ),
    "Monday": "lundi",
    "Tuesday": "mardi",
    "Wednesday": "mercredi",
    "Thursday": "jeudi",
    "Friday": "vendredi",
    "Saturday": "samedi",
    "Sunday": "dimanche",
    "'{text}' is not a duration (e.g. 1h30 or 90 min)": (
        "«\u00a0{text}\u00a0» n'est pas une durée (par exemple 1h30 ou 90 min)"
    ),
    "must be longer than zero": "doit durer au moins une minute",
    "'{text}' has more than 59 minutes after the hours": (
        "«\u00a0{text}\u00a0» a plus de 59 minutes après les heures"
    ),
    # services/entry.py: entry formalities and the rules of the destinations.
    "must not be empty (a two-letter country code: US, CA...)": (
        "ne doit pas être vide (un code pays à deux lettres\u00a0: US, CA...)"
    ),
    "'{text}' is not a two-letter country code (US, CA...)": (
        "«\u00a0{text}\u00a0» n'est pas un code pays à deux lettres (US, CA...)"
    ),
    "'{text}' is not a country code (ISO 3166-1)": (
        "«\u00a0{text}\u00a0» n'est pas un code pays (ISO 3166-1)"
    ),
    "'{value}' is not one of {choices}": (
        "«\u00a0{value}\u00a0» ne fait pas partie des choix possibles ({choices})"
    ),
    "no participant with id {participant_id}": "aucun délégué n'a l'identifiant {participant_id}",
    "must be a date": "doit être une date",
    "no entry authorisation with id {authorisation_id}": (
        "aucune autorisation d'entrée n'a l'identifiant {authorisation_id}"
    ),
    "is not valid JSON (line {line}, column {column}: {problem})": (
        "n'est pas du JSON valide (ligne {line}, colonne {column}\u00a0: {problem})"
    ),
    "is nested too deeply or holds too long a number": (
        "est imbriqué trop profondément ou contient un nombre trop long"
    ),
    'must be a JSON object such as {{"countries": {{...}}}}': (
        'doit être un objet JSON tel que {{"countries": {{...}}}}'
    ),
    "{path}: {message}": "{path}\u00a0: {message}",
    "unknown key '{key}' (expected {allowed})": (
        "clé «\u00a0{key}\u00a0» inconnue (attendu\u00a0: {allowed})"
    ),
    "must be a JSON object": "doit être un objet JSON",
    "must be '{format}'": "doit être «\u00a0{format}\u00a0»",
    "must be {version}": "doit être {version}",
    "must be a list of country codes": "doit être une liste de codes pays",
    "must be a list of country codes (or @SET names)": (
        "doit être une liste de codes pays (ou de noms @ENSEMBLE)"
    ),
    "{item!r} is not a country code": "{item!r} n'est pas un code pays",
    "'{item}' names no set of nationality_sets": (
        "«\u00a0{item}\u00a0» ne désigne aucun ensemble de nationality_sets"
    ),
    "'{item}' includes itself": "«\u00a0{item}\u00a0» s'inclut lui-même",
    "'{item}': sets include each other too deeply": (
        "«\u00a0{item}\u00a0»\u00a0: les ensembles s'incluent les uns les autres trop profondément"
    ),
    "must be a whole number of months": "doit être un nombre entier de mois",
    "{value} is not between 0 and {most} months": (
        "{value} n'est pas compris entre 0 et {most} mois"
    ),
    "{value!r} is not one of {choices} (or null)": (
        "{value!r} ne fait pas partie des choix possibles ({choices}, ou null)"
    ),
    "must be text": "doit être du texte",
    "is needed when for_nationalities is given": (
        "est nécessaire quand for_nationalities est donné"
    ),
    "must be a date as YYYY-MM-DD": "doit être une date au format AAAA-MM-JJ",
    "must be a list": "doit être une liste",
    # services/missions.py: missions and their stops.
    "'{text}' must read City|Country|Zone or City|Country|Zone|start|end": (
        "«\u00a0{text}\u00a0» doit s'écrire Ville|Pays|Fuseau ou Ville|Pays|Fuseau|début|fin"
    ),
    "'{text}' is not a date as YYYY-MM-DD": (
        "«\u00a0{text}\u00a0» n'est pas une date au format AAAA-MM-JJ"
    ),
    "a mission needs at least one stop (a city)": (
        "une mission a besoin d'au moins une étape (une ville)"
    ),
    "{start}..{end} is outside the mission's dates": (
        "{start}..{end} sort des dates de la mission"
    ),
    "a mission named '{short}' already exists": (
        "une mission nommée «\u00a0{short}\u00a0» existe déjà"
    ),
    "no organisation with id {organisation_id}": (
        "aucun organisme n'a l'identifiant {organisation_id}"
    ),
    "the stop in {city} ({start}..{end}) would fall outside the mission": (
        "l'étape de {city} ({start}..{end}) sortirait des dates de la mission"
    ),
    "no mission with id {mission_id}": "aucune mission n'a l'identifiant {mission_id}",
    "no mission '{ref}' (give its id or short name, see 'missions list')": (
        "aucune mission «\u00a0{ref}\u00a0» (donnez son identifiant ou son nom court, voir"
        " «\u00a0missions list\u00a0»)"
    ),
    # services/recurrence.py: repeating itinerary items.
    "'{text}' is not a valid RRULE: {problem}": (
        "«\u00a0{text}\u00a0» n'est pas une règle RRULE valide\u00a0: {problem}"
    ),
    "'{text}' must be a single RRULE": "«\u00a0{text}\u00a0» doit être une seule règle RRULE",
    "'{text}' needs an INTERVAL of at least 1": (
        "«\u00a0{text}\u00a0» doit avoir un INTERVAL d'au moins 1"
    ),
    "'{text}' must repeat yearly, monthly, weekly, daily or hourly": (
        "«\u00a0{text}\u00a0» doit se répéter chaque année, chaque mois, chaque semaine,"
        " chaque jour ou chaque heure"
    ),
    # services/languages.py: the languages a person speaks.
    "'{part}' is not a language (write names such as français, English, or codes such as fr, en)": (
        "«\u00a0{part}\u00a0» n'est pas une langue (écrivez des noms tels que français,"
        " English, ou des codes tels que fr, en)"
    ),
    "are more than {most} characters once coded": "dépassent {most} caractères une fois codées",
    # services/organisations.py, conflicts.py, booklet.py
    "this person is not on the mission's roster": (
        "cette personne ne figure pas parmi les délégués de la mission"
    ),
    # services/branding.py and photos.py: the logo and the delegates' photos.
    "{name} is empty": "{name} est vide",
    "{name} is larger than {megabytes} MB": "{name} dépasse {megabytes} Mo",
    "{name} is not a PNG or JPEG image": "{name} n'est pas une image PNG ou JPEG",
    "{name} is larger than {megabytes} MB (save it at a lower resolution)": (
        "{name} dépasse {megabytes} Mo (enregistrez-la dans une résolution plus basse)"
    ),
    "no person with id {person_id}": "aucune personne n'a l'identifiant {person_id}",
    # services/airports.py: airports and their clocks.
    "give the airport's three-letter IATA code (e.g. MRS)": (
        "donnez le code IATA à trois lettres de l'aéroport (par exemple MRS)"
    ),
    "'{key}' is not an airport code: three letters, such as MRS or MIA": (
        "«\u00a0{key}\u00a0» n'est pas un code d'aéroport\u00a0: trois lettres, comme MRS ou MIA"
    ),
    "'{key}' is not a known airport code; check the ticket (e.g. MRS is Marseille, MIA is Miami)": (
        "«\u00a0{key}\u00a0» n'est pas un code d'aéroport connu\u00a0; vérifiez le billet"
        " (par exemple MRS est Marseille, MIA est Miami)"
    ),
    "{airport} keeps {kept} time, not {zone}: give the landing "
    "time on the airport's clock, in {kept}": (
        "{airport} suit l'heure de {kept}, et non celle de {zone}\u00a0: donnez l'heure"
        " d'atterrissage à l'horloge de l'aéroport, à l'heure de {kept}"
    ),
    "{airport} keeps {kept} time, not {zone}: give the departure "
    "time on the airport's clock, in {kept}": (
        "{airport} suit l'heure de {kept}, et non celle de {zone}\u00a0: donnez l'heure"
        " de départ à l'horloge de l'aéroport, à l'heure de {kept}"
    ),
    # services/hotels.py: hotel blocks and rooms.
    "none": "aucune",
    "the mission has no stop '{ref}' (its stops: {cities})": (
        "la mission n'a pas d'étape «\u00a0{ref}\u00a0» (ses étapes\u00a0: {cities})"
    ),
    "the hotel's name is empty": "le nom de l'hôtel est vide",
    "the mission has several blocks at '{ref}': give its id ({ids})": (
        "la mission a plusieurs blocs de chambres à «\u00a0{ref}\u00a0»\u00a0: donnez son"
        " identifiant ({ids})"
    ),
    "the mission has no hotel '{ref}' (see 'hotel list', or 'hotel add')": (
        "la mission n'a pas d'hôtel «\u00a0{ref}\u00a0» (voir «\u00a0hotel list\u00a0», ou"
        " «\u00a0hotel add\u00a0»)"
    ),
    "a delegate cannot share a room with themselves": (
        "un délégué ne peut pas partager une chambre avec lui-même"
    ),
    "this delegate has no room in this hotel": "ce délégué n'a pas de chambre dans cet hôtel",
    # services/preferences.py
    "'{text}' is not a full path (e.g. /home/me/…)": (
        "«\u00a0{text}\u00a0» n'est pas un chemin complet (par exemple /home/moi/…)"
    ),
    "{path} is a file, not a folder": "{path} est un fichier, pas un dossier",
    # services/check_wording.py, print_changes.py, workshop_editing.py
    "'{language}' is not a language of the checks (fr or en)": (
        "«\u00a0{language}\u00a0» n'est pas une langue des vérifications (fr ou en)"
    ),
    "'{language}' is not one of fr, en": "«\u00a0{language}\u00a0» n'est ni fr ni en",
    "'{text}' needs a given and a family name (Maria Lopez, PortMiami)": (
        "«\u00a0{text}\u00a0» doit avoir un prénom et un nom (Maria Lopez, PortMiami)"
    ),
    # services/privacy.py
    "give a whole number of months from 1 to {most}": (
        "donnez un nombre entier de mois de 1 à {most}"
    ),
    "'{name}' must end in .json": "«\u00a0{name}\u00a0» doit se terminer par .json",
    # services/dietary.py
    "the mission has no itinerary item '{ref}' (see 'itinerary list')": (
        "la mission n'a pas d'élément de programme «\u00a0{ref}\u00a0» (voir «\u00a0itinerary"
        " list\u00a0»)"
    ),
    "the item has no venue to send the needs to": (
        "l'élément n'a pas de lieu auquel envoyer les besoins alimentaires"
    ),
    # services/people.py: people, organisations and the delegate form.
    "an organisation named '{short}' already exists": (
        "un organisme nommé «\u00a0{short}\u00a0» existe déjà"
    ),
    "a person named '{short}' already exists": (
        "une personne nommée «\u00a0{short}\u00a0» existe déjà"
    ),
    "given without a passport number": "donnée sans numéro de passeport",
    "'{text}' is not an e-mail address": "«\u00a0{text}\u00a0» n'est pas une adresse e-mail",
    "no person '{ref}' (give their id or short name, see 'roster list')": (
        "aucune personne «\u00a0{ref}\u00a0» (donnez son identifiant ou son nom court, voir"
        " «\u00a0roster list\u00a0»)"
    ),
    "{value!r} is not an organisation id": "{value!r} n'est pas un identifiant d'organisme",
    "is not a field of a person": "n'est pas un champ d'une personne",
    "'{text}' is not an e-mail address (name@example.org)": (
        "«\u00a0{text}\u00a0» n'est pas une adresse e-mail (nom@exemple.org)"
    ),
    "'{text}' is not a phone number": "«\u00a0{text}\u00a0» n'est pas un numéro de téléphone",
    "'{text}' is not a valid number for {region}; add the country code (+1...)": (
        "«\u00a0{text}\u00a0» n'est pas un numéro valide pour {region}\u00a0; ajoutez"
        " l'indicatif du pays (+1...)"
    ),
    "must be a date (YYYY-MM-DD)": "doit être une date (AAAA-MM-JJ)",
    "must be 5 to 20 letters and digits (no other signs)": (
        "doit compter de 5 à 20 lettres et chiffres (sans autre signe)"
    ),
    "'{text}' is not a supported language (fr or en)": (
        "«\u00a0{text}\u00a0» n'est pas une langue prise en charge (fr ou en)"
    ),
    "is not a known organisation": "n'est pas un organisme connu",
    "must be in the past": "doit être dans le passé",
    "is before 1900: check the year": "est antérieure à 1900\u00a0: vérifiez l'année",
    "is not after the birth date": "n'est pas postérieure à la date de naissance",
    # services/roster.py: the mission's roster, its groups, rooms and the delegate form.
    "the mission already has a group '{name}'": "la mission a déjà un groupe «\u00a0{name}\u00a0»",
    "{given} {family} is already on this mission": (
        "{given} {family} fait déjà partie de cette mission"
    ),
    "no venue with id {venue_id}": "aucun lieu n'a l'identifiant {venue_id}",
    "the stop does not belong to this mission": "l'étape n'appartient pas à cette mission",
    "no such hotel block or participant": "ce bloc de chambres ou ce délégué n'existe pas",
    "the hotel block and the delegate are on different missions": (
        "le bloc de chambres et le délégué sont sur des missions différentes"
    ),
    "are on different missions": "sont sur des missions différentes",
    "a group cannot be both added and removed": (
        "un groupe ne peut pas être à la fois ajouté et retiré"
    ),
    "no group with id {group_id}": "aucun groupe n'a l'identifiant {group_id}",
    "the group '{name}' still has delegates": (
        "le groupe «\u00a0{name}\u00a0» a encore des délégués"
    ),
    "the group '{name}' is invited to itinerary items": (
        "le groupe «\u00a0{name}\u00a0» est invité à des éléments du programme"
    ),
    "belongs to another delegate": "appartient à un autre délégué",
    "a {kind} for {country} is given twice": (
        "l'autorisation «\u00a0{kind}\u00a0» pour {country} est donnée deux fois"
    ),
    "must be a list of authorisations": "doit être une liste d'autorisations",
    "visa": "visa",
    "esta": "ESTA",
    "eta": "AVE (eTA)",
    "other": "autre",
    "a group does not belong to this mission": "un groupe n'appartient pas à cette mission",
    "{check_out} is not after check-in {check_in}": (
        "le {check_out} n'est pas après la date d'arrivée, le {check_in}"
    ),
    "must be a list of groups": "doit être une liste de groupes",
    "is not a field of a delegate": "n'est pas un champ d'un délégué",
    "must be a room choice": "doit être un choix de chambre",
    "is not a hotel of this mission": "n'est pas un hôtel de cette mission",
    "is not another delegate of this mission": "n'est pas un autre délégué de cette mission",
    "must be a photo file": "doit être un fichier photo",
    "entry rules: {problem}": "règles d'entrée\u00a0: {problem}",
}

FIELDS: dict[str, str] = {
    "backup folder": "dossier de sauvegarde",
    "check-out": "date de départ",
    "dates": "dates",
    "delegates": "délégués",
    "e-mail": "adresse e-mail",
    "entry rules": "règles d'entrée",
    "expiry": "date d'expiration",
    "groups": "groupes",
    "hotel": "hôtel",
    "item": "élément du programme",
    "language": "langue",
    "languages": "langues parlées",
    "logo": "logo",
    "months": "mois",
    "organisation": "organisme",
    "output": "fichier d'export",
    "passport expiry": "expiration du passeport",
    "photo": "photo",
    "room": "chambre",
    "room-mate": "compagnon de chambre",
    "speaker": "intervenant",
    "stop": "étape",
    "stops": "étapes",
    "venue": "lieu",
    # Fields named through the validation helpers (require_text, check_zone, ...), all parts.
    "driver's phone": "téléphone du chauffeur",
    "English notes": "notes en anglais",
    "English summary": "résumé en anglais",
    "English title": "titre en anglais",
    "French notes": "notes en français",
    "French summary": "résumé en français",
    "address": "adresse",
    "arrival airport": "aéroport d'arrivée",
    "booking reference": "référence de réservation",
    "booklet language": "langue du carnet",
    "carrier": "compagnie",
    "changed by": "modifié par",
    "city": "ville",
    "contact role": "rôle du contact",
    "country": "pays",
    "departure airport": "aéroport de départ",
    "description": "description",
    "dietary needs": "régime alimentaire",
    "domain": "domaine",
    "dress code": "tenue",
    "driver": "chauffeur",
    "emergency contact": "contact d'urgence",
    "end zone": "fuseau horaire de fin",
    "family name": "nom",
    "flight number": "numéro de vol",
    "gifts": "cadeaux",
    "given name": "prénom",
    "group name": "nom du groupe",
    "home city": "ville d'origine",
    "home country": "pays d'origine",
    "home time zone": "fuseau horaire d'origine",
    "home zone": "fuseau horaire d'origine",
    "honorific": "civilité",
    "internal notes": "notes internes",
    "interpreters": "interprètes",
    "job title": "fonction",
    "jobs expected": "emplois attendus",
    "material": "matériel",
    "meeting point": "point de rendez-vous",
    "mobility needs": "besoins de mobilité",
    "nationality": "nationalité",
    "note": "note",
    "notes": "notes",
    "number": "numéro",
    "objectives": "objectifs",
    "organisation country": "pays de l'organisme",
    "organisation name": "nom de l'organisme",
    "organisation short name": "nom court de l'organisme",
    "outcome": "résultat",
    "partner event": "événement partenaire",
    "passport country": "pays du passeport",
    "passport number": "numéro de passeport",
    "person short name": "nom court de la personne",
    "phone": "téléphone",
    "place": "lieu",
    "press": "presse",
    "project": "projet",
    "purpose": "objet",
    "room number": "numéro de chambre",
    "room type": "type de chambre",
    "seat": "siège",
    "sector": "secteur",
    "sent by": "envoyé par",
    "shipped entry rules": "règles d'entrée fournies",
    "short name": "nom court",
    "short": "nom court",
    "signing place": "lieu de signature",
    "start date": "date de début",
    "start zone": "fuseau horaire de début",
    "start": "début",
    "state": "état",
    "status changed on": "date du changement de statut",
    "stop end": "fin de l'étape",
    "stop start": "début de l'étape",
    "tables": "tables",
    "theme": "thème",
    "title": "titre",
    "to bring": "à prévoir",
    "topic": "sujet",
    "travel time": "temps de trajet",
    "uploaded by": "déposé par",
    "vehicle name": "nom du véhicule",
    "venue country": "pays du lieu",
    "venue name": "nom du lieu",
    "venue phone": "téléphone du lieu",
    "venue zone": "fuseau horaire du lieu",
    "website": "site web",
    "zone": "fuseau horaire",
}
