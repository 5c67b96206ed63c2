"""French of the messages about the database file, backups and printing."""

from __future__ import annotations

# "\u00a0": the no-break space French puts before : ; ? ! and inside « ».
FRENCH: dict[str, str] = {
    # --- the key of an encrypted file (sqlite_driver.py) ---
    "{path} is encrypted: enter its key": "{path} est chiffré\u00a0: saisissez sa clé",
    "the key does not open {path}: either the key is wrong, or the file is not a database "
    "of this program": "la clé n'ouvre pas {path}\u00a0: soit la clé est fausse, soit le "
    "fichier n'est pas une base de données de ce programme",
    "{path} is encrypted, but this installation has no SQLCipher (install {extra})": "{path} "
    "est chiffré, mais cette installation n'a pas SQLCipher (installez {extra})",
    "Encryption needs SQLCipher: this installation has no SQLCipher (install {extra})": "Le "
    "chiffrement demande SQLCipher\u00a0: cette installation ne l'a pas (installez {extra})",
    "the key is empty": "la clé est vide",
    "a new key needs at least {count} characters": "une nouvelle clé doit compter au moins "
    "{count}\u00a0caractères",
    # --- opening a database (database.py) ---
    "unknown damage": "dommage inconnu",
    " and {count} more problems": " et {count}\u00a0autres problèmes",
    "the latest good backup is {backup}": "la dernière sauvegarde saine est {backup}",
    "no good backup was found in {folder}": "aucune sauvegarde saine n'a été trouvée dans {folder}",
    "no good backup was found": "aucune sauvegarde saine n'a été trouvée",
    "{path} is damaged ({first}{more}); {offer}": "{path} est endommagé ({first}{more})\u00a0; "
    "{offer}",
    "its first page cannot be read with the key that opens its backups": "sa première page "
    "ne peut pas être lue avec la clé qui ouvre ses sauvegardes",
    "cannot read {path}: {reason}": "impossible de lire {path}\u00a0: {reason}",
    "{path} is not a database of this program (not an SQLite file)": "{path} n'est pas une "
    "base de données de ce programme (ce n'est pas un fichier SQLite)",
    "no database at {path}": "aucune base de données à l'emplacement {path}",
    "cannot create the folder {folder}: {reason}": "impossible de créer le dossier "
    "{folder}\u00a0: {reason}",
    "cannot create {path}: {reason}": "impossible de créer {path}\u00a0: {reason}",
    "cannot open {path}: {reason}": "impossible d'ouvrir {path}\u00a0: {reason}",
    "{path} holds tables but is not a database of this program": "{path} contient des tables "
    "mais n'est pas une base de données de ce programme",
    "{path} was written by a newer version of the program (schema {revision}); install that "
    "version to open it": "{path} a été écrit par une version plus récente du programme "
    "(schéma {revision})\u00a0; installez cette version pour l'ouvrir",
    "{path} needs an upgrade from schema {revision} to {head}": "{path} doit être mis à jour "
    "du schéma {revision} au schéma {head}",
    "no backup could be made today: {reason}": "aucune sauvegarde n'a pu être faite "
    "aujourd'hui\u00a0: {reason}",
    "old backups in {folder} could not be cleaned up: {reason}": "les anciennes sauvegardes "
    "de {folder} n'ont pas pu être supprimées\u00a0: {reason}",
    "this database is not a file: there is nothing to back up": "cette base de données n'est "
    "pas un fichier\u00a0: il n'y a rien à sauvegarder",
    "row {row} of {table} points to a missing {parent}": "la ligne {row} de {table} renvoie "
    "à un enregistrement {parent} qui n'existe pas",
    # --- the lock (lock.py) ---
    "an unknown time": "une heure inconnue",
    "{name} is open on {host} since {since} (by {user}); close it there first": "{name} est "
    "ouvert sur {host} depuis {since} (par {user})\u00a0; fermez-le d'abord sur ce poste",
    "{name} is open in another window (pid {pid}, since {since}); close it there first": "{name} "
    "est ouvert dans une autre fenêtre (pid {pid}, depuis {since})\u00a0; fermez-le d'abord "
    "dans cette fenêtre",
    "cannot create the lock file {lock}: {reason}": "impossible de créer le fichier de "
    "verrou {lock}\u00a0: {reason}",
    "cannot write the lock file {lock}: {reason}": "impossible d'écrire le fichier de verrou "
    "{lock}\u00a0: {reason}",
    "cannot take the lock of {name}: it keeps changing; try again": "impossible de prendre le "
    "verrou de {name}\u00a0: il change sans cesse\u00a0; réessayez",
    "cannot read the lock file {lock}: {reason}": "impossible de lire le fichier de verrou "
    "{lock}\u00a0: {reason}",
    "{name} is being opened by another program; try again in a moment": "{name} est en train "
    "d'être ouvert par un autre programme\u00a0; réessayez dans un instant",
    "replaced an unreadable lock file beside {name}": "un fichier de verrou illisible à côté "
    "de {name} a été remplacé",
    "took over the lock of {name} from {host} (open there since {since})": "le verrou de "
    "{name} a été repris à {host} (où il était ouvert depuis {since})",
    "took over the lock of {name} left by pid {pid} (since {since}), whose program is no "
    "longer running": "le verrou de {name} laissé par le pid {pid} (depuis {since}) a été "
    "repris, son programme ne tournant plus",
    "network path": "chemin réseau",
    "network drive": "lecteur réseau",
    "{name} is on a network share ({kind}): a database there can be damaged when the "
    "connection drops or two computers use it; copy it to this computer to work on it": "{name} "
    "se trouve sur un partage réseau ({kind})\u00a0: une base de données peut y être "
    "endommagée si la connexion est coupée ou si deux ordinateurs l'utilisent\u00a0; "
    "copiez-la sur cet ordinateur pour travailler dessus",
    # --- backups and restore (backup.py) ---
    "cannot back up {source}: the copy is damaged ({problem})": "impossible de sauvegarder "
    "{source}\u00a0: la copie est endommagée ({problem})",
    "cannot back up {source} to {target}: {reason}": "impossible de sauvegarder {source} "
    "dans {target}\u00a0: {reason}",
    "{file} is the database itself; choose another file": "{file} est la base de données "
    "elle-même\u00a0; choisissez un autre fichier",
    "{file} already exists; choose another name": "{file} existe déjà\u00a0; choisissez un "
    "autre nom",
    "encrypted: its key is needed": "chiffrée\u00a0: sa clé est nécessaire",
    "encrypted with another key": "chiffrée avec une autre clé",
    "not an SQLite file": "ce n'est pas un fichier SQLite",
    "has changes not merged into it ({wal})": "a des modifications qui n'y sont pas encore "
    "intégrées ({wal})",
    "not a database of this program": "ce n'est pas une base de données de ce programme",
    "written by a newer version": "écrite par une version plus récente",
    "cannot check {path}: {reason}": "impossible de vérifier {path}\u00a0: {reason}",
    "no backup at {backup}": "aucune sauvegarde à l'emplacement {backup}",
    "{name} was written by a newer version of the program (schema {revision}); install that "
    "version to restore it": "{name} a été écrite par une version plus récente du programme "
    "(schéma {revision})\u00a0; installez cette version pour la restaurer",
    "{name} cannot be restored: {problem}": "{name} ne peut pas être restaurée\u00a0: {problem}",
    "{name} is damaged ({problem}); choose another backup": "{name} est endommagée "
    "({problem})\u00a0; choisissez une autre sauvegarde",
    "cannot keep a copy of {target} before restoring: {reason}": "impossible de garder une "
    "copie de {target} avant la restauration\u00a0: {reason}",
    "{file} is the database itself; choose a backup": "{file} est la base de données "
    "elle-même\u00a0; choisissez une sauvegarde",
    "the copy of {name} is damaged ({problem})": "la copie de {name} est endommagée ({problem})",
    "cannot restore {target}: {reason}": "impossible de restaurer {target}\u00a0: {reason}",
    # --- encryption (encryption.py) ---
    "{path} is damaged ({problem}): restore a backup before changing its encryption": "{path} "
    "est endommagé ({problem})\u00a0: restaurez une sauvegarde avant de changer son "
    "chiffrement",
    "the row counts differ": "les nombres de lignes diffèrent",
    "the new copy of {path} is not right ({what}); nothing changed": "la nouvelle copie de "
    "{path} n'est pas correcte ({what})\u00a0; rien n'a changé",
    "cannot change the encryption of {path}: {reason}": "impossible de changer le chiffrement "
    "de {path}\u00a0: {reason}",
    "{path} is already encrypted: nothing to encrypt": "{path} est déjà chiffré\u00a0: rien à "
    "chiffrer",
    "{path} is not encrypted: nothing to decrypt": "{path} n'est pas chiffré\u00a0: rien à "
    "déchiffrer",
    "{path} is not encrypted: nothing to rekey": "{path} n'est pas chiffré\u00a0: aucune clé "
    "à changer",
    "the new key is the current one: nothing to change": "la nouvelle clé est la clé "
    "actuelle\u00a0: rien à changer",
    # --- printing (printing/) ---
    "'{layout}' is not one of {layouts}": "«\u00a0{layout}\u00a0» ne fait pas partie de {layouts}",
    "must be between 0 and {last}": "doit être compris entre 0 et {last}",
    "there is no delegate to print a badge for": "il n'y a aucun délégué dont imprimer le badge",
    "'{language}' is not a badge language (fr or en)": "«\u00a0{language}\u00a0» n'est pas "
    "une langue de badge (fr ou en)",
    "'{name}' is not one of A4, A5, Letter": "«\u00a0{name}\u00a0» ne fait pas partie de A4, "
    "A5, Letter",
    "cannot read {file} as a PDF: {reason}": "impossible de lire {file} comme un PDF\u00a0: "
    "{reason}",
    "{file} has no page to impose": "{file} n'a aucune page à imposer",
    "'{language}' is not a booklet language (fr or en)": "«\u00a0{language}\u00a0» n'est pas "
    "une langue de livret (fr ou en)",
    "{name} has no text after its header lines": "{name} n'a aucun texte après ses lignes "
    "d'en-tête",
    "{name} names {{{field}}}, which is not a placeholder": "{name} nomme {{{field}}}, qui "
    "n'est pas un champ de fusion",
    "no template for {country} in '{language}'": "aucun modèle pour {country} en "
    "«\u00a0{language}\u00a0»",
    "the mission has no hotel block: there is nothing to list": "la mission n'a aucun "
    "contingent d'hôtel\u00a0: il n'y a rien à lister",
    "there is no transfer to list": "il n'y a aucun transfert à lister",
    # A booklet of a batch that failed, printed in a worker process (batch.py).
    "{field}: {message}": "{field}\u00a0: {message}",
    "{name}: {reason}": "{name}\u00a0: {reason}",
    "{name}: {reason} ({file})": "{name}\u00a0: {reason} ({file})",
}

FIELDS: dict[str, str] = {
    "key": "clé",
    "layout": "mise en page",
    "skip": "étiquettes à sauter",
    "badges": "badges",
    "language": "langue",
    "page size": "format de page",
    "booklet": "livret",
    "letter template": "modèle de lettre",
    "hotels": "hôtels",
    "transfers": "transferts",
}
