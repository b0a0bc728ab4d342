"""Speech and sound: a small Speaker protocol with backends chosen by rank."""
