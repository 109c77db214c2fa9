"""Kodeverk: qualitative coding of interview transcripts (the headless core).

Nothing in this package imports Qt; the desktop app in ``ui/`` calls it.
"""

__version__ = "0.1.0"
