<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AgreementCommands</name>
    <message>
      <location filename="../../ui/agreement_commands.py" line="87" />
      <source>Add the agreement %1</source>
      <translation>Ajouter l’accord « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_commands.py" line="141" />
      <source>Edit the agreement %1</source>
      <translation>Modifier l’accord « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_commands.py" line="204" />
      <source>Add the commitment “%1”</source>
      <translation>Ajouter l’engagement « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_commands.py" line="264" />
      <source>Edit the commitment “%1”</source>
      <translation>Modifier l’engagement « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_commands.py" line="305" />
      <source>Delete the commitment “%1”</source>
      <translation>Supprimer l’engagement « %1 »</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="177" />
      <source>Remove this party</source>
      <extracomment>The tabs, in order. The core's field names, as ValidationError gives them, to the editor's own fields. Kept as the longest notice a spin box offers (ten years).</extracomment>
      <translation>Retirer cette partie</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="236" />
      <source>new organisation</source>
      <translation>nouvel organisme</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="277" />
      <source>e.g. President of the Metropolitan Area</source>
      <translation>p. ex. Président de la Métropole</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="289" />
      <source>Remove this signatory</source>
      <translation>Retirer ce signataire</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="418" />
      <source>e.g. %1</source>
      <translation>p. ex. %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="435" />
      <source>As the French text names it</source>
      <translation>Tel que le nomme le texte français</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="437" />
      <source>As the English text names it (the French title if empty)</source>
      <translation>Tel que le nomme le texte anglais (le titre français si vide)</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="450" />
      <source>Made from the parties and the year if left empty</source>
      <translation>Formé à partir des parties et de l’année si vide</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="458" />
      <source>— no mission —</source>
      <translation>— aucune mission —</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="467" />
      <source>e.g. Miami-Dade County Hall</source>
      <translation>p. ex. Miami-Dade County Hall</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="474" />
      <source>none recorded</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="475" />
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="480" />
      <source>e.g. trade; culture; tourism; economic development</source>
      <translation>p. ex. commerce ; culture ; tourisme ; développement économique</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="486" />
      <source>For the organisers: never printed</source>
      <translation>Pour les organisateurs : jamais imprimé</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="490" />
      <source>&amp;French title</source>
      <translation>Titre &amp;français</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="491" />
      <source>&amp;English title</source>
      <translation>Titre &amp;anglais</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="492" />
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="494" />
      <source>&amp;Status</source>
      <translation>&amp;Statut</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="497" />
      <source>S&amp;hort name</source>
      <translation>Nom &amp;court</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="502" />
      <source>&amp;Mission</source>
      <translation>&amp;Mission</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="503" />
      <source>Signing &amp;ceremony</source>
      <translation>&amp;Cérémonie de signature</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="506" />
      <source>Signed &amp;on</source>
      <translation>Signé &amp;le</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="512" />
      <source>Signed &amp;in</source>
      <translation>L&amp;ieu de signature</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="515" />
      <source>In force &amp;from</source>
      <translation>En vigueur &amp;du</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="523" />
      <source>E&amp;nds on</source>
      <translation>Prend fi&amp;n le</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="529" />
      <source>&amp;Renewal notice</source>
      <translation>&amp;Préavis de renouvellement</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="530" />
      <source>&amp;Domains</source>
      <translation>&amp;Domaines</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="531" />
      <source>No&amp;tes</source>
      <translation>No&amp;tes</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="542" />
      <source>Add a &amp;party</source>
      <translation>Ajouter une &amp;partie</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="546" />
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="546" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="546" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="553" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="553" />
      <source>Capacity</source>
      <translation>Qualité</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="553" />
      <source>Signs for</source>
      <translation>Signe pour</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="555" />
      <source>Add a si&amp;gnatory</source>
      <translation>Ajouter un si&amp;gnataire</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="558" />
      <source>&lt;b&gt;Parties&lt;/b&gt;</source>
      <translation>&lt;b&gt;Parties&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="561" />
      <source>Choose an organisation or type its name: one not on record is made with the agreement (give its country, for the register and the checks).</source>
      <translation>Choisissez un organisme ou tapez son nom : un organisme inconnu est créé avec l’accord (indiquez son pays, pour le registre et les vérifications).</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="567" />
      <source>&lt;b&gt;Signatories&lt;/b&gt;, in signing order</source>
      <translation>&lt;b&gt;Signataires&lt;/b&gt;, dans l’ordre de signature</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="591" />
      <source>&amp;Agreement</source>
      <translation>&amp;Accord</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="592" />
      <source>&amp;Parties and signatories</source>
      <translation>&amp;Parties et signataires</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="705" />
      <source>New agreement</source>
      <translation>Nouvel accord</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="711" />
      <source>Edit %1</source>
      <translation>Modifier « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="740" />
      <source>— none —</source>
      <translation>— aucune —</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="769" />
      <source>Not a date: write it as %1</source>
      <translation>Ce n’est pas une date : écrivez-la %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="782" />
      <source>Required: the title of the agreement</source>
      <translation>Obligatoire : le titre de l’accord</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="787" />
      <source>Must come after the date it comes into force</source>
      <translation>Doit suivre la date d’entrée en vigueur</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="794" />
      <source>Required for an agreement recorded as %1: the day it was signed</source>
      <translation>Obligatoire pour un accord enregistré comme « %1 » : le jour de sa signature</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="807" />
      <source>Party %1: choose an organisation or type its name</source>
      <translation>Partie %1 : choisissez un organisme ou tapez son nom</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="819" />
      <source>Party %1: not a country, choose one from the list</source>
      <translation>Partie %1 : ce n’est pas un pays, choisissez-en un dans la liste</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="826" />
      <source>An agreement needs a party on our side and one on the partner's side</source>
      <translation>Un accord a besoin d’une partie de notre côté et d’une du côté partenaire</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="830" />
      <source>An organisation is listed twice</source>
      <translation>Un organisme figure deux fois</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="839" />
      <source>Signatory %1: not a person on record, choose one from the list</source>
      <translation>Signataire %1 : personne inconnue, choisissez-la dans la liste</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="846" />
      <source>Signatory %1: say in what capacity they sign</source>
      <translation>Signataire %1 : indiquez en quelle qualité il ou elle signe</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="850" />
      <source>Signatory %1: say for whom they sign</source>
      <translation>Signataire %1 : indiquez pour qui il ou elle signe</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="858" />
      <source>An agreement recorded as %1 needs at least one signatory</source>
      <translation>Un accord enregistré comme « %1 » a besoin d’au moins un signataire</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="947" />
      <source>A field of this tab needs correcting</source>
      <translation>Un champ de cet onglet est à corriger</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="964" />
      <source>It will be named %1</source>
      <translation>Il s’appellera %1</translation>
    </message>
  </context>
  <context>
    <name>Agreements</name>
    <message>
      <location filename="../../ui/agreements_models.py" line="80" />
      <source>%1 bytes</source>
      <translation>%1 octets</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="83" />
      <source>%1 KB</source>
      <translation>%1 Ko</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="87" />
      <source>%1 MB</source>
      <translation>%1 Mo</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="94" />
      <source>Agreement</source>
      <translation>Accord</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="95" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="96" />
      <location filename="../../ui/agreements_models.py" line="420" />
      <location filename="../../ui/agreements_models.py" line="441" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="97" />
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="98" />
      <source>Signed</source>
      <translation>Signé le</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="99" />
      <source>Mission</source>
      <translation>Mission</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="100" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="106" />
      <source>Our side</source>
      <translation>Notre côté</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="108" />
      <source>Partner</source>
      <translation>Partenaire</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="176" />
      <source>Holds the signed copy</source>
      <translation>Contient la copie signée</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="305" />
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="309" />
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="312" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="325" />
      <source>Signatory</source>
      <translation>Signataire</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="328" />
      <source>Capacity</source>
      <translation>Qualité</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="332" />
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="347" />
      <source>Signed copy</source>
      <translation>Copie signée</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="349" />
      <source>Draft</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="360" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="364" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="367" />
      <source>Kind of copy</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="370" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="373" />
      <source>Added</source>
      <translation>Ajouté le</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="375" />
      <location filename="../../ui/agreements_models.py" line="449" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="379" />
      <location filename="../../ui/agreements_models.py" line="454" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="404" />
      <source>Commitment</source>
      <translation>Engagement</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="408" />
      <source>Party</source>
      <translation>Partie</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="412" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="416" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_models.py" line="445" />
      <source>Changed</source>
      <translation>Modifié le</translation>
    </message>
  </context>
  <context>
    <name>AgreementsPage</name>
    <message>
      <location filename="../../ui/agreements_page.py" line="189" />
      <source>Add the version %1</source>
      <extracomment>The tabs of an agreement's detail, in order.</extracomment>
      <translation>Ajouter la version %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="267" />
      <source>The document could not be opened: %1</source>
      <translation>Le document n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="308" />
      <source>The register could not be written: %1</source>
      <translation>Le registre n’a pas pu être écrit : %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="342" />
      <source>The run sheet could not be printed: %1</source>
      <translation>Le déroulé n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="884" />
      <source>Title, partner, signatory, domain…</source>
      <extracomment>After every change written to the database (the window refreshes its checks). A sentence for the window's status bar. The path of a stored document handed to the system's viewer. An editor opened (the agreement's, a commitment's), for tests and the window. A register or a run sheet written (its path), or why it could not be.</extracomment>
      <translation>Titre, partenaire, signataire, domaine…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="885" />
      <source>&amp;All missions</source>
      <translation>&amp;Toutes les missions</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="887" />
      <source>Show the agreements of every mission, and those of no mission</source>
      <translation>Afficher les accords de toutes les missions, et ceux qui ne relèvent d’aucune mission</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="889" />
      <source>Show the agreements of one status</source>
      <translation>Afficher les accords d’un statut</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="890" />
      <source>Show the agreements of one kind</source>
      <translation>Afficher les accords d’un type</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="891" />
      <source>Show the agreements with a partner in one country</source>
      <translation>Afficher les accords avec un partenaire dans un pays</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="893" />
      <source>Show the agreements of one year (signed then, else of a mission that year)</source>
      <translation>Afficher les accords d’une année (signés cette année-là, sinon d’une mission de cette année)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="895" />
      <source>E&amp;xport the register…</source>
      <translation>E&amp;xporter le registre…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="897" />
      <source>The register as shown (its filters, not the search) as PDF or XLSX</source>
      <translation>Le registre tel qu’affiché (ses filtres, pas la recherche), en PDF ou XLSX</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="899" />
      <source>Print the &amp;run sheet…</source>
      <translation>Imprimer le &amp;déroulé…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="901" />
      <source>The signing ceremony's run sheet of this agreement (PDF)</source>
      <translation>Le déroulé de la cérémonie de signature de cet accord (PDF)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="905" />
      <source>&amp;New agreement…</source>
      <translation>&amp;Nouvel accord…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="906" />
      <source>Record a new agreement (Ctrl+N)</source>
      <translation>Enregistrer un nouvel accord (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="907" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="909" />
      <source>Edit the agreement, its parties and signatories (Enter or double-click)</source>
      <translation>Modifier l’accord, ses parties et ses signataires (Entrée ou double-clic)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="911" />
      <source>Add a &amp;commitment…</source>
      <translation>Ajouter un &amp;engagement…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="913" />
      <source>Edit the commitment…</source>
      <translation>Modifier l’engagement…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="914" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="915" />
      <source>Edit the selected commitment (Enter)</source>
      <translation>Modifier l’engagement sélectionné (Entrée)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="916" />
      <source>Delete the commitment</source>
      <translation>Supprimer l’engagement</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="917" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="919" />
      <source>Delete the selected commitment (Delete; it can be undone)</source>
      <translation>Supprimer l’engagement sélectionné (Suppr ; on peut l’annuler)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="921" />
      <location filename="../../ui/agreements_page.py" line="922" />
      <source>Set status</source>
      <translation>Changer le statut</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="925" />
      <source>Change &amp;status</source>
      <translation>Changer le &amp;statut</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="927" />
      <source>Move the agreement to its next status (recorded in its history)</source>
      <translation>Faire passer l’accord à son statut suivant (consigné dans son historique)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="929" />
      <source>&amp;Open document</source>
      <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="931" />
      <source>Open the selected version with the system's viewer (or double-click it)</source>
      <translation>Ouvrir la version sélectionnée avec la visionneuse du système (ou double-cliquer dessus)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="933" />
      <source>Add a &amp;version…</source>
      <translation>Ajouter une &amp;version…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="935" />
      <source>Store a file as the agreement's next version (or drop the file here)</source>
      <translation>Enregistrer un fichier comme version suivante de l’accord (ou déposer le fichier ici)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="937" />
      <source>Mark as si&amp;gned copy</source>
      <translation>Marquer comme copie si&amp;gnée</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="939" />
      <source>Mark the selected version as the signed copy: it never changes afterwards</source>
      <translation>Marquer la version sélectionnée comme copie signée : elle ne change plus ensuite</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="941" />
      <source>Drop a file here to add it as a new version.</source>
      <translation>Déposez un fichier ici pour l’ajouter comme nouvelle version.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="943" />
      <source>Select an agreement to see its parties, documents and commitments.</source>
      <translation>Sélectionnez un accord pour voir ses parties, ses documents et ses engagements.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="953" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="956" />
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="978" />
      <source>All partner countries</source>
      <translation>Tous les pays partenaires</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="985" />
      <source>All years</source>
      <translation>Toutes les années</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1068" />
      <source>1 agreement</source>
      <translation>1 accord</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1068" />
      <source>%1 agreements</source>
      <translation>%1 accords</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1070" />
      <source>%1 of %2 agreements</source>
      <translation>%1 sur %2 accords</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1181" />
      <source>signed on %1</source>
      <translation>signé le %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1183" />
      <source>%1 in %2</source>
      <translation>%1 à %2</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1189" />
      <source>in force %1</source>
      <translation>en vigueur %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1197" />
      <source>in force from %1</source>
      <translation>en vigueur à partir du %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1201" />
      <source>domains: %1</source>
      <translation>domaines : %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1207" />
      <source>Parties and signatories (%1)</source>
      <translation>Parties et signataires (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1211" />
      <source>Documents (%1)</source>
      <translation>Documents (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1213" />
      <source>Commitments (%1)</source>
      <translation>Engagements (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1215" />
      <source>History (%1)</source>
      <translation>Historique (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1309" />
      <source>Agreement “%1” recorded.</source>
      <translation>Accord « %1 » enregistré.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1358" />
      <source>The change could not be made</source>
      <translation>La modification n’a pas pu être faite</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1374" />
      <location filename="../../ui/agreements_page.py" line="1425" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1374" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1375" />
      <source>agreements-register</source>
      <translation>registre-des-accords</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1378" />
      <source>Export the agreements register</source>
      <translation>Exporter le registre des accords</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1401" />
      <source>Writing the register to %1…</source>
      <translation>Écriture du registre dans %1…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1408" />
      <source>1 agreement written to %1</source>
      <translation>1 accord écrit dans %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1410" />
      <source>%1 agreements written to %2</source>
      <translation>%1 accords écrits dans %2</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1417" />
      <source>Nothing was written</source>
      <translation>Rien n’a été écrit</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1420" />
      <source>run-sheet-%1</source>
      <translation>deroule-%1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1423" />
      <source>Save the run sheet of %1</source>
      <translation>Enregistrer le déroulé de %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1452" />
      <source>Printing the run sheet to %1…</source>
      <translation>Impression du déroulé dans %1…</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1457" />
      <source>Run sheet saved: %1</source>
      <translation>Déroulé enregistré : %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1559" />
      <source>Mark the commitment “%1” %2</source>
      <translation>Marquer l’engagement « %1 » : %2</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1635" />
      <source>%1 (skips steps)</source>
      <translation>%1 (saute des étapes)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1678" />
      <source>The status could not be changed</source>
      <translation>Le statut n’a pas pu être changé</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1683" />
      <source>“%1” is now %2 (recorded in its history).</source>
      <translation>« %1 » est maintenant au statut %2 (consigné dans son historique).</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1739" />
      <source>Add a version of %1</source>
      <translation>Ajouter une version de %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1741" />
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1762" />
      <source>Add %1 versions</source>
      <translation>Ajouter %1 versions</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1782" />
      <source>Version %1 of “%2” stored: %3</source>
      <translation>Version %1 de « %2 » enregistrée : %3</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1821" />
      <source>The document could not be opened</source>
      <translation>Le document n’a pas pu être ouvert</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1822" />
      <source>No temporary folder can be written on this computer.</source>
      <translation>Aucun dossier temporaire n’est accessible en écriture sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1834" />
      <source>Opened %1</source>
      <translation>%1 ouvert</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1837" />
      <source>No program on this computer opens this file; it is saved at %1</source>
      <translation>Aucun programme de cet ordinateur n’ouvre ce fichier ; il est enregistré ici : %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1855" />
      <source>Mark as signed copy</source>
      <translation>Marquer comme copie signée</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1858" />
      <source>Mark version %1 (%2) as the signed copy? From then on it is kept exactly as it is: it can be neither changed nor deleted, and this cannot be undone.</source>
      <translation>Marquer la version %1 (%2) comme copie signée ? Elle sera ensuite conservée telle quelle : elle ne pourra être ni modifiée ni supprimée, et ce choix ne peut pas être annulé.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="1870" />
      <source>The signed copy could not be marked</source>
      <translation>La copie signée n’a pas pu être marquée</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../ui/startup.py" line="144" />
      <source>Preparing the demo missions…</source>
      <extracomment>Asks the key of an encrypted file: ``(path, wrong=..., attempt=...)``, None if cancelled. The modules the window needs to show the missions and the first roster, imported first. The modules of the other pages and dialogs, imported by the thread once the first roster shows; the pages are built afterwards, one per turn of the event loop. Imported on the window's thread instead, one per turn, some kept it from answering for half a second on a busy machine (the checks' services alone); in the thread, the window's thread only waits for its share of the interpreter (a few milliseconds at a time). Set in the environment, the program writes "startup: &lt;step&gt;" lines on stderr as it opens (what tests/benchmarks/bench_startup.py times); set to "quit", it also quits once the data shows. Take over a lock left by another computer. Restore this backup over ``path`` before opening it (the file was damaged). The mission to show first (its short name), when it still exists. The key of an encrypted file (its repr never shows the passphrase). The mission to select, with its roster and groups (None without missions).</extracomment>
      <translation>Préparation des missions de démonstration…</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="89" />
      <source>Encrypted database</source>
      <translation>Base de données chiffrée</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="91" />
      <source>That key does not open {name}. Try again (try {attempt} of {tries}):</source>
      <translation>Cette clé n'ouvre pas {name}. Réessayez (essai {attempt} sur {tries}) :</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="95" />
      <source>{name} is encrypted: enter its key to open it.</source>
      <translation>{name} est chiffrée : saisissez sa clé pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="101" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="102" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../ui/startup.py" line="477" />
      <source>Database open on another computer</source>
      <translation>Base de données ouverte sur un autre ordinateur</translation>
    </message>
    <message>
      <location filename="../../ui/startup.py" line="478" />
      <source>{message}

Open it here anyway? Do so only if that computer no longer uses it: two computers writing the same file can lose work.</source>
      <translation>{message}

L’ouvrir ici quand même ? Seulement si cet ordinateur ne s’en sert plus : deux ordinateurs qui écrivent dans le même fichier peuvent perdre du travail.</translation>
    </message>
    <message>
      <location filename="../../ui/startup.py" line="464" />
      <source>The database is damaged</source>
      <extracomment>Emitted with the exit code when opening is over, one way or the other.</extracomment>
      <translation>La base de données est endommagée</translation>
    </message>
    <message>
      <location filename="../../ui/startup.py" line="465" />
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
      <location filename="../../ui/startup.py" line="490" />
      <source>Delegation</source>
      <translation>Delegation</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="142" />
      <source>Cannot open the database</source>
      <translation>Impossible d’ouvrir la base de données</translation>
    </message>
  </context>
  <context>
    <name>BookletOptionsDialog</name>
    <message>
      <location filename="../../ui/dialogs.py" line="44" />
      <source>Print booklet</source>
      <translation>Imprimer le livret</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs.py" line="44" />
      <source>Print booklets</source>
      <translation>Imprimer les livrets</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs.py" line="47" />
      <source>Each delegate's own language</source>
      <translation>La langue de chaque délégué</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs.py" line="63" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs.py" line="64" />
      <source>&amp;Paper:</source>
      <translation>&amp;Papier :</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs.py" line="78" />
      <source>US Letter (8.5 × 11 in)</source>
      <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs.py" line="80" />
      <source>A5 booklet (148 × 210 mm)</source>
      <translation>Livret A5 (148 × 210 mm)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs.py" line="81" />
      <source>A4 (210 × 297 mm)</source>
      <translation>A4 (210 × 297 mm)</translation>
    </message>
  </context>
  <context>
    <name>ChangeListModel</name>
    <message>
      <location filename="../../ui/print_page.py" line="112" />
      <source>Delegate</source>
      <translation>Délégué</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="112" />
      <source>What changed</source>
      <translation>Ce qui a changé</translation>
    </message>
  </context>
  <context>
    <name>Checks</name>
    <message>
      <location filename="../../ui/checks_panel.py" line="70" />
      <source>Error</source>
      <extracomment>Role returning the ``Finding`` behind a row.</extracomment>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="71" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="172" />
      <source>Severity</source>
      <extracomment>The proxy hands sorting to this model (a big mission has a thousand findings).</extracomment>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="173" />
      <source>Who or what</source>
      <translation>Qui ou quoi</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="174" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="203" />
      <source>What to do:</source>
      <translation>À faire :</translation>
    </message>
  </context>
  <context>
    <name>ChecksPanel</name>
    <message>
      <location filename="../../ui/checks_panel.py" line="491" />
      <source>What to do:</source>
      <extracomment>Emitted with a delegate's participant id when their finding is activated. Emitted with the number of findings each time the checks have run.</extracomment>
      <translation>À faire :</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="501" />
      <source>Select a mission to check it.</source>
      <translation>Sélectionnez une mission pour la vérifier.</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="504" />
      <source>Nothing to fix: every check passed for this mission.</source>
      <translation>Rien à corriger : toutes les vérifications sont passées pour cette mission.</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="510" />
      <source>Select a finding to see what to do; double-click a delegate's finding to find them in the roster.</source>
      <translation>Sélectionnez un constat pour voir quoi faire ; double-cliquez sur le constat d’un délégué pour le retrouver dans la liste.</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="534" />
      <source>Checks (%1)</source>
      <translation>Vérifications (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="536" />
      <source>Checks</source>
      <translation>Vérifications</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="540" />
      <source>All findings (%1)</source>
      <translation>Tous les constats (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="542" />
      <source>Errors (%1)</source>
      <translation>Erreurs (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="546" />
      <source>Warnings (%1)</source>
      <translation>Avertissements (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="551" />
      <source>Run the checks again</source>
      <translation>Relancer les vérifications</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="554" />
      <source>Findings shown</source>
      <translation>Constats affichés</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="555" />
      <source>Findings of the checks</source>
      <translation>Constats des vérifications</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="556" />
      <source>What to do</source>
      <translation>Que faire</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="558" />
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <location filename="../../ui/checks_panel.py" line="561" />
      <source>Checked at %1</source>
      <translation>Vérifié à %1</translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <location filename="../../ui/commands.py" line="28" />
      <source>Set %1 to %2</source>
      <translation>Passer %1 en « %2 »</translation>
    </message>
    <message>
      <location filename="../../ui/commands.py" line="33" />
      <source>Set %1 delegates to %2</source>
      <translation>Passer %1 délégués en « %2 »</translation>
    </message>
  </context>
  <context>
    <name>CommitmentDialog</name>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1017" />
      <source>What the party committed to, e.g. host a return visit in 2018</source>
      <translation>Ce à quoi la partie s’est engagée, p. ex. accueillir une visite retour en 2018</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1022" />
      <source>— no party in particular —</source>
      <translation>— aucune partie en particulier —</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1037" />
      <source>e.g. %1</source>
      <translation>p. ex. %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1051" />
      <source>&amp;Commitment</source>
      <translation>&amp;Engagement</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1052" />
      <source>&amp;Party</source>
      <translation>&amp;Partie</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1053" />
      <source>&amp;Owner</source>
      <translation>&amp;Responsable</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1054" />
      <source>&amp;Due by</source>
      <translation>É&amp;chéance</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1055" />
      <source>&amp;Status</source>
      <translation>&amp;Statut</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1099" />
      <source>New commitment</source>
      <translation>Nouvel engagement</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1102" />
      <source>Edit the commitment</source>
      <translation>Modifier l’engagement</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1148" />
      <source>Required: what the party committed to</source>
      <translation>Obligatoire : ce à quoi la partie s’est engagée</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1153" />
      <source>Not a person on record: choose one from the list</source>
      <translation>Personne inconnue : choisissez-la dans la liste</translation>
    </message>
    <message>
      <location filename="../../ui/agreement_dialog.py" line="1161" />
      <source>Not a date: write it as %1</source>
      <translation>Ce n’est pas une date : écrivez-la %1</translation>
    </message>
  </context>
  <context>
    <name>DayView</name>
    <message>
      <location filename="../../ui/day_view.py" line="112" />
      <source>Everyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="517" />
      <source>→ %1</source>
      <extracomment>(item id, timedelta): an item dragged by quarter hours. (naive local datetime, zone): a double-click on an empty slot.</extracomment>
      <translation>→ %1</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1042" />
      <source>No day to show</source>
      <translation>Aucun jour à afficher</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1049" />
      <source>%1 (day %2 of %3)</source>
      <translation>%1 (jour %2 sur %3)</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1083" />
      <source>Times in %1 (%2, %3)</source>
      <translation>Heures de %1 (%2, %3)</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1075" />
      <source>clocks go back: one hour happens twice</source>
      <translation>heure d’hiver : une heure se répète</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1078" />
      <source>clocks go forward: one hour is skipped</source>
      <translation>heure d’été : une heure est sautée</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1066" />
      <source>Nothing planned this day.</source>
      <translation>Rien de prévu ce jour-là.</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="110" />
      <source>Named delegates</source>
      <extracomment>A block narrower than this (pixels) is drawn without text: no letter would show whole.</extracomment>
      <translation>Délégués nommés</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="131" />
      <source>By stop</source>
      <translation>Par étape</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="132" />
      <source>By group</source>
      <translation>Par groupe</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1089" />
      <source>Each column on its own clock</source>
      <translation>Chaque colonne à son heure locale</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1094" />
      <source>clocks go back in %1</source>
      <translation>passage à l’heure d’hiver à %1</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1098" />
      <source>clocks go forward in %1</source>
      <translation>passage à l’heure d’été à %1</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1108" />
      <source>Items for delegates invited by name only (meetings, speakers)</source>
      <translation>Éléments pour des délégués invités nommément seulement (rendez-vous, intervenants)</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1161" />
      <source>Previous day (Alt+Left)</source>
      <translation>Jour précédent (Alt+Gauche)</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1163" />
      <source>Next day (Alt+Right)</source>
      <translation>Jour suivant (Alt+Droite)</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1176" />
      <source>Columns: %1</source>
      <translation>Colonnes : %1</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1165" />
      <source>One column per stop of the day, each with the hours of its own clock</source>
      <translation>Une colonne par étape du jour, chacune avec les heures de son fuseau</translation>
    </message>
    <message>
      <location filename="../../ui/day_view.py" line="1168" />
      <source>One column per group of the delegation, and one for delegates named</source>
      <translation>Une colonne par groupe de la délégation, et une pour les délégués nommés</translation>
    </message>
  </context>
  <context>
    <name>DelegateDialog</name>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="551" />
      <source>e.g. 12/04/1971</source>
      <translation>p. ex. 12/04/1971</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="574" />
      <source>e.g. Mme, M., Dr</source>
      <translation>p. ex. Mme, M., Dr</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="598" />
      <source>For the organisers only: never printed</source>
      <translation>Pour les organisateurs seulement : jamais imprimé</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="616" />
      <source>&amp;Honorific</source>
      <translation>&amp;Civilité</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="617" />
      <source>&amp;Given name</source>
      <translation>&amp;Prénom</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="618" />
      <source>&amp;Family name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="619" />
      <source>&amp;Organisation</source>
      <translation>&amp;Organisme</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="620" />
      <source>&amp;Job title</source>
      <translation>&amp;Fonction</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="621" />
      <source>&amp;Nationality</source>
      <translation>N&amp;ationalité</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="624" />
      <source>Date of &amp;birth</source>
      <translation>&amp;Date de naissance</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="650" />
      <source>e.g. First Vice-President, for this mission</source>
      <translation>p. ex. Premier vice-président, pour cette mission</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="653" />
      <source>Listed as a key contact in the booklets, e.g. Press</source>
      <translation>Cité comme contact clé dans les livrets, p. ex. Presse</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="681" />
      <source>No room</source>
      <translation>Pas de chambre</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="685" />
      <source>number, once the hotel gives it</source>
      <translation>numéro, quand l’hôtel le donne</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="690" />
      <source>nobody</source>
      <translation>personne</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="700" />
      <source>shared with</source>
      <translation>partagée avec</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="716" />
      <source>Room number</source>
      <translation>Numéro de chambre</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="717" />
      <source>Room type</source>
      <translation>Type de chambre</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="718" />
      <source>Room shared with</source>
      <translation>Chambre partagée avec</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="703" />
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="312" />
      <source>%1 is empty</source>
      <translation>%1 est vide</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="313" />
      <source>%1 is larger than 5 MB: save it at a lower resolution</source>
      <translation>%1 dépasse 5 Mo : enregistrez-la dans une résolution plus basse</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="316" />
      <source>%1 is not a PNG or JPEG image</source>
      <translation>%1 n’est pas une image PNG ou JPEG</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="608" />
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoisir…</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="611" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="632" />
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="704" />
      <source>&amp;Status</source>
      <translation>&amp;Statut</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="705" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="706" />
      <source>&amp;Capacity</source>
      <translation>&amp;Qualité</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="707" />
      <source>&amp;Key contact as</source>
      <translation>Contact &amp;clé</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="708" />
      <source>&amp;Groups</source>
      <translation>&amp;Groupes</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="710" />
      <source>&amp;Booklet language</source>
      <translation>&amp;Langue du livret</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="712" />
      <source>&amp;Arrival notes</source>
      <translation>Notes d’&amp;arrivée</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="713" />
      <source>&amp;Hotel</source>
      <translation>&amp;Hôtel</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="714" />
      <source>Room</source>
      <translation>Chambre</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="722" />
      <source>name@example.org</source>
      <translation>nom@exemple.org</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="726" />
      <source>e.g. 06 12 34 56 78 (in %1) or +1 305 555 0100</source>
      <translation>p. ex. 06 12 34 56 78 (en %1) ou +1 305 555 0100</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="736" />
      <source>Name and phone of whom to call</source>
      <translation>Nom et téléphone de la personne à appeler</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="739" />
      <source>e.g. français, English, español</source>
      <translation>p. ex. français, anglais, espagnol</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="742" />
      <source>&amp;E-mail</source>
      <translation>&amp;Courriel</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="744" />
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="746" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="747" />
      <source>Languages &amp;spoken</source>
      <translation>Langues &amp;parlées</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="748" />
      <source>E&amp;mergency contact</source>
      <translation>Contact d’&amp;urgence</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="761" />
      <source>Passport &amp;number</source>
      <translation>&amp;Numéro de passeport</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="765" />
      <source>Issuing &amp;country</source>
      <translation>&amp;Pays de délivrance</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="769" />
      <source>&amp;Expires on</source>
      <translation>&amp;Expire le</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="779" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="780" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="781" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="782" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="783" />
      <source>Expires on</source>
      <translation>Expire le</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="798" />
      <source>Entry authorisations</source>
      <translation>Autorisations d’entrée</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="803" />
      <source>No destination abroad: no visa, ESTA or eTA to follow.</source>
      <translation>Aucune destination à l’étranger : pas de visa, d’ESTA ni d’AVE à suivre.</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="810" />
      <source>Passport and authorisation numbers stay hidden until you click Show; they are never written to the program's logs.</source>
      <translation>Les numéros de passeport et d’autorisation restent masqués tant que vous ne cliquez pas sur Afficher ; ils ne sont jamais écrits dans les journaux du programme.</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="816" />
      <source>e.g. vegetarian, no nuts</source>
      <translation>p. ex. végétarien, sans fruits à coque</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="817" />
      <source>e.g. wheelchair, no stairs</source>
      <translation>p. ex. fauteuil roulant, pas d’escaliers</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="819" />
      <source>&amp;Dietary needs</source>
      <translation>&amp;Régime alimentaire</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="820" />
      <source>&amp;Mobility needs</source>
      <translation>&amp;Mobilité</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="823" />
      <source>These needs are sensitive personal data. They are shown here, and printed on no document except those where you choose to include them (a rooming list for the hotel, for example): never in the booklets.</source>
      <translation>Ces besoins sont des données personnelles sensibles. Ils sont affichés ici, mais ne sont imprimés sur aucun document, sauf ceux où vous choisissez de les inclure (une liste des chambres pour l’hôtel, par exemple) : jamais dans les livrets.</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="833" />
      <source>Identity</source>
      <translation>Identité</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="834" />
      <source>Mission</source>
      <translation>Mission</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="835" />
      <source>Contact</source>
      <translation>Coordonnées</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="838" />
      <source>Travel documents</source>
      <translation>Documents de voyage</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="840" />
      <source>Needs</source>
      <translation>Besoins</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="921" />
      <source>Delegate — %1</source>
      <translation>Délégué — %1</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="939" />
      <source>since %1</source>
      <translation>depuis le %1</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="958" />
      <source>Click Show to see or change the number</source>
      <translation>Cliquez sur Afficher pour voir ou changer le numéro</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="967" />
      <location filename="../../ui/delegate_dialog.py" line="1094" />
      <source>&amp;Show</source>
      <translation>&amp;Afficher</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="996" />
      <source>added as %1</source>
      <extracomment>How many status changes the form lists (the newest).</extracomment>
      <translation>ajouté(e) : %1</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="999" />
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1003" />
      <source> (%1)</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1006" />
      <source>and %1 earlier changes</source>
      <translation>et %1 changements antérieurs</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1007" />
      <source>No change recorded yet</source>
      <translation>Aucun changement enregistré</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1011" />
      <source>room %1</source>
      <translation>chambre %1</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1011" />
      <source>room to be numbered</source>
      <translation>chambre à numéroter</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1015" />
      <source>, shared with %1</source>
      <translation>, partagée avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1020" />
      <source>%1 to %2</source>
      <translation>du %1 au %2</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1025" />
      <source>No room yet</source>
      <translation>Pas encore de chambre</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1080" />
      <source>Their own language (%1)</source>
      <translation>Sa propre langue (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1094" />
      <location filename="../../ui/delegate_dialog.py" line="1121" />
      <source>&amp;Hide</source>
      <translation>&amp;Masquer</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1145" />
      <source>Not a date: write it as %1</source>
      <translation>Ce n’est pas une date : écrivez-la %1</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="255" />
      <location filename="../../ui/delegate_dialog.py" line="1159" />
      <source>Not a country: choose one from the list or type its two-letter code</source>
      <translation>Ce n’est pas un pays : choisissez-le dans la liste ou tapez son code à deux lettres</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="200" />
      <source>Visa</source>
      <extracomment>Qt's "no maximum" for a widget's size. The tabs, in order. Which tab holds each field (its errors mark the tab).</extracomment>
      <translation>Visa</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="201" />
      <source>ESTA</source>
      <translation>ESTA</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="202" />
      <source>eTA</source>
      <translation>AVE (eTA)</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="203" />
      <source>Other authorisation</source>
      <translation>Autre autorisation</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="211" />
      <source>Needed</source>
      <translation>À demander</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="212" />
      <source>Applied for</source>
      <translation>Demandée</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="213" />
      <source>Granted</source>
      <translation>Accordée</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="214" />
      <source>Refused</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="221" />
      <source>Single</source>
      <translation>Individuelle</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="222" />
      <source>Double</source>
      <translation>Double</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="223" />
      <source>Twin</source>
      <translation>Twin (deux lits)</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="224" />
      <source>Suite</source>
      <translation>Suite</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="233" />
      <source>Required</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="236" />
      <source>Too long: %1 characters at most</source>
      <translation>Trop long : %1 caractères au plus</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="240" />
      <source>Not an e-mail address: write it as name@example.org</source>
      <translation>Ce n’est pas une adresse électronique : écrivez-la nom@exemple.org</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="244" />
      <source>Not a phone number</source>
      <translation>Ce n’est pas un numéro de téléphone</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="248" />
      <source>Not a valid number in %1: add the country code (+1…) for a number abroad</source>
      <translation>Numéro non valable pour le pays « %1 » : ajoutez l’indicatif (+1…) d’un numéro à l’étranger</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="259" />
      <source>Not a date</source>
      <translation>Ce n’est pas une date</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="261" />
      <source>A date of birth must be in the past</source>
      <translation>Une date de naissance doit être passée</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="263" />
      <source>Before 1900: check the year</source>
      <translation>Avant 1900 : vérifiez l’année</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="265" />
      <source>An expiry date needs a passport number</source>
      <translation>Une date d’expiration demande un numéro de passeport</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="269" />
      <source>Expires before the date of birth: check both dates</source>
      <translation>Expire avant la date de naissance : vérifiez les deux dates</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="273" />
      <source>5 to 20 letters and digits, without other signs</source>
      <translation>De 5 à 20 lettres et chiffres, sans autres signes</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="277" />
      <source>Not a language of the booklets (French or English)</source>
      <translation>Ce n’est pas une langue des livrets (français ou anglais)</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="282" />
      <source>“%1” is not a language: write names such as français, English, español</source>
      <translation>« %1 » n’est pas une langue : écrivez des noms comme français, anglais, espagnol</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="289" />
      <source>Not a hotel of this mission, or a room number too long</source>
      <translation>Pas un hôtel de cette mission, ou un numéro de chambre trop long</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="293" />
      <source>The room-mate must be another delegate of this mission</source>
      <translation>La personne qui partage la chambre doit être un autre délégué de cette mission</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="297" />
      <source>A group does not belong to this mission</source>
      <translation>Un groupe n’appartient pas à cette mission</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="301" />
      <location filename="../../ui/delegate_dialog.py" line="1169" />
      <source>Not a known organisation: choose one from the list</source>
      <translation>Organisme inconnu : choisissez-le dans la liste</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="305" />
      <source>The same authorisation for the same country is given twice</source>
      <translation>La même autorisation pour le même pays figure deux fois</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="309" />
      <source>Not one of the choices offered</source>
      <translation>Ce n’est pas l’un des choix proposés</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="345" />
      <source>— none —</source>
      <translation>— aucune —</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="364" />
      <source>%1: kind</source>
      <translation>%1 : type</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="365" />
      <source>%1: state</source>
      <translation>%1 : état</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="366" />
      <source>%1: number</source>
      <translation>%1 : numéro</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="367" />
      <source>%1: expires on</source>
      <translation>%1 : expire le</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="629" />
      <source>Internal no&amp;tes</source>
      <translation>Notes in&amp;ternes</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1228" />
      <source>No photo</source>
      <translation>Pas de photo</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1243" />
      <source>Cannot read %1: %2</source>
      <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1251" />
      <source>Photo of the delegate</source>
      <translation>Photo du délégué</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1251" />
      <source>Photos (*.png *.jpg *.jpeg)</source>
      <translation>Photos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1339" />
      <source>A field of this tab needs correcting</source>
      <translation>Un champ de cet onglet est à corriger</translation>
    </message>
    <message>
      <location filename="../../ui/delegate_dialog.py" line="1364" />
      <source>Saved as %1</source>
      <translation>Enregistré comme %1</translation>
    </message>
  </context>
  <context>
    <name>EditLeadDialog</name>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="313" />
      <source>Edit the lead: %1</source>
      <translation>Modifier la piste : %1</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="338" />
      <source>(no owner)</source>
      <translation>(sans responsable)</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="344" />
      <source>Sec&amp;tor</source>
      <translation>&amp;Secteur</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="345" />
      <source>&amp;Project</source>
      <translation>&amp;Projet</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="346" />
      <source>Expected &amp;jobs</source>
      <translation>&amp;Emplois attendus</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="348" />
      <source>Expected &amp;investment</source>
      <translation>&amp;Investissement attendu</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="351" />
      <source>O&amp;wner</source>
      <translation>Respo&amp;nsable</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="387" />
      <source>Not a number of jobs: type digits, e.g. 25</source>
      <translation>Ce n'est pas un nombre d'emplois : tapez des chiffres, par ex. 25</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="392" />
      <source>Not an amount: type digits, e.g. 4500000</source>
      <translation>Ce n'est pas un montant : tapez des chiffres, par ex. 4500000</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="446" />
      <source>New follow-up action</source>
      <translation>Nouvelle action de suivi</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="450" />
      <source>(no owner)</source>
      <translation>(sans responsable)</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="454" />
      <source>Due by</source>
      <translation>À faire avant le</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="468" />
      <source>&amp;What</source>
      <translation>&amp;Quoi</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="470" />
      <source>&amp;Owner</source>
      <translation>&amp;Responsable</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="471" />
      <source>&amp;Due</source>
      <translation>É&amp;chéance</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="504" />
      <source>Required: what is to be done</source>
      <translation>Obligatoire : ce qu'il faut faire</translation>
    </message>
  </context>
  <context>
    <name>FollowUpStrip</name>
    <message>
      <location filename="../../ui/agreements_follow_up.py" line="117" />
      <source>Nothing to follow up in the register</source>
      <extracomment>At most this many findings in view before the strip scrolls: the register stays in sight. The agreement of the finding activated (double-click or Enter).</extracomment>
      <translation>Rien à suivre dans le registre</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_follow_up.py" line="123" />
      <source>1 error</source>
      <translation>1 erreur</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_follow_up.py" line="123" />
      <source>%1 errors</source>
      <translation>%1 erreurs</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_follow_up.py" line="127" />
      <source>1 warning</source>
      <translation>1 avertissement</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_follow_up.py" line="127" />
      <source>%1 warnings</source>
      <translation>%1 avertissements</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_follow_up.py" line="129" />
      <source>To follow up: %1</source>
      <translation>À suivre : %1</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_follow_up.py" line="131" />
      <source>Every mission's agreements, and those of none; double-click to open one</source>
      <translation>Les accords de toutes les missions, et ceux d’aucune ; double-cliquez pour en ouvrir un</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_follow_up.py" line="135" />
      <source>Commitments past their due date, agreements in their renewal notice or past their end</source>
      <translation>Engagements échus, accords dans leur préavis de renouvellement ou arrivés à terme</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <location filename="../../ui/import_dialog.py" line="86" />
      <source>— ignore —</source>
      <extracomment>What a column mapped to nothing holds in the columns model. The core names a row's problem columns and changes by the field's French label.</extracomment>
      <translation>— ignorer —</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="91" />
      <source>Create</source>
      <translation>Création</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="92" />
      <source>Add</source>
      <translation>Ajout</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="93" />
      <source>Update</source>
      <translation>Mise à jour</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="94" />
      <source>Refused</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="102" />
      <source>%1 to create, %2 to add, %3 to update, %4 refused</source>
      <translation>%1 à créer, %2 à ajouter, %3 à mettre à jour, %4 refusées</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="119" />
      <source>(column %1)</source>
      <translation>(colonne %1)</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="193" />
      <source>Column in the file</source>
      <extracomment>Emitted whenever the mapping changes (by the user or by a new table).</extracomment>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="194" />
      <source>First values</source>
      <translation>Premières valeurs</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="195" />
      <source>Roster field</source>
      <translation>Champ de la liste</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="260" />
      <source>Roster field of the column “%1”</source>
      <translation>Champ de la liste pour la colonne « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="389" />
      <source>%1: %2</source>
      <extracomment>Role returning a row's ``RowAction`` (the review filter and sort use it).</extracomment>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="393" />
      <source>Already on the roster, nothing new</source>
      <translation>Déjà dans la liste, rien de nouveau</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="395" />
      <source>Changes: %1</source>
      <translation>Modifie : %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="397" />
      <source>Already known: added to this mission's roster</source>
      <translation>Personne connue : ajoutée à la liste de cette mission</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="427" />
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="428" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="429" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="430" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1063" />
      <source>Roster imported from %1: %2 created, %3 added, %4 updated</source>
      <translation>Liste importée de %1 : %2 créés, %3 ajoutés, %4 mis à jour</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1073" />
      <source>, %1 refused rows left out</source>
      <translation>, %1 lignes refusées laissées de côté</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1080" />
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1081" />
      <source>UTF-8 with BOM</source>
      <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1082" />
      <source>UTF-16 (Unicode text)</source>
      <translation>UTF-16 (texte Unicode)</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1083" />
      <source>Windows-1252</source>
      <translation>Windows-1252</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1090" />
      <source>separated by semicolons</source>
      <translation>séparé par des points-virgules</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1091" />
      <source>separated by commas</source>
      <translation>séparé par des virgules</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1092" />
      <source>separated by tabs</source>
      <translation>séparé par des tabulations</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1095" />
      <source>separated by “%1”</source>
      <translation>séparé par « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1101" />
      <source>1 row</source>
      <translation>1 ligne</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1102" />
      <source>%1 rows</source>
      <translation>%1 lignes</translation>
    </message>
  </context>
  <context>
    <name>ImportRosterDialog</name>
    <message>
      <location filename="../../ui/import_dialog.py" line="538" />
      <source>Import a roster into %1</source>
      <extracomment>Emitted when the file is read (``LoadedTable``) and when the review is ready (plan). Emitted with the sentence shown when something failed.</extracomment>
      <translation>Importer une liste dans %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="549" />
      <source>&amp;Sheet:</source>
      <translation>&amp;Feuille :</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="565" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="567" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="569" />
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="636" />
      <source>Which roster field does each column of the file hold?</source>
      <translation>Quel champ de la liste chaque colonne du fichier contient-elle ?</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="639" />
      <source>First rows of the file</source>
      <translation>Premières lignes du fichier</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="668" />
      <source>Sho&amp;w:</source>
      <translation>&amp;Afficher :</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="678" />
      <source>Rows of the file and what importing does</source>
      <translation>Lignes du fichier et ce que l’import en fait</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="710" />
      <source>Import the other rows and leave the refused ones</source>
      <translation>Importer les autres lignes et laisser de côté les lignes refusées</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="790" />
      <source>1. Columns</source>
      <translation>1. Colonnes</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="790" />
      <source>2. Review</source>
      <translation>2. Vérification</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="808" />
      <source>sheet “%1”</source>
      <translation>feuille « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="839" />
      <source>Choose the columns that hold “%1” and “%2” to go on.</source>
      <translation>Choisissez les colonnes qui contiennent « %1 » et « %2 » pour continuer.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="841" />
      <source>Choose the column that holds “%1” to go on.</source>
      <translation>Choisissez la colonne qui contient « %1 » pour continuer.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="844" />
      <source>%1 of %2 columns will be imported; the others are ignored.</source>
      <translation>%1 colonnes sur %2 seront importées ; les autres sont ignorées.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="866" />
      <source>&amp;Import 1 delegate</source>
      <translation>&amp;Importer 1 délégué</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="868" />
      <source>&amp;Import %1 delegates</source>
      <translation>&amp;Importer %1 délégués</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="872" />
      <source>Every row is refused: nothing can be imported.</source>
      <translation>Toutes les lignes sont refusées : rien ne peut être importé.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="877" />
      <source>%1 rows are refused: correct them in the file and import it again, or tick the box to import the other rows.</source>
      <translation>%1 lignes sont refusées : corrigez-les dans le fichier et importez-le à nouveau, ou cochez la case pour importer les autres lignes.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="884" />
      <source>1 row is refused: correct it in the file and import it again, or tick the box to import the other rows.</source>
      <translation>1 ligne est refusée : corrigez-la dans le fichier et importez-le à nouveau, ou cochez la case pour importer les autres lignes.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="890" />
      <source>The refused rows will be left out of the roster.</source>
      <translation>Les lignes refusées ne seront pas ajoutées à la liste.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="892" />
      <source>Nothing is written until you click Import.</source>
      <translation>Rien n’est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="898" />
      <source>Reading %1…</source>
      <translation>Lecture de %1…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="953" />
      <source>Checking the %1 rows against the roster…</source>
      <translation>Comparaison des %1 lignes avec la liste…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="990" />
      <source>New groups: %1</source>
      <translation>Nouveaux groupes : %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="992" />
      <source>New organisations: %1</source>
      <translation>Nouveaux organismes : %1</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="998" />
      <source>Every row (%1)</source>
      <translation>Toutes les lignes (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1034" />
      <source>Importing 1 delegate…</source>
      <translation>Import de 1 délégué…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="1036" />
      <source>Importing %1 delegates…</source>
      <translation>Import de %1 délégués…</translation>
    </message>
  </context>
  <context>
    <name>ItemDialog</name>
    <message>
      <location filename="../../ui/item_dialog.py" line="247" />
      <source>invited</source>
      <extracomment>Kinds whose people may come later from bookings, registrations or meetings.</extracomment>
      <translation>invité</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="249" />
      <source>excluded</source>
      <translation>exclu</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="391" />
      <source>Same as the French title</source>
      <translation>Comme le titre français</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="395" />
      <source>e.g. 6/11 9h30, Nov 6 9:30am, Monday 6 November 9:30</source>
      <translation>ex. 6/11 9h30, lundi 6 novembre 9h30, Nov 6 9:30am</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="402" />
      <source>e.g. 11h, a length such as 1h30, or 7/11 18h</source>
      <translation>ex. 11h, une durée comme 1h30, ou 7/11 18h</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="435" />
      <source>Address (optional)</source>
      <translation>Adresse (facultatif)</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="477" />
      <source>Does not repeat</source>
      <translation>Ne se répète pas</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="478" />
      <source>Every day until the end of the stop</source>
      <translation>Chaque jour jusqu’à la fin de l’étape</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="479" />
      <source>Every day, a number of times</source>
      <translation>Chaque jour, un nombre de fois</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="480" />
      <source>Custom rule (RRULE)…</source>
      <translation>Règle personnalisée (RRULE)…</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="488" />
      <source> times</source>
      <translation> fois</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="510" />
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="512" />
      <source>&amp;Title (French)</source>
      <translation>T&amp;itre (français)</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="516" />
      <source>Title (En&amp;glish)</source>
      <translation>Titre (an&amp;glais)</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="521" />
      <source>&amp;Start</source>
      <translation>&amp;Début</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="528" />
      <source>&amp;End</source>
      <translation>&amp;Fin</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="539" />
      <source>Repeats</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="540" />
      <source>St&amp;op</source>
      <translation>É&amp;tape</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="543" />
      <source>&amp;Place</source>
      <translation>&amp;Lieu</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="559" />
      <source>&amp;Flight</source>
      <translation>&amp;Vol</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="562" />
      <source>&amp;Dress code</source>
      <translation>Te&amp;nue</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="565" />
      <source>To &amp;bring</source>
      <translation>À a&amp;pporter</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="566" />
      <source>Staff in &amp;charge</source>
      <translation>&amp;Responsable</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="576" />
      <source>Time zone of the start</source>
      <translation>Fuseau horaire du début</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="578" />
      <source>Time zone of the end</source>
      <translation>Fuseau horaire de la fin</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="580" />
      <source>Number of occurrences</source>
      <translation>Nombre d’occurrences</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="581" />
      <source>Repeat rule (RRULE)</source>
      <translation>Règle de répétition (RRULE)</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="584" />
      <source>Address of the new place</source>
      <translation>Adresse du nouveau lieu</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="585" />
      <source>Airline code</source>
      <translation>Code de la compagnie aérienne</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="586" />
      <source>Flight number</source>
      <translation>Numéro de vol</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="587" />
      <source>Departure airport</source>
      <translation>Aéroport de départ</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="588" />
      <source>Arrival airport</source>
      <translation>Aéroport d’arrivée</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="601" />
      <source>E&amp;veryone</source>
      <translation>Tout le &amp;monde</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="603" />
      <source>Some &amp;groups</source>
      <translation>Certains &amp;groupes</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="605" />
      <source>Delegates &amp;named</source>
      <translation>Délégués &amp;nommés</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="638" />
      <source>Find a delegate…</source>
      <translation>Trouver un délégué…</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="645" />
      <source>&amp;Invite</source>
      <translation>In&amp;viter</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="648" />
      <source>E&amp;xclude</source>
      <translation>E&amp;xclure</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="651" />
      <source>As the audience</source>
      <translation>Selon le public</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="667" />
      <source>For whom</source>
      <translation>Pour qui</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="676" />
      <source>Onl&amp;y in its attendees' booklets and calendars</source>
      <translation>Uni&amp;quement dans les livrets et agendas de ses participants</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="688" />
      <source>For the organisers only: never printed</source>
      <translation>Pour les organisateurs seulement : jamais imprimé</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="697" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="700" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="701" />
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="703" />
      <source>Internal</source>
      <translation>Internes</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="706" />
      <source>Groups invited</source>
      <translation>Groupes invités</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="707" />
      <source>Find a delegate</source>
      <translation>Trouver un délégué</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="708" />
      <source>Delegates: invite or exclude</source>
      <translation>Délégués : inviter ou exclure</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="709" />
      <source>Notes for delegates in French</source>
      <translation>Notes aux délégués en français</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="710" />
      <source>Notes for delegates in English</source>
      <translation>Notes aux délégués en anglais</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="711" />
      <source>Internal notes</source>
      <translation>Notes internes</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="773" />
      <source>Edit %1</source>
      <translation>Modifier « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="776" />
      <source>New itinerary item</source>
      <translation>Nouvel élément du programme</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="944" />
      <source>Required: a day and a time, e.g. 6/11 9h30</source>
      <translation>Obligatoire : un jour et une heure, ex. 6/11 9h30</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="946" />
      <source>Add a time, e.g. 9h30 or 9:30</source>
      <translation>Ajoutez une heure, ex. 9h30 ou 9:30</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="948" />
      <source>Add a day, e.g. 6/11 9h30</source>
      <translation>Ajoutez un jour, ex. 6/11 9h30</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="950" />
      <source>The weekday does not match the date</source>
      <translation>Le jour de la semaine ne correspond pas à la date</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="951" />
      <source>Not a day and time the program understands, e.g. 6/11 9h30 or Nov 6 9:30</source>
      <translation>Jour et heure non compris, écrivez par ex. 6/11 9h30 ou lundi 6 novembre 9h30</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="956" />
      <source>Unknown time zone (e.g. America/New_York)</source>
      <translation>Fuseau horaire inconnu (ex. America/New_York)</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="967" />
      <source>%1 happens twice in %2: the clocks go back; choose a time outside that hour</source>
      <translation>%1 a lieu deux fois à %2 : on recule les horloges ; choisissez une heure en dehors de cette heure-là</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="970" />
      <source>%1 does not exist in %2: the clocks skip that hour</source>
      <translation>%1 n’existe pas à %2 : les horloges sautent cette heure</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="985" />
      <source>Ends before it starts (%1)</source>
      <translation>Finit avant de commencer (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1057" />
      <source>Required: a rule such as FREQ=WEEKLY;COUNT=4</source>
      <translation>Obligatoire : une règle comme FREQ=WEEKLY;COUNT=4</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1072" />
      <source>Required: the title delegates will read</source>
      <translation>Obligatoire : le titre que liront les délégués</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1076" />
      <source>Choose at least one group, or Everyone</source>
      <translation>Choisissez au moins un groupe, ou Tout le monde</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1080" />
      <source>Invite at least one delegate by name, or choose Everyone</source>
      <translation>Invitez au moins un délégué nommément, ou choisissez Tout le monde</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1129" />
      <source>This rule gives no date within the mission</source>
      <translation>Cette règle ne donne aucune date pendant la mission</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1211" />
      <source>New place: %1</source>
      <translation>Nouveau lieu : %1</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1222" />
      <source>1 occurrence, on %1</source>
      <translation>1 occurrence, le %1</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1224" />
      <source>%1 occurrences, last on %2</source>
      <translation>%1 occurrences, la dernière le %2</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1232" />
      <source>1 invited by name</source>
      <translation>1 invité nommément</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1234" />
      <source>%1 invited by name</source>
      <translation>%1 invités nommément</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1236" />
      <source>1 excluded</source>
      <translation>1 exclu</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1238" />
      <source>%1 excluded</source>
      <translation>%1 exclus</translation>
    </message>
    <message>
      <location filename="../../ui/item_dialog.py" line="1254" />
      <source>(%1 in %2)</source>
      <translation>(%1 à %2)</translation>
    </message>
  </context>
  <context>
    <name>Itinerary</name>
    <message>
      <location filename="../../ui/itinerary_models.py" line="61" />
      <source>Flight</source>
      <extracomment>Role returning the :class:`ItineraryRow` behind a row. Fill and border of each kind of item, in the day view and as the list's swatch. Each kind's name as written in the source; translated when asked for (lupdate reads them).</extracomment>
      <translation>Vol</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="62" />
      <source>Train</source>
      <translation>Train</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="63" />
      <source>Transfer</source>
      <translation>Transfert</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="64" />
      <source>Visit</source>
      <translation>Visite</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="65" />
      <source>Reception</source>
      <translation>Réception</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="66" />
      <source>Meal</source>
      <translation>Repas</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="67" />
      <source>B2B meeting</source>
      <translation>Rendez-vous B2B</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="68" />
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="69" />
      <source>Signing</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="70" />
      <source>Briefing</source>
      <translation>Point d’équipe</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="71" />
      <source>Free time</source>
      <translation>Temps libre</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="72" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="84" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="85" />
      <source>Local time</source>
      <translation>Heure locale</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="86" />
      <source>%1 time</source>
      <translation>Heure de %1</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="87" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="88" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="89" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="90" />
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="172" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="174" />
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="175" />
      <source>%1 h %2</source>
      <translation>%1 h %2</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="186" />
      <source>Everyone but %1</source>
      <translation>Tout le monde sauf %1</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="187" />
      <source>Everyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="191" />
      <source>Group: %1</source>
      <translation>Groupe : %1</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="193" />
      <source>Groups: %1</source>
      <translation>Groupes : %1</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="196" />
      <source>+ %1 by name</source>
      <translation>+ %1 nommément</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="201" />
      <source>1 delegate</source>
      <translation>1 délégué</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="202" />
      <source>%1 delegates</source>
      <translation>%1 délégués</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="359" />
      <source>The time at home, shown when it differs from the local time</source>
      <extracomment>The proxy hands sorting to this model (see ``SearchProxyModel.sort``).</extracomment>
      <translation>L’heure en France, affichée quand elle diffère de l’heure locale</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="427" />
      <source>%1 time: %2</source>
      <translation>Heure de %1 : %2</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="434" />
      <source>Repeats: editing changes every occurrence</source>
      <translation>Se répète : une modification change chaque occurrence</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="449" />
      <source>Dress code: %1</source>
      <translation>Tenue : %1</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="453" />
      <source>To bring: %1</source>
      <translation>À apporter : %1</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="458" />
      <source>Staff in charge: %1</source>
      <translation>Responsable : %1</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_models.py" line="474" />
      <source>Everyone except %1 delegates</source>
      <translation>Tout le monde sauf %1 délégués</translation>
    </message>
  </context>
  <context>
    <name>ItineraryCommands</name>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="48" />
      <source>1 day</source>
      <extracomment>QUndoCommand ids: consecutive moves of one item merge into one step.</extracomment>
      <translation>1 jour</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="50" />
      <source>%1 days</source>
      <translation>%1 jours</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="53" />
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="57" />
      <source>%1 h %2</source>
      <translation>%1 h %2</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="59" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="62" />
      <source>Move %1 %2 later</source>
      <translation>Décaler « %1 » de %2 plus tard</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="64" />
      <source>Move %1 %2 earlier</source>
      <translation>Décaler « %1 » de %2 plus tôt</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="136" />
      <source>Add %1</source>
      <translation>Ajouter « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="167" />
      <source>Duplicate %1</source>
      <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="195" />
      <source>Edit %1</source>
      <translation>Modifier « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_commands.py" line="271" />
      <source>Delete %1</source>
      <translation>Supprimer « %1 »</translation>
    </message>
  </context>
  <context>
    <name>ItineraryPage</name>
    <message>
      <location filename="../../ui/itinerary_page.py" line="393" />
      <source>&amp;New item…</source>
      <extracomment>Settings of the page (kept beside the window's own keys in ``ui.settings`` style). A mission chosen while the page is hidden: its programme is read this much later. Widest a fitted column gets (pixels); the title takes what is left. For each item, the groups it reaches (``services.itinerary.groups_reached``). After every change written to the database (the window refreshes its checks). A sentence for the window's status bar. The item dialog was opened (tests and the window reach it through this).</extracomment>
      <translation>&amp;Nouvel élément…</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="394" />
      <source>Add an item to the itinerary (Insert or Ctrl+N)</source>
      <translation>Ajouter un élément au programme (Inser ou Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="395" />
      <source>&amp;Edit item…</source>
      <translation>&amp;Modifier l’élément…</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="396" />
      <source>Edit the selected item (Enter or double-click)</source>
      <translation>Modifier l’élément sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="397" />
      <source>D&amp;uplicate item</source>
      <translation>D&amp;upliquer l’élément</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="398" />
      <source>&amp;Delete item</source>
      <translation>&amp;Supprimer l’élément</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="399" />
      <source>Move 15 min &amp;earlier</source>
      <translation>Avancer de 15 min (plus &amp;tôt)</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="400" />
      <source>Move 15 min &amp;later</source>
      <translation>Retarder de 15 min (plus &amp;tard)</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="401" />
      <source>Move 1 day e&amp;arlier</source>
      <translation>Avancer d’un &amp;jour</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="402" />
      <source>Move 1 day la&amp;ter</source>
      <translation>Retarder d’un j&amp;our</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="403" />
      <source>&amp;Previous day</source>
      <translation>Jour &amp;précédent</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="404" />
      <source>Ne&amp;xt day</source>
      <translation>Jour sui&amp;vant</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="405" />
      <source>List</source>
      <translation>Liste</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="406" />
      <source>Every item in a list</source>
      <translation>Tous les éléments en liste</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="407" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="408" />
      <source>One day on an hour axis (Alt+Left, Alt+Right)</source>
      <translation>Un jour heure par heure (Alt+Gauche, Alt+Droite)</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="409" />
      <source>&amp;Agenda of:</source>
      <translation>&amp;Agenda de :</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="411" />
      <source>Show the whole programme, or only what one delegate attends</source>
      <translation>Afficher tout le programme, ou seulement ce à quoi participe un délégué</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="413" />
      <source>Title, place, kind, flight…</source>
      <translation>Titre, lieu, type, vol…</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="474" />
      <source>Reading the itinerary…</source>
      <translation>Lecture de l’itinéraire…</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="642" />
      <source>Whole programme</source>
      <translation>Tout le programme</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="766" />
      <source>1 item</source>
      <translation>1 élément</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="766" />
      <source>%1 items</source>
      <translation>%1 éléments</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="768" />
      <source>%1 of %2 items</source>
      <translation>%1 sur %2 éléments</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="866" />
      <source>The time now at the mission and at home</source>
      <translation>L’heure actuelle sur place et en France</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="1056" />
      <source>The itinerary could not be changed</source>
      <translation>Le programme n’a pas pu être modifié</translation>
    </message>
    <message>
      <location filename="../../ui/itinerary_page.py" line="1064" />
      <source>Not moved: %1</source>
      <translation>Non décalé : %1</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../ui/labels.py" line="13" />
      <source>Elected official</source>
      <translation>Élu</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="14" />
      <source>Business leader</source>
      <translation>Chef d’entreprise</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="15" />
      <source>Institutional</source>
      <translation>Institutionnel</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="16" />
      <source>Staff</source>
      <translation>Équipe</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="17" />
      <source>Press</source>
      <translation>Presse</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="18" />
      <source>Guest</source>
      <translation>Invité d’honneur</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="25" />
      <source>Invited</source>
      <translation>Invité</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="26" />
      <source>Registered</source>
      <translation>Inscrit</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="27" />
      <location filename="../../ui/meetings_labels.py" line="17" />
      <source>Confirmed</source>
      <translation>Confirmé</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="28" />
      <source>Waitlisted</source>
      <translation>Liste d’attente</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="29" />
      <location filename="../../ui/meetings_labels.py" line="19" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="36" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="37" />
      <source>Planned</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="38" />
      <source>Underway</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="39" />
      <source>Done</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="40" />
      <source>Archived</source>
      <translation>Archivée</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="47" />
      <source>1 delegate</source>
      <translation>1 délégué</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="48" />
      <source>%1 delegates</source>
      <translation>%1 délégués</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_labels.py" line="15" />
      <source>Requested</source>
      <translation>Demandé</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_labels.py" line="16" />
      <source>Proposed</source>
      <translation>Proposé</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_labels.py" line="18" />
      <source>Held</source>
      <translation>Tenu</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_labels.py" line="20" />
      <source>No-show</source>
      <translation>Absent</translation>
    </message>
  </context>
  <context>
    <name>LeadCommands</name>
    <message>
      <location filename="../../ui/lead_commands.py" line="97" />
      <source>New lead: %1</source>
      <translation>Nouvelle piste : %1</translation>
    </message>
    <message>
      <location filename="../../ui/lead_commands.py" line="151" />
      <source>Move %1 to %2</source>
      <translation>Passer %1 à l'étape %2</translation>
    </message>
    <message>
      <location filename="../../ui/lead_commands.py" line="193" />
      <source>Add action %1</source>
      <translation>Ajouter l'action %1</translation>
    </message>
    <message>
      <location filename="../../ui/lead_commands.py" line="240" />
      <source>Mark done: %1</source>
      <translation>Marquer fait : %1</translation>
    </message>
    <message>
      <location filename="../../ui/lead_commands.py" line="279" />
      <source>Link the meeting with %1</source>
      <translation>Rattacher le rendez-vous avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/lead_commands.py" line="352" />
      <source>Edit the lead %1</source>
      <translation>Modifier la piste %1</translation>
    </message>
  </context>
  <context>
    <name>LeadDialogs</name>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="516" />
      <source>Why does %1 move to “%2”? (optional note, kept in the history)</source>
      <translation>Pourquoi %1 passe-t-il à « %2 » ? (note facultative, gardée dans l'historique)</translation>
    </message>
  </context>
  <context>
    <name>LeadsModel</name>
    <message>
      <location filename="../../ui/leads_page.py" line="130" />
      <source>Stage</source>
      <extracomment>The badge of each stage: background, then text colour.</extracomment>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="131" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="132" />
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="133" />
      <source>Jobs</source>
      <translation>Emplois</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="134" />
      <source>Investment</source>
      <translation>Investissement</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="135" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="136" />
      <source>Next action</source>
      <translation>Prochaine action</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="137" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="184" />
      <source>Overdue by %1 days</source>
      <translation>En retard de %1 jours</translation>
    </message>
  </context>
  <context>
    <name>LeadsPage</name>
    <message>
      <location filename="../../ui/leads_page.py" line="375" />
      <source>Stage</source>
      <extracomment>Set by tests: asked for the note of a change of stage instead of a dialog (None cancels the change). Set by tests: called with a failure's sentence instead of a message box. Set by tests: picks the meeting to link among those offered (None cancels).</extracomment>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="375" />
      <source>When (UTC)</source>
      <translation>Quand (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="375" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="375" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="378" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="378" />
      <source>Mission</source>
      <translation>Mission</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="378" />
      <source>Delegates</source>
      <translation>Délégués</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="378" />
      <location filename="../../ui/leads_page.py" line="382" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="382" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="382" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="382" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="476" />
      <source>Organisation, sector, owner, action…</source>
      <translation>Organisation, secteur, responsable, action…</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="477" />
      <source>&amp;All missions</source>
      <translation>&amp;Toutes les missions</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="479" />
      <source>Every lead, whatever the mission it began with: a lead lives on</source>
      <translation>Toutes les pistes, quelle que soit la mission d'origine : une piste continue après la mission</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="481" />
      <location filename="../../ui/leads_page.py" line="482" />
      <source>&amp;New lead…</source>
      <translation>&amp;Nouvelle piste…</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="484" />
      <source>Follow a prospect company, from an organisation or a meeting (Ctrl+N)</source>
      <translation>Suivre une entreprise prospect, depuis une organisation ou un rendez-vous (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="486" />
      <source>Add follow-up &amp;action…</source>
      <translation>Ajouter une &amp;action de suivi…</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="487" />
      <source>&amp;Add action…</source>
      <translation>&amp;Ajouter une action…</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="488" />
      <source>Mark action &amp;done</source>
      <translation>Marquer l'action &amp;faite</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="489" />
      <source>Mark &amp;done</source>
      <translation>Marquer &amp;fait</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="490" />
      <source>Stage:</source>
      <translation>Étape :</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="491" />
      <location filename="../../ui/leads_page.py" line="497" />
      <source>&amp;Link a meeting…</source>
      <translation>&amp;Rattacher un rendez-vous…</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="492" />
      <location filename="../../ui/leads_page.py" line="493" />
      <source>&amp;Edit the lead…</source>
      <translation>&amp;Modifier la piste…</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="495" />
      <source>Sector, project, expected jobs and investment, owner (Enter, double-click)</source>
      <translation>Secteur, projet, emplois et investissement attendus, responsable (Entrée, double-clic)</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="499" />
      <source>Link one of this mission's meetings with the company to the lead</source>
      <translation>Rattacher à la piste un rendez-vous de cette mission avec l'entreprise</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="501" />
      <source>&amp;Change stage…</source>
      <translation>&amp;Changer d'étape…</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="502" />
      <source>Move the lead to the stage chosen, with a note</source>
      <translation>Passer la piste à l'étape choisie, avec une note</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="503" />
      <source>Stage history</source>
      <translation>Historique des étapes</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="504" />
      <source>Meetings</source>
      <translation>Rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="505" />
      <source>Follow-up actions</source>
      <translation>Actions de suivi</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="558" />
      <source>1 lead</source>
      <translation>1 piste</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="558" />
      <source>%1 leads</source>
      <translation>%1 pistes</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="560" />
      <source>%1 of %2 leads</source>
      <translation>%1 pistes sur %2</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="598" />
      <source>No lead selected</source>
      <translation>Aucune piste sélectionnée</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="612" />
      <source>Began with: %1</source>
      <translation>Née pendant : %1</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="614" />
      <source>%1 jobs expected</source>
      <translation>%1 emplois attendus</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="618" />
      <source>investment %1</source>
      <translation>investissement %1</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="623" />
      <source>followed by %1</source>
      <translation>suivie par %1</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="698" />
      <source>Move to &amp;stage</source>
      <translation>Passer à l'é&amp;tape</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="721" />
      <source>The lead could not be changed</source>
      <translation>La piste n'a pas pu être modifiée</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="734" />
      <source>The lead is already at “%1”</source>
      <translation>La piste est déjà à l'étape « %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="759" />
      <source>Change of stage</source>
      <translation>Changement d'étape</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="886" />
      <source>No other meeting of this mission with %1 to link</source>
      <translation>Aucun autre rendez-vous de cette mission avec %1 à rattacher</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="913" />
      <source>Link a meeting</source>
      <translation>Rattacher un rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/leads_page.py" line="913" />
      <source>Meeting:</source>
      <translation>Rendez-vous :</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="992" />
      <source>Delegation</source>
      <translation>Delegation</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="993" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="994" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="995" />
      <location filename="../../ui/main_window.py" line="1539" />
      <source>Set &amp;status</source>
      <translation>Changer le &amp;statut</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="996" />
      <location filename="../../ui/main_window.py" line="1546" />
      <source>Add to &amp;group</source>
      <translation>Ajouter à un &amp;groupe</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="997" />
      <location filename="../../ui/main_window.py" line="1554" />
      <source>Remo&amp;ve from group</source>
      <translation>R&amp;etirer d’un groupe</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="998" />
      <source>&amp;Edit delegate…</source>
      <translation>&amp;Modifier la fiche…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1001" />
      <source>Open the selected delegate's record (%1, Enter or double-click)</source>
      <translation>Ouvrir la fiche du délégué sélectionné (%1, Entrée ou double-clic)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1065" />
      <source>Show or hide the checks to run before departure (F7)</source>
      <translation>Afficher ou masquer les vérifications à faire avant le départ (F7)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1009" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1010" />
      <source>I&amp;tinerary</source>
      <translation>I&amp;tinéraire</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="913" />
      <location filename="../../ui/main_window.py" line="1097" />
      <source>Day &amp;columns</source>
      <extracomment>The tab of each page, by its key (the roster's is 0). The tab names saved in the settings, by index. The itinerary page's two views (``ui.itinerary_page.LIST`` and ``DAY_VIEW``). Emitted with the file's path once a booklet is written. Emitted with the sentence shown when a booklet could not be written. Emitted with the number of booklets written by "Print all booklets". Emitted with the status bar's sentence once a roster file is imported. Emitted once every page is built (at once with ``attach``, or a turn later each). Emitted when the window closes (the program quits, or stops opening the database).</extracomment>
      <translation>&amp;Colonnes du jour</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1075" />
      <source>Roster</source>
      <translation>Délégués</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="210" />
      <source>Itinerary</source>
      <extracomment>Endonyms: each language is offered in its own name, whatever the current one. Which tab of the mission was shown last (a setting, beside ``ui.settings``' own keys). The mission's tabs after the roster, in their order.</extracomment>
      <translation>Itinéraire</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="214" />
      <source>Agreements</source>
      <translation>Accords</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="218" />
      <source>B2B meetings</source>
      <translation>Rendez-vous B2B</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="221" />
      <source>Workshops</source>
      <translation>Ateliers</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="223" />
      <source>Leads</source>
      <translation>Pistes</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="225" />
      <source>Overview</source>
      <translation>Vue d’ensemble</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1018" />
      <source>&amp;Overview</source>
      <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1020" />
      <source>Pre&amp;ferences…</source>
      <translation>Pré&amp;férences…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1021" />
      <source>Show archived missions</source>
      <translation>Afficher les missions archivées</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="227" />
      <source>Print</source>
      <translation>Impression</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1011" />
      <source>&amp;Roster</source>
      <translation>&amp;Délégués</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1012" />
      <source>&amp;Itinerary (list)</source>
      <translation>&amp;Itinéraire (liste)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1013" />
      <source>Itinerary by &amp;day</source>
      <translation>Itinéraire &amp;jour par jour</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1014" />
      <source>&amp;Agreements</source>
      <translation>&amp;Accords</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1015" />
      <source>B2B &amp;meetings</source>
      <translation>Rendez-vous &amp;B2B</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1016" />
      <source>&amp;Workshops</source>
      <translation>A&amp;teliers</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1017" />
      <source>L&amp;eads</source>
      <translation>&amp;Pistes</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1019" />
      <source>&amp;Print page</source>
      <translation>Page d'im&amp;pression</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1022" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1023" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1024" />
      <source>Main toolbar</source>
      <translation>Barre d’outils principale</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1025" />
      <source>&amp;Import roster…</source>
      <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1029" />
      <source>Import delegates from a CSV or XLSX file into the selected mission (%1); you can also drop the file on the window</source>
      <translation>Importer des délégués d’un fichier CSV ou XLSX dans la mission sélectionnée (%1) ; vous pouvez aussi déposer le fichier sur la fenêtre</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1035" />
      <source>&amp;Print booklet…</source>
      <translation>&amp;Imprimer le livret…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1038" />
      <source>Print the selected delegate's personal booklet (%1)</source>
      <translation>Imprimer le livret personnel du délégué sélectionné (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1042" />
      <source>Print &amp;all booklets…</source>
      <translation>Imprimer &amp;tous les livrets…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1044" />
      <source>Print the booklet of every delegate of the mission into a folder</source>
      <translation>Imprimer dans un dossier le livret de chaque délégué de la mission</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1046" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1047" />
      <source>Read the missions and the roster again</source>
      <translation>Relire les missions et la liste des délégués</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1048" />
      <source>&amp;Find a delegate</source>
      <translation>&amp;Rechercher un délégué</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1049" />
      <source>Find a &amp;mission</source>
      <translation>Rechercher une &amp;mission</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1050" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1051" />
      <source>&amp;About Delegation</source>
      <translation>À &amp;propos de Delegation</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1052" />
      <source>Copy &amp;diagnostic information</source>
      <translation>Copier les informations de &amp;diagnostic</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1054" />
      <source>Versions, paths and recent errors for support, without personal data</source>
      <translation>Versions, chemins et dernières erreurs pour l’assistance, sans données personnelles</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1056" />
      <source>Missions</source>
      <translation>Missions</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1057" />
      <source>Search missions…</source>
      <translation>Rechercher une mission…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1059" />
      <source>Opening the database…</source>
      <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1063" />
      <source>Checks</source>
      <translation>Vérifications</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1078" />
      <source>Search by name, organisation or group…</source>
      <translation>Rechercher par nom, organisme ou groupe…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1079" />
      <source>Show the delegates of one status</source>
      <translation>Afficher les délégués d’un statut</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1080" />
      <source>Show the members of one group</source>
      <translation>Afficher les membres d’un groupe</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1084" />
      <source>No mission in this database yet.
Create one, or import a roster, with the delegation-cli command.</source>
      <translation>Aucune mission dans cette base pour l’instant.
Créez-en une, ou importez une liste de délégués, avec la commande delegation-cli.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1090" />
      <source>Database: %1</source>
      <translation>Base de données : %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1269" />
      <source>%1 cancelled</source>
      <translation>annulés : %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1281" />
      <source>%1 of %2 delegates</source>
      <translation>%1 sur %2 délégués</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1541" />
      <source>Set the &amp;status of %1 delegates</source>
      <translation>Changer le &amp;statut de %1 délégués</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1548" />
      <source>Add %1 delegates to a &amp;group</source>
      <translation>Ajouter %1 délégués à un &amp;groupe</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1556" />
      <source>Remo&amp;ve %1 delegates from a group</source>
      <translation>R&amp;etirer %1 délégués d’un groupe</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1567" />
      <source>Missions and roster read again.</source>
      <translation>Missions et délégués relus.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1580" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1593" />
      <source>All groups</source>
      <translation>Tous les groupes</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1664" />
      <source>The status could not be changed</source>
      <translation>Le statut n’a pas pu être changé</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1721" />
      <source>The delegate could not be changed</source>
      <translation>Le délégué n’a pas pu être modifié</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1751" />
      <source>&amp;New group…</source>
      <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1756" />
      <source>In no group</source>
      <translation>Dans aucun groupe</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1807" />
      <source>New group</source>
      <translation>Nouveau groupe</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1807" />
      <source>Name of the new group:</source>
      <translation>Nom du nouveau groupe :</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1841" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1841" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1844" />
      <source>&amp;Redo %1</source>
      <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1844" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1856" />
      <source>Import a roster</source>
      <translation>Importer une liste</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1899" />
      <source>Select a mission first: a roster is imported into a mission.</source>
      <translation>Sélectionnez d’abord une mission : une liste s’importe dans une mission.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1990" />
      <source>Save the booklet of %1</source>
      <translation>Enregistrer le livret de %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1992" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1677" />
      <location filename="../../ui/main_window.py" line="2013" />
      <source>Select a delegate first.</source>
      <translation>Sélectionnez d’abord un délégué.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="1858" />
      <source>Rosters (*.csv *.xlsx *.ods *.tsv *.txt);;All files (*)</source>
      <translation>Listes (*.csv *.xlsx *.ods *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2026" />
      <source>Printing the booklet of %1…</source>
      <translation>Impression du livret de %1…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2032" />
      <source>Booklet saved: %1</source>
      <translation>Livret enregistré : %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2041" />
      <source>Printing failed</source>
      <translation>Échec de l’impression</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2063" />
      <source>Folder for the booklets</source>
      <translation>Dossier des livrets</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2094" />
      <source>Printing the booklets…</source>
      <translation>Impression des livrets…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2094" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2096" />
      <source>Print all booklets</source>
      <translation>Imprimer tous les livrets</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2116" />
      <source>Printing the booklets… %1 of %2</source>
      <translation>Impression des livrets… %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2123" />
      <source>%1 booklets saved in %2</source>
      <translation>%1 livrets enregistrés dans %2</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2159" />
      <source>Diagnostic information copied: paste it into your message to support.</source>
      <translation>Informations de diagnostic copiées : collez-les dans votre message à l’assistance.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2169" />
      <source>About Delegation</source>
      <translation>À propos de Delegation</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="2172" />
      <source>&lt;b&gt;Delegation&lt;/b&gt; %1&lt;br&gt;Rosters, itineraries and personal booklets of official economic delegations abroad.</source>
      <translation>&lt;b&gt;Delegation&lt;/b&gt; %1&lt;br&gt;Listes de délégués, programmes et livrets personnels des délégations économiques officielles à l’étranger.</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <location filename="../../ui/meetings_page.py" line="101" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="102" />
      <source>Kept</source>
      <translation>Inchangé</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="103" />
      <source>Moved</source>
      <translation>Déplacé</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="104" />
      <source>Locked or set by hand</source>
      <translation>Verrouillé ou placé à la main</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="105" />
      <source>Back to requested</source>
      <translation>Redevient demandé</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="106" />
      <source>Not placed</source>
      <translation>Non placé</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_labels.py" line="27" />
      <source>1 – high</source>
      <translation>1 – haute</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_labels.py" line="28" />
      <source>2 – normal</source>
      <translation>2 – normale</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_labels.py" line="29" />
      <source>3 – low</source>
      <translation>3 – basse</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="114" />
      <source>%1 %2–%3 at %4: %5 tables, %6-minute slots</source>
      <translation>%1 %2–%3 à %4 : %5 tables, créneaux de %6 minutes</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="264" />
      <source>%1 of %2 meetings placed (%3 of the best any plan could do: %4). %5 new, %6 moved, %7 back to requested, %8 not placed.</source>
      <translation>%1 rendez-vous placés sur %2 (%3 du meilleur plan possible : %4). %5 nouveaux, %6 déplacés, %7 redevenus demandés, %8 non placés.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="358" />
      <source>%1 (was %2)</source>
      <translation>%1 (au lieu de %2)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="361" />
      <source>was %1</source>
      <translation>prévu %1</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="378" />
      <source>Schedule all meetings</source>
      <translation>Planifier tous les rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="420" />
      <source>Lock the meeting with %1</source>
      <translation>Verrouiller le rendez-vous avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="422" />
      <source>Unlock the meeting with %1</source>
      <translation>Déverrouiller le rendez-vous avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="45" />
      <source>The meeting with %1 is locked at its time: unlock it first (Ctrl+L).</source>
      <translation>Le rendez-vous avec %1 est verrouillé à son horaire : déverrouillez-le d’abord (Ctrl+L).</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="52" />
      <source>The meeting with %1 is over (held, cancelled or no-show): not moved.</source>
      <translation>Le rendez-vous avec %1 est passé (tenu, annulé ou absent) : il n’est pas déplacé.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="59" />
      <source>Not moved: %1 is already busy at %2 (%3).</source>
      <translation>Non déplacé : %1 est déjà occupé(e) à %2 (%3).</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="66" />
      <source>Not moved: %1 already meets other delegates at %2.</source>
      <translation>Non déplacé : %1 rencontre déjà d’autres délégués à %2.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="74" />
      <source>Not moved: no interpreter is free at %1.</source>
      <translation>Non déplacé : aucun interprète n’est libre à %1.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="76" />
      <source>Not moved: every table is taken at %1.</source>
      <translation>Non déplacé : toutes les tables sont prises à %1.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="107" />
      <source>Move the meeting with %1 to %2</source>
      <translation>Déplacer le rendez-vous avec %1 à %2</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="176" />
      <source>New request with %1</source>
      <translation>Nouvelle demande avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="226" />
      <source>Edit the request with %1</source>
      <translation>Modifier la demande avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="269" />
      <source>Record the status of the meeting with %1</source>
      <translation>Noter le statut du rendez-vous avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_commands.py" line="297" />
      <source>Delete the request with %1</source>
      <translation>Supprimer la demande avec %1</translation>
    </message>
  </context>
  <context>
    <name>MeetingsGrid</name>
    <message>
      <location filename="../../ui/meetings_grid.py" line="258" />
      <source>Elsewhere (premises)</source>
      <extracomment>What a dragged meeting carries: its id, as ASCII digits. Meetings the grid shows; a cancelled one frees its slot.</extracomment>
      <translation>Ailleurs (dans les locaux)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_grid.py" line="259" />
      <source>Table %1</source>
      <translation>Table %1</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_grid.py" line="306" />
      <source>Locked: scheduling never moves it</source>
      <translation>Verrouillé : la planification ne le déplace jamais</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_grid.py" line="439" />
      <source>&amp;Day:</source>
      <translation>&amp;Jour :</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_grid.py" line="440" />
      <source>&amp;Rows:</source>
      <translation>&amp;Lignes :</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_grid.py" line="444" />
      <source>By delegate</source>
      <translation>Par délégué</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_grid.py" line="445" />
      <source>By table</source>
      <translation>Par table</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_grid.py" line="457" />
      <source>Drag a meeting to another slot to move it; drag a request from the list here</source>
      <translation>Faites glisser un rendez-vous vers un autre créneau pour le déplacer ; faites glisser ici une demande de la liste</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_grid.py" line="518" />
      <source>%1 more this day outside the slots (see the list)</source>
      <translation>%1 autre(s) ce jour hors des créneaux (voir la liste)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsModel</name>
    <message>
      <location filename="../../ui/meetings_page.py" line="158" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="159" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="160" />
      <source>Delegates</source>
      <translation>Délégués</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="161" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="162" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="163" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="164" />
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="188" />
      <source>Locked: scheduling never moves this meeting</source>
      <translation>Verrouillé : la planification ne déplace jamais ce rendez-vous</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <location filename="../../ui/meetings_page.py" line="568" />
      <source>Organisation, delegate, purpose…</source>
      <extracomment>Set by tests: called with the preview dialog instead of showing it modally. Set by tests: called with a form instead of showing it modally.</extracomment>
      <translation>Organisation, délégué, objet…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="569" />
      <source>&amp;Schedule all…</source>
      <translation>&amp;Planifier tout…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="570" />
      <source>&amp;New request…</source>
      <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="572" />
      <source>Record which delegates want to meet which organisation</source>
      <translation>Noter quels délégués veulent rencontrer quelle organisation</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="574" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="575" />
      <source>Change the request: delegates, organisation, purpose</source>
      <translation>Modifier la demande : délégués, organisation, objet</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="576" />
      <source>S&amp;tatus…</source>
      <translation>S&amp;tatut…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="578" />
      <source>Record where the meeting stands (confirmed, held…) and how it went</source>
      <translation>Noter où en est le rendez-vous (confirmé, tenu…) et comment il s’est passé</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="582" />
      <source>Place every requested meeting in the B2B sessions, never double-booking anyone; shows the changes before writing them (Ctrl+Shift+M)</source>
      <translation>Placer chaque rendez-vous demandé dans les sessions B2B, sans jamais réserver quelqu’un deux fois ; montre les changements avant de les enregistrer (Ctrl+Maj+M)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="622" />
      <source>B2B sessions: %1</source>
      <translation>Sessions B2B : %1</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="629" />
      <source>No B2B session yet: add one (delegation-cli meetings session) to schedule the requests.</source>
      <translation>Aucune session B2B : ajoutez-en une (delegation-cli meetings session) pour planifier les demandes.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="641" />
      <source>1 meeting</source>
      <translation>1 rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="641" />
      <source>%1 meetings</source>
      <translation>%1 rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="643" />
      <source>%1 of %2 meetings</source>
      <translation>%1 rendez-vous sur %2</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="681" />
      <source>Un&amp;lock</source>
      <translation>Déver&amp;rouiller</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="682" />
      <source>Let scheduling move this meeting (Ctrl+L)</source>
      <translation>Laisser la planification déplacer ce rendez-vous (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="684" />
      <source>&amp;Lock</source>
      <translation>Ve&amp;rrouiller</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="686" />
      <source>Keep this meeting at its time whatever scheduling does (Ctrl+L)</source>
      <translation>Garder ce rendez-vous à son heure quoi que fasse la planification (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="822" />
      <source>Not moved: %1 is not in the meeting with %2. A drag changes the time only; edit the request to change who attends.</source>
      <translation>Non déplacé : %1 ne participe pas au rendez-vous avec %2. Un glisser ne change que l’horaire ; modifiez la demande pour changer les participants.</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="857" />
      <source>New request…</source>
      <translation>Nouvelle demande…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="861" />
      <source>Edit the request…</source>
      <translation>Modifier la demande…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="863" />
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="863" />
      <source>Lock</source>
      <translation>Verrouiller</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="866" />
      <source>Set the status</source>
      <translation>Changer le statut</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="877" />
      <source>Status and outcome…</source>
      <translation>Statut et résultat…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="880" />
      <source>Delete the request</source>
      <translation>Supprimer la demande</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="908" />
      <source>Scheduling the meetings…</source>
      <translation>Planification des rendez-vous…</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="966" />
      <source>The meetings are back where they were</source>
      <translation>Les rendez-vous sont revenus à leur place</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="977" />
      <source>The meetings could not be scheduled</source>
      <translation>Les rendez-vous n’ont pas pu être planifiés</translation>
    </message>
  </context>
  <context>
    <name>NewLeadDialog</name>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="107" />
      <source>New lead</source>
      <translation>Nouvelle piste</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="115" />
      <source>(no meeting)</source>
      <translation>(sans rendez-vous)</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="131" />
      <source>(the organisation's)</source>
      <translation>(celui de l'organisation)</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="143" />
      <source>(no owner)</source>
      <translation>(sans responsable)</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="150" />
      <source>&amp;Meeting</source>
      <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="152" />
      <source>&amp;Organisation</source>
      <translation>&amp;Organisation</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="154" />
      <source>&amp;Stage</source>
      <translation>É&amp;tape</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="155" />
      <source>Sec&amp;tor</source>
      <translation>&amp;Secteur</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="156" />
      <source>&amp;Project</source>
      <translation>&amp;Projet</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="157" />
      <source>Expected &amp;jobs</source>
      <translation>&amp;Emplois attendus</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="159" />
      <source>Expected &amp;investment</source>
      <translation>&amp;Investissement attendu</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="162" />
      <source>O&amp;wner</source>
      <translation>Respo&amp;nsable</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="163" />
      <source>&amp;Note</source>
      <translation>No&amp;te</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="211" />
      <source>Pick the prospect company from the list (type to search)</source>
      <translation>Choisissez l'entreprise prospect dans la liste (tapez pour chercher)</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="229" />
      <source>Not an amount: type digits, e.g. 4500000</source>
      <translation>Ce n'est pas un montant : tapez des chiffres, par ex. 4500000</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="239" />
      <source>Not a number of jobs: type digits, e.g. 25</source>
      <translation>Ce n'est pas un nombre d'emplois : tapez des chiffres, par ex. 25</translation>
    </message>
    <message>
      <location filename="../../ui/lead_dialogs.py" line="256" />
      <source>This meeting is with another organisation</source>
      <translation>Ce rendez-vous est avec une autre organisation</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <location filename="../../ui/overview_page.py" line="306" />
      <source>The overview could not be counted: %1</source>
      <extracomment>The pages a tile opens, as ``open_page`` names them. Where each tile leads. One of ROSTER, ITINERARY, CHECKS, MEETINGS, AGREEMENTS, PRINT. Emitted after the figures were counted (tests wait on it). The day the figures count from; tests set it.</extracomment>
      <translation>La vue d’ensemble n’a pas pu être calculée : %1</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="309" />
      <source>Counting…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="313" />
      <source>Counted on %1. Click a tile to open its page.</source>
      <translation>Calculé le %1. Cliquez sur une vignette pour ouvrir sa page.</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="320" />
      <source>Departure</source>
      <translation>Départ</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="321" />
      <source>Delegates</source>
      <translation>Délégués</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="322" />
      <source>Checks</source>
      <translation>Vérifications</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="323" />
      <source>B2B meetings</source>
      <translation>Rendez-vous B2B</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="324" />
      <source>Agreements to sign</source>
      <translation>Accords à signer</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="325" />
      <source>Booklets</source>
      <translation>Livrets</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="326" />
      <source>Leads</source>
      <translation>Prospects</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="329" />
      <source>Open the itinerary</source>
      <translation>Ouvrir l’itinéraire</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="330" />
      <source>Open the roster</source>
      <translation>Ouvrir la liste des délégués</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="331" />
      <source>Show the checks to run before departure</source>
      <translation>Afficher les vérifications avant le départ</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="332" />
      <source>Open the B2B meetings</source>
      <translation>Ouvrir les rendez-vous B2B</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="333" />
      <source>Open the agreements</source>
      <translation>Ouvrir les accords</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="334" />
      <source>Print the delegates' booklets</source>
      <translation>Imprimer les livrets des délégués</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="347" />
      <source>confirmed, of the delegates not cancelled</source>
      <translation>confirmés, sur les délégués non annulés</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="352" />
      <source>%1 error</source>
      <translation>%1 erreur</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="352" />
      <source>%1 errors</source>
      <translation>%1 erreurs</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="353" />
      <source>%1 warning</source>
      <translation>%1 avertissement</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="353" />
      <source>%1 warnings</source>
      <translation>%1 avertissements</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="359" />
      <source>nothing to fix</source>
      <translation>rien à corriger</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="368" />
      <source>placed, of the meetings requested</source>
      <translation>placés, sur les rendez-vous demandés</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="369" />
      <source>%1 still to place</source>
      <translation>%1 encore à placer</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="373" />
      <source>%1 ready for signature</source>
      <translation>%1 prêt(s) à signer</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="374" />
      <source>%1 under negotiation</source>
      <translation>%1 en négociation</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="379" />
      <source>%1 commitment overdue</source>
      <translation>%1 engagement en retard</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="380" />
      <source>%1 commitments overdue</source>
      <translation>%1 engagements en retard</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="389" />
      <source>no commitment overdue</source>
      <translation>aucun engagement en retard</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="393" />
      <source>changed since their last print</source>
      <translation>modifiés depuis leur dernière impression</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="396" />
      <source>%1 never printed</source>
      <translation>%1 jamais imprimé(s)</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="401" />
      <source>all up to date</source>
      <translation>tous à jour</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="412" />
      <source>no lead yet</source>
      <translation>aucun prospect pour l’instant</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="419" />
      <source>in %1 days</source>
      <translation>dans %1 jours</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="421" />
      <source>tomorrow</source>
      <translation>demain</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="423" />
      <source>today</source>
      <translation>aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="426" />
      <source>under way</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="427" />
      <source>day %1 of %2 · %3</source>
      <translation>jour %1 sur %2 · %3</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="429" />
      <source>over</source>
      <translation>terminée</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="431" />
      <source>%1 · returned %2 days ago</source>
      <translation>%1 · retour il y a %2 jours</translation>
    </message>
    <message>
      <location filename="../../ui/overview_page.py" line="433" />
      <source>%1 · returned yesterday</source>
      <translation>%1 · retour hier</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <location filename="../../ui/meetings_page.py" line="285" />
      <source>Schedule all meetings</source>
      <translation>Planifier tous les rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="296" />
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="297" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="298" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="299" />
      <source>Delegates</source>
      <translation>Délégués</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="300" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="301" />
      <source>Why not placed</source>
      <translation>Pourquoi non placé</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="325" />
      <source>&amp;Apply</source>
      <translation>&amp;Appliquer</translation>
    </message>
    <message>
      <location filename="../../ui/meetings_page.py" line="335" />
      <source>Moved meetings go back to “proposed”: confirm them again with the companies. Applying can be undone (Ctrl+Z).</source>
      <translation>Les rendez-vous déplacés redeviennent « proposés » : confirmez-les à nouveau avec les entreprises. L’application peut être annulée (Ctrl+Z).</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="123" />
      <source>Preferences</source>
      <extracomment>Endonyms, as the View &gt; Language menu offers them.</extracomment>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="126" />
      <source>e.g. Ville de Marseille</source>
      <translation>p. ex. Ville de Marseille</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="132" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="135" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="149" />
      <source>Organisation (kept in this database)</source>
      <translation>Organisation (enregistrée dans cette base)</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="151" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="152" />
      <source>Logo:</source>
      <translation>Logo :</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="307" />
      <source>The logo is printed on the booklets' covers (PNG or JPEG).</source>
      <translation>Le logo est imprimé sur la couverture des livrets (PNG ou JPEG).</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="157" />
      <source>e.g. Marseille</source>
      <translation>p. ex. Marseille</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="168" />
      <source>Home (the defaults of new missions)</source>
      <translation>Ville de départ (par défaut pour les nouvelles missions)</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="170" />
      <source>Home &amp;city:</source>
      <translation>&amp;Ville de départ :</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="171" />
      <source>Home &amp;time zone:</source>
      <translation>&amp;Fuseau horaire de départ :</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="176" />
      <source>Each delegate's own language</source>
      <translation>La langue de chaque délégué</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="182" />
      <source>A4 (210 × 297 mm)</source>
      <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="183" />
      <source>A5 booklet (148 × 210 mm)</source>
      <translation>Livret A5 (148 × 210 mm)</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="184" />
      <source>US Letter (8.5 × 11 in)</source>
      <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="192" />
      <source>Languages and paper (this computer)</source>
      <translation>Langues et papier (cet ordinateur)</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="194" />
      <source>&amp;Booklets in:</source>
      <translation>&amp;Livrets en :</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="195" />
      <source>Booklet &amp;paper:</source>
      <translation>&amp;Papier des livrets :</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="196" />
      <source>&amp;Program language:</source>
      <translation>Langue du &amp;programme :</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="207" />
      <source>Default: %1</source>
      <translation>Par défaut : %1</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="208" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="214" />
      <source>Backups (kept in this database)</source>
      <translation>Sauvegardes (réglage enregistré dans cette base)</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="216" />
      <source>Backup &amp;folder:</source>
      <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="222" />
      <source>A copy of the database goes there at the first opening of each day, and before every upgrade, import and purge. Leave it empty for the default folder.</source>
      <translation>Une copie de la base y est faite à la première ouverture de chaque jour, et avant chaque mise à niveau, import et purge. Laissez vide pour le dossier par défaut.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="265" />
      <source>Choose the logo</source>
      <translation>Choisir le logo</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="265" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="278" />
      <source>Logo: %1 cannot be read (%2).</source>
      <translation>Logo : %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="282" />
      <source>Logo: %1 is larger than %2 MB.</source>
      <translation>Logo : %1 dépasse %2 Mo.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="287" />
      <source>Logo: %1 is not a readable PNG or JPEG image.</source>
      <translation>Logo : %1 n’est pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="305" />
      <source>No logo</source>
      <translation>Aucun logo</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="321" />
      <source>%1, printed on the booklets' covers.</source>
      <translation>%1, imprimé sur la couverture des livrets.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="328" />
      <source>Backup folder</source>
      <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="364" />
      <source>Home time zone: “%1” is not a known time zone (e.g. Europe/Paris).</source>
      <translation>Fuseau horaire de départ : « %1 » n’est pas un fuseau horaire connu (p. ex. Europe/Paris).</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="373" />
      <source>Backup folder: give a full path, or choose one.</source>
      <translation>Dossier des sauvegardes : donnez un chemin complet, ou choisissez un dossier.</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="375" />
      <source>Backup folder: %1 is a file, not a folder.</source>
      <translation>Dossier des sauvegardes : %1 est un fichier, pas un dossier.</translation>
    </message>
  </context>
  <context>
    <name>PrintJobs</name>
    <message>
      <location filename="../../ui/print_jobs.py" line="159" />
      <source>The document could not be printed: %1</source>
      <extracomment>Every document of the print room, in the order the page lists them. Documents printed for chosen delegates (the others cover the whole mission). Documents that can be printed in each delegate's own language. Documents laid out on A4, A5 or Letter (badges and tent cards are on label sheets). The label sheets of each labelled document.</extracomment>
      <translation>Le document n'a pas pu être imprimé : %1</translation>
    </message>
    <message>
      <location filename="../../ui/print_jobs.py" line="199" />
      <location filename="../../ui/print_jobs.py" line="313" />
      <location filename="../../ui/print_jobs.py" line="331" />
      <location filename="../../ui/print_jobs.py" line="359" />
      <source>There is no delegate to print for.</source>
      <translation>Aucun délégué pour qui imprimer.</translation>
    </message>
    <message>
      <location filename="../../ui/print_jobs.py" line="337" />
      <source>%1 has no passport on record: complete the number by hand</source>
      <translation>%1 n'a pas de passeport enregistré : complétez le numéro à la main</translation>
    </message>
    <message>
      <location filename="../../ui/print_jobs.py" line="381" />
      <source>%1 has no room</source>
      <translation>%1 n'a pas de chambre</translation>
    </message>
    <message>
      <location filename="../../ui/print_jobs.py" line="486" />
      <source>The booklets could not be compared with their last print: %1</source>
      <translation>Les livrets n'ont pas pu être comparés à leur dernière impression : %1</translation>
    </message>
  </context>
  <context>
    <name>PrintLabels</name>
    <message>
      <location filename="../../ui/print_page.py" line="134" />
      <source>Personal booklets</source>
      <translation>Livrets personnels</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="135" />
      <source>The delegation's programme</source>
      <translation>Programme de la délégation</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="136" />
      <source>Face book</source>
      <translation>Trombinoscope</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="137" />
      <source>Visa invitation letters</source>
      <translation>Lettres d'invitation pour le visa</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="138" />
      <source>Name badges</source>
      <translation>Badges nominatifs</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="139" />
      <source>Table tent cards</source>
      <translation>Chevalets de table</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="140" />
      <source>Rooming list</source>
      <translation>Rooming list</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="141" />
      <source>Transfer manifest</source>
      <translation>Manifeste des transferts</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="147" />
      <source>90 × 54 mm cards, 10 per A4 sheet</source>
      <translation>Cartes 90 × 54 mm, 10 par feuille A4</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="148" />
      <source>A6 badges, 4 per A4 sheet</source>
      <translation>Badges A6, 4 par feuille A4</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="149" />
      <source>Folded A4, one per delegate</source>
      <translation>A4 plié, un par délégué</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="155" />
      <source>A4 (210 × 297 mm)</source>
      <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="156" />
      <source>A5 (148 × 210 mm)</source>
      <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="157" />
      <source>US Letter (8.5 × 11 in)</source>
      <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
  </context>
  <context>
    <name>PrintPage</name>
    <message>
      <location filename="../../ui/print_page.py" line="373" />
      <source>Document</source>
      <extracomment>Emitted with the result once a print ends (also when cancelled). Emitted with the sentence shown when a print failed. The delegates selected on the roster (the window sets it). Booklets: processes laying them out (None: one per core for a large batch). How a folder or a file is opened (tests replace it).</extracomment>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="376" />
      <source>For whom</source>
      <translation>Pour qui</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="377" />
      <source>Ever&amp;yone</source>
      <translation>Tout le mo&amp;nde</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="378" />
      <source>A &amp;group:</source>
      <translation>Un &amp;groupe :</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="379" />
      <source>The delegates &amp;selected on the roster</source>
      <translation>Les délégués &amp;sélectionnés dans la liste</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="380" />
      <source>Options</source>
      <translation>Options</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="381" />
      <source>Lang&amp;uage:</source>
      <translation>Lang&amp;ue :</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="382" />
      <source>P&amp;aper:</source>
      <translation>&amp;Papier :</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="383" />
      <source>La&amp;bel sheet:</source>
      <translation>Planche d'éti&amp;quettes :</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="386" />
      <source>Print as a boo&amp;klet (A5 two-up, to fold and staple)</source>
      <translation>Imprimer en &amp;cahier (A5 deux par feuille, à plier et agrafer)</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="387" />
      <source>Also one &amp;combined file</source>
      <translation>Aussi un fichier unique &amp;regroupant tout</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="388" />
      <source>Crop &amp;marks</source>
      <translation>Traits de coup&amp;e</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="389" />
      <source>F&amp;older:</source>
      <translation>D&amp;ossier :</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="390" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="391" />
      <source>&amp;Print</source>
      <translation>&amp;Imprimer</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="392" />
      <source>Print the chosen document into the folder</source>
      <translation>Imprimer le document choisi dans le dossier</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="393" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="394" />
      <source>Open fol&amp;der</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="395" />
      <source>Open file</source>
      <translation>Ouvrir le fichier</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="396" />
      <source>Booklets changed since they were last printed</source>
      <translation>Livrets modifiés depuis leur dernière impression</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="397" />
      <source>Include those never printed</source>
      <translation>Y compris ceux jamais imprimés</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="398" />
      <source>Check agai&amp;n</source>
      <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="399" />
      <source>&amp;Reprint the changed ones</source>
      <translation>Réimprimer les livrets &amp;modifiés</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="402" />
      <source>Print again the booklets listed, each in the language it was last printed in, with the paper chosen above</source>
      <translation>Imprimer à nouveau les livrets de la liste, chacun dans la langue de sa dernière impression, sur le papier choisi plus haut</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="513" />
      <source>Each delegate's own language</source>
      <translation>La langue de chaque délégué</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="550" />
      <source>Nobody: choose other delegates</source>
      <translation>Personne : choisissez d'autres délégués</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="552" />
      <source>The whole mission</source>
      <translation>Toute la mission</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="580" />
      <source>Folder for the printed documents</source>
      <translation>Dossier des documents imprimés</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="637" />
      <source>Printing…</source>
      <translation>Impression…</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="657" />
      <source>Stopping after the documents under way…</source>
      <translation>Arrêt après les documents en cours…</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="667" />
      <source>%1 of %2: %3</source>
      <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="712" />
      <source>Cancelled: %1 of %2 booklets written in %3.</source>
      <translation>Annulé : %1 livrets sur %2 écrits dans %3.</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="718" />
      <source>The combined file was not written.</source>
      <translation>Le fichier unique n'a pas été écrit.</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="720" />
      <source>%1 booklets written in %2.</source>
      <translation>%1 livrets écrits dans %2.</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="722" />
      <source>All of them in %1.</source>
      <translation>Tous réunis dans %1.</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="724" />
      <source>Cancelled: nothing written.</source>
      <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="727" />
      <source>%1 written in %2 (%3).</source>
      <translation>%1 écrit dans %2 (%3).</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="735" />
      <source> and %1 more</source>
      <translation> et %1 de plus</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="741" />
      <source>%1 items</source>
      <translation>%1 éléments</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="743" />
      <source>%1 letters</source>
      <translation>%1 lettres</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="744" />
      <source>%1 badges</source>
      <translation>%1 badges</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="745" />
      <source>%1 tent cards</source>
      <translation>%1 chevalets</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="746" />
      <source>%1 guests</source>
      <translation>%1 clients</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="747" />
      <source>%1 transfers</source>
      <translation>%1 transferts</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="784" />
      <source>Comparing each booklet with its last print…</source>
      <translation>Comparaison de chaque livret avec sa dernière impression…</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="827" />
      <source>No booklet changed since it was last printed.</source>
      <translation>Aucun livret n'a changé depuis sa dernière impression.</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="829" />
      <source>1 booklet changed since it was last printed.</source>
      <translation>1 livret a changé depuis sa dernière impression.</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="831" />
      <source>%1 booklets changed since they were last printed.</source>
      <translation>%1 livrets ont changé depuis leur dernière impression.</translation>
    </message>
    <message>
      <location filename="../../ui/print_page.py" line="833" />
      <source>Never printed: %1.</source>
      <translation>Jamais imprimés : %1.</translation>
    </message>
  </context>
  <context>
    <name>RequestDialog</name>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="72" />
      <source>New meeting request</source>
      <translation>Nouvelle demande de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="74" />
      <source>Meeting request with %1</source>
      <translation>Demande de rendez-vous avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="86" />
      <source>Choose the local organisation</source>
      <translation>Choisissez l’organisation locale</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="105" />
      <source>What the delegates want from the meeting</source>
      <translation>Ce que les délégués attendent du rendez-vous</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="109" />
      <source>Language codes: fr, en</source>
      <translation>Codes de langue : fr, en</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="110" />
      <source>An &amp;interpreter is needed</source>
      <translation>Un &amp;interprète est nécessaire</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="115" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="119" />
      <source>&amp;Delegates:</source>
      <translation>&amp;Délégués :</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="121" />
      <source>&amp;Priority:</source>
      <translation>&amp;Priorité :</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="122" />
      <source>P&amp;urpose:</source>
      <translation>O&amp;bjet :</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="124" />
      <source>&amp;Languages:</source>
      <translation>&amp;Langues :</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="188" />
      <source>Organisation: choose who the delegates meet</source>
      <translation>Organisation : choisissez qui les délégués rencontrent</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="190" />
      <source>Delegates: tick at least one delegate</source>
      <translation>Délégués : cochez au moins un délégué</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="194" />
      <source>Languages: “%1” is not a language code (fr, en, es)</source>
      <translation>Langues : « %1 » n’est pas un code de langue (fr, en, es)</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="197" />
      <source>Purpose: longer than %1 characters</source>
      <translation>Objet : plus de %1 caractères</translation>
    </message>
  </context>
  <context>
    <name>Roster</name>
    <message>
      <location filename="../../ui/models.py" line="167" />
      <source>Name</source>
      <extracomment>Role returning the frozen read model behind a row (``MissionView`` or ``RosterEntry``). Role returning a mission's second line: status, dates, destination, head count. Role returning a mission's status (``MissionStatus``). Columns that share the room left (and give it back first when the window is narrow). Widest a column grows when it is fitted to its content (pixels). Narrowest a flexible column gets when the window is too narrow for every content.</extracomment>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="168" />
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="169" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="170" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="171" />
      <source>Groups</source>
      <translation>Groupes</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="172" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="173" />
      <source>Room / hotel</source>
      <translation>Chambre / hôtel</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="174" />
      <source>Passport</source>
      <translation>Passeport</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="182" />
      <source>•••• on file</source>
      <translation>•••• au dossier</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="198" />
      <source>%1, room %2</source>
      <translation>%1, chambre %2</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="322" />
      <source>Key contact: %1</source>
      <translation>Contact clé : %1</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="329" />
      <source>A passport is on file; its number is never shown here.</source>
      <translation>Un passeport est au dossier ; son numéro n’est jamais affiché ici.</translation>
    </message>
    <message>
      <location filename="../../ui/models.py" line="332" />
      <source>No passport on file.</source>
      <translation>Aucun passeport au dossier.</translation>
    </message>
  </context>
  <context>
    <name>RosterCommands</name>
    <message>
      <location filename="../../ui/roster_commands.py" line="79" />
      <source>Edit %1</source>
      <translation>Modifier %1</translation>
    </message>
    <message>
      <location filename="../../ui/roster_commands.py" line="112" />
      <source>Add %1 to the new group %2</source>
      <translation>Ajouter %1 au nouveau groupe « %2 »</translation>
    </message>
    <message>
      <location filename="../../ui/roster_commands.py" line="114" />
      <source>Add %1 delegates to the new group %2</source>
      <translation>Ajouter %1 délégués au nouveau groupe « %2 »</translation>
    </message>
    <message>
      <location filename="../../ui/roster_commands.py" line="120" />
      <source>Add %1 to %2</source>
      <translation>Ajouter %1 au groupe « %2 »</translation>
    </message>
    <message>
      <location filename="../../ui/roster_commands.py" line="122" />
      <source>Add %1 delegates to %2</source>
      <translation>Ajouter %1 délégués au groupe « %2 »</translation>
    </message>
    <message>
      <location filename="../../ui/roster_commands.py" line="126" />
      <source>Remove %1 from %2</source>
      <translation>Retirer %1 du groupe « %2 »</translation>
    </message>
    <message>
      <location filename="../../ui/roster_commands.py" line="128" />
      <source>Remove %1 delegates from %2</source>
      <translation>Retirer %1 délégués du groupe « %2 »</translation>
    </message>
  </context>
  <context>
    <name>RosterJobs</name>
    <message>
      <location filename="../../ui/roster_jobs.py" line="45" />
      <source>Unexpected error (%1): %2</source>
      <extracomment>The suffixes a file dropped on the window may have to be taken for a roster.</extracomment>
      <translation>Erreur inattendue (%1) : %2</translation>
    </message>
  </context>
  <context>
    <name>StatusChangeDialog</name>
    <message>
      <location filename="../../ui/agreements_page.py" line="371" />
      <location filename="../../ui/agreements_page.py" line="446" />
      <source>Change the status</source>
      <translation>Changer le statut</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="378" />
      <source>Change the status of “%1” from %2 to %3?</source>
      <translation>Faire passer « %1 » du statut %2 au statut %3 ?</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="393" />
      <source>This change skips %1. Make sure those steps really took place: the history will record that they were skipped.</source>
      <translation>Ce changement saute %1. Vérifiez que ces étapes ont bien eu lieu : l’historique indiquera qu’elles ont été sautées.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="396" />
      <source>“%1”</source>
      <translation>« %1 »</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="402" />
      <source>The change is recorded in the agreement's history, with your name and the time, and cannot be undone.</source>
      <translation>Le changement est consigné dans l’historique de l’accord, avec votre nom et l’heure, et ne peut pas être annulé.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="411" />
      <source>e.g. 06/11/2017</source>
      <translation>p. ex. 06/11/2017</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="411" />
      <source>e.g. 2017-11-06</source>
      <translation>p. ex. 2017-11-06</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="424" />
      <source>e.g. Miami-Dade County Hall</source>
      <translation>p. ex. Miami-Dade County Hall</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="426" />
      <source>Why, or on whose decision (optional)</source>
      <translation>Pourquoi, ou sur décision de qui (facultatif)</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="438" />
      <source>Signed &amp;on:</source>
      <translation>Signé &amp;le :</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="439" />
      <source>Signed &amp;in:</source>
      <translation>L&amp;ieu de signature :</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="440" />
      <source>&amp;Note:</source>
      <translation>&amp;Note :</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="441" />
      <source>Changed &amp;by:</source>
      <translation>Modifié &amp;par :</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="455" />
      <source>No signing date is recorded yet: say on which day, and where, the agreement was signed.</source>
      <translation>Aucune date de signature n’est encore indiquée : dites quel jour, et où, l’accord a été signé.</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="479" />
      <source>Required: the day the agreement was signed</source>
      <translation>Obligatoire : le jour où l’accord a été signé</translation>
    </message>
    <message>
      <location filename="../../ui/agreements_page.py" line="485" />
      <source>Not a date: write it as %1</source>
      <translation>Ce n’est pas une date : écrivez-la %1</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="241" />
      <source>Meeting with %1</source>
      <translation>Rendez-vous avec %1</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="251" />
      <source>How it went: interest shown, what was agreed, what comes next</source>
      <translation>Comment il s’est passé : intérêt manifesté, ce qui a été convenu, la suite</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="256" />
      <source>&amp;Status:</source>
      <translation>&amp;Statut :</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="257" />
      <source>&amp;Outcome:</source>
      <translation>&amp;Résultat :</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="291" />
      <source>Status: the meeting has a time, so it is proposed or confirmed; cancel it to free its slot</source>
      <translation>Statut : le rendez-vous a un horaire, il est donc proposé ou confirmé ; annulez-le pour libérer son créneau</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="296" />
      <source>Status: give the meeting a time first (drag it onto the grid, or Schedule all)</source>
      <translation>Statut : donnez d’abord un horaire au rendez-vous (glissez-le sur la grille, ou Planifier tout)</translation>
    </message>
    <message>
      <location filename="../../ui/meeting_dialogs.py" line="300" />
      <source>Outcome: longer than %1 characters</source>
      <translation>Résultat : plus de %1 caractères</translation>
    </message>
  </context>
  <context>
    <name>Workers</name>
    <message>
      <location filename="../../ui/workers.py" line="140" />
      <source>The booklet could not be printed: %1</source>
      <translation>Le livret n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
      <location filename="../../ui/workers.py" line="175" />
      <source>Printing stopped after %1 booklets: %2</source>
      <translation>Impression arrêtée après %1 livrets : %2</translation>
    </message>
  </context>
  <context>
    <name>WorkshopCommands</name>
    <message>
      <location filename="../../ui/workshop_commands.py" line="60" />
      <source>Add workshop %1</source>
      <translation>Ajouter l'atelier %1</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="101" />
      <source>Edit workshop %1</source>
      <translation>Modifier l'atelier %1</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="133" />
      <source>Delete workshop %1</source>
      <translation>Supprimer l'atelier %1</translation>
    </message>
  </context>
  <context>
    <name>WorkshopDialog</name>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="167" />
      <source>New workshop</source>
      <extracomment>The core's field names, as ValidationError gives them, to the editor's own fields.</extracomment>
      <translation>Nouvel atelier</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="167" />
      <source>Edit workshop</source>
      <translation>Modifier l'atelier</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="178" />
      <source>e.g. 6/11 14h30</source>
      <translation>par ex. 6/11 14h30</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="180" />
      <source>e.g. 16h or 1h30</source>
      <translation>par ex. 16h ou 1h30</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="187" />
      <source>(no venue)</source>
      <translation>(sans lieu)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="193" />
      <source>seats (empty: no limit)</source>
      <translation>places (vide : sans limite)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="195" />
      <source>What delegates bring (cards, laptop…)</source>
      <translation>Ce que les délégués apportent (cartes, ordinateur…)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="203" />
      <source>(no moderator)</source>
      <translation>(sans modérateur)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="216" />
      <source>Person (type a name to search)</source>
      <translation>Personne (tapez un nom pour chercher)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="218" />
      <source>Topic (optional)</source>
      <translation>Sujet (facultatif)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="219" />
      <source>&amp;Add speaker</source>
      <translation>&amp;Ajouter l'intervenant</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="221" />
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="242" />
      <source>Find a delegate or an organisation…</source>
      <translation>Chercher un délégué ou une organisation…</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="253" />
      <source>&amp;Title (French)</source>
      <translation>&amp;Titre (français)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="254" />
      <source>Title (&amp;English)</source>
      <translation>Titre (an&amp;glais)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="255" />
      <source>T&amp;heme</source>
      <translation>T&amp;hème</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="256" />
      <source>Sec&amp;tor</source>
      <translation>Sec&amp;teur</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="257" />
      <source>&amp;Starts</source>
      <translation>&amp;Début</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="258" />
      <source>E&amp;nds</source>
      <translation>&amp;Fin</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="260" />
      <source>St&amp;op</source>
      <translation>É&amp;tape du voyage</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="261" />
      <source>&amp;Venue</source>
      <translation>&amp;Lieu</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="262" />
      <source>&amp;Room</source>
      <translation>&amp;Salle</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="263" />
      <source>&amp;Capacity</source>
      <translation>&amp;Capacité</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="264" />
      <source>&amp;Material to bring</source>
      <translation>&amp;Matériel à apporter</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="265" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="270" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="273" />
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="275" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="281" />
      <source>&amp;Moderator</source>
      <translation>&amp;Modérateur</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="288" />
      <source>Speakers, in the order they speak:</source>
      <translation>Intervenants, dans l'ordre de parole :</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="296" />
      <source>Speakers</source>
      <translation>Intervenants</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="304" />
      <source>Registered delegates</source>
      <translation>Délégués inscrits</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="348" />
      <source>%1 – not on the delegation</source>
      <translation>%1 – hors délégation</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="413" />
      <source>Pick a person from the list</source>
      <translation>Choisissez une personne dans la liste</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="421" />
      <source>Nobody on record by that name: type a given and a family name to add someone from outside (Maria Lopez, PortMiami)</source>
      <translation>Personne à ce nom dans le fichier : tapez un prénom et un nom pour ajouter quelqu'un d'extérieur (Maria Lopez, PortMiami)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="428" />
      <source>%1 (new, from outside)</source>
      <translation>%1 (nouveau, extérieur)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="430" />
      <source>This person already speaks</source>
      <translation>Cette personne intervient déjà</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="481" />
      <source>Required: a day and a time, e.g. 6/11 14h30</source>
      <translation>Obligatoire : un jour et une heure, par ex. 6/11 14h30</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="483" />
      <source>Add a time, e.g. 14h30 or 14:30</source>
      <translation>Ajoutez une heure, par ex. 14h30 ou 14:30</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="485" />
      <source>Add a day, e.g. 6/11 14h30</source>
      <translation>Ajoutez un jour, par ex. 6/11 14h30</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="487" />
      <source>Not a day and time the program understands, e.g. 6/11 14h30</source>
      <translation>Jour et heure non compris par le programme, par ex. 6/11 14h30</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="507" />
      <source>Give an end time (16h) or a length (1h30, 90 min)</source>
      <translation>Donnez une heure de fin (16h) ou une durée (1h30, 90 min)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="513" />
      <source>Ends before it starts (%1)</source>
      <translation>Finit avant de commencer (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="521" />
      <source>Not a number of seats: type digits, e.g. 60</source>
      <translation>Ce n'est pas un nombre de places : tapez des chiffres, par ex. 60</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="535" />
      <source>Required: the title delegates will read</source>
      <translation>Obligatoire : le titre que liront les délégués</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="543" />
      <source>%1 seats is fewer than the %2 delegates registered</source>
      <translation>%1 places, c'est moins que les %2 délégués inscrits</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="628" />
      <source>%1 to %2 (%3 min)</source>
      <translation>%1 à %2 (%3 min)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="640" />
      <source>%1 registered (no limit of seats)</source>
      <translation>%1 inscrits (places sans limite)</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_dialog.py" line="642" />
      <source>%1 registered for %2 seats</source>
      <translation>%1 inscrits pour %2 places</translation>
    </message>
  </context>
  <context>
    <name>WorkshopsModel</name>
    <message>
      <location filename="../../ui/workshops_page.py" line="95" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="96" />
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="97" />
      <source>Venue and room</source>
      <translation>Lieu et salle</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="98" />
      <source>Registered</source>
      <translation>Inscrits</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="99" />
      <source>Speakers</source>
      <translation>Intervenants</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="133" />
      <source>Over capacity: %1 delegates registered for %2 seats</source>
      <translation>Salle trop petite : %1 délégués inscrits pour %2 places</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="140" />
      <source>Moderator: %1</source>
      <translation>Modérateur : %1</translation>
    </message>
  </context>
  <context>
    <name>WorkshopsPage</name>
    <message>
      <location filename="../../ui/workshops_page.py" line="273" />
      <source>Title, theme, room, speaker…</source>
      <extracomment>Set by tests: called with a failure's sentence instead of a message box.</extracomment>
      <translation>Titre, thème, salle, intervenant…</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="274" />
      <location filename="../../ui/workshops_page.py" line="277" />
      <source>&amp;New workshop…</source>
      <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="275" />
      <source>&amp;Edit workshop…</source>
      <translation>&amp;Modifier l'atelier…</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="276" />
      <source>&amp;Delete workshop</source>
      <translation>&amp;Supprimer l'atelier</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="278" />
      <source>Add a workshop to the mission (Ctrl+N or Ins)</source>
      <translation>Ajouter un atelier à la mission (Ctrl+N ou Inser)</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="279" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="280" />
      <source>Edit the selected workshop (Enter, double-click)</source>
      <translation>Modifier l'atelier sélectionné (Entrée, double-clic)</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="281" />
      <source>De&amp;lete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="283" />
      <source>Delete the selected workshop (Del); Ctrl+Z brings it back</source>
      <translation>Supprimer l'atelier sélectionné (Suppr) ; Ctrl+Z le rétablit</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="327" />
      <source>1 workshop</source>
      <translation>1 atelier</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="327" />
      <source>%1 workshops</source>
      <translation>%1 ateliers</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="329" />
      <source>%1 of %2 workshops</source>
      <translation>%1 ateliers sur %2</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="471" />
      <source>Deleted %1 (Ctrl+Z brings it back)</source>
      <translation>%1 supprimé (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
      <location filename="../../ui/workshops_page.py" line="484" />
      <source>The workshop could not be saved</source>
      <translation>L'atelier n'a pas pu être enregistré</translation>
    </message>
  </context>
</TS>
