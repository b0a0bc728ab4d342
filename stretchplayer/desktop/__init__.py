"""What talks to the desktop over D-Bus: MPRIS media controls and the screen kept awake.

Nothing here knows widgets: the composition root (app.py) hands these objects the session
controller and planner, and the session bus when there is one.
"""
