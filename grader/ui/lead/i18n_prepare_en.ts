<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AcquiredBlocsDialog</name>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="127" />
        <source>Blocs déjà acquis — %1</source>
        <translation>Blocks already acquired — %1</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="130" />
        <source>Blocs de compétences que %1 a validés lors d'une session antérieure. Ils comptent pour la certification et figurent sur le procès-verbal avec leur date et leur session d'origine.</source>
        <translation>Skill blocks %1 validated in an earlier session. They count towards the certification and appear in the jury minutes with their date and original session.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="134" />
        <source>Bloc</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="134" />
        <source>Acquis le</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="134" />
        <source>Session d'origine</source>
        <translation>Original session</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="135" />
        <source>&amp;Retirer le bloc choisi</source>
        <translation>&amp;Remove the selected block</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="136" />
        <source>Enregistrer un bloc acquis (ou corriger sa date)</source>
        <translation>Record an acquired block (or correct its date)</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="137" />
        <source>&amp;Bloc :</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="138" />
        <source>Acquis &amp;le :</source>
        <translation>Acquired &amp;on:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="139" />
        <source>&amp;Session d'origine :</source>
        <translation>Original &amp;session:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="140" />
        <source>par exemple « Jury du 14/06/2024, Lyon »</source>
        <translation>for example “Jury of 14/06/2024, Lyon”</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="141" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="142" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="143" />
        <source>Blocs déjà acquis du candidat</source>
        <translation>The candidate's blocks already acquired</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="171" />
        <source>La délibération est clôturée : les blocs déjà acquis ne peuvent plus être modifiés.</source>
        <translation>The deliberation is closed: blocks already acquired can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="174" />
        <source>Les blocs de ce référentiel ne sont pas capitalisables.</source>
        <translation>This framework's blocks cannot be carried over.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/acquired_blocs_dialog.py" line="219" />
        <source>Choisissez d'abord un bloc dans la liste.</source>
        <translation>First choose a block in the list.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="106" />
        <source>Ajouter un candidat</source>
        <translation>Add a candidate</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="107" />
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="108" />
        <source>Aménagement d'épreuve (facultatif)</source>
        <translation>Exam accommodation (optional)</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="110" />
        <source>&amp;Nom :</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="110" />
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="111" />
        <source>N° &amp;candidat :</source>
        <translation>&amp;Candidate no.:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="111" />
        <source>&amp;Email :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="112" />
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="112" />
        <source>&amp;Ce qui change :</source>
        <translation>&amp;What changes:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="113" />
        <source>&amp;Autorisé par :</source>
        <translation>&amp;Authorised by:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="113" />
        <source>&amp;Temps supplémentaire :</source>
        <translation>Extra &amp;time:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="116" />
        <source>par exemple « 30 min → 40 min »</source>
        <translation>for example “30 min → 40 min”</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="118" />
        <source>par exemple « Référente handicap, notification du 14/03 »</source>
        <translation>for example “Disability officer, notice of 14/03”</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="119" />
        <source>33 % pour un tiers-temps</source>
        <translation>33 % for one third extra time</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="121" />
        <source>N'indiquez ni diagnostic ni donnée de santé : seuls le type d'aménagement et ce qu'il change sont enregistrés.</source>
        <translation>Enter no diagnosis nor health data: only the type of accommodation and what it changes are recorded.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="123" />
        <source>Ajouter le candidat</source>
        <translation>Add the candidate</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/candidate_form.py" line="124" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="183" />
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="193" />
        <source>Candidats de la session</source>
        <translation>The session's candidates</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="184" />
        <source>&amp;Importer un fichier…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="186" />
        <source>Liste CSV ou Excel (.xlsx) : une ligne d'en-tête puis un candidat par ligne.</source>
        <translation>CSV or Excel (.xlsx) list: a header row, then one candidate per row.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="187" />
        <source>&amp;Ajouter un candidat…</source>
        <translation>&amp;Add a candidate…</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="188" />
        <source>&amp;Blocs déjà acquis…</source>
        <translation>&amp;Blocks already acquired…</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="190" />
        <source>Blocs validés lors d'une session antérieure (capitalisation) pour le candidat choisi</source>
        <translation>Blocks validated in an earlier session (carried over) for the selected candidate</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="192" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="207" />
        <source>Lecture de la session impossible.</source>
        <translation>The session cannot be read.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="216" />
        <source>%1 candidat(s) dans la session.</source>
        <translation>%1 candidate(s) in the session.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="223" />
        <source>Les grilles des jurés sont déjà exportées : un candidat ajouté maintenant n'y figure pas.</source>
        <translation>The jurors' grids are already exported: a candidate added now is not in them.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="234" />
        <source>Importer une liste de candidats</source>
        <translation>Import a list of candidates</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="235" />
        <source>Listes de candidats (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Candidate lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="245" />
        <source>%1 est refusé : aucun candidat n'a été importé. Corrigez ces lignes puis importez à nouveau.</source>
        <translation>%1 is refused: no candidate was imported. Correct these rows, then import again.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="250" />
        <source>%1 n'a pas pu être importé : aucun candidat n'a été ajouté.</source>
        <translation>%1 could not be imported: no candidate was added.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="256" />
        <source>%1 : %2 candidat(s) importé(s).</source>
        <translation>%1: %2 candidate(s) imported.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="258" />
        <source>Déjà dans la session, ignoré — %1</source>
        <translation>Already in the session, skipped — %1</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="296" />
        <source>Choisissez d'abord un candidat dans la liste.</source>
        <translation>First choose a candidate in the list.</translation>
    </message>
</context>
<context>
    <name>JurorFilesDialog</name>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="127" />
        <source>Exporter les grilles des jurés</source>
        <translation>Export the jurors' grids</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="129" />
        <source>Un fichier .grille par membre du jury (%1), avec les %2 candidat(s) de la session et sa propre clé de signature. Remettez à chaque juré son fichier (clé USB, courriel).</source>
        <translation>One .grille file per jury member (%1), with the session's %2 candidate(s) and their own signing key. Give each juror their file (USB stick, email).</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="133" />
        <source>⚠ Aucun candidat dans la session : les grilles seraient vides. Importez d'abord la liste des candidats.</source>
        <translation>⚠ No candidate in the session: the grids would be empty. Import the list of candidates first.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="136" />
        <source>&amp;Dossier où écrire les grilles :</source>
        <translation>&amp;Folder to write the grids to:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="137" />
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="139" />
        <source>⚠ Les grilles ont déjà été exportées pour : %1.
Exporter à nouveau donne à chaque juré une nouvelle clé de signature : les grilles déjà remises ne seront plus acceptées à l'import. Remettez les nouveaux fichiers à tous les jurés et demandez-leur de ne plus utiliser les anciens.</source>
        <translation>⚠ The grids were already exported for: %1.
Exporting again gives every juror a new signing key: the grids already handed out will no longer be accepted at import. Give the new files to all jurors and ask them not to use the old ones.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="145" />
        <source>J'ai compris : les grilles déjà remises ne seront plus acceptées</source>
        <translation>I understand: the grids already handed out will no longer be accepted</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="146" />
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="147" />
        <source>&amp;Exporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="148" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="148" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="150" />
        <source>%1 grille(s) écrite(s) dans %2 :</source>
        <translation>%1 grid(s) written to %2:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="160" />
        <source>Dossier des grilles des jurés</source>
        <translation>Folder for the jurors' grids</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="175" />
        <source>Choisissez le dossier où écrire les grilles.</source>
        <translation>Choose the folder to write the grids to.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="179" />
        <source>Cochez « J'ai compris » pour exporter à nouveau, ou annulez : rien n'a été exporté.</source>
        <translation>Tick “I understand” to export again, or cancel: nothing was exported.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/juror_files_dialog.py" line="195" />
        <source>empreinte %1</source>
        <translation>fingerprint %1</translation>
    </message>
</context>
<context>
    <name>JurorsDialog</name>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="182" />
        <source>Membres du jury</source>
        <translation>Jury members</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="183" />
        <source>Ajouter un membre du jury</source>
        <translation>Add a jury member</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="184" />
        <source>&amp;Prénom et nom :</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="185" />
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="186" />
        <source>&amp;Email (facultatif) :</source>
        <translation>&amp;Email (optional):</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="189" />
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="190" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="191" />
        <source>Membres du jury de la session</source>
        <translation>The session's jury members</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="208" />
        <source>Composition exigée par le référentiel : %1</source>
        <translation>Composition the framework requires: %1</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="218" />
        <source>✔ Le jury respecte la composition exigée.</source>
        <translation>✔ The jury meets the required composition.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="229" />
        <source>Indiquez le prénom et le nom du membre du jury.</source>
        <translation>Enter the jury member's full name.</translation>
    </message>
</context>
<context>
    <name>PrepareLabels</name>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="47" />
        <source>Président du jury</source>
        <translation>Jury president</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="48" />
        <source>Professionnel extérieur</source>
        <translation>Outside professional</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="49" />
        <source>Responsable pédagogique</source>
        <translation>Programme lead</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="50" />
        <source>Formateur</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="81" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="81" />
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="82" />
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="95" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="83" />
        <source>Empreinte de la clé</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_jurors.py" line="93" />
        <source>grille pas encore exportée</source>
        <translation>grid not exported yet</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="94" />
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="94" />
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="95" />
        <source>Aménagement</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="96" />
        <source>Temps supplémentaire</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_candidates.py" line="109" />
        <source>Autorisé par : %1</source>
        <translation>Authorised by: %1</translation>
    </message>
</context>
<context>
    <name>PrepareMenu</name>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_menu.py" line="46" />
        <source>&amp;Préparation</source>
        <translation>&amp;Preparation</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_menu.py" line="47" />
        <source>&amp;Jurés…</source>
        <translation>&amp;Jurors…</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_menu.py" line="48" />
        <source>&amp;Candidats…</source>
        <translation>&amp;Candidates…</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_menu.py" line="49" />
        <source>&amp;Exporter les grilles des jurés…</source>
        <translation>&amp;Export the jurors' grids…</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_menu.py" line="50" />
        <source>&amp;Blocs déjà acquis du candidat choisi…</source>
        <translation>&amp;Blocks already acquired by the selected candidate…</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_menu.py" line="90" />
        <location filename="../work/main/grader/ui/lead/prepare_menu.py" line="93" />
        <source>Blocs déjà acquis</source>
        <translation>Blocks already acquired</translation>
    </message>
    <message>
        <location filename="../work/main/grader/ui/lead/prepare_menu.py" line="94" />
        <source>Choisissez d'abord un candidat dans le tableau.</source>
        <translation>First choose a candidate in the table.</translation>
    </message>
</context>
</TS>