"""What talks to the desktop: MPRIS media controls and the screen kept awake (over D-Bus),
and the single instance (a lock file and a local socket).

Nothing here knows widgets: the composition root (app/) hands these objects the session
controller and planner, and the session bus when there is one.
"""
