<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Autostart</name>
    <message>
        <source>Stretching reminders, waiting in the tray</source>
        <translation>Rappels d’étirement, en attente dans la zone de notification</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}.</source>
        <translation>Impossible de supprimer {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} was not written by StretchDesk; it was left as it is.</source>
        <translation>{path} n’a pas été écrit par StretchDesk&#x202f;; il a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>BoundedSpinBox</name>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Suivre le bureau</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Reduced: pictures change at once</source>
        <translation>Réduites&#xa0;: les images changent d’un coup</translation>
    </message>
    <message>
        <source>Full: pictures move between poses</source>
        <translation>Complètes&#xa0;: les images s’animent d’une pose à l’autre</translation>
    </message>
    <message>
        <source>Hold · 0:30</source>
        <translation>Tenez · 0:30</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>does not say</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>réduites</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complètes</translation>
    </message>
    <message>
        <source>Your desktop: contrast {contrast}, motion {motion}, text {percent} % of the usual size (followed).</source>
        <translation>Votre bureau — contraste&#xa0;: {contrast}&#x202f;; animations&#xa0;: {motion}&#x202f;; texte&#xa0;: {percent}&#x202f;% de la taille habituelle (suivi).</translation>
    </message>
    <message>
        <source>Your desktop: contrast {contrast}, motion {motion}.</source>
        <translation>Votre bureau — contraste&#xa0;: {contrast}&#x202f;; animations&#xa0;: {motion}.</translation>
    </message>
    <message>
        <source>Colours and text</source>
        <translation>Couleurs et texte</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>High contrast: black on white, or white on black with a dark appearance.</source>
        <translation>Contraste élevé&#xa0;: noir sur blanc, ou blanc sur noir avec le thème sombre.</translation>
    </message>
    <message>
        <source>&amp;Contrast:</source>
        <translation>&amp;Contraste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>An&amp;imations&#xa0;:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Taille du te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>The text size scales every word and number in StretchDesk, on top of your desktop&apos;s own text size.</source>
        <translation>La taille du texte agrandit ou réduit chaque mot et chaque nombre de StretchDesk, en plus de la taille de texte de votre bureau.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>As&amp;k how my back feels before and after each routine</source>
        <translation>Demander comment va mon dos a&amp;vant et après chaque routine</translation>
    </message>
    <message>
        <source>From 0 (no pain) to 10 (the worst), with one key: the question shows on the first Starting position and on the finish screen, and never holds the routine up. The history screen charts the answers.</source>
        <translation>De 0 (aucune douleur) à 10 (la pire), d’une seule touche&#xa0;: la question s’affiche à la première position de départ et sur l’écran de fin, sans jamais retarder la routine. L’écran d’historique en trace la courbe.</translation>
    </message>
    <message>
        <source>Minutes of stretching a week; the history screen shows how this week is going.</source>
        <translation>Minutes d’étirement par semaine&#x202f;; l’écran d’historique montre où en est la semaine.</translation>
    </message>
    <message>
        <source>A rest day never breaks your streak, and a routine on one still counts.</source>
        <translation>Un jour de repos n’interrompt jamais votre série, et une routine faite ce jour-là compte quand même.</translation>
    </message>
    <message>
        <source>Back check-in</source>
        <translation>Suivi du dos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation>Objectif hebdomadaire en minutes</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>&amp;Objectif hebdomadaire&#xa0;:</translation>
    </message>
    <message>
        <source>Rest day: {day}</source>
        <translation>Jour de repos&#xa0;: {day}</translation>
    </message>
    <message>
        <source>Rest days:</source>
        <translation>Jours de repos&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HoldTable</name>
    <message>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Hold for {stretch}</source>
        <translation>Maintien pour {stretch}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Reset the hold for {stretch}</source>
        <translation>Rétablir le maintien de {stretch}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Hold now</source>
        <translation>Maintien actuel</translation>
    </message>
</context>
<context>
    <name>HoldsPage</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Follow the level</source>
        <translation>Suivre &amp;le niveau</translation>
    </message>
    <message>
        <source>Same length for &amp;every stretch:</source>
        <translation>Même durée pour &amp;chaque étirement&#xa0;:</translation>
    </message>
    <message>
        <source>Hold length for every stretch</source>
        <translation>Durée de maintien pour chaque étirement</translation>
    </message>
    <message>
        <source>Hold length:</source>
        <translation>Durée de maintien&#xa0;:</translation>
    </message>
    <message>
        <source>Change a stretch&apos;s hold to make it your own; Reset gives it back to the setting above. A routine that sets its own hold for a stretch still uses that.</source>
        <translation>Modifiez le maintien d’un étirement pour le personnaliser&#x202f;; «&#xa0;Rétablir&#xa0;» lui rend le réglage ci-dessus. Une routine qui fixe son propre maintien pour un étirement garde le sien.</translation>
    </message>
    <message numerus="yes">
        <source>Holds of {holds} s, {reps} times per side; each stretch is below.</source>
        <translation>
            <numerusform>Maintiens de {holds}&#xa0;s, {reps} fois par côté&#x202f;; le détail par étirement est ci-dessous.</numerusform>
            <numerusform>Maintiens de {holds}&#xa0;s, {reps} fois par côté&#x202f;; le détail par étirement est ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time StretchDesk starts.</source>
        <translation>Le changement de langue prend effet au prochain démarrage de StretchDesk.</translation>
    </message>
