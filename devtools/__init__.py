"""What the tests and the benchmarks both start around the app: a private X server (Xvfb) and
a private sound server (a PulseAudio null sink). Development only: never shipped, never
imported by `stretchplayer`."""
