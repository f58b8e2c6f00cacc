"""Reading awol's YAML knowledge files.

Every worker process reads them at start-up, so they go through libyaml's
parser where PyYAML was built with it (about ten times faster than the pure
Python one, and the same data); the pure Python parser otherwise.
"""

from __future__ import annotations

import yaml


class SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The fastest safe loader, refusing a key written twice in one mapping: plain YAML keeps the
    last and silently drops the first (two `aliases:` lines in an entry lose one of them)."""

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        seen: set = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark, f"key {key!r} is written twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def safe_load(text: str):
    """`yaml.safe_load`, on the fastest safe loader this PyYAML has."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader
