"""Text to speech and sound: engine, worker, cache, players, speakers by rank. Knows text, never cues."""
