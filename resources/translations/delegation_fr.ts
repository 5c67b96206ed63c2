<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="68"/>
        <source>Preparing the demo missions…</source>
        <translation>Préparation des missions de démonstration…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="107"/>
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
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Delegation</source>
        <extracomment>Columns that share the room left (and give it back first when the window is narrow). Widest a column grows when it is fitted to its content (pixels). Narrowest a flexible column gets when the window is too narrow for every content. Endonyms: each language is offered in its own name, whatever the current one. Emitted with the file&apos;s path once a booklet is written. Emitted with the sentence shown when a booklet could not be written. Emitted with the number of booklets written by &quot;Print all booklets&quot;.</extracomment>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>&amp;Print booklet…</source>
        <translation>&amp;Imprimer le livret…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Print the selected delegate&apos;s personal booklet (%1)</source>
        <translation>Imprimer le livret personnel du délégué sélectionné (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Print &amp;all booklets…</source>
        <translation>Imprimer &amp;tous les livrets…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Print the booklet of every delegate of the mission into a folder</source>
        <translation>Imprimer dans un dossier le livret de chaque délégué de la mission</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Read the missions and the roster again</source>
        <translation>Relire les missions et la liste des délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;Find a delegate</source>
        <translation>&amp;Rechercher un délégué</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Find a &amp;mission</source>
        <translation>Rechercher une &amp;mission</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>&amp;About Delegation</source>
        <translation>À &amp;propos de Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>Search missions…</source>
        <translation>Rechercher une mission…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>Search by name, organisation or group…</source>
        <translation>Rechercher par nom, organisme ou groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>No mission in this database yet.
Create one, or import a roster, with the delegation-cli command.</source>
        <translation>Aucune mission dans cette base pour l’instant.
Créez-en une, ou importez une liste de délégués, avec la commande delegation-cli.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>%1 cancelled</source>
        <translation>annulés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="543"/>
        <source>%1 of %2 delegates</source>
        <translation>%1 sur %2 délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="605"/>
        <source>Missions and roster read again.</source>
        <translation>Missions et délégués relus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="634"/>
        <source>Save the booklet of %1</source>
        <translation>Enregistrer le livret de %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="657"/>
        <source>Select a delegate first.</source>
        <translation>Sélectionnez d’abord un délégué.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="668"/>
        <source>Printing the booklet of %1…</source>
        <translation>Impression du livret de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="674"/>
        <source>Booklet saved: %1</source>
        <translation>Livret enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="683"/>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Folder for the booklets</source>
        <translation>Dossier des livrets</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>Printing the booklets…</source>
        <translation>Impression des livrets…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="731"/>
        <source>Print all booklets</source>
        <translation>Imprimer tous les livrets</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>Printing the booklets… %1 of %2</source>
        <translation>Impression des livrets… %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <source>%1 booklets saved in %2</source>
        <translation>%1 livrets enregistrés dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="779"/>
        <source>About Delegation</source>
        <translation>À propos de Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="782"/>
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
        <location filename="../../ui/models.py" line="272"/>
        <source>Key contact: %1</source>
        <translation>Contact clé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>A passport is on file; its number is never shown here.</source>
        <translation>Un passeport est au dossier ; son numéro n’est jamais affiché ici.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="282"/>
        <source>No passport on file.</source>
        <translation>Aucun passeport au dossier.</translation>
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
