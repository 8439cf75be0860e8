<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Autostart</name>
    <message>
        <source>Stretching reminders, waiting in the tray</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced: pictures change at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: pictures move between poses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold · 0:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast: black on white, or white on black with a dark appearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contrast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text size scales every word and number in StretchDesk, on top of your desktop&apos;s own text size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>As&amp;k how my back feels before and after each routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0 (no pain) to 10 (the worst), with one key: the question shows on the first Starting position and on the finish screen, and never holds the routine up. The history screen charts the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of stretching a week; the history screen shows how this week is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rest day never breaks your streak, and a routine on one still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest day: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest days:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldTable</name>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldsPage</name>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same length for &amp;every stretch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold length for every stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a stretch&apos;s hold to make it your own; Reset gives it back to the setting above. A routine that sets its own hold for a stretch still uses that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Holds of {holds} s, {reps} times per side; each stretch is below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelSelector</name>
    <message>
        <source>&amp;Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold lengths for the beginner level (Alt+{key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold lengths for the intermediate level (Alt+{key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold lengths for the advanced level (Alt+{key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDesktop</name>
    <message>
        <source>The desktop does not say when you are away from the keyboard, so the desk-break count uses wall time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the X11 screen-saver extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME&apos;s IdleMonitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a desk break</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n minutes. Stretch with “{routine}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch with “{routine}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{routine}” was planned for {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{routine}” is planned for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>A break from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to take a desk &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of use before the desk-break reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of use at the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;utine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened by the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time a&amp;way that counts as a break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without keyboard or mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines at set times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start StretchDesk when I &amp;log in (quietly, in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep StretchDesk in the tray when its window is closed while reminders are on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineReminderList</name>
    <message>
        <source>{routine} at {time} {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a remi&amp;nder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time o&amp;f day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reminder is in the list already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting back to how StretchDesk started, including your own holds for single stretches? Your reminders are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>Chimes and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent (captions only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countdown ticks at 3, 2, 1 before each phase ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half&amp;way cue in holds of 20 s or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breath cues in moving stretches (breathe in, breathe out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little faster than normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little slower than normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster than normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower than normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much faster than normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much slower than normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking r&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a chime at this volume (sound that was not working is tried again first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voices were found on this computer; chimes still play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the voices on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <source>Each stretch&apos;s own order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate sides every repetition (L R L R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All repetitions on one side first (L L R R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting &amp;position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to get into position before a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;elease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to come out slowly after every hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the two sides of a one-sided stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest betwee&amp;n stretches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause that shows the next stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same number for e&amp;very stretch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions per side for every stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-sided stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off leaves that phase out. Holds are set on the Holds page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>More routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open StretchDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit StretchDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Today: no stretching yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {minutes} min of stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>StretchDesk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders stay on while it waits in the tray. Quit from the tray icon&apos;s menu, or change this in Settings, Reminders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicePicker</name>
    <message>
        <source>The system&apos;s default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{voice} (not on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: a language or a variant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None for this voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;riant:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
