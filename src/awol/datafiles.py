"""Reading awol's YAML knowledge files.

Every worker process reads them at start-up, so they go through libyaml's
parser where PyYAML was built with it (about ten times faster than the pure
Python one, and the same data); the pure Python parser otherwise.
"""

from __future__ import annotations

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """`yaml.safe_load`, on the fastest safe loader this PyYAML has."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader
