<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../candidates_view.py" line="124"/>
        <source>Rechercher un candidat (Ctrl+F)</source>
        <translation>Search for a candidate (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../candidates_view.py" line="125"/>
        <source>Rechercher un candidat par son nom</source>
        <translation>Search for a candidate by name</translation>
    </message>
    <message>
        <location filename="../candidates_view.py" line="126"/>
        <source>Liste des candidats</source>
        <translation>Candidates</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../dialogs.py" line="93"/>
        <source>À discuter</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="94"/>
        <source>Marquer « À discuter » : %1</source>
        <translation>Mark “to discuss”: %1</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="95"/>
        <source>Note pour la délibération (facultative)</source>
        <translation>Note for the deliberation (optional)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="96"/>
        <source>Note pour la délibération</source>
        <translation>Note for the deliberation</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="97"/>
        <source>Marquer</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="98"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GradingWindow</name>
    <message>
        <location filename="../grading_window.py" line="166"/>
        <source>Grille de %1 — %2</source>
        <translation>Sheet of %1 — %2</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="168"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="169"/>
        <source>&amp;Grille</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="170"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="171"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="173"/>
        <source>Candidat suivant</source>
        <translation>Next candidate</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="174"/>
        <source>Candidat précédent</source>
        <translation>Previous candidate</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="175"/>
        <source>Démarrer / arrêter le chronomètre</source>
        <translation>Start / stop the timer</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="176"/>
        <source>Signer la grille…</source>
        <translation>Sign the sheet…</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="177"/>
        <source>Rouvrir la grille…</source>
        <translation>Reopen the sheet…</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="178"/>
        <source>Critère « À discuter »…</source>
        <translation>Criterion “to discuss”…</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="179"/>
        <source>Grille entière « À discuter »…</source>
        <translation>Whole sheet “to discuss”…</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="180"/>
        <source>Rechercher un candidat</source>
        <translation>Search for a candidate</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="181"/>
        <source>Épreuve suivante</source>
        <translation>Next assessment</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="182"/>
        <source>Compétences évaluées</source>
        <translation>Competencies assessed</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="183"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="183"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="187"/>
        <source>Épreuve :</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="188"/>
        <source>Épreuve à noter</source>
        <translation>Assessment to grade</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="189"/>
        <source>Grille des critères</source>
        <translation>Criteria grid</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="264"/>
        <source>Aucun candidat</source>
        <translation>No candidate</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="274"/>
        <source>Signée</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="278"/>
        <source>Grille signée le %1 : lecture seule. Pour la corriger, « Rouvrir la grille » (Ctrl+R).</source>
        <translation>Sheet signed on %1: read only. To correct it, “Reopen the sheet” (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="283"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="289"/>
        <source>Enregistré à %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="300"/>
        <source>Non enregistré : %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../grading_window.py" line="331"/>
        <source>Cette grille est signée : rouvrez-la (Ctrl+R) pour la modifier.</source>
        <translation>This sheet is signed: reopen it (Ctrl+R) to change it.</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <location filename="../grid_delegate.py" line="71"/>
        <source>À discuter</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <location filename="../grid_delegate.py" line="132"/>
        <source>Entrée : écrire une observation</source>
        <translation>Enter: write an observation</translation>
    </message>
    <message>
        <location filename="../grid_delegate.py" line="207"/>
        <source>Points du critère</source>
        <translation>Points for the criterion</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../grid_model.py" line="237"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="238"/>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="239"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="298"/>
        <source>Non noté</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="310"/>
        <source>à discuter</source>
        <translation>to discuss</translation>
    </message>
    <message>
        <location filename="../grid_model.py" line="316"/>
        <source>Pas d&apos;observation</source>
        <translation>No observation</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../candidates_model.py" line="32"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../candidates_model.py" line="33"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../candidates_model.py" line="34"/>
        <source>signée</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../candidates_model.py" line="42"/>
        <source>tiers-temps</source>
        <translation>extra time</translation>
    </message>
    <message>
        <location filename="../candidates_model.py" line="43"/>
        <source>aménagement</source>
        <translation>accommodation</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../navigation.py" line="48"/>
        <source>%1 n&apos;est ni une grille de juré (.grille) ni une session (.jury).</source>
        <translation>%1 is neither a juror&apos;s sheet (.grille) nor a session (.jury).</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="51"/>
        <source>Fichier non reconnu</source>
        <translation>File not recognised</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="55"/>
        <source>Impossible d&apos;ouvrir le fichier</source>
        <translation>The file cannot be opened</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../new_session_dialog.py" line="88"/>
        <source>Nouvelle session de jury</source>
        <translation>New jury session</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="89"/>
        <source>Référentiel :</source>
        <translation>Référentiel:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="89"/>
        <source>Intitulé :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="89"/>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="90"/>
        <source>Lieu :</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="90"/>
        <source>Fichier de session :</source>
        <translation>Session file:</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="95"/>
        <source>par défaut, le titre du référentiel</source>
        <translation>by default, the référentiel&apos;s title</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="96"/>
        <source>par ex. Lyon, salle 204</source>
        <translation>e.g. Lyon, room 204</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="97"/>
        <source>où enregistrer la session (.jury)</source>
        <translation>where to save the session (.jury)</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="98"/>
        <source>Autre fichier…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="99"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="100"/>
        <source>Référentiel</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="101"/>
        <source>Date de la session</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="102"/>
        <source>Fichier de session</source>
        <translation>Session file</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="103"/>
        <source>Créer la session</source>
        <translation>Create the session</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="104"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="113"/>
        <source>Choisir un référentiel</source>
        <translation>Choose a référentiel</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="114"/>
        <source>Référentiels (*.yaml *.yml)</source>
        <translation>Référentiels (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="121"/>
        <source>Enregistrer la session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="122"/>
        <source>Sessions de jury (*.jury)</source>
        <translation>Jury sessions (*.jury)</translation>
    </message>
    <message>
        <location filename="../new_session_dialog.py" line="141"/>
        <source>Choisissez un référentiel et l&apos;emplacement du fichier de session.</source>
        <translation>Choose a référentiel and where to save the session file.</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <location filename="../grid_delegate.py" line="34"/>
        <source>Observation sur le critère</source>
        <translation>Observation on the criterion</translation>
    </message>
    <message>
        <location filename="../grid_delegate.py" line="35"/>
        <source>Observation… (Entrée ou Échap pour terminer)</source>
        <translation>Observation… (Enter or Esc to finish)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../dialogs.py" line="44"/>
        <source>Rouvrir la grille signée</source>
        <translation>Reopen the signed sheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="46"/>
        <source>La grille de %1 est signée. La rouvrir retire la signature : il faudra la signer à nouveau. La réouverture est enregistrée dans l&apos;historique.</source>
        <translation>The sheet of %1 is signed. Reopening it removes the signature: it will have to be signed again. The reopening is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="49"/>
        <source>Motif (facultatif), par ex. erreur de saisie</source>
        <translation>Reason (optional), e.g. typing mistake</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>Motif de la réouverture</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="52"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../session_window.py" line="38"/>
        <source>Session — %1</source>
        <translation>Session — %1</translation>
    </message>
    <message>
        <location filename="../session_window.py" line="42"/>
        <source>Date : %1 — Lieu : %2</source>
        <translation>Date: %1 — Place: %2</translation>
    </message>
    <message>
        <location filename="../session_window.py" line="43"/>
        <source>Membres du jury : %1</source>
        <translation>Jury members: %1</translation>
    </message>
    <message>
        <location filename="../session_window.py" line="45"/>
        <source>Candidats : %1</source>
        <translation>Candidates: %1</translation>
    </message>
    <message>
        <location filename="../session_window.py" line="47"/>
        <source>La fenêtre de délibération (fusion des grilles, décisions, procès-verbal) s&apos;ouvrira ici. En attendant, utilisez les commandes « grader merge » et « grader export ».</source>
        <translation>The deliberation window (merging the sheets, decisions, minutes) will open here. Meanwhile, use the “grader merge” and “grader export” commands.</translation>
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
        <location filename="../dialogs.py" line="117"/>
        <source>↑ / ↓ ou J / K</source>
        <translation>↑ / ↓ or J / K</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="118"/>
        <source>Critère précédent / suivant</source>
        <translation>Previous / next criterion</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="119"/>
        <source>1 … n</source>
        <translation>1 … n</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="120"/>
        <source>Choisir le niveau (dans l&apos;ordre de l&apos;échelle)</source>
        <translation>Choose the level (in the scale&apos;s order)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="121"/>
        <source>A / N</source>
        <translation>A / N</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="122"/>
        <source>Acquis / Non acquis (initiale du niveau)</source>
        <translation>Acquis / Non acquis (the level&apos;s initial)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="123"/>
        <source>0 ou Retour arrière</source>
        <translation>0 or Backspace</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="124"/>
        <source>Effacer la note du critère</source>
        <translation>Clear the criterion&apos;s mark</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="125"/>
        <source>Chiffres (barème en points)</source>
        <translation>Digits (points scale)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="126"/>
        <source>Nombre de points ; F2 pour une demi-valeur</source>
        <translation>Number of points; F2 for a half value</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="127"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="128"/>
        <source>Écrire l&apos;observation du critère</source>
        <translation>Write the criterion&apos;s observation</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="129"/>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="130"/>
        <source>Quitter l&apos;observation (le texte est gardé)</source>
        <translation>Leave the observation (the text is kept)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="131"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="132"/>
        <source>Critère « À discuter » (avec une note)</source>
        <translation>Criterion “to discuss” (with a note)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="133"/>
        <source>Ctrl+Maj+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="134"/>
        <source>Grille entière « À discuter »</source>
        <translation>Whole sheet “to discuss”</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>Ctrl+→ / Ctrl+←</source>
        <translation>Ctrl+→ / Ctrl+←</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136"/>
        <source>Candidat suivant / précédent</source>
        <translation>Next / previous candidate</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="137"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="137"/>
        <source>Épreuve suivante</source>
        <translation>Next assessment</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>Rechercher un candidat</source>
        <translation>Search for a candidate</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="139"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="140"/>
        <source>Démarrer / mettre en pause le chronomètre</source>
        <translation>Start / pause the timer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="141"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="142"/>
        <source>Afficher les compétences évaluées</source>
        <translation>Show the competencies assessed</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="143"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="143"/>
        <source>Signer la grille</source>
        <translation>Sign the sheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="144"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="144"/>
        <source>Rouvrir une grille signée</source>
        <translation>Reopen a signed sheet</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="145"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="145"/>
        <source>Cette aide</source>
        <translation>This help</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs.py" line="168"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="169"/>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="169"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../side_panel.py" line="157"/>
        <source>%1 / %2 critères notés</source>
        <translation>%1 / %2 criteria marked</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="164"/>
        <source>Proposition pour le bloc %1</source>
        <translation>Proposal for bloc %1</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="167"/>
        <source>Grille entière « À discuter » (Ctrl+Maj+D)</source>
        <translation>Whole sheet “to discuss” (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="168"/>
        <source>Observation générale</source>
        <translation>General observation</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="169"/>
        <source>Observation générale sur la grille</source>
        <translation>General observation on the sheet</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="170"/>
        <source>Appréciation d&apos;ensemble…</source>
        <translation>Overall assessment…</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="171"/>
        <source>Compétences évaluées (Ctrl+K)</source>
        <translation>Competencies assessed (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="172"/>
        <source>Signer la grille… (Ctrl+S)</source>
        <translation>Sign the sheet… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="173"/>
        <source>Rouvrir la grille… (Ctrl+R)</source>
        <translation>Reopen the sheet… (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>SignActions</name>
    <message>
        <location filename="../sign_actions.py" line="41"/>
        <source>La grille entière</source>
        <translation>The whole sheet</translation>
    </message>
    <message>
        <location filename="../sign_actions.py" line="60"/>
        <source>Cette grille est déjà signée.</source>
        <translation>This sheet is already signed.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../sign_dialog.py" line="88"/>
        <location filename="../sign_dialog.py" line="106"/>
        <source>Signer la grille</source>
        <translation>Sign the sheet</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="89"/>
        <source>Signer la grille de %1 — %2</source>
        <translation>Sign the sheet of %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../sign_dialog.py" line="92"/>
        <source>Les %n critères sont notés.</source>
        <translation>
            <numerusform>The %n criterion is marked.</numerusform>
            <numerusform>All %n criteria are marked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="94"/>
        <source>%1 / %2 critères notés : il reste des critères sans note.</source>
        <translation>%1 / %2 criteria marked: some criteria have no mark yet.</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="97"/>
        <source>Critères non notés :</source>
        <translation>Criteria not marked:</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="98"/>
        <source>Marqués « À discuter » :</source>
        <translation>Marked “to discuss”:</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="99"/>
        <source>Proposition de la règle : %1</source>
        <translation>The rule proposes: %1</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="102"/>
        <source>Une fois signée, la grille ne peut plus être modifiée. Pour la corriger, il faudra la rouvrir ; la réouverture est enregistrée dans l&apos;historique.</source>
        <translation>Once signed, the sheet can no longer be changed. To correct it you will have to reopen it; the reopening is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="105"/>
        <source>Signer</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../sign_dialog.py" line="107"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../start_screen.py" line="90"/>
        <source>grader — grilles d&apos;évaluation du jury</source>
        <translation>grader — jury evaluation sheets</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="91"/>
        <source>Grilles d&apos;évaluation du jury</source>
        <translation>Jury evaluation sheets</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="93"/>
        <source>&lt;p&gt;&lt;b&gt;Juré&lt;/b&gt; : ouvrez la grille (.grille) que le responsable vous a remise, notez chaque candidat critère par critère, puis signez. Tout est enregistré au fur et à mesure, sans bouton « Enregistrer ».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Responsable pédagogique&lt;/b&gt; : créez une session à partir du référentiel, remettez à chaque juré sa grille, puis ouvrez la session pour réunir les grilles et délibérer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Juror&lt;/b&gt;: open the sheet (.grille) the pedagogical lead gave you, mark each candidate criterion by criterion, then sign. Everything is saved as you go, there is no “Save” button.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pedagogical lead&lt;/b&gt;: create a session from the référentiel, give each juror their sheet, then open the session to gather the sheets and deliberate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="100"/>
        <source>Ouvrir une grille (juré)</source>
        <translation>Open a sheet (juror)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="101"/>
        <source>Ouvrir une session (responsable)</source>
        <translation>Open a session (lead)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="102"/>
        <source>Nouvelle session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="103"/>
        <source>Essayer avec un exemple</source>
        <translation>Try with an example</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="104"/>
        <source>Fichiers récents (Entrée ou double-clic pour ouvrir)</source>
        <translation>Recent files (Enter or double-click to open)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="105"/>
        <source>Fichiers récents</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="107"/>
        <source>Vous pouvez aussi déposer un fichier .grille ou .jury sur cette fenêtre.</source>
        <translation>You can also drop a .grille or .jury file on this window.</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="123"/>
        <source>Aucun fichier récent</source>
        <translation>No recent file</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="145"/>
        <source>Ouvrir une grille de juré</source>
        <translation>Open a juror&apos;s sheet</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="146"/>
        <source>Grilles de juré (*.grille)</source>
        <translation>Juror sheets (*.grille)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="151"/>
        <source>Ouvrir une session</source>
        <translation>Open a session</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="151"/>
        <source>Sessions de jury (*.jury)</source>
        <translation>Jury sessions (*.jury)</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="167"/>
        <source>Session non créée</source>
        <translation>Session not created</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="180"/>
        <location filename="../start_screen.py" line="185"/>
        <source>Exemple indisponible</source>
        <translation>Example unavailable</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="181"/>
        <source>L&apos;exemple n&apos;a pas pu être préparé : %1</source>
        <translation>The example could not be prepared: %1</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="186"/>
        <source>L&apos;exemple n&apos;a produit aucune grille de juré.</source>
        <translation>The example produced no juror sheet.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../timer.py" line="147"/>
        <source>écoulées (pas de durée prévue)</source>
        <translation>elapsed (no planned duration)</translation>
    </message>
    <message numerus="yes">
        <location filename="../timer.py" line="149"/>
        <source>de dépassement sur %n min</source>
        <translation>
            <numerusform>over the %n min</numerusform>
            <numerusform>over the %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../timer.py" line="151"/>
        <source>restantes sur %n min</source>
        <translation>
            <numerusform>left of %n min</numerusform>
            <numerusform>left of %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../timer.py" line="156"/>
        <source>Pause (Ctrl+T)</source>
        <translation>Pause (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../timer.py" line="156"/>
        <source>Démarrer (Ctrl+T)</source>
        <translation>Start (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../timer.py" line="158"/>
        <source>Remettre à zéro</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../timer.py" line="159"/>
        <source>Démarrer ou mettre en pause le chronomètre</source>
        <translation>Start or pause the timer</translation>
    </message>
    <message>
        <location filename="../timer.py" line="160"/>
        <source>Remettre le chronomètre à zéro</source>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <location filename="../timer.py" line="161"/>
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
</context>
</TS>