</context>
<context>
    <name>LevelSelector</name>
    <message>
        <source>&amp;Beginner</source>
        <translation>&amp;Débutant</translation>
    </message>
    <message>
        <source>&amp;Intermediate</source>
        <translation>&amp;Intermédiaire</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Hold lengths for the beginner level (Alt+{key})</source>
        <translation>Durées de maintien du niveau débutant (Alt+{key})</translation>
    </message>
    <message>
        <source>Hold lengths for the intermediate level (Alt+{key})</source>
        <translation>Durées de maintien du niveau intermédiaire (Alt+{key})</translation>
    </message>
    <message>
        <source>Hold lengths for the advanced level (Alt+{key})</source>
        <translation>Durées de maintien du niveau avancé (Alt+{key})</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReminderDesktop</name>
    <message>
        <source>The desktop does not say when you are away from the keyboard, so the desk-break count uses wall time.</source>
        <translation>Le bureau n’indique pas quand vous êtes loin du clavier&#xa0;: le décompte avant la pause suit donc simplement l’horloge.</translation>
    </message>
    <message>
        <source>the X11 screen-saver extension</source>
        <translation>l’extension d’économiseur d’écran de X11</translation>
    </message>
    <message>
        <source>GNOME&apos;s IdleMonitor</source>
        <translation>l’IdleMonitor de GNOME</translation>
    </message>
    <message>
        <source>Time away from the keyboard and mouse is read from {source}.</source>
        <translation>Le temps passé loin du clavier et de la souris est fourni par {source}.</translation>
    </message>
    <message>
        <source>A reminder is a desktop notification with Start, Snooze 10 minutes and Skip today.</source>
        <translation>Un rappel est une notification du bureau avec «&#xa0;Commencer&#xa0;», «&#xa0;Reporter de 10 minutes&#xa0;» et «&#xa0;Pas aujourd’hui&#xa0;».</translation>
    </message>
    <message>
        <source>This desktop&apos;s notifications have no buttons: a reminder is a message from the tray icon, and a click on it starts the routine.</source>
        <translation>Les notifications de ce bureau n’ont pas de boutons&#xa0;: un rappel est un message de l’icône de la zone de notification, et un clic dessus lance la routine.</translation>
    </message>
    <message>
        <source>Nothing on this desktop can show a reminder (no notification service and no tray).</source>
        <translation>Rien sur ce bureau ne peut afficher un rappel (ni service de notifications, ni zone de notification).</translation>
    </message>
    <message>
        <source>This desktop has no tray, so StretchDesk cannot wait out of sight: reminders come only while its window is open, and closing it quits.</source>
        <translation>Ce bureau n’a pas de zone de notification&#xa0;: StretchDesk ne peut donc pas attendre hors de vue. Les rappels ne viennent que lorsque sa fenêtre est ouverte, et la fermer quitte l’application.</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Reporter de 10 minutes</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Pas aujourd’hui</translation>
    </message>
    <message>
        <source>Time for a desk break</source>
        <translation>C’est l’heure d’une pause</translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n minutes. Stretch with “{routine}”.</source>
        <translation>
            <numerusform>Vous êtes devant l’ordinateur depuis %n minute. Étirez-vous avec «&#xa0;{routine}&#xa0;».</numerusform>
            <numerusform>Vous êtes devant l’ordinateur depuis %n minutes. Étirez-vous avec «&#xa0;{routine}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch with “{routine}”.</source>
        <translation>Étirez-vous avec «&#xa0;{routine}&#xa0;».</translation>
    </message>
    <message>
        <source>“{routine}” was planned for {time}.</source>
        <translation>La routine «&#xa0;{routine}&#xa0;» était prévue à {time}.</translation>
    </message>
    <message>
        <source>“{routine}” is planned for now.</source>
        <translation>La routine «&#xa0;{routine}&#xa0;» est prévue maintenant.</translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation>C’est l’heure de s’étirer</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>A break from the desk</source>
        <translation>Une pause loin de l’écran</translation>
    </message>
    <message>
        <source>Remind me to take a desk &amp;break</source>
        <translation>Me rappeler de faire une &amp;pause loin de l’écran</translation>
    </message>
    <message>
        <source>Minutes of use before the desk-break reminder</source>
        <translation>Minutes d’utilisation avant le rappel de pause</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>Absence qui compte comme une pause</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>Au &amp;bout de&#xa0;:</translation>
    </message>
    <message>
        <source>of use at the computer</source>
        <translation>d’utilisation de l’ordinateur</translation>
    </message>
    <message>
        <source>Ro&amp;utine:</source>
        <translation>Ro&amp;utine&#xa0;:</translation>
    </message>
    <message>
        <source>opened by the reminder</source>
        <translation>ouverte par le rappel</translation>
    </message>
    <message>
        <source>Time a&amp;way that counts as a break:</source>
        <translation>&amp;Temps d’absence qui compte comme une pause&#xa0;:</translation>
    </message>
    <message>
        <source>without keyboard or mouse</source>
        <translation>sans clavier ni souris</translation>
    </message>
    <message>
        <source>Routines at set times</source>
        <translation>Routines à heures fixes</translation>
    </message>
    <message>
        <source>Waiting in the background</source>
        <translation>En attente en arrière-plan</translation>
    </message>
    <message>
        <source>Start StretchDesk when I &amp;log in (quietly, in the tray)</source>
        <translation>&amp;Lancer StretchDesk à l’ouverture de session (discrètement, dans la zone de notification)</translation>
    </message>
    <message>
        <source>&amp;Keep StretchDesk in the tray when its window is closed while reminders are on</source>
        <translation>&amp;Garder StretchDesk dans la zone de notification quand sa fenêtre est fermée et que des rappels sont actifs</translation>
    </message>
