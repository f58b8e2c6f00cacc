"""awol: people leaving armed forces and armed groups, read from conflict reporting.

Kept light on purpose: heavy libraries (spaCy, trafilatura) load where they are used.
"""

__version__ = "0.1.0"
