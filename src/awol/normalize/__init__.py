"""Normalize: turn words into values (counts, periods) and names into entities (groups, places)."""
