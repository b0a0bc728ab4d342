"""What talks to the desktop: MPRIS, screen-saver inhibit, single instance."""
