"""Running a session: the timer, what to plan and when, what to say, what to record."""
