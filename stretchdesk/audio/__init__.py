"""Sound and speech for cues: chime synthesis and players behind the CuePlayer protocol."""
