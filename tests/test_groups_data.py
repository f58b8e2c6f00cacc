"""Every groups data file in the package loads and validates, and together they
make one consistent registry (no alias on two groups without a rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from awol.errors import KnowledgeError
from awol.normalize.countries import is_country_code
from awol.normalize.groups import HISTORIC_CODES, TYPES, Registry, package_group_files, read_group_file

FILES = package_group_files()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_file_entries_are_well_formed(path: Path):
    entries = read_group_file(path)
    assert entries, f"{path.name} is empty"
    for e in entries:
        assert e.type in TYPES
        assert e.country is None or is_country_code(e.country) or e.country in HISTORIC_CODES
        assert e.name and all(a.strip() for a in e.aliases)


def test_whole_registry_validates():
    reg = Registry.load()
    names = {e.name for e in reg.entries()}
    assert all(e.parent in names for e in reg.entries() if e.parent)


def test_state_coverage():
    reg = Registry.load()
    soldiers = {e.country for e in reg.entries() if "soldiers" in e.nouns}
    police = {e.country for e in reg.entries() if "police" in e.nouns}
    assert len(soldiers) >= 70
    assert len(police) >= 50


@pytest.mark.parametrize("name,country", [
    ("Iraqi Armed Forces", "IQ"), ("Iraqi Army", "IQ"), ("Iraqi Special Operations Forces", "IQ"),
    ("Peshmerga", "IQ"), ("Armed Forces of Ukraine", "UA"), ("Russian Armed Forces", "RU"),
    ("Syrian Arab Army", "SY"), ("Syrian Arab Air Force", "SY"), ("Republican Guard (Syria)", "SY"),
    ("Myanmar Armed Forces", "MM"), ("Myanmar Police Force", "MM"), ("Afghan National Army", "AF"),
    ("Afghan National Security Forces", "AF"), ("Ethiopian National Defense Force", "ET"),
    ("National Bolivarian Armed Forces of Venezuela", "VE"), ("Lebanese Armed Forces", "LB"),
    ("Somali National Army", "SO"), ("Chadian Armed Forces", "TD"),
    ("Republic of Vietnam Military Forces", "VD"), ("Soviet Army", "SU"),
    ("United States Armed Forces", "US"), ("Korean People's Army", "KP"),
    ("Eritrean Defence Forces", "ER"), ("Haitian National Police", "HT"),
    ("Armed Forces of Belarus", "BY"), ("Nigeria Police Force", "NG"), ("Nigerian Army", "NG"),
    ("Malian Armed Forces", "ML"), ("Islamic Revolutionary Guard Corps", "IR"),
    ("Islamic Republic of Iran Army", "IR"), ("Yugoslav People's Army", "YU"),
    ("Army of the Republic of Vietnam", "VD"),
])
def test_named_state_forces_exist(name, country):
    e = _REG.get(name)
    assert e is not None and e.country == country


_REG = Registry.load()


@pytest.mark.parametrize("text, countries, name", [
    ("Volunteers left their posts.", ("BF",), "Volunteers for the Defense of the Homeland"),
    ("Burkinabe volunteers left their posts.", (), "Volunteers for the Defense of the Homeland"),
    ("Volunteers left their posts.", ("RU",), None),
    ("Russian volunteers left their posts.", (), None),
])
def test_volunteers_are_a_force_only_where_a_state_raised_a_corps_of_them(text, countries, name):
    m = Registry.load().resolve(text, countries)
    assert (m.name if m is not None else None) == name


@pytest.mark.parametrize("text, countries, name", [
    ("the People's Liberation Army", (), "People's Liberation Army"),
    ("the People's Liberation Army", ("NP",), "People's Liberation Army (Nepal)"),
    ("PLA combatants", ("NP",), "People's Liberation Army (Nepal)"),
])
def test_the_peoples_liberation_army_in_a_story_from_nepal_is_the_maoists(text, countries, name):
    assert _REG.resolve(text, countries).name == name


@pytest.mark.parametrize("name, several", [
    ("Congolese armed groups", True), ("Colombian armed groups", True),
    ("Kashmiri militants", False), ("Allied Democratic Forces", False),
])
def test_armed_groups_name_several_groups_and_a_movement_one(name, several):
    assert _REG.names_several(name) is several


def test_basij_is_a_child_of_the_irgc():
    assert _REG.get("Basij").parent == "Islamic Revolutionary Guard Corps"


@pytest.mark.parametrize("yaml_text,problem", [
    ("- {name: X, type: gang}\n", "type 'gang'"),
    ("- {name: X, type: militia, country: ZZ}\n", "unknown country"),
    ("- {name: X, type: militia, colour: red}\n", "unknown field"),
    ("- {type: militia}\n", "no 'name'"),
    ("name: X\n", "YAML list"),
])
def test_bad_entries_are_reported_with_file_and_line(tmp_path, yaml_text, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=problem) as err:
        read_group_file(path)
    assert "bad.yaml" in str(err.value)


@pytest.mark.parametrize("yaml_text,problem", [
    ("- {name: A, type: militia, aliases: [ABC]}\n- {name: B, type: militia, aliases: [ABC]}\n", "several groups"),
    ("- {name: A, type: militia, parent: Nobody}\n", "parent 'Nobody'"),
    ("- {name: A, type: army, country: IQ, nouns: [soldiers]}\n- {name: B, type: army, country: IQ, nouns: [soldiers]}\n", "already claimed"),
    ("- {name: A, type: army, country: IQ, nouns: [warriors]}\n", "not a state noun class"),
    ("- {name: A, type: militia, aliases: [soldiers]}\n", "generic noun"),
    ("- {name: A, type: militia}\n- {name: A, type: militia}\n", "defined twice"),
    ("- {name: A, type: police, country: PK, places: [Quetta]}\n", "'places' need a parent"),
    ("- {name: A, type: militia, leaders: [Kony]}\n- {name: B, type: militia, leaders: [Kony]}\n", "already the leader"),
])
def test_cross_entry_rules(tmp_path, yaml_text, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=problem):
        Registry.from_files([path])


@pytest.mark.parametrize("text,mention,name", [
    ("Some 40 fighters loyal to the renegade general Khalifa Haftar laid down their arms.",
     "fighters loyal to the renegade general Khalifa Haftar", "Libyan National Army"),
    ("Hundreds of Prigozhin's men had left the front.", "Prigozhin's men", "Wagner Group"),
    ("Troops under the command of Riek Machar crossed the river.", "Troops under the command of Riek Machar",
     "Sudan People's Liberation Movement-in-Opposition"),
])
def test_a_force_named_by_its_leader(text, mention, name):
    assert [(m.text, m.name) for m in _REG.find(text)] == [(mention, name)]


@pytest.mark.parametrize("text", [
    "Haftar said the talks had failed.",
    "Kony's death was never confirmed.",
    "Fighters of the group that opposed Kony went home.",
])
def test_a_leader_named_alone_is_a_person_not_a_force(text):
    assert [m.name for m in _REG.find(text) if m.entry is not None and m.entry.leaders] == []


def test_a_local_branch_is_found_by_the_places_it_serves():
    text = "In Bannu and Peshawar police quit; in Shopian, too."
    assert [(text[at:at + 6], e.name, e.parent) for at, e in _REG.local_places(text)] == [
        ("Bannu ", "Khyber Pakhtunkhwa Police", "Police of Pakistan"),
        ("Peshaw", "Khyber Pakhtunkhwa Police", "Police of Pakistan"),
        ("Shopia", "Jammu and Kashmir Police", "Indian police")]


def test_ambiguous_alias_is_allowed_when_marked(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text(
        "- {name: A, type: militia, country: IQ, aliases: [ABC]}\n"
        "- {name: B, type: militia, country: SY, ambiguous_alias: [ABC]}\n", encoding="utf-8")
    reg = Registry.from_files([path])
    assert reg.resolve("ABC").name == "A"
    assert reg.resolve("ABC", ["SY"]).name == "B"


@pytest.mark.parametrize("text", [
    "Dissidents of the former FARC said eleven of their men had left.",
    "Some 131 came from dissident factions of the FARC.",
])
def test_dissidents_of_the_farc_are_farc_dissidents(text):
    assert [m.name for m in _REG.find(text)] == ["FARC dissidents"]