</context>
<context>
    <name>RoutineReminderList</name>
    <message>
        <source>{routine} at {time} {days}</source>
        <translation>{routine} à {time} {days}</translation>
    </message>
    <message>
        <source>{routine} (not found)</source>
        <translation>{routine} (introuvable)</translation>
    </message>
    <message>
        <source>Routine reminders</source>
        <translation>Rappels de routines</translation>
    </message>
    <message>
        <source>Add a remi&amp;nder</source>
        <translation>Ajouter u&amp;n rappel</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>R&amp;outine&#xa0;:</translation>
    </message>
    <message>
        <source>Time o&amp;f day:</source>
        <translation>Heur&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>That reminder is in the list already.</source>
        <translation>Ce rappel est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>&amp;Maintiens</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Déroulement</translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation>&amp;Son</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Valeurs par dé&amp;faut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Put every setting back to how StretchDesk started, including your own holds for single stretches? Your reminders are kept.</source>
        <translation>Remettre chaque réglage tel qu’au premier démarrage de StretchDesk, y compris vos propres maintiens pour certains étirements&#x202f;? Vos rappels sont conservés.</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>Chimes and voice</source>
        <translation>Carillons et voix</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Carillons seulement</translation>
    </message>
    <message>
        <source>Silent (captions only)</source>
        <translation>Silence (sous-titres seulement)</translation>
    </message>
    <message>
        <source>&amp;Countdown ticks at 3, 2, 1 before each phase ends</source>
        <translation>Tops de &amp;compte à rebours à 3, 2, 1 avant la fin de chaque phase</translation>
    </message>
    <message>
        <source>Half&amp;way cue in holds of 20 s or more</source>
        <translation>Signal à m&amp;i-parcours dans les maintiens de 20&#xa0;s ou plus</translation>
    </message>
    <message>
        <source>&amp;Breath cues in moving stretches (breathe in, breathe out)</source>
        <translation>Consi&amp;gnes de respiration dans les étirements en mouvement (inspirez, expirez)</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Vitesse normale</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Le plus rapide</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Le plus lent</translation>
    </message>
    <message>
        <source>A little faster than normal</source>
        <translation>Un peu plus rapide</translation>
    </message>
    <message>
        <source>A little slower than normal</source>
        <translation>Un peu plus lent</translation>
    </message>
    <message>
        <source>Faster than normal</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Slower than normal</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Much faster than normal</source>
        <translation>Beaucoup plus rapide</translation>
    </message>
    <message>
        <source>Much slower than normal</source>
        <translation>Beaucoup plus lent</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#x202f;%</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>&amp;Play:</source>
        <translation>Sons &amp;joués&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voix&#xa0;:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Vitesse de parole</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Speaking r&amp;ate:</source>
        <translation>Vitesse de paro&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>Play a chime at this volume (sound that was not working is tried again first)</source>
        <translation>Jouer un carillon à ce volume (le son qui ne marchait pas est d’abord réessayé)</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>Vol&amp;ume&#xa0;:</translation>
    </message>
    <message>
        <source>No voices were found on this computer; chimes still play.</source>
        <translation>Aucune voix n’a été trouvée sur cet ordinateur&#x202f;; les carillons sont toujours joués.</translation>
    </message>
    <message>
        <source>No voice is available.</source>
        <translation>Aucune voix n’est disponible.</translation>
    </message>
    <message>
        <source>Looking for the voices on this computer…</source>
        <translation>Recherche des voix de cet ordinateur…</translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <source>Each stretch&apos;s own order</source>
        <translation>L’ordre propre à chaque étirement</translation>
    </message>
    <message>
        <source>Alternate sides every repetition (L R L R)</source>
        <translation>Alterner les côtés à chaque répétition (G D G D)</translation>
    </message>
    <message>
        <source>All repetitions on one side first (L L R R)</source>
        <translation>Toutes les répétitions d’un côté d’abord (G G D D)</translation>
    </message>
    <message>
        <source>Starting &amp;position:</source>
        <translation>&amp;Position de départ&#xa0;:</translation>
    </message>
    <message>
        <source>to get into position before a stretch</source>
        <translation>pour se mettre en place avant un étirement</translation>
    </message>
    <message>
        <source>R&amp;elease:</source>
        <translation>Re&amp;lâchement&#xa0;:</translation>
    </message>
    <message>
        <source>to come out slowly after every hold</source>
        <translation>pour sortir doucement de chaque maintien</translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation>Changement de cô&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>between the two sides of a one-sided stretch</source>
        <translation>entre les deux côtés d’un étirement unilatéral</translation>
    </message>
    <message>
        <source>Rest betwee&amp;n stretches:</source>
        <translation>Repos &amp;entre les étirements&#xa0;:</translation>
    </message>
    <message>
        <source>a pause that shows the next stretch</source>
        <translation>une pause qui présente l’étirement suivant</translation>
    </message>
    <message>
        <source>Repetitions per side</source>
        <translation>Répétitions par côté</translation>
    </message>
    <message>
        <source>&amp;By level</source>
        <translation>Selon le &amp;niveau</translation>
    </message>
    <message>
        <source>Same number for e&amp;very stretch:</source>
        <translation>Même nombre pour &amp;chaque étirement&#xa0;:</translation>
    </message>
    <message>
        <source>Repetitions per side for every stretch</source>
        <translation>Répétitions par côté pour chaque étirement</translation>
    </message>
    <message>
        <source>One-sided stretches</source>
        <translation>Étirements d’un côté à la fois</translation>
    </message>
    <message>
        <source>Side &amp;order:</source>
        <translation>&amp;Ordre des côtés&#xa0;:</translation>
    </message>
    <message>
        <source>Phase lengths</source>
        <translation>Durée des phases</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Off leaves that phase out. Holds are set on the Holds page.</source>
        <translation>«&#xa0;Aucune&#xa0;» supprime cette phase. Les maintiens se règlent dans l’onglet Maintiens.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>More routines</source>
        <translation>Autres routines</translation>
    </message>
    <message>
        <source>Open StretchDesk</source>
        <translation>Ouvrir StretchDesk</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit StretchDesk</source>
        <translation>Quitter StretchDesk</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Today: no stretching yet</source>
        <translation>Aujourd’hui&#xa0;: pas encore d’étirement</translation>
    </message>
    <message>
        <source>Today: {minutes} min of stretching</source>
        <translation>Aujourd’hui&#xa0;: {minutes}&#xa0;min d’étirement</translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow</source>
        <translation>Rappels suspendus jusqu’à demain</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Rappels suspendus jusqu’à {time}</translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>StretchDesk is still running</source>
        <translation>StretchDesk fonctionne toujours</translation>
    </message>
    <message>
        <source>Your reminders stay on while it waits in the tray. Quit from the tray icon&apos;s menu, or change this in Settings, Reminders.</source>
        <translation>Vos rappels restent actifs pendant qu’il attend dans la zone de notification. Quittez-le depuis le menu de son icône, ou changez ce réglage dans Paramètres, Rappels.</translation>
    </message>
</context>
<context>
    <name>VoicePicker</name>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>Voix par défaut du système</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>{voice} (not on this computer)</source>
        <translation>{voice} (absente de cet ordinateur)</translation>
    </message>
    <message>
        <source>Search: a language or a variant&apos;s name</source>
        <translation>Rechercher&#xa0;: une langue ou le nom d’une variante</translation>
    </message>
    <message>
        <source>Search voices</source>
        <translation>Rechercher des voix</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>None for this voice</source>
        <translation>Aucune pour cette voix</translation>
    </message>
    <message>
        <source>Va&amp;riant:</source>
        <translation>Varian&amp;te&#xa0;:</translation>
    </message>
</context>
</TS>
