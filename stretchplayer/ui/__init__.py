"""The widgets: they show what the session controller reports and forward what the user asks.

Nothing here keeps time or builds a timeline; the app (stretchplayer.app) wires them up.
"""
