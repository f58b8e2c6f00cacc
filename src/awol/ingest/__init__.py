"""Ingest: read articles from files (JSON, JSON Lines, text, HTML, gzip) into Documents."""
