"""The YAML knowledge files are read with libyaml when PyYAML has it; that must change nothing."""

from importlib import resources
from pathlib import Path

import pytest
import yaml

from awol import datafiles

PACKAGE = Path(str(resources.files("awol")))
FILES = sorted(PACKAGE.rglob("*.yaml"))


def test_the_package_has_knowledge_files():
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_file_reads_the_same_as_with_the_pure_python_parser(path):
    text = path.read_text(encoding="utf-8")
    assert datafiles.safe_load(text) == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506


def test_the_loader_stays_safe():
    with pytest.raises(yaml.YAMLError):
        datafiles.safe_load("!!python/object/apply:os.system ['true']")


def test_a_broken_file_raises_yamls_own_error():
    with pytest.raises(yaml.YAMLError):
        datafiles.safe_load("words: [unclosed")
