"""Place gazetteer: names, spellings, press regions, context, stoplist, CLI.

Sentences are written for these tests. The first run builds the index from
the installed GeoNames data (seconds) and caches it; later runs load it.
"""

from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from awol.normalize.places import (
    KINDS,
    Gazetteer,
    PlaceEntry,
    _data_dir,
    default_gazetteer,
    fold,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def found(gaz: Gazetteer, text: str, countries=()) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.entry.name, m.entry.country) for m in gaz.find(text, countries)]


@pytest.mark.parametrize("text, country", [
    ("Burma", "MM"), ("Myanmar", "MM"),
    ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Cote d'Ivoire", "CI"),
    ("DRC", "CD"), ("DR Congo", "CD"), ("Democratic Republic of the Congo", "CD"),
    ("Republic of the Congo", "CG"),
    ("US", "US"), ("U.S.", "US"), ("United States", "US"),
    ("UK", "GB"), ("Britain", "GB"),
    ("South Korea", "KR"), ("North Korea", "KP"),
    ("Syria", "SY"), ("Russia", "RU"), ("Iran", "IR"),
    ("Turkey", "TR"), ("Türkiye", "TR"),
    ("Niger Republic", "NE"), ("Niger", "NE"), ("Chad", "TD"), ("Jordan", "JO"), ("Georgia", "GE"),
    ("Czech Republic", "CZ"), ("South Sudan", "SS"), ("Sudan", "SD"),
])
def test_country_names(gaz, text, country):
    mentions = gaz.find(f"The men crossed into {text} last year.")
    assert [(m.text, m.entry.country, m.entry.kind) for m in mentions] == [(text, country, "country")]


@pytest.mark.parametrize("text, name, country", [
    ("Anbar", "Anbar", "IQ"), ("al-Anbar", "Anbar", "IQ"), ("Al Anbar", "Anbar", "IQ"),
    ("Diyala", "Diyala", "IQ"), ("Waset", "Wasit", "IQ"), ("Wasit", "Wasit", "IQ"),
    ("Salah al-Din", "Salahuddin", "IQ"), ("Salahuddin", "Salahuddin", "IQ"),
    ("Nineveh", "Nineveh", "IQ"), ("Ninawa", "Nineveh", "IQ"),
    ("Donetsk Oblast", "Donetsk Oblast", "UA"), ("Donetsk region", "Donetsk Oblast", "UA"),
    ("Donetsk", "Donetsk Oblast", "UA"),
    ("Shan State", "Shan State", "MM"), ("Chin State", "Chin State", "MM"),
    ("Kayah State", "Kayah State", "MM"), ("Karen State", "Kayin State", "MM"),
    ("Kachin State", "Kachin State", "MM"), ("Sagaing Region", "Sagaing Region", "MM"),
    ("Borno", "Borno", "NG"), ("Borno State", "Borno", "NG"), ("Yobe", "Yobe", "NG"),
    ("Hatay", "Hatay", "TR"), ("Şırnak", "Şırnak", "TR"), ("Sirnak", "Şırnak", "TR"),
    ("Basilan", "Basilan", "PH"), ("Sulu", "Sulu", "PH"), ("Tawi-Tawi", "Tawi-Tawi", "PH"),
    ("Hirshabelle", "Hirshabelle", "SO"), ("Galmudug", "Galmudug", "SO"),
    ("South West State", "South West State", "SO"), ("Jubbaland", "Jubbaland", "SO"),
    ("Kurdistan Region", "Kurdistan Region", "IQ"), ("Kurdistan region", "Kurdistan Region", "IQ"),
])
def test_subdivision_spellings(gaz, text, name, country):
    assert found(gaz, f"Hundreds of conscripts left {text} in the spring.") == [(text, name, country)]


def test_type_word_joins_the_mention(gaz):
    assert found(gaz, "Soldiers fled Diyala province and Kano State.") == [
        ("Diyala province", "Diyala", "IQ"), ("Kano State", "Kano State", "NG")]


@pytest.mark.parametrize("text, name, country", [
    ("Baiji", "Bayjī", "IQ"), ("Bayji", "Bayjī", "IQ"), ("Ramadi", "Ramadi", "IQ"),
    ("Mosul", "Mosul", "IQ"), ("Gao", "Gao", "ML"), ("Maiduguri", "Maiduguri", "NG"),
    ("Mogadishu", "Mogadishu", "SO"), ("Kabul", "Kabul", "AF"), ("Reyhanli", "Reyhanlı", "TR"),
])
def test_cities(gaz, text, name, country):
    mentions = gaz.find(f"Police in {text} said the men had gone.")
    assert [(m.text, m.entry.name, m.entry.country, m.entry.kind) for m in mentions] == [
        (text, name, country, "city")]
    assert mentions[0].entry.lat is not None and mentions[0].entry.lon is not None


def test_small_town_needs_document_country(gaz):
    text = "The unit abandoned its base at Tessalit."
    assert found(gaz, text) == []
    assert found(gaz, text, ["ML"]) == [("Tessalit", "Tessalit", "ML")]


