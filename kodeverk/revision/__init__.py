"""Revised transcripts: re-anchoring codings onto a new text, the revise service and the review list."""
