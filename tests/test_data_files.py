"""The package's YAML knowledge files hold words, not YAML's booleans and nulls.

YAML 1.1 (PyYAML) reads a bare `no`, `on`, `yes` or `off` in a list as a
boolean, so a word list silently loses the word ("no" became "false" in the
irrealis list once). Such words must be quoted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = sorted((Path(__file__).parents[1] / "src" / "awol").rglob("*.yaml"))


def _non_words(value, path="") -> list[str]:
    if isinstance(value, dict):
        return [bad for k, v in value.items() for bad in _non_words(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [f"{path}: {item!r}" for item in value if isinstance(item, bool) or item is None] + [
            bad for item in value if isinstance(item, (dict, list)) for bad in _non_words(item, path)]
    return []


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_no_list_item_is_a_yaml_boolean_or_null(path: Path) -> None:
    assert _non_words(yaml.safe_load(path.read_text(encoding="utf-8"))) == []


def test_the_check_finds_an_unquoted_no() -> None:
    assert _non_words(yaml.safe_load("irrealis: [never, no, not]\n")) == [".irrealis: False"]
