"""French of the messages about imports and exports (``interchange/``) and the itinerary."""

from __future__ import annotations

# "\u00a0" is a no-break space: before « : ; ? ! » and inside « guillemets ».
FRENCH: dict[str, str] = {
    # --- cells (cell_values) ---------------------------------------------------------------
    "'{text}' is not a date (write it as 05/11/2017)": (
        "«\u00a0{text}\u00a0» n'est pas une date (écrivez-la sous la forme 05/11/2017)"
    ),
    "'{text}' is not a date": "«\u00a0{text}\u00a0» n'est pas une date",
    "'{text}' has no year": "«\u00a0{text}\u00a0» n'a pas d'année",
    "'{text}' has no day (write it as 05/11/2017)": (
        "«\u00a0{text}\u00a0» n'a pas de jour (écrivez la date sous la forme 05/11/2017)"
    ),
    "'{text}' is not a phone number": "«\u00a0{text}\u00a0» n'est pas un numéro de téléphone",
    "'{text}' is not a valid phone number for {region} (add the country code, e.g. +1)": (
        "«\u00a0{text}\u00a0» n'est pas un numéro de téléphone valable pour {region} "
        "(ajoutez l'indicatif du pays, par exemple +1)"
    ),
    "'{text}' is not a country name or code": (
        "«\u00a0{text}\u00a0» n'est ni un nom ni un code de pays"
    ),
    "'{text}' is not a booklet language (français or English)": (
        "«\u00a0{text}\u00a0» n'est pas une langue de livret (français ou English)"
    ),
    # --- reading a file (tabular) ----------------------------------------------------------
    "cannot read {name}: {reason}": "impossible de lire {name}\u00a0: {reason}",
    "{name} is empty": "{name} est vide",
    "{name} is larger than {size} MB": "{name} dépasse {size}\u00a0Mo",
    "{name} is an OpenDocument file but not a spreadsheet ({kind}): "
    "save the list from LibreOffice Calc as .ods, .xlsx or .csv": (
        "{name} est un fichier OpenDocument mais pas un classeur ({kind})\u00a0: "
        "enregistrez la liste depuis LibreOffice Calc en .ods, .xlsx ou .csv"
    ),
    "{name} is an old Excel 97-2003 file (.xls): save it as .xlsx or .csv first": (
        "{name} est un ancien fichier Excel 97-2003 (.xls)\u00a0: "
        "enregistrez-le d'abord en .xlsx ou .csv"
    ),
    "{name} is a text file: it has no sheet '{sheet}'": (
        "{name} est un fichier texte\u00a0: il n'a pas de feuille «\u00a0{sheet}\u00a0»"
    ),
    "{name} announces Unicode but holds other bytes (at byte {start}): "
    "save it again as CSV UTF-8": (
        "{name} s'annonce en Unicode mais contient d'autres octets (à l'octet {start})\u00a0: "
        "enregistrez-le de nouveau en CSV UTF-8"
    ),
    "{name} is not a text table (it holds binary data)": (
        "{name} n'est pas un tableau texte (il contient des données binaires)"
    ),
    "{name} is neither UTF-8 nor Windows-1252 text": (
        "{name} n'est un texte ni en UTF-8 ni en Windows-1252"
    ),
    "{name}, line {line}: {reason}": "{name}, ligne {line}\u00a0: {reason}",
    "{name} has a header row but no data rows": (
        "{name} a une ligne d'en-tête mais aucune ligne de données"
    ),
    "{name} has more than {count:,} rows; split it into smaller files": (
        "{name} a plus de {count} lignes\u00a0; découpez-le en fichiers plus petits"
    ),
    "{name} is not a readable OpenDocument spreadsheet (it may be damaged): "
    "open it in LibreOffice Calc and save it again": (
        "{name} n'est pas un classeur OpenDocument lisible (il est peut-être abîmé)\u00a0: "
        "ouvrez-le dans LibreOffice Calc et enregistrez-le de nouveau"
    ),
    "{name} has no sheet": "{name} n'a aucune feuille",
    "the sheet '{title}' of {name} cannot be read (it may be damaged)": (
        "la feuille «\u00a0{title}\u00a0» de {name} est illisible (elle est peut-être abîmée)"
    ),
    "{name} is not a readable XLSX workbook (it may be damaged): "
    "open it in the spreadsheet program and save it again": (
        "{name} n'est pas un classeur XLSX lisible (il est peut-être abîmé)\u00a0: "
        "ouvrez-le dans le tableur et enregistrez-le de nouveau"
    ),
    "the sheet '{title}' of {name} is empty": "la feuille «\u00a0{title}\u00a0» de {name} est vide",
    "the sheet '{title}' of {name} has a header but no data rows": (
        "la feuille «\u00a0{title}\u00a0» de {name} a un en-tête mais aucune ligne de données"
    ),
    "{name} has no sheet '{sheet}' (it has: {names})": (
        "{name} n'a pas de feuille «\u00a0{sheet}\u00a0» (ses feuilles\u00a0: {names})"
    ),
    "{name} is not a readable XLSX workbook": "{name} n'est pas un classeur XLSX lisible",
    # --- columns (roster_columns, itinerary_columns) ---------------------------------------
    "'{pair}' must read Header=field": "«\u00a0{pair}\u00a0» doit s'écrire En-tête=champ",
    "'{field}' is not a roster field ({known})": (
        "«\u00a0{field}\u00a0» n'est pas un champ de la liste des délégués ({known})"
    ),
    "'{field}' is not an itinerary field ({known})": (
        "«\u00a0{field}\u00a0» n'est pas un champ du programme ({known})"
    ),
    "'{field}' is not an itinerary field": "«\u00a0{field}\u00a0» n'est pas un champ du programme",
    "the file has no column '{header}'": "le fichier n'a pas de colonne «\u00a0{header}\u00a0»",
    "no column for '{label}' ({field}); name it with --map \"Header={field}\"": (
        "aucune colonne pour «\u00a0{label}\u00a0» ({field})\u00a0; "
        'désignez-la avec --map "En-tête={field}"'
    ),
    "no column for '{label}' ({field}) and '{other_label}' ({other}); "
    'name it with --map "Header={field}"': (
        "aucune colonne pour «\u00a0{label}\u00a0» ({field}) ni pour "
        "«\u00a0{other_label}\u00a0» ({other})\u00a0; "
        'désignez-la avec --map "En-tête={field}"'
    ),
    # --- a roster's rows (roster_import) ---------------------------------------------------
    "is longer than {limit} characters": "dépasse {limit} caractères",
    "is empty": "est vide",
    "'{text}' is not an e-mail address": "«\u00a0{text}\u00a0» n'est pas une adresse e-mail",
    "given without a passport number": "donnée sans numéro de passeport",
    "'{start}…' is longer than {limit} characters": (
        "«\u00a0{start}…\u00a0» dépasse {limit} caractères"
    ),
    "same person as row {row}": "même personne qu'à la ligne {row}",
    "same e-mail as row {row}": "même adresse e-mail qu'à la ligne {row}",
    "the mission has no hotel '{hotel}' (add it with 'hotel add')": (
        "la mission n'a pas d'hôtel «\u00a0{hotel}\u00a0» (ajoutez-le d'abord à la mission)"
    ),
    "the mission has several blocks at '{hotel}'": (
        "la mission a plusieurs contingents à l'hôtel «\u00a0{hotel}\u00a0»"
    ),
    "is empty, but the row gives a room, a room type or a room-mate": (
        "est vide, mais la ligne donne une chambre, un type de chambre ou un colocataire"
    ),
    "'{name}' is neither on the mission's roster nor in the file": (
        "«\u00a0{name}\u00a0» n'est ni dans la liste des délégués de la mission ni dans le fichier"
    ),
    "business_leader, elected_official, guest, institutional, press, staff": (
        "chef d'entreprise, élu, invité, institutionnel, presse, équipe d'organisation"
    ),
    "cancelled, confirmed, invited, registered, waitlisted": (
        "annulé, confirmé, invité, inscrit, liste d'attente"
    ),
    "may be a person already known ({described}): add their e-mail, birth date or "
    "short name to the row to say who this is": (
        "est peut-être une personne déjà connue ({described})\u00a0: ajoutez à la ligne son "
        "adresse e-mail, sa date de naissance ou son identifiant pour dire de qui il s'agit"
    ),
    "{count} row(s) of {source} are refused; nothing was imported "
    "(correct them, or skip them explicitly)": (
        "{count} ligne(s) de {source} refusée(s)\u00a0: rien n'a été importé "
        "(corrigez-les, ou demandez expressément à les laisser de côté)"
    ),
    "{reason}; nothing was imported": "{reason}\u00a0; rien n'a été importé",
    "row {row}: {reason}; nothing was imported": (
        "ligne {row}\u00a0: {reason}\u00a0; rien n'a été importé"
    ),
    "{field}: {message}": "{field}\u00a0: {message}",
    # --- a programme's rows (itinerary_import) ---------------------------------------------
    "'{text}' already gives the end: leave the end empty": (
        "«\u00a0{text}\u00a0» donne déjà la fin\u00a0: laissez la fin vide"
    ),
    "'{text}' is on {day}, not on the day of the date column ({column_day})": (
        "«\u00a0{text}\u00a0» tombe le {day}, et non le jour de la colonne de date ({column_day})"
    ),
    "{day} is outside the mission ({start} to {end})": (
        "le {day} est en dehors de la mission (du {start} au {end})"
    ),
    "already in the mission (item {item})": "déjà dans la mission (élément {item})",
    "same title and start as row {row}": "même titre et même début qu'à la ligne {row}",
    "kind '{text}' not recognised: other": "type «\u00a0{text}\u00a0» non reconnu\u00a0: autre",
    "'{city}' is not a stop of this mission ({cities})": (
        "«\u00a0{city}\u00a0» n'est pas une étape de cette mission ({cities})"
    ),
    "no stop of the mission covers {day}: give the city or the time zone in a column": (
        "aucune étape de la mission ne couvre le {day}\u00a0: "
        "indiquez la ville ou le fuseau horaire dans une colonne"
    ),
    "on {day} the mission is in {cities} and {last}: give the city or the time zone": (
        "le {day}, la mission est à {cities} et à {last}\u00a0: "
        "indiquez la ville ou le fuseau horaire"
    ),
    "unknown time zone '{text}' (write it as America/Toronto, Europe/Paris…)": (
        "fuseau horaire «\u00a0{text}\u00a0» inconnu (écrivez-le sous la forme "
        "America/Toronto, Europe/Paris…)"
    ),
    "{local:%H:%M} on {local:%Y-%m-%d} in {zone} does not exist: the clocks go "
    "forward from {before:%H:%M} to {after:%H:%M} that night "
    "(choose {after:%H:%M} or later)": (
        "{local:%H:%M} le {local:%d/%m/%Y} à {zone} n'existe pas\u00a0: cette nuit-là, les "
        "horloges avancent de {before:%H:%M} à {after:%H:%M} "
        "(choisissez {after:%H:%M} ou plus tard)"
    ),
    "{local:%H:%M} on {local:%Y-%m-%d} in {zone} is ambiguous: the clocks go "
    "back from {before:%H:%M} to {after:%H:%M} that night, so it happens twice "
    "(choose a time outside that hour)": (
        "{local:%H:%M} le {local:%d/%m/%Y} à {zone} est ambigu\u00a0: cette nuit-là, les "
        "horloges reculent de {before:%H:%M} à {after:%H:%M}, cette heure a donc lieu deux "
        "fois (choisissez une heure en dehors de cet intervalle)"
    ),
    "give the end or the duration, not both": "donnez la fin ou la durée, pas les deux",
    "a duration needs the end in the start's zone: give the end time": (
        "une durée suppose que la fin soit dans le fuseau du début\u00a0: donnez l'heure de fin"
    ),
    "no end given: ends when it starts": "pas de fin indiquée\u00a0: se termine à son début",
    "end '{text}' read as a duration": "fin «\u00a0{text}\u00a0» lue comme une durée",
    "{end:%Y-%m-%d %H:%M} is before the start {start:%Y-%m-%d %H:%M}"
    " (an end after midnight needs its date)": (
        "{end:%d/%m/%Y %H:%M} est avant le début {start:%d/%m/%Y %H:%M}"
        " (une fin après minuit doit avoir sa date)"
    ),
    "{end:%Y-%m-%d %H:%M} is before the start {start:%Y-%m-%d %H:%M}": (
        "{end:%d/%m/%Y %H:%M} est avant le début {start:%d/%m/%Y %H:%M}"
    ),
    'unknown group "{name}" (no groups yet)': (
        "groupe «\u00a0{name}\u00a0» inconnu (aucun groupe pour l'instant)"
    ),
    'unknown group "{name}" (groups of this mission: {groups})': (
        "groupe «\u00a0{name}\u00a0» inconnu (groupes de cette mission\u00a0: {groups})"
    ),
    "'{token}' is both a group and a delegate: write groupe:{token} or the delegate's short name": (
        "«\u00a0{token}\u00a0» est à la fois un groupe et un délégué\u00a0: écrivez "
        "groupe:{token} ou l'identifiant du délégué"
    ),
    "'{name}' is a group: exceptions are delegates (name the groups who attend)": (
        "«\u00a0{name}\u00a0» est un groupe\u00a0: les exceptions sont des délégués "
        "(nommez les groupes qui participent)"
    ),
    "{names} both invited and excepted": "{names} à la fois invités et exclus",
    "'{text}' may be {shorts}: write the short name": (
        "«\u00a0{text}\u00a0» peut désigner {shorts}\u00a0: écrivez l'identifiant"
    ),
    'unknown group or person "{text}" (not a group nor a delegate of this mission)': (
        "groupe ou personne «\u00a0{text}\u00a0» inconnu (ni un groupe ni un délégué "
        "de cette mission)"
    ),
    'unknown person "{text}" (not a delegate of this mission)': (
        "personne «\u00a0{text}\u00a0» inconnue (pas un délégué de cette mission)"
    ),
    "{count} row(s) of {source} are refused; nothing was imported "
    "(correct the file and import it again)": (
        "{count} ligne(s) de {source} refusée(s)\u00a0: rien n'a été importé "
        "(corrigez le fichier et importez-le de nouveau)"
    ),
    # --- exports ---------------------------------------------------------------------------
    "'{name}' must end in .xlsx": "«\u00a0{name}\u00a0» doit se terminer par .xlsx",
    "'{name}' must end in .xlsx or .csv": (
        "«\u00a0{name}\u00a0» doit se terminer par .xlsx ou .csv"
    ),
    "'{language}' is not fr or en": "«\u00a0{language}\u00a0» n'est ni fr ni en",
    "the mission has no hotel block: there is nothing to list": (
        "la mission n'a aucun contingent d'hôtel\u00a0: il n'y a rien à lister"
    ),
    "the folder '{folder}' does not exist": "le dossier «\u00a0{folder}\u00a0» n'existe pas",
    "give a short name, or none for the whole mission": (
        "donnez un identifiant, ou aucun pour toute la mission"
    ),
    "'{person}' is not on the roster of mission '{mission}'": (
        "«\u00a0{person}\u00a0» n'est pas dans la liste des délégués de la mission "
        "«\u00a0{mission}\u00a0»"
    ),
    "{path} is a folder; give a file name ending in .ics": (
        "{path} est un dossier\u00a0; donnez un nom de fichier se terminant par .ics"
    ),
    # --- the demo missions (demo) ----------------------------------------------------------
    "cannot be read: {reason}": "est illisible\u00a0: {reason}",
    "is not a {format} file of version {version}": (
        "n'est pas un fichier {format} de version {version}"
    ),
    "does not follow the format: {problem!r}": "ne suit pas le format\u00a0: {problem!r}",
    # --- the itinerary (services/itinerary) ------------------------------------------------
    "'{code}' is not a three-letter IATA code": (
        "«\u00a0{code}\u00a0» n'est pas un code IATA de trois lettres"
    ),
    "{latitude} is not between -90 and 90": "{latitude} n'est pas compris entre -90 et 90",
    "{longitude} is not between -180 and 180": "{longitude} n'est pas compris entre -180 et 180",
    "no mission with id {id}": "aucune mission n'a l'identifiant {id}",
    "item {id} is not a flight": "l'élément {id} n'est pas un vol",
    "no participant with id {id}": "aucun délégué n'a l'identifiant {id}",
    "the passenger is not on this flight's mission": (
        "le passager n'est pas de la mission de ce vol"
    ),
    "{day:%Y-%m-%d} is more than a year away from the mission's dates": (
        "le {day:%d/%m/%Y} est à plus d'un an des dates de la mission"
    ),
    "{end:%Y-%m-%d %H:%M} ({end_zone}) is before the start {start:%Y-%m-%d %H:%M} ({start_zone})": (
        "{end:%d/%m/%Y %H:%M} ({end_zone}) est avant le début {start:%d/%m/%Y %H:%M} ({start_zone})"
    ),
    "the stop does not belong to this mission": "l'étape n'appartient pas à cette mission",
    "no venue with id {id}": "aucun lieu n'a l'identifiant {id}",
    "'{rule}' repeats more than {count} times within the mission": (
        "«\u00a0{rule}\u00a0» se répète plus de {count} fois pendant la mission"
    ),
    "choose at least one group, or invite everyone": (
        "choisissez au moins un groupe, ou invitez tout le monde"
    ),
    "a group does not belong to this mission": "un groupe n'appartient pas à cette mission",
    "choose at least one delegate, or invite everyone": (
        "choisissez au moins un délégué, ou invitez tout le monde"
    ),
    "a delegate cannot be both invited and excluded": (
        "un délégué ne peut pas être à la fois invité et exclu"
    ),
    "flight details given for an item that is no flight": (
        "détails de vol donnés pour un élément qui n'est pas un vol"
    ),
    "no itinerary item with id {id}": "aucun élément du programme n'a l'identifiant {id}",
    "1 passenger is booked on {carrier} {number}: it stays a flight while anyone is": (
        "1 passager est réservé sur le vol {carrier} {number}\u00a0: "
        "il reste un vol tant que quelqu'un l'est"
    ),
    "{count} passengers are booked on {carrier} {number}: it stays a flight while anyone is": (
        "{count} passagers sont réservés sur le vol {carrier} {number}\u00a0: "
        "il reste un vol tant que quelqu'un l'est"
    ),
    "{count} day": "{count} jour",
    "{count} days": "{count} jours",
    "{days} {clock}": "{days} {clock}",
    "{length} earlier": "{length} plus tôt",
    "{length} later": "{length} plus tard",
    "moved {delta}, {reason}; move it further": (
        "déplacé {delta}, {reason}\u00a0; déplacez-le davantage"
    ),
    "the item {uid} exists already (id {id})": ("l'élément {uid} existe déjà (identifiant {id})"),
}

FIELDS: dict[str, str] = {
    "language": "langue",
    "person": "délégué",
    "file": "fichier",
    "map": "correspondance des colonnes",
    "hotels": "hôtels",
    "passenger": "passager",
    "end": "fin",
    "stop": "étape",
    "repeat": "répétition",
    "groups": "groupes",
    "attendees": "participants",
    "flight": "vol",
    "kind": "type",
    "airport code": "code d'aéroport",
    "latitude": "latitude",
    "longitude": "longitude",
}
