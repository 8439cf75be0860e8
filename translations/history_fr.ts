<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackScoreChart</name>
    <message>
        <source>Before a routine</source>
        <translation>Avant une routine</translation>
    </message>
    <message>
        <source>After a routine</source>
        <translation>Après une routine</translation>
    </message>
    <message>
        <source>No back scores yet. When StretchDesk asks how your back feels before and after a routine, your answers are drawn here.</source>
        <translation>Pas encore de note pour le dos. Quand StretchDesk vous demande comment va votre dos avant et après une routine, vos réponses s’affichent ici.</translation>
    </message>
    <message>
        <source>Back score before and after routines</source>
        <translation>Note du dos avant et après les routines</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions with a score; average before {before}, after {after} (0 no pain, 10 the worst)</source>
        <translation>
            <numerusform>%n séance notée&#x202f;; moyenne avant&#xa0;: {before}, après&#xa0;: {after} (0 aucune douleur, 10 la pire)</numerusform>
            <numerusform>%n séances notées&#x202f;; moyenne avant&#xa0;: {before}, après&#xa0;: {after} (0 aucune douleur, 10 la pire)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;h&#xa0;{minutes}&#xa0;min</translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <source>Exported %n sessions ({phases} phases) to {file}.</source>
        <translation>
            <numerusform>%n séance exportée (phases&#xa0;: {phases}) vers {file}.</numerusform>
            <numerusform>%n séances exportées (phases&#xa0;: {phases}) vers {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
</context>
<context>
    <name>HistoryFeed</name>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non exporté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not exported: the history file {file} cannot be read.</source>
        <translation>Non exporté&#xa0;: le fichier d’historique {file} est illisible.</translation>
    </message>
</context>
<context>
    <name>HistoryScreens</name>
    <message>
        <source>HH:mm</source>
        <translation>H&apos; h &apos;mm</translation>
    </message>
    <message>
        <source>You began it today at {time}</source>
        <translation>Vous l’avez commencée aujourd’hui à {time}</translation>
    </message>
    <message>
        <source>You began it yesterday at {time}</source>
        <translation>Vous l’avez commencée hier à {time}</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>You began it on {day} at {time}</source>
        <translation>Vous l’avez commencée le {day} à {time}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Number: minutes  ·  ✓ routine finished
Hatched: rest day  ·  Framed: today</source>
        <translation>Nombre&#xa0;: minutes  ·  ✓ routine finie
Hachures&#xa0;: jour de repos
Cadre&#xa0;: aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Votre historique</translation>
    </message>
    <message>
        <source>Export…  (E)</source>
        <translation>Exporter…  (E)</translation>
    </message>
    <message>
        <source>Save your history as a CSV or JSON file (E)</source>
        <translation>Enregistrer votre historique dans un fichier CSV ou JSON (E)</translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation>Retour  (Échap)</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Meilleure série</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Previous month (←)</source>
        <translation>Mois précédent (←)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Next month (→)</source>
        <translation>Mois suivant (→)</translation>
    </message>
    <message>
        <source>Minutes per routine, last 4 weeks</source>
        <translation>Minutes par routine, 4 dernières semaines</translation>
    </message>
    <message>
        <source>Minutes held per body area, last 4 weeks</source>
        <translation>Minutes de maintien par zone du corps, 4 dernières semaines</translation>
    </message>
    <message>
        <source>How your back felt (0 no pain, 10 the worst), last 13 weeks</source>
        <translation>Votre dos (0 aucune douleur, 10 la pire), 13 dernières semaines</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>By routine, since {date}</source>
        <translation>Par routine, depuis le {date}</translation>
    </message>
    <message>
        <source>No sessions in the last 4 weeks.</source>
        <translation>Aucune séance ces 4 dernières semaines.</translation>
    </message>
    <message>
        <source>By body area (time held), since {date}</source>
        <translation>Par zone du corps (maintien), depuis le {date}</translation>
    </message>
    <message>
        <source>No holds in the last 4 weeks.</source>
        <translation>Aucun maintien ces 4 dernières semaines.</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>This week, since {date}   Rest days: {days}</source>
        <translation>Cette semaine, depuis le {date}   Jours de repos&#xa0;: {days}</translation>
    </message>
    <message>
        <source>This week, since {date}</source>
        <translation>Cette semaine, depuis le {date}</translation>
    </message>
    <message>
        <source>This week   Rest days: {days}</source>
        <translation>Cette semaine   Jours de repos&#xa0;: {days}</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Calendar, {month}</source>
        <translation>Calendrier, {month}</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>routine finished</source>
        <translation>routine terminée</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>jour de repos</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days with a finished routine, {minutes} minutes in all</source>
        <translation>
            <numerusform>%n jour avec une routine terminée, {minutes}&#xa0;min en tout</numerusform>
            <numerusform>%n jours avec une routine terminée, {minutes}&#xa0;min en tout</numerusform>
        </translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
</context>
<context>
    <name>ShareCounts</name>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGoalBar</name>
    <message>
        <source>No weekly goal set</source>
        <translation>Pas d’objectif hebdomadaire</translation>
    </message>
    <message>
        <source>{done} of {goal} min: goal reached</source>
        <translation>{done} sur {goal}&#xa0;min&#xa0;: objectif atteint</translation>
    </message>
    <message>
        <source>{done} of {goal} min ({percent} %)</source>
        <translation>{done} sur {goal}&#xa0;min ({percent}&#x202f;%)</translation>
    </message>
    <message>
        <source>This week&apos;s goal</source>
        <translation>Objectif de la semaine</translation>
    </message>
</context>
</TS>
