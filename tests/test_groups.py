"""Resolving group mentions: aliases, demonym + noun, document context, fallbacks,
the user CSV, and the `awol groups` commands. Sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from awol.cli.app import app
from awol.errors import KnowledgeError
from awol.normalize.groups import Registry, package_group_files

FIXTURES = Path(__file__).parent / "fixtures"
NONSTATE = FIXTURES / "groups_nonstate.yaml"
EXTRA = FIXTURES / "groups_extra.csv"


@pytest.fixture(scope="module")
def reg() -> Registry:
    state = [p for p in package_group_files() if p.name.startswith("state_forces_")]
    return Registry.from_files(state + [NONSTATE])


def names(reg: Registry, text: str, countries=()) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in reg.find(text, countries)]


@pytest.mark.parametrize("text,mention,name", [
    ("Fighters of Asa'ib Ahl al-Haq left the front.", "Asa'ib Ahl al-Haq", "Asa'ib Ahl al-Haq"),
    ("Fighters of Asa’ib Ahl al-Haq left the front.", "Asa’ib Ahl al-Haq", "Asa'ib Ahl al-Haq"),
    ("Fighters of Asa`ib Ahl al-Haq left the front.", "Asa`ib Ahl al-Haq", "Asa'ib Ahl al-Haq"),
    ("Asaeb al-Haq recruited in Basra.", "Asaeb al-Haq", "Asa'ib Ahl al-Haq"),
    ("The AAH commander spoke.", "AAH", "Asa'ib Ahl al-Haq"),
    ("Two peshmergas were wounded.", "peshmergas", "Peshmerga"),
    ("The Tatmadaw shelled the town.", "Tatmadaw", "Myanmar Armed Forces"),
    ("Al Shabaab held the road.", "Al Shabaab", "Al-Shabaab (militant group)"),
    ("al Shabab held the road.", "al Shabab", "Al-Shabaab (militant group)"),
    ("The Wagner Group pulled out.", "Wagner Group", "Wagner Group"),
    ("ISWAP and JAS split in 2016.", "ISWAP", "Islamic State – West Africa Province"),
    ("The ENDF withdrew from the town.", "ENDF", "Ethiopian National Defense Force"),
    ("Boko Haram fighters surrendered.", "Boko Haram fighters", "Boko Haram"),
    ("Three NPAs surrendered.", "NPAs", "New People's Army"),
    ("Ukrainian military personnel crossed.", "Ukrainian military personnel", "Armed Forces of Ukraine"),
    ("Pakistani FC soldiers left their posts.", "FC soldiers", "Frontier Corps"),
    ("The match ended. FC troops then left the fort.", "FC troops", "Frontier Corps"),
    ("The match ended. Some FC troops then left the fort.", "FC troops", "Frontier Corps"),
])
def test_alias_resolution(reg, text, mention, name):
    assert (mention, name) in names(reg, text)


def test_another_countrys_demonym_before_a_state_alias_is_not_that_state(reg):
    """'the Lebanese Arab Army' (a breakaway of Lebanon's army) is not Jordan's 'Arab Army'."""
    assert "Jordanian Armed Forces" not in [name for _, name in names(reg, "Officers formed the Lebanese Arab Army.")]
    assert "Jordanian Armed Forces" in [name for _, name in names(reg, "Officers of the Arab Army crossed.")]
    assert "Frontier Corps" in [name for _, name in names(reg, "Pakistani FC soldiers left.")]  # its own country's


@pytest.mark.parametrize("text,name", [
    ("Officers of the National Police of Nicaragua have resigned.", "Nicaraguan National Police"),
    ("Conscripts of the Army of Croatia walked out.", "Croatian Army"),
])
def test_a_state_force_named_after_its_country(reg, text, name):
    """A force the registry names with a demonym ('Croatian Army') is also 'the Army of Croatia'."""
    assert name in [found for _, found in names(reg, text)]


@pytest.mark.parametrize("text", [
    "the aah sound he made",            # abbreviations match in capitals only
    "he told us soldiers would come",   # 'us' is not 'US'
    "a military operation began",       # a bare adjective, no country
    "Fans of Harbour Town FC sang all night.",  # a two-letter acronym ending a club's name
    "The season is over. Harbour FC won the cup.",  # also when the club opens the sentence
])
def test_no_false_alias(reg, text):
    assert reg.find(text) == []


@pytest.mark.parametrize("text,name,country", [
    ("Iraqi soldiers fled Mosul.", "Iraqi Armed Forces", "IQ"),
    ("Russian troops crossed the river.", "Russian Armed Forces", "RU"),
    ("Ukrainian servicemen deserted.", "Armed Forces of Ukraine", "UA"),
    ("The Syrian army retook the hill.", "Syrian Arab Army", "SY"),
    ("Myanmar junta soldiers defected.", "Myanmar Armed Forces", "MM"),
    ("Afghan police abandoned posts.", "Afghan National Police", "AF"),
    ("Nigerian policemen were attacked.", "Nigeria Police Force", "NG"),
    ("The Chadian army withdrew.", "Chadian Armed Forces", "TD"),
    ("Russian contract soldiers refused.", "Russian Armed Forces", "RU"),
    ("Syria's military shelled the town.", "Syrian Arab Army", "SY"),
    ("Iraq's army was rebuilt.", "Iraqi Army", "IQ"),
    ("South Vietnamese soldiers deserted.", "Republic of Vietnam Military Forces", "VD"),
    ("A North Korean soldier crossed.", "Korean People's Army", "KP"),
    ("Burmese police fired.", "Myanmar Police Force", "MM"),
    ("Mozambique's own armed forces struggle.", "Armed Defence Forces of Mozambique", "MZ"),
])
def test_demonym_and_noun(reg, text, name, country):
    m = reg.resolve(text)
    assert m is not None and (m.name, m.country, m.generic) == (name, country, False), m


@pytest.mark.parametrize("text,countries,name,generic", [
    ("Hundreds of soldiers deserted.", ("IQ",), "Iraqi Armed Forces", False),
    ("The army said 50 men left.", ("IQ",), "Iraqi Army", False),
    ("junta troops deserted", ("MM",), "Myanmar Armed Forces", False),
    ("the junta's forces", ("MM",), "Myanmar Armed Forces", False),
    ("Policemen were killed.", ("NG",), "Nigeria Police Force", False),
    ("Conscripts fled.", ("BY",), "Armed Forces of Belarus", False),
    ("Militiamen left their posts.", ("IQ",), "Shia militias", True),
    ("Militants surrendered.", ("SO",), "Somali militants", True),
    ("Rebels laid down arms.", ("CO",), "Colombian rebels", True),
    ("Insurgents surrendered.", ("MZ",), "Cabo Delgado insurgents", True),
    ("Members of the armed groups surrendered.", ("MZ",), "Cabo Delgado insurgents", True),
    ("Insurgents surrendered.", ("NE",), "Nigerien insurgents", True),
    ("security forces arrived", ("IQ",), "Iraqi security forces", False),
    ("security forces arrived", ("LB",), "Lebanese security forces", True),
    ("members of government-aligned forces left", ("YE",), "Yemeni Armed Forces", False),  # the state's, bare
])
def test_context_resolution(reg, text, countries, name, generic):
    m = reg.resolve(text, countries)
    assert m is not None and (m.name, m.generic) == (name, generic), m
    assert m.country == countries[0]


@pytest.mark.parametrize("text,name,country", [
    ("Baloch militants surrendered.", "Baloch militants", "PK"),
    ("Kashmiri militants gave up arms.", "Kashmiri militants", "IN"),
    ("Syrian rebels defected.", "Syrian rebels", "SY"),
    ("Iraqi militias withdrew.", "Shia militias", "IQ"),
    ("Fijian soldiers mutinied.", "Fijian armed forces", "FJ"),
])
def test_generic_fallbacks(reg, text, name, country):
    m = reg.resolve(text)
    assert m is not None and (m.name, m.country, m.generic, m.entry) == (name, country, True, None)


@pytest.mark.parametrize("section, loads", [("state", True), ("nonstate", False)])
def test_only_a_state_noun_class_may_have_no_fallback(tmp_path, monkeypatch, section, loads):
    from awol.normalize import groups

    (tmp_path / "generic_nouns.yaml").write_text(f"{section}:\n  wardens:\n    forms: [wardens]\n    fallback: null\n",
                                                  encoding="utf-8")
    monkeypatch.setattr(groups, "_data_dir", lambda: tmp_path)
    if loads:
        assert groups._load_nouns()[0]["wardens"].fallback is None
    else:
        with pytest.raises(KnowledgeError, match=r"generic_nouns\.yaml: noun class 'wardens' needs"):
            groups._load_nouns()


def test_a_bare_noun_joined_to_a_named_force_is_that_force_not_the_documents(reg):
    found = names(reg, "Some 40 Syrian soldiers and officers crossed the border.", ["TR"])
    assert found == [("Syrian soldiers", "Syrian Arab Army"), ("officers", "Syrian Arab Army")]
    assert names(reg, "Turkish soldiers arrived, and officers said so.", ["SY"])[-1] == ("officers", "Syrian Arab Army")


def test_bare_nouns_need_context(reg):
    assert reg.find("Soldiers deserted.") == []
    assert reg.find("forces loyal to him", ["IQ"]) == []  # 'forces' needs a demonym


@pytest.mark.parametrize("text", [
    "He crossed the military demarcation line at night.",
    "The military bloggers said the unit had gone.",
])
def test_a_noun_that_modifies_the_next_word_names_no_force(reg, text):
    assert reg.find(text, ["KP"]) == []
    assert names(reg, "The military said so.", ["KP"]) == [("The military", "Korean People's Army")]


@pytest.mark.parametrize("text", [
    'Villagers said a self-styled "Colonel" was among those held.',
    "The unit was led by a man known by the nom de guerre General Thunder.",
    "A self-proclaimed general had set up roadblocks.",
    "The Prosecutor General's Office opened the cases.",  # a civil office
    "The Attorney-General said the law was clear.",
    "A spokesman for the UN Secretary General spoke.",
])
def test_a_rank_taken_as_a_name_names_no_force(reg, text):
    assert reg.find(text, ["CM"]) == []
    assert names(reg, "A general said so.", ["CM"]) == [("general", "Cameroon Armed Forces")]


def test_resolve_takes_the_phrase_as_a_mention(reg):
    # find() leaves a bare "military" alone (it is often an adjective);
    # resolve() is given a phrase already known to name a group.
    assert reg.find("military", ["UA"]) == []
    assert reg.resolve("military", ["UA"]).name == "Armed Forces of Ukraine"


def test_bare_nonstate_noun_is_never_a_named_group(reg):
    m = reg.resolve("fighters", ["NG"])
    assert m is not None and m.entry is None and m.generic


@pytest.mark.parametrize("countries,name", [
    ((), "Al-Shabaab (militant group)"),
    (("MZ",), "Ansar al-Sunna (Mozambique)"),
    (("SO",), "Al-Shabaab (militant group)"),
    ((), "Republican Guard (Syria)"),
    (("YE",), "Republican Guard (Yemen)"),
    (("IQ",), "Republican Guard (Iraq)"),
])
def test_ambiguous_alias_follows_context(reg, countries, name):
    text = "al-Shabaab fighters" if "Guard" not in name else "the Republican Guard"
    m = reg.resolve(text, countries)
    assert (m.name, m.ambiguous) == (name, True)


def test_an_alias_of_one_entry_is_not_ambiguous(reg):
    assert reg.resolve("the Yemeni Republican Guard").ambiguous is False


def test_find_offsets_and_order(reg):
    text = "Iraqi soldiers and AAH fighters clashed; Peshmerga forces watched."
    found = reg.find(text)
    assert [m.name for m in found] == ["Iraqi Armed Forces", "Asa'ib Ahl al-Haq", "Peshmerga"]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_why_explains(reg):
    assert "alias 'AAH'" in reg.resolve("AAH").why
    assert "demonym Iraqi" in reg.resolve("Iraqi conscripts").why


def test_get_and_search(reg):
    assert reg.get("Iraqi Army").parent == "Iraqi Armed Forces"
    assert reg.get("iraqi army").name == "Iraqi Army"
    assert any(m.name == "Islamic Revolutionary Guard Corps" for m in reg.search("Pasdar"))


def test_csv_extension(reg, tmp_path):
    state = [p for p in package_group_files() if p.name.startswith("state_forces_")]
    r = Registry.from_files(state + [NONSTATE], extra=EXTRA)
    assert r.resolve("the Orchestra").name == "Wagner Group"
    nvd = r.resolve("Sever Detachment fighters")
    assert nvd.name == "Northern Volunteer Detachment" and nvd.entry.parent == "Wagner Group"
    assert r.resolve("NVD").entry.type == "volunteer_formation"


@pytest.mark.parametrize("csv_text,problem", [
    ("name,alias\nX,Y\n", "header"),
    ("name,alias,country,type,parent\nNew Band,NB,,,\n", "needs a type"),
    ("name,alias,country,type,parent\nNew Band,NB,ZZ,militia,\n", "unknown country"),
    ("name,alias,country,type,parent\nIraqi Army,IA2,SY,,\n", "contradicts"),
    ("name,alias,country,type,parent\nNew Band,NB,IQ,militia,Nobody\n", "parent 'Nobody'"),
    ("name,alias,country,type,parent\nNew Band,Tatmadaw,MM,militia,\n", "points to several groups"),
])
def test_bad_csv(tmp_path, csv_text, problem):
    path = tmp_path / "extra.csv"
    path.write_text(csv_text, encoding="utf-8")
    state = [p for p in package_group_files() if p.name.startswith("state_forces_")]
    with pytest.raises(KnowledgeError, match=problem) as err:
        Registry.from_files(state, extra=path)
    if problem not in ("parent 'Nobody'", "points to several groups"):
        assert "extra.csv:" in str(err.value)


runner = CliRunner(env={"COLUMNS": "250"})


def test_cli_search():
    result = runner.invoke(app, ["groups", "search", "Iraqi conscripts fled", "--country", "IQ"])
    assert result.exit_code == 0, result.output
    assert "Iraqi Armed Forces" in result.output and "demonym" in result.output


def test_cli_search_with_csv():
    result = runner.invoke(app, ["groups", "search", "Orchestra", "--groups", str(EXTRA)])
    assert result.exit_code == 0, result.output
    assert "Wagner Group" in result.output


def test_cli_search_nothing():
    result = runner.invoke(app, ["groups", "search", "zzzz qqqq"])
    assert result.exit_code == 1


def test_cli_stats_and_validate():
    stats = runner.invoke(app, ["groups", "stats"])
    assert stats.exit_code == 0 and "Total:" in stats.output and "armed_forces" in stats.output
    ok = runner.invoke(app, ["groups", "validate"])
    assert ok.exit_code == 0 and ok.output.startswith("ok:")


def test_a_peoples_own_generic_name(reg):
    assert names(reg, "Nine Ambazonia fighters surrendered.", ["CM"]) == [("Ambazonia fighters", "Ambazonian separatists")]


def test_fighters_in_cameroon_are_the_ambazonian_movement(reg):
    # Cameroon's press says 'ex-fighters' for the Anglophone separatists; Boko Haram is named when meant
    assert names(reg, "The centre took in 90 ex-fighters and some militants.", ["CM"]) == [
        ("ex-fighters", "Ambazonian separatists"), ("militants", "Ambazonian separatists")]


def test_a_movement_is_named_where_its_region_is(reg):
    assert reg.movement_in("Kashmiri militants", "Police in Shopian said so.")
    assert not reg.movement_in("Kashmiri militants", "Police in Ranchi said so.")
    assert reg.movement_in("Central African Republic rebels", "Anywhere at all.")  # a country-wide name
    assert not reg.movement_in("Nigerian militants", "Police in Maiduguri said so.")  # no movement name


def test_a_noun_at_the_end_of_a_compound_is_not_a_mention(reg):
    assert names(reg, "The attorney-general of Syria spoke.", ["SY"]) == []
    assert names(reg, "Syrian ex-soldiers and a Syrian general spoke.", ["SY"])[-1][0] == "Syrian general"


@pytest.mark.parametrize("text, names", [
    ("Fighters of the Syrian Democratic Forces (SDF) deserted.", ["Syrian Democratic Forces"]),
    ("Six councillors of the Social Democratic Front (SDF) joined the ruling party.", []),  # the party's initials
])
def test_an_acronym_in_parentheses_abbreviates_the_name_before_it(text, names):
    from awol.normalize.groups import default_registry

    assert [m.name for m in default_registry().find(text)] == names


@pytest.mark.parametrize("text, name", [
    ("Members of the Amhara special forces deserted.", "Amhara Special Forces"),
    ("Officers of the Liyu Police crossed the border.", "Somali Region Special Police"),
    ("Fifteen members of the Local Force militia deserted in Cabo Delgado.", "Local Force militia"),
])
def test_regional_forces_and_militias_are_named(text, name):
    from awol.normalize.groups import default_registry

    assert [m.name for m in default_registry().find(text)] == [name]
