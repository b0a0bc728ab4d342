"""The session engine: a timeline of cues and its playback. Pure Python, no Qt."""
