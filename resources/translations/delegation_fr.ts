<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../../ui/agreement_commands.py" line="87"/>
        <source>Add the agreement %1</source>
        <translation>Ajouter l’accord « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_commands.py" line="141"/>
        <source>Edit the agreement %1</source>
        <translation>Modifier l’accord « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_commands.py" line="204"/>
        <source>Add the commitment “%1”</source>
        <translation>Ajouter l’engagement « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_commands.py" line="264"/>
        <source>Edit the commitment “%1”</source>
        <translation>Modifier l’engagement « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_commands.py" line="305"/>
        <source>Delete the commitment “%1”</source>
        <translation>Supprimer l’engagement « %1 »</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="177"/>
        <source>Remove this party</source>
        <extracomment>The tabs, in order. The core&apos;s field names, as ValidationError gives them, to the editor&apos;s own fields. Kept as the longest notice a spin box offers (ten years).</extracomment>
        <translation>Retirer cette partie</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="236"/>
        <source>new organisation</source>
        <translation>nouvel organisme</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="277"/>
        <source>e.g. President of the Metropolitan Area</source>
        <translation>p. ex. Président de la Métropole</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="289"/>
        <source>Remove this signatory</source>
        <translation>Retirer ce signataire</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="418"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="435"/>
        <source>As the French text names it</source>
        <translation>Tel que le nomme le texte français</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="437"/>
        <source>As the English text names it (the French title if empty)</source>
        <translation>Tel que le nomme le texte anglais (le titre français si vide)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="450"/>
        <source>Made from the parties and the year if left empty</source>
        <translation>Formé à partir des parties et de l’année si vide</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="458"/>
        <source>— no mission —</source>
        <translation>— aucune mission —</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="467"/>
        <source>e.g. Miami-Dade County Hall</source>
        <translation>p. ex. Miami-Dade County Hall</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="474"/>
        <source>none recorded</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="475"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="480"/>
        <source>e.g. trade; culture; tourism; economic development</source>
        <translation>p. ex. commerce ; culture ; tourisme ; développement économique</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="486"/>
        <source>For the organisers: never printed</source>
        <translation>Pour les organisateurs : jamais imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="490"/>
        <source>&amp;French title</source>
        <translation>Titre &amp;français</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="491"/>
        <source>&amp;English title</source>
        <translation>Titre &amp;anglais</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="492"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="494"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="497"/>
        <source>S&amp;hort name</source>
        <translation>Nom &amp;court</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="502"/>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="503"/>
        <source>Signing &amp;ceremony</source>
        <translation>&amp;Cérémonie de signature</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="506"/>
        <source>Signed &amp;on</source>
        <translation>Signé &amp;le</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="512"/>
        <source>Signed &amp;in</source>
        <translation>L&amp;ieu de signature</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="515"/>
        <source>In force &amp;from</source>
        <translation>En vigueur &amp;du</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="523"/>
        <source>E&amp;nds on</source>
        <translation>Prend fi&amp;n le</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="529"/>
        <source>&amp;Renewal notice</source>
        <translation>&amp;Préavis de renouvellement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="530"/>
        <source>&amp;Domains</source>
        <translation>&amp;Domaines</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="531"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="542"/>
        <source>Add a &amp;party</source>
        <translation>Ajouter une &amp;partie</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="546"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="546"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="546"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="553"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="553"/>
        <source>Capacity</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="553"/>
        <source>Signs for</source>
        <translation>Signe pour</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="555"/>
        <source>Add a si&amp;gnatory</source>
        <translation>Ajouter un si&amp;gnataire</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="558"/>
        <source>&lt;b&gt;Parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parties&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="561"/>
        <source>Choose an organisation or type its name: one not on record is made with the agreement (give its country, for the register and the checks).</source>
        <translation>Choisissez un organisme ou tapez son nom : un organisme inconnu est créé avec l’accord (indiquez son pays, pour le registre et les vérifications).</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="567"/>
        <source>&lt;b&gt;Signatories&lt;/b&gt;, in signing order</source>
        <translation>&lt;b&gt;Signataires&lt;/b&gt;, dans l’ordre de signature</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="591"/>
        <source>&amp;Agreement</source>
        <translation>&amp;Accord</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="592"/>
        <source>&amp;Parties and signatories</source>
        <translation>&amp;Parties et signataires</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="705"/>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="711"/>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="740"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="769"/>
        <source>Not a date: write it as %1</source>
        <translation>Ce n’est pas une date : écrivez-la %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="782"/>
        <source>Required: the title of the agreement</source>
        <translation>Obligatoire : le titre de l’accord</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="787"/>
        <source>Must come after the date it comes into force</source>
        <translation>Doit suivre la date d’entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="794"/>
        <source>Required for an agreement recorded as %1: the day it was signed</source>
        <translation>Obligatoire pour un accord enregistré comme « %1 » : le jour de sa signature</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="807"/>
        <source>Party %1: choose an organisation or type its name</source>
        <translation>Partie %1 : choisissez un organisme ou tapez son nom</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="819"/>
        <source>Party %1: not a country, choose one from the list</source>
        <translation>Partie %1 : ce n’est pas un pays, choisissez-en un dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="826"/>
        <source>An agreement needs a party on our side and one on the partner&apos;s side</source>
        <translation>Un accord a besoin d’une partie de notre côté et d’une du côté partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="830"/>
        <source>An organisation is listed twice</source>
        <translation>Un organisme figure deux fois</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="839"/>
        <source>Signatory %1: not a person on record, choose one from the list</source>
        <translation>Signataire %1 : personne inconnue, choisissez-la dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="846"/>
        <source>Signatory %1: say in what capacity they sign</source>
        <translation>Signataire %1 : indiquez en quelle qualité il ou elle signe</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="850"/>
        <source>Signatory %1: say for whom they sign</source>
        <translation>Signataire %1 : indiquez pour qui il ou elle signe</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="858"/>
        <source>An agreement recorded as %1 needs at least one signatory</source>
        <translation>Un accord enregistré comme « %1 » a besoin d’au moins un signataire</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="947"/>
        <source>A field of this tab needs correcting</source>
        <translation>Un champ de cet onglet est à corriger</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="964"/>
        <source>It will be named %1</source>
        <translation>Il s’appellera %1</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <location filename="../../ui/agreements_models.py" line="80"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="83"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="87"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="94"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="95"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="96"/>
        <location filename="../../ui/agreements_models.py" line="412"/>
        <location filename="../../ui/agreements_models.py" line="433"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="97"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="98"/>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="99"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="100"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="106"/>
        <source>Our side</source>
        <translation>Notre côté</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="108"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="176"/>
        <source>Holds the signed copy</source>
        <translation>Contient la copie signée</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="297"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="301"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="304"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="317"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="320"/>
        <source>Capacity</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="324"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="339"/>
        <source>Signed copy</source>
        <translation>Copie signée</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="341"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="352"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="356"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="359"/>
        <source>Kind of copy</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="362"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="365"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="367"/>
        <location filename="../../ui/agreements_models.py" line="441"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="371"/>
        <location filename="../../ui/agreements_models.py" line="446"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="396"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="400"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="404"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="408"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_models.py" line="437"/>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../ui/agreements_page.py" line="189"/>
        <source>Add the version %1</source>
        <extracomment>The tabs of an agreement&apos;s detail, in order.</extracomment>
        <translation>Ajouter la version %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="267"/>
        <source>The document could not be opened: %1</source>
        <translation>Le document n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="308"/>
        <source>The register could not be written: %1</source>
        <translation>Le registre n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="342"/>
        <source>The run sheet could not be printed: %1</source>
        <translation>Le déroulé n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="884"/>
        <source>Title, partner, signatory, domain…</source>
        <extracomment>After every change written to the database (the window refreshes its checks). A sentence for the window&apos;s status bar. The path of a stored document handed to the system&apos;s viewer. An editor opened (the agreement&apos;s, a commitment&apos;s), for tests and the window. A register or a run sheet written (its path), or why it could not be.</extracomment>
        <translation>Titre, partenaire, signataire, domaine…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="885"/>
        <source>&amp;All missions</source>
        <translation>&amp;Toutes les missions</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="887"/>
        <source>Show the agreements of every mission, and those of no mission</source>
        <translation>Afficher les accords de toutes les missions, et ceux qui ne relèvent d’aucune mission</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="889"/>
        <source>Show the agreements of one status</source>
        <translation>Afficher les accords d’un statut</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="890"/>
        <source>Show the agreements of one kind</source>
        <translation>Afficher les accords d’un type</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="891"/>
        <source>Show the agreements with a partner in one country</source>
        <translation>Afficher les accords avec un partenaire dans un pays</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="893"/>
        <source>Show the agreements of one year (signed then, else of a mission that year)</source>
        <translation>Afficher les accords d’une année (signés cette année-là, sinon d’une mission de cette année)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="895"/>
        <source>E&amp;xport the register…</source>
        <translation>E&amp;xporter le registre…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="897"/>
        <source>The register as shown (its filters, not the search) as PDF or XLSX</source>
        <translation>Le registre tel qu’affiché (ses filtres, pas la recherche), en PDF ou XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="899"/>
        <source>Print the &amp;run sheet…</source>
        <translation>Imprimer le &amp;déroulé…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="901"/>
        <source>The signing ceremony&apos;s run sheet of this agreement (PDF)</source>
        <translation>Le déroulé de la cérémonie de signature de cet accord (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="905"/>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nouvel accord…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="906"/>
        <source>Record a new agreement (Ctrl+N)</source>
        <translation>Enregistrer un nouvel accord (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="907"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="909"/>
        <source>Edit the agreement, its parties and signatories (Enter or double-click)</source>
        <translation>Modifier l’accord, ses parties et ses signataires (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="911"/>
        <source>Add a &amp;commitment…</source>
        <translation>Ajouter un &amp;engagement…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="913"/>
        <source>Edit the commitment…</source>
        <translation>Modifier l’engagement…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="914"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="915"/>
        <source>Edit the selected commitment (Enter)</source>
        <translation>Modifier l’engagement sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="916"/>
        <source>Delete the commitment</source>
        <translation>Supprimer l’engagement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="917"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="919"/>
        <source>Delete the selected commitment (Delete; it can be undone)</source>
        <translation>Supprimer l’engagement sélectionné (Suppr ; on peut l’annuler)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="921"/>
        <location filename="../../ui/agreements_page.py" line="922"/>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="925"/>
        <source>Change &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="927"/>
        <source>Move the agreement to its next status (recorded in its history)</source>
        <translation>Faire passer l’accord à son statut suivant (consigné dans son historique)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="929"/>
        <source>&amp;Open document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="931"/>
        <source>Open the selected version with the system&apos;s viewer (or double-click it)</source>
        <translation>Ouvrir la version sélectionnée avec la visionneuse du système (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="933"/>
        <source>Add a &amp;version…</source>
        <translation>Ajouter une &amp;version…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="935"/>
        <source>Store a file as the agreement&apos;s next version (or drop the file here)</source>
        <translation>Enregistrer un fichier comme version suivante de l’accord (ou déposer le fichier ici)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="937"/>
        <source>Mark as si&amp;gned copy</source>
        <translation>Marquer comme copie si&amp;gnée</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="939"/>
        <source>Mark the selected version as the signed copy: it never changes afterwards</source>
        <translation>Marquer la version sélectionnée comme copie signée : elle ne change plus ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="941"/>
        <source>Drop a file here to add it as a new version.</source>
        <translation>Déposez un fichier ici pour l’ajouter comme nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="943"/>
        <source>Select an agreement to see its parties, documents and commitments.</source>
        <translation>Sélectionnez un accord pour voir ses parties, ses documents et ses engagements.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="953"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="956"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="978"/>
        <source>All partner countries</source>
        <translation>Tous les pays partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="985"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1068"/>
        <source>1 agreement</source>
        <translation>1 accord</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1068"/>
        <source>%1 agreements</source>
        <translation>%1 accords</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1070"/>
        <source>%1 of %2 agreements</source>
        <translation>%1 sur %2 accords</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1181"/>
        <source>signed on %1</source>
        <translation>signé le %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1183"/>
        <source>%1 in %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1189"/>
        <source>in force %1</source>
        <translation>en vigueur %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1197"/>
        <source>in force from %1</source>
        <translation>en vigueur à partir du %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1201"/>
        <source>domains: %1</source>
        <translation>domaines : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1207"/>
        <source>Parties and signatories (%1)</source>
        <translation>Parties et signataires (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1211"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1213"/>
        <source>Commitments (%1)</source>
        <translation>Engagements (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1215"/>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1309"/>
        <source>Agreement “%1” recorded.</source>
        <translation>Accord « %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1358"/>
        <source>The change could not be made</source>
        <translation>La modification n’a pas pu être faite</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1374"/>
        <location filename="../../ui/agreements_page.py" line="1425"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1374"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1375"/>
        <source>agreements-register</source>
        <translation>registre-des-accords</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1378"/>
        <source>Export the agreements register</source>
        <translation>Exporter le registre des accords</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1401"/>
        <source>Writing the register to %1…</source>
        <translation>Écriture du registre dans %1…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1408"/>
        <source>1 agreement written to %1</source>
        <translation>1 accord écrit dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1410"/>
        <source>%1 agreements written to %2</source>
        <translation>%1 accords écrits dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1417"/>
        <source>Nothing was written</source>
        <translation>Rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1420"/>
        <source>run-sheet-%1</source>
        <translation>deroule-%1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1423"/>
        <source>Save the run sheet of %1</source>
        <translation>Enregistrer le déroulé de %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1452"/>
        <source>Printing the run sheet to %1…</source>
        <translation>Impression du déroulé dans %1…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1457"/>
        <source>Run sheet saved: %1</source>
        <translation>Déroulé enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1559"/>
        <source>Mark the commitment “%1” %2</source>
        <translation>Marquer l’engagement « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1635"/>
        <source>%1 (skips steps)</source>
        <translation>%1 (saute des étapes)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1678"/>
        <source>The status could not be changed</source>
        <translation>Le statut n’a pas pu être changé</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1683"/>
        <source>“%1” is now %2 (recorded in its history).</source>
        <translation>« %1 » est maintenant au statut %2 (consigné dans son historique).</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1739"/>
        <source>Add a version of %1</source>
        <translation>Ajouter une version de %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1741"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1762"/>
        <source>Add %1 versions</source>
        <translation>Ajouter %1 versions</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1782"/>
        <source>Version %1 of “%2” stored: %3</source>
        <translation>Version %1 de « %2 » enregistrée : %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1821"/>
        <source>The document could not be opened</source>
        <translation>Le document n’a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1822"/>
        <source>No temporary folder can be written on this computer.</source>
        <translation>Aucun dossier temporaire n’est accessible en écriture sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1834"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1837"/>
        <source>No program on this computer opens this file; it is saved at %1</source>
        <translation>Aucun programme de cet ordinateur n’ouvre ce fichier ; il est enregistré ici : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1855"/>
        <source>Mark as signed copy</source>
        <translation>Marquer comme copie signée</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1858"/>
        <source>Mark version %1 (%2) as the signed copy? From then on it is kept exactly as it is: it can be neither changed nor deleted, and this cannot be undone.</source>
        <translation>Marquer la version %1 (%2) comme copie signée ? Elle sera ensuite conservée telle quelle : elle ne pourra être ni modifiée ni supprimée, et ce choix ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="1870"/>
        <source>The signed copy could not be marked</source>
        <translation>La copie signée n’a pas pu être marquée</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/startup.py" line="136"/>
        <source>Preparing the demo missions…</source>
        <extracomment>Asks the key of an encrypted file: ``(path, wrong=..., attempt=...)``, None if cancelled. The modules the window needs to show the missions and the first roster, imported first. The modules of the other pages and dialogs, imported once the first roster shows, one per turn of the event loop (the heaviest first on their own: none takes a tenth of a second). Set in the environment, the program writes &quot;startup: &lt;step&gt;&quot; lines on stderr as it opens (what tests/benchmarks/bench_startup.py times); set to &quot;quit&quot;, it also quits once the data shows. Take over a lock left by another computer. Restore this backup over ``path`` before opening it (the file was damaged). The mission to show first (its short name), when it still exists. The key of an encrypted file (its repr never shows the passphrase). The mission to select, with its roster and groups (None without missions).</extracomment>
        <translation>Préparation des missions de démonstration…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="89"/>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="91"/>
        <source>That key does not open {name}. Try again (try {attempt} of {tries}):</source>
        <translation>Cette clé n&apos;ouvre pas {name}. Réessayez (essai {attempt} sur {tries}) :</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>{name} is encrypted: enter its key to open it.</source>
        <translation>{name} est chiffrée : saisissez sa clé pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="441"/>
        <source>Database open on another computer</source>
        <translation>Base de données ouverte sur un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="442"/>
        <source>{message}

Open it here anyway? Do so only if that computer no longer uses it: two computers writing the same file can lose work.</source>
        <translation>{message}

L’ouvrir ici quand même ? Seulement si cet ordinateur ne s’en sert plus : deux ordinateurs qui écrivent dans le même fichier peuvent perdre du travail.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="428"/>
        <source>The database is damaged</source>
        <extracomment>Emitted with the exit code when opening is over, one way or the other.</extracomment>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="429"/>
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
        <location filename="../../ui/startup.py" line="454"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="142"/>
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
        <location filename="../../ui/checks_panel.py" line="69"/>
        <source>Error</source>
        <extracomment>Role returning the ``Finding`` behind a row.</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="70"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="171"/>
        <source>Severity</source>
        <extracomment>The proxy hands sorting to this model (a big mission has a thousand findings).</extracomment>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="172"/>
        <source>Who or what</source>
        <translation>Qui ou quoi</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="173"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="202"/>
        <source>What to do:</source>
        <translation>À faire :</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ui/checks_panel.py" line="490"/>
        <source>What to do:</source>
        <extracomment>Emitted with a delegate&apos;s participant id when their finding is activated. Emitted with the number of findings each time the checks have run.</extracomment>
        <translation>À faire :</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="500"/>
        <source>Select a mission to check it.</source>
        <translation>Sélectionnez une mission pour la vérifier.</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="503"/>
        <source>Nothing to fix: every check passed for this mission.</source>
        <translation>Rien à corriger : toutes les vérifications sont passées pour cette mission.</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="509"/>
        <source>Select a finding to see what to do; double-click a delegate&apos;s finding to find them in the roster.</source>
        <translation>Sélectionnez un constat pour voir quoi faire ; double-cliquez sur le constat d’un délégué pour le retrouver dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="533"/>
        <source>Checks (%1)</source>
        <translation>Vérifications (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="535"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="539"/>
        <source>All findings (%1)</source>
        <translation>Tous les constats (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="541"/>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="545"/>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="550"/>
        <source>Run the checks again</source>
        <translation>Relancer les vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="552"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/checks_panel.py" line="555"/>
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
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1017"/>
        <source>What the party committed to, e.g. host a return visit in 2018</source>
        <translation>Ce à quoi la partie s’est engagée, p. ex. accueillir une visite retour en 2018</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1022"/>
        <source>— no party in particular —</source>
        <translation>— aucune partie en particulier —</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1037"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1051"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1052"/>
        <source>&amp;Party</source>
        <translation>&amp;Partie</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1053"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1054"/>
        <source>&amp;Due by</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1055"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1099"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1102"/>
        <source>Edit the commitment</source>
        <translation>Modifier l’engagement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1148"/>
        <source>Required: what the party committed to</source>
        <translation>Obligatoire : ce à quoi la partie s’est engagée</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1153"/>
        <source>Not a person on record: choose one from the list</source>
        <translation>Personne inconnue : choisissez-la dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.py" line="1161"/>
        <source>Not a date: write it as %1</source>
        <translation>Ce n’est pas une date : écrivez-la %1</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../../ui/day_view.py" line="112"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="517"/>
        <source>→ %1</source>
        <extracomment>(item id, timedelta): an item dragged by quarter hours. (naive local datetime, zone): a double-click on an empty slot.</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1042"/>
        <source>No day to show</source>
        <translation>Aucun jour à afficher</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1049"/>
        <source>%1 (day %2 of %3)</source>
        <translation>%1 (jour %2 sur %3)</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1083"/>
        <source>Times in %1 (%2, %3)</source>
        <translation>Heures de %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1075"/>
        <source>clocks go back: one hour happens twice</source>
        <translation>heure d’hiver : une heure se répète</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1078"/>
        <source>clocks go forward: one hour is skipped</source>
        <translation>heure d’été : une heure est sautée</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1066"/>
        <source>Nothing planned this day.</source>
        <translation>Rien de prévu ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="110"/>
        <source>Named delegates</source>
        <extracomment>A block narrower than this (pixels) is drawn without text: no letter would show whole.</extracomment>
        <translation>Délégués nommés</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="131"/>
        <source>By stop</source>
        <translation>Par étape</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="132"/>
        <source>By group</source>
        <translation>Par groupe</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1089"/>
        <source>Each column on its own clock</source>
        <translation>Chaque colonne à son heure locale</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1094"/>
        <source>clocks go back in %1</source>
        <translation>passage à l’heure d’hiver à %1</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1098"/>
        <source>clocks go forward in %1</source>
        <translation>passage à l’heure d’été à %1</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1108"/>
        <source>Items for delegates invited by name only (meetings, speakers)</source>
        <translation>Éléments pour des délégués invités nommément seulement (rendez-vous, intervenants)</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1161"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Jour précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1163"/>
        <source>Next day (Alt+Right)</source>
        <translation>Jour suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1176"/>
        <source>Columns: %1</source>
        <translation>Colonnes : %1</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1165"/>
        <source>One column per stop of the day, each with the hours of its own clock</source>
        <translation>Une colonne par étape du jour, chacune avec les heures de son fuseau</translation>
    </message>
    <message>
        <location filename="../../ui/day_view.py" line="1168"/>
        <source>One column per group of the delegation, and one for delegates named</source>
        <translation>Une colonne par groupe de la délégation, et une pour les délégués nommés</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="479"/>
        <source>e.g. 12/04/1971</source>
        <translation>p. ex. 12/04/1971</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="502"/>
        <source>e.g. Mme, M., Dr</source>
        <translation>p. ex. Mme, M., Dr</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="526"/>
        <source>For the organisers only: never printed</source>
        <translation>Pour les organisateurs seulement : jamais imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="528"/>
        <source>&amp;Honorific</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="529"/>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="530"/>
        <source>&amp;Family name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="531"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="532"/>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="533"/>
        <source>&amp;Nationality</source>
        <translation>N&amp;ationalité</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="536"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="554"/>
        <source>e.g. First Vice-President, for this mission</source>
        <translation>p. ex. Premier vice-président, pour cette mission</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="557"/>
        <source>Listed as a key contact in the booklets, e.g. Press</source>
        <translation>Cité comme contact clé dans les livrets, p. ex. Presse</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="578"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="579"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="580"/>
        <source>&amp;Capacity</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="581"/>
        <source>&amp;Key contact as</source>
        <translation>Contact &amp;clé</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="582"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="584"/>
        <source>&amp;Booklet language</source>
        <translation>&amp;Langue du livret</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="586"/>
        <source>&amp;Arrival notes</source>
        <translation>Notes d’&amp;arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="589"/>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="593"/>
        <source>e.g. 06 12 34 56 78 (in %1) or +1 305 555 0100</source>
        <translation>p. ex. 06 12 34 56 78 (en %1) ou +1 305 555 0100</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="603"/>
        <source>Name and phone of whom to call</source>
        <translation>Nom et téléphone de la personne à appeler</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="606"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="608"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="610"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="611"/>
        <source>E&amp;mergency contact</source>
        <translation>Contact d’&amp;urgence</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="624"/>
        <source>Passport &amp;number</source>
        <translation>&amp;Numéro de passeport</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="628"/>
        <source>Issuing &amp;country</source>
        <translation>&amp;Pays de délivrance</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="632"/>
        <source>&amp;Expires on</source>
        <translation>&amp;Expire le</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="642"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="643"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="644"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="645"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="646"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="661"/>
        <source>Entry authorisations</source>
        <translation>Autorisations d’entrée</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="666"/>
        <source>No destination abroad: no visa, ESTA or eTA to follow.</source>
        <translation>Aucune destination à l’étranger : pas de visa, d’ESTA ni d’AVE à suivre.</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="673"/>
        <source>Passport and authorisation numbers stay hidden until you click Show; they are never written to the program&apos;s logs.</source>
        <translation>Les numéros de passeport et d’autorisation restent masqués tant que vous ne cliquez pas sur Afficher ; ils ne sont jamais écrits dans les journaux du programme.</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="679"/>
        <source>e.g. vegetarian, no nuts</source>
        <translation>p. ex. végétarien, sans fruits à coque</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="680"/>
        <source>e.g. wheelchair, no stairs</source>
        <translation>p. ex. fauteuil roulant, pas d’escaliers</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="682"/>
        <source>&amp;Dietary needs</source>
        <translation>&amp;Régime alimentaire</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="683"/>
        <source>&amp;Mobility needs</source>
        <translation>&amp;Mobilité</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="686"/>
        <source>These needs are sensitive personal data. They are shown here, and printed on no document except those where you choose to include them (a rooming list for the hotel, for example): never in the booklets.</source>
        <translation>Ces besoins sont des données personnelles sensibles. Ils sont affichés ici, mais ne sont imprimés sur aucun document, sauf ceux où vous choisissez de les inclure (une liste des chambres pour l’hôtel, par exemple) : jamais dans les livrets.</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="696"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="697"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="698"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="701"/>
        <source>Travel documents</source>
        <translation>Documents de voyage</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="703"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="781"/>
        <source>Delegate — %1</source>
        <translation>Délégué — %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="799"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="816"/>
        <source>Click Show to see or change the number</source>
        <translation>Cliquez sur Afficher pour voir ou changer le numéro</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="825"/>
        <location filename="../../ui/delegate_dialog.py" line="879"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="865"/>
        <source>Their own language (%1)</source>
        <translation>Sa propre langue (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="879"/>
        <location filename="../../ui/delegate_dialog.py" line="906"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="930"/>
        <source>Not a date: write it as %1</source>
        <translation>Ce n’est pas une date : écrivez-la %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="224"/>
        <location filename="../../ui/delegate_dialog.py" line="944"/>
        <source>Not a country: choose one from the list or type its two-letter code</source>
        <translation>Ce n’est pas un pays : choisissez-le dans la liste ou tapez son code à deux lettres</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="180"/>
        <source>Visa</source>
        <extracomment>Qt&apos;s &quot;no maximum&quot; for a widget&apos;s size. The tabs, in order. Which tab holds each field (its errors mark the tab).</extracomment>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="181"/>
        <source>ESTA</source>
        <translation>ESTA</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="182"/>
        <source>eTA</source>
        <translation>AVE (eTA)</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="183"/>
        <source>Other authorisation</source>
        <translation>Autre autorisation</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="191"/>
        <source>Needed</source>
        <translation>À demander</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="192"/>
        <source>Applied for</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="193"/>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="194"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="202"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="205"/>
        <source>Too long: %1 characters at most</source>
        <translation>Trop long : %1 caractères au plus</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="209"/>
        <source>Not an e-mail address: write it as name@example.org</source>
        <translation>Ce n’est pas une adresse électronique : écrivez-la nom@exemple.org</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="213"/>
        <source>Not a phone number</source>
        <translation>Ce n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="217"/>
        <source>Not a valid number in %1: add the country code (+1…) for a number abroad</source>
        <translation>Numéro non valable pour le pays « %1 » : ajoutez l’indicatif (+1…) d’un numéro à l’étranger</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="228"/>
        <source>Not a date</source>
        <translation>Ce n’est pas une date</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="230"/>
        <source>A date of birth must be in the past</source>
        <translation>Une date de naissance doit être passée</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="232"/>
        <source>Before 1900: check the year</source>
        <translation>Avant 1900 : vérifiez l’année</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="234"/>
        <source>An expiry date needs a passport number</source>
        <translation>Une date d’expiration demande un numéro de passeport</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="238"/>
        <source>Expires before the date of birth: check both dates</source>
        <translation>Expire avant la date de naissance : vérifiez les deux dates</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="242"/>
        <source>5 to 20 letters and digits, without other signs</source>
        <translation>De 5 à 20 lettres et chiffres, sans autres signes</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="246"/>
        <source>Not a language of the booklets (French or English)</source>
        <translation>Ce n’est pas une langue des livrets (français ou anglais)</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="250"/>
        <source>A group does not belong to this mission</source>
        <translation>Un groupe n’appartient pas à cette mission</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="254"/>
        <location filename="../../ui/delegate_dialog.py" line="954"/>
        <source>Not a known organisation: choose one from the list</source>
        <translation>Organisme inconnu : choisissez-le dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="258"/>
        <source>The same authorisation for the same country is given twice</source>
        <translation>La même autorisation pour le même pays figure deux fois</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="262"/>
        <source>Not one of the choices offered</source>
        <translation>Ce n’est pas l’un des choix proposés</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="285"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="541"/>
        <source>Internal no&amp;tes</source>
        <translation>Notes in&amp;ternes</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="1079"/>
        <source>A field of this tab needs correcting</source>
        <translation>Un champ de cet onglet est à corriger</translation>
    </message>
    <message>
        <location filename="../../ui/delegate_dialog.py" line="1104"/>
        <source>Saved as %1</source>
        <translation>Enregistré comme %1</translation>
    </message>
</context>
<context>
    <name>FollowUpStrip</name>
    <message>
        <location filename="../../ui/agreements_follow_up.py" line="117"/>
        <source>Nothing to follow up in the register</source>
        <extracomment>At most this many findings in view before the strip scrolls: the register stays in sight. The agreement of the finding activated (double-click or Enter).</extracomment>
        <translation>Rien à suivre dans le registre</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_follow_up.py" line="123"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_follow_up.py" line="123"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_follow_up.py" line="127"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_follow_up.py" line="127"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_follow_up.py" line="129"/>
        <source>To follow up: %1</source>
        <translation>À suivre : %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_follow_up.py" line="131"/>
        <source>Every mission&apos;s agreements, and those of none; double-click to open one</source>
        <translation>Les accords de toutes les missions, et ceux d’aucune ; double-cliquez pour en ouvrir un</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_follow_up.py" line="135"/>
        <source>Commitments past their due date, agreements in their renewal notice or past their end</source>
        <translation>Engagements échus, accords dans leur préavis de renouvellement ou arrivés à terme</translation>
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
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/item_dialog.py" line="239"/>
        <source>invited</source>
        <extracomment>Kinds whose people may come later from bookings, registrations or meetings.</extracomment>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="241"/>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="383"/>
        <source>Same as the French title</source>
        <translation>Comme le titre français</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="387"/>
        <source>e.g. 6/11 9h30, Nov 6 9:30am, Monday 6 November 9:30</source>
        <translation>ex. 6/11 9h30, lundi 6 novembre 9h30, Nov 6 9:30am</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="394"/>
        <source>e.g. 11h, a length such as 1h30, or 7/11 18h</source>
        <translation>ex. 11h, une durée comme 1h30, ou 7/11 18h</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="427"/>
        <source>Address (optional)</source>
        <translation>Adresse (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="469"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="470"/>
        <source>Every day until the end of the stop</source>
        <translation>Chaque jour jusqu’à la fin de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="471"/>
        <source>Every day, a number of times</source>
        <translation>Chaque jour, un nombre de fois</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="472"/>
        <source>Custom rule (RRULE)…</source>
        <translation>Règle personnalisée (RRULE)…</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="480"/>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="502"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="504"/>
        <source>&amp;Title (French)</source>
        <translation>T&amp;itre (français)</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="508"/>
        <source>Title (En&amp;glish)</source>
        <translation>Titre (an&amp;glais)</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="513"/>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="520"/>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="531"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="532"/>
        <source>St&amp;op</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="535"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="551"/>
        <source>&amp;Flight</source>
        <translation>&amp;Vol</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="554"/>
        <source>&amp;Dress code</source>
        <translation>Te&amp;nue</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="557"/>
        <source>To &amp;bring</source>
        <translation>À a&amp;pporter</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="558"/>
        <source>Staff in &amp;charge</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="564"/>
        <source>E&amp;veryone</source>
        <translation>Tout le &amp;monde</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="566"/>
        <source>Some &amp;groups</source>
        <translation>Certains &amp;groupes</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="568"/>
        <source>Delegates &amp;named</source>
        <translation>Délégués &amp;nommés</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="601"/>
        <source>Find a delegate…</source>
        <translation>Trouver un délégué…</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="608"/>
        <source>&amp;Invite</source>
        <translation>In&amp;viter</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="611"/>
        <source>E&amp;xclude</source>
        <translation>E&amp;xclure</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="614"/>
        <source>As the audience</source>
        <translation>Selon le public</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="630"/>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="639"/>
        <source>Onl&amp;y in its attendees&apos; booklets and calendars</source>
        <translation>Uni&amp;quement dans les livrets et agendas de ses participants</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="651"/>
        <source>For the organisers only: never printed</source>
        <translation>Pour les organisateurs seulement : jamais imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="658"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="661"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="662"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="664"/>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="724"/>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="727"/>
        <source>New itinerary item</source>
        <translation>Nouvel élément du programme</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="895"/>
        <source>Required: a day and a time, e.g. 6/11 9h30</source>
        <translation>Obligatoire : un jour et une heure, ex. 6/11 9h30</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="897"/>
        <source>Add a time, e.g. 9h30 or 9:30</source>
        <translation>Ajoutez une heure, ex. 9h30 ou 9:30</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="899"/>
        <source>Add a day, e.g. 6/11 9h30</source>
        <translation>Ajoutez un jour, ex. 6/11 9h30</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="901"/>
        <source>The weekday does not match the date</source>
        <translation>Le jour de la semaine ne correspond pas à la date</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="902"/>
        <source>Not a day and time the program understands, e.g. 6/11 9h30 or Nov 6 9:30</source>
        <translation>Jour et heure non compris, écrivez par ex. 6/11 9h30 ou lundi 6 novembre 9h30</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="907"/>
        <source>Unknown time zone (e.g. America/New_York)</source>
        <translation>Fuseau horaire inconnu (ex. America/New_York)</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="918"/>
        <source>%1 happens twice in %2: the clocks go back; choose a time outside that hour</source>
        <translation>%1 a lieu deux fois à %2 : on recule les horloges ; choisissez une heure en dehors de cette heure-là</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="921"/>
        <source>%1 does not exist in %2: the clocks skip that hour</source>
        <translation>%1 n’existe pas à %2 : les horloges sautent cette heure</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="936"/>
        <source>Ends before it starts (%1)</source>
        <translation>Finit avant de commencer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1008"/>
        <source>Required: a rule such as FREQ=WEEKLY;COUNT=4</source>
        <translation>Obligatoire : une règle comme FREQ=WEEKLY;COUNT=4</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1023"/>
        <source>Required: the title delegates will read</source>
        <translation>Obligatoire : le titre que liront les délégués</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1027"/>
        <source>Choose at least one group, or Everyone</source>
        <translation>Choisissez au moins un groupe, ou Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1031"/>
        <source>Invite at least one delegate by name, or choose Everyone</source>
        <translation>Invitez au moins un délégué nommément, ou choisissez Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1080"/>
        <source>This rule gives no date within the mission</source>
        <translation>Cette règle ne donne aucune date pendant la mission</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1162"/>
        <source>New place: %1</source>
        <translation>Nouveau lieu : %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1173"/>
        <source>1 occurrence, on %1</source>
        <translation>1 occurrence, le %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1175"/>
        <source>%1 occurrences, last on %2</source>
        <translation>%1 occurrences, la dernière le %2</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1183"/>
        <source>%1 invited by name</source>
        <translation>%1 invité(s) nommément</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1185"/>
        <source>%1 excluded</source>
        <translation>%1 exclu(s)</translation>
    </message>
    <message>
        <location filename="../../ui/item_dialog.py" line="1201"/>
        <source>(%1 in %2)</source>
        <translation>(%1 à %2)</translation>
    </message>
</context>
<context>
    <name>Itinerary</name>
    <message>
        <location filename="../../ui/itinerary_models.py" line="61"/>
        <source>Flight</source>
        <extracomment>Role returning the :class:`ItineraryRow` behind a row. Fill and border of each kind of item, in the day view and as the list&apos;s swatch. Each kind&apos;s name as written in the source; translated when asked for (lupdate reads them).</extracomment>
        <translation>Vol</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="62"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="63"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="64"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="65"/>
        <source>Reception</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="66"/>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="67"/>
        <source>B2B meeting</source>
        <translation>Rendez-vous B2B</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="68"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="69"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="70"/>
        <source>Briefing</source>
        <translation>Point d’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="71"/>
        <source>Free time</source>
        <translation>Temps libre</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="72"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="84"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="85"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="86"/>
        <source>%1 time</source>
        <translation>Heure de %1</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="87"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="88"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="89"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="90"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="172"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="174"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="175"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="186"/>
        <source>Everyone but %1</source>
        <translation>Tout le monde sauf %1</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="187"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="191"/>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="193"/>
        <source>Groups: %1</source>
        <translation>Groupes : %1</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="196"/>
        <source>+ %1 by name</source>
        <translation>+ %1 nommément</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="201"/>
        <source>1 delegate</source>
        <translation>1 délégué</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="202"/>
        <source>%1 delegates</source>
        <translation>%1 délégués</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="359"/>
        <source>The time at home, shown when it differs from the local time</source>
        <extracomment>The proxy hands sorting to this model (see ``SearchProxyModel.sort``).</extracomment>
        <translation>L’heure en France, affichée quand elle diffère de l’heure locale</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="427"/>
        <source>%1 time: %2</source>
        <translation>Heure de %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="434"/>
        <source>Repeats: editing changes every occurrence</source>
        <translation>Se répète : une modification change chaque occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="449"/>
        <source>Dress code: %1</source>
        <translation>Tenue : %1</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="453"/>
        <source>To bring: %1</source>
        <translation>À apporter : %1</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="458"/>
        <source>Staff in charge: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_models.py" line="474"/>
        <source>Everyone except %1 delegates</source>
        <translation>Tout le monde sauf %1 délégués</translation>
    </message>
</context>
<context>
    <name>ItineraryCommands</name>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="48"/>
        <source>1 day</source>
        <extracomment>QUndoCommand ids: consecutive moves of one item merge into one step.</extracomment>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="50"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="53"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="57"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="59"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="62"/>
        <source>Move %1 %2 later</source>
        <translation>Décaler « %1 » de %2 plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="64"/>
        <source>Move %1 %2 earlier</source>
        <translation>Décaler « %1 » de %2 plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="136"/>
        <source>Add %1</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="167"/>
        <source>Duplicate %1</source>
        <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="195"/>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_commands.py" line="271"/>
        <source>Delete %1</source>
        <translation>Supprimer « %1 »</translation>
    </message>
</context>
<context>
    <name>ItineraryPage</name>
    <message>
        <location filename="../../ui/itinerary_page.py" line="386"/>
        <source>&amp;New item…</source>
        <extracomment>Settings of the page (kept beside the window&apos;s own keys in ``ui.settings`` style). Widest a fitted column gets (pixels); the title takes what is left. For each item, the groups it reaches (``services.itinerary.groups_reached``). After every change written to the database (the window refreshes its checks). A sentence for the window&apos;s status bar. The item dialog was opened (tests and the window reach it through this).</extracomment>
        <translation>&amp;Nouvel élément…</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="387"/>
        <source>Add an item to the itinerary (Insert or Ctrl+N)</source>
        <translation>Ajouter un élément au programme (Inser ou Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="388"/>
        <source>&amp;Edit item…</source>
        <translation>&amp;Modifier l’élément…</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="389"/>
        <source>Edit the selected item (Enter or double-click)</source>
        <translation>Modifier l’élément sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="390"/>
        <source>D&amp;uplicate item</source>
        <translation>D&amp;upliquer l’élément</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="391"/>
        <source>&amp;Delete item</source>
        <translation>&amp;Supprimer l’élément</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="392"/>
        <source>Move 15 min &amp;earlier</source>
        <translation>Avancer de 15 min (plus &amp;tôt)</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="393"/>
        <source>Move 15 min &amp;later</source>
        <translation>Retarder de 15 min (plus &amp;tard)</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="394"/>
        <source>Move 1 day e&amp;arlier</source>
        <translation>Avancer d’un &amp;jour</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="395"/>
        <source>Move 1 day la&amp;ter</source>
        <translation>Retarder d’un j&amp;our</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="396"/>
        <source>&amp;Previous day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="397"/>
        <source>Ne&amp;xt day</source>
        <translation>Jour sui&amp;vant</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="398"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="399"/>
        <source>Every item in a list</source>
        <translation>Tous les éléments en liste</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="400"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="401"/>
        <source>One day on an hour axis (Alt+Left, Alt+Right)</source>
        <translation>Un jour heure par heure (Alt+Gauche, Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="402"/>
        <source>&amp;Agenda of:</source>
        <translation>&amp;Agenda de :</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="404"/>
        <source>Show the whole programme, or only what one delegate attends</source>
        <translation>Afficher tout le programme, ou seulement ce à quoi participe un délégué</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="406"/>
        <source>Title, place, kind, flight…</source>
        <translation>Titre, lieu, type, vol…</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="445"/>
        <source>Reading the itinerary…</source>
        <translation>Lecture de l’itinéraire…</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="612"/>
        <source>Whole programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="736"/>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="736"/>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="738"/>
        <source>%1 of %2 items</source>
        <translation>%1 sur %2 éléments</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="836"/>
        <source>The time now at the mission and at home</source>
        <translation>L’heure actuelle sur place et en France</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="1026"/>
        <source>The itinerary could not be changed</source>
        <translation>Le programme n’a pas pu être modifié</translation>
    </message>
    <message>
        <location filename="../../ui/itinerary_page.py" line="1034"/>
        <source>Not moved: %1</source>
        <translation>Non décalé : %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Elected official</source>
        <translation>Élu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Business leader</source>
        <translation>Chef d’entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Institutional</source>
        <translation>Institutionnel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Guest</source>
        <translation>Invité d’honneur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <location filename="../../ui/meetings_page.py" line="79"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Waitlisted</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <location filename="../../ui/meetings_page.py" line="81"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Underway</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>1 delegate</source>
        <translation>1 délégué</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>%1 delegates</source>
        <translation>%1 délégués</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="77"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="78"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="80"/>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="82"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="839"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="840"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="841"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <location filename="../../ui/main_window.py" line="1325"/>
        <source>Set &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="843"/>
        <location filename="../../ui/main_window.py" line="1332"/>
        <source>Add to &amp;group</source>
        <translation>Ajouter à un &amp;groupe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="844"/>
        <location filename="../../ui/main_window.py" line="1340"/>
        <source>Remo&amp;ve from group</source>
        <translation>R&amp;etirer d’un groupe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="845"/>
        <source>&amp;Edit delegate…</source>
        <translation>&amp;Modifier la fiche…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="848"/>
        <source>Open the selected delegate&apos;s record (%1, Enter or double-click)</source>
        <translation>Ouvrir la fiche du délégué sélectionné (%1, Entrée ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="906"/>
        <source>Show or hide the checks to run before departure (F7)</source>
        <translation>Afficher ou masquer les vérifications à faire avant le départ (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="856"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="857"/>
        <source>I&amp;tinerary</source>
        <translation>I&amp;tinéraire</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="775"/>
        <location filename="../../ui/main_window.py" line="938"/>
        <source>Day &amp;columns</source>
        <extracomment>The tab of each page, by its key (the roster&apos;s is 0). The tab names saved in the settings, by index. The itinerary page&apos;s two views (``ui.itinerary_page.LIST`` and ``DAY_VIEW``). Emitted with the file&apos;s path once a booklet is written. Emitted with the sentence shown when a booklet could not be written. Emitted with the number of booklets written by &quot;Print all booklets&quot;. Emitted with the status bar&apos;s sentence once a roster file is imported. Emitted once every page is built (at once with ``attach``, or a turn later each). Emitted when the window closes (the program quits, or stops opening the database).</extracomment>
        <translation>&amp;Colonnes du jour</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916"/>
        <source>Roster</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Itinerary</source>
        <extracomment>Endonyms: each language is offered in its own name, whatever the current one. Which tab of the mission was shown last (a setting, beside ``ui.settings``&apos; own keys). The mission&apos;s tabs after the roster, in their order.</extracomment>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>B2B meetings</source>
        <translation>Rendez-vous B2B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="858"/>
        <source>&amp;Roster</source>
        <translation>&amp;Délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="859"/>
        <source>&amp;Itinerary (list)</source>
        <translation>&amp;Itinéraire (liste)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="860"/>
        <source>Itinerary by &amp;day</source>
        <translation>Itinéraire &amp;jour par jour</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="861"/>
        <source>&amp;Agreements</source>
        <translation>&amp;Accords</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="862"/>
        <source>B2B &amp;meetings</source>
        <translation>Rendez-vous &amp;B2B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="863"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="864"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="870"/>
        <source>Import delegates from a CSV or XLSX file into the selected mission (%1); you can also drop the file on the window</source>
        <translation>Importer des délégués d’un fichier CSV ou XLSX dans la mission sélectionnée (%1) ; vous pouvez aussi déposer le fichier sur la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="876"/>
        <source>&amp;Print booklet…</source>
        <translation>&amp;Imprimer le livret…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="879"/>
        <source>Print the selected delegate&apos;s personal booklet (%1)</source>
        <translation>Imprimer le livret personnel du délégué sélectionné (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="883"/>
        <source>Print &amp;all booklets…</source>
        <translation>Imprimer &amp;tous les livrets…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="885"/>
        <source>Print the booklet of every delegate of the mission into a folder</source>
        <translation>Imprimer dans un dossier le livret de chaque délégué de la mission</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="887"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="888"/>
        <source>Read the missions and the roster again</source>
        <translation>Relire les missions et la liste des délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="889"/>
        <source>&amp;Find a delegate</source>
        <translation>&amp;Rechercher un délégué</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="890"/>
        <source>Find a &amp;mission</source>
        <translation>Rechercher une &amp;mission</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="891"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="892"/>
        <source>&amp;About Delegation</source>
        <translation>À &amp;propos de Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="893"/>
        <source>Copy &amp;diagnostic information</source>
        <translation>Copier les informations de &amp;diagnostic</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="895"/>
        <source>Versions, paths and recent errors for support, without personal data</source>
        <translation>Versions, chemins et dernières erreurs pour l’assistance, sans données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="897"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="898"/>
        <source>Search missions…</source>
        <translation>Rechercher une mission…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="900"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="904"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="919"/>
        <source>Search by name, organisation or group…</source>
        <translation>Rechercher par nom, organisme ou groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="920"/>
        <source>Show the delegates of one status</source>
        <translation>Afficher les délégués d’un statut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="921"/>
        <source>Show the members of one group</source>
        <translation>Afficher les membres d’un groupe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="925"/>
        <source>No mission in this database yet.
Create one, or import a roster, with the delegation-cli command.</source>
        <translation>Aucune mission dans cette base pour l’instant.
Créez-en une, ou importez une liste de délégués, avec la commande delegation-cli.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="931"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1106"/>
        <source>%1 cancelled</source>
        <translation>annulés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1118"/>
        <source>%1 of %2 delegates</source>
        <translation>%1 sur %2 délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1327"/>
        <source>Set the &amp;status of %1 delegates</source>
        <translation>Changer le &amp;statut de %1 délégués</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1334"/>
        <source>Add %1 delegates to a &amp;group</source>
        <translation>Ajouter %1 délégués à un &amp;groupe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1342"/>
        <source>Remo&amp;ve %1 delegates from a group</source>
        <translation>R&amp;etirer %1 délégués d’un groupe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1353"/>
        <source>Missions and roster read again.</source>
        <translation>Missions et délégués relus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1366"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1379"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1450"/>
        <source>The status could not be changed</source>
        <translation>Le statut n’a pas pu être changé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1507"/>
        <source>The delegate could not be changed</source>
        <translation>Le délégué n’a pas pu être modifié</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1537"/>
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1542"/>
        <source>In no group</source>
        <translation>Dans aucun groupe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1593"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1593"/>
        <source>Name of the new group:</source>
        <translation>Nom du nouveau groupe :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1627"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1627"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1630"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1630"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1642"/>
        <source>Import a roster</source>
        <translation>Importer une liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1644"/>
        <source>Rosters (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>Listes (*.csv *.xlsx *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1685"/>
        <source>Select a mission first: a roster is imported into a mission.</source>
        <translation>Sélectionnez d’abord une mission : une liste s’importe dans une mission.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1776"/>
        <source>Save the booklet of %1</source>
        <translation>Enregistrer le livret de %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1778"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1463"/>
        <location filename="../../ui/main_window.py" line="1799"/>
        <source>Select a delegate first.</source>
        <translation>Sélectionnez d’abord un délégué.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1812"/>
        <source>Printing the booklet of %1…</source>
        <translation>Impression du livret de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1818"/>
        <source>Booklet saved: %1</source>
        <translation>Livret enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1827"/>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1849"/>
        <source>Folder for the booklets</source>
        <translation>Dossier des livrets</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1880"/>
        <source>Printing the booklets…</source>
        <translation>Impression des livrets…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1880"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1882"/>
        <source>Print all booklets</source>
        <translation>Imprimer tous les livrets</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1902"/>
        <source>Printing the booklets… %1 of %2</source>
        <translation>Impression des livrets… %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1909"/>
        <source>%1 booklets saved in %2</source>
        <translation>%1 livrets enregistrés dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1945"/>
        <source>Diagnostic information copied: paste it into your message to support.</source>
        <translation>Informations de diagnostic copiées : collez-les dans votre message à l’assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1955"/>
        <source>About Delegation</source>
        <translation>À propos de Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1958"/>
        <source>&lt;b&gt;Delegation&lt;/b&gt; %1&lt;br&gt;Rosters, itineraries and personal booklets of official economic delegations abroad.</source>
        <translation>&lt;b&gt;Delegation&lt;/b&gt; %1&lt;br&gt;Listes de délégués, programmes et livrets personnels des délégations économiques officielles à l’étranger.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="89"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="90"/>
        <source>Kept</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="91"/>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="92"/>
        <source>Locked or set by hand</source>
        <translation>Verrouillé ou placé à la main</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="93"/>
        <source>Back to requested</source>
        <translation>Redevient demandé</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="94"/>
        <source>Not placed</source>
        <translation>Non placé</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="101"/>
        <source>1 – high</source>
        <translation>1 – haute</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="102"/>
        <source>2 – normal</source>
        <translation>2 – normale</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="103"/>
        <source>3 – low</source>
        <translation>3 – basse</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="120"/>
        <source>%1 %2–%3 at %4: %5 tables, %6-minute slots</source>
        <translation>%1 %2–%3 à %4 : %5 tables, créneaux de %6 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="250"/>
        <source>%1 of %2 meetings placed (%3 of the best any plan could do: %4). %5 new, %6 moved, %7 back to requested, %8 not placed.</source>
        <translation>%1 rendez-vous placés sur %2 (%3 du meilleur plan possible : %4). %5 nouveaux, %6 déplacés, %7 redevenus demandés, %8 non placés.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="344"/>
        <source>%1 (was %2)</source>
        <translation>%1 (au lieu de %2)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="347"/>
        <source>was %1</source>
        <translation>prévu %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="364"/>
        <source>Schedule all meetings</source>
        <translation>Planifier tous les rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="406"/>
        <source>Lock the meeting with %1</source>
        <translation>Verrouiller le rendez-vous avec %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="408"/>
        <source>Unlock the meeting with %1</source>
        <translation>Déverrouiller le rendez-vous avec %1</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="164"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="165"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="166"/>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="167"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="168"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="169"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="170"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="194"/>
        <source>Locked: scheduling never moves this meeting</source>
        <translation>Verrouillé : la planification ne déplace jamais ce rendez-vous</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="525"/>
        <source>Organisation, delegate, purpose…</source>
        <extracomment>Set by tests: called with the preview dialog instead of showing it modally.</extracomment>
        <translation>Organisation, délégué, objet…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="526"/>
        <source>&amp;Schedule all…</source>
        <translation>&amp;Planifier tout…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="529"/>
        <source>Place every requested meeting in the B2B sessions, never double-booking anyone; shows the changes before writing them (Ctrl+Shift+M)</source>
        <translation>Placer chaque rendez-vous demandé dans les sessions B2B, sans jamais réserver quelqu’un deux fois ; montre les changements avant de les enregistrer (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="567"/>
        <source>B2B sessions: %1</source>
        <translation>Sessions B2B : %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="574"/>
        <source>No B2B session yet: add one (delegation-cli meetings session) to schedule the requests.</source>
        <translation>Aucune session B2B : ajoutez-en une (delegation-cli meetings session) pour planifier les demandes.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="586"/>
        <source>1 meeting</source>
        <translation>1 rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="586"/>
        <source>%1 meetings</source>
        <translation>%1 rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="588"/>
        <source>%1 of %2 meetings</source>
        <translation>%1 rendez-vous sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="623"/>
        <source>Un&amp;lock</source>
        <translation>Déver&amp;rouiller</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="624"/>
        <source>Let scheduling move this meeting (Ctrl+L)</source>
        <translation>Laisser la planification déplacer ce rendez-vous (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="626"/>
        <source>&amp;Lock</source>
        <translation>Ve&amp;rrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="628"/>
        <source>Keep this meeting at its time whatever scheduling does (Ctrl+L)</source>
        <translation>Garder ce rendez-vous à son heure quoi que fasse la planification (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="662"/>
        <source>Scheduling the meetings…</source>
        <translation>Planification des rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="706"/>
        <source>The meetings are back where they were</source>
        <translation>Les rendez-vous sont revenus à leur place</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="717"/>
        <source>The meetings could not be scheduled</source>
        <translation>Les rendez-vous n’ont pas pu être planifiés</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="271"/>
        <source>Schedule all meetings</source>
        <translation>Planifier tous les rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="282"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="283"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="284"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="285"/>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="286"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="287"/>
        <source>Why not placed</source>
        <translation>Pourquoi non placé</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="311"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="321"/>
        <source>Moved meetings go back to “proposed”: confirm them again with the companies. Applying can be undone (Ctrl+Z).</source>
        <translation>Les rendez-vous déplacés redeviennent « proposés » : confirmez-les à nouveau avec les entreprises. L’application peut être annulée (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../ui/models.py" line="130"/>
        <source>Name</source>
        <extracomment>Role returning the frozen read model behind a row (``MissionView`` or ``RosterEntry``). Role returning a mission&apos;s second line: dates, destination, head count. Columns that share the room left (and give it back first when the window is narrow). Widest a column grows when it is fitted to its content (pixels). Narrowest a flexible column gets when the window is too narrow for every content.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="131"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="132"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="133"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="134"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="135"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="136"/>
        <source>Room / hotel</source>
        <translation>Chambre / hôtel</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="137"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="145"/>
        <source>•••• on file</source>
        <translation>•••• au dossier</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="161"/>
        <source>%1, room %2</source>
        <translation>%1, chambre %2</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="285"/>
        <source>Key contact: %1</source>
        <translation>Contact clé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="292"/>
        <source>A passport is on file; its number is never shown here.</source>
        <translation>Un passeport est au dossier ; son numéro n’est jamais affiché ici.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="295"/>
        <source>No passport on file.</source>
        <translation>Aucun passeport au dossier.</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <location filename="../../ui/roster_commands.py" line="79"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../ui/roster_commands.py" line="112"/>
        <source>Add %1 to the new group %2</source>
        <translation>Ajouter %1 au nouveau groupe « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/roster_commands.py" line="114"/>
        <source>Add %1 delegates to the new group %2</source>
        <translation>Ajouter %1 délégués au nouveau groupe « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/roster_commands.py" line="120"/>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 au groupe « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/roster_commands.py" line="122"/>
        <source>Add %1 delegates to %2</source>
        <translation>Ajouter %1 délégués au groupe « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/roster_commands.py" line="126"/>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 du groupe « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/roster_commands.py" line="128"/>
        <source>Remove %1 delegates from %2</source>
        <translation>Retirer %1 délégués du groupe « %2 »</translation>
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
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../ui/agreements_page.py" line="371"/>
        <location filename="../../ui/agreements_page.py" line="446"/>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="378"/>
        <source>Change the status of “%1” from %2 to %3?</source>
        <translation>Faire passer « %1 » du statut %2 au statut %3 ?</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="393"/>
        <source>This change skips %1. Make sure those steps really took place: the history will record that they were skipped.</source>
        <translation>Ce changement saute %1. Vérifiez que ces étapes ont bien eu lieu : l’historique indiquera qu’elles ont été sautées.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="396"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="402"/>
        <source>The change is recorded in the agreement&apos;s history, with your name and the time, and cannot be undone.</source>
        <translation>Le changement est consigné dans l’historique de l’accord, avec votre nom et l’heure, et ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="411"/>
        <source>e.g. 06/11/2017</source>
        <translation>p. ex. 06/11/2017</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="411"/>
        <source>e.g. 2017-11-06</source>
        <translation>p. ex. 2017-11-06</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="424"/>
        <source>e.g. Miami-Dade County Hall</source>
        <translation>p. ex. Miami-Dade County Hall</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="426"/>
        <source>Why, or on whose decision (optional)</source>
        <translation>Pourquoi, ou sur décision de qui (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="438"/>
        <source>Signed &amp;on:</source>
        <translation>Signé &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="439"/>
        <source>Signed &amp;in:</source>
        <translation>L&amp;ieu de signature :</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="440"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="441"/>
        <source>Changed &amp;by:</source>
        <translation>Modifié &amp;par :</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="455"/>
        <source>No signing date is recorded yet: say on which day, and where, the agreement was signed.</source>
        <translation>Aucune date de signature n’est encore indiquée : dites quel jour, et où, l’accord a été signé.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="479"/>
        <source>Required: the day the agreement was signed</source>
        <translation>Obligatoire : le jour où l’accord a été signé</translation>
    </message>
    <message>
        <location filename="../../ui/agreements_page.py" line="485"/>
        <source>Not a date: write it as %1</source>
        <translation>Ce n’est pas une date : écrivez-la %1</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="140"/>
        <source>The booklet could not be printed: %1</source>
        <translation>Le livret n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="175"/>
        <source>Printing stopped after %1 booklets: %2</source>
        <translation>Impression arrêtée après %1 livrets : %2</translation>
    </message>
</context>
</TS>
