"""StretchPlayer: a hands-free guide through a routine of hamstring stretches."""

__version__ = "0.1.0"
