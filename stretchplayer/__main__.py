from stretchplayer.cli import main

raise SystemExit(main())
