"""French of the messages about agreements, meetings, leads, workshops and transfers."""

from __future__ import annotations

# Words said alone are values inside a sentence (a status, a kind of item, a stage): the
# sentences that hold them put them in « guillemets », so that their gender never matters.
FRENCH: dict[str, str] = {
    # --- agreements: statuses (as values and as labels) and kinds of itinerary items
    "draft": "projet",
    "negotiating": "en négociation",
    "ready_for_signature": "prêt pour signature",
    "ready for signature": "prêt pour signature",
    "signed": "signé",
    "in_force": "en vigueur",
    "in force": "en vigueur",
    "expired": "expiré",
    "terminated": "résilié",
    "flight": "vol",
    "train": "train",
    "transfer": "transfert",
    "visit": "visite",
    "reception": "réception",
    "meal": "repas",
    "meeting": "rendez-vous",
    "workshop": "atelier",
    "signing": "signature",
    "briefing": "briefing",
    "free_time": "temps libre",
    "other": "autre",
    # --- agreements
    "an agreement recorded as {status}": "un accord au statut «\u00a0{status}\u00a0»",
    "no person with id {person_id} ({field})": (
        "aucune personne n'a l'identifiant {person_id} ({field})"
    ),
    "signatory {number}": "signataire {number}",
    "speech {number}": "prise de parole {number}",
    "copy {number}": "exemplaire {number}",
    "{field} capacity": "qualité ({field})",
    "{field} speaker": "intervenant ({field})",
    "{field} topic": "sujet ({field})",
    "{field} minutes": "durée ({field})",
    "{field} language": "langue ({field})",
    "{field} languages": "langues ({field})",
    "{field} count": "nombre d'originaux ({field})",
    "{field} note": "note ({field})",
    "'{text}' is not one of {choices}": (
        "«\u00a0{text}\u00a0» n'est pas une valeur possible ({choices})"
    ),
    "the list of domains is longer than 300 characters": (
        "la liste des domaines dépasse 300 caractères"
    ),
    "an agreement needs at least two parties": "il faut au moins deux parties à un accord",
    "an agreement needs a party on each side": "il faut une partie de chaque côté de l'accord",
    "an organisation is listed twice": "un organisme figure deux fois",
    "side {side} is not 1 (ours) or 2 (partner)": (
        "le côté {side} n'est ni 1 (le nôtre) ni 2 (le partenaire)"
    ),
    "no organisation with id {organisation_id}": (
        "aucun organisme n'a l'identifiant {organisation_id}"
    ),
    "signs for an organisation that is not a party": (
        "signe pour un organisme qui n'est pas partie à l'accord"
    ),
    "the same person is listed twice": "la même personne figure deux fois",
    "no mission with id {mission_id}": "aucune mission n'a l'identifiant {mission_id}",
    "no itinerary item with id {item_id}": (
        "aucun élément du programme n'a l'identifiant {item_id}"
    ),
    "'{title}' is a {kind} item, not a signing": (
        "«\u00a0{title}\u00a0» est un élément de type «\u00a0{kind}\u00a0», pas une signature"
    ),
    "the ceremony belongs to another mission": "la cérémonie appartient à une autre mission",
    "{day} is not the day of the ceremony ({ceremony_day})": (
        "le {day:%d/%m/%Y} n'est pas le jour de la cérémonie (le {ceremony_day:%d/%m/%Y})"
    ),
    "{end_date} is not after the effective date {effective_date}": (
        "le {end_date:%d/%m/%Y} n'est pas après la date d'entrée en vigueur, "
        "le {effective_date:%d/%m/%Y}"
    ),
    "{notice} is not a number of days": "{notice} n'est pas un nombre de jours",
    "{recorded} needs its signing date (the day it was signed)": (
        "{recorded} doit avoir sa date de signature (le jour où il a été signé)"
    ),
    "an agreement named '{short}' already exists": (
        "un accord nommé «\u00a0{short}\u00a0» existe déjà"
    ),
    "{recorded} needs at least one signatory: record who signs it, and in what capacity": (
        "{recorded} doit avoir au moins un signataire\u00a0: indiquez qui le signe, "
        "et en quelle qualité"
    ),
    "{name} still has a signatory: change that first, then remove {name}": (
        "{name} a encore un signataire\u00a0: changez cela d'abord, puis retirez {name}"
    ),
    "a commitment names {name}: change that first, then remove {name}": (
        "un engagement nomme {name}\u00a0: changez cela d'abord, puis retirez {name}"
    ),
    "no agreement with id {agreement_id}": "aucun accord n'a l'identifiant {agreement_id}",
    "the agreement is already {status}": "l'accord est déjà au statut «\u00a0{status}\u00a0»",
    "an agreement cannot go from {current} to {status}": (
        "un accord ne peut pas passer du statut «\u00a0{current}\u00a0» "
        "au statut «\u00a0{status}\u00a0»"
    ),
    "the signing date and place are given only when marking it signed": (
        "la date et le lieu de signature ne s'indiquent qu'en marquant l'accord comme signé"
    ),
    "{changed_at:%Y-%m-%d %H:%M} UTC is before the last change ({last:%Y-%m-%d})": (
        "le {changed_at:%d/%m/%Y %H:%M} UTC est antérieur au dernier changement "
        "(le {last:%d/%m/%Y})"
    ),
    "the agreement has no signatory: record who signs it, and in what capacity, "
    "before marking it signed": (
        "l'accord n'a pas de signataire\u00a0: indiquez qui le signe, et en quelle qualité, "
        "avant de le marquer comme signé"
    ),
    "the agreement has no signing date: give the day it was signed (and where) to mark it signed": (
        "l'accord n'a pas de date de signature\u00a0: indiquez le jour où il a été signé "
        "(et le lieu) pour le marquer comme signé"
    ),
    "{recorded} keeps at least one signatory": "{recorded} garde au moins un signataire",
    "no agreement '{ref}' (give its id or short name)": (
        "aucun accord «\u00a0{ref}\u00a0» (indiquez son identifiant ou son nom court)"
    ),
    "'{text}' is not a year (e.g. 2017)": "«\u00a0{text}\u00a0» n'est pas une année (par ex. 2017)",
    "'{code}' is not a language code (fr, en, es...)": (
        "«\u00a0{code}\u00a0» n'est pas un code de langue (fr, en, es...)"
    ),
    "say in which language(s) the originals are (fr, en...)": (
        "indiquez en quelle(s) langue(s) sont les originaux (fr, en...)"
    ),
    "say who speaks (a person on record or a name)": (
        "indiquez qui prend la parole (une personne enregistrée ou un nom)"
    ),
    "{minutes} is not a length of 1 to 180 minutes": (
        "{minutes} n'est pas une durée de 1 à 180 minutes"
    ),
    "{count} is not 1 to 50 originals": "{count} n'est pas un nombre d'originaux de 1 à 50",
    "too many languages for one original": "trop de langues pour un seul original",
    # --- agreement documents
    "give the document's file name (e.g. accord-signe.pdf)": (
        "indiquez le nom du fichier du document (par ex. accord-signe.pdf)"
    ),
    "is longer than 255 characters": "dépasse 255 caractères",
    "'{path}' is a folder, not a file": "«\u00a0{path}\u00a0» est un dossier, pas un fichier",
    "'{path}' does not exist": "«\u00a0{path}\u00a0» n'existe pas",
    "'{name}' cannot be read: permission denied": (
        "«\u00a0{name}\u00a0» ne peut pas être lu\u00a0: accès refusé"
    ),
    "'{name}' cannot be read ({reason})": "«\u00a0{name}\u00a0» ne peut pas être lu ({reason})",
    "'{name}' is empty (0 bytes)": "«\u00a0{name}\u00a0» est vide (0 octet)",
    "the document is empty (0 bytes)": "le document est vide (0 octet)",
    "'{name}' is {megabytes:.1f} MB: documents are limited to "
    "{limit} MB (save a scan at a lower resolution)": (
        "«\u00a0{name}\u00a0» pèse {megabytes:.1f}\u00a0Mo\u00a0: les documents sont limités "
        "à {limit}\u00a0Mo (enregistrez le scan à une résolution plus basse)"
    ),
    "'the document' is {megabytes:.1f} MB: documents are limited to "
    "{limit} MB (save a scan at a lower resolution)": (
        "le document pèse {megabytes:.1f}\u00a0Mo\u00a0: les documents sont limités "
        "à {limit}\u00a0Mo (enregistrez le scan à une résolution plus basse)"
    ),
    "'{code}' is not a language code (fr, en...)": (
        "«\u00a0{code}\u00a0» n'est pas un code de langue (fr, en...)"
    ),
    "'{short}' is still at the stage '{stage}': a signed copy can be recorded "
    "once the text is ready for signature or signed": (
        "«\u00a0{short}\u00a0» est encore au statut «\u00a0{stage}\u00a0»\u00a0: une copie "
        "signée peut être enregistrée une fois le texte prêt pour signature ou signé"
    ),
    "version {version} of '{short}' ({file_name})": (
        "la version {version} de «\u00a0{short}\u00a0» ({file_name})"
    ),
    "'{name}' is the same file as {earlier}: nothing was added": (
        "«\u00a0{name}\u00a0» est le même fichier que {earlier}\u00a0: rien n'a été ajouté"
    ),
    "'{name}' is the same file as {earlier}: nothing was added"
    "; mark that version as the signed copy instead": (
        "«\u00a0{name}\u00a0» est le même fichier que {earlier}\u00a0: rien n'a été ajouté"
        "\u00a0; marquez plutôt cette version comme copie signée"
    ),
    "no agreement document with id {document_id}": (
        "aucun document d'accord n'a l'identifiant {document_id}"
    ),
    "{document} is the signed copy: it is kept as it was signed and cannot be "
    "changed; add a new version instead": (
        "{document} est la copie signée\u00a0: elle est gardée telle qu'elle a été signée et "
        "ne peut pas être modifiée\u00a0; ajoutez plutôt une nouvelle version"
    ),
    "{document} is the signed copy: it is kept as it was signed and cannot be "
    "deleted or replaced; add a new version instead": (
        "{document} est la copie signée\u00a0: elle est gardée telle qu'elle a été signée et "
        "ne peut être ni supprimée ni remplacée\u00a0; ajoutez plutôt une nouvelle version"
    ),
    "version {version} is already the signed copy": (
        "la version {version} est déjà la copie signée"
    ),
    "the stored copy of version {version} ({file_name}) is damaged: "
    "its SHA-256 no longer matches; restore a backup of the database": (
        "la copie enregistrée de la version {version} ({file_name}) est endommagée\u00a0: "
        "son empreinte SHA-256 ne correspond plus\u00a0; restaurez une sauvegarde de la base "
        "de données"
    ),
    "the folder '{folder}' does not exist": "le dossier «\u00a0{folder}\u00a0» n'existe pas",
    "cannot write in '{folder}' ({reason})": (
        "impossible d'écrire dans «\u00a0{folder}\u00a0» ({reason})"
    ),
    "cannot write '{target}' ({reason})": "impossible d'écrire «\u00a0{target}\u00a0» ({reason})",
    # --- editing agreements
    "party {number} names no organisation": "la partie {number} ne nomme aucun organisme",
    "signs for an organisation not listed": "signe pour un organisme absent de la liste",
    # What an agreement holds, listed after a colon (hence no article).
    "documents": "documents",
    "commitments": "engagements",
    "a run sheet": "déroulé de la cérémonie",
    "changes of status": "changements de statut",
    "{first} and {second}": "{first} et {second}",
    "'{short}' has {held} recorded: it is kept": (
        "«\u00a0{short}\u00a0» est conservé, car des éléments y sont rattachés\u00a0: {held}"
    ),
    "an agreement with id {agreement_id} already exists": (
        "un accord avec l'identifiant {agreement_id} existe déjà"
    ),
    # --- commitments
    "the organisation is not a party to this agreement": (
        "l'organisme n'est pas partie à cet accord"
    ),
    "no person with id {person_id} (owner)": (
        "aucune personne n'a l'identifiant {person_id} (responsable)"
    ),
    "no commitment with id {commitment_id}": "aucun engagement n'a l'identifiant {commitment_id}",
    "a commitment with id {commitment_id} already exists": (
        "un engagement avec l'identifiant {commitment_id} existe déjà"
    ),
    "'{language}' is not a language of the checks (fr or en)": (
        "«\u00a0{language}\u00a0» n'est pas une langue des vérifications (fr ou en)"
    ),
    # --- follow-up actions
    "a follow-up action is attached to a meeting, a lead, or both": (
        "une action de suivi est rattachée à un rendez-vous, à une piste, ou aux deux"
    ),
    "no B2B meeting with id {meeting_id}": "aucun rendez-vous B2B n'a l'identifiant {meeting_id}",
    "no lead with id {lead_id}": "aucune piste n'a l'identifiant {lead_id}",
    "the meeting is not one of the lead's: link it to the lead first": (
        "le rendez-vous n'est pas lié à la piste\u00a0: liez-le d'abord à la piste"
    ),
    "no follow-up action with id {action_id}": (
        "aucune action de suivi n'a l'identifiant {action_id}"
    ),
    "an action is closed as done or dropped": "une action se clôt comme faite ou abandonnée",
    "the action is already done": "l'action est déjà faite",
    "the action is already dropped": "l'action est déjà abandonnée",
    "the action is still open": "l'action est encore ouverte",
    "a follow-up action with id {action_id} exists already": (
        "une action de suivi avec l'identifiant {action_id} existe déjà"
    ),
    # --- B2B meetings: statuses, then the messages
    "requested": "demandé",
    "proposed": "proposé",
    "confirmed": "confirmé",
    "held": "tenu",
    "cancelled": "annulé",
    "no_show": "absent",
    "no-show": "absent",
    "{priority} is not 1 (high), 2 or 3 (low)": "{priority} n'est pas 1 (haute), 2 ou 3 (basse)",
    "'{code}' is not a language code (fr, en, es)": (
        "«\u00a0{code}\u00a0» n'est pas un code de langue (fr, en, es)"
    ),
    "too many languages for one meeting": "trop de langues pour un seul rendez-vous",
    "no person with id {person_id} (contact)": (
        "aucune personne n'a l'identifiant {person_id} (contact)"
    ),
    "a scheduled meeting is proposed or confirmed, not {status}": (
        "un rendez-vous programmé est proposé ou confirmé, pas «\u00a0{status}\u00a0»"
    ),
    "'{title}' is a {kind} item, not a meeting": (
        "«\u00a0{title}\u00a0» est un élément de type «\u00a0{kind}\u00a0», pas un rendez-vous"
    ),
    "'{title}' belongs to another mission": "«\u00a0{title}\u00a0» appartient à une autre mission",
    "this meeting is locked in its time slot; unlock it before moving it": (
        "ce rendez-vous est verrouillé sur son créneau\u00a0; déverrouillez-le avant de le déplacer"
    ),
    "another meeting already takes the slot '{title}'": (
        "un autre rendez-vous occupe déjà le créneau «\u00a0{title}\u00a0»"
    ),
    "only a meeting with a time can be locked in it": (
        "seul un rendez-vous qui a une heure peut y être verrouillé"
    ),
    "an outcome is held, cancelled or no-show, not {status}": (
        "un résultat est «\u00a0tenu\u00a0», «\u00a0annulé\u00a0» ou «\u00a0absent\u00a0», "
        "pas «\u00a0{status}\u00a0»"
    ),
    "the meeting was never scheduled, so it was not held": (
        "le rendez-vous n'a jamais été programmé, il n'a donc pas eu lieu"
    ),
    "choose at least one delegate for the meeting": (
        "choisissez au moins un délégué pour le rendez-vous"
    ),
    "someone named is not on this mission's roster": (
        "une des personnes nommées n'est pas sur la liste de cette mission"
    ),
    "the meeting has a time, so it is proposed or confirmed, not requested": (
        "le rendez-vous a une heure\u00a0: il est donc proposé ou confirmé, pas demandé"
    ),
    "give the meeting a time before it is {status}": (
        "donnez une heure au rendez-vous avant de le marquer «\u00a0{status}\u00a0»"
    ),
    "this meeting concerns a lead: keep it, or cancel it instead": (
        "ce rendez-vous concerne une piste\u00a0: gardez-le, ou annulez-le plutôt"
    ),
    "this meeting has follow-up actions: keep it, or cancel it instead": (
        "ce rendez-vous a des actions de suivi\u00a0: gardez-le, ou annulez-le plutôt"
    ),
    "the B2B meeting {meeting_id} exists already": "le rendez-vous B2B {meeting_id} existe déjà",
    "{who} is already in the meeting with {organisation} "
    "at {at:%H:%M}: nobody is in two meetings at once": (
        "{who} est déjà au rendez-vous avec {organisation} à {at:%H:%M}\u00a0: personne ne "
        "peut être à deux rendez-vous à la fois"
    ),
    "{organisation} already meets other delegates at {at:%H:%M}": (
        "{organisation} rencontre déjà d'autres délégués à {at:%H:%M}"
    ),
    "{who} is at '{title}' at {at:%H:%M}: nobody is in two places at once": (
        "{who} est à «\u00a0{title}\u00a0» à {at:%H:%M}\u00a0: personne ne peut être à deux "
        "endroits à la fois"
    ),
    "no B2B session with id {session_id}": "aucune session B2B n'a l'identifiant {session_id}",
    "the B2B session belongs to another mission": "la session B2B appartient à une autre mission",
    "the meeting with {organisation} is {status}: its time is history": (
        "le rendez-vous avec {organisation} est marqué «\u00a0{status}\u00a0»\u00a0: son "
        "horaire appartient au passé"
    ),
    "the meeting with {organisation} is locked at its time: unlock it first": (
        "le rendez-vous avec {organisation} est verrouillé à son heure\u00a0: déverrouillez-le "
        "d'abord"
    ),
    "{start:%H:%M} is not the start of a slot of this B2B session": (
        "{start:%H:%M} n'est pas le début d'un créneau de cette session B2B"
    ),
    "the meeting is already at {start:%H:%M}": "le rendez-vous est déjà à {start:%H:%M}",
    "all {tables} tables are taken at {start:%H:%M}": (
        "les {tables} tables sont toutes prises à {start:%H:%M}"
    ),
    "no interpreter is free at {start:%H:%M} ({interpreters} on hand for the session)": (
        "aucun interprète n'est libre à {start:%H:%M} ({interpreters} prévus pour la session)"
    ),
    # --- B2B sessions and the meeting plan
    "must come after the start": "doit venir après le début",
    "a span longer than a day: make one per day": (
        "une plage de plus d'une journée\u00a0: faites-en une par jour"
    ),
    "{minutes} minutes: choose {lengths}": "{minutes} minutes\u00a0: choisissez parmi {lengths}",
    "the session is shorter than one {minutes}-minute slot": (
        "la session est plus courte qu'un créneau de {minutes} minutes"
    ),
    "no venue with id {venue_id}": "aucun lieu n'a l'identifiant {venue_id}",
    "set up at least one B2B session (days, hours, tables) first": (
        "créez d'abord au moins une session B2B (jours, heures, tables)"
    ),
    "no B2B meeting with id {meeting_id}: it was deleted since": (
        "aucun rendez-vous B2B n'a l'identifiant {meeting_id}\u00a0: il a été supprimé depuis"
    ),
    "no organisation '{ref}' (give its id or short name)": (
        "aucun organisme «\u00a0{ref}\u00a0» (indiquez son identifiant ou son nom court)"
    ),
    # --- leads: stages, then the messages
    "contact": "contact",
    "study": "étude",
    "site visit": "visite de site",
    "decision": "décision",
    "settled": "implanté",
    "lost": "perdu",
    "'{text}' is not a stage ({choices})": "«\u00a0{text}\u00a0» n'est pas une étape ({choices})",
    "'{currency}' is not a currency code (EUR, USD, CAD...)": (
        "«\u00a0{currency}\u00a0» n'est pas un code de devise (EUR, USD, CAD...)"
    ),
    "give the currency of the expected investment (EUR, USD...)": (
        "indiquez la devise de l'investissement attendu (EUR, USD...)"
    ),
    "a currency ({code}) is given without an amount": (
        "une devise ({code}) est indiquée sans montant"
    ),
    "the lead is already at the stage {stage}": (
        "la piste est déjà à l'étape «\u00a0{stage}\u00a0»"
    ),
    "{changed_at:%Y-%m-%d %H:%M} UTC is before the last change ({last:%Y-%m-%d %H:%M} UTC)": (
        "le {changed_at:%d/%m/%Y %H:%M} UTC est antérieur au dernier changement "
        "(le {last:%d/%m/%Y %H:%M} UTC)"
    ),
    "this meeting is already linked to the lead": "ce rendez-vous est déjà lié à la piste",
    "this meeting is not linked to the lead": "ce rendez-vous n'est pas lié à la piste",
    "the lead has had no change of stage since it began": (
        "la piste n'a pas changé d'étape depuis son ouverture"
    ),
    "the lead has follow-up actions: delete or move them first": (
        "la piste a des actions de suivi\u00a0: supprimez-les ou déplacez-les d'abord"
    ),
    "a lead with id {lead_id} exists already": (
        "une piste avec l'identifiant {lead_id} existe déjà"
    ),
    "the lead's organisation was deleted since": "l'organisme de la piste a été supprimé depuis",
    # --- workshops
    "'{title}' is a {kind} item, not a workshop": (
        "«\u00a0{title}\u00a0» est un élément de type «\u00a0{kind}\u00a0», pas un atelier"
    ),
    "{capacity} is not a positive number of seats": (
        "{capacity} n'est pas un nombre de places positif"
    ),
    "no person with id {person_id} (moderator)": (
        "aucune personne n'a l'identifiant {person_id} (modérateur)"
    ),
    "{capacity} seats is fewer than the {registered} delegates registered": (
        "{capacity} places, c'est moins que les {registered} délégués inscrits"
    ),
    "the workshop '{title}' already has its details": (
        "l'atelier «\u00a0{title}\u00a0» a déjà ses détails"
    ),
    "the workshop '{title}' has no details yet": (
        "l'atelier «\u00a0{title}\u00a0» n'a pas encore de détails"
    ),
    "no person with id {person_id}": "aucune personne n'a l'identifiant {person_id}",
    "{name} already speaks at '{title}'": "{name} intervient déjà à «\u00a0{title}\u00a0»",
    "{position} is not a position (0 is first)": (
        "{position} n'est pas une position (0 est la première)"
    ),
    "this person is not a speaker of the workshop": (
        "cette personne n'intervient pas dans l'atelier"
    ),
    "is not on the roster of this workshop's mission": (
        "n'est pas sur la liste de la mission de cet atelier"
    ),
    "this delegate is already registered for the workshop": (
        "ce délégué est déjà inscrit à l'atelier"
    ),
    "the workshop '{title}' is full ({capacity} seats)": (
        "l'atelier «\u00a0{title}\u00a0» est complet ({capacity} places)"
    ),
    "this delegate is not registered for the workshop": (
        "ce délégué n'est pas inscrit à l'atelier"
    ),
    # --- transfers
    "no stop with id {stop_id}": "aucune étape n'a l'identifiant {stop_id}",
    "{capacity} seats: a vehicle needs at least one": (
        "{capacity} places\u00a0: un véhicule en a au moins une"
    ),
    "the waiting window cannot be negative": "la fenêtre d'attente ne peut pas être négative",
    "the time from landing to departure cannot be negative": (
        "le délai entre l'atterrissage et le départ ne peut pas être négatif"
    ),
    "'{code}' is not an airport code: three letters, such as YUL": (
        "«\u00a0{code}\u00a0» n'est pas un code d'aéroport\u00a0: trois lettres, comme YUL"
    ),
    "the pick-up plan was drawn for another mission": (
        "le plan de prise en charge a été établi pour une autre mission"
    ),
    "the ride must last some time": "le trajet doit avoir une durée",
    "flight {carrier} {number} is already met by a transfer ({vehicle}): delete the "
    "transfers of that arrival before applying a new plan": (
        "le vol {carrier} {number} est déjà accueilli par un transfert ({vehicle})\u00a0: "
        "supprimez les transferts de cette arrivée avant d'appliquer un nouveau plan"
    ),
    "flight {carrier} {number} is already met by a transfer: delete the "
    "transfers of that arrival before applying a new plan": (
        "le vol {carrier} {number} est déjà accueilli par un transfert\u00a0: "
        "supprimez les transferts de cette arrivée avant d'appliquer un nouveau plan"
    ),
    "only a transfer has a vehicle": "seul un transfert a un véhicule",
}

