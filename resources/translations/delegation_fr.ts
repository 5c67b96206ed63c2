<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="72"/>
        <source>Preparing the demo missions…</source>
        <translation>Préparation des missions de démonstration…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="107"/>
        <source>Database open on another computer</source>
        <translation>Base de données ouverte sur un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>{message}

Open it here anyway? Do so only if that computer no longer uses it: two computers writing the same file can lose work.</source>
        <translation>{message}

L’ouvrir ici quand même ? Seulement si cet ordinateur ne s’en sert plus : deux ordinateurs qui écrivent dans le même fichier peuvent perdre du travail.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126"/>
        <source>{message}

Restore the latest good backup, taken {taken}?
It holds: {missions}.
The damaged file is kept beside the backups.</source>
        <translation>{message}

Restaurer la dernière sauvegarde saine, faite le {taken} ?
Elle contient : {missions}.
Le fichier endommagé est conservé à côté des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="179"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>BookletOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="35"/>
        <source>Print booklet</source>
        <translation>Imprimer le livret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="35"/>
        <source>Print booklets</source>
        <translation>Imprimer les livrets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="38"/>
        <source>Each delegate&apos;s own language</source>
        <translation>La langue de chaque délégué</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="69"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="71"/>
        <source>A5 booklet (148 × 210 mm)</source>
        <translation>Livret A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="72"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../ui/checks_panel.py" line="64"/>
        <source>Error</source>
        <extracomment>Role returning the ``Finding`` behind a row.</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="65"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="139"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="140"/>
        <source>Who or what</source>
        <translation>Qui ou quoi</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="141"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="175"/>
        <source>What to do:</source>
        <translation>À faire :</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ui/checks_panel.py" line="409"/>
        <source>What to do:</source>
        <extracomment>Emitted with a delegate&apos;s participant id when their finding is activated. Emitted with the number of findings each time the checks have run.</extracomment>
        <translation>À faire :</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="419"/>
        <source>Select a mission to check it.</source>
        <translation>Sélectionnez une mission pour la vérifier.</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="422"/>
        <source>Nothing to fix: every check passed for this mission.</source>
        <translation>Rien à corriger : toutes les vérifications sont passées pour cette mission.</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="428"/>
        <source>Select a finding to see what to do; double-click a delegate&apos;s finding to find them in the roster.</source>
        <translation>Sélectionnez un constat pour voir quoi faire ; double-cliquez sur le constat d’un délégué pour le retrouver dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="449"/>
        <source>Checks (%1)</source>
        <translation>Vérifications (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="451"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="455"/>
        <source>All findings (%1)</source>
        <translation>Tous les constats (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="457"/>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="461"/>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="466"/>
        <source>Run the checks again</source>
        <translation>Relancer les vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="468"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="471"/>
        <source>Checked at %1</source>
        <translation>Vérifié à %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="28"/>
        <source>Set %1 to %2</source>
        <translation>Passer %1 en « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="33"/>
        <source>Set %1 delegates to %2</source>
        <translation>Passer %1 délégués en « %2 »</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="85"/>
        <source>— ignore —</source>
        <extracomment>What a column mapped to nothing holds in the columns model. The core names a row&apos;s problem columns and changes by the field&apos;s French label.</extracomment>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="90"/>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="91"/>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="93"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="101"/>
        <source>%1 to create, %2 to add, %3 to update, %4 refused</source>
        <translation>%1 à créer, %2 à ajouter, %3 à mettre à jour, %4 refusées</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="192"/>
        <source>Column in the file</source>
        <extracomment>Emitted whenever the mapping changes (by the user or by a new table).</extracomment>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="193"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Roster field</source>
        <translation>Champ de la liste</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="383"/>
        <source>%1: %2</source>
        <extracomment>Role returning a row&apos;s ``RowAction`` (the review filter and sort use it).</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="387"/>
        <source>Already on the roster, nothing new</source>
        <translation>Déjà dans la liste, rien de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="389"/>
        <source>Changes: %1</source>
        <translation>Modifie : %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="391"/>
        <source>Already known: added to this mission&apos;s roster</source>
        <translation>Personne connue : ajoutée à la liste de cette mission</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="421"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="422"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="423"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="424"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1054"/>
        <source>Roster imported from %1: %2 created, %3 added, %4 updated</source>
        <translation>Liste importée de %1 : %2 créés, %3 ajoutés, %4 mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1064"/>
        <source>, %1 refused rows left out</source>
        <translation>, %1 lignes refusées laissées de côté</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1071"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1072"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1073"/>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (texte Unicode)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1074"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1081"/>
        <source>separated by semicolons</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1082"/>
        <source>separated by commas</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1083"/>
        <source>separated by tabs</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1086"/>
        <source>separated by “%1”</source>
        <translation>séparé par « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1092"/>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1093"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
</context>
<context>
    <name>ImportRosterDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="532"/>
        <source>Import a roster into %1</source>
        <extracomment>Emitted when the file is read (``LoadedTable``) and when the review is ready (plan). Emitted with the sentence shown when something failed.</extracomment>
        <translation>Importer une liste dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="543"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="559"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="561"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="563"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="630"/>
        <source>Which roster field does each column of the file hold?</source>
        <translation>Quel champ de la liste chaque colonne du fichier contient-elle ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="633"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="660"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="701"/>
        <source>Import the other rows and leave the refused ones</source>
        <translation>Importer les autres lignes et laisser de côté les lignes refusées</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="781"/>
        <source>1. Columns</source>
        <translation>1. Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="781"/>
        <source>2. Review</source>
        <translation>2. Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="799"/>
        <source>sheet “%1”</source>
        <translation>feuille « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="830"/>
        <source>Choose the columns that hold “%1” and “%2” to go on.</source>
        <translation>Choisissez les colonnes qui contiennent « %1 » et « %2 » pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="832"/>
        <source>Choose the column that holds “%1” to go on.</source>
        <translation>Choisissez la colonne qui contient « %1 » pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="835"/>
        <source>%1 of %2 columns will be imported; the others are ignored.</source>
        <translation>%1 colonnes sur %2 seront importées ; les autres sont ignorées.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="857"/>
        <source>&amp;Import 1 delegate</source>
        <translation>&amp;Importer 1 délégué</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="859"/>
        <source>&amp;Import %1 delegates</source>
        <translation>&amp;Importer %1 délégués</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="863"/>
        <source>Every row is refused: nothing can be imported.</source>
        <translation>Toutes les lignes sont refusées : rien ne peut être importé.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="868"/>
        <source>%1 rows are refused: correct them in the file and import it again, or tick the box to import the other rows.</source>
        <translation>%1 lignes sont refusées : corrigez-les dans le fichier et importez-le à nouveau, ou cochez la case pour importer les autres lignes.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="875"/>
        <source>1 row is refused: correct it in the file and import it again, or tick the box to import the other rows.</source>
        <translation>1 ligne est refusée : corrigez-la dans le fichier et importez-le à nouveau, ou cochez la case pour importer les autres lignes.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="881"/>
        <source>The refused rows will be left out of the roster.</source>
        <translation>Les lignes refusées ne seront pas ajoutées à la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="883"/>
        <source>Nothing is written until you click Import.</source>
        <translation>Rien n’est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="889"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="944"/>
        <source>Checking the %1 rows against the roster…</source>
        <translation>Comparaison des %1 lignes avec la liste…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="981"/>
        <source>New groups: %1</source>
        <translation>Nouveaux groupes : %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="983"/>
        <source>New organisations: %1</source>
        <translation>Nouveaux organismes : %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="989"/>
        <source>Every row (%1)</source>
        <translation>Toutes les lignes (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1025"/>
        <source>Importing 1 delegate…</source>
        <translation>Import de 1 délégué…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="1027"/>
        <source>Importing %1 delegates…</source>
        <translation>Import de %1 délégués…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Elected official</source>
        <translation>Élu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Business leader</source>
        <translation>Chef d’entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Institutional</source>
        <translation>Institutionnel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Guest</source>
        <translation>Invité d’honneur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Waitlisted</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Underway</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>1 delegate</source>
        <translation>1 délégué</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>%1 delegates</source>
        <translation>%1 délégués</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Delegation</source>
        <extracomment>Columns that share the room left (and give it back first when the window is narrow). Widest a column grows when it is fitted to its content (pixels). Narrowest a flexible column gets when the window is too narrow for every content. Endonyms: each language is offered in its own name, whatever the current one. Emitted with the file&apos;s path once a booklet is written. Emitted with the sentence shown when a booklet could not be written. Emitted with the number of booklets written by &quot;Print all booklets&quot;. Emitted with the status bar&apos;s sentence once a roster file is imported.</extracomment>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <location filename="../../ui/main_window.py" line="764"/>
        <source>Set &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Show or hide the checks to run before departure (F7)</source>
        <translation>Afficher ou masquer les vérifications à faire avant le départ (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Import delegates from a CSV or XLSX file into the selected mission (%1); you can also drop the file on the window</source>
        <translation>Importer des délégués d’un fichier CSV ou XLSX dans la mission sélectionnée (%1) ; vous pouvez aussi déposer le fichier sur la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>&amp;Print booklet…</source>
        <translation>&amp;Imprimer le livret…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>Print the selected delegate&apos;s personal booklet (%1)</source>
        <translation>Imprimer le livret personnel du délégué sélectionné (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>Print &amp;all booklets…</source>
        <translation>Imprimer &amp;tous les livrets…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>Print the booklet of every delegate of the mission into a folder</source>
        <translation>Imprimer dans un dossier le livret de chaque délégué de la mission</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>Read the missions and the roster again</source>
        <translation>Relire les missions et la liste des délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>&amp;Find a delegate</source>
        <translation>&amp;Rechercher un délégué</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>Find a &amp;mission</source>
        <translation>Rechercher une &amp;mission</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>&amp;About Delegation</source>
        <translation>À &amp;propos de Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496"/>
        <source>Search missions…</source>
        <translation>Rechercher une mission…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Search by name, organisation or group…</source>
        <translation>Rechercher par nom, organisme ou groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>Show the delegates of one status</source>
        <translation>Afficher les délégués d’un statut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>Show the members of one group</source>
        <translation>Afficher les membres d’un groupe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>No mission in this database yet.
Create one, or import a roster, with the delegation-cli command.</source>
        <translation>Aucune mission dans cette base pour l’instant.
Créez-en une, ou importez une liste de délégués, avec la commande delegation-cli.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="509"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>%1 cancelled</source>
        <translation>annulés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="648"/>
        <source>%1 of %2 delegates</source>
        <translation>%1 sur %2 délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="766"/>
        <source>Set the &amp;status of %1 delegates</source>
        <translation>Changer le &amp;statut de %1 délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="776"/>
        <source>Missions and roster read again.</source>
        <translation>Missions et délégués relus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="786"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="799"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="864"/>
        <source>The status could not be changed</source>
        <translation>Le statut n’a pas pu être changé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="881"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="881"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="884"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="884"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="896"/>
        <source>Import a roster</source>
        <translation>Importer une liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="898"/>
        <source>Rosters (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>Listes (*.csv *.xlsx *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="937"/>
        <source>Select a mission first: a roster is imported into a mission.</source>
        <translation>Sélectionnez d’abord une mission : une liste s’importe dans une mission.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1021"/>
        <source>Save the booklet of %1</source>
        <translation>Enregistrer le livret de %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1023"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1044"/>
        <source>Select a delegate first.</source>
        <translation>Sélectionnez d’abord un délégué.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1055"/>
        <source>Printing the booklet of %1…</source>
        <translation>Impression du livret de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1061"/>
        <source>Booklet saved: %1</source>
        <translation>Livret enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1070"/>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>Folder for the booklets</source>
        <translation>Dossier des livrets</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1116"/>
        <source>Printing the booklets…</source>
        <translation>Impression des livrets…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1118"/>
        <source>Print all booklets</source>
        <translation>Imprimer tous les livrets</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1137"/>
        <source>Printing the booklets… %1 of %2</source>
        <translation>Impression des livrets… %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1144"/>
        <source>%1 booklets saved in %2</source>
        <translation>%1 livrets enregistrés dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1166"/>
        <source>About Delegation</source>
        <translation>À propos de Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1169"/>
        <source>&lt;b&gt;Delegation&lt;/b&gt; %1&lt;br&gt;Rosters, itineraries and personal booklets of official economic delegations abroad.</source>
        <translation>&lt;b&gt;Delegation&lt;/b&gt; %1&lt;br&gt;Listes de délégués, programmes et livrets personnels des délégations économiques officielles à l’étranger.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../ui/models.py" line="124"/>
        <source>Name</source>
        <extracomment>Role returning the frozen read model behind a row (``MissionView`` or ``RosterEntry``). Role returning a mission&apos;s second line: dates, destination, head count.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="125"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="126"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="127"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="128"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="129"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="130"/>
        <source>Room / hotel</source>
        <translation>Chambre / hôtel</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="131"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="139"/>
        <source>•••• on file</source>
        <translation>•••• au dossier</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="155"/>
        <source>%1, room %2</source>
        <translation>%1, chambre %2</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Key contact: %1</source>
        <translation>Contact clé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="286"/>
        <source>A passport is on file; its number is never shown here.</source>
        <translation>Un passeport est au dossier ; son numéro n’est jamais affiché ici.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="289"/>
        <source>No passport on file.</source>
        <translation>Aucun passeport au dossier.</translation>
    </message>
</context>
<context>
    <name>RosterJobs</name>
    <message>
        <location filename="../../ui/roster_jobs.py" line="45"/>
        <source>Unexpected error (%1): %2</source>
        <extracomment>The suffixes a file dropped on the window may have to be taken for a roster.</extracomment>
        <translation>Erreur inattendue (%1) : %2</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="114"/>
        <source>The booklet could not be printed: %1</source>
        <translation>Le livret n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="151"/>
        <source>Printing stopped after %1 booklets: %2</source>
        <translation>Impression arrêtée après %1 livrets : %2</translation>
    </message>
</context>
</TS>