@pytest.mark.parametrize("text, name, country", [
    ("Europe", "Europe", None), ("northern Europe", "northern Europe", None),
    ("the Middle East", "the Middle East", None), ("the Sahel", "the Sahel", None),
    ("Lake Chad", "Lake Chad", None), ("the Balkans", "the Balkans", None),
    ("Scandinavia", "Scandinavia", None), ("Central Asia", "Central Asia", None),
    ("North Africa", "North Africa", None), ("the Gulf", "the Gulf", None),
    ("southern Somalia", "southern Somalia", "SO"), ("northern Iraq", "northern Iraq", "IQ"),
    ("eastern Ukraine", "eastern Ukraine", "UA"), ("north-eastern Nigeria", "north-eastern Nigeria", "NG"),
    ("south Kashmir", "south Kashmir", "IN"),
])
def test_press_regions(gaz, text, name, country):
    mentions = gaz.find(f"Many of them later moved to {text}, relatives said.")
    assert [(m.text, m.entry.name, m.entry.country) for m in mentions] == [(text, name, country)]
    assert mentions[0].entry.kind == "region"


def test_direction_does_not_split_country_names(gaz):
    assert found(gaz, "They went from South Sudan to North Korea.") == [
        ("South Sudan", "South Sudan", "SS"), ("North Korea", "North Korea", "KP")]


@pytest.mark.parametrize("context, country", [((), "LY"), (["LB"], "LB"), (["LY"], "LY")])
def test_tripoli_by_context(gaz, context, country):
    assert found(gaz, "They reached Tripoli by boat.", context) == [("Tripoli", "Tripoli", country)]


@pytest.mark.parametrize("context, country", [((), "IN"), (["PK"], "PK")])
def test_hyderabad_by_context(gaz, context, country):
    assert [m.entry.country for m in gaz.find("He was arrested in Hyderabad.", context)] == [country]


@pytest.mark.parametrize("text", [
    "Most soldiers said many left in March.",
    "May was the worst month, Police said.",
    "Officials in Nice and Mobile declined to comment.",
    "Reuters could not verify the figures in August.",
    "The Washington Post and the New York Times reported it.",
    "Boko Haram fighters surrendered to the army.",
    "us and them, the state and the region",
    "Vladimir Putin signed the decree.",
    "The UN said the figures were unverified.",
])
def test_stoplist_and_non_places(gaz, text):
    assert found(gaz, text) == []


def test_offsets_point_into_the_text(gaz):
    text = "Deserters from al-Anbar's 7th Division reached Turkey, then Europe."
    mentions = gaz.find(text)
    assert [m.text for m in mentions] == ["al-Anbar", "Turkey", "Europe"]
    for m in mentions:
        assert text[m.start:m.end] == m.text


def test_lookup(gaz):
    assert gaz.lookup("Waset") == PlaceEntry("Wasit", "IQ", "admin1", gaz.lookup("Wasit").lat,
                                             gaz.lookup("Wasit").lon, None)
    assert gaz.lookup("Tripoli", ["LB"]).country == "LB"
    assert gaz.lookup("the Middle East").country is None
    assert gaz.lookup("southern Somalia").country == "SO"
    assert gaz.lookup("Qqqzzyx") is None
    assert gaz.lookup("") is None


def test_search_explains_candidates(gaz):
    rows = gaz.search("Tripoli", ["LB"])
    assert rows[0][0].country == "LB"
    assert "in document countries" in rows[0][1] and "chosen" in rows[0][1]
    assert {entry.country for entry, _ in rows} >= {"LB", "LY"}


def test_fold():
    assert fold("Al Anbār") == fold("al-Anbar") == "al anbar"
    assert fold("Şırnak") == "sirnak"
    assert fold("Sana'a") == fold("Sanaa")


def test_data_files_are_valid():
    import pycountry

    data = _data_dir()
    regions = yaml.safe_load((data / "regions.yaml").read_text(encoding="utf-8"))
    names = [r["name"] for r in regions]
    assert len(names) == len(set(names))
    for rec in regions:
        assert rec.get("kind", "region") in KINDS
        assert rec["country"] is None or pycountry.countries.get(alpha_2=rec["country"]), rec
        assert -90 <= rec["lat"] <= 90 and -180 <= rec["lon"] <= 180, rec
    countries = yaml.safe_load((data / "country_aliases.yaml").read_text(encoding="utf-8"))
    owner: dict[str, str] = {}
    for code, aliases in countries.items():
        assert pycountry.countries.get(alpha_2=code), code
        for alias in aliases:
            assert owner.setdefault(fold(alias), code) == code, alias
    stops = {fold(line) for line in (data / "stoplist.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    assert not stops & set(owner), "a country alias is stoplisted"


def test_cli_places_search(gaz):
    from awol.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["places", "search", "Tripoli", "--country", "LB"])
    assert result.exit_code == 0, result.output
    assert "LB" in result.output and "resolves to Tripoli (LB, city)" in result.output
    missing = runner.invoke(app, ["places", "search", "Qqqzzyx"])
    assert missing.exit_code == 1
    assert "country null" in missing.output
