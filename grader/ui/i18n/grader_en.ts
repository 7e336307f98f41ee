<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AcquiredBlocsDialog</name>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="237"/>
        <source>&amp;Retirer le bloc</source>
        <translation>&amp;Remove the bloc</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="235"/>
        <source>Retirer un bloc déjà acquis</source>
        <translation>Remove an acquired bloc</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="232"/>
        <source>Retirer le bloc %1 des blocs déjà acquis par %2 ? Sa date et sa session d&apos;origine seront oubliées ; il faudra les saisir à nouveau.</source>
        <translation>Remove bloc %1 from the blocs already acquired by %2? Its date and original session will be forgotten; they would have to be entered again.</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="131"/>
        <source>Blocs déjà acquis — %1</source>
        <translation>Blocs already acquired — %1</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="134"/>
        <source>Blocs de compétences que %1 a validés lors d&apos;une session antérieure. Ils comptent pour la certification et figurent sur le procès-verbal avec leur date et leur session d&apos;origine.</source>
        <translation>Blocs of competencies %1 validated at an earlier session. They count towards the certification and appear on the jury minutes with their date and original session.</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="138"/>
        <source>Bloc</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="138"/>
        <source>Acquis le</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="138"/>
        <source>Session d&apos;origine</source>
        <translation>Original session</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="139"/>
        <source>&amp;Retirer le bloc choisi</source>
        <translation>&amp;Remove the selected bloc</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="140"/>
        <source>Enregistrer un bloc acquis (ou corriger sa date)</source>
        <translation>Record an acquired bloc (or correct its date)</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="141"/>
        <source>&amp;Bloc :</source>
        <translation>&amp;Bloc:</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="142"/>
        <source>Acquis &amp;le :</source>
        <translation>Acquired &amp;on:</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="143"/>
        <source>&amp;Session d&apos;origine :</source>
        <translation>Original &amp;session:</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="144"/>
        <source>par exemple « Jury du 14/06/2024, Lyon »</source>
        <translation>for example “Jury of 14/06/2024, Lyon”</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="145"/>
        <source>&amp;Enregistrer</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="146"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="147"/>
        <source>Blocs déjà acquis du candidat</source>
        <translation>The candidate&apos;s blocs already acquired</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="175"/>
        <location filename="../lead/acquired_blocs_dialog.py" line="229"/>
        <source>La délibération est clôturée : les blocs déjà acquis ne peuvent plus être modifiés.</source>
        <translation>The deliberation is closed: the blocs already acquired can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="178"/>
        <source>Les blocs de ce référentiel ne sont pas capitalisables.</source>
        <translation>This référentiel&apos;s blocs cannot be acquired separately.</translation>
    </message>
    <message>
        <location filename="../lead/acquired_blocs_dialog.py" line="226"/>
        <source>Choisissez d&apos;abord un bloc dans la liste.</source>
        <translation>First choose a bloc in the list.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../lead/candidate_form.py" line="104"/>
        <source>Ajouter un candidat</source>
        <translation>Add a candidate</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="105"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="106"/>
        <source>Aménagement d&apos;épreuve (facultatif)</source>
        <translation>Exam accommodation (optional)</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="108"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="108"/>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="109"/>
        <source>N° &amp;candidat :</source>
        <translation>&amp;Candidate no.:</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="109"/>
        <source>&amp;Email :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="110"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="110"/>
        <source>&amp;Décision :</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="114"/>
        <source>facultatif : « Décision du 03/05/2026 »</source>
        <translation>optional: “Décision du 03/05/2026”</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="119"/>
        <source>N&apos;indiquez ni diagnostic ni donnée de santé : seuls le type d&apos;aménagement, le temps supplémentaire et la date de la décision sont enregistrés.</source>
        <translation>Enter no diagnosis and no health data: only the type of accommodation, the extra time and the date of the decision are recorded.</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="111"/>
        <source>&amp;Autorisé par :</source>
        <translation>&amp;Authorised by:</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="111"/>
        <source>&amp;Temps supplémentaire :</source>
        <translation>Extra t&amp;ime:</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="116"/>
        <source>par exemple « Référente handicap, notification du 14/03 »</source>
        <translation>for example “Disability officer, notice of 14/03”</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="117"/>
        <source>33 % pour un tiers-temps</source>
        <translation>33 % for one-third extra time</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="121"/>
        <source>Ajouter le candidat</source>
        <translation>Add the candidate</translation>
    </message>
    <message>
        <location filename="../lead/candidate_form.py" line="122"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <location filename="../lead/prepare_candidates.py" line="150"/>
        <location filename="../lead/prepare_candidates.py" line="160"/>
        <source>Candidats de la session</source>
        <translation>The session&apos;s candidates</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="151"/>
        <source>&amp;Importer un fichier…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="153"/>
        <source>Liste CSV ou Excel (.xlsx) : une ligne d&apos;en-tête puis un candidat par ligne.</source>
        <translation>CSV or Excel (.xlsx) list: a header line, then one candidate per line.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="154"/>
        <source>&amp;Ajouter un candidat…</source>
        <translation>&amp;Add a candidate…</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="155"/>
        <source>&amp;Blocs déjà acquis…</source>
        <translation>&amp;Blocs already acquired…</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="157"/>
        <source>Blocs validés lors d&apos;une session antérieure (capitalisation) pour le candidat choisi</source>
        <translation>Blocs validated at an earlier session (kept for the certification) for the selected candidate</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="159"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="174"/>
        <source>Lecture de la session impossible.</source>
        <translation>The session cannot be read.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="183"/>
        <source>%1 candidat(s) dans la session.</source>
        <translation>%1 candidate(s) in the session.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="190"/>
        <source>Les grilles des jurés sont déjà exportées : un candidat ajouté maintenant n&apos;y figure pas.</source>
        <translation>The jurors&apos; sheets are already exported: a candidate added now is not in them.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="201"/>
        <source>Importer une liste de candidats</source>
        <translation>Import a list of candidates</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="202"/>
        <source>Listes de candidats (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Candidate lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="212"/>
        <source>%1 est refusé : aucun candidat n&apos;a été importé. Corrigez ces lignes puis importez à nouveau.</source>
        <translation>%1 is refused: no candidate was imported. Correct these lines, then import again.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="217"/>
        <source>%1 n&apos;a pas pu être importé : aucun candidat n&apos;a été ajouté.</source>
        <translation>%1 could not be imported: no candidate was added.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="223"/>
        <source>%1 : %2 candidat(s) importé(s).</source>
        <translation>%1: %2 candidate(s) imported.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="225"/>
        <source>Déjà dans la session, ignoré — %1</source>
        <translation>Already in the session, skipped — %1</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="263"/>
        <source>Choisissez d&apos;abord un candidat dans la liste.</source>
        <translation>First choose a candidate in the list.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../candidates_model.py" line="104"/>
        <source>absent(e) à la session</source>
        <translation>absent from the session</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../candidates_view.py" line="130"/>
        <source>Rechercher un candidat (Ctrl+F)</source>
        <translation>Search for a candidate (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../candidates_view.py" line="131"/>
        <source>Rechercher un candidat par son nom</source>
        <translation>Search for a candidate by name</translation>
    </message>
    <message>
        <location filename="../candidates_view.py" line="132"/>
        <source>Liste des candidats</source>
        <translation>Candidates</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../lead/close_dialog.py" line="82"/>
        <source>Clôturer la délibération</source>
        <translation>Close the deliberation</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="84"/>
        <source>Après la clôture, plus aucune décision, récusation ni note ne pourra être modifiée. Les documents exportés ne porteront plus la mention « Projet ».</source>
        <translation>Once closed, no decision, recusal or note can be changed any more. Exported documents will no longer carry the “Projet” (draft) mark.</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="87"/>
        <source>Clôturée &amp;par (président du jury) :</source>
        <translation>Closed &amp;by (jury president):</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="88"/>
        <source>Nom de la personne qui clôture</source>
        <translation>Name of the person closing the deliberation</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="90"/>
        <source>Grilles reçues sans signature, non prises en compte :</source>
        <translation>Grids received unsigned, not taken into account:</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="94"/>
        <source>Blocs encore sans décision (%1) :</source>
        <translation>Blocs still without a decision (%1):</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="98"/>
        <source>Clôturer quand même, sans ces décisions</source>
        <translation>Close anyway, without these decisions</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="99"/>
        <source>Clôturer définitivement</source>
        <translation>Close for good</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="100"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="114"/>
        <source>Indiquez qui clôture la délibération.</source>
        <translation>Enter who is closing the deliberation.</translation>
    </message>
    <message>
        <location filename="../lead/close_dialog.py" line="118"/>
        <source>Des blocs n&apos;ont pas de décision : enregistrez-les, ou cochez « Clôturer quand même ».</source>
        <translation>Some blocs have no decision: record them, or tick “Close anyway”.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../lead/comparison_view.py" line="98"/>
        <source>É&amp;preuve :</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="99"/>
        <source>Épreuve comparée</source>
        <translation>Assessment compared</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="100"/>
        <source>&amp;Décider pour ce bloc…</source>
        <translation>&amp;Decide for this bloc…</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="101"/>
        <source>Enregistrer la décision du jury</source>
        <translation>Record the jury&apos;s decision</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="102"/>
        <source>Grilles des jurés côte à côte</source>
        <translation>Jurors&apos; sheets side by side</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="103"/>
        <source>Observations des jurés</source>
        <translation>Jurors&apos; observations</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="106"/>
        <source>Choisissez un candidat et un bloc dans le tableau.</source>
        <translation>Choose a candidate and a bloc in the table.</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="190"/>
        <source>Aucune grille signée reçue pour cette épreuve.</source>
        <translation>No signed sheet received for this assessment.</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="193"/>
        <source>%1 grille(s) signée(s) : les jurés sont d&apos;accord sur tous les critères.</source>
        <translation>%1 signed sheet(s): the jurors agree on every criterion.</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="197"/>
        <source>%1 grille(s) signée(s) : désaccord sur %2 critère(s) (surlignés en orange), %3 point(s) « À discuter ».</source>
        <translation>%1 signed sheet(s): disagreement on %2 criterion(s) (highlighted in orange), %3 point(s) “to discuss”.</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="206"/>
        <source>Observations générales des jurés</source>
        <translation>Jurors&apos; general observations</translation>
    </message>
    <message>
        <location filename="../lead/comparison_view.py" line="207"/>
        <location filename="../lead/comparison_view.py" line="224"/>
        <source>À discuter</source>
        <translation>To discuss</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../crash.py" line="36"/>
        <source>Le détail est enregistré dans %1 : envoyez ce fichier à l&apos;équipe de grader.</source>
        <translation>The details are saved in %1: send this file to the grader team.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="40"/>
        <source>Le détail n&apos;a pas pu être enregistré.</source>
        <translation>The details could not be saved.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="45"/>
        <source>Erreur interne de grader</source>
        <translation>grader internal error</translation>
    </message>
    <message>
        <location filename="../crash.py" line="46"/>
        <source>Une erreur interne de grader s&apos;est produite : ce n&apos;est pas de votre fait.</source>
        <translation>An internal error occurred in grader: it is not your fault.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="49"/>
        <source>Ce qui est affiché « Enregistré » l&apos;est. Vous pouvez continuer ; si la même action échoue encore, fermez et rouvrez le fichier.</source>
        <translation>What is shown as « Saved » is saved. You can go on; if the same action fails again, close and reopen the file.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../lead/decision_dialog.py" line="112"/>
        <source>Décision du jury</source>
        <translation>Jury decision</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="115"/>
        <source>La règle propose : %1</source>
        <translation>The rule proposes: %1</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="117"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="119"/>
        <source>&amp;Validé</source>
        <translation>&amp;Validated</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="120"/>
        <source>&amp;Non validé</source>
        <translation>&amp;Not validated</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="121"/>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="122"/>
        <source>Déjà a&amp;cquis</source>
        <translation>Already a&amp;cquired</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="127"/>
        <source>&amp;Motivation (imprimée sur le procès-verbal) :</source>
        <translation>&amp;Reasons (printed on the jury minutes):</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="128"/>
        <source>Motivation de la décision</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="129"/>
        <source>Enregistrer la décision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="130"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="151"/>
        <source>Motivation obligatoire : le bloc n&apos;est pas validé.</source>
        <translation>Reasons required: the bloc is not validated.</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="154"/>
        <source>Motivation obligatoire : la décision s&apos;écarte de la proposition de la règle (%1).</source>
        <translation>Reasons required: the decision departs from the rule&apos;s proposal (%1).</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="160"/>
        <source>Motivation facultative : la décision suit la règle.</source>
        <translation>Reasons optional: the decision follows the rule.</translation>
    </message>
    <message>
        <location filename="../lead/decision_dialog.py" line="171"/>
        <source>Saisissez la motivation : elle est obligatoire pour cette décision.</source>
        <translation>Type the reasons: they are required for this decision.</translation>
    </message>
</context>
<context>
    <name>DurationsDialog</name>
    <message>
        <location filename="../lead/durations_dialog.py" line="55"/>
        <source>Durées des soutenances</source>
        <translation>Soutenance durations</translation>
    </message>
    <message>
        <location filename="../lead/durations_dialog.py" line="57"/>
        <source>Durée prévue de la soutenance de chaque épreuve pour cette session. Le chronomètre du juré la décompte, allongée pour un candidat en tiers-temps, et les grilles imprimées l&apos;indiquent.</source>
        <translation>Planned soutenance duration of each assessment for this session. The juror&apos;s timer counts it down, extended for a candidate with extra time, and the printed sheets show it.</translation>
    </message>
    <message>
        <location filename="../lead/durations_dialog.py" line="62"/>
        <source>La délibération est clôturée : les durées ne peuvent plus être modifiées.</source>
        <translation>The deliberation is closed: durations can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../lead/durations_dialog.py" line="65"/>
        <source>Des grilles ont déjà été remises aux jurés : elles gardent les durées qu&apos;elles avaient. Exportez-les de nouveau pour que leur chronomètre suive ce changement.</source>
        <translation>Sheets have already been handed to the jurors: they keep the durations they had. Export them again for their timer to follow this change.</translation>
    </message>
    <message>
        <location filename="../lead/durations_dialog.py" line="67"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../lead/durations_dialog.py" line="68"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DurationsEditor</name>
    <message>
        <location filename="../durations_editor.py" line="71"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../durations_editor.py" line="72"/>
        <source>non prévue</source>
        <translation>not planned</translation>
    </message>
    <message>
        <location filename="../durations_editor.py" line="73"/>
        <source>Durée de la soutenance : %1</source>
        <translation>Soutenance duration: %1</translation>
    </message>
    <message>
        <location filename="../durations_editor.py" line="75"/>
        <source>Le référentiel prévoit %1 min.</source>
        <translation>The referential plans %1 min.</translation>
    </message>
    <message>
        <location filename="../durations_editor.py" line="78"/>
        <source>Le référentiel ne fixe pas de durée.</source>
        <translation>The referential sets no duration.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../lead/export_dialog.py" line="215"/>
        <source>&amp;Remplacer</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="213"/>
        <source>Remplacer les fichiers exportés</source>
        <translation>Replace the exported files</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="210"/>
        <source>Ces fichiers existent déjà dans %1 et seront remplacés :
%2</source>
        <translation>These files already exist in %1 and will be replaced:
%2</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="158"/>
        <source>Exporter les documents de la session</source>
        <translation>Export the session&apos;s documents</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="159"/>
        <source>Choisissez les documents à produire et le dossier où les écrire. Un fichier du même nom est remplacé.</source>
        <translation>Choose the documents to produce and the folder to write them to. A file with the same name is replaced.</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="162"/>
        <source>La délibération n&apos;est pas clôturée : chaque page portera la mention « Projet — délibération non clôturée ».</source>
        <translation>The deliberation is not closed: every page will carry the mark “Projet — délibération non clôturée” (draft, deliberation not closed).</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="165"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="167"/>
        <source>&amp;Procès-verbal de délibération (PDF)</source>
        <translation>Deliberation &amp;minutes (PDF)</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="168"/>
        <source>&amp;Grilles d&apos;évaluation, une par candidat et épreuve (PDF)</source>
        <translation>Evaluation &amp;sheets, one per candidate and assessment (PDF)</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="169"/>
        <source>&amp;Attestations de blocs pour les validations partielles (PDF)</source>
        <translation>Bloc &amp;certificates for partial validations (PDF)</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="170"/>
        <source>&amp;Classeur de la session (Excel)</source>
        <translation>Session &amp;workbook (Excel)</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="171"/>
        <source>Classeur a&amp;nonymisé (Excel, sans les noms)</source>
        <translation>A&amp;nonymised workbook (Excel, without names)</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="175"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="176"/>
        <location filename="../lead/export_dialog.py" line="240"/>
        <source>Dossier d&apos;export</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="177"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="178"/>
        <source>&amp;Exporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="179"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="180"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="201"/>
        <source>Cochez au moins un document.</source>
        <translation>Tick at least one document.</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="223"/>
        <source>Export en cours</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="224"/>
        <source>Préparation des documents…</source>
        <translation>Preparing the documents…</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="250"/>
        <source>Export : %1</source>
        <translation>Exporting: %1</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="270"/>
        <source>%1 fichier(s) écrit(s) dans %2.</source>
        <translation>%1 file(s) written to %2.</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="273"/>
        <source>Aucun fichier à écrire (aucune validation partielle).</source>
        <translation>No file to write (no partial validation).</translation>
    </message>
    <message>
        <location filename="../lead/export_dialog.py" line="279"/>
        <source>L&apos;export a échoué : %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../dialogs.py" line="96"/>
        <source>À discuter</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="97"/>
        <source>Marquer « À discuter » : %1</source>
        <translation>Mark “to discuss”: %1</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="98"/>
        <source>Note pour la délibération (facultative)</source>
        <translation>Note for the deliberation (optional)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="99"/>
        <source>Note pour la délibération</source>
        <translation>Note for the deliberation</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="100"/>
        <source>Marquer</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="101"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GradingWindow</name>
    <message>
        <location filename="../grading_window.py" line="229"/>
        <source>Grille de %1 — %2</source>
        <translation>Sheet of %1 — %2</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="231"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="232"/>
        <source>&amp;Grille</source>
        <translation>S&amp;heet</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="233"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="234"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="236"/>
        <source>Candidat suivant</source>
        <translation>Next candidate</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="237"/>
        <source>Candidat précédent</source>
        <translation>Previous candidate</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="238"/>
        <source>Démarrer / arrêter le chronomètre</source>
        <translation>Start / stop the timer</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="239"/>
        <source>Enregistrer (tout est enregistré à chaque changement)</source>
        <translation>Save (everything is saved at each change)</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="240"/>
        <source>Signer la grille…</source>
        <translation>Sign the sheet…</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="241"/>
        <source>Critère suivant non noté</source>
        <translation>Next unmarked criterion</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="242"/>
        <source>Observation générale</source>
        <translation>General observation</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="243"/>
        <source>Chronomètre en grand</source>
        <translation>Large clock</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="244"/>
        <source>Après une note, aller au critère suivant non noté</source>
        <translation>After a mark, go to the next unmarked criterion</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="246"/>
        <source>Masquer la proposition tant que des critères sont sans note</source>
        <translation>Hide the proposal while criteria are unmarked</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="247"/>
        <source>Grille compacte (plus de critères à l&apos;écran)</source>
        <translation>Compact grid (more criteria on screen)</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="248"/>
        <source>Rouvrir la grille…</source>
        <translation>Reopen the sheet…</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="249"/>
        <source>Critère « À discuter »…</source>
        <translation>Criterion “to discuss”…</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="250"/>
        <source>Grille entière « À discuter »…</source>
        <translation>Whole sheet “to discuss”…</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="251"/>
        <source>Rechercher un candidat</source>
        <translation>Search for a candidate</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="252"/>
        <source>Épreuve suivante</source>
        <translation>Next assessment</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="253"/>
        <source>Compétences évaluées</source>
        <translation>Competencies assessed</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="254"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="254"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="258"/>
        <source>Épreuve :</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="259"/>
        <source>Épreuve à noter</source>
        <translation>Assessment to grade</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="260"/>
        <source>Grille des critères</source>
        <translation>Criteria grid</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="366"/>
        <source>Aucun candidat</source>
        <translation>No candidate</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="376"/>
        <source>Signée</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="381"/>
        <source>Grille signée le %1 : lecture seule. Pour la corriger, « Rouvrir la grille » (Ctrl+R).</source>
        <translation>Sheet signed on %1: read only. To correct it, “Reopen the sheet” (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="386"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="398"/>
        <source>Enregistré à %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="413"/>
        <source>Non enregistré : %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="423"/>
        <source>Tout est enregistré : chaque note et chaque observation l&apos;est dès sa saisie. Pour signer la grille : Ctrl+Maj+S.</source>
        <translation>Everything is saved: each mark and each observation is saved as you enter it. To sign the sheet: Ctrl+Shift+S.</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="436"/>
        <source>Cette grille est signée : son chronomètre ne peut plus démarrer.</source>
        <translation>This sheet is signed: its clock can no longer start.</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="440"/>
        <source>Cette grille est signée : rouvrez-la (Ctrl+R) pour la modifier.</source>
        <translation>This sheet is signed: reopen it (Ctrl+R) to change it.</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <location filename="../grid_delegate.py" line="110"/>
        <source>À discuter</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <location filename="../grid_delegate.py" line="118"/>
        <source>Non enregistré :</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <location filename="../grid_delegate.py" line="240"/>
        <source>Entrée : écrire une observation</source>
        <translation>Enter: write an observation</translation>
    </message>
    <message>
        <location filename="../grid_delegate.py" line="366"/>
        <source>Points du critère</source>
        <translation>Points for the criterion</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../grid_model.py" line="295"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="296"/>
        <source>Évaluation</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="297"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="384"/>
        <source>Non noté</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="396"/>
        <source>à discuter</source>
        <translation>to discuss</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="402"/>
        <source>Pas d&apos;observation</source>
        <translation>No observation</translation>
    </message>
</context>
<context>
    <name>JurorFilesDialog</name>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="127"/>
        <source>Exporter les grilles des jurés</source>
        <translation>Export the jurors&apos; sheets</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="129"/>
        <source>Un fichier .grille par membre du jury (%1), avec les %2 candidat(s) de la session et sa propre clé de signature. Remettez à chaque juré son fichier (clé USB, courriel).</source>
        <translation>One .grille file per jury member (%1), with the session&apos;s %2 candidate(s) and their own signing key. Give each juror their file (USB stick, email).</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="133"/>
        <source>⚠ Aucun candidat dans la session : les grilles seraient vides. Importez d&apos;abord la liste des candidats.</source>
        <translation>⚠ No candidate in the session: the sheets would be empty. Import the list of candidates first.</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="136"/>
        <source>&amp;Dossier où écrire les grilles :</source>
        <translation>&amp;Folder to write the sheets to:</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="137"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="139"/>
        <source>⚠ Les grilles ont déjà été exportées pour : %1.
Les nouvelles grilles sont vides : un juré qui a commencé à noter continue dans la sienne. Un juré qui ouvre la nouvelle sur un autre ordinateur y crée une autre clé, que la fusion refusera si la session a déjà enregistré la sienne.</source>
        <translation>⚠ Sheets were already exported for: %1.
The new sheets are empty: a juror who has started grading goes on in their own. A juror who opens the new one on another computer creates another key there, which the merge will refuse if the session already recorded theirs.</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="145"/>
        <source>J&apos;ai compris : les nouvelles grilles sont vides</source>
        <translation>I understand: the new sheets are empty</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="146"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="147"/>
        <source>&amp;Exporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="148"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="148"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="150"/>
        <source>%1 grille(s) écrite(s) dans %2 :</source>
        <translation>%1 sheet(s) written to %2:</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="160"/>
        <source>Dossier des grilles des jurés</source>
        <translation>Folder for the jurors&apos; sheets</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="175"/>
        <source>Choisissez le dossier où écrire les grilles.</source>
        <translation>Choose the folder to write the sheets to.</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="179"/>
        <source>Cochez « J&apos;ai compris » pour exporter à nouveau, ou annulez : rien n&apos;a été exporté.</source>
        <translation>Tick “I understand” to export again, or cancel: nothing was exported.</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="196"/>
        <source>empreinte %1</source>
        <translation>fingerprint %1</translation>
    </message>
    <message>
        <location filename="../lead/juror_files_dialog.py" line="197"/>
        <source>clé créée par le juré à la première ouverture</source>
        <translation>key created by the juror on first opening</translation>
    </message>
</context>
<context>
    <name>JurorsDialog</name>
    <message>
        <location filename="../lead/prepare_jurors.py" line="207"/>
        <source>Membres du jury</source>
        <translation>Jury members</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="208"/>
        <source>Ajouter un membre du jury</source>
        <translation>Add a jury member</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="209"/>
        <source>&amp;Prénom et nom :</source>
        <translation>&amp;First and last name:</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="210"/>
        <source>&amp;Fonction :</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="211"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="212"/>
        <source>&amp;Email (facultatif) :</source>
        <translation>&amp;Email (optional):</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="217"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="218"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="219"/>
        <source>Membres du jury de la session</source>
        <translation>The session&apos;s jury members</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="237"/>
        <source>Composition exigée par le référentiel : %1</source>
        <translation>Composition required by the référentiel: %1</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="247"/>
        <source>✔ Le jury respecte la composition exigée.</source>
        <translation>✔ The jury meets the required composition.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="269"/>
        <source>Indiquez le prénom et le nom du membre du jury.</source>
        <translation>Enter the jury member&apos;s first and last name.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../key_dialog.py" line="109"/>
        <source>Votre clé de signature</source>
        <translation>Your signing key</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="111"/>
        <source>Bonjour %1. Pour signer vos grilles, grader crée maintenant votre clé de signature. Elle reste sur cet ordinateur, dans votre dossier personnel : elle ne part jamais avec la grille. Vous pouvez la protéger par une phrase secrète (au moins %2 caractères), demandée à chaque signature ; laissez vide pour ne pas en mettre.</source>
        <translation>Hello %1. To sign your sheets, grader now creates your signing key. It stays on this computer, in your own folder: it never travels with the sheet. You may protect it with a passphrase (at least %2 characters), asked at each signature; leave empty for none.</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="124"/>
        <source>Phrase secrète (facultative) :</source>
        <translation>Passphrase (optional):</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="127"/>
        <source>La même, encore :</source>
        <translation>The same, again:</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="128"/>
        <source>Créer ma clé</source>
        <translation>Create my key</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="129"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="131"/>
        <source>Votre clé est créée. Son empreinte :</source>
        <translation>Your key is created. Its fingerprint:</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="134"/>
        <source>Lisez cette empreinte au responsable pédagogique (ou comparez-la à celle imprimée sur le procès-verbal que vous signez) : c&apos;est elle qui prouve que vos grilles viennent de vous.</source>
        <translation>Read this fingerprint to the programme lead (or compare it with the one printed on the minutes you sign): it is what proves your sheets come from you.</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="151"/>
        <source>Les deux phrases secrètes ne sont pas identiques.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="156"/>
        <source>La phrase secrète doit faire au moins %1 caractères.</source>
        <translation>The passphrase must be at least %1 characters long.</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="214"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="216"/>
        <source>Votre clé de signature est protégée : saisissez sa phrase secrète pour signer.</source>
        <translation>Your signing key is protected: type its passphrase to sign.</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="219"/>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="220"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="295"/>
        <source>Signature impossible</source>
        <translation>Cannot sign</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../candidates_model.py" line="31"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../candidates_model.py" line="32"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../candidates_model.py" line="33"/>
        <source>signée</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../candidates_model.py" line="41"/>
        <source>tiers-temps</source>
        <translation>extra time</translation>
    </message>
    <message>
        <location filename="../candidates_model.py" line="42"/>
        <source>aménagement</source>
        <translation>accommodation</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Validé</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Non validé</source>
        <translation>Not validated</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>Incomplet</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Déjà acquis</source>
        <translation>Already acquired</translation>
    </message>
</context>
<context>
    <name>LeadLabels</name>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="131"/>
        <source>L&apos;écart ne change pas la proposition.</source>
        <translation>The difference does not change the proposal.</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="129"/>
        <source>Tranché pour ou contre le candidat, l&apos;écart ne mène pas à la même proposition : l&apos;écart décide du bloc.</source>
        <translation>Settled for or against the candidate, the difference does not lead to the same proposal: the difference decides the bloc.</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="52"/>
        <source>Non délibéré</source>
        <translation>Not deliberated</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="53"/>
        <source>Absent(e)</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="78"/>
        <source>Contradiction</source>
        <translation>Contradiction</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="126"/>
        <source>Écart entre jurés : %1 critère(s)</source>
        <translation>Jurors differ: %1 criterion(s)</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="45"/>
        <source>Importé</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="46"/>
        <source>Déjà présent</source>
        <translation>Already present</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="47"/>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="48"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="68"/>
        <source>La fusion a échoué : %1</source>
        <translation>The merge failed: %1</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="81"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="81"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="82"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="49"/>
        <source>Certifié</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="50"/>
        <source>Validation partielle</source>
        <translation>Partial validation</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="51"/>
        <source>Non certifié</source>
        <translation>Not certified</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="80"/>
        <source>Proposé : %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="114"/>
        <source>Proposition de la règle : %1</source>
        <translation>The rule proposes: %1</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="119"/>
        <source>Décision du jury : %1</source>
        <translation>Jury decision: %1</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="122"/>
        <source>Motivation : %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="124"/>
        <source>Décision du jury : pas encore enregistrée</source>
        <translation>Jury decision: not recorded yet</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="134"/>
        <source>Points « À discuter » : %1</source>
        <translation>Points “to discuss”: %1</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="213"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../lead/candidates_blocs_model.py" line="215"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="125"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="128"/>
        <source>La valeur que la règle retient des notes des jurés</source>
        <translation>The value the rule retains from the jurors&apos; marks</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="129"/>
        <source>Retenu</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="132"/>
        <source>%1 a marqué la grille « À discuter » : %2</source>
        <translation>%1 marked the sheet “to discuss”: %2</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="185"/>
        <source>Les jurés ne sont pas d&apos;accord sur ce critère.</source>
        <translation>The jurors disagree on this criterion.</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="186"/>
        <source>Un juré a marqué ce critère « À discuter ».</source>
        <translation>A juror marked this criterion “to discuss”.</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="204"/>
        <source>Observation : %1</source>
        <translation>Observation: %1</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="207"/>
        <source>À discuter : %1</source>
        <translation>To discuss: %1</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="227"/>
        <source>Pas noté</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="229"/>
        <source>Acquis pour la règle</source>
        <translation>Acquired for the rule</translation>
    </message>
    <message>
        <location filename="../lead/comparison_model.py" line="230"/>
        <source>Non acquis pour la règle</source>
        <translation>Not acquired for the rule</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="72"/>
        <source>récusé : %1</source>
        <translation>recused: %1</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="74"/>
        <source>participe</source>
        <translation>takes part</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="30"/>
        <location filename="../lead/stats_panel.py" line="71"/>
        <source>Membre du jury</source>
        <translation>Jury member</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="30"/>
        <source>Attendues</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="31"/>
        <source>Signées</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="31"/>
        <source>Non signées</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="32"/>
        <source>Manquantes</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="34"/>
        <source>Épreuve</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="35"/>
        <source>Accord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="36"/>
        <source>Kappa de Cohen</source>
        <translation>Cohen&apos;s kappa</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="37"/>
        <source>Kappa de Fleiss</source>
        <translation>Fleiss&apos; kappa</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="38"/>
        <source>Lecture</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="39"/>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="72"/>
        <source>Critères acquis</source>
        <translation>Criteria acquired</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="73"/>
        <source>Les autres jurés</source>
        <translation>The other jurors</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="74"/>
        <source>Remarque</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="83"/>
        <source>Pas d&apos;écart notable</source>
        <translation>No notable gap</translation>
    </message>
</context>
<context>
    <name>LeadSessionWindow</name>
    <message>
        <location filename="../lead/session_window.py" line="373"/>
        <source>La délibération est clôturée : les décisions sont verrouillées et aucune ne peut plus être enregistrée ni changée. Les documents exportés sont définitifs.</source>
        <translation>The deliberation is closed: decisions are locked and none can be recorded or changed any more. The exported documents are final.</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="300"/>
        <source>Délibération en cours : %1 décision(s) de bloc enregistrée(s) sur %2. Entrée ou double-clic sur un bloc pour décider. ⚠n : écart entre jurés sur n critères, sur fond jaune quand il change la proposition ; ⚑ : point « À discuter ».</source>
        <translation>Deliberation in progress: %1 of %2 bloc decision(s) recorded. Enter or double-click a bloc to decide. ⚠n: the jurors differ on n criteria, on a yellow background when it changes the proposal; ⚑: point « to discuss ».</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="54"/>
        <location filename="../lead/session_window.py" line="360"/>
        <source>Import des grilles</source>
        <translation>Importing sheets</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="133"/>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="136"/>
        <source>Délibération</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="184"/>
        <source>Délibération — %1</source>
        <translation>Deliberation — %1</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="185"/>
        <source>&amp;Session</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="186"/>
        <source>&amp;Délibération</source>
        <translation>&amp;Deliberation</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="187"/>
        <source>&amp;Importer des grilles…</source>
        <translation>&amp;Import sheets…</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="188"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="189"/>
        <source>Enregistrer la &amp;décision du bloc choisi…</source>
        <translation>Record the &amp;decision for the selected bloc…</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="190"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="191"/>
        <source>&amp;Clôturer la délibération…</source>
        <translation>&amp;Close the deliberation…</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="192"/>
        <source>&amp;Fermer la session</source>
        <translation>&amp;Close the session</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="193"/>
        <source>Candidats et blocs : propositions et décisions</source>
        <translation>Candidates and blocs: proposals and decisions</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="194"/>
        <source>Comparaison des grilles</source>
        <translation>Sheets compared</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="195"/>
        <source>Notes et récusations</source>
        <translation>Notes and recusals</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="196"/>
        <source>Réception des grilles</source>
        <translation>Sheets received</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="196"/>
        <source>Statistiques</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="216"/>
        <location filename="../lead/session_window.py" line="239"/>
        <location filename="../lead/session_window.py" line="250"/>
        <source>Lecture de la session</source>
        <translation>Reading the session</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="286"/>
        <source>🔒 Délibération clôturée le %1 à %2%3 : les décisions sont verrouillées ; les exports sont définitifs.</source>
        <translation>🔒 Deliberation closed on %1 at %2%3: the decisions are locked; the exports are final.</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="288"/>
        <source> par %1</source>
        <translation> by %1</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="351"/>
        <source>Importer les grilles des jurés</source>
        <translation>Import the jurors&apos; sheets</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="352"/>
        <source>Grilles de juré (*.grille);;Tous les fichiers (*)</source>
        <translation>Juror sheets (*.grille);;All files (*)</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="361"/>
        <source>La délibération est clôturée : aucune grille ne peut plus être importée.</source>
        <translation>The deliberation is closed: no sheet can be imported any more.</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="372"/>
        <location filename="../lead/session_window.py" line="379"/>
        <location filename="../lead/session_window.py" line="387"/>
        <location filename="../lead/session_window.py" line="393"/>
        <source>Décision du jury</source>
        <translation>Jury decision</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="380"/>
        <source>Choisissez d&apos;abord une case de bloc dans le tableau.</source>
        <translation>First choose a bloc cell in the table.</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="388"/>
        <source>Ce bloc est déjà acquis (session antérieure) : le jury ne le délibère pas de nouveau. Retirez-le des blocs déjà acquis (menu Préparation) pour en décider ici.</source>
        <translation>This bloc was already acquired in an earlier session: the jury does not deliberate on it again. Remove it from the blocs already acquired (Preparation menu) to decide on it here.</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="394"/>
        <source>%1 est noté(e) absent(e) à la session : aucune décision de bloc n&apos;est enregistrée pour un candidat absent. Notez-le présent (menu Préparation) pour délibérer.</source>
        <translation>%1 is marked absent from the session: no bloc decision is recorded for an absent candidate. Mark them present (Preparation menu) to deliberate.</translation>
    </message>
    <message>
        <location filename="../lead/session_window.py" line="425"/>
        <source>Clôturer la délibération</source>
        <translation>Close the deliberation</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../lead/merge_worker.py" line="124"/>
        <source>Réception des grilles</source>
        <translation>Sheets received</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="125"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="128"/>
        <source>%1 fichier(s) traité(s).</source>
        <translation>%1 file(s) processed.</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="131"/>
        <source>%1 refusé(s) : rien n&apos;en a été importé ; demandez au juré un nouvel envoi.</source>
        <translation>%1 refused: nothing was imported from them; ask the juror to send it again.</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="134"/>
        <source>Résultat de l&apos;import, fichier par fichier</source>
        <translation>Import result, file by file</translation>
    </message>
</context>
<context>
    <name>MergeRunner</name>
    <message>
        <location filename="../lead/merge_worker.py" line="164"/>
        <source>Import des grilles</source>
        <translation>Importing sheets</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="165"/>
        <source>Vérification et import des grilles…</source>
        <translation>Checking and importing the sheets…</translation>
    </message>
    <message>
        <location filename="../lead/merge_worker.py" line="179"/>
        <source>Vérification de %1 (%2 sur %3)…</source>
        <translation>Checking %1 (%2 of %3)…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../navigation.py" line="72"/>
        <source>%1 n&apos;est ni une grille de juré (.grille) ni une session (.jury).</source>
        <translation>%1 is neither a juror&apos;s sheet (.grille) nor a session (.jury).</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="75"/>
        <source>Fichier non reconnu</source>
        <translation>File not recognised</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="88"/>
        <source>Impossible d&apos;ouvrir le fichier</source>
        <translation>The file cannot be opened</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../new_session_dialog.py" line="101"/>
        <source>Nouvelle session de jury</source>
        <translation>New jury session</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="102"/>
        <source>Référentiel :</source>
        <translation>Référentiel:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="102"/>
        <source>Intitulé :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="102"/>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="103"/>
        <source>Lieu :</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="103"/>
        <source>Fichier de session :</source>
        <translation>Session file:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="104"/>
        <source>Durée des soutenances :</source>
        <translation>Soutenance durations:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="110"/>
        <source>par défaut, le titre du référentiel</source>
        <translation>by default, the référentiel&apos;s title</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="111"/>
        <source>par ex. Lyon, salle 204</source>
        <translation>e.g. Lyon, room 204</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="112"/>
        <source>où enregistrer la session (.jury)</source>
        <translation>where to save the session (.jury)</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="113"/>
        <source>Autre fichier…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="114"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="115"/>
        <source>Référentiel</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="116"/>
        <source>Date de la session</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="117"/>
        <source>Fichier de session</source>
        <translation>Session file</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="118"/>
        <source>Créer la session</source>
        <translation>Create the session</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="119"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="145"/>
        <source>Choisir un référentiel</source>
        <translation>Choose a référentiel</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="146"/>
        <source>Référentiels (*.yaml *.yml)</source>
        <translation>Référentiels (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="153"/>
        <source>Enregistrer la session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="154"/>
        <source>Sessions de jury (*.jury)</source>
        <translation>Jury sessions (*.jury)</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="175"/>
        <source>Choisissez un référentiel et l&apos;emplacement du fichier de session.</source>
        <translation>Choose a référentiel and where to save the session file.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../lead/notes_panel.py" line="144"/>
        <source>Choisissez un candidat dans le tableau.</source>
        <translation>Choose a candidate in the table.</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="145"/>
        <source>&amp;Notes privées de délibération :</source>
        <translation>Private deliberation &amp;notes:</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="147"/>
        <source>Ces notes restent dans le fichier de session : elles n&apos;apparaissent dans aucun export (ni procès-verbal, ni grilles, ni classeur).</source>
        <translation>These notes stay in the session file: they appear in no export (neither minutes, sheets nor workbook).</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="150"/>
        <source>Notes privées de délibération</source>
        <translation>Private deliberation notes</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="151"/>
        <source>&amp;Récusations pour ce candidat :</source>
        <translation>&amp;Recusals for this candidate:</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="152"/>
        <source>Membres du jury et récusations</source>
        <translation>Jury members and recusals</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="153"/>
        <source>Récuser le juré choisi…</source>
        <translation>Recuse the selected juror…</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="154"/>
        <source>Lever la récusation</source>
        <translation>Lift the recusal</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="189"/>
        <source>Délibération clôturée : notes et récusations verrouillées.</source>
        <translation>Deliberation closed: notes and recusals are locked.</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="202"/>
        <source>Note enregistrée à %1</source>
        <translation>Note saved at %1</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="228"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="234"/>
        <source>Choisissez d&apos;abord un membre du jury dans la liste.</source>
        <translation>First choose a jury member in the list.</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="243"/>
        <source>Récuser un membre du jury</source>
        <translation>Recuse a jury member</translation>
    </message>
    <message>
        <location filename="../lead/notes_panel.py" line="244"/>
        <source>Motif de la récusation de %1 pour %2 :</source>
        <translation>Reason for recusing %1 for %2:</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <location filename="../grid_delegate.py" line="53"/>
        <source>Observation sur le critère</source>
        <translation>Observation on the criterion</translation>
    </message>
    <message>
        <location filename="../grid_delegate.py" line="54"/>
        <source>Observation… (Entrée ou Échap pour terminer)</source>
        <translation>Observation… (Enter or Esc to finish)</translation>
    </message>
</context>
<context>
    <name>PrepareLabels</name>
    <message>
        <location filename="../lead/prepare_candidates.py" line="69"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="69"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="70"/>
        <location filename="../lead/prepare_jurors.py" line="83"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="70"/>
        <source>Aménagement</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="71"/>
        <source>Temps supplémentaire</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <location filename="../lead/prepare_candidates.py" line="81"/>
        <source>Autorisé par : %1</source>
        <translation>Authorised by: %1</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="41"/>
        <location filename="../lead/prepare_jurors.py" line="52"/>
        <source>Président du jury</source>
        <translation>Jury president</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="42"/>
        <source>Professionnel extérieur</source>
        <translation>Outside professional</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="43"/>
        <source>Interne à l&apos;organisme</source>
        <translation>Internal to the organisation</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="44"/>
        <source>Responsable pédagogique</source>
        <translation>Pedagogical lead</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="45"/>
        <source>Formateur</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="46"/>
        <source>Statut non précisé</source>
        <translation>Status not given</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="53"/>
        <source>Membre du jury</source>
        <translation>Jury member</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="81"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="82"/>
        <source>Fonction et statut</source>
        <translation>Function and status</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="84"/>
        <source>Empreinte de la clé</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="85"/>
        <source>Présent au jury</source>
        <translation>Present at the jury</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="94"/>
        <source>présent</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="95"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../lead/prepare_jurors.py" line="99"/>
        <source>grille pas encore exportée</source>
        <translation>sheet not exported yet</translation>
    </message>
</context>
<context>
    <name>PrepareMenu</name>
    <message>
        <location filename="../lead/prepare_menu.py" line="53"/>
        <source>&amp;Préparation</source>
        <translation>&amp;Preparation</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="54"/>
        <source>&amp;Jurés…</source>
        <translation>&amp;Jurors…</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="55"/>
        <source>&amp;Candidats…</source>
        <translation>&amp;Candidates…</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="56"/>
        <source>&amp;Durées des soutenances…</source>
        <translation>Soutenance &amp;durations…</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="57"/>
        <source>&amp;Exporter les grilles des jurés…</source>
        <translation>&amp;Export the jurors&apos; sheets…</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="58"/>
        <source>&amp;Blocs déjà acquis du candidat choisi…</source>
        <translation>&amp;Blocs already acquired by the selected candidate…</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="59"/>
        <source>Candidat choisi &amp;absent ou présent à la session</source>
        <translation>Chosen candidate &amp;absent or present at the session</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="104"/>
        <location filename="../lead/prepare_menu.py" line="107"/>
        <source>Blocs déjà acquis</source>
        <translation>Blocs already acquired</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="108"/>
        <location filename="../lead/prepare_menu.py" line="123"/>
        <source>Choisissez d&apos;abord un candidat dans le tableau.</source>
        <translation>First choose a candidate in the table.</translation>
    </message>
    <message>
        <location filename="../lead/prepare_menu.py" line="117"/>
        <source>Présence du candidat</source>
        <translation>Candidate&apos;s presence</translation>
    </message>
</context>
<context>
    <name>ReceptionPanel</name>
    <message>
        <location filename="../lead/reception_panel.py" line="77"/>
        <source>Importez les grilles (.grille) que les jurés vous ont remises. Un même fichier importé deux fois ne change rien ; un fichier modifié après signature est refusé.</source>
        <translation>Import the sheets (.grille) the jurors handed you. Importing the same file twice changes nothing; a file changed after signing is refused.</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="80"/>
        <source>Grilles reçues par membre du jury</source>
        <translation>Sheets received per jury member</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="99"/>
        <source>Aucune grille reçue de : %1.</source>
        <translation>No sheet received from: %1.</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="101"/>
        <source>Grilles manquantes ou non signées : %1.</source>
        <translation>Sheets missing or unsigned: %1.</translation>
    </message>
    <message>
        <location filename="../lead/reception_panel.py" line="104"/>
        <source>Toutes les grilles attendues sont reçues et signées.</source>
        <translation>All the expected sheets are received and signed.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../dialogs.py" line="71"/>
        <source>Rouvrir la grille signée</source>
        <translation>Reopen the signed sheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="73"/>
        <source>La grille de %1 est signée. La rouvrir retire la signature : il faudra la signer à nouveau. La réouverture est enregistrée dans l&apos;historique.</source>
        <translation>The sheet of %1 is signed. Reopening it removes the signature: it will have to be signed again. The reopening is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76"/>
        <source>Motif (facultatif), par ex. erreur de saisie</source>
        <translation>Reason (optional), e.g. typing mistake</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="77"/>
        <source>Motif de la réouverture</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="78"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="79"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <location filename="../menus.py" line="50"/>
        <source>&amp;Paramètres</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../menus.py" line="51"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../menus.py" line="52"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../menus.py" line="53"/>
        <source>Comme le système</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../menus.py" line="53"/>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../menus.py" line="54"/>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../dialogs.py" line="110"/>
        <source>↑ / ↓ ou J / K</source>
        <translation>↑ / ↓ or J / K</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="111"/>
        <source>Critère précédent / suivant</source>
        <translation>Previous / next criterion</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="112"/>
        <source>1 … n</source>
        <translation>1 … n</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="113"/>
        <source>Choisir le niveau (dans l&apos;ordre de l&apos;échelle)</source>
        <translation>Choose the level (in the scale&apos;s order)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="114"/>
        <source>A / N</source>
        <translation>A / N</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="115"/>
        <source>Acquis / Non acquis (initiale du niveau)</source>
        <translation>Acquis / Non acquis (the level&apos;s initial)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="116"/>
        <source>0 ou Retour arrière</source>
        <translation>0 or Backspace</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="117"/>
        <source>Effacer la note du critère</source>
        <translation>Clear the criterion&apos;s mark</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="118"/>
        <source>Chiffres (barème en points)</source>
        <translation>Digits (points scale)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="119"/>
        <source>Nombre de points ; F2 pour une demi-valeur</source>
        <translation>Number of points; F2 for a half value</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="120"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="121"/>
        <source>Critère suivant non noté (une note y mène aussi)</source>
        <translation>Next unmarked criterion (a mark also takes you there)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="122"/>
        <source>Espace</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="123"/>
        <source>Texte complet du critère (ou à nouveau sur deux lignes)</source>
        <translation>The criterion&apos;s whole text (or back to two lines)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="124"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="125"/>
        <source>Écrire l&apos;observation du critère</source>
        <translation>Write the criterion&apos;s observation</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="126"/>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="127"/>
        <source>Quitter l&apos;observation (le texte est gardé)</source>
        <translation>Leave the observation (the text is kept)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="128"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="129"/>
        <source>Observation générale (Échap : retour à la grille)</source>
        <translation>General observation (Esc: back to the grid)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="130"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="131"/>
        <source>Critère « À discuter » (avec une note)</source>
        <translation>Criterion “to discuss” (with a note)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="132"/>
        <source>Ctrl+Maj+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="133"/>
        <source>Grille entière « À discuter »</source>
        <translation>Whole sheet “to discuss”</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="134"/>
        <source>Ctrl+→ / Ctrl+←</source>
        <translation>Ctrl+→ / Ctrl+←</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>Candidat suivant / précédent</source>
        <translation>Next / previous candidate</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136"/>
        <source>Épreuve suivante</source>
        <translation>Next assessment</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="137"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="137"/>
        <source>Rechercher un candidat</source>
        <translation>Search for a candidate</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="139"/>
        <source>Démarrer / mettre en pause le chronomètre</source>
        <translation>Start / pause the timer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="140"/>
        <source>Ctrl+Maj+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="141"/>
        <source>Chronomètre en grand</source>
        <translation>Large clock</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="142"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="143"/>
        <source>Afficher les compétences évaluées</source>
        <translation>Show the competencies assessed</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="144"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="145"/>
        <source>Rappeler que tout est enregistré (rien à faire)</source>
        <translation>Say that everything is saved (nothing to do)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="146"/>
        <source>Signer la grille</source>
        <translation>Sign the sheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="146"/>
        <source>Ctrl+Maj+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="147"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="147"/>
        <source>Rouvrir une grille signée</source>
        <translation>Reopen a signed sheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="148"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="148"/>
        <source>Cette aide</source>
        <translation>This help</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs.py" line="171"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="172"/>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="172"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../side_panel.py" line="169"/>
        <source>Règle du bloc :</source>
        <translation>Rule of the bloc:</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="175"/>
        <source>Notes du référentiel :</source>
        <translation>Notes of the référentiel:</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="184"/>
        <source>Proposition masquée</source>
        <translation>Proposal hidden</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="186"/>
        <source>Elle s&apos;affichera quand tous les critères seront notés.</source>
        <translation>It will show once every criterion is marked.</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="228"/>
        <source>%1 / %2 critères notés</source>
        <translation>%1 / %2 criteria marked</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="235"/>
        <source>Proposition pour le bloc %1</source>
        <translation>Proposal for bloc %1</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="238"/>
        <source>Grille entière « À discuter » (Ctrl+Maj+D)</source>
        <translation>Whole sheet “to discuss” (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="239"/>
        <source>Observation générale</source>
        <translation>General observation</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="240"/>
        <source>Observation générale sur la grille</source>
        <translation>General observation on the sheet</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="241"/>
        <source>Appréciation d&apos;ensemble…</source>
        <translation>Overall assessment…</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="242"/>
        <source>Compétences évaluées (Ctrl+K)</source>
        <translation>Competencies assessed (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="244"/>
        <source>Signer la grille… (Ctrl+Maj+S)</source>
        <translation>Sign the sheet… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="245"/>
        <source>Observation générale (Ctrl+G)</source>
        <translation>General observation (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="246"/>
        <source>Rouvrir la grille… (Ctrl+R)</source>
        <translation>Reopen the sheet… (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>SignActions</name>
    <message>
        <location filename="../sign_actions.py" line="42"/>
        <source>La grille entière</source>
        <translation>The whole sheet</translation>
    </message>
    <message>
        <location filename="../sign_actions.py" line="61"/>
        <source>Cette grille est déjà signée.</source>
        <translation>This sheet is already signed.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../sign_dialog.py" line="112"/>
        <location filename="../sign_dialog.py" line="130"/>
        <source>Signer la grille</source>
        <translation>Sign the sheet</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="113"/>
        <source>Signer la grille de %1 — %2</source>
        <translation>Sign the sheet of %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../sign_dialog.py" line="116"/>
        <source>Les %n critères sont notés.</source>
        <translation>
            <numerusform>The %n criterion is marked.</numerusform>
            <numerusform>All %n criteria are marked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="118"/>
        <source>%1 / %2 critères notés : il reste des critères sans note.</source>
        <translation>%1 / %2 criteria marked: some criteria have no mark yet.</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="121"/>
        <source>Critères non notés :</source>
        <translation>Criteria not marked:</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="122"/>
        <source>Marqués « À discuter » :</source>
        <translation>Marked “to discuss”:</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="123"/>
        <source>Proposition de la règle : %1</source>
        <translation>The rule proposes: %1</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="126"/>
        <source>Une fois signée, la grille ne peut plus être modifiée. Pour la corriger, il faudra la rouvrir ; la réouverture est enregistrée dans l&apos;historique.</source>
        <translation>Once signed, the sheet can no longer be changed. To correct it you will have to reopen it; the reopening is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="129"/>
        <source>Signer</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="131"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../start_screen.py" line="98"/>
        <source>grader — grilles d&apos;évaluation du jury</source>
        <translation>grader — jury evaluation sheets</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="99"/>
        <source>Grilles d&apos;évaluation du jury</source>
        <translation>Jury evaluation sheets</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="101"/>
        <source>&lt;p&gt;&lt;b&gt;Juré&lt;/b&gt; : ouvrez la grille (.grille) que le responsable vous a remise, notez chaque candidat critère par critère, puis signez. Tout est enregistré au fur et à mesure, sans bouton « Enregistrer ».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Responsable pédagogique&lt;/b&gt; : créez une session à partir du référentiel, remettez à chaque juré sa grille, puis ouvrez la session pour réunir les grilles et délibérer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Juror&lt;/b&gt;: open the sheet (.grille) the pedagogical lead gave you, mark each candidate criterion by criterion, then sign. Everything is saved as you go, there is no “Save” button.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pedagogical lead&lt;/b&gt;: create a session from the référentiel, give each juror their sheet, then open the session to gather the sheets and deliberate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="108"/>
        <source>Ouvrir une grille (juré)</source>
        <translation>Open a sheet (juror)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="109"/>
        <source>Ouvrir une session (responsable)</source>
        <translation>Open a session (lead)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="110"/>
        <source>Nouvelle session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="111"/>
        <source>Essayer avec un exemple</source>
        <translation>Try with an example</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="112"/>
        <source>Fichiers récents (Entrée ou double-clic pour ouvrir)</source>
        <translation>Recent files (Enter or double-click to open)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="113"/>
        <source>Fichiers récents</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="115"/>
        <source>Vous pouvez aussi déposer un fichier .grille ou .jury sur cette fenêtre.</source>
        <translation>You can also drop a .grille or .jury file on this window.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="131"/>
        <source>Aucun fichier récent</source>
        <translation>No recent file</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="153"/>
        <source>Ouvrir une grille de juré</source>
        <translation>Open a juror&apos;s sheet</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="154"/>
        <source>Grilles de juré (*.grille)</source>
        <translation>Juror sheets (*.grille)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="159"/>
        <source>Ouvrir une session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="159"/>
        <source>Sessions de jury (*.jury)</source>
        <translation>Jury sessions (*.jury)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="179"/>
        <source>Session non créée</source>
        <translation>Session not created</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="192"/>
        <location filename="../start_screen.py" line="197"/>
        <source>Exemple indisponible</source>
        <translation>Example unavailable</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="193"/>
        <source>L&apos;exemple n&apos;a pas pu être préparé : %1</source>
        <translation>The example could not be prepared: %1</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="198"/>
        <source>L&apos;exemple n&apos;a produit aucune grille de juré.</source>
        <translation>The example produced no juror sheet.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../lead/stats_panel.py" line="128"/>
        <source>Accord entre les jurés, par épreuve</source>
        <translation>Agreement between jurors, per assessment</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="129"/>
        <source>Indulgence ou sévérité de chaque juré</source>
        <translation>Leniency or severity of each juror</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="130"/>
        <source>Accord entre les jurés</source>
        <translation>Agreement between jurors</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="131"/>
        <source>Indulgence des jurés</source>
        <translation>Jurors&apos; leniency</translation>
    </message>
    <message>
        <location filename="../lead/stats_panel.py" line="133"/>
        <source>Accord : part des critères sur lesquels les jurés ont donné la même note. Le kappa corrige l&apos;accord dû au hasard (1 = parfait, 0 = pas mieux que le hasard) ; sa lecture suit Landis et Koch : jusqu&apos;à 0,20 accord très faible, 0,40 faible, 0,60 modéré, 0,80 fort, au-delà presque parfait. Un juré est signalé quand sa part de critères acquis s&apos;écarte d&apos;au moins 15 points de celle des autres jurés sur les mêmes candidats, écart peu probable par hasard.</source>
        <translation>Agreement: share of the criteria on which the jurors gave the same mark. The kappa corrects for agreement due to chance (1 = perfect, 0 = no better than chance); it reads as Landis and Koch do: up to 0.20 slight agreement, 0.40 fair, 0.60 moderate, 0.80 substantial, beyond almost perfect. A juror is flagged when their share of criteria acquired differs by at least 15 points from the other jurors&apos; share on the same candidates, a gap unlikely to be chance.</translation>
    </message>
</context>
<context>
    <name>TakeOverLockDialog</name>
    <message>
        <location filename="../lock_dialog.py" line="36"/>
        <source>Fichier verrouillé</source>
        <translation>File locked</translation>
    </message>
    <message>
        <location filename="../lock_dialog.py" line="39"/>
        <source>%1 est encore verrouillé par %2.

Ce verrou a plus de %3 heures : le programme qui l&apos;a posé a sans doute été arrêté (ordinateur éteint, programme fermé de force). Si vous êtes sûr qu&apos;il n&apos;est plus ouvert, vous pouvez reprendre le fichier. S&apos;il l&apos;est encore, deux programmes écriraient le même fichier : fermez-le d&apos;abord là-bas.</source>
        <translation>%1 is still locked by %2.

This lock is more than %3 hours old: the program that set it was most likely stopped (computer switched off, program killed). If you are sure it is no longer open, you can take the file over. If it still is, two programs would write the same file: close it there first.</translation>
    </message>
    <message>
        <location filename="../lock_dialog.py" line="49"/>
        <source>Reprendre le fichier</source>
        <translation>Take the file over</translation>
    </message>
    <message>
        <location filename="../lock_dialog.py" line="50"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../timer.py" line="302"/>
        <source>écoulées (pas de durée prévue)</source>
        <translation>elapsed (no planned duration)</translation>
    </message>
    <message numerus="yes">
        <location filename="../timer.py" line="304"/>
        <source>de dépassement sur %n min</source>
        <translation>
            <numerusform>over the %n min</numerusform>
            <numerusform>over the %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../timer.py" line="306"/>
        <source>restantes sur %n min</source>
        <translation>
            <numerusform>left of %n min</numerusform>
            <numerusform>left of %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../timer.py" line="311"/>
        <source>Pause (Ctrl+T)</source>
        <translation>Pause (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../timer.py" line="311"/>
        <source>Démarrer (Ctrl+T)</source>
        <translation>Start (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../timer.py" line="81"/>
        <source>Remettre à zéro</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../timer.py" line="73"/>
        <source>Remettre à zéro le chronomètre de %1 ? Le temps écoulé (%2) sera effacé.</source>
        <translation>Reset the clock of %1? The elapsed time (%2) will be erased.</translation>
    </message>
    <message>
        <location filename="../timer.py" line="82"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../timer.py" line="221"/>
        <source>cette soutenance</source>
        <translation>this soutenance</translation>
    </message>
    <message>
        <location filename="../timer.py" line="314"/>
        <source>Remettre à zéro…</source>
        <translation>Reset…</translation>
    </message>
    <message>
        <location filename="../timer.py" line="316"/>
        <source>Grand</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../timer.py" line="317"/>
        <source>Chronomètre en grand (Ctrl+Maj+T)</source>
        <translation>Large clock (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../timer.py" line="318"/>
        <source>Démarrer ou mettre en pause le chronomètre</source>
        <translation>Start or pause the timer</translation>
    </message>
    <message>
        <location filename="../timer.py" line="72"/>
        <location filename="../timer.py" line="319"/>
        <source>Remettre le chronomètre à zéro</source>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <location filename="../timer.py" line="320"/>
        <source>Chronomètre en grand</source>
        <translation>Large clock</translation>
    </message>
    <message>
        <location filename="../timer.py" line="321"/>
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
</context>
</TS>
