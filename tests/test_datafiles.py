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


def test_a_key_written_twice_is_an_error_not_a_silent_loss():
    with pytest.raises(yaml.YAMLError, match="'aliases' is written twice"):
        datafiles.safe_load("- name: A\n  aliases: [X]\n  aliases: [Y]\n")
    assert datafiles.safe_load("- {name: A, aliases: [X]}\n- {name: B, aliases: [X]}\n")[1]["aliases"] == ["X"]


def test_a_groups_file_with_a_key_written_twice_names_the_file(tmp_path):
    from awol.errors import KnowledgeError
    from awol.normalize.groups import read_group_file

    path = tmp_path / "twice.yaml"
    path.write_text("- name: A\n  type: militia\n  leaders: [X]\n  leaders: [Y]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"(?s)twice\.yaml.*'leaders' is written twice"):
        read_group_file(path)
