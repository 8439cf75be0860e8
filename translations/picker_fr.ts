<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutScreens</name>
    <message>
        <source>Also keep in mind</source>
        <translation>À garder aussi en tête</translation>
    </message>
    <message>
        <source>For “{routine}”</source>
        <translation>Pour «&#xa0;{routine}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CautionsDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Before you start: {routine}</source>
        <translation>Avant de commencer&#xa0;: {routine}</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>More below: scroll with the mouse wheel, the arrow keys or Page Down.</source>
        <translation>Suite plus bas&#xa0;: faites défiler avec la molette, les flèches ou Page suivante.</translation>
    </message>
    <message>
        <source>Don&apos;t show these again for this routine</source>
        <translation>Ne plus les afficher pour cette routine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>StretchDesk routines (*.stretchdesk.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Routines StretchDesk (*.stretchdesk.yaml *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exporter une routine</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>stretchdesk: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it from a desktop session, or set QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen) to run without a screen.</source>
        <translation>stretchdesk&#xa0;: aucun écran où ouvrir une fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n’est défini).
Lancez-le depuis une session de bureau, ou définissez QT_QPA_PLATFORM (par exemple QT_QPA_PLATFORM=offscreen) pour le lancer sans écran.</translation>
    </message>
    <message>
        <source>stretchdesk: StretchDesk&apos;s own data is damaged: {problem}</source>
        <translation>stretchdesk&#xa0;: les données fournies avec StretchDesk sont endommagées&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>stretchdesk: there is no routine {routine}. Routines: {known}</source>
        <translation>stretchdesk&#xa0;: la routine {routine} n’existe pas. Routines&#xa0;: {known}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sound muted</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Line {line}</source>
        <translation>Ligne {line}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the folder of these files</source>
        <translation>Afficher le dossier de ces fichiers</translation>
    </message>
    <message>
        <source>Routine files that could not be used</source>
        <translation>Fichiers de routine inutilisables</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n of your routine files could not be used. The other routines are ready.</source>
        <translation>
            <numerusform>⚠ %n de vos fichiers de routine n’a pas pu être utilisé. Les autres routines sont prêtes.</numerusform>
            <numerusform>⚠ %n de vos fichiers de routine n’ont pas pu être utilisés. Les autres routines sont prêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n of your routine file could not be used. The other routines are ready.</source>
        <translation>
            <numerusform>⚠ %n de vos fichiers de routine n’a pas pu être utilisé. Les autres routines sont prêtes.</numerusform>
            <numerusform>⚠ %n de vos fichiers de routine n’ont pas pu être utilisés. Les autres routines sont prêtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Annuler  (Ctrl+Z)</translation>
    </message>
    <message>
        <source>“{name}” comes with StretchDesk and cannot be changed; here is a copy of it to change.</source>
        <translation>«&#xa0;{name}&#xa0;» est fournie avec StretchDesk et ne peut pas être modifiée&#x202f;; en voici une copie à modifier.</translation>
    </message>
    <message>
        <source>Finish or close the routine you are editing first.</source>
        <translation>Terminez ou fermez d’abord la routine en cours de modification.</translation>
    </message>
    <message>
        <source>“{name}” comes with StretchDesk and cannot be deleted.</source>
        <translation>«&#xa0;{name}&#xa0;» est fournie avec StretchDesk et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>“{name}” is open in the editor; close it there first.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouverte dans l’éditeur&#x202f;; fermez-la d’abord.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>Routine «&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>Routine «&#xa0;{name}&#xa0;» rétablie.</translation>
    </message>
    <message>
        <source>Imported: “{name}”.</source>
        <translation>Importée&#xa0;: «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Imported as a copy: “{name}”.</source>
        <translation>Importée en copie&#xa0;: «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Imported in place of yours: “{name}”.</source>
        <translation>Importée à la place de la vôtre&#xa0;: «&#xa0;{name}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RoutineButtons</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Duplicate to change it</source>
        <translation>Copier pour modifier</translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation>Modifier cette routine</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Build a routine of your own</source>
        <translation>Composer votre propre routine</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Start a routine of your own from this one</source>
        <translation>Partir de celle-ci pour composer la vôtre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this routine of yours</source>
        <translation>Supprimer cette routine personnelle</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add a routine someone shared with you</source>
        <translation>Ajouter une routine que l’on vous a partagée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this routine as a file to share</source>
        <translation>Enregistrer cette routine dans un fichier à partager</translation>
    </message>
    <message>
        <source>Presets cannot be changed: start your own copy of it</source>
        <translation>Les routines fournies ne se modifient pas&#xa0;: partez d’une copie personnelle</translation>
    </message>
    <message>
        <source>Presets cannot be deleted</source>
        <translation>Les routines fournies ne se suppriment pas</translation>
    </message>
    <message>
        <source>Delete this routine of yours ({key})</source>
        <translation>Supprimer cette routine personnelle ({key})</translation>
    </message>
</context>
<context>
    <name>RoutineCounts</name>
    <message numerus="yes">
        <source>%n stretch</source>
        <translation>
            <numerusform>%n étirement</numerusform>
            <numerusform>%n étirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretches</source>
        <translation>
            <numerusform>%n étirement</numerusform>
            <numerusform>%n étirements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>What each stretch works (click one, or press I, for more):</source>
        <translation>Ce que travaille chaque étirement (cliquez dessus ou appuyez sur I pour en savoir plus)&#xa0;:</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>sol</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chaise</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>lit</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>débutant</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>avancé</translation>
    </message>
    <message>
        <source>{minutes}:00</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{minutes}:{seconds}</source>
        <translation>{minutes}&#xa0;min&#xa0;{seconds}</translation>
    </message>
    <message>
        <source>Needs nothing but a little space</source>
        <translation>Un peu de place suffit</translation>
    </message>
    <message>
        <source>Needs: {needs}</source>
        <translation>Il faut&#xa0;: {needs}</translation>
    </message>
    <message>
        <source>Needs: {needs} (no floor)</source>
        <translation>Il faut&#xa0;: {needs} (sans aller au sol)</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation>Démarrer  (Entrée)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Démarrer cette routine (Entrée)</translation>
    </message>
    <message>
        <source>Warning signs  (W)</source>
        <translation>Signes d’alerte  (W)</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <source>When to see a doctor instead of stretching (W)</source>
        <translation>Quand consulter un médecin plutôt que de s’étirer (W)</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>À propos de cette routine</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}  (la vôtre)</translation>
    </message>
    <message>
        <source>{length} at {level} level</source>
        <translation>{length} au niveau {level}</translation>
    </message>
    <message>
        <source>You chose not to see this routine&apos;s cautions again.</source>
        <translation>Vous avez choisi de ne plus voir les précautions de cette routine.</translation>
    </message>
    <message>
        <source>⚠ Read the cautions for these stretches before you begin; they are shown when you start.</source>
        <translation>⚠ Lisez les précautions de ces étirements avant de commencer&#x202f;; elles s’affichent au démarrage.</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Choose a routine</source>
        <translation>Choisir une routine</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings (S or Ctrl+,)</source>
        <translation>Paramètres (S ou Ctrl+,)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Arrow keys choose a routine; Enter starts it.</source>
        <translation>Les flèches choisissent une routine&#x202f;; Entrée la démarre.</translation>
    </message>
    <message>
        <source>History  (H)</source>
        <translation>Historique  (H)</translation>
    </message>
    <message>
        <source>Your streak, minutes and back scores over time (H)</source>
        <translation>Votre série, vos minutes et l’état de votre dos au fil du temps (H)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Vos routines</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Welcome to StretchDesk</source>
        <translation>Bienvenue dans StretchDesk</translation>
    </message>
    <message>
        <source>Please read this once before your first stretch.</source>
        <translation>Lisez ceci une fois avant votre premier étirement.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <source>You can read this again at any time: press W in the routine list.</source>
        <translation>Vous pourrez le relire à tout moment&#xa0;: appuyez sur W dans la liste des routines.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>J’ai lu ces conseils</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A guided stretching session is running</source>
        <translation>Une séance d’étirements guidée est en cours</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>{file}, a file that cannot be read</source>
        <translation>{file}, un fichier illisible</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was changed.

{problem}</source>
        <translation>Impossible d’importer {file}&#x202f;; rien n’a été modifié.

{problem}</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>{file} could not be written ({problem}).</source>
        <translation>Impossible d’écrire {file} ({problem}).</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}</source>
        <translation>«&#xa0;{name}&#xa0;» exportée dans {file}</translation>
    </message>
</context>
<context>
    <name>StretchOverview</name>
    <message>
        <source>More about this stretch (I)</source>
        <translation>En savoir plus sur cet étirement (I)</translation>
    </message>
</context>
</TS>