FIELDS: dict[str, str] = {
    # agreements and their documents
    "domains": "domaines",
    "parties": "parties",
    "party": "partie",
    "signatories": "signataires",
    "signing item": "cérémonie de signature",
    "signing date": "date de signature",
    "end date": "date de fin",
    "renewal notice": "préavis de renouvellement",
    "status": "statut",
    "date": "date",
    "host": "partie hôte",
    "year": "année",
    "name": "nom",
    "file": "fichier",
    "language": "langue",
    "signed": "copie signée",
    "target": "destination",
    # follow-up actions, B2B meetings and sessions, leads
    "meeting": "rendez-vous",
    "action": "action de suivi",
    "priority": "priorité",
    "item": "élément du programme",
    "locked": "verrouillage",
    "delegates": "délégués",
    "slot": "créneau",
    "end": "fin",
    "slot length": "durée des créneaux",
    "B2B sessions": "sessions B2B",
    "stage": "étape",
    "investment currency": "devise de l'investissement",
    "investment expected": "investissement attendu",
    # workshops and transfers
    "capacity": "capacité",
    "delegate": "délégué",
    "position": "position",
    "window": "fenêtre d'attente",
    "allowance": "délai après l'atterrissage",
    "plan": "plan de prise en charge",
    "ride": "trajet",
    "vehicle": "véhicule",
    "airports": "aéroports",
}
