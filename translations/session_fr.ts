<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Announcer</name>
    <message>
        <source>Sound muted.</source>
        <translation>Son coupé.</translation>
    </message>
    <message>
        <source>Sound on.</source>
        <translation>Son activé.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Resumed. {time_left}.</source>
        <translation>Reprise. {time_left}.</translation>
    </message>
    <message>
        <source>{headline}. {done} of {total} stretches in {time}.</source>
        <translation>{headline}. Étirements faits&#xa0;: {done} sur {total}, en {time}.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>before: {score}</source>
        <translation>avant&#xa0;: {score}</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Mute or unmute chimes and voice (M)</source>
        <translation>Couper ou rétablir les carillons et la voix (M)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back: restart this phase, or go to the previous one (Left arrow or P)</source>
        <translation>Retour&#xa0;: reprendre cette phase, ou revenir à la précédente (flèche gauche ou P)</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip to the next phase (Right arrow or N)</source>
        <translation>Passer à la phase suivante (flèche droite ou N)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, short</comment>
        <translation>{seconds}&#x202f;s</translation>
    </message>
    <message>
        <source>5 seconds less of this phase (-)</source>
        <translation>5 secondes de moins pour cette phase (-)</translation>
    </message>
    <message>
        <source>5 seconds more of this phase (+)</source>
        <translation>5 secondes de plus pour cette phase (+)</translation>
    </message>
    <message>
        <source>Fill the screen, for reading from the mat (F or F11; Esc leaves)</source>
        <translation>Plein écran, pour lire depuis le tapis (F ou F11&#x202f;; Échap pour en sortir)</translation>
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
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the routine (Esc; asks first)</source>
        <translation>Arrêter la routine (Échap&#x202f;; demande confirmation)</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Pas de son</translation>
    </message>
    <message>
        <source>5 seconds less</source>
        <translation>5 secondes de moins</translation>
    </message>
    <message>
        <source>5 seconds more</source>
        <translation>5 secondes de plus</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>{reason}. Cues show as captions. Click (or M) to try the sound again.</source>
        <translation>{reason}. Les signaux s’affichent en sous-titres. Cliquez (ou M) pour réessayer le son.</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <source>Leave mat mode</source>
        <translation>Quitter le mode tapis</translation>
    </message>
    <message>
        <source>Mat mode</source>
        <translation>Mode tapis</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>CueOutput</name>
    <message>
        <source>This is how loud your cues will be</source>
        <translation>Vos signaux sonneront à ce volume</translation>
    </message>
</context>
<context>
    <name>FigurePlaceholder</name>
    <message>
        <source>{pose} pose (mirrored)</source>
        <translation>pose «&#xa0;{pose}&#xa0;» (en miroir)</translation>
    </message>
    <message>
        <source>{pose} pose</source>
        <translation>pose «&#xa0;{pose}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>{name}
(picture not available)</source>
        <translation>{name}
(image non disponible)</translation>
    </message>
</context>
<context>
    <name>FinishView</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#x202f;s</translation>
    </message>
    <message>
        <source>Back to routines  (Enter)</source>
        <translation>Retour aux routines  (Entrée)</translation>
    </message>
    <message>
        <source>Back to the routine list (Enter or Esc)</source>
        <translation>Retour à la liste des routines (Entrée ou Échap)</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Keep these holds next time  (K)</source>
        <translation>Garder ces maintiens  (K)</translation>
    </message>
    <message>
        <source>Use the holds you changed with + and − from now on (K)</source>
        <translation>Utiliser désormais les maintiens modifiés avec + et − (K)</translation>
    </message>
    <message>
        <source>Keep these holds next time</source>
        <translation>Garder ces maintiens pour la prochaine fois</translation>
    </message>
    <message>
        <source>History  (H)</source>
        <translation>Historique  (H)</translation>
    </message>
    <message>
        <source>Your streak, minutes and back scores over time (H)</source>
        <translation>Votre série, vos minutes et vos notes de dos au fil du temps (H)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>{stretch} {seconds}</source>
        <translation>{stretch} ({seconds})</translation>
    </message>
    <message>
        <source>New holds: {holds}</source>
        <translation>Nouveaux maintiens&#xa0;: {holds}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>holds changed</comment>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n longer</source>
        <translation>
            <numerusform>%n plus long</numerusform>
            <numerusform>%n plus longs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shorter</source>
        <translation>
            <numerusform>%n plus court</numerusform>
            <numerusform>%n plus courts</numerusform>
        </translation>
    </message>
    <message>
        <source>{changes} ({seconds})</source>
        <translation>{changes} ({seconds})</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Étirements faits</translation>
    </message>
    <message>
        <source>Time stretching</source>
        <translation>Temps d’étirement</translation>
    </message>
    <message>
        <source>Holds changed</source>
        <translation>Maintiens modifiés</translation>
    </message>
    <message>
        <source>none</source>
        <comment>holds skipped</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Holds skipped</source>
        <translation>Maintiens passés</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>{minutes} min  ·  a %n-day streak</source>
        <translation>
            <numerusform>{minutes}&#xa0;min  ·  série de %n jour</numerusform>
            <numerusform>{minutes}&#xa0;min  ·  série de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min  ·  your streak begins</source>
        <translation>{minutes}&#xa0;min  ·  votre série commence</translation>
    </message>
    <message>
        <source>{minutes} min  ·  no streak yet</source>
        <translation>{minutes}&#xa0;min  ·  pas encore de série</translation>
    </message>
    <message>
        <source>Kept for next time: {holds}</source>
        <translation>Gardés pour la prochaine fois&#xa0;: {holds}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The stretches of {routine}</source>
        <translation>Les étirements de «&#xa0;{routine}&#xa0;»</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The stretch before (← or Page Up)</source>
        <translation>L’étirement précédent (← ou Page préc.)</translation>
    </message>
    <message>
        <source>The next stretch (→ or Page Down)</source>
        <translation>L’étirement suivant (→ ou Page suiv.)</translation>
    </message>
    <message>
        <source>Close (I or Esc)</source>
        <translation>Fermer (I ou Échap)</translation>
    </message>
    <message>
        <source>Stretch {number} of {count}</source>
        <translation>Étirement {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>GuideOverlay</name>
    <message>
        <source>About this stretch</source>
        <translation>À propos de cet étirement</translation>
    </message>
    <message>
        <source>Close  (I)</source>
        <translation>Fermer  (I)</translation>
    </message>
    <message>
        <source>Close and see the steps again (I or Esc)</source>
        <translation>Fermer et revoir les étapes (I ou Échap)</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} ou {key}</translation>
    </message>
    <message>
        <source>In lists and dialogs</source>
        <translation>Dans les listes et les boîtes de dialogue</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Everything StretchDesk does can be done with these keys.</source>
        <translation>Tout ce que fait StretchDesk peut se faire avec ces touches.</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Les touches et leur rôle</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>the library was not reloaded</source>
        <translation>la bibliothèque n’a pas été rechargée</translation>
    </message>
    <message>
        <source>{file} was written but did not load: {problems}</source>
        <translation>{file} a été écrit mais n’a pas pu être chargé&#xa0;: {problems}</translation>
    </message>
</context>
<context>
    <name>NextTip</name>
    <message>
        <source>Tip: {tip}   (I: more)</source>
        <translation>Conseil&#xa0;: {tip}   (I&#xa0;: plus)</translation>
    </message>
</context>
<context>
    <name>PhaseIcon</name>
    <message>
        <source>a triangle pointing up</source>
        <translation>un triangle pointé vers le haut</translation>
    </message>
    <message>
        <source>a square</source>
        <translation>un carré</translation>
    </message>
    <message>
        <source>two arrowheads pointing down</source>
        <translation>deux pointes de flèche vers le bas</translation>
    </message>
    <message>
        <source>arrows pointing left and right</source>
        <translation>des flèches vers la gauche et vers la droite</translation>
    </message>
    <message>
        <source>a circle</source>
        <translation>un cercle</translation>
    </message>
    <message>
        <source>two upright bars</source>
        <translation>deux barres verticales</translation>
    </message>
    <message>
        <source>a tick</source>
        <translation>une coche</translation>
    </message>
    <message>
        <source>Phase symbol</source>
        <translation>Symbole de la phase</translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <source>No sound server is running ({reason})</source>
        <translation>Aucun serveur de son n’est actif ({reason})</translation>
    </message>
    <message>
        <source>No audio output device: chimes are off</source>
        <translation>Aucune sortie audio&#xa0;: carillons désactivés</translation>
    </message>
    <message>
        <source>Chime missing: {file}</source>
        <translation>Carillon manquant&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Chime could not be played: {problem}</source>
        <translation>Impossible de jouer un carillon&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The sound server refused to play: chimes are off</source>
        <translation>Le serveur de son a refusé de jouer&#xa0;: carillons désactivés</translation>
    </message>
    <message>
        <source>No voice: Qt Text to Speech is not installed</source>
        <translation>Pas de voix&#xa0;: Qt Text to Speech n’est pas installé</translation>
    </message>
    <message>
        <source>No voice: no speech engine found (Linux: install speech-dispatcher and espeak-ng)</source>
        <translation>Pas de voix&#xa0;: aucun moteur de synthèse vocale trouvé (Linux&#xa0;: installez speech-dispatcher et espeak-ng)</translation>
    </message>
    <message>
        <source>The sound server refused to play {file}</source>
        <translation>Le serveur de son a refusé de jouer {file}</translation>
    </message>
</context>
<context>
    <name>ResumeQuestion</name>
    <message>
        <source>{when}. Enter carries on from the start of that phase, as part of the same session. Esc lets it go: it stays in your history as interrupted.</source>
        <translation>{when}. Entrée reprend au début de cette phase, dans la même séance. Échap l’abandonne&#xa0;: elle reste dans votre historique comme interrompue.</translation>
    </message>
    <message>
        <source>Resume?</source>
        <translation>Reprendre&#x202f;?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <source>key {key}</source>
        <translation>touche {key}</translation>
    </message>
</context>
<context>
    <name>SessionDescriber</name>
    <message>
        <source>Time left in this phase</source>
        <translation>Temps restant dans cette phase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Image de l’étirement</translation>
    </message>
    <message>
        <source>The stretch&apos;s picture shows once a routine starts.</source>
        <translation>L’image de l’étirement s’affiche dès qu’une routine commence.</translation>
    </message>
    <message>
        <source>The seconds left show once a routine starts.</source>
        <translation>Les secondes restantes s’affichent dès qu’une routine commence.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Next up: {name}</source>
        <translation>À suivre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{name}  ·  round {rep} of {reps}</source>
        <translation>{name}  ·  tour {rep} sur {reps}</translation>
    </message>
    <message>
        <source>Stretch {number} of {count}  ·  {left} left</source>
        <translation>Étirement {number} sur {count}  ·  reste {left}</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {problem}</source>
        <translation>Vos paramètres n’ont pas pu être enregistrés&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Your settings file was kept as it is and not overwritten.</source>
        <translation>Votre fichier de paramètres a été gardé tel quel, sans être écrasé.</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>No sound: {reason}. Cues show as captions; the Test button in Settings tries the sound again.</source>
        <translation>Pas de son&#xa0;: {reason}. Les signaux s’affichent en sous-titres&#x202f;; le bouton Tester des Paramètres réessaie le son.</translation>
    </message>
    <message>
        <source>No sound: {reason}. Cues show as captions; Test tries the sound again.</source>
        <translation>Pas de son&#xa0;: {reason}. Les signaux s’affichent en sous-titres&#x202f;; Tester réessaie le son.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The stretch&apos;s steps show once a routine starts.</source>
        <translation>Les étapes de l’étirement s’affichent dès qu’une routine commence.</translation>
    </message>
</context>
<context>
    <name>StepSection</name>
    <message>
        <source>Now: {title}</source>
        <translation>Maintenant&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Ensuite&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{heading}  (1 step)</source>
        <translation>{heading}  (1 étape)</translation>
    </message>
    <message>
        <source>{heading}  ({count} steps)</source>
        <translation>{heading}  ({count} étapes)</translation>
    </message>
    <message>
        <source>{heading}: {steps}</source>
        <translation>{heading}&#xa0;: {steps}</translation>
    </message>
</context>
<context>
    <name>StopQuestion</name>
    <message>
        <source>Quit?</source>
        <translation>Quitter&#x202f;?</translation>
    </message>
    <message>
        <source>Stop?</source>
        <translation>Arrêter&#x202f;?</translation>
    </message>
    <message>
        <source>Quit StretchDesk?</source>
        <translation>Quitter StretchDesk&#x202f;?</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Arrêter la routine&#x202f;?</translation>
    </message>
    <message>
        <source>StretchDesk closes; next time it offers to carry on from this stretch. The countdown waits while you decide.</source>
        <translation>StretchDesk se ferme&#x202f;; la prochaine fois, il proposera de reprendre à cet étirement. Le compte à rebours attend votre décision.</translation>
    </message>
    <message>
        <source>If anything hurts, stop. The countdown waits while you decide.</source>
        <translation>Si quelque chose fait mal, arrêtez. Le compte à rebours attend votre décision.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Enter or Esc</source>
        <translation>Entrée ou Échap</translation>
    </message>
    <message>
        <source>{key} key</source>
        <translation>touche {key}</translation>
    </message>
</context>
<context>
    <name>StretchGuideView</name>
    <message>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <source>The stretch</source>
        <translation>L’étirement</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Erreurs fréquentes</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Variantes plus faciles</translation>
    </message>
    <message>
        <source>Harder versions</source>
        <translation>Variantes plus difficiles</translation>
    </message>
    <message>
        <source>If something bothers you</source>
        <translation>Si quelque chose vous gêne</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muscles</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>{when}: {what}</source>
        <translation>{when}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Mainly: {muscles}</source>
        <translation>Surtout&#xa0;: {muscles}</translation>
    </message>
    <message>
        <source>Also: {muscles}</source>
        <translation>Aussi&#xa0;: {muscles}</translation>
    </message>
    <message>
        <source>About this stretch</source>
        <translation>À propos de cet étirement</translation>
    </message>
    <message>
        <source>Works: {areas}</source>
        <translation>Travaille&#xa0;: {areas}</translation>
    </message>
    <message>
        <source>Picture: {name}, {pose}</source>
        <translation>Image&#xa0;: {name}, {pose}</translation>
    </message>
</context>
<context>
    <name>ThreadedSpeech</name>
    <message>
        <source>No voice speaks {language} on this computer: chimes and captions go on (Linux: install espeak-ng and speech-dispatcher-espeak-ng)</source>
        <translation>Aucune voix ne parle {language} sur cet ordinateur&#xa0;: les carillons et les sous-titres continuent (Linux&#xa0;: installez espeak-ng et speech-dispatcher-espeak-ng)</translation>
    </message>
    <message>
        <source>No voice: speech-dispatcher is not answering</source>
        <translation>Pas de voix&#xa0;: speech-dispatcher ne répond pas</translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation>le moteur de synthèse vocale n’a pas démarré</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <translation>Pas de voix&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Voice failed: {reason}</source>
        <translation>Échec de la voix&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>decoded</name>
    <message>
        <source>{file} is not a readable WAV file ({problem})</source>
        <translation>{file} n’est pas un fichier WAV lisible ({problem})</translation>
    </message>
    <message>
        <source>{file}: {bits}-bit samples cannot be played</source>
        <translation>{file}&#xa0;: impossible de jouer des échantillons de {bits}&#xa0;bits</translation>
    </message>
    <message>
        <source>{file} holds no playable sound ({frames} frames, {channels} channels at {rate} Hz)</source>
        <translation>{file} ne contient aucun son lisible ({frames}&#xa0;trames, {channels}&#xa0;canaux à {rate}&#xa0;Hz)</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Choosing a routine</source>
        <translation>Au choix d’une routine</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Après une séance</translation>
    </message>
    <message>
        <source>While “How does your back feel?” shows</source>
        <translation>Quand «&#xa0;Comment va votre dos&#x202f;?&#xa0;» s’affiche</translation>
    </message>
    <message>
        <source>Your back: {score}</source>
        <translation>Votre dos&#xa0;: {score}</translation>
    </message>
    <message>
        <source>Start the routine chosen in the list</source>
        <translation>Lancer la routine choisie dans la liste</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause ou reprise</translation>
    </message>
    <message>
        <source>Skip to the next phase</source>
        <translation>Passer à la phase suivante</translation>
    </message>
    <message>
        <source>Restart this phase, or go back to the one before</source>
        <translation>Reprendre cette phase, ou revenir à la précédente</translation>
    </message>
    <message>
        <source>5 seconds more of this phase</source>
        <translation>5 secondes de plus pour cette phase</translation>
    </message>
    <message>
        <source>5 seconds less of this phase</source>
        <translation>5 secondes de moins pour cette phase</translation>
    </message>
    <message>
        <source>About this stretch: tips, easier and harder versions (I again hides it)</source>
        <translation>À propos de cet étirement&#xa0;: conseils, variantes faciles et difficiles (I referme)</translation>
    </message>
    <message>
        <source>Warning signs: when to stop and get help</source>
        <translation>Signaux d’alerte&#xa0;: quand arrêter et demander de l’aide</translation>
    </message>
    <message>
        <source>About the chosen routine&apos;s stretches</source>
        <translation>À propos des étirements de la routine choisie</translation>
    </message>
    <message>
        <source>Quit StretchDesk (during a session it asks first)</source>
        <translation>Quitter StretchDesk (pendant une séance, demande confirmation)</translation>
    </message>
    <message>
        <source>Mute or unmute the chimes and voice</source>
        <translation>Couper ou rétablir les carillons et la voix</translation>
    </message>
    <message>
        <source>Mat mode: fill the screen, for reading from the floor</source>
        <translation>Mode tapis&#xa0;: plein écran, pour lire depuis le sol</translation>
    </message>
    <message>
        <source>Leave mat mode; in a session, stop (it asks first); after one, go back</source>
        <translation>Quitter le mode tapis&#x202f;; arrêter une séance (avec confirmation)&#x202f;; revenir après</translation>
    </message>
    <message>
        <source>Settings (a session pauses first)</source>
        <translation>Paramètres (une séance se met d’abord en pause)</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Keep the holds changed with + and − for next time</source>
        <translation>Garder pour la prochaine fois les maintiens modifiés avec + et −</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Cette liste des touches</translation>
    </message>
    <message>
        <source>A new routine of your own, in the editor</source>
        <translation>Une nouvelle routine à vous, dans l’éditeur</translation>
    </message>
    <message>
        <source>A copy of the chosen routine, to change as you like</source>
        <translation>Une copie de la routine choisie, à modifier à votre guise</translation>
    </message>
    <message>
        <source>Change the chosen routine (your own ones)</source>
        <translation>Modifier la routine choisie (les vôtres seulement)</translation>
    </message>
    <message>
        <source>Delete the chosen routine of yours (it can be brought back)</source>
        <translation>Supprimer votre routine choisie (elle peut être rétablie)</translation>
    </message>
    <message>
        <source>Bring back the routine just deleted</source>
        <translation>Rétablir la routine tout juste supprimée</translation>
    </message>
    <message>
        <source>Add a routine from a file someone shared</source>
        <translation>Ajouter une routine depuis un fichier partagé</translation>
    </message>
    <message>
        <source>Save the chosen routine to a file, to share it</source>
        <translation>Enregistrer la routine choisie dans un fichier, pour la partager</translation>
    </message>
    <message>
        <source>Your history: streaks, minutes, the back score (Esc comes back)</source>
        <translation>Votre historique&#xa0;: séries, minutes, note du dos (Échap pour revenir)</translation>
    </message>
    <message>
        <source>Your back: 0, no pain</source>
        <translation>Votre dos&#xa0;: 0, aucune douleur</translation>
    </message>
    <message>
        <source>Your back: 10, the worst pain</source>
        <translation>Votre dos&#xa0;: 10, la pire douleur</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Aller au contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Choose in a list</source>
        <translation>Choisir dans une liste</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>The control with that letter</source>
        <translation>Le contrôle qui porte cette lettre</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Press the button that has the focus (outside a session)</source>
        <translation>Appuyer sur le bouton qui a le focus (hors séance)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close a window or a question</source>
        <translation>Fermer une fenêtre ou une question</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <source>No sound: Qt Multimedia could not be loaded (on Linux it needs libpulse0). Cues are shown as captions only.</source>
        <translation>Pas de son&#xa0;: Qt Multimedia n’a pas pu être chargé (sous Linux, il lui faut libpulse0). Les signaux ne s’affichent qu’en sous-titres.</translation>
    </message>
</context>
<context>
    <name>sound_server</name>
    <message>
        <source>libpulse is not installed</source>
        <translation>libpulse n’est pas installé</translation>
    </message>
    <message>
        <source>libpulse could not start</source>
        <translation>libpulse n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>it did not answer within {seconds} s</source>
        <translation>il n’a pas répondu en {seconds}&#x202f;s</translation>
    </message>
    <message>
        <source>it could not be reached</source>
        <translation>il est injoignable</translation>
    </message>
</context>
</TS>
