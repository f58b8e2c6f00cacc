"""Extract: find claims in documents (sentences, triggers, groups, counts, times, sources)."""
