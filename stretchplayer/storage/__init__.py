"""The person's files: paths, atomic JSON, settings, routines, history (no Qt)."""
