"""Serve: the HTTP API and the analyst dashboard."""
