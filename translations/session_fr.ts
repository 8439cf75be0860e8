<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Announcer</name>
    <message>
        <source>Sound muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed. {time_left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{headline}. {done} of {total} stretches in {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>before: {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Mute or unmute chimes and voice (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: restart this phase, or go to the previous one (Left arrow or P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next phase (Right arrow or N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 seconds less of this phase (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 seconds more of this phase (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the screen, for reading from the mat (F or F11; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (S or Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine (Esc; asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 seconds less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 seconds more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. Cues show as captions. Click (or M) to try the sound again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave mat mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueOutput</name>
    <message>
        <source>This is how loud your cues will be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigurePlaceholder</name>
    <message>
        <source>{pose} pose (mirrored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pose} pose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
(picture not available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishView</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to routines  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the routine list (Enter or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these holds next time  (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the holds you changed with + and − from now on (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these holds next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History  (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your streak, minutes and back scores over time (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stretch} {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New holds: {holds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>holds changed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n longer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shorter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{changes} ({seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>holds skipped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{minutes} min  ·  a %n-day streak</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min  ·  your streak begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min  ·  no streak yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for next time: {holds}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The stretches of {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretch before (← or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next stretch (→ or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (I or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideOverlay</name>
    <message>
        <source>About this stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and see the steps again (I or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>{keys} or {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists and dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything StretchDesk does can be done with these keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>the library was not reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written but did not load: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextTip</name>
    <message>
        <source>Tip: {tip}   (I: more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseIcon</name>
    <message>
        <source>a triangle pointing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two arrowheads pointing down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrows pointing left and right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two upright bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase symbol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <source>No sound server is running ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device: chimes are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime missing: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime could not be played: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound server refused to play: chimes are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: Qt Text to Speech is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: no speech engine found (Linux: install speech-dispatcher and espeak-ng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound server refused to play {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeQuestion</name>
    <message>
        <source>{when}. Enter carries on from the start of that phase, as part of the same session. Esc lets it go: it stays in your history as interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <source>key {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDescriber</name>
    <message>
        <source>Time left in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretch&apos;s picture shows once a routine starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seconds left show once a routine starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Next up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ·  round {rep} of {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch {number} of {count}  ·  {left} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file was kept as it is and not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <source>No sound: {reason}. Cues show as captions; the Test button in Settings tries the sound again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound: {reason}. Cues show as captions; Test tries the sound again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretch&apos;s steps show once a routine starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepSection</name>
    <message>
        <source>Now: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}  (1 step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}  (%n steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopQuestion</name>
    <message>
        <source>Quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit StretchDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StretchDesk closes; next time it offers to carry on from this stretch. The countdown waits while you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If anything hurts, stop. The countdown waits while you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchGuideView</name>
    <message>
        <source>Starting position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harder versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something bothers you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainly: {muscles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: {muscles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: {name}, {pose}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadedSpeech</name>
    <message>
        <source>No voice: speech-dispatcher is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While “How does your back feel?” shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your back: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine chosen in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this phase, or go back to the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 seconds more of this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 seconds less of this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this stretch: tips, easier and harder versions (I again hides it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs: when to stop and get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen routine&apos;s stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit StretchDesk (during a session it asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute the chimes and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat mode: fill the screen, for reading from the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave mat mode; in a session, stop (it asks first); after one, go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (a session pauses first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the holds changed with + and − for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new routine of your own, in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the chosen routine, to change as you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen routine (your own ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen routine of yours (it can be brought back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the routine just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a file someone shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen routine to a file, to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history: streaks, minutes, the back score (Esc comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your back: 0, no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your back: 10, the worst pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control with that letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the button that has the focus (outside a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a window or a question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <source>No sound: Qt Multimedia could not be loaded (on Linux it needs libpulse0). Cues are shown as captions only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sound_server</name>
    <message>
        <source>libpulse is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpulse could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
