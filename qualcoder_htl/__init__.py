"""qualcoder-htl: thematic coding and pseudonymisation of Swedish interview transcripts."""

__version__ = "0.1.0"
