"""Reconcile: group claims that report the same thing into events; derived figures."""
