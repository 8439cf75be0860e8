<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DraftModel</name>
    <message>
        <source>{id} (no such stretch any more)</source>
        <translation>{id} (cet étirement n’existe plus)</translation>
    </message>
    <message>
        <source>hold {seconds} s (set here)</source>
        <translation>maintien {seconds}&#xa0;s (réglé ici)</translation>
    </message>
    <message>
        <source>hold {seconds} s</source>
        <translation>maintien {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{times} (set here)</source>
        <translation>{times} (réglé ici)</translation>
    </message>
    <message>
        <source>alternate (set here)</source>
        <translation>côtés alternés (réglé ici)</translation>
    </message>
    <message>
        <source>one side first (set here)</source>
        <translation>un côté après l’autre (réglé ici)</translation>
    </message>
    <message>
        <source>from intermediate level</source>
        <translation>dès le niveau intermédiaire</translation>
    </message>
    <message>
        <source>from advanced level</source>
        <translation>dès le niveau avancé</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save as a &amp;new routine</source>
        <translation>Enregistrer comme &amp;nouvelle routine</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find a stretch</source>
        <translation>&amp;Chercher un étirement</translation>
    </message>
</context>
<context>
    <name>EditorQuestions</name>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Enregistrer les modifications de «&#x202f;{name}&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>Save the changes to this new routine?</source>
        <translation>Enregistrer cette nouvelle routine&#x202f;?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>The routine changed</source>
        <translation>La routine a changé</translation>
    </message>
    <message>
        <source>{message}.

Replace that version with yours, or keep it and save yours as a new routine?</source>
        <translation>{message}.

Remplacer cette version par la vôtre, ou la garder et enregistrer la vôtre comme nouvelle routine&#x202f;?</translation>
    </message>
    <message>
        <source>Save as a &amp;new routine</source>
        <translation>Enregistrer comme &amp;nouvelle routine</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>You were editing “{name}” and it was not saved. Carry on with it?</source>
        <translation>Vous modifiiez «&#x202f;{name}&#x202f;» et la routine n’a pas été enregistrée. La reprendre&#x202f;?</translation>
    </message>
    <message>
        <source>You were editing a new routine and it was not saved. Carry on with it?</source>
        <translation>Vous créiez une nouvelle routine et elle n’a pas été enregistrée. La reprendre&#x202f;?</translation>
    </message>
    <message>
        <source>Unsaved routine</source>
        <translation>Routine non enregistrée</translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation>&amp;La reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;L’abandonner</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete your routine “{name}”? You can undo this for a few seconds.</source>
        <translation>Supprimer votre routine «&#x202f;{name}&#x202f;»&#x202f;? Vous pourrez l’annuler pendant quelques secondes.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EditorSaving</name>
    <message>
        <source>Not saved yet. {problem}</source>
        <translation>Pas encore enregistrée. {problem}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistrée.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Saved “{name}”: it is in the routine list.</source>
        <translation>«&#x202f;{name}&#x202f;» est enregistrée&#xa0;: elle figure dans la liste des routines.</translation>
    </message>
    <message>
        <source>Your changes could not be kept in {file} ({reason}); save the routine to keep them.</source>
        <translation>Vos modifications n’ont pas pu être gardées dans {file} ({reason})&#x202f;; enregistrez la routine pour les conserver.</translation>
    </message>
    <message>
        <source>A copy of {file}: the file itself is left as it is. Save to keep the copy.</source>
        <translation>Une copie de {file}&#xa0;: le fichier lui-même reste tel quel. Enregistrez pour garder la copie.</translation>
    </message>
    <message>
        <source>This routine&apos;s file is gone (deleted or moved outside the editor). Save it as a new routine to keep it (Ctrl+Shift+S).</source>
        <translation>Le fichier de cette routine a disparu (supprimé ou déplacé hors de l’éditeur). Enregistrez-la comme nouvelle routine pour la garder (Ctrl+Maj+S).</translation>
    </message>
    <message>
        <source>Its file was changed outside the editor; this is how it is now.</source>
        <translation>Son fichier a été modifié hors de l’éditeur&#x202f;; voici la routine telle qu’elle est maintenant.</translation>
    </message>
    <message>
        <source>Its file was changed outside the editor; saving will ask which version to keep.</source>
        <translation>Son fichier a été modifié hors de l’éditeur&#x202f;; à l’enregistrement, vous choisirez la version à garder.</translation>
    </message>
</context>
<context>
    <name>EditorSteps</name>
    <message>
        <source>Change the name</source>
        <translation>le changement de nom</translation>
    </message>
    <message>
        <source>Change the purpose</source>
        <translation>le changement d’objectif</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>From {file}, a StretchDesk export (format {version})</source>
        <translation>De {file}, un export StretchDesk (format {version})</translation>
    </message>
    <message>
        <source>From {file}, a routine file</source>
        <translation>De {file}, un fichier de routine</translation>
    </message>
    <message>
        <source>Length: {lengths}</source>
        <translation>Durée&#xa0;: {lengths}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation>Importer comme &amp;copie</translation>
    </message>
    <message>
        <source>&amp;Replace yours</source>
        <translation>&amp;Remplacer la vôtre</translation>
    </message>
    <message>
        <source>Your routine “{name}” has the same id. Import this one as a copy beside it, or replace yours with it?</source>
        <translation>Votre routine «&#x202f;{name}&#x202f;» a le même identifiant. Importer celle-ci comme copie à côté, ou remplacer la vôtre par celle-ci&#x202f;?</translation>
    </message>
    <message>
        <source>“{name}” has the same id and cannot be replaced; this one can be imported as a copy.</source>
        <translation>«&#x202f;{name}&#x202f;» a le même identifiant et ne peut pas être remplacée&#x202f;; celle-ci peut être importée comme copie.</translation>
    </message>
    <message>
        <source>A routine of this name is there already; this one is imported as a copy.</source>
        <translation>Une routine porte déjà ce nom&#x202f;; celle-ci est importée comme copie.</translation>
    </message>
</context>
<context>
    <name>ItemCounts</name>
    <message numerus="yes">
        <source>%n time each side</source>
        <translation>
            <numerusform>%n fois de chaque côté</numerusform>
            <numerusform>%n fois de chaque côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times each side</source>
        <translation>
            <numerusform>%n fois de chaque côté</numerusform>
            <numerusform>%n fois de chaque côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Stretches in this routine</source>
        <translation>Étirements de cette routine</translation>
    </message>
    <message>
        <source>Stretches &amp;in this routine</source>
        <translation>Étirements de cette &amp;routine</translation>
    </message>
    <message>
        <source>Remove  (Delete)</source>
        <translation>Retirer  (Suppr)</translation>
    </message>
    <message>
        <source>Move up  (Alt+↑)</source>
        <translation>Monter  (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down  (Alt+↓)</source>
        <translation>Descendre  (Alt+↓)</translation>
    </message>
    <message>
        <source>Duplicate  (Ctrl+D)</source>
        <translation>Dupliquer  (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Alternate sides</source>
        <translation>Alterner les côtés</translation>
    </message>
    <message>
        <source>One side first</source>
        <translation>Un côté après l’autre</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>Ré&amp;pétitions</translation>
    </message>
    <message>
        <source>Si&amp;de order</source>
        <translation>&amp;Ordre des côtés</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Side order</source>
        <translation>Ordre des côtés</translation>
    </message>
    <message>
        <source>Use the inherited hold again</source>
        <translation>Reprendre le maintien hérité</translation>
    </message>
    <message>
        <source>Reset hold</source>
        <translation>Rétablir le maintien</translation>
    </message>
    <message>
        <source>Use the inherited repetitions again</source>
        <translation>Reprendre les répétitions héritées</translation>
    </message>
    <message>
        <source>Reset repetitions</source>
        <translation>Rétablir les répétitions</translation>
    </message>
    <message>
        <source>Use the inherited side order again</source>
        <translation>Reprendre l’ordre des côtés hérité</translation>
    </message>
    <message>
        <source>Reset side order</source>
        <translation>Rétablir l’ordre des côtés</translation>
    </message>
    <message>
        <source>Chosen stretch: none</source>
        <translation>Étirement choisi&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Chosen stretch: {name}</source>
        <translation>Étirement choisi&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Your own; inherited: {seconds} s from {source}</source>
        <translation>Votre réglage&#x202f;; hérité&#xa0;: {seconds}&#xa0;s ({source})</translation>
    </message>
    <message>
        <source>Inherited from {source}</source>
        <translation>Hérité&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation>Les deux côtés à la fois</translation>
    </message>
    <message>
        <source>Your own; inherited: {order} from {source}</source>
        <translation>Votre réglage&#x202f;; hérité&#xa0;: {order} ({source})</translation>
    </message>
    <message>
        <source>Your own per side; inherited: {reps} from {source}</source>
        <translation>Votre réglage, par côté&#x202f;; hérité&#xa0;: {reps} ({source})</translation>
    </message>
    <message>
        <source>Your own; inherited: {reps} from {source}</source>
        <translation>Votre réglage&#x202f;; hérité&#xa0;: {reps} ({source})</translation>
    </message>
    <message>
        <source>Inherited per side from {source}</source>
        <translation>Hérité, par côté&#xa0;: {source}</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Enregistrer  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Fermer  (Échap)</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>l’ajout de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>le retrait de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>le déplacement de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Duplicate {name}</source>
        <translation>la copie de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Change the hold of {name}</source>
        <translation>le changement du maintien de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Reset the hold of {name}</source>
        <translation>le retour au maintien hérité de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Change the repetitions of {name}</source>
        <translation>le changement des répétitions de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Reset the repetitions of {name}</source>
        <translation>le retour aux répétitions héritées de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Change the side order of {name}</source>
        <translation>le changement de l’ordre des côtés de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Reset the side order of {name}</source>
        <translation>le retour à l’ordre des côtés hérité de «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>{name}[*] — Routine editor</source>
        <translation>{name}[*] — Éditeur de routine</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
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
        <source>{level} {duration} (your level)</source>
        <translation>{level} {duration} (votre niveau)</translation>
    </message>
    <message>
        <source>{level} {duration}</source>
        <translation>{level} {duration}</translation>
    </message>
    <message>
        <source>What you will call it, e.g. Evening back</source>
        <translation>Le nom que vous lui donnez, p. ex. Dos du soir</translation>
    </message>
    <message>
        <source>What it is for, in a sentence</source>
        <translation>À quoi elle sert, en une phrase</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>nothing but a little space</source>
        <translation>rien qu’un peu de place</translation>
    </message>
    <message>
        <source>no stretches yet</source>
        <translation>pas encore d’étirement</translation>
    </message>
</context>
<context>
    <name>StretchList</name>
    <message>
        <source>Floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Sur une chaise</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>one side at a time</source>
        <translation>un côté à la fois</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>les deux côtés</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>&amp;Search stretches</source>
        <translation>&amp;Chercher un étirement</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Where the stretch is done</source>
        <translation>Où se fait l’étirement</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What the stretch works</source>
        <translation>Ce que l’étirement travaille</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Travaille</translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation>Étirements à ajouter</translation>
    </message>
    <message>
        <source>Enter adds the chosen stretch to the routine.</source>
        <translation>Entrée ajoute l’étirement choisi à la routine.</translation>
    </message>
    <message>
        <source>Works anything</source>
        <translation>Travaille tout</translation>
    </message>
    <message>
        <source>Works the {area}</source>
        <translation>Zone&#xa0;: {area}</translation>
    </message>
    <message>
        <source>Works: {muscle}</source>
        <translation>Muscle&#xa0;: {muscle}</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n stretches</source>
        <translation>
            <numerusform>{count} sur %n étirement</numerusform>
            <numerusform>{count} sur %n étirements</numerusform>
        </translation>
    </message>
    <message>
        <source>No stretch matches; try fewer words</source>
        <translation>Aucun étirement ne correspond&#x202f;; essayez avec moins de mots</translation>
    </message>
</context>
<context>
    <name>UnreadableFiles</name>
    <message numerus="yes">
        <source>%n of your routine files cannot be read. They are left as they are; open a copy to carry on with what can still be used.</source>
        <translation>
            <numerusform>%n de vos fichiers de routine est illisible. Il reste tel quel&#x202f;; ouvrez une copie pour continuer avec ce qui peut encore servir.</numerusform>
            <numerusform>%n de vos fichiers de routine sont illisibles. Ils restent tels quels&#x202f;; ouvrez une copie pour continuer avec ce qui peut encore servir.</numerusform>
        </translation>
    </message>
    <message>
        <source>One of your routine files cannot be read. It is left as it is; open a copy to carry on with what can still be used.</source>
        <translation>Un de vos fichiers de routine est illisible. Il reste tel quel&#x202f;; ouvrez une copie pour continuer avec ce qui peut encore servir.</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Ouvrir une copie</translation>
    </message>
    <message>
        <source>Opens what can be used from this file as a new routine</source>
        <translation>Ouvre ce qui peut servir de ce fichier comme nouvelle routine</translation>
    </message>
</context>
</TS>
