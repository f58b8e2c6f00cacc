"""Country lookup by name, alias and demonym; the table against ISO 3166."""

from __future__ import annotations

import pycountry
import pytest

from awol.normalize.countries import (
    adversaries,
    all_countries,
    country_code,
    country_name,
    demonym,
    find_capitals,
    find_countries,
    fold,
    fold_case,
)


@pytest.mark.parametrize("text,code", [
    ("Iraq", "IQ"), ("Iraqi", "IQ"), ("iraqi", "IQ"), ("Iraq's", "IQ"), ("Burmese", "MM"), ("Myanmar", "MM"),
    ("Burma", "MM"), ("DPRK", "KP"), ("North Korean", "KP"), ("Soviet", "SU"), ("USSR", "SU"),
    ("South Vietnamese", "VD"), ("Ukrainian", "UA"), ("U.S.", "US"), ("American", "US"),
    ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"), ("Congolese", "CD"),
    ("Nigerien", "NE"), ("Nigerian", "NG"), ("Yugoslav", "YU"), ("Türkiye", "TR"),
])
def test_country_code(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["us", "Atlantis", "", "soldiers"])
def test_not_a_country(text):
    assert country_code(text) is None


def test_names_and_demonyms():
    assert country_name("IQ") == "Iraq"
    assert demonym("IQ") == "Iraqi"
    assert demonym("MM") == "Myanmar"
    assert country_name("ZZ") is None


def test_table_covers_un_members_and_codes_are_iso():
    codes = {c.code for c in all_countries()}
    assert len(codes) >= 193 + 5
    historic_or_user = {"SU", "YU", "VD", "CS", "DD", "XK"}
    for code in codes - historic_or_user:
        assert pycountry.countries.get(alpha_2=code) is not None, code


def test_find_countries():
    text = "Iraqi and Syrian officials met in Turkey; the turkey was cold, and US troops left."
    found = [(text[s:e], c) for s, e, c in find_countries(text)]
    assert found == [("Iraqi", "IQ"), ("Syrian", "SY"), ("Turkey", "TR"), ("US", "US")]


def test_a_people_in_the_plural_names_its_country():
    text = "Some 5,000 Cameroonians and a few Iraqis crossed over; the Sudanese stayed."
    assert [(text[s:e], c) for s, e, c in find_countries(text)] == [
        ("Cameroonians", "CM"), ("Iraqis", "IQ"), ("Sudanese", "SD")]


def test_a_country_in_a_compound_adjective_is_not_named():
    text = "Recruits from the French-speaking regions, the Saudi-led coalition and US-trained units met Russian-Ukrainian envoys."
    assert [c for _, _, c in find_countries(text)] == ["RU", "UA"]


@pytest.mark.parametrize("text", [
    "The brigade’s commander said on Monday — in Kyiv — that 40 soldiers had deserted. " * 3,
    "ŞANLIURFA: İstanbul's governor, the ſoldiers’ “Ḡeneral” and Ørsted said so. " * 3,
    "A lone surrogate \ud800 in a long enough text about the army and its deserters " * 2,
    "日本の自衛隊 and the army: a text with characters beyond the array's range " * 2,
])
def test_fold_of_a_long_text_is_its_characters_folded_one_by_one(text):
    """Long non-ASCII texts are folded through an array; the result is each character's fold."""
    assert len(text) >= 64
    assert fold(text) == "".join(fold(c) for c in text)
    assert fold_case(text) == "".join(fold_case(c) for c in text)


def test_fold_keeps_length():
    for s in ["Asa’ib Ahl al-Haq", "İstanbul", "Ejército", "al‑Shabaab"]:
        assert len(fold(s)) == len(s)
    assert fold("Asa’ib AL-Haq") == "asa'ib al haq"


@pytest.mark.parametrize("text, codes", [
    ("Kyiv and Moscow traded blame.", ["UA", "RU"]),
    ("Officials in Kiev said so.", ["UA"]),
    ("Baghdad has not commented.", ["IQ"]),
    ("Male soldiers and Victoria Cross holders met in Kingston.", []),
    ("The London-based monitor and the Washington Post reported it.", []),
    ("Kyivan bakers sold Moscowitz bread.", []),
])
def test_find_capitals(text, codes):
    assert [code for _, _, code in find_capitals(text)] == codes



@pytest.mark.parametrize("year, enemy", [(None, True), (2009, True), (2018, True), (2022, False)])
def test_adversaries_hold_only_until_the_peace(year, enemy):
    assert ("ET" in adversaries("ER", year)) is enemy
    assert "KR" in adversaries("KP", year)  # no end year: enemies whenever
