"""PyInstaller's entry point: the same `main` the `stretchplayer` command runs."""

from stretchplayer.cli import main

raise SystemExit(main())
