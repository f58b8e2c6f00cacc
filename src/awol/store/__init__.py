"""Store: the SQLite database of documents, claims, events, with migrations."""
