"""Store: the SQLite database of documents, claims, events, with migrations."""

from awol.store.store import DEFAULT_DB, Store, claim_id

__all__ = ["DEFAULT_DB", "Store", "claim_id"]
