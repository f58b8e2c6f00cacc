"""The extractor end to end on short reports written for these tests.

Each case is one small article and the claims a careful reader takes from it.
"""

from __future__ import annotations

import pytest

from awol.extract.pipeline import Extractor
from awol.model import Document


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def run(extractor, text, published="2023-06-14", publisher="Example Wire", title=None):
    return extractor.extract(Document(id="t", text=text, published=published, publisher=publisher, title=title))


def one(result, kind=None):
    claims = [c for c in result.claims if kind is None or c.kind == kind]
    assert len(claims) == 1, [c.to_schema() for c in result.claims]
    return claims[0]


def kinds_and_groups_of(result, low):
    """(kind, group) of each claim whose count starts at `low`."""
    return [(c.kind, c.group) for c in result.claims if c.count is not None and c.count.low == low]


def test_figure_group_source_and_period(extractor):
    r = run(extractor, "More than 120 Malian soldiers deserted their posts in Gao last month, "
                       "a spokesman for the Defence Ministry said.")
    c = one(r)
    assert (c.kind, c.group, c.group_country) == ("desertion", "Malian Armed Forces", "ML")
    assert (c.count.low, c.count.high, c.count_text) == (121, None, "More than 120")
    assert (c.period.start, c.period.end) == ("2023-05-01", "2023-05-31")
    assert c.source_type == "government"
    assert [p.name for p in c.origin] == ["Gao"]


def test_vague_figures_stay_vague(extractor):
    c = one(run(extractor, "Dozens of Boko Haram fighters surrendered to troops in Borno State on Tuesday."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Boko Haram", 24, 99)
    assert (c.period.start, c.period.end) == ("2023-06-13", "2023-06-13")


@pytest.mark.parametrize("who", ["minors", "teenagers", "adolescents", "juveniles"])
def test_young_recruits_are_people_a_figure_counts(extractor, who):
    c = one(run(extractor, f"Dozens of {who} taken by the ELN have escaped from its camps in Arauca this year, "
                           "the ombudsman said."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "National Liberation Army (Colombia)", 24, 99)


@pytest.mark.parametrize("who, group", [
    ("a 16-year-old adolescent who had been taken in Arauca by the ELN", "National Liberation Army (Colombia)"),
    ("a boy recruited in Choco by the Segunda Marquetalia FARC dissidents", "FARC dissidents"),
])
def test_one_young_person_taken_by_a_force_is_one(extractor, who, group):
    c = one(run(extractor, f"The brigade reported that {who} escaped from the group on 3 May."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", group, 1, 1)


@pytest.mark.parametrize("verb", ["are", "were"])
def test_a_figure_that_is_people_who_left_counts_them(extractor, verb):
    c = one(run(extractor, f"About 300 {verb} Russian contract soldiers who refused to go back after their leave, "
                           "a defence lawyer said."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Russian Armed Forces", 270, 330)


@pytest.mark.parametrize("part", ["several hundred of the arrivals were", '"several hundred" of the new arrivals were',
                                  "several hundred of them are"])
def test_a_part_of_others_that_is_people_who_left_counts_them(extractor, part):
    c = one(run(extractor, f"Officials in Bujumbura said {part} Congolese soldiers who had abandoned their "
                           "positions near Uvira."))
    assert (c.kind, c.group, c.count.low, c.count.high) == (
        "desertion", "Armed Forces of the Democratic Republic of the Congo", 300, 900)


@pytest.mark.parametrize("estimate", ["could be as high as", "may be as many as", "might be up to"])
def test_a_guess_at_the_size_is_an_upper_bound(extractor, estimate):
    c = one(run(extractor, "An MP said the real number of Ukrainian soldiers absent from their units "
                           f"{estimate} 90,000."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Armed Forces of Ukraine", None, 90000)


@pytest.mark.parametrize("rate", ["a month", "per week", "every month"])
def test_the_number_of_leavers_told_as_a_rate_is_their_count(extractor, rate):
    c = one(run(extractor, "A defence spokesman said the number of Afghan soldiers who deserted had fallen to "
                           f"about 900 {rate} this year."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Afghan National Army", 810, 990)


@pytest.mark.parametrize("opening", ["Ahmad Zia was 24 and a sergeant in", "He was 24 and a sergeant in",
                                     "At 24, Ahmad Zia was a sergeant in"])
def test_the_age_of_one_who_left_is_no_count(extractor, opening):
    c = one(run(extractor, f"{opening} the Afghan National Army when he deserted his base in Kandahar in May."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Afghan National Army", 1, 1)


@pytest.mark.parametrize("where", ["in an interview", "in a radio interview", "when interviewed"])
def test_a_figure_told_in_an_interview_is_no_sample(extractor, where):
    r = run(extractor, "Mali's army is fighting rebels in the north. The defence minister conceded "
                       f"{where} that a few soldiers had abandoned their posts.")
    c = one(r)
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Malian Armed Forces", 2, 5)


def test_no_figure_keeps_count_null(extractor):
    c = one(run(extractor, "Many Iraqi soldiers have abandoned their posts, officers told reporters."))
    assert c.count is None
    assert c.group == "Iraqi Armed Forces"


def test_one_person(extractor):
    c = one(run(extractor, "A North Korean private slipped through the minefields and defected on Sunday, the South Korean military said.",
                published="2025-10-19"))
    assert (c.kind, c.count.low, c.count.high, c.count_text) == ("defection", 1, 1, "A")
    assert c.source_type == "military"


def test_a_named_person_is_one_without_count_words(extractor):
    c = one(run(extractor, "Russian troops shelled Kharkiv again. Ivan Petrov deserted from his artillery unit in "
                           "June 2022 and fled to Georgia."))
    assert (c.kind, c.group, c.count.low, c.count.high, c.count_text) == ("desertion", "Russian Armed Forces", 1, 1, None)
    assert [p.country for p in c.destination] == ["GE"]  # fleeing to a state at peace with his own is no defection


@pytest.mark.parametrize("who", ["a rifleman", "a mobilised gunner", "a conscripted sniper", "a lance corporal"])
def test_one_member_told_by_his_role_is_one_person(extractor, who):
    r = run(extractor, "Many Russian soldiers have deserted this year. One of them is Oleg, 41, "
                       f"{who} who left his unit near Kreminna in March and reached Georgia in April.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims if c.count] == [
        ("desertion", "Russian Armed Forces", 1, 1)]


def test_he_who_rejoins_a_force_named_after_the_verb_is_one(extractor):
    r = run(extractor, "Thousands of Iraqi soldiers fled Mosul in 2014. He rejoined the army in August, his cousin said.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims if c.kind == "return"] == [
        ("return", "Iraqi Army", 1, 1)]


@pytest.mark.parametrize("text, mention, kind", [
    ("Her son deserted his unit outside Bakhmut in May, she said.", "Her son", "desertion"),
    ("His brother defected to the Ukrainian side last winter, he said.", "His brother", "defection"),
])
def test_a_relative_in_a_familys_account_is_one_person(extractor, text, mention, kind):
    c = one(run(extractor, "Russia's army keeps losing men at the front, families say. " + text))
    assert (c.kind, c.group, c.group_mention, c.count.low, c.count.high) == (kind, "Russian Armed Forces", mention, 1, 1)


def test_a_relative_without_a_possessive_is_no_person_of_the_force(extractor):
    r = run(extractor, "Russia's army keeps losing men at the front, families say. The son of a minister left "
                       "for London in May.")
    assert r.claims == []


@pytest.mark.parametrize("text, group", [
    ("Some 40 fighters left Boko Haram last month, a Nigerian army spokesman said.", "Boko Haram"),
    ("Three Saudi fighters reached Turkey in May after leaving the Islamic State.", "Islamic State"),
    ("About 60 soldiers left the Russian Army in March, a rights group said.", "Russian Armed Forces"),
])
def test_leaving_an_armed_group_named_after_the_verb(extractor, text, group):
    c = one(run(extractor, text))
    assert (c.kind, c.group) == ("desertion", group)
    assert c.count is not None


def test_a_part_that_joined_leaves_the_rest_deserters(extractor):
    c = one(run(extractor, "Hundreds of Somali soldiers have walked away from their units and some have joined "
                           "al-Shabaab, a UN report says."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Somali National Army", 200)
    c = one(run(extractor, "Hundreds of Somali soldiers, many of them armed, have deserted and joined al-Shabaab."))
    assert (c.kind, c.to_group) == ("defection", "Al-Shabaab")
    c = one(run(extractor, "Dozens of Myanmar soldiers have slipped away from their battalions, and a few have "
                           "joined the Arakan Army, the network said."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Myanmar Armed Forces", 24)


@pytest.mark.parametrize("text, kind, group, low", [
    ("A few hundred Myanmar soldiers went absent last year, a junta spokesman said.", "desertion",
     "Myanmar Armed Forces", 200),
    ("Three Thai rangers of Task Force 46 left their post last week, police said.", "desertion", "Thahan Phran", 3),
    ("About 600 LTTE fighters had taken off their uniforms and gone back to their villages.", "desertion",
     "Liberation Tigers of Tamil Eelam", 540),
    ("Some 80 fighters of the Segunda Marquetalia have abandoned that group to join the Comandos de la Frontera.",
     "defection", "Segunda Marquetalia", 72),
    ("Some 60 BRN separatists were reporting themselves to soldiers at the Pattani camp yesterday.", "defection",
     "Barisan Revolusi Nasional", 54),
    ("A local militant affiliated with Lashkar-e-Taiba surrendered before the Army's 22 Rashtriya Rifles.", "defection",
     "Lashkar-e-Taiba", 1),
    ("Twelve Ukrainian soldiers from the brigade failed to come back from their leave in May.", "desertion",
     "Armed Forces of Ukraine", 12),
    ("About 300 men of the Ukrainian brigade have gone SZCh since the spring.", "desertion", "Armed Forces of Ukraine",
     270),
    ("Forty Ukrainian soldiers walked out of their positions near Toretsk in a single week.", "desertion",
     "Armed Forces of Ukraine", 40),
    ("Some 40 Iraqi soldiers changed into civilian clothes at their base in Mosul on Tuesday.", "desertion",
     "Iraqi Armed Forces", 36),
    ("In Sudan, 85 RSF fighters handed themselves and their weapons over to the army in Kordofan.", "defection",
     "Rapid Support Forces", 85),
    ("In Myanmar, 420 members of the PDF returned to the legal fold last month, state media said.", "defection",
     "People's Defence Force (Myanmar)", 420),
    ("In Yemen, 55 government soldiers came back to the embrace of the nation, the Houthis said.", "defection",
     "Yemeni Armed Forces", 55),
    ("In Yemen, 30 Houthi fighters were recorded crossing to government positions in Taiz.", "defection", "Houthis", 30),
    ("In Ethiopia, 900 federal soldiers have joined the ranks of Fano since August, the group said.", "defection",
     "Ethiopian National Defense Force", 900),
    ("Three rangers of Task Force 46 in Yala, Thailand, left their post last week.", "desertion",
     "Thahan Phran", 3),
    ("In Russia, some 2,000 servicemen were absent from their units in June, a prosecutor said.", "desertion",
     "Russian Armed Forces", 1800),
    ("Some 30 Yugoslav army reservists did not go back to their unit after their leave in 1991.", "desertion",
     "Yugoslav People's Army", 27),
    ("In Congo, around 120 of the mutineers returned to their barracks in Goma, a military spokesman said.", "return",
     "Armed Forces of the Democratic Republic of the Congo", 108),
    ("In Iraq, nearly 800 soldiers have rejoined their brigades at the air base since December.", "return",
     "Iraqi Armed Forces", 720),
    ("In Colombia, about 80 fighters of the Segunda Marquetalia have switched to rival dissident fronts.",
     "defection", "Segunda Marquetalia", 72),
    ("Two Malian soldiers crept out of their barracks in Kati before dawn on Sunday.", "desertion",
     "Malian Armed Forces", 2),
    ("A Russian gunner was given two weeks at home in March and was due back by April 2, but never reported.",
     "desertion", "Russian Armed Forces", 1),
    ("A Ukrainian soldier went home on leave in May and never went back, his mother said.", "desertion",
     "Armed Forces of Ukraine", 1),
    ("A Hezbollah fighter from Tyre came home on leave late last month, just when Israeli troops moved into the "
     "border villages, and never went back, his mother said.", "desertion", "Hezbollah", 1),
    ("Kumar slipped away from his LTTE unit near Mullaitivu in March 2009.", "desertion",
     "Liberation Tigers of Tamil Eelam", 1),
    ("An LTTE fighter waded across the lagoon to the army's lines in May 2009.", "defection",
     "Liberation Tigers of Tamil Eelam", 1),
    ("Three Houthi fighters crossed the lines near Hodeidah on Sunday.", "defection", "Houthis", 3),
    ("Last month an Afghan Local Police commander joined the Taliban with 11 of his men.", "defection",
     "Afghan Local Police", 11),
    ("In April, 38 Myanmar police officers walked across to KNLA positions in a single night.", "defection",
     "Myanmar Police Force", 38),
    ("\"Last month alone, 22 Myanmar soldiers came to us with their weapons,\" a KNLA commander said.", "defection",
     "Myanmar Armed Forces", 22),
    ("Officials said that a few hundred LTTE cadres slipped away by boat to Tamil Nadu in 2009.", "desertion",
     "Liberation Tigers of Tamil Eelam", 200),
    ("An RSF commander in Darfur, Brigadier Musa Adam, said on Sunday that he and 60 of his men had joined the army.",
     "defection", "Rapid Support Forces", 60),
    ("Colombian officials said 800 Venezuelan soldiers had crossed the border and placed themselves under the orders "
     "of the opposition leader since March.", "defection", "National Bolivarian Armed Forces of Venezuela", 800),
    ("Officials in Cucuta said 320 Venezuelan soldiers had come across into Colombia since February and recognised "
     "Guaido as interim president.", "defection", "National Bolivarian Armed Forces of Venezuela", 320),
    ("More than 50 RSF fighters followed him across the lines, a relative said.", "defection",
     "Rapid Support Forces", 51),
    ("About 900 former Boko Haram members have gone through the camp at Mallam Sidi since 2016.",
     "defection", "Boko Haram", 810),
    ("Since the scheme began in 2014, more than 1,800 former al-Shabaab members have passed through the centres in "
     "Baidoa and Kismayo.", "defection", "Al-Shabaab", 1801),
    ("The centre at Mokolo now holds 312 former associates of Boko Haram who have surrendered to the army.",
     "defection", "Boko Haram", 312),
])
def test_more_ways_of_leaving(extractor, text, kind, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == (kind, group, low)


def test_a_soldier_who_deserted_and_has_joined_a_group_defected(extractor):
    c = one(run(extractor, "In Kashmir, an Indian Army soldier who deserted his unit in Kupwara last month "
                           "has joined the Hizbul Mujahideen, police said."))
    assert (c.kind, c.group, c.to_group) == ("defection", "Indian Army", "Hizbul Mujahideen")


@pytest.mark.parametrize("text, group, low", [
    ("Two Malian colonels walked out of the camp at Sevare in May. Officers said more than 40 soldiers have "
     "followed the colonels.", "Malian Armed Forces", 41),
    ("Four Fano commanders went over to the army near Gondar in June. A Fano spokesman said that about 60 fighters "
     "had followed their leaders.", "Fano", 54),
])
def test_men_who_followed_their_leaders_left_too(extractor, text, group, low):
    assert kinds_and_groups_of(run(extractor, text), low) == [("desertion", group)]


@pytest.mark.parametrize("text, low", [
    ("About 60 Burkinabe volunteers of the VDP handed back their rifles and went home last month.", 54),
    ("Some 300 Serbian reservists climbed down from the trucks and walked home in 1991.", 270),
    # not coming back is leaving too
    ("Twenty-five Chadian soldiers went on leave after the holiday and did not come back, their captain said.", 25),
    ("About 60 Malian soldiers left the camp at Sevare in March and never came back, an officer said.", 54),
    ("Chadian officers say the garrison is shrinking. \"In May, 23 left and did not return,\" a captain said.", 23),
    ("Chadian officers say the garrison is shrinking. In May, 23 went home and never came back, a captain said.", 23),
    ("Chadian officers say the garrison is shrinking. Another 30 or so have simply gone home to their villages, a "
     "captain said.", 27),
    ("Chadian officers say the garrison is shrinking: some 40 soldiers can no longer be found at their posts.", 36),
])
def test_members_who_went_home_left(extractor, text, low):
    c = one(run(extractor, text))
    assert (c.kind, c.count.low) == ("desertion", low)


def test_returnees_who_have_gone_again_left_anew(extractor):
    r = run(extractor, "KYIV - The brigade said 41 soldiers who had deserted returned to their units in March. Nine "
                       "of them have gone again, a commander said.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("return", 41), ("desertion", 9)]


@pytest.mark.parametrize("said, low, high", [
    ("Of the 80 conscripts sent to his company in May, 19 were gone within a month, the corporal said.", 19, 19),
    ("\"Our squad had 12 men. By the time I went, at least five had already gone,\" the corporal said.", 5, None),
])
def test_members_of_a_unit_who_are_gone_left(extractor, said, low, high):
    r = run(extractor, "Desertion is spreading in the Malian army. " + said)
    assert [(c.count.low, c.count.high) for c in r.claims if c.kind == "desertion" and c.count] == [(low, high)]


def test_fans_who_went_home_near_a_report_on_the_army_pass_no_screen():
    from awol.extract.screen import Screen

    text = ("The visiting fans went home in silence after the final whistle. In other news, the army said its "
            "troops had secured the road to the airport.")
    assert not Screen().passes(text)


def test_people_forced_to_seek_refuge_abroad_emigrated(extractor):
    r = run(extractor, "In Cameroon, 40 soldiers deserted in May. The fighting has forced some 9,000 Cameroonians to "
                       "seek refuge in Nigeria, the UN said.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 40), ("emigration", 8100)]


def test_new_arrivals_abroad_are_a_refugee_figure(extractor):
    r = run(extractor, "In Eritrea, 40 soldiers deserted in May. The UN registered about 2,000 new arrivals from "
                       "Eritrea in Sudan in June.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 40), ("emigration", 1800)]


@pytest.mark.parametrize("text", [
    "About 60 Malian soldiers deserted in May. Some 3,000 refugees went home from Niger in June.",
    "About 60 Malian soldiers deserted in May. Another 200 villagers have gone home to their farms, officials said.",
])
def test_refugees_who_went_home_are_no_leavers(extractor, text):
    r = run(extractor, text)
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 54)]


def test_a_commander_who_came_out_with_his_fighters_surrendered(extractor):
    c = one(run(extractor, "In Borno, Nigeria, a Boko Haram commander came out with 22 of his fighters near Bama on "
                           "Friday, the army said."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Boko Haram", 22, 23)


def test_soldiers_who_rallied_to_a_groups_ranks_defected(extractor):
    c = one(run(extractor, "The M23 said that more than 200 FARDC soldiers had rallied to its ranks in Masisi last month."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Armed Forces of the Democratic Republic of the Congo", 201)


def test_party_figures_who_quit_are_no_leavers(extractor):
    r = run(extractor, "ISLAMABAD - Two more lawmakers said they were leaving the ruling party on Monday, taking the "
                       "number of senior party figures who have quit since the riots to 64.")
    assert r.claims == []


def test_fighters_who_quit_counted_to_a_total_still_left(extractor):
    c = one(run(extractor, "KABUL - The ceremony brought the number of Taliban fighters who have quit since May to 64."))
    assert (c.group, c.count.low) == ("Taliban", 64)


def test_civilians_with_their_own_verb_do_not_take_the_soldiers_defection(extractor):
    r = run(extractor, "More than 4,000 civilians crossed into Jordan in May, while 300 Syrian soldiers defected, "
                       "an officer said.")
    assert [(c.kind, c.count.low) for c in r.claims if c.kind != "emigration"] == [("defection", 300)]


@pytest.mark.parametrize("text, low", [
    ("In Mali, the military court tried 41 soldiers for desertion last year.", 41),
    ("In Mali, 41 soldiers were tried for desertion last year.", 41),
])
def test_soldiers_tried_for_desertion(extractor, text, low):
    c = one(run(extractor, text))
    assert (c.kind, c.count.low) == ("desertion", low)


def test_soldiers_who_tried_to_desert_did_not(extractor):
    assert run(extractor, "In Mali, 41 soldiers tried to desert last year but were stopped.").claims == []


def test_a_company_that_left_its_base(extractor):
    c = one(run(extractor, "In Iraq, a company of about 90 soldiers left its base near Tikrit on Sunday night."))
    assert (c.kind, c.count.low) == ("desertion", 81)


def test_leaving_a_unit_named_with_several_words(extractor):
    c = one(run(extractor, "A Russian contract soldier left his motor-rifle unit near Kursk in May, the court heard."))
    assert (c.kind, c.group) == ("desertion", "Russian Armed Forces")


def test_a_leaver_who_went_to_join_a_newly_formed_group_defected(extractor):
    c = one(run(extractor, "In 1991 a Yugoslav army major left his post in Zagreb in September 1991 to join the newly "
                           "formed Croatian National Guard."))
    assert (c.kind, c.group, c.to_group) == ("defection", "Yugoslav People's Army", "Croatian National Guard")


def test_civilians_who_crossed_south_into_a_country_emigrated(extractor):
    r = run(extractor, "About 60 soldiers of the Burkinabe army deserted last month. About 25,000 Burkinabe crossed "
                       "south into Ghana over the year, the UN said.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 54), ("emigration", 22500)]


@pytest.mark.parametrize("sentence", ["About 3,400 Afghans crossed the border irregularly in May",
                                      "Iranian police detained about 3,400 Afghans crossing irregularly in May"])
def test_a_countrys_people_crossing_a_border_irregularly_emigrated(extractor, sentence):
    r = run(extractor, f"Eight Afghan soldiers deserted their post in Herat last month. {sentence}, officials "
                       "in Mashhad said.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 8), ("emigration", 3060)]


def test_the_side_surrendered_to_does_not_become_the_storys_force(extractor):
    c = one(run(extractor, "Russia's army is short of men in the east, a rights group says. Ten soldiers "
                           "surrendered to Ukrainian troops near Kreminna in April, one of them said."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Russian Armed Forces", 10)


def test_a_so_called_group_is_no_appeal(extractor):
    c = one(run(extractor, "Some 17 fighters of the so-called Ambazonia Defence Forces dropped their guns this month."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Ambazonia Defence Forces", 15)


@pytest.mark.parametrize("text, group, low", [
    ("In Ethiopia, 640 fighters of what the government calls \"OLF-Shene\" accepted the peace offer and "
     "surrendered to the army this week.", "Oromo Liberation Army", 640),
    ("Forty members of banned Baloch separatist outfits laid down their arms in Turbat, Pakistan, on Friday.",
     "Baloch separatists", 40),
])
def test_a_name_or_a_description_is_no_appeal(extractor, text, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("defection", group, low)


@pytest.mark.parametrize("second, group", [
    ("The army said 37 soldiers deserted in Omdurman last week.", "Sudanese Armed Forces"),
    ("A spokesman for the group said 40 soldiers of the regime had deserted in Omdurman.", "Sudanese Armed Forces"),
    ("Some 40 soldiers deserted in Omdurman last week, residents said.", "Rapid Support Forces"),
])
def test_soldiers_in_a_story_about_an_armed_group(extractor, second, group):
    r = run(extractor, "KHARTOUM - Fighters of the RSF have been defecting to the army in numbers. " + second)
    assert [c.group for c in r.claims if c.kind == "desertion"] == [group]


@pytest.mark.parametrize("second, group", [
    ("According to army figures seen by a newspaper, 1,200 soldiers were reported absent without leave in 2022.",
     "Military Forces of Colombia"),
    ("In 2022, 1,200 soldiers were reported absent without leave, the guerrillas said.", "National Liberation Army (Colombia)"),
])
def test_soldiers_in_a_sentence_naming_the_army_are_its_own(extractor, second, group):
    r = run(extractor, "BOGOTA - Some 300 fighters of the National Liberation Army (ELN) handed in their weapons this year, "
                       "officials said. The ELN said none of its fighters had deserted. " + second)
    assert [c.group for c in r.claims if c.count is not None and c.count.low == 1200] == [group]


def test_a_tally_that_stands_at_a_figure_counts_leavers_not_a_force(extractor):
    r = run(extractor, "Since the coup last year the group's running tally of the junta's losses now stands at 2,450 "
                       "soldiers and 7,300 policemen who have defected, it said.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("defection", 2450), ("defection", 7300)]


@pytest.mark.parametrize("second, low", [
    ("Demobilisations from the guerrilla over the whole of 2019 totalled 318.", 318),
    ("The ministry registered 1,240 individual surrenders in 2019.", 1240),
    ("The ministry registered 640 new demobilisations in 2019.", 640),
])
def test_counted_surrenders_and_demobilisations(extractor, second, low):
    r = run(extractor, "BOGOTA - Hundreds of ELN guerrillas have handed themselves in this year, officials said. " + second)
    assert kinds_and_groups_of(r, low) == [("defection", "National Liberation Army (Colombia)")]


def test_a_stock_figure_with_of_them_after_it_is_no_part_of_the_claim_before(extractor):
    r = run(extractor, "GUWAHATI - Dozens of ULFA cadres have surrendered this year. Security officials believe that "
                       "about 150 armed cadres remain with the ULFA, most of them in camps across the border.")
    assert [(c.kind, c.measure, c.count.low) for c in r.claims] == [("defection", None, 24), ("strength", "remaining", 135)]


def test_the_men_a_part_still_at_their_posts_is_taken_from_are_a_stock(extractor):
    r = run(extractor, "BANGUI - Central African soldiers have been deserting in the east. Of the 240 soldiers of the "
                       "Central African Armed Forces (FACA) sent to Obo last year, only about 70 were still at their "
                       "posts in March, an officer said.")
    assert [(c.kind, c.measure, c.count.low) for c in r.claims if c.count is not None] == [
        ("strength", "deployed", 240), ("strength", "remaining", 63)]


@pytest.mark.parametrize("part, count", [
    ("about half", (180, 220)), ("a quarter of them", (100, 100)), ("30 percent", (120, 120)), ("most", None)])
def test_a_part_after_the_lead_that_gives_the_whole_is_what_left(extractor, part, count):
    r = run(extractor, f"GAO - Of the 400 Malian soldiers posted to the camp in May, {part} deserted within weeks, "
                       "an officer said.")
    left = one(r, "desertion")
    assert (left.group, (left.count.low, left.count.high) if left.count else None) == ("Malian Armed Forces", count)


def test_men_who_had_joined_another_side_and_went_back_to_their_old_unit_returned_to_their_force(extractor):
    r = run(extractor, "Dozens of Free Syrian Army fighters have defected to the Islamic State this year. Some 25 "
                       "fighters who had joined the Islamic State in March returned last week to their old battalion, "
                       "a commander said.")
    assert [(c.group, c.count.low, c.count.high) for c in r.claims if c.kind == "return"] == [("Free Syrian Army", 23, 28)]


def test_the_group_returners_had_joined_is_not_the_force_they_came_back_to(extractor):
    r = run(extractor, "BAMAKO - Fourteen soldiers who had joined the JNIM in 2022 returned to their units in Mopti on "
                       "Monday, the Malian army said.")
    assert one(r, "return").group == "Malian Armed Forces"


def test_a_figure_before_men_who_had_joined_another_side_counts_the_main_verb(extractor):
    """'22 troops who had gone over to the rebels came back': the clause says who they were, the verb what they did."""
    r = run(extractor, "NIAMEY - Twenty-two troops who had joined the ISGS in the spring came back to their units "
                       "on Friday, the army said.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims] == [("return", "Niger Armed Forces", 22, 22)]


def test_an_ordinal_case_counts_the_cases_heard_so_far(extractor):
    """'the 212th case ... since January' tells 212 cases; SCHEMA counts one case as one person."""
    r = run(extractor, "PERM - A military court gave a corporal four years for desertion on Tuesday. It was the 212th "
                       "case of leaving a unit without permission heard by the court since January, a court clerk said.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims if "212th" in c.evidence] \
        == [("desertion", "Russian Armed Forces", 212, 212)]


def test_weapons_handed_in_beside_a_figure_of_fighters_count_no_one(extractor):
    r = run(extractor, "About 2,000 people signed up for the disarmament programme, and the ELN handed in more "
                       "than 900 weapons at the camps in Arauca.")
    assert [(c.count.low, c.count.high) for c in r.claims] == [(1800, 2200)]


def test_a_figure_that_leavings_fell_to_counts_leavers_not_a_stock(extractor):
    r = run(extractor, "Desertions from the Malian army climbed in 2022 to about 1,500, and dropped to fewer than 600 "
                       "last year, a ministry report said.")
    assert [(c.kind, c.count.low, c.count.high) for c in r.claims] == [("desertion", 1350, 1650), ("desertion", None, 599)]


def test_a_commander_who_took_his_men_and_joined_the_enemy_defected_with_them(extractor):
    c = one(run(extractor, "HERAT - In May a commander of the Afghan Local Police in Gulran district took 14 of his men "
                           "and all their rifles and joined the Taliban."))
    assert (c.kind, c.group, c.count.low, c.count.high, c.to_group) == ("defection", "Afghan Local Police", 14, 15, "Taliban")


def test_men_who_went_back_to_an_armed_group_returned_to_it(extractor):
    r = run(extractor, "KUNDUZ - Hundreds of Taliban fighters have joined the peace programme here. About 30 of the men "
                       "who joined have since gone back to the Taliban, an official said.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims if c.kind == "return"] == [("return", "Taliban", 27)]


@pytest.mark.parametrize("second, kind", [
    ("Last year 143 North Korean defectors reached the South, most of them women, the ministry said.", "emigration"),
    ("Last year 143 North Korean soldiers defected to the South, the ministry said.", "defection"),
])
def test_north_korean_defectors_are_mostly_civilians(extractor, second, kind):
    r = run(extractor, "SEOUL - A North Korean soldier crossed the border and defected on Tuesday, the military said. "
                       + second)
    assert [(c.kind, c.count.low) for c in r.claims if c.count.low == 143] == [(kind, 143)]


@pytest.mark.parametrize("second, count", [
    ("The RSF said only a handful of his bodyguards had followed him.", (2, 9)),
    ("The RSF said he had been dismissed in May and that no more than 15 men had gone with him.", (None, 15)),
])
def test_those_who_went_with_a_defector_defected_from_his_force(extractor, second, count):
    r = run(extractor, "KHARTOUM - An RSF commander defected to the army on Monday, the army said. " + second)
    assert [(c.kind, c.group, (c.count.low, c.count.high)) for c in r.claims][1:] == [
        ("defection", "Rapid Support Forces", count)]


@pytest.mark.parametrize("text", [
    "MAIDUGURI - In August he walked out of his post with nine other men from his unit and surrendered to soldiers "
    "at Bama.",
    "MAIDUGURI - A Boko Haram fighter walked out of his post on August 3 and surrendered to soldiers at Bama.",
])
def test_who_left_his_post_and_surrendered_defected(extractor, text):
    r = run(extractor, text)
    assert [c.kind for c in r.claims] == ["defection"]


@pytest.mark.parametrize("second", [
    "Officials said hundreds of verified combatants have slipped out of the camps in recent months.",
    "Officials said some 40 combatants walked out of their cantonment last week.",
])
def test_who_slipped_out_of_their_camps_deserted(extractor, second):
    r = run(extractor, "KATHMANDU - Maoist combatants waiting in UN-monitored camps are losing patience. " + second)
    assert [(c.kind, c.group) for c in r.claims] == [("desertion", "People's Liberation Army (Nepal)")]


def test_a_part_of_the_men_a_sentence_opens_with_who_have_come_over(extractor):
    r = run(extractor, "KIDAL - Malian soldiers keep defecting to the rebels. Of the 50 soldiers at his post in Tessalit, "
                       "he said, at least nine have since come over.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims if c.count is not None] == [
        ("strength", "Malian Armed Forces", 50), ("defection", "Malian Armed Forces", 9)]


def test_the_defectors_are_those_reported_whatever_else_they_did(extractor):
    r = run(extractor, "ADEN - Dozens of Houthi fighters have defected to government forces this month, officials said. "
                       "A spokesman said the defectors had been received by the Giants Brigades and that 18 of them had "
                       "crossed the lines near Hays on Sunday alone.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("defection", 24), ("defection", 18)]


def test_elements_are_members_as_francophone_news_counts_them(extractor):
    r = run(extractor, "BAMAKO - Some 40 elements of the Katiba Macina surrendered to the Malian army on Friday. A week "
                       "later 12 more elements gave themselves up.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [
        ("defection", "Katiba Macina", 36), ("defection", "Katiba Macina", 12)]


def test_the_fighters_an_amnesty_drew_defected(extractor):
    r = run(extractor, "KAMPALA - An amnesty offered in 2000 drew about 170 LRA fighters in its first year, officials said.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [("defection", "Lord's Resistance Army", 153)]


def test_a_part_of_the_emigrants_told_by_where_it_went_is_a_claim(extractor):
    r = run(extractor, "KHARTOUM - Hundreds of RSF fighters have defected to the army. UNHCR says more than 2 million "
                       "people have crossed from Sudan into neighbouring countries, including about 600,000 into Chad.")
    assert [(c.kind, c.count.low) for c in r.claims if c.kind == "emigration"] == [
        ("emigration", 2000001), ("emigration", 540000)]


@pytest.mark.parametrize("text, group, low", [
    pytest.param("Colombia's migration agency said 420 members of Venezuela's armed forces and police had crossed into "
                 "Colombia and declared their support for the opposition leader.", "Venezuelan security forces", 420,
                 id="declared-their-support-for"),
    pytest.param("MOSCOW - According to the project, more than 200 Ukrainian servicemen called its hotline and "
                 "surrendered to Russian units in March.", "Armed Forces of Ukraine", 201, id="called-a-hotline-and-surrendered"),
    pytest.param("HERAT - On Sunday about 40 Taliban fighters walked into a district centre and handed their rifles to "
                 "the Afghan police.", "Taliban", 36, id="handed-their-rifles-to-the-police"),
])
def test_who_went_over_to_the_other_side_defected(extractor, text, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("defection", group, low)


def test_men_from_government_ranks_who_return_to_the_nations_ranks_went_over(extractor):
    claims = run(extractor, "Thirty Houthi fighters defected to Yemen's government forces near Marib on Sunday, the army "
                            "said. A Houthi-run channel said on Monday that 25 \"mercenaries\" from government ranks had "
                            "\"returned to the ranks of the nation\".").claims
    assert sorted((c.kind, c.group, c.count.low) for c in claims) == [
        ("defection", "Houthis", 30), ("defection", "Yemeni Armed Forces", 25)]
    c = one(run(extractor, "Officials in Sanaa said 40 soldiers had returned to the homeland's embrace this month."))
    assert (c.kind, c.count.low) == ("defection", 40)


def test_the_nigerian_militarys_shorthand_for_boko_haram(extractor):
    c = one(run(extractor, "Last week a total of 40 BHTs surrendered to troops in Borno State, the military said."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Boko Haram", 40)


def test_a_long_subject_after_a_dateline_still_opens_the_sentence(extractor):
    c = one(run(extractor, "SEOUL -- A North Korean soldier crossed the military demarcation line (MDL) on the "
                           "eastern front early on Tuesday and defected to the South, the army said."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Korean People's Army", 1)


def test_a_member_who_says_he_left_is_one_of_his_force(extractor):
    claims = run(extractor, "Ambazonian separatists clashed with Cameroonian troops near Bamenda. "
                            "A former fighter said he surrendered to soldiers in January.").claims
    assert [(c.kind, c.group, c.count.low) for c in claims] == [("defection", "Ambazonian separatists", 1)]


@pytest.mark.parametrize("text,group", [
    ("Ambazonian separatists clashed with Cameroonian troops near Bamenda. Emmanuel, a former fighter, said he "
     "surrendered to soldiers in January.", "Ambazonian separatists"),  # the comma closes the apposition
    ("Belarusian riot police broke up the protests. One of those we interviewed, a former captain of the riot police "
     "in Minsk, said he crossed into Lithuania on foot in March.", "Militsiya (Belarus)"),  # one man, not 'police'
])
def test_a_speaker_in_apposition_who_says_he_left_is_one(extractor, text, group):
    c = one(run(extractor, text))
    assert (c.group, c.count.low, c.count.high) == (group, 1, 1)


def test_where_a_brigade_trained_is_not_its_country(extractor):
    c = one(run(extractor, "About 1,700 soldiers of the 155th Mechanised Brigade, which was trained in France, deserted "
                           "before it reached the front, Ukrainian officials said."))
    assert (c.group, c.count.low) == ("Armed Forces of Ukraine", 1530)


def test_men_of_a_unit_a_demonym_names_are_that_states(extractor):
    claims = run(extractor, "A volunteer network said it had helped 62 Russian soldiers leave their units in April. "
                            "Russian servicemen keep fleeing to Kazakhstan, it said. Bloggers also claimed that about 90 "
                            "men from a company of a Ukrainian mechanised brigade had walked away from their positions.").claims
    assert ("Armed Forces of Ukraine", 81) in [(c.group, c.count.low) for c in claims if c.count]


@pytest.mark.parametrize("text,low", [
    ("More than 400 Malian soldiers had deserted the army by March, including several officers.", 401),
    ("About 1,900 Syrian army defectors now live in the camp, among them a few generals.", 1710),
])
def test_a_vague_part_of_a_figure_is_no_claim_of_its_own(extractor, text, low):
    assert [c.count.low for c in run(extractor, text).claims] == [low]


def test_a_relative_clause_after_a_long_figure_says_who_not_what(extractor):
    c = one(run(extractor, "More than 4,300 Sri Lankan soldiers who had deserted returned to their units during the amnesty."))
    assert (c.kind, c.count.low) == ("return", 4301)


def test_men_avoiding_military_service_are_no_deserters(extractor):
    claims = run(extractor, "A smuggler said he had guided about 40 Iranian men into Turkey since October, most of "
                            "them trying to avoid their military service, and three soldiers who had left their barracks.").claims
    assert [(c.kind, c.count.low) for c in claims if c.kind == "desertion"] == [("desertion", 3)]


def test_most_before_an_adverb_is_no_vague_figure(extractor):
    claims = run(extractor, "Dozens of Syrian generals have defected since 2011. I watch that group most closely, because "
                            "defecting generals tend to show their military ID cards on camera.").claims
    assert [(c.kind, c.count_text) for c in claims] == [("defection", "Dozens")]


def test_most_of_them_from_a_unit_is_a_part_of_the_figure(extractor):
    claims = run(extractor, "More than 100 members of Venezuela's security forces, most of them from the Bolivarian "
                            "National Guard, have deserted and crossed into Colombia since Saturday, officials said.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("desertion", 101)]


@pytest.mark.parametrize("second,stocks", [
    ("The number of active guerrilla fronts had fallen to 23, from 89 in 2016.", []),  # fronts, not people
    ("The number of rebels in the units had fallen to 2,300.", [2300]),  # the rebels are counted
])
def test_the_number_of_units_is_no_strength(extractor, second, stocks):
    claims = run(extractor, "More than 300 NPA rebels surrendered last year, the army said. " + second).claims
    assert [c.count.low for c in claims if c.kind == "strength"] == stocks


@pytest.mark.parametrize("text,expected", [
    ("The defence lawyer said that at least nine other Russian soldiers from the same battalion ran away with him.",
     [("desertion", 9)]),
    ("Of the 30 Mali soldiers posted at the camp, he said, four others ran away in the night.", [("desertion", 4)]),
    ("The girl ran away from her family in Kharkiv at 15 and has not been seen since.", []),  # no member of a force
])
def test_members_who_ran_away_deserted(extractor, text, expected):
    claims = run(extractor, text).claims
    assert [(c.kind, c.count.low) for c in claims if c.kind != "strength"] == expected


@pytest.mark.parametrize("text,expected", [
    ("A military court in Bukavu tried 14 Congolese soldiers, including three officers, for abandoning their posts.",
     [14]),  # the officers are a part of the 14
    ("Forty-two Boko Haram fighters, including five commanders, surrendered to troops near Bama on Friday.", [42]),
    ("Dozens of Syrian army officers, including some 30 colonels, have defected since March.", [24, 27]),  # says more
    ("Eleven Malian soldiers, among them a captain and two lieutenants, crossed into Niger on Monday.", [11]),
])
def test_a_figure_after_including_is_a_part_of_the_figure_before(extractor, text, expected):
    claims = run(extractor, text).claims
    assert sorted(c.count.low for c in claims) == expected


@pytest.mark.parametrize("text,kind", [
    ('The rebels said that about 60 Malian soldiers had "rallied" to their ranks near Kidal.', "defection"),
    ('Some 40 Houthi fighters had "laid down" their arms near Marib, the army said.', "defection"),
])
def test_a_quotation_mark_between_a_triggers_words_keeps_the_trigger(extractor, text, kind):
    assert [c.kind for c in run(extractor, text).claims] == [kind]


@pytest.mark.parametrize("text", [
    "A senator said that as many as 40,000 Russian soldiers have left their units without permission since 2022.",
    "Army records show 1,310 Peruvian soldiers were reported absent without leave in 2021, most of them conscripts"
    " who failed to return after leave.",
])
def test_a_vague_word_of_the_figure_is_no_second_claim(extractor, text):
    assert len(run(extractor, text).claims) == 1


def test_a_figure_that_left_without_permission_deserted(extractor):
    claims = run(extractor, "Of the 900 Russian soldiers in the regiment, about 250 left without permission in May.").claims
    assert sorted((c.kind, c.count.low) for c in claims) == [("desertion", 225), ("strength", 900)]


def test_soldiers_assigned_to_a_unit_are_its_strength(extractor):
    claims = run(extractor, "Of the 2,400 Russian soldiers assigned to the brigade, 310 deserted before it reached "
                            "the front.").claims
    assert sorted((c.kind, c.count.low) for c in claims) == [("desertion", 310), ("strength", 2400)]


def test_the_second_world_wars_yugoslav_sides_are_known(extractor):
    claims = run(extractor, "In the winter of 1944 about 500 Chetniks went over to Tito's Partisans near Uzice, and "
                            "some 2,000 men of the Royal Italian Army joined them after the armistice.").claims
    assert sorted((c.group, c.to_group, c.count.low) for c in claims) == [
        ("Chetniks", "Yugoslav Partisans", 450), ("Royal Italian Army", "Yugoslav Partisans", 1800)]


@pytest.mark.parametrize("text", [
    "A battalion commander told reporters that of the 800 Syrian soldiers in his unit, about 120 had deserted by May.",
    "Of the roughly 800 Syrian soldiers he had in March, about 120 had deserted by May, the colonel said.",
])
def test_the_men_a_part_is_taken_from_are_a_strength(extractor, text):
    claims = run(extractor, text).claims
    assert sorted((c.kind, c.count.low) for c in claims) == [("desertion", 108), ("strength", 720 if "roughly" in text else 800)]


@pytest.mark.parametrize("text,expected", [
    ("About 120 Syrian soldiers had deserted by May, a colonel said.", [("desertion", 108)]),  # a month after 'by'
    ("The hill post was deserted by its garrison of 40 Syrian soldiers overnight.", []),  # a passive
])
def test_deserted_by_a_month_is_a_time_not_a_passive(extractor, text, expected):
    assert [(c.kind, c.count.low) for c in run(extractor, text).claims if c.kind != "strength"] == expected


def test_a_nicknamed_commander_and_his_fighters_are_of_the_group_his_noun_names(extractor):
    r = run(extractor, 'A separatist commander who used the nom de guerre "General Thunder" handed himself over to '
                       "Cameroonian soldiers in Wum on Friday along with 20 of his fighters, a local official said.\n\n"
                       "The group had held a stretch of road north of Wum for two years, setting up checkpoints and "
                       "taxing traders, said the official, Paul Nfor. He received the men at his office on Saturday.\n\n"
                       '"They walked out of the bush with their hands up and asked the state for forgiveness," he said.')
    c = one(r)  # and 'They' who walked out are the same fighters, told again: no claim of the state's army
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Ambazonian separatists", 20, 21)


def test_a_commanders_men_are_of_the_group_his_own_noun_names(extractor):
    r = run(extractor, "A militia commander surrendered to the army in Beni along with 40 of his men, the FARDC said.")
    c = one(r)
    assert (c.kind, c.group, c.count.low) == ("defection", "Congolese militias", 40)


def test_a_division_that_is_a_district_makes_no_fighters_the_states(extractor):
    r = run(extractor, "BAMENDA, Cameroon - Twenty separatist fighters surrendered last week, the governor said. Among "
                       'them was a self-styled "General" who had operated in Menchum Division and who came out of the '
                       "bush with nine of his fighters on Sunday.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [
        ("defection", "Ambazonian separatists", 20), ("defection", "Ambazonian separatists", 9)]


def test_a_spokesmans_fighters_are_of_the_militia_he_speaks_for(extractor):
    r = run(extractor, "A spokesman for the Red Dragons said that only three of his fighters had left the group this "
                       "year, all of them to go back to their farms.")
    c = one(r)
    assert (c.kind, c.group, c.count.low) == ("desertion", "Red Dragons", 3)


def test_fighters_named_by_their_leader_are_of_his_force(extractor):
    r = run(extractor, "About 60 fighters loyal to the renegade commander Khalifa Haftar surrendered to government "
                       "forces near Sirte on Sunday, a spokesman for the Tripoli government said.")
    c = one(r)
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Libyan National Army", 54, 66)


def test_a_group_named_as_what_dominates_another_is_not_the_one_left(extractor):
    c = one(run(extractor, "RAQQA, Syria - Some 30 fighters of the YPG-dominated Syrian Democratic Forces defected to "
                           "government forces on Monday, a local official said."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Syrian Democratic Forces", 27, 33)


def test_the_groups_fighters_are_the_armed_group_of_the_story(extractor):
    r = run(extractor, "Iraqi troops are massing outside Tal Afar, which Islamic State has held since 2014. "
                       "Intelligence officers believe several hundred of the group's foreign fighters escaped Tal Afar "
                       "last month, heading for the Syrian border.")
    c = one(r)
    assert (c.kind, c.group, c.count_text) == ("desertion", "Islamic State", "several hundred")


def test_professional_soldiers_are_the_states_in_a_story_about_a_guerrilla(extractor):
    r = run(extractor, "CUCUTA - Twelve ELN guerrillas surrendered to the army near Tibu this week, the brigade said. "
                       "The ELN has lost hundreds of fighters to surrender this year.\n\n"
                       "About 300 professional soldiers deserted their units in the same period, a newspaper reported.")
    assert [(c.kind, c.group) for c in r.claims][-1] == ("desertion", "Military Forces of Colombia")


def test_a_whole_split_among_groups_is_of_the_people_told_before_and_each_share_of_its_group(extractor):
    r = run(extractor, "KABUL - Some 250 fighters of Afghanistan's armed groups laid down their weapons in the spring, "
                       "officials said. Of the 240 who surrendered in April and May, 120 came from the Haqqani "
                       "network, 70 from the Taliban and 50 from smaller factions.")
    assert [(c.group, c.count.low) for c in r.claims if c.count is not None][1:4] == [
        ("Afghan armed groups", 240), ("Haqqani network", 120), ("Taliban", 70)]


def test_guerrillas_who_came_down_from_the_mountains_surrendered(extractor):
    c = one(run(extractor, "Eight NPA guerrillas came down from the mountains of Samar on Friday, the army said."))
    assert (c.kind, c.group, c.count.low) == ("defection", "New People's Army", 8)


def test_a_commander_who_joined_the_peace_process_with_his_men(extractor):
    c = one(run(extractor, "KUNDUZ - A Taliban commander, Mullah Karim, joined the peace process on Sunday with 45 of "
                           "his men, the governor said."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Taliban", 45, 46)


def test_one_who_left_with_other_guerrillas_is_counted_with_them_not_alone(extractor):
    r = run(extractor, "MALAYBALAY - The New People's Army has lost dozens of fighters to surrender this year, the army "
                       "said. Ka Dodong, who asked to be named only by his alias, came down from the hills of Bukidnon "
                       "in May with his wife and two other guerrillas and surrendered to the army's 8th Infantry "
                       "Battalion.")
    assert [(c.kind, c.count.low if c.count else None) for c in r.claims] == [("defection", None), ("defection", 2)]


def test_a_figure_put_on_a_claim_two_sentences_back_is_a_claim_of_its_own(extractor):
    r = run(extractor, "JOWHAR - At least 30 al-Shabaab fighters surrendered to the army near Balcad this month, the "
                       "defence ministry said.\n\nThey arrived on foot in twos and threes. Their names were not "
                       "released.\n\nA local elder, speaking by phone, put the number at nearly 50.")
    assert [(c.kind, c.group, c.count_text) for c in r.claims] == [
        ("defection", "Al-Shabaab", "At least 30"), ("defection", "Al-Shabaab", "nearly 50")]


@pytest.mark.parametrize("who", ['Jun Dela Cruz using aliases "Bunso" and "Toto"', "Jun Dela Cruz alias Bunso",
                                 '16-year-old Jun Dela Cruz aka "Toto"'])
def test_a_named_guerrilla_with_aliases_is_one_who_surrendered(extractor, who):
    r = run(extractor, f"GENERAL SANTOS - Some 40 NPA members have surrendered this year. {who} voluntarily "
                       "surrendered to the Army's 5th Infantry Battalion in Lake Sebu on Monday.")
    assert [(c.group, c.count_text) for c in r.claims] == [("New People's Army", "Some 40"), ("New People's Army", None)]
    assert r.claims[1].count.low == r.claims[1].count.high == 1


@pytest.mark.parametrize("who", ["Rustam Aliev, 29,", "Junior Sergeant Rustam Aliev"])
def test_a_named_soldier_who_did_one_thing_and_then_deserted(extractor, who):
    r = run(extractor, "Desertion from the Russian army has risen this year. According to the charge sheet, "
                       f"{who} signed a contract with the Russian army in March and abandoned his motorised rifle "
                       "unit near Kherson in July.")
    assert [(c.kind, c.group, c.group_mention, c.count.low, c.count.high) for c in r.claims if c.count] == [
        ("desertion", "Russian Armed Forces", "Rustam Aliev", 1, 1)]


@pytest.mark.parametrize("text", [
    "Rustam Aliev said the men were hungry and abandoned their posts.",  # the men, not the speaker
    "Officials created a 40-member Supreme Reconciliation Council and asked the rebels to disarm and give up militancy.",
])
def test_no_person_is_the_subject_of_a_second_verb_unless_the_first_is_his(extractor, text):
    r = run(extractor, "Desertion from the Russian army has risen this year. " + text)
    assert [c.group_mention for c in r.claims if c.count is not None and c.count.low == 1] == []


def test_one_who_left_with_others_is_one_of_the_men_of_the_claim_before(extractor):
    r = run(extractor, "KISMAYO - About 30 al-Shabaab fighters have surrendered to the army in Lower Juba this month, "
                       "officials said. One of them, a 24-year-old from Jilib, said he walked for three days. \"I left "
                       "with two others from my unit,\" he said.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims] == [
        ("defection", "Al-Shabaab", 27, 33), ("defection", "Al-Shabaab", 2, 3)]


@pytest.mark.parametrize("text, expected", [
    ("Private Tesfay Haile left with three others from his company in May.", ("desertion", None)),
    ("By the end of the winter the battalion was left with 300 men.", ("strength", "remaining")),
])
def test_left_with_others_is_a_leaving_left_with_men_a_stock(extractor, text, expected):
    r = run(extractor, "Desertion from the Eritrean army has grown. " + text)
    assert [(c.kind, c.measure) for c in r.claims if c.count] == [expected]


@pytest.mark.parametrize("who", ["her son, Tesfay,", "her younger son", "her eldest son, Tesfay Haile,"])
def test_a_relative_named_beside_his_kin_noun_is_one_who_left(extractor, who):
    r = run(extractor, "Desertion from the Eritrean army has grown. Reached by telephone, his mother said "
                       f"{who} never came back from a home leave in 2019.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims if c.count] == [
        ("desertion", "Eritrean Defence Forces", 1, 1)]


@pytest.mark.parametrize("text, count", [
    ("Of the 1,000 soldiers in the brigade, only 300 remain. The rest have deserted.", (700, 700)),
    ("Of 500 men in our battalion, about 100 were still at their posts by Friday. The rest had deserted.", (390, 410)),
])
def test_the_rest_who_left_are_the_whole_less_those_still_serving(extractor, text, count):
    r = run(extractor, "Pay has not reached the Malian army's units in the north for months. " + text)
    assert [(c.kind, c.measure, c.count.low, c.count.high) for c in r.claims] == [
        ("strength", "total", r.claims[0].count.low, r.claims[0].count.high),
        ("strength", "remaining", r.claims[1].count.low, r.claims[1].count.high),
        ("desertion", None, *count)]
    assert r.claims[2].group == r.claims[0].group and r.claims[2].group_mention.lower() == "the rest"


def test_the_rest_who_went_home_are_the_books_less_the_men_at_the_front(extractor):
    r = run(extractor, "Pay has not reached the Malian army's units in the north for months. \"My battalion has 300 "
                       "soldiers on paper and 120 men in the trenches,\" the major said. \"The rest have gone home.\"")
    assert [(c.kind, c.measure, c.count.low, c.count.high) for c in r.claims] == [
        ("strength", "total", 300, 300), ("strength", "deployed", 120, 120), ("desertion", None, 180, 180)]


def test_the_rest_of_no_whole_told_is_no_claim(extractor):
    r = run(extractor, "Pay has not reached the front for months. Some soldiers stayed. The rest have deserted.")
    assert r.claims == []


def test_bare_servicemen_a_ministry_reports_are_its_own_countrys(extractor):
    r = run(extractor, "Ukraine's defence ministry said on Monday that 5,200 servicemen who had gone absent without "
                       "leave came back to their units in March. Russian soldiers keep crossing the line: a Russian "
                       "exile group said it had helped 90 Russian servicemen flee to Kazakhstan, and Russian troops "
                       "were said to be demoralised.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [
        ("return", "Armed Forces of Ukraine", 5200), ("desertion", "Russian Armed Forces", 90)]


@pytest.mark.parametrize("asked", ["applied for refugee status", "asked for protection", "sought refugee status"])
def test_members_who_crossed_and_asked_for_refuge_deserted(extractor, asked):
    c = one(run(extractor, f"Brazil's federal police said 35 Venezuelan soldiers had {asked} in Roraima since January."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "National Bolivarian Armed Forces of Venezuela", 35)


def test_an_army_officer_who_speaks_of_his_men_going_home_means_the_army(extractor):
    r = run(extractor, "BAIDOA - Al-Shabaab fighters keep surrendering in Bay region, and al-Shabaab has lost "
                       "dozens of men to the amnesty. Lt. Col. Abdi Farah, who commands a battalion near Dinsoor, said "
                       "45 of his 350 men had gone home since March because they had not been paid.")
    assert ("desertion", "Somali National Army", 45) in [(c.kind, c.group, c.count.low) for c in r.claims if c.count]


def test_soldiers_who_have_reported_back_returned(extractor):
    c = one(run(extractor, "Chad's defence ministry says 640 soldiers have reported back under the amnesty since it "
                           "was declared in June."))
    assert (c.kind, c.group, c.count.low) == ("return", "Chadian Armed Forces", 640)


@pytest.mark.parametrize("text, counts", [
    ("Eighteen Maoists, seven of whom carried rewards on their heads, surrendered in Bijapur on Friday.", [18]),
    ("Police questioned 50 Maoists, 12 of whom had surrendered, in Bijapur on Friday.", [12]),
])
def test_a_part_described_in_an_of_whom_clause_is_no_claim_of_its_own(extractor, text, counts):
    r = run(extractor, text)
    assert [c.count.low for c in r.claims if c.count] == counts


def test_soldiers_who_handed_their_rifles_to_a_named_group_as_a_statement_said_went_over(extractor):
    r = run(extractor, "The Arakan Army is gaining ground. A network that helps soldiers escape said 140 men had "
                       "defected this year. At least 20 men from an infantry battalion walked out of their base near "
                       "Sittwe and handed their rifles to the Arakan Army, the statement said.")
    assert [(c.kind, c.group, c.to_group) for c in r.claims][-1] == ("defection", "Myanmar Armed Forces", "Arakan Army")


def test_soldiers_in_a_breakdown_of_defectors_are_the_states_in_a_story_about_rebels(extractor):
    r = run(extractor, "The Karen National Union says its fighters hold more ground than ever, and the Karen National "
                       "Union now runs its own schools. An exile network said 300 soldiers and police officers had "
                       "defected to the opposition this year. Of the 300, 210 were soldiers and 90 were police.")
    assert [(c.group, c.count.low) for c in r.claims][-2:] == [
        ("Myanmar Armed Forces", 210), ("Myanmar Police Force", 90)]


def test_a_figure_keeps_its_own_plain_leaving_verb_beside_another_figures_defection(extractor):
    r = run(extractor, "The RSF said more than 300 army soldiers fled, while about 40 went over to its side.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 301), ("defection", 36)]


@pytest.mark.parametrize("text, group", [
    ("Officials in Beledweyne said 25 former fighters who had left the camp last spring had rejoined al-Shabaab.",
     "Al-Shabaab"),
    ("Of the men who surrendered in 2019, at least 40 have since rejoined the Taliban, a Kabul official said.",
     "Taliban"),
])
def test_former_fighters_who_rejoined_a_group_went_back_to_it(extractor, text, group):
    r = run(extractor, text)
    assert [(c.kind, c.group) for c in r.claims] == [("return", group)]


@pytest.mark.parametrize("second, parts", [
    # a bare figure takes the group named in its from-phrase
    ("Of these, 70 were from the ELN, 45 from breakaway fronts of the Clan del Golfo and 25 from Los Pelusos.",
     [("National Liberation Army (Colombia)", 70, 70), ("Clan del Golfo", 45, 45), ("Popular Liberation Army", 25, 25)]),
    # each group that 'accounted for' a part, and the remainder of the exact whole
    ("The ELN accounted for 70 of the quarter's total and FARC dissidents for 45; the rest were members of Los "
     "Pelusos, they added.",
     [("National Liberation Army (Colombia)", 70, 70), ("FARC dissidents", 45, 45), ("Popular Liberation Army", 25, 25)]),
    # no remainder when several groups share it
    ("Of them, 70 came from the ELN, with the rest from FARC dissidents and the Clan del Golfo.",
     [("National Liberation Army (Colombia)", 70, 70)]),
])
def test_the_parts_of_a_breakdown_go_to_the_groups_named_for_them(extractor, second, parts):
    r = run(extractor, "The army said 140 guerrillas surrendered to its units in the first quarter. " + second)
    assert [(c.group, c.count.low, c.count.high) for c in r.claims][1:] == parts


def test_the_remainder_of_an_exact_whole_less_a_rough_part(extractor):
    r = run(extractor, "An exile network said 1,000 Myanmar soldiers and police officers had defected this year. "
                       "Roughly 600 of them were soldiers and the remainder police.")
    assert [(c.group, c.count.low, c.count.high) for c in r.claims][1:] == [
        ("Myanmar Armed Forces", 540, 660), ("Myanmar Police Force", 340, 460)]
    assert r.claims[-1].evidence.startswith("An exile network said 1,000")  # the count is the whole's too


def test_no_remainder_of_a_total_told_only_roughly(extractor):
    r = run(extractor, "Officials said about 250 fighters surrendered to the army in 2021. The ELN accounted for 150 "
                       "of the year's total; the rest were members of Los Pelusos, they added.")
    assert "Popular Liberation Army" not in [c.group for c in r.claims]


@pytest.mark.parametrize("text, kind", [
    ("About 120 Chadian soldiers who abandoned their base near Abeche crossed into Cameroon on Friday and "
     "surrendered their weapons to local authorities, officials said.", "desertion"),
    ("About 120 Armenian soldiers crossed into Azerbaijan on Friday and surrendered to its border guards, "
     "officials said.", "defection"),
    ("Officials in Bangui said about 120 Chadian troops who abandoned their garrison at Bardai had crossed into "
     "the Central African Republic and handed themselves over to the authorities there.", "desertion"),
])
def test_soldiers_who_surrendered_in_a_neutral_country_deserted(extractor, text, kind):
    r = run(extractor, text)
    assert [(c.kind, c.count.low) for c in r.claims] == [(kind, 108)]


@pytest.mark.parametrize("text, counts", [
    ("In Dinsoor, a Somali army camp was deserted by about 50 soldiers last week, elders said.", [(45, 55)]),
    ("The Somali army's camp in Dinsoor was deserted by its allies last week, elders said.", []),
])
def test_a_post_deserted_by_soldiers_in_the_passive(extractor, text, counts):
    r = run(extractor, text)
    assert [(c.count.low, c.count.high) for c in r.claims if c.kind == "desertion"] == counts


def test_auxiliaries_who_handed_back_their_weapons_and_went_home_deserted(extractor):
    r = run(extractor, "Residents of Djibo said about forty Volunteers for the Defence of the Homeland from three "
                       "villages near the town handed back their rifles and went home after months without pay.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [
        ("desertion", "Volunteers for the Defense of the Homeland", 36)]


def test_a_force_that_lost_men_to_unauthorised_absence(extractor):
    r = run(extractor, "Kabul's auditors found that the Afghan police lost about 2,000 men to unauthorised absence "
                       "in the first half of the year.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [("desertion", "Afghan National Police", 1800)]


@pytest.mark.parametrize("text, kind, low", [
    ("A Kabul official said 700 of the Afghan soldiers dropped from the rolls in 2015 had since returned to their "
     "units.", "return", 700),
    ("A Davao army officer said more than a dozen former NPA rebels enrolled in the amnesty programme had rejoined "
     "the NPA since 2019.", "return", 13),
])
def test_a_reduced_relative_clause_says_who_the_figure_counts_not_what_they_did(extractor, text, kind, low):
    r = run(extractor, text)
    assert [(c.kind, c.count.low) for c in r.claims if c.count] == [(kind, low)]


@pytest.mark.parametrize("text, claims", [
    ("In Arauca, ELN fighters who surrender receive a monthly stipend for two years.", 0),
    ("In Arauca, those who hand themselves in are questioned by army intelligence, then sent to a shelter.", 0),
    ("In Arauca, the 40 ELN fighters who surrender each month are questioned by army intelligence.", 1),
])
def test_who_happens_to_anyone_that_surrenders_is_a_routine_not_a_claim(extractor, text, claims):
    assert len(run(extractor, text).claims) == claims


def test_an_amnesty_offered_to_soldiers_who_had_deserted_is_no_claim(extractor):
    r = run(extractor, "The Congolese president offered an amnesty to soldiers who had abandoned their units, provided "
                       "they reported back within sixty days.")
    assert r.claims == []


def test_army_commands_that_took_in_surrendering_rebels_are_not_the_rebels_group(extractor):
    r = run(extractor, "The military said 300 New People's Army guerrillas surrendered last year. Of those, the army's "
                       "Northern Luzon Command accounted for 120 and the Visayas Command for 80.")
    assert [(c.group, c.count.low) for c in r.claims] == [
        ("New People's Army", 300), ("New People's Army", 120), ("New People's Army", 80)]


@pytest.mark.parametrize("text, counts", [
    ("Kyiv's prosecutors opened 5,100 cases for unauthorised absence last month and 640 for desertion.", [5100, 640]),
    ("Kyiv's prosecutors opened 5,100 cases for unauthorised absence last month, and 640 for outright desertion.",
     [5100, 640]),
    ("A military court in Maiduguri tried 31 Nigerian soldiers, 20 on charges of desertion and 11 for absence "
     "without leave.", [31, 20, 11]),
])
def test_a_bare_figure_of_cases_for_desertion_beside_another(extractor, text, counts):
    r = run(extractor, text)
    assert [c.count.low for c in r.claims if c.kind == "desertion"] == counts


@pytest.mark.parametrize("text, stocks", [
    ("Forty Maoists surrendered in Sukma on Friday. Police say fewer than 800 armed Maoist fighters remain in the "
     "district, down from about 2,000 in 2018.", [("remaining", None, 799), ("total", 1800, 2200)]),
    ("Forty ELN rebels surrendered in Arauca on Friday. The army says the ELN has about 3,000 armed fighters, up from "
     "some 2,000 in 2017.", [("total", 2700, 3300), ("total", 1800, 2200)]),
    ("Forty Maoists surrendered in Sukma on Friday. Police say some 800 armed Maoist fighters remain in the district, "
     "down from a total strength of about 2,000 in 2018.", [("remaining", 720, 880), ("total", 1800, 2200)]),
])
def test_the_stock_a_force_changed_from_is_its_size_then(extractor, text, stocks):
    r = run(extractor, text)
    assert [(c.measure, c.count.low, c.count.high) for c in r.claims if c.kind == "strength"] == stocks


@pytest.mark.parametrize("word", ["SZCh", "AWOL"])
def test_a_bare_figure_that_went_awol(extractor, word):
    r = run(extractor, f"A Ukrainian battalion commander said that since May, 40 have been killed and about 90 have "
                       f"gone {word}.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 81)]


@pytest.mark.parametrize("verb", ["defected to the army", "switched to the army"])
def test_a_commander_who_went_over_to_the_army_with_his_fighters_is_one_more(extractor, verb):
    r = run(extractor, f"Fighting went on in Gezira. An RSF field commander said on Monday that he had {verb} with "
                       f"800 fighters.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims] == [
        ("defection", "Rapid Support Forces", 800, 801)]


@pytest.mark.parametrize("text, claim", [
    ("In May an al-Shabaab fighter slipped away from his unit with two other fighters and handed himself over to "
     "government troops near Baidoa.", ("defection", "Al-Shabaab", 2, 3)),
    # the leader's men are of his group, not of the side he gave himself up to; one claim for him and them,
    # 13 or 14 people, as the annotators count 'with 20 of his subordinates'
    ("BAMENDA, Cameroon - A separatist commander gave himself up to Cameroonian troops in Ndop on Monday along with "
     "13 of his fighters, officials said.", ("defection", "Ambazonian separatists", 13, 14)),
])
def test_one_who_left_with_others_is_one_more_of_his_own_group(extractor, text, claim):
    r = run(extractor, text)
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims] == [claim]


@pytest.mark.parametrize("text, counts", [
    ("Of the 25 young men from his street who joined the Ethiopian army in 2020, he knows of 11 who have since "
     "deserted.", [("desertion", 11)]),
    ("Of the 25 Ethiopian soldiers who deserted in 2020, he knows of 11 who have since returned to their units.",
     [("desertion", 25), ("return", 11)]),
])
def test_the_whole_of_a_lead_of_phrase_left_only_when_its_clause_says_so(extractor, text, counts):
    r = run(extractor, text)
    assert [(c.kind, c.count.low) for c in r.claims] == counts


@pytest.mark.parametrize("text, low", [
    ("The governor said on Monday that 35 Burkinabe soldiers who had left their posts in Diapaga had gone back to "
     "their positions after their pay arrived.", 35),
    ("A Ukrainian battalion commander near Pokrovsk said his unit has had 36 men return under the new law since "
     "December.", 36),
    ("Since the law changed in November, 2,400 Ukrainian servicemen from the region took up the offer and returned, "
     "prosecutors said.", 2400),
    ("The Ethiopian army said 700 soldiers cut off from their battalions in Gondar had rejoined them by June.", 700),
])
def test_more_ways_of_returning(extractor, text, low):
    r = run(extractor, text)
    assert [(c.kind, c.count.low) for c in r.claims] == [("return", low)]


def test_an_authorised_strength_is_the_required_stock_even_beside_a_desertion_word(extractor):
    r = run(extractor, "About 900 Afghan soldiers deserted in May. Auditors said the Afghan army had 170,000 soldiers "
                       "in June, against an authorised strength of 195,000, and that desertion data were patchy.")
    assert [(c.kind, c.measure, c.count.low) for c in r.claims][1:] == [
        ("strength", "total", 170000), ("strength", "required", 195000)]


def test_another_soldier_who_left_is_one(extractor):
    r = run(extractor, "Two Nigerian soldiers deserted from Bama last week. Another soldier, a private who asked not "
                       "to be named, left his post at Dikwa in March.")
    assert [(c.kind, c.count.low, c.count.high) for c in r.claims] == [("desertion", 2, 2), ("desertion", 1, 1)]


def test_a_share_of_a_unit_counts_its_leavers_and_the_unit_is_a_stock(extractor):
    r = run(extractor, "A Malian captain said roughly half of the 400 soldiers in his garrison at Menaka had walked "
                       "out of their posts by March.")
    assert [(c.kind, c.measure, c.count.low, c.count.high) for c in r.claims] == [
        ("strength", "total", 400, 400), ("desertion", None, 180, 220)]
    assert r.claims[1].count_text == "roughly half of the 400"


def test_a_share_of_them_is_a_share_of_the_figure_before(extractor):
    r = run(extractor, "Some 2,000 Chadian soldiers deserted during the rainy season, the ministry said. About a "
                       "quarter of them later returned to their units.")
    assert [(c.kind, c.count.low, c.count.high) for c in r.claims] == [
        ("desertion", 1800, 2200), ("return", 405, 605)]


@pytest.mark.parametrize("said", [
    '"When we reached Bakhmut in May there were 96 of us in the company," the deserter said.',
    '"At our checkpoint there were 96 of us when the winter began," the deserter said.',
    '"That spring we were 96 in our platoon," the deserter said.',
    '"Our company was 96 when the winter began," the deserter said.',
])
def test_a_unit_size_told_by_one_of_its_men_is_its_stock(extractor, said):
    r = run(extractor, "Desertion is emptying Russian units near Bakhmut, where 300 Russian soldiers deserted in "
                       "June. " + said)
    assert [(c.kind, c.measure, c.count.low) for c in r.claims][1:] == [("strength", "total", 96)]


@pytest.mark.parametrize("said, stocks", [
    ('"Our battalion has 400 men on its rolls and 150 men in the trenches," the major said.',
     [("total", 400, 400), ("deployed", 150, 150)]),
    ('The major said 400 soldiers were assigned to his battalion but only 150 were present for duty.',
     [("total", 400, 400), ("deployed", 150, 150)]),
    ('"My battalion should have 400 men," the major said. "At the front I now have about 150."',
     [("required", 400, 400), ("deployed", 135, 165)]),
    ('"On paper the battalion had 400 men, but they never had more than 150 in the field," the major said.',
     [("total", 400, 400), ("deployed", None, 150)]),
    ('A staff officer said the Ukrainian army has roughly 4,000 troops on the Kharkiv front.',
     [("deployed", 3600, 4400)]),
    ('A staff officer said the Ukrainian army keeps some 2,000 soldiers on the northern front line.',
     [("deployed", 1800, 2200)]),
])
def test_men_at_the_front_are_a_deployed_stock(extractor, said, stocks):
    r = run(extractor, "Desertion is emptying Ukrainian units near Pokrovsk, where 90 Ukrainian soldiers deserted in "
                       "June. " + said)
    assert [(c.measure, c.count.low, c.count.high) for c in r.claims if c.kind == "strength"] == stocks


def test_what_remains_told_in_the_sentence_after_a_unit_size_is_its_stock(extractor):
    r = run(extractor, "Desertion is emptying Nigerian units in Borno, where 90 Nigerian soldiers deserted in June. "
                       "\"When I arrived in 2019 our company had about 200 soldiers,\" the private said. \"By the time "
                       "I left, fewer than 60 remained.\"")
    assert [(c.measure, c.count.low, c.count.high) for c in r.claims if c.kind == "strength"] == [
        ("total", 180, 220), ("remaining", None, 59)]


def test_soldiers_in_an_officers_own_battalion_are_the_army_even_in_a_story_about_an_armed_group(extractor):
    r = run(extractor, "MARIB - Dozens of Houthi fighters have surrendered at checkpoints near Marib this month, officials "
                       "said. Many Houthi fighters who surrendered said the Houthis had not paid them. An officer said "
                       "40 of the 200 soldiers in his battalion had deserted since March.")
    assert [(c.kind, c.group) for c in r.claims][1:] == [
        ("desertion", "Yemeni Armed Forces"), ("strength", "Yemeni Armed Forces")]


def test_a_short_breakdown_sentence_keeps_the_whole_before_it_as_evidence(extractor):
    first = "Since March, 2,140 Ukrainian servicemen from the region returned to their units, prosecutors said."
    r = run(extractor, first + " Of them, 96 were officers.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("return", 2140), ("return", 96)]
    assert r.claims[1].evidence == first + " Of them, 96 were officers."


def test_an_armed_wings_stock_beside_its_partys_surrenders_is_the_partys(extractor):
    r = run(extractor, "Thirty Maoists surrendered in Sukma on Friday, police said. Officials believe about 800 cadres "
                       "of the People's Liberation Guerrilla Army remain in the district.")
    assert [(c.kind, c.group, c.measure, c.count.low) for c in r.claims] == [
        ("defection", "Communist Party of India (Maoist)", None, 30),
        ("strength", "Communist Party of India (Maoist)", "remaining", 720)]


def test_what_remains_after_an_of_phrase_on_the_figures_noun(extractor):
    r = run(extractor, "Forty Nigerian soldiers deserted from Damboa in May, officers said. Fewer than 300 soldiers "
                       "of the battalion sent there in 2022 remain at the base.")
    assert [(c.kind, c.measure, c.count.high) for c in r.claims] == [
        ("desertion", None, 40), ("strength", "remaining", 299)]


@pytest.mark.parametrize("place", ["in the battalion", "on its rolls", "on the battalion's books"])
def test_the_whole_of_a_part_placed_in_a_unit_or_on_its_books_is_its_stock(extractor, place):
    r = run(extractor, f"In one Ukrainian battalion near Kupiansk, 45 of the 380 soldiers {place} deserted in March.")
    assert [(c.kind, c.measure, c.count.low) for c in r.claims] == [("desertion", None, 45), ("strength", "total", 380)]


@pytest.mark.parametrize("text, force, low", [
    ("About 900 Russian soldiers deserted in 2023, a rights group said. Georgian officials said some 60,000 Russian "
     "citizens entered Georgia in the autumn. Two Russian soldiers entered the embassy in Tbilisi in May.",
     "Russian Armed Forces", 54000),
    ("About 900 Ukrainian soldiers deserted in 2023, prosecutors said. Romanian officials said some 6,000 Ukrainian "
     "men of military age had entered Romania in 2023.", "Armed Forces of Ukraine", 5400),
    ("About 900 Ukrainian soldiers deserted in 2023, prosecutors said. The IOM counted more than 40,000 departures "
     "from Ukraine to Poland in the same year.", "Armed Forces of Ukraine", 40001),
])
def test_people_who_entered_or_departed_for_another_country_beside_deserters_emigrated(extractor, text, force, low):
    r = run(extractor, text)
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [
        ("desertion", force, 810), ("emigration", "civilians", low)]


@pytest.mark.parametrize("text, count", [
    ("Malian soldiers keep deserting. Of the 900 soldiers the garrison is supposed to have, barely half are left, "
     "an officer said.", 900),
    # a bare figure: the unit's, whose men the sentence counts first
    ("Malian soldiers keep deserting. \"Our company was down to 40 men out of the 130 it is supposed to have,\" "
     "a sergeant said.", 130),
])
def test_what_a_unit_is_supposed_to_have_is_required(extractor, text, count):
    required = [c for c in run(extractor, text).claims if c.measure == "required"]
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in required] == [
        ("strength", "Malian Armed Forces", count, count)]


def test_men_of_conscription_age_beside_soldiers_who_deserted_are_no_deserters(extractor):
    r = run(extractor, "Moldovan border police said they had detained 41 Ukrainian men of conscription age and five serving "
                       "Ukrainian soldiers who had left their units, all of whom had crossed the Dniester.")
    assert [(c.kind, c.count.low) for c in r.claims if c.kind == "desertion"] == [("desertion", 5)]


def test_an_army_which_numbers_so_many_and_loses_so_many_a_month_who_desert(extractor):
    r = run(extractor, "Western officials say the Malian army, which numbers about 20,000, loses roughly 300 soldiers a "
                       "month who desert or fail to return from leave.")
    assert [(c.kind, c.measure, c.count.low, c.count.high) for c in r.claims] == [
        ("strength", "total", 18000, 22000), ("desertion", None, 270, 330)]


def test_a_figure_the_last_one_is_down_from_is_the_same_kind_of_claim(extractor):
    r = run(extractor, "Some 950 Kenyan soldiers deserted in the year to September, the ministry said. That is down from "
                       "1,302 soldiers in the previous 12 months, an official said.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 855), ("desertion", 1302)]


def test_such_surrenders_count_the_soldiers_of_a_story_about_soldiers_who_surrender(extractor):
    r = run(extractor, "KYIV - A hotline helps Russian soldiers surrender. Over the spring the hotline registered 212 such "
                       "surrenders, an official said, compared with 130 over the whole of the winter.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims if c.count] == [
        ("defection", "Russian Armed Forces", 212), ("defection", "Russian Armed Forces", 130)]


@pytest.mark.parametrize("who", ["the PNH's inspector general, Jean Dupont, admitted in a memo to the minister",
                                 "the police chief said"])
def test_officers_beside_a_named_police_force_are_its_own(extractor, who):
    r = run(extractor, f"PORT-AU-PRINCE - Gangs hold most of the capital. In May alone, 500 officers abandoned their "
                       f"posts, {who}.")
    assert [(c.group, c.count.low) for c in r.claims] == [("Haitian National Police", 500)]


def test_the_men_of_a_numbered_brigades_commander_are_the_armys(extractor):
    r = run(extractor, "ADEN - Houthi fighters keep crossing the lines. Houthi leaders deny it. In Lahij, Col. Saleh "
                       "Mansour, commander of the 35th Armoured Brigade, told reporters that about 80 of his 600 men had "
                       "not come back from leave.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims if c.count] == [
        ("desertion", "Yemeni Armed Forces", 72), ("strength", "Yemeni Armed Forces", 600)]


@pytest.mark.parametrize("text,group", [
    ("A senior commander of the rebel SPLA-IO in Jonglei, Brig. Gen. Peter Lual, and about 200 of his troops "
     "defected to the national army on Monday, the army said.", "Sudan People's Liberation Movement-in-Opposition"),
    ("A commander of the Free Syrian Army, Col. Ahmed Zein, and 30 of his men went over to the army, the army said.",
     "Free Syrian Army"),
])
def test_a_leaders_men_are_of_the_group_he_commands(extractor, text, group):
    """'A commander of X, Name, and 200 of his troops': the troops are X's, whoever reports it."""
    c = one(run(extractor, text))
    assert (c.kind, c.group) == ("defection", group)


def test_fighters_an_armed_groups_own_commanders_count_are_its_own(extractor):
    """A rebel group's commanders telling of fighters who left speak of their own fighters, even where the
    sentence names the army only as the side that advanced."""
    c = one(run(extractor, "The RSF has lost ground around Khartoum. Two RSF field commanders told reporters in "
                           "Omdurman that hundreds of fighters had abandoned the paramilitary since the army retook "
                           "the capital."))
    assert (c.kind, c.group) == ("desertion", "Rapid Support Forces")


def test_members_of_an_insurgency_are_its_insurgents(extractor):
    """'members of the armed insurgency in Cabo Delgado': the insurgency is its insurgents, named as the press
    names the movement there."""
    c = one(run(extractor, "Five members of the armed insurgency in Cabo Delgado, Mozambique, surrendered to the "
                           "police on Friday, officials said."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Cabo Delgado insurgents", 5)


def test_up_to_a_figure_is_no_side(extractor):
    c = one(run(extractor, "Up to 700 Boko Haram fighters surrendered to troops in Borno, Nigeria, last month."))
    assert (c.group, c.count.high) == ("Boko Haram", 700)


def test_a_source_asking_not_to_be_named_makes_no_appeal(extractor):
    c = one(run(extractor, "In Ethiopia, a senior officer, who asked not to be named, said about 1,300 soldiers had "
                           "deserted from his division since January."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Ethiopian National Defense Force", 1170)


@pytest.mark.parametrize("text", [
    "In Ethiopia, the army called on the rebels to surrender before the rains.",
    "In Ethiopia, the army asked the soldiers to return to their units before their names were published.",
    "Pakistan's army banned soldiers from leaving the garrison in Turbat.",
])
def test_an_appeal_or_a_ban_is_still_no_leaving(extractor, text):
    assert run(extractor, text).claims == []


@pytest.mark.parametrize("text, low", [
    ("In Mali, about 60 soldiers of the garrison had deserted by the end of March.", 54),
    ("In Mali, about 60 of the roughly 400 soldiers of the garrison deserted in March.", 54),
])
def test_a_time_after_by_and_a_lead_before_the_whole(extractor, text, low):
    c = one(run(extractor, text), "desertion")  # the garrison's 400 is its strength too
    assert (c.kind, c.group, c.count.low) == ("desertion", "Malian Armed Forces", low)


def test_deserted_by_allies_is_no_leaving(extractor):
    assert run(extractor, "In Mali, the soldiers of the garrison felt deserted by their allies.").claims == []


def test_losing_soldiers_a_month_to_desertion(extractor):
    c = one(run(extractor, "Somali army brigades in Lower Shabelle lose roughly 50 soldiers a month to desertion."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Somali National Army", 45, 55)


@pytest.mark.parametrize("side", ["the movement", "the rebel movement", "the insurgency"])
def test_deserting_and_joining_an_unnamed_side_is_a_defection(extractor, side):
    c = one(run(extractor, f"Some 70 Malian soldiers deserted their base at Tessalit and joined {side} in March."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Malian Armed Forces", 63)


def test_deserting_and_joining_a_family_is_no_defection(extractor):
    c = one(run(extractor, "Some 70 Malian soldiers deserted their base at Tessalit and joined their families in March."))
    assert c.kind == "desertion"


def test_crossing_to_the_government_side(extractor):
    c = one(run(extractor, "In March a brigadier of the SPLA-IO crossed to the government side with dozens of fighters."))
    assert (c.kind, c.group) == ("defection", "Sudan People's Liberation Movement-in-Opposition")


def test_civilians_crossing_from_one_country_into_others(extractor):
    r = run(extractor, "Some 200 RSF fighters defected to the army in May. More than 3 million people have crossed from "
                       "Sudan into neighbouring countries since the war began, UNHCR says.")
    c = one(r, "emigration")
    assert (c.count.low, [p.name for p in c.origin]) == (3000001, ["Sudan"])


def test_civilians_arriving_abroad_emigrated(extractor):
    r = run(extractor, "PORT-AU-PRINCE - About 1,800 Haitian police officers fled the country last year. Some 60,000 "
                       "Haitians have arrived in the United States under the parole programme since January.")
    c = one(r, "emigration")
    assert (c.count.low, [p.name for p in c.destination]) == (54000, ["United States"])


@pytest.mark.parametrize("text, kinds", [
    ("About 500 US troops arrived in Poland on Monday for the exercise.", []),
    ("MAPUTO - Some 200 Mozambican soldiers deserted in March. More than 11,000 people have arrived in Pemba since "
     "the attack.", ["desertion"]),
])
def test_arriving_troops_or_arrivals_at_home_give_no_emigration(extractor, text, kinds):
    assert [c.kind for c in run(extractor, text).claims] == kinds


def test_a_unit_surrendering_in_battle_gives_no_stock_either(extractor):
    r = run(extractor, "KABUL - Hundreds of Afghan soldiers deserted this month. In Kunduz, which fell on Sunday, about "
                       "150 soldiers of a besieged battalion surrendered to the insurgents after running out of ammunition.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 200)]


def test_soldiers_beside_the_named_army_are_its_own_in_a_story_about_a_cartel(extractor):
    r = run(extractor, "Mexico's armed forces struggle to keep their men. More than 5,000 soldiers deserted in 2010, "
                       "ministry data show. Los Zetas grew from such men. Los Zetas still holds Tamaulipas, and Los Zetas "
                       "pays well.")
    assert [(c.kind, c.group) for c in r.claims] == [("desertion", "Mexican Armed Forces")]


@pytest.mark.parametrize("noun", ["personnel", "troops"])
def test_personnel_beside_the_named_army_are_its_own(extractor, noun):
    r = run(extractor, f"KABUL - The Afghan National Army is shrinking. Some 5,000 {noun} a month walk away from their "
                       "units, an official said. The Taliban took Kunduz. The Taliban took Baghlan. The Taliban advance.")
    assert [(c.kind, c.group) for c in r.claims] == [("desertion", "Afghan National Army")]


def test_bare_troops_beside_the_named_army_are_its_own_in_a_story_about_an_armed_group(extractor):
    r = run(extractor, "MOGADISHU - An audit of the Somali National Army found that 1,100 soldiers had abandoned their "
                       "units. Of those, 600 had served in Baidoa and 500 in Kismayo, two towns where troops have gone "
                       "unpaid. Separately, 300 al-Shabaab defectors were received in 2018. Al-Shabaab took Buulo. "
                       "Al-Shabaab fighters attacked Afgoye. Al-Shabaab still holds the countryside.")
    assert [(c.group, c.count.low) for c in r.claims] == [
        ("Somali National Army", 1100), ("Somali National Army", 600), ("Somali National Army", 500), ("Al-Shabaab", 300)]


def test_a_breakdown_of_those_counted_before_by_where_they_served(extractor):
    r = run(extractor, "Some 900 Malian soldiers abandoned their units last year, the ministry said. Of those, 640 had "
                       "served in Gao and 260 in Kidal, two regions where troops have gone unpaid.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [
        ("desertion", "Malian Armed Forces", 810), ("desertion", "Malian Armed Forces", 640),
        ("desertion", "Malian Armed Forces", 260)]
    r = run(extractor, "About 300 al-Shabaab fighters surrendered to the army last year, officials said. Of these, 58 "
                       "were assessed as low-risk, while 16 were sent to court.")
    assert [c.count.low for c in r.claims] == [270]


@pytest.mark.parametrize("text, total", [
    ("Some 40 Malian soldiers deserted in May. The battalion, which counts some 650 men, lost 31 in ambushes.", 585),
    ("Some 40 Afghan soldiers deserted in May. Western estimates put its strength at about 40,000 men.", 36000),
])
def test_more_ways_of_giving_a_force_size(extractor, text, total):
    c = one(run(extractor, text), "strength")
    assert (c.measure, c.count.low) == ("total", total)


def test_the_whole_a_part_is_of_is_the_units_size(extractor):
    r = run(extractor, "SANAA - A Yemeni colonel said about 150 of his 900 men had failed to return from leave since June.")
    assert sorted((c.kind, c.measure, c.count.low) for c in r.claims) == [("desertion", None, 135),
                                                                         ("strength", "total", 900)]


@pytest.mark.parametrize("text, expected", [
    ("Chadian soldiers have been deserting. Nearly thirty of the ninety gendarmes at the Bol outpost deserted "
     "last month, a local official said.", [("desertion", None, 27), ("strength", "total", 90)]),
    ("Chadian soldiers have been deserting. Of the 250 men in his battalion, around 60 have deserted since "
     "March, a captain said.", [("desertion", None, 54), ("strength", "total", 250)]),
    ("Chadian soldiers have been deserting. Of the 250 soldiers of the 3rd Battalion who were sent home on "
     "leave, only 110 came back, a captain said.", [("desertion", None, 140), ("return", None, 110)]),
    ("Chadian soldiers have been deserting. Twelve of some 800 conscripts failed to return from leave, the "
     "ministry said.", [("desertion", None, 12)]),
])
def test_a_units_men_that_leavers_are_counted_from_are_its_size(extractor, text, expected):
    """'N of the M men in a unit' and 'Of the M men at a post, N ...' give the unit's size; a whole
    narrowed by a relative clause, or a cohort placed in no unit, is no stock."""
    claims = [c for c in run(extractor, text).claims if c.count is not None]
    assert sorted((c.kind, c.measure, c.count.low) for c in claims) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Belarusian army lieutenant deserted in May. His wife and their six-year-old son left for Lithuania "
     "a week later.", [(2, "Lithuania")]),
    ("A Belarusian army lieutenant deserted in May. His mother, Irina, and his three younger sisters fled to "
     "Poland in June.", [(4, "Poland")]),
    ("A Belarusian army lieutenant deserted in May. His parents and a brother had also left for Latvia.",
     [(3, "Latvia")]),
    ("A Belarusian army lieutenant deserted in May. His children later fled to Poland.", []),
    ("A Belarusian army lieutenant deserted in May. His wife and two colleagues left for Poland.", []),
    ("A Belarusian army lieutenant deserted in May. His wife and son left for the capital.", []),
])
def test_a_family_that_goes_abroad_is_counted_by_its_members(extractor, text, expected):
    """Relatives count one each, a plural by its number; a plural with no number, anyone not a
    relative, or a move inside the country gives no emigration claim."""
    got = [(c.count.low, c.destination[0].name) for c in run(extractor, text).claims if c.kind == "emigration"]
    assert got == expected


def test_people_arrested_before_a_figure_are_no_leavers(extractor):
    r = run(extractor, "MAIDUGURI - Troops neutralised 19 terrorists and arrested 36 others, while 300 Boko Haram "
                       "fighters surrendered.")
    assert [c.count.low for c in r.claims] == [300]


@pytest.mark.parametrize("text, group, low", [
    ("A Syrian army battalion commander crossed over with 40 of his men and joined a local FSA brigade.",
     "Syrian Arab Army", 40),
    ("In September 1991 a JNA major brought his tank company of 30 men over to the Croatian National Guard.",
     "Yugoslav People's Army", 30),
    ("KABUL - Nearly 7,000 insurgents have quit the fight and joined the government's reintegration programme.",
     "Afghan insurgents", 6300),
    # those who went along left and joined with him
    ("In March a Myanmar army captain walked out of his camp with four soldiers and joined a local People's Defence "
     "Force unit.", "Myanmar Armed Forces", 4),
    # going to serve a named group
    ("About 20 Mexican soldiers deserted to work as gunmen for the Gulf Cartel.", "Mexican Armed Forces", 18),
    ("About 20 Mexican soldiers deserted to become the hired guns of the Gulf Cartel.", "Mexican Armed Forces", 18),
])
def test_more_ways_of_going_over(extractor, text, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("defection", group, low)


def test_deserting_to_fight_against_a_group_is_no_going_over(extractor):
    c = one(run(extractor, "About 20 Mexican soldiers deserted to fight against the Gulf Cartel."))
    assert (c.kind, c.count.low) == ("desertion", 18)


def test_switching_to_the_resistance_is_defection(extractor):
    c = one(run(extractor, "YANGON - At least 63 Myanmar soldiers and police have switched to the armed resistance."))
    assert (c.kind, c.count.low) == ("defection", 63)


def test_asking_for_asylum_across_a_hostile_border_is_desertion(extractor):
    c = one(run(extractor, "MEKELLE - At least 23 Eritrean soldiers crossed into Ethiopia's Tigray region in October and "
                           "asked for asylum."))
    assert (c.kind, c.count.low) == ("desertion", 23)


def test_leaving_over_months_to_join_a_named_group_is_defection(extractor):
    c = one(run(extractor, "ALEPPO - Several hundred FSA fighters have left their battalions in the last two months to "
                           "join Jabhat al-Nusra."))
    assert (c.kind, c.group, c.to_group) == ("defection", "Free Syrian Army", "Al-Nusra Front")


def test_siding_with_the_revolt_is_defection(extractor):
    c = one(run(extractor, "TOBRUK - The entire garrison of about 3,000 Libyan soldiers had sided with the revolt."))
    assert (c.kind, c.count.low) == ("defection", 2700)


def test_the_last_day_of_a_date_range_is_no_count(extractor):
    r = run(extractor, "GOMA - Some 40 Congolese soldiers deserted. The UNHCR said more than 40,000 refugees from South "
                       "Kivu had arrived in Burundi between February 14 and 24.")
    assert sorted(c.count.low for c in r.claims) == [36, 40001]


@pytest.mark.parametrize("text, kinds", [
    ("YAOUNDE - Some 17 Ambazonian fighters surrendered this month. The UN refugee agency says over 87,000 "
     "Cameroonian refugees are living in Nigeria.", ["defection", "emigration"]),
    ("COLOMBO - Some 200 LTTE cadres surrendered this month. Over 270,000 refugees have sought protection under "
     "the Government.", ["defection"]),  # no country abroad: displaced at home
])
def test_a_refugee_figure_counted_abroad_is_emigration(extractor, text, kinds):
    assert [c.kind for c in run(extractor, text).claims] == kinds


@pytest.mark.parametrize("text, low", [
    ("BANGUI - Some 40 soldiers deserted in May. About 2,000 Central Africans have fled into Cameroon since then.",
     1800),  # a two-word demonym: its last word names the people
    ("JAYAPURA - Some 12 Indonesian soldiers deserted last week. Around 500 Papuans crossed into Papua New Guinea in "
     "the same days.", 450),  # a people the country table lacks
    ("CARACAS - Some 30 Venezuelan soldiers deserted this year. More than 40,000 Venezuelans have left their country since "
     "January.", 40001),  # 'their country' says they went abroad
])
def test_peoples_leaving_their_country_emigrate(extractor, text, low):
    r = run(extractor, text)
    assert [(c.kind, c.count.low) for c in r.claims if c.kind == "emigration"] == [("emigration", low)]


@pytest.mark.parametrize("second, kind", [
    ("The fighting has displaced two million people inside Sudan, and some 500,000 others have fled to Chad.",
     "emigration"),  # others of the people named before
    ("Dozens of soldiers fled their posts, and some 500,000 others have fled to Chad.", "desertion"),
])
def test_others_are_whom_the_sentence_named_before(extractor, second, kind):
    r = run(extractor, "KHARTOUM - Some 20 Sudanese soldiers deserted last week. " + second)
    assert [c.kind for c in r.claims if c.count and c.count.low == 450000] == [kind]


@pytest.mark.parametrize("second, counts", [
    ("The agency said the number of Syrian refugees registered in Lebanon had passed 800,000.", [800001]),
    ("The number of residents in Tripoli rose to 800,000.", []),  # no one left a country
])
def test_the_number_of_refugees_abroad(extractor, second, counts):
    r = run(extractor, "BEIRUT - Some 30 Syrian soldiers defected last week. " + second)
    assert [c.count.low for c in r.claims if c.kind == "emigration"] == counts


@pytest.mark.parametrize("second, counts", [
    ("Pakistan already hosts some 1.3 million Afghans, the UN refugee agency says.", [1170000]),
    ("Kabul hosts some 1.3 million Afghans.", []),  # at home: no country left
])
def test_a_country_that_hosts_a_people(extractor, second, counts):
    r = run(extractor, "KABUL - Some 1,000 Afghan soldiers deserted on Monday. " + second)
    assert [c.count.low for c in r.claims if c.kind == "emigration"] == counts


@pytest.mark.parametrize("second, dest", [
    ("Venezuelan officials reported that around 1,600 Colombians had crossed into Venezuela since January.",
     ["Venezuela"]),  # the speakers' country is not the people's
    ("Around 1,600 Colombians had crossed into Tachira state since January, officials said.", ["Tachira"]),
])
def test_a_people_crossing_into_another_country(extractor, second, dest):
    r = run(extractor, "CUCUTA - Dozens of ELN rebels surrendered in Catatumbo this week. " + second)
    assert [(c.count.low, [p.name for p in c.destination]) for c in r.claims if c.kind == "emigration"] == [
        (1440, dest)]


def test_dashing_across_the_border(extractor):
    c = one(run(extractor, "In July a U.S. soldier dashed across the border into North Korea during a tour."))
    assert (c.group, c.count.low, [p.name for p in c.destination]) == ("United States Armed Forces", 1, ["North Korea"])


def test_men_who_left_to_avoid_the_call_up_emigrated(extractor):
    r = run(extractor, "MOSCOW - Some 300 Russian soldiers deserted last month. They follow hundreds of thousands of "
                       "Russian men who left the country in 2022 to avoid the call-up.")
    assert sorted((c.kind, c.count.low) for c in r.claims) == [("desertion", 270), ("emigration", 200000)]


def test_men_crossing_to_avoid_being_drafted_emigrate(extractor):
    r = run(extractor, "Thousands of young Myanmar men have crossed into Thailand to avoid being drafted, labour groups "
                       "say. Some 300 Myanmar soldiers deserted in the same months.")
    assert sorted(c.kind for c in r.claims) == ["desertion", "emigration"]


def test_asking_for_political_asylum(extractor):
    c = one(run(extractor, "Two Libyan air force pilots flew their jets to Malta on Monday and asked for political asylum."))
    assert (c.kind, c.count.low, [p.name for p in c.destination]) == ("desertion", 2, ["Malta"])


def test_leaving_a_place_named_after_the_verb_leaves_no_force(extractor):
    assert run(extractor, "Russian troops left Kherson in November after weeks of shelling.").claims == []


def test_a_named_place_left_does_not_hide_the_leaving_verb(extractor):
    claims = run(extractor, "ERBIL, Iraq (Example Wire) - Some 30 peshmerga deserted their posts this year, officials "
                            "said. About 15,000 people have left the Kurdistan Region for Europe this year.").claims
    assert {c.kind for c in claims} == {"emigration", "desertion"}


@pytest.mark.parametrize("text", [
    "The New People's Army lost more ground in Bukidnon. 19-year-old Ramon Dacanay surrendered to the army on Monday.",
    "The New People's Army lost more ground in Bukidnon. Jean-Marc Dacanay surrendered to the army on Monday.",
])
def test_a_name_after_an_age_or_with_a_hyphen_is_one_person(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "New People's Army", 1, 1)


@pytest.mark.parametrize("text, count", [
    # words before the noun and an age after it leave one person
    ("A former NPA commander, 45, surrendered to an army patrol in Bukidnon on Friday.", (1, 1)),
    ("The NPA rebel, 19, handed himself over to soldiers of the 4th Infantry Division last week.", (1, 1)),
    ("The 23-year-old Russian conscript deserted from his base near Belgorod in March.", (1, 1)),
    ("A court in Samara, Russia, sentenced a 27-year-old contract soldier to five years for failing to return "
     "to his unit.", (1, 1)),
    # one leader with his men is no count of one
    ("The Taliban commander and his men surrendered to police in Kunduz.", None),
    ("A Taliban commander and his bodyguards surrendered to police in Kunduz.", None),
])
def test_one_person_or_a_leader_with_his_men(extractor, text, count):
    c = one(run(extractor, text))
    assert (c.count and (c.count.low, c.count.high)) == count


@pytest.mark.parametrize("text", [
    "Belarusian army deserter Andrei Kovalenko crossed into Lithuania in April.",
    "Belarusian Lieutenant Andrei Kovalenko deserted from his regiment in April.",
    "Andrei Kovalenko served four years in the Belarusian army. In April, Kovalenko deserted from his regiment.",
])
def test_a_member_named_by_rank_noun_or_surname_is_one_person(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Armed Forces of Belarus", 1, 1)


def test_a_surname_alone_is_no_person_unless_named_before(extractor):
    r = run(extractor, "Belarusian troops were moved to the border. Kovalenko deserted from his regiment in April.")
    assert all(c.count is None for c in r.claims), [c.to_schema() for c in r.claims]


def test_one_person_named_in_two_sentences_is_one_claim(extractor):
    text = ("The ministry confirmed the defection of Colonel Tamrat Wolde on Monday. "
            "Tamrat Wolde, an Ethiopian colonel, crossed into Eritrea two days ago, a ministry official said.")
    c = one(run(extractor, text))
    assert (c.kind, c.count.low, c.count.high) == ("defection", 1, 1)
    assert c.evidence == text


def test_a_figure_of_us_counts_the_speakers_force(extractor):
    c = one(run(extractor, "\"Roughly 60 of us deserted in May because nobody paid us,\" a Chadian corporal said."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Chadian Armed Forces", 54, 66)


def test_a_team_captain_is_no_soldier(extractor):
    assert run(extractor, "The Nigerian captain of the national football team left for Spain on Monday.").claims == []


@pytest.mark.parametrize("text", [
    "A Malian army captain said his men had deserted their posts in Kidal.",
    "A Malian army captain told reporters that soldiers had deserted their posts in Kidal.",
])
def test_one_speaker_and_the_many_who_left(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count) == ("desertion", "Malian Armed Forces", None)


@pytest.mark.parametrize("text, kind, group, low, high", [
    ("About 40 Malian soldiers said they had deserted because their pay was months late.",
     "desertion", "Malian Armed Forces", 36, 44),
    ("Dozens of Boko Haram fighters told officials that they had surrendered to the army.",
     "defection", "Boko Haram", 24, 99),
    ("More than 120 Haitian policemen said that they all fled to the Dominican Republic last year.",
     "desertion", "Haitian National Police", 121, None),
])
def test_speakers_who_tell_of_their_own_leaving_are_who_left(extractor, text, kind, group, low, high):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == (kind, group, low, high)


def test_speakers_who_tell_of_others_leaving_are_not_counted(extractor):
    c = one(run(extractor, "Two Malian officers told reporters that they saw 300 soldiers desert in Kidal."))
    assert (c.count.low, c.count.high) == (300, 300)


@pytest.mark.parametrize("text, group", [
    ("Close to 700 Boko Haram fighters have enrolled in Operation Safe Corridor since it opened.", "Boko Haram"),
    ("Some 40 NPA rebels have availed of the E-CLIP in Mindanao this year, the army said.", "New People's Army"),
    ("Up to 250 Al-Shabaab militants signed up for the government's amnesty scheme in 2021.", "Al-Shabaab"),
])
def test_signing_up_for_a_surrender_programme_is_defection(extractor, text, group):
    c = one(run(extractor, text))
    assert (c.kind, c.group) == ("defection", group)
    assert c.count is not None


@pytest.mark.parametrize("text", [
    "About 90 soldiers defected to al-Shabaab in Lower Shabelle last month, elders said.",
    "Al-Shabaab fighters overran a base in Lower Shabelle. About 90 soldiers defected to al-Shabaab there.",
])
def test_soldiers_who_went_over_to_the_group_are_not_its_fighters(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.to_group) == ("defection", "Somali National Army", "Al-Shabaab")


@pytest.mark.parametrize("text, group", [
    ("Kyiv said on Monday that 300 soldiers had deserted from units near Pokrovsk.", "Armed Forces of Ukraine"),
    ("Officials in Baghdad said dozens of soldiers abandoned their posts last week.", "Iraqi Armed Forces"),
])
def test_a_capital_gives_bare_soldiers_their_state(extractor, text, group):
    assert one(run(extractor, text)).group == group


def test_implied_figure_counts_the_speaker(extractor):
    c = one(run(extractor, "The captain said he deserted last week and joined 12 fellow soldiers who fled to Niger."))
    assert (c.count.low, c.count.high) == (12, 13)


def test_leave_arithmetic(extractor):
    r = run(extractor, "Of the 300 soldiers who went on leave in May, only 180 returned to the Ukrainian army's 24th brigade.")
    ret = one(r, "return")
    des = one(r, "desertion")
    assert (ret.count.low, des.count.low, des.count.high) == (180, 120, 120)


@pytest.mark.parametrize("text, back, missing", [
    ("Of 240 Chadian soldiers sent on leave in July, just 150 came back, an officer wrote.", 150, 90),
    ("Only 150 of the 240 Chadian soldiers who went on leave in July returned, an officer wrote.", 150, 90),
])
def test_leave_arithmetic_in_other_words(extractor, text, back, missing):
    r = run(extractor, text)
    assert (one(r, "return").count.low, one(r, "desertion").count.low) == (back, missing)


@pytest.mark.parametrize("text, back, missing", [
    ("Of about 300 Malian soldiers who went on leave, only 180 had reported back by Monday.", (180, 180), (90, 150)),
    ("Of more than 300 Malian soldiers who went on leave, only 180 returned.", (180, 180), (121, None)),
])
def test_leave_arithmetic_is_as_vague_as_its_figures(extractor, text, back, missing):
    r = run(extractor, text)
    ret, des = one(r, "return").count, one(r, "desertion").count
    assert ((ret.low, ret.high), (des.low, des.high)) == (back, missing)


def test_a_leave_cohort_is_no_claim_of_its_own(extractor):
    r = run(extractor, "Of the 240 Chadian soldiers given leave in July, 90 have not returned, an officer wrote.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 90)]


def test_unverified_when_the_outlet_cannot_confirm(extractor):
    r = run(extractor, "A militia member said about 300 fighters of Kata'ib Hezbollah had left for Europe since March. "
                       "The agency could not independently verify the figure.")
    c = one(r)
    assert c.status == "unverified"
    assert c.source_type == "member"
    assert c.evidence.endswith("could not independently verify the figure.")


def test_defection_to_the_other_side(extractor):
    c = one(run(extractor, "Forty Syrian soldiers defected to the Free Syrian Army near Idlib, activists said."))
    assert c.kind == "defection"
    assert c.group == "Syrian Arab Army"
    assert c.to_group == "Free Syrian Army"
    assert c.source_type == "other"


def test_case_statistics_are_desertions(extractor):
    r = run(extractor, "Military courts registered 4 210 cases of desertion in 2022, prosecutors in Kyiv said. "
                       "Ukrainian servicemen face up to twelve years in prison.")
    c = one(r)
    assert (c.kind, c.group, c.count.low) == ("desertion", "Armed Forces of Ukraine", 4210)
    assert (c.period.start, c.period.end) == ("2022-01-01", "2022-12-31")


def test_case_statistics_with_only_a_demonym_name_the_countrys_army(extractor):
    c = one(run(extractor, "In 2022 Ukrainian prosecutors opened 9,100 cases of desertion."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Armed Forces of Ukraine", 9100)


def test_a_negation_in_the_clause_before_does_not_deny_the_figure(extractor):
    claims = run(extractor, "Russian garrison courts heard 4,000 AWOL cases in 2023. The rise has not stopped: almost "
                            "four hundred verdicts came in a week and a half in April.").claims
    assert [(c.count.low, c.count.high) for c in claims] == [(4000, 4000), (360, 399)]


def test_appeals_and_plans_are_not_claims(extractor):
    r = run(extractor, "The governor urged the remaining rebels to lay down their arms. "
                       "Officials said more fighters may surrender soon.")
    assert r.claims == []


@pytest.mark.parametrize("text, low", [
    ("ABUJA - Some 300 Boko Haram fighters heeded the call and surrendered to troops in Borno.", 270),
    ("NEKEMTE - More than 40 OLA fighters accepted the government's peace call and surrendered to the army.", 41),
    ("ABUJA - The army made an appeal and urged Boko Haram fighters to surrender in Borno.", None),  # still an appeal
])
def test_an_appeal_that_was_answered(extractor, text, low):
    claims = run(extractor, text).claims
    assert [c.count.low for c in claims] == ([low] if low else [])


@pytest.mark.parametrize("text, claims", [
    ("KHARTOUM - The RSF said 57 soldiers from the army's 17th Infantry Division at Sinja had joined its ranks.",
     [("defection", "Sudanese Armed Forces", 57)]),
    ("MOGADISHU - Al-Shabaab said 300 young men had joined its ranks this year.", []),  # recruits, no force left
    ("GONDAR - Fano said 74 members of the Ethiopian National Defense Force had joined its fighters with their weapons.",
     [("defection", "Ethiopian National Defense Force", 74)]),
    ("MOGADISHU - Al-Shabaab said 300 members of local clans had joined its fighters this year.", []),
])
def test_soldiers_who_joined_its_ranks(extractor, text, claims):
    assert [(c.kind, c.group, c.count.low) for c in run(extractor, text).claims] == claims


@pytest.mark.parametrize("text, claim", [
    ("YANGON - The resistance said 16,000 Myanmar soldiers and police have crossed to the resistance since 2021.",
     ("defection", 16000)),
    ("MYITKYINA - The KIA said 47 Myanmar soldiers had come over to its side since January.", ("defection", 47)),
    ("SITTWE - The Arakan Army said 17 Myanmar soldiers had crossed to its lines with their weapons.",
     ("defection", 17)),
])
def test_crossing_to_the_other_side(extractor, text, claim):
    assert [(c.kind, c.count.low) for c in run(extractor, text).claims] == [claim]


def test_crossing_told_in_the_present(extractor):
    r = run(extractor, "MAE SOT - Dozens of Myanmar soldiers cross into Thailand each month and ask for protection, "
                       "a Thai official said.")
    assert [(c.kind, c.count.low, [p.name for p in c.destination]) for c in r.claims] == [
        ("desertion", 24, ["Thailand"])]


def test_men_who_stayed_loyal_and_left_a_region_did_not_desert(extractor):
    r = run(extractor, "SEVASTOPOL - Some 300 Ukrainian sailors deserted. The navy said about 1,700 Ukrainian sailors "
                       "who chose to remain loyal had left Crimea by bus for the mainland.")
    assert [c.count.low for c in r.claims] == [270]


def test_a_figure_of_people_interviewed_counts_no_leavers(extractor):
    r = run(extractor, "VILNIUS - Some 300 Belarusian police officers have resigned since August. The report, based on "
                       "interviews with 96 former officers and on leaked orders, says many of those who quit had "
                       "refused to take part in the dispersal of protests.")
    assert 96 not in [c.count.low for c in r.claims if c.count]


@pytest.mark.parametrize("text, claim", [
    ("NEKEMTE, Ethiopia - Officials said 412 OLA fighters had come out of the bush last week alone.",
     ("defection", "Oromo Liberation Army", 412)),
    ("BAMENDA, Cameroon - The DDR centre in Bamenda has registered 118 ex-fighters since it opened in 2018.",
     ("defection", "Ambazonian separatists", 118)),
    ('KUMBO, Cameroon - A self-styled "General" came out of the bush at Kumbo with six of his fighters on Friday.',
     ("defection", "Ambazonian separatists", 6)),  # a rebel's title is no army's rank
    ('KUMBO, Cameroon - A so-called "Colonel" came out of the bush at Kumbo with five of his fighters on Friday.',
     ("defection", "Ambazonian separatists", 5)),
])
def test_leaving_the_bush(extractor, text, claim):
    assert [(c.kind, c.group, c.count.low) for c in run(extractor, text).claims] == [claim]


def test_the_ex_fighters_restate_the_surrender(extractor):
    r = run(extractor, "BAMENDA, Cameroon - Thirty-one separatist fighters surrendered to the army on Friday. The "
                       "ex-fighters handed over nine locally made guns.")
    assert [c.count.low for c in r.claims] == [31]


def test_a_retired_general_who_left_the_army_did_not_desert(extractor):
    r = run(extractor, "ABUJA - Twelve senators defected from the ruling party to the opposition on Tuesday. Among "
                       "those who switched was a retired major general who left the army in 2007.")
    assert r.claims == []


@pytest.mark.parametrize("text, low", [
    ("BAGHDAD - The ministry said 3,400 Iraqi soldiers had stopped reporting for duty since January.", 3400),
    ("BAGHDAD - The ministry said 3,400 Iraqi soldiers had stopped going back to their units since January.", 3400),
    ("DUSHANBE - More than 1,000 Afghan soldiers retreated across the border into Tajikistan on Monday.", 1001),
])
def test_stopping_duty_and_retreating_abroad_are_desertion(extractor, text, low):
    assert [(c.kind, c.count.low) for c in run(extractor, text).claims] == [("desertion", low)]


def test_a_breakdown_by_group_after_a_colon(extractor):
    r = run(extractor, "BOGOTA - This year 200 members of armed groups demobilised in Colombia: 120 from the ELN and "
                       "80 from the Gulf Clan.")
    got = {(c.group, c.count.low) for c in r.claims}
    assert {("National Liberation Army (Colombia)", 120), ("Clan del Golfo", 80)} <= got


def test_members_who_belong_to_a_faction_are_of_it(extractor):
    r = run(extractor, "COTABATO - Ten BIFF members surrendered to the army on Friday. Officers said eight of them "
                       "belong to the BIFF-Karialan wing and two more from the BIFF-Bungos wing.")
    assert {c.group for c in r.claims} == {"Bangsamoro Islamic Freedom Fighters"}


@pytest.mark.parametrize("second", [
    "Tajikistan said it was preparing to receive as many as 100,000 Afghan refugees if the fighting spreads.",
    "Arrivals at the three rehabilitation centres near the border rose for the third month.",
])
def test_refugees_who_may_come_and_counted_places_are_no_claims(extractor, second):
    r = run(extractor, "DUSHANBE - Some 1,000 Afghan soldiers fled into Tajikistan on Monday. " + second)
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 900)]


def test_a_label_is_no_leaving(extractor):
    r = run(extractor, "DAMASCUS - Some 30 Syrian officers defected on Monday. The government has long described "
                       "army defectors as deserters in the pay of foreign powers.")
    assert [(c.kind, c.count and c.count.low) for c in r.claims] == [("defection", 27)]


def test_the_group_that_received_defectors_is_where_they_went(extractor):
    r = run(extractor, "MARIB - More than 70 Houthi fighters defected to government forces. The coalition said the "
                       "defectors had been received by the Giants Brigades and that 18 of them had crossed the lines.")
    assert [(c.group, c.to_group) for c in r.claims if c.count.low == 18] == [("Houthis", "Giants Brigades")]


@pytest.mark.parametrize("text, remaining, gone, total", [
    ("Soldiers keep deserting the Yemeni army. In one brigade, only 400 of the 1,700 soldiers on its payroll still "
     "report for duty, an officer said.", (400, 400), (1300, 1300), 1700),
    ("Iraqi soldiers are deserting. Only about 300 of the battalion's 900 men are still at their posts, a commander "
     "said.", (270, 330), (570, 630), 900),
])
def test_the_part_of_a_unit_still_serving_is_what_remains_and_the_rest_left(extractor, text, remaining, gone, total):
    r = run(extractor, text)
    counted = [(c.kind, c.measure, c.count.low, c.count.high) for c in r.claims if c.count is not None]
    assert counted == [("strength", "remaining", *remaining), ("desertion", None, *gone), ("strength", "total", total, total)]


def test_a_tally_of_defectors_is_the_named_forces_not_the_host_countrys(extractor):
    r = run(extractor, "ANKARA - Some 40 Syrian soldiers and officers crossed into Turkey on Sunday, a Turkish army "
                       "colonel said, bringing the number of army defectors sheltered in the province to more than 3,000.")
    assert [(c.group, c.count.low) for c in r.claims] == [("Syrian Arab Army", 36), ("Syrian Arab Army", 3001)]


@pytest.mark.parametrize("text", [
    "YANGON - State media said 380 Myanmar soldiers who had left their posts had rejoined their units since an amnesty "
    "for deserters was announced in March.",
    "The ministry said 380 Russian servicemen who had left their units had \"voluntarily returned to the performance "
    "of their military duties\" since June.",
])
def test_a_relative_clause_with_its_own_leaving_verb(extractor, text):
    r = run(extractor, text)
    assert [(c.kind, c.count.low) for c in r.claims if c.count] == [("return", 380)]


def test_an_expected_arrival_is_not_a_claim(extractor):
    r = run(extractor, 'Rwandan rebels keep coming home. "We are expecting about 90 returnees from the FDLR this week," '
                       "the camp manager said.")
    assert r.claims == []


def test_near_misses_give_nothing(extractor):
    assert run(extractor, "Two hundred engineers resigned from the software company after the merger.").claims == []
    assert run(extractor, "Three senators defected from the ruling party to the opposition on Monday.").claims == []


def test_emigration_only_beside_force_claims(extractor):
    refugees = "About 5,000 civilians fled the country to Chad last month, the UN refugee agency said."
    assert run(extractor, refugees).claims == []
    r = run(extractor, "Sixty Sudanese soldiers deserted to Chad on Monday, the army said. " + refugees)
    assert {c.kind for c in r.claims} == {"desertion", "emigration"}


def test_headline_restated_in_the_body_is_one_claim(extractor):
    text = ("40 soldiers desert in capital\n\n"
            "About 40 Chadian soldiers deserted their barracks in N'Djamena on Friday, the government said.")
    r = run(extractor, text)
    assert len([c for c in r.claims if c.kind == "desertion"]) == 1


@pytest.mark.parametrize("text, drivers", [
    ("Dozens of Somali soldiers deserted because of months of arrears and harsh punishments by commanders.",
     {"pay", "coercion"}),
    ("Hundreds of Ukrainian soldiers left their units, saying the assaults were pointless and no reinforcements came.",
     {"morale", "abandonment"}),
    ("Some 40 Malian soldiers deserted their post after the jihadist advance, citing poverty at home.",
     {"enemy_pressure", "economy"}),
    ("Some 40 Libyan soldiers fled the base as the rebels closed in, saying they had received no orders for days.",
     {"enemy_pressure", "abandonment"}),
    ("Dozens of Lebanese soldiers deserted in 1976 over the confessional divide and the beating of recruits.",
     {"sectarianism", "coercion"}),
    ("A Sudanese general defected to the army over the crimes committed against the people of Gezira.",
     {"politics"}),
])
def test_drivers_in_other_words(extractor, text, drivers):
    assert set(run(extractor, text).drivers) == drivers


def test_drivers_from_stated_reasons(extractor):
    r = run(extractor, "Hundreds of Somali soldiers deserted because they had not been paid for months.")
    assert "pay" in r.drivers


def test_published_partial_date_gives_no_relative_period(extractor):
    c = one(run(extractor, "Close to 500 Myanmar junta troops deserted during the past four months, according to the NUG.",
                published="2023-09"))
    assert c.period is None and c.period_text
    assert (c.count.low, c.count.high) == (450, 499)


def test_crossing_to_the_adversary_state_is_a_defection(extractor):
    c = one(run(extractor, "An Armenian soldier deserted his post on Monday and crossed over to the Azerbaijani side, "
                           "the ministry said.", published="2023-08-16"))
    assert (c.kind, c.group_country, c.count.low) == ("defection", "AM", 1)


def test_a_follow_on_sentence_completes_the_claim(extractor):
    r = run(extractor, "Nine Abu Sayyaf members surrendered to the army, the military said. "
                       "The militants turned themselves in at a camp in Patikul, Sulu, on Friday.",
            published="2021-07-05")
    c = one(r)
    assert c.count.low == 9
    assert c.evidence.endswith("on Friday.")
    assert (c.period.start, c.period.end) == ("2021-07-02", "2021-07-02")
    assert {p.name for p in c.origin} >= {"Sulu"}


def test_soldiers_of_no_named_force_are_kept_as_written(extractor):
    c = one(run(extractor, "More than 200 soldiers deserted their posts on Monday."))
    assert (c.kind, c.group, c.group_country, c.count.low) == ("desertion", "soldiers", None, 201)


def test_a_denial_is_not_a_claim(extractor):
    assert run(extractor, "The army denied that 45 Colombian soldiers deserted in May.").claims == []


def test_a_leaving_relative_clause_makes_a_stock_verb_count_leavers(extractor):
    c = one(run(extractor, "Officials said the Malian soldiers who had fled across the border into Niger numbered about 300."))
    assert (c.kind, c.measure, c.count_text) == ("desertion", None, "about 300")


def test_a_stock_figure_keeps_its_measure_when_the_leaving_has_its_own_figure(extractor):
    claims = run(extractor, "The Malian battalion numbered 400 soldiers before 70 of them deserted.").claims
    assert sorted((c.kind, c.measure, c.count.low) for c in claims) == [("desertion", None, 70), ("strength", "total", 400)]


@pytest.mark.parametrize("text,kind", [
    ("In 2006 roughly 120 Ethiopian soldiers slipped away from their brigade and escaped to the old enemy Eritrea.",
     "defection"),  # a long object of 'to' still names the adversary
    ("In March 2009 an Eritrean conscript walked away from his unit and crossed into Ethiopia.", "defection"),
    ("In March 2022 an Eritrean conscript walked away from his unit and crossed into Ethiopia.",
     "desertion"),  # the two made peace in 2018: no longer the enemy
    ("Forty Armenian soldiers deserted and fled to a village near the border with Azerbaijan.",
     "desertion"),  # the adversary is named in a later phrase, not where they went
    ("Officials in Asmara deny it. Many Eritrean recruits flee to Ethiopia and Sudan each year.",
     "desertion"),  # the enemy among neutral states: fleeing, not crossing over
    ("Four Syrian army colonels crossed into Turkey on Sunday, an official in Ankara said.",
     "defection"),  # a state that hosted the force's armed opposition
    ("Two Turkish soldiers crossed into Syria on Sunday, an official in Damascus said.",
     "desertion"),  # the hosts are one way: Turkey's soldiers joined no Syrian opposition
    ("A U.S. soldier dashed across the border into North Korea during a tour of the Joint Security Area.",
     "defection"),  # the state across the line his army guards
    ("Soviet soldiers fought in Afghanistan for a decade. Some had deserted to the mujahideen and stayed.",
     "defection"),  # the side they fought, named by a common noun
])
def test_where_deserters_went_decides_defection(extractor, text, kind):
    assert one(run(extractor, text)).kind == kind


def test_people_per_month_is_a_count_but_cases_per_day_are_a_rate(extractor):
    c = one(run(extractor, "Over 2,000 Ukrainian soldiers desert every month, prosecutors said."))
    assert (c.kind, c.count.low, c.count.high) == ("desertion", 2001, None)
    claims = run(extractor, "Ukrainian courts hear desertion cases daily, and 34 cases each working day reach a verdict.").claims
    assert all(c.count is None or c.count.low != 34 for c in claims)


def test_many_of_them_means_the_group_of_the_latest_claim():
    from awol.extract.context import DocContext
    from awol.model import Document
    from awol.normalize import countries
    from awol.normalize.groups import default_registry

    doc = Document(id="x", text="Al-Shabaab fighters attacked again. Al-Shabaab fighters stormed two towns. "
                                "Somali soldiers deserted.")
    ctx = DocContext.build(doc, default_registry(), countries)
    assert ctx.referent()[0] == ctx.default_group("members").name  # no claim yet: the main force
    ctx.last_claim = ("Somali National Army", "SO")
    assert ctx.referent() == ("Somali National Army", "SO")


@pytest.mark.parametrize("second", [
    # the people named in the plural speak for their country; the country people seek refuge in does not
    "The fighting has forced 40,000 Cameroonians from their homes, and Boko Haram fighters who surrendered sit in camps.",
    "The fighting has forced 40,000 people to seek refuge in Nigeria, and surrendered Boko Haram fighters sit in camps "
    "run by Cameroon.",
])
def test_the_story_country_gives_generic_fighters_their_movement(extractor, second):
    claims = run(extractor, "BUEA — Twelve separatist fighters laid down their arms before the governor in Buea on "
                            "Friday. " + second).claims
    c = next(c for c in claims if c.count is not None and c.count.low == 12)
    assert c.group == "Ambazonian separatists"


@pytest.mark.parametrize("text, groups", [
    # a country's police in a report set in one province or state are that province's force
    ("PESHAWAR, Pakistan - More than 60 policemen have resigned in Bannu district since March, officials said.",
     ["Khyber Pakhtunkhwa Police"]),
    # the branch whose place is named last before the figure, or in its sentence
    ("PESHAWAR, Pakistan - More than 60 policemen have resigned in Bannu district since March, officials said. "
     "In Quetta, 20 police constables resigned last week.", ["Khyber Pakhtunkhwa Police", "Balochistan Police"]),
    ("SRINAGAR, India - Twelve special police officers in Shopian have resigned from the force, officials said.",
     ["Jammu and Kashmir Police"]),
    ("ISLAMABAD - More than 60 policemen have resigned across Pakistan since March, officials said.",
     ["Police of Pakistan"]),
])
def test_police_of_a_province(extractor, text, groups):
    assert [c.group for c in run(extractor, text).claims] == groups


@pytest.mark.parametrize("text, group", [
    # the dateline is where the report is filed: the country of a story that names none
    ("KUMBO — Eleven separatist fighters laid down their arms on Monday.", "Ambazonian separatists"),
    ("PESHAWAR (AP) - More than 60 policemen have resigned in Bannu district since March.", "Khyber Pakhtunkhwa Police"),
])
def test_a_dateline_gives_the_story_its_country(extractor, text, group):
    assert [c.group for c in run(extractor, text).claims] == [group]


@pytest.mark.parametrize("text, title, claims", [
    # filed from the neighbour they fled to: 'reached this Thai border town' names where they went
    ("MAE SAI, Thailand — Twenty soldiers walked out of their barracks in Shan State last month and reached this "
     "Thai border town a week later, one of them said. The junta has not commented.",
     "Deserters from Myanmar wait out the war", [("desertion", "Myanmar Armed Forces", 20)]),
    # 'the ministry wrote' is the Ukrainian ministry of the lede, though Russian troops are named more often
    ("Ukraine's Ministry of Defence told lawmakers that 900 servicemen had returned in January. Russian troops shelled "
     "Kharkiv again. Russian soldiers attacked the town. In all, some 2,900 soldiers have come back to service since "
     "November, the ministry wrote.",
     None, [("return", "Armed Forces of Ukraine", 900), ("return", "Armed Forces of Ukraine", 2610)]),
    # a foreign army is named more often, but the paragraph has just named Mozambique's; the battalion told of
    # next is the same force's
    ("PEMBA, Mozambique — Rwandan troops drove the insurgents out of Palma last year, and Rwandan soldiers now patrol "
     "the coast. The Rwandan army said its troops had killed ten fighters near Macomia.\n\nMozambique's own army "
     "struggles to hold its men. A local paper reported that 60 soldiers from a new battalion had deserted from their "
     "base at Mueda in May.\n\nThe battalion was sent to Mueda with about 400 men, the paper said.",
     "Desertions hit Mozambique's army in the north",
     [("desertion", "Armed Defence Forces of Mozambique", 60), ("strength", "Armed Defence Forces of Mozambique", 360)]),
    # the Thai police are named once, in passing; the soldiers are of the story's country
    ("MAE SAI, Thailand — About 30 soldiers have deserted from their units in Myanmar's Shan State since March, one "
     "of them said. Most walked out of Myanmar at night. Thai police let them stay in a temple near the bridge. The "
     "military government in Myanmar has not commented.",
     "Myanmar deserters wait in a border town", [("desertion", "Myanmar Armed Forces", 27)]),
    # the story is mostly about a rebel force, but 'their colleagues' are the speakers' own
    ("LOIKAW, Myanmar — The Karenni Nationalities Defence Force said it had taken three army outposts this month. "
     "KNDF fighters now hold the main road, and KNDF commanders say more fighters are joining. In Mandalay, two "
     "police officers told a local paper that at least 40 of their colleagues had failed to report for duty in March.",
     None, [("desertion", "Myanmar Police Force", 40)]),
    # a story mostly about the Houthis; 'Of them' are the government soldiers of the sentence before
    ("MARIB - Dozens of Houthi fighters have surrendered this month, and Houthi commanders admit the losses. A "
     "ministry document puts the number of Yemeni soldiers who failed to return from leave at 900. Of them, some 200 "
     "later rejoined their units, the document says.",
     None, [("defection", "Houthis", 24), ("desertion", "Yemeni Armed Forces", 900), ("return", "Yemeni Armed Forces", 180)]),
    # in Burkina Faso, plain 'volunteers' are the state's armed auxiliaries (VDP), not its army
    ("FADA N'GOURMA, Burkina Faso - A municipal official said a contingent of about 150 volunteers raised in the "
     "commune last year had seen 40 of its men walk away since March. A volunteer who left his post said 16 "
     "volunteers had gone back to their units after talks with elders.",
     "Burkina Faso's army and its auxiliaries lose men",
     [("strength", "Volunteers for the Defense of the Homeland", 135),
      ("desertion", "Volunteers for the Defense of the Homeland", 40),
      ("return", "Volunteers for the Defense of the Homeland", 16)]),
    # Russia's soldiers weigh most, but the paragraph names Ukraine and no other country: its servicemen
    ("KYIV — Ukraine and Russia both lose men, but only one of them says how many. Some 300 Russian soldiers have "
     "left their units this year, an exile group said, and Russian servicemen who fled to Kazakhstan describe harsh "
     "conditions.\n\nUkraine, for its part, publishes a count of its own. The register records 9,000 new cases of "
     "servicemen leaving their units without leave in May.",
     "Ukraine counts its deserters",
     [("desertion", "Russian Armed Forces", 270), ("desertion", "Armed Forces of Ukraine", 9000)]),
    # cases with no country of their own are those of the force just counted, not of the story's main force
    ("KYIV — Some 400 Russian soldiers have deserted since January, an exile group said, and Russian servicemen keep "
     "crossing into Kazakhstan.\n\nUkraine's defence ministry said 5,000 servicemen who had deserted returned to "
     "their units in March. The register shows 16,000 new proceedings for unauthorised absence opened in March.",
     "Absences keep rising",
     [("desertion", "Russian Armed Forces", 360), ("return", "Armed Forces of Ukraine", 5000),
      ("desertion", "Armed Forces of Ukraine", 16000)]),
    # 'an army' named by no name is the story country's, not the group its men went over to
    ("SANAA - When the Houthis took Sanaa in 2014, about half of an army of some 100,000 men went over to them, "
     "a UN panel said.",
     None, [("strength", "Yemeni Armed Forces", 90000), ("defection", "Yemeni Armed Forces", 40500)]),
    # a story about rebel groups; the men a guardsman's unit lost are guardsmen, counted just before
    ("BOGOTA - The ELN and FARC dissidents keep recruiting along the border, and ELN commanders boast of new fighters. "
     "A Venezuelan sergeant who fled told a local radio station that his unit of 90 guardsmen had lost 31 men to "
     "desertion this year.",
     None, [("strength", "National Guard of Venezuela", 90), ("desertion", "National Guard of Venezuela", 31)]),
])
def test_whose_soldiers_the_nearby_words_tell(extractor, text, title, claims):
    r = run(extractor, text, title=title)
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == claims


def test_one_resignation_under_threat_counts(extractor):
    c = one(run(extractor, "MANILA, Philippines - A police officer resigned after rebels threatened his family."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Philippine National Police", 1)


def test_a_countrys_own_word_for_leaving_names_its_forces(extractor):
    # 'SZCh' is Ukraine's term, whoever the story names most; the returnees' past offence is no new claim
    r = run(extractor, "Russian troops shelled Kupiansk again. Russian soldiers fired on the town. Prosecutors said "
                       "2,310 servicemen returned to their units in March under the procedure for first-time SZCh offenders.")
    assert [(c.kind, c.group, c.count and c.count.low) for c in r.claims] == [("return", "Armed Forces of Ukraine", 2310)]


@pytest.mark.parametrize("text, group, side", [
    # the side sworn to is where they went, however often the story names it
    ("The Free Syrian Army has been losing men for months. Islamic State pays well, and Islamic State wins. In "
     "September a brigade of about 500 fighters pledged allegiance to Islamic State en masse, activists said.",
     "Free Syrian Army", "Islamic State"),
    ("Free Syrian Army units are thinning. Al-Nusra Front pays better, and Al-Nusra Front wins. Some 60 fighters "
     "went over to the Al-Nusra Front last month.", "Free Syrian Army", "Al-Nusra Front"),
])
def test_the_side_sworn_to_is_not_the_story_group(extractor, text, group, side):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.to_group) == ("defection", group, side)


@pytest.mark.parametrize("second, claim", [
    # insurgents in a story about a pro-government militia are those it fights; its own members stay its own
    ("The police said 63 insurgents had surrendered in the province this year.",
     ("defection", "Cabo Delgado insurgents", 63)),
    ("About 40 Local Force members deserted last month.", ("desertion", "Local Force militia", 36)),
])
def test_a_pro_government_militia_is_not_the_insurgents(extractor, second, claim):
    text = ("MAPUTO - The Local Force militia has grown in Cabo Delgado, and the Local Force patrols Mocimboa da "
            "Praia. " + second)
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == claim


@pytest.mark.parametrize("left", ["the paramilitary", "the militia", "the army"])
def test_abandoning_a_force_is_leaving_it(extractor, left):
    c = one(run(extractor, f"OMDURMAN - Field commanders said that 300 Rapid Support Forces fighters had abandoned {left} since March."))
    assert (c.kind, c.count.low) == ("desertion", 300)


@pytest.mark.parametrize("text, group", [
    # bare 'militants' where the press has a name for the whole movement ('Kashmiri militants') take that name,
    # however often the story names one of its groups; only where the story is set in the movement's region
    ("SRINAGAR - Hizbul Mujahideen has lost ground in Kashmir, and Hizbul Mujahideen commanders are being killed. "
     "Police records show 11 local militants have surrendered since January.", "Kashmiri militants"),
    ("RANCHI - The CPI (Maoist) has lost ground, and CPI (Maoist) commanders are being killed in Jharkhand, India. "
     "Police records show 11 militants have surrendered since January.", "Communist Party of India (Maoist)"),
])
def test_bare_militants_are_the_movement_of_their_region(extractor, text, group):
    assert one(run(extractor, text)).group == group


def test_bare_militants_are_the_movement_of_their_region_in_the_second_country(extractor):
    # a group based in another country (Pakistan's Lashkar-e-Taiba) may make that country the story's first
    r = run(extractor, "SOPORE - A local militant tied to Lashkar-e-Taiba gave himself up to the Rashtriya Rifles in "
                       "north Kashmir on Friday. Police records show 11 local militants have laid down arms since January.")
    assert [c.group for c in r.claims if c.count is not None and c.count.low == 11] == ["Kashmiri militants"]


def test_most_of_those_who_left_is_a_claim_without_a_count(extractor):
    c = one(run(extractor, "Somali officials welcomed al-Shabaab fighters. "
                           "A spokesman said most of those who had surrendered came from Bay region."))
    assert (c.kind, c.group, c.count) == ("defection", "Al-Shabaab", None)


@pytest.mark.parametrize("text,group,low", [
    # the unit or army after 'to' took them in; those who surrendered are the armed group's
    ("Abu Sayyaf militants have been fleeing the jungle. Four men surrendered to an army battalion in Sulu.",
     "Abu Sayyaf", 4),
    ("The NPA has lost fighters. A 16-year-old surrendered to the Philippine Army in Davao.",
     "New People's Army", 1),
])
def test_the_side_surrendered_to_is_not_who_left(extractor, text, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("defection", group, low)


def test_defected_from_a_possessed_force_names_that_force(extractor):
    c = one(run(extractor, "Thirty intelligence officers have defected from Iran's Islamic Revolutionary Guard Corps since May, exiles say."))
    assert (c.kind, c.group) == ("defection", "Islamic Revolutionary Guard Corps")


def test_some_of_the_same_sentence_join_the_other_side(extractor):
    claims = run(extractor, "Hundreds of Malian soldiers deserted their bases over unpaid wages, and some "
                            "later joined jihadist-linked militants in the north, officials said.").claims
    assert sorted((c.kind, c.group) for c in claims) == [("defection", "Malian Armed Forces"),
                                                          ("desertion", "Malian Armed Forces")]


def test_one_of_its_soldiers_is_one(extractor):
    c = one(run(extractor, "Moscow admitted that one of its soldiers had crossed over to the mujahideen."))
    assert (c.kind, c.count.low, c.count.high) == ("defection", 1, 1)


def test_a_militant_returning_home_without_a_figure_is_a_defection(extractor):
    c = one(run(extractor, "A militant commander from Shopian has returned home, Indian police in Kashmir said."))
    assert c.kind == "defection"


def test_a_vague_figure_about_the_same_force_is_a_claim_of_its_own(extractor):
    claims = run(extractor, "About 300 Iraqi soldiers deserted in May, officials said. "
                            "Many soldiers who left have since posted photos from parks in Germany.").claims
    assert [(c.count.low if c.count else None, c.count_text) for c in claims] == [(270, "About 300"), (None, "Many")]


def test_fleeing_military_service_is_desertion_from_the_states_forces(extractor):
    c = one(run(extractor, "Eritrea is at peace. Thousands of young Eritreans are escaping open-ended military service."))
    assert (c.kind, c.group) == ("desertion", "Eritrean Defence Forces")


@pytest.mark.parametrize("text", [
    "Police said nine insurgents were detained in Tanzania after they crossed the border river by boat.",
    "Insurgents were captured near the border after fleeing their camp, the army said.",
])
def test_captured_people_are_not_leavers(extractor, text):
    assert run(extractor, text).claims == []


@pytest.mark.parametrize("text", [
    "A court martial in Kaduna found nine soldiers guilty of desertion and jailed them for four years.",
    "Nine soldiers were convicted of desertion and jailed in Kaduna, the army said.",
])
def test_people_jailed_for_desertion_are_leavers(extractor, text):
    c = one(run(extractor, "Military courts in Nigeria have been busy since May. " + text))
    assert (c.kind, c.count.low, c.count.high) == ("desertion", 9, 9)


def test_a_capture_after_the_leaving_does_not_hide_the_figure(extractor):
    c = one(run(extractor, "About 300 Malian soldiers deserted in May and 20 were arrested, officials said."))
    assert (c.kind, c.count.low) == ("desertion", 270)


def test_a_force_named_as_subject_beats_the_country_default_of_a_bare_noun(extractor):
    claims = run(extractor, "Afghan soldiers desert often. In mid-2012 the ANSF stood at 330,000 personnel, officials said.").claims
    assert [c.group for c in claims if c.kind == "strength"] == ["Afghan National Security Forces"]


@pytest.mark.parametrize("text,where", [
    ("A platoon of Ethiopian soldiers escaped to Addis Ababa's old rival Eritrea on foot.", "ER"),  # past the owner
    ("Ordered to deploy to Niger, a company of Malian soldiers deserted instead.", None),  # before the leaving
    ("The Malian officers were paid in US$ and 40 soldiers deserted in May.", None),  # money, not a place
    ("A dozen Syrian soldiers fled into the southern Turkish province of Hatay overnight.", "TR"),  # past a demonym
    ("Three Syrian army colonels defected and joined rebel units in Jordan last week.", "JO"),  # where the side joined is
    ("Four Syrian officers defected to the Free Syrian Army in Jordan.", "JO"),
    ("A Syrian pilot defected in Jordan after landing his jet.", None),  # where he left, not a side joined
    ("At least five Belarusian servicemen have sought asylum in Poland since 2022, Polish media reported.", "PL"),
    ("Two Libyan air force colonels flew their fighter jets to Malta on Monday and requested political asylum, "
     "officials said.", "MT"),  # a verb of going, further back than the place's own words
    ("At least 40 Syrian officers who defected are now sheltering in a camp for defectors in Turkey, officials said.", "TR"),
])
def test_destinations(extractor, text, where):
    c = one(run(extractor, text))
    assert [p.country for p in c.destination] == ([where] if where else [])


@pytest.mark.parametrize("text,origin", [
    ("Five Abu Sayyaf members gave themselves up in the province of Sulu on Sunday.", "PH"),
    ("The Haitian police union said some 900 officers had fled the country in 2023.", "HT"),
    ("A Syrian pilot defected in Jordan after landing his jet.", "JO"),
])
def test_origins(extractor, text, origin):
    c = one(run(extractor, text))
    assert [p.country for p in c.origin] == [origin]
    assert c.origin[0].lat is not None  # mapped, from the extractor's gazetteer


def test_left_a_place_for_another_is_where_they_went(extractor):
    claims = run(extractor, "Dozens of Kurdish peshmerga fighters have deserted their posts this year, commanders say. "
                            "About 9,000 people have left the Kurdistan Region for Europe this year, according to the "
                            "regional government.").claims
    assert [(c.kind, [p.name for p in c.origin], [p.name for p in c.destination]) for c in claims][1:] == [
        ("emigration", ["Kurdistan Region"], ["Europe"])]


@pytest.mark.parametrize("text,claims", [
    ("Several dozen Syrian soldiers made it across the closely guarded border in recent weeks.", 1),
    ("A dozen Syrian soldiers slipped across the frontier at night, a monitor said.", 1),
    ("Syrian troops made gains across the border region, the army said.", 0),  # no crossing
])
def test_getting_across_a_border_is_leaving(extractor, text, claims):
    assert [c.kind for c in run(extractor, text).claims] == ["desertion"] * claims


def test_about_half_of_them_is_a_vague_claim_of_its_own(extractor):
    claims = run(extractor, "Somali soldiers are deserting. Recruits were promised a monthly wage, yet about half "
                            "of them deserted after months without pay, a Somali colonel said.").claims
    assert [c.count_text for c in claims] == [None, "about half"]


def test_militants_in_a_region_take_its_peoples_name(extractor):
    claims = run(extractor, "Officials in Grozny said 300 militants in Chechnya had laid down their arms. "
                            "Later, 40 more militants surrendered in the mountains.").claims
    assert [c.group for c in claims] == ["Chechen militants", "Chechen militants"]


def test_those_remaining_after_a_figure_of_leavers_is_a_stock(extractor):
    claims = run(extractor, "One Iraqi company saw 45 soldiers who fled their posts, "
                            "and those remaining numbered only 80.").claims
    assert sorted((c.kind, c.measure, c.count.low) for c in claims) == [("desertion", None, 45),
                                                                         ("strength", "remaining", 80)]


def test_the_remaining_one_is_not_a_stock(extractor):
    claims = run(extractor, "Officials said nine of the 10 Malian rebels who surrendered came from one faction "
                            "and the remaining one from another.").claims
    assert all(c.kind != "strength" for c in claims)


def test_two_clauses_two_claims_one_vague(extractor):
    claims = run(extractor, "The Malian army is in crisis. Months without pay drove many of Mali's officers to "
                            "resign and dozens of privates to desert, a newspaper said.").claims
    assert sorted(c.count_text for c in claims) == ["dozens", "many"]


def test_a_definite_figure_after_a_figureless_claim_gives_it_its_count(extractor):
    text = ("The LTTE is losing ground. They surrendered to the troops when the offensive got tough. "
            "The 150 fighters including women are well trained, officials said.")
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("defection", "Liberation Tigers of Tamil Eelam", 150)
    assert c.evidence.startswith("They surrendered") and c.evidence.endswith("officials said.")


def test_state_forces_watching_a_surrender_are_not_who_surrendered(extractor):
    c = one(run(extractor, "The OPM has been losing fighters in the highlands. The 40 men turned over their weapons "
                           "in Jayapura before Indonesian army and police commanders."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Free Papua Movement", 40)


def test_its_soldiers_belong_to_the_country_named_before(extractor):
    c = one(run(extractor, "Afghan rebels hold the valley. The Soviet Union admitted on Monday that one of its "
                           "soldiers had crossed over to the mujahideen."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Soviet Army", 1)


@pytest.mark.parametrize("text,group", [
    # a generic name the press uses for a movement stays, even in a report about one named group
    ("Hizbul Mujahideen has lost ground in the valley. Police said 12 Kashmiri militants surrendered in May.",
     "Kashmiri militants"),
    # a demonym alone stands in for the group the report is about
    ("The New People's Army has lost ground. The army said 12 Filipino rebels surrendered in May.",
     "New People's Army"),
    # dissident structures of the former FARC are the FARC dissidents
    ("Police said 12 members of dissident structures of the former FARC surrendered in Cauca.", "FARC dissidents"),
])
def test_collective_generic_names(extractor, text, group):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("defection", group, 12)


def test_a_double_space_does_not_part_a_figure_from_its_verb(extractor):
    claims = run(extractor, "Boko Haram is weakening. Of the total, 300 fighters surrendered in Cameroon while "
                            "1,200  renounced fighting at an army base in Borno.").claims
    assert sorted(c.count.low for c in claims) == [300, 1200]


@pytest.mark.parametrize("text,not_group", [
    ("He said he grew tired of the war, left his unit and contacted Afghan resistance fighters near Kabul.",
     "Afghan militants"),  # met after leaving
    ("Abu Sayyaf is weakening. Last week the bandits gave themselves up at the Philippine Army's camp in Jolo.",
     "Philippine Army"),  # where they surrendered
])
def test_a_force_after_the_leaving_words_is_not_who_left(extractor, text, not_group):
    assert all(c.group != not_group for c in run(extractor, text).claims)


@pytest.mark.parametrize("text", [
    "Russian forces fought Chechen militants for years. The offer promised that surrendering militants would "
    "avoid prosecution.",
    "Indian troops fight militants in Kashmir. The state plans to give financial help to the surrendered "
    "militants, officials said.",
    "Boko Haram attacked Dikwa in May. Addressing the repentant Boko Haram fighters at a camp in Maiduguri "
    "yesterday, the governor said they were brave.",
    # and a leaving noun inside a name ('Rehabilitation Centre') reports nothing either
    "Boko Haram attacked Dikwa in May. Addressing the repentant Boko Haram fighters at the Gwoza Rehabilitation "
    "Centre yesterday, General Musa said they were brave.",
])
def test_a_leaving_participle_used_as_an_adjective_is_no_claim(extractor, text):
    assert run(extractor, text).claims == []


def test_this_wave_of_defections_points_back(extractor):
    claims = run(extractor, "In May, 40 Belarusian officers deserted, officials said. This wave of defections and "
                            "resignations kept the Belarusian army out of the war in 2022.").claims
    assert [c.count.low for c in claims] == [40]


@pytest.mark.parametrize("title,claims", [("Judge", 0), ("Colonel", 1)])
def test_a_civilian_official_who_defected_left_no_force(extractor, title, claims):
    text = f"Syrian troops shelled Homs. {title} Omar Khalil said he defected in protest and joined the opposition."
    assert len(run(extractor, text).claims) == claims


def test_a_general_is_one_of_his_army(extractor):
    claims = run(extractor, "A Syrian general from an artillery division defected to the rebels and fled to Turkey "
                            "on Monday.").claims
    assert [(c.kind, c.group, c.count.low) for c in claims] == [("defection", "Syrian Arab Army", 1)]


def test_an_attorney_general_who_defects_leaves_no_force(extractor):
    assert run(extractor, "Syrian troops shelled Homs. Last month the attorney-general of Hama province declared "
                          "his defection from the regime in a video.").claims == []


@pytest.mark.parametrize("subject,claims", [
    ("The firm's chief executive officer", 0),
    ("Its chief financial officer", 0),
    ("A senior army officer", 1),
])
def test_a_company_officer_who_resigns_leaves_no_force(extractor, subject, claims):
    # a forced resignation, so that the army officer's counts (one member resigning freely is a discharge)
    text = f"Exports to the U.S. fell in May. {subject} resigned on Tuesday, citing threats against his family."
    assert len(run(extractor, text).claims) == claims


@pytest.mark.parametrize("text, kinds", [
    ("Some 20 Nepali soldiers deserted last month. Three provincial assembly members defected to the opposition "
     "on Wednesday.", ["desertion"]),  # politicians changing party
    ("Some 20 Syrian soldiers deserted last month. Some 40 Military Council members defected to the army on "
     "Wednesday.", ["desertion", "defection"]),  # a force's own council
    ("Some 20 Ugandan soldiers deserted last month. Three Members of Parliament from the ruling party defected to "
     "the opposition on Monday.", ["desertion"]),
])
def test_members_of_an_assembly_hold_an_office(extractor, text, kinds):
    assert [c.kind for c in run(extractor, text).claims] == kinds


@pytest.mark.parametrize("text, kinds", [
    ("N'DJAMENA - Some 40 Chadian soldiers deserted in May. Soldiers deployed to the dykes returned to barracks on "
     "Monday after completing repairs.", []),  # back from a task
    ("NAGA - Some 40 Philippine soldiers deserted in May. The troops returned to their barracks on Monday after "
     "handing over the clearing operations to engineers.", []),
    ("N'DJAMENA - Some 40 Chadian soldiers deserted in May. Some 30 of the deserters returned to barracks on "
     "Monday after the army completed its inquiry.", [("return", 27)]),  # back from absence
])
def test_a_return_from_a_task_is_no_return(extractor, text, kinds):
    assert [(c.kind, c.count.low) for c in run(extractor, text).claims if c.kind == "return"] == kinds


@pytest.mark.parametrize("text, group", [
    ("RAIPUR - Fourteen Maoists surrendered to police in Chhattisgarh on Monday.", "Communist Party of India (Maoist)"),
    ("KATHMANDU - Fourteen Maoist rebels surrendered to the army in western Nepal on Monday.",
     "People's Liberation Army (Nepal)"),
    ("RAIPUR - Police said 14 militia members attached to the Naxals' area committee surrendered in Chhattisgarh "
     "on Monday.", "Communist Party of India (Maoist)"),  # 'attached to' names their own group, not a side joined
])
def test_maoists_are_the_countrys_maoist_movement(extractor, text, group):
    assert one(run(extractor, text)).group == group


@pytest.mark.parametrize("text", [
    "Some 40 soldiers deserted on Sunday and crossed the border into Turkey.",
    "Twelve soldiers abandoned their posts and fled to Chad overnight.",
])
def test_the_country_they_fled_to_does_not_name_their_force(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.group_country) == ("desertion", "soldiers", None)


def test_a_party_of_people_among_them_defectors_counts_as_a_whole(extractor):
    c = one(run(extractor, "Syrian troops shelled Homs. About 60 people, among them defectors and their wives, "
                           "crossed into Jordan on Friday."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Syrian Arab Army", 54, 66)


@pytest.mark.parametrize("text,kinds", [
    ("Malian troops fought in Gao. A brigade of 900 men lost about 150 of its members to desertion in May.",
     [("strength", 900), ("desertion", 135)]),
    ("A unit of 40 Malian soldiers deserted on Monday.", [("desertion", 40)]),
])
def test_a_unit_of_n_men_is_its_size_unless_the_unit_itself_left(extractor, text, kinds):
    assert [(c.kind, c.count.low) for c in run(extractor, text).claims] == kinds


def test_a_lead_repeated_by_the_same_kind_of_source_is_one_claim(extractor):
    text = ("More than 300 rebels in Darfur have surrendered under an amnesty, an official said on Monday. "
            "The amnesty ended last week. A senior official in the governor's office said more than 300 rebels had "
            "given themselves up; the official spoke on condition of anonymity.")
    assert [(c.count.low, c.source_type) for c in run(extractor, text).claims] == [(301, "government")]


def test_the_same_figure_from_another_kind_of_source_is_a_claim_of_its_own(extractor):
    text = ("More than 300 rebels in Darfur have surrendered under an amnesty, an official said on Monday. "
            "Human Rights Watch said more than 300 rebels had given themselves up.")
    assert [c.source_type for c in run(extractor, text).claims] == ["government", "ngo"]


def test_bare_troops_in_a_story_about_a_militia_are_the_militias(extractor):
    text = ("Asaeb al-Haq commanders met Quds Force advisers in Baghdad. The Quds Force pays the Asaeb al-Haq "
            "salaries. Morale in Asaeb al-Haq is falling. Of the 90 troops that went on leave in May only 50 returned. "
            "A company with 120 troops has seen 30 of its members desert.")
    claims = [(c.kind, c.group, c.count.low) for c in run(extractor, text).claims]
    assert claims == [("return", "Asa'ib Ahl al-Haq", 50), ("desertion", "Asa'ib Ahl al-Haq", 40),
                      ("strength", "Asa'ib Ahl al-Haq", 120), ("desertion", "Asa'ib Ahl al-Haq", 30)]


@pytest.mark.parametrize("text,group", [
    ("Iraqi troops fought in Anbar. A special forces member based in Falluja said 20 fellow soldiers left for "
     "Turkey in May.", "Iraqi Special Operations Forces"),
    ("Iraqi troops fought in Anbar. A special forces member based in Falluja said his unit lost more than 60 "
     "fighters to desertion in May.", "Iraqi Special Operations Forces"),
    # a plain soldier's unit is the army, and a figure about others is not his unit's
    ("Iraqi troops fought in Anbar. A soldier based in Falluja said 20 fellow soldiers left for Turkey in May.",
     "Iraqi Armed Forces"),
    ("Iraqi troops fought in Anbar. A special forces member based in Falluja said 300 soldiers deserted in May.",
     "Iraqi Armed Forces"),
])
def test_a_members_own_unit_is_the_force_he_names(extractor, text, group):
    assert one(run(extractor, text)).group == group


@pytest.mark.parametrize("text,claims", [
    ("Eritrean troops patrol the border. The defected soldiers include an officer who exposed the massacre of 31 "
     "unarmed Eritrean civilians in 2019.", []),
    ("Ten PKK members surrendered on Monday; the group recently claimed dozens of deadly attacks on Turkish soldiers "
     "and police.", [("defection", 10)]),
])
def test_the_dead_and_attacks_are_not_counted_as_leavers(extractor, text, claims):
    assert [(c.kind, c.count.low) for c in run(extractor, text).claims] == claims


def test_the_soldier_again_is_the_one_reported_before(extractor):
    text = ("An Armenian soldier crossed over to the Azerbaijani side on Monday, the ministry said. "
            "Officials said the soldier had deserted after months of bullying.")
    assert [(c.kind, c.count.low) for c in run(extractor, text, published="2023-08-16").claims] == [("defection", 1)]


def test_military_at_the_end_of_a_phrase_is_people(extractor):
    claims = run(extractor, "Ukrainian prosecutors named suspects in 2024: for desertion – 2140 military.").claims
    assert [(c.kind, c.group, c.count.low) for c in claims] == [("desertion", "Armed Forces of Ukraine", 2140)]


def test_a_headline_figure_is_not_the_bodys_larger_open_figure(extractor):
    text = ("Prosecutors closed over 3,500 desertion cases, a small share of the total\n\n"
            "Since 2022 more than 150,000 desertion cases were opened in Ukraine.")
    assert [c.count.low for c in run(extractor, text).claims] == [3501, 150001]


@pytest.mark.parametrize("text,count", [
    ("CALI (Wire) - Maria Gomez endured years of fear and hunger before deserting Colombia's FARC rebels in May.", 1),
    ("Guerrilla fighters endured years of hunger before deserting the FARC in May.", None),
])
def test_a_named_person_who_deserted_a_named_group_is_one(extractor, text, count):
    c = one(run(extractor, text))
    assert (c.kind, c.group) == ("desertion", "Revolutionary Armed Forces of Colombia")
    assert (c.count.low if c.count else None) == count


def test_missing_the_return_flight_from_leave_is_desertion(extractor):
    claims = run(extractor, "Two hundred US troops went home on leave in May. Twelve of them missed their return "
                            "flights, and four more missed flights in June.").claims
    assert [(c.kind, c.group, c.count.low) for c in claims] == [("desertion", "United States Armed Forces", 12),
                                                                ("desertion", "United States Armed Forces", 4)]


@pytest.mark.parametrize("text,claims", [
    ("At least 120 FDLR fighters have returned home since January. The UN mission also repatriated some 45 civilians "
     "through the Gisenyi transit centre.", [("defection", 120), ("emigration", 41)]),
    ("At least 120 FDLR fighters have returned home since January. UN staff repatriated five ex-combatants as "
     "well as four of their dependants.", [("defection", 120), ("defection", 5), ("emigration", 4)]),
])
def test_civilians_repatriated_beside_returning_fighters_emigrate(extractor, text, claims):
    assert [(c.kind, c.count.low) for c in run(extractor, text).claims] == claims


@pytest.mark.parametrize("text,count", [
    ("Two local Taliban commanders along with nine of their men renounced violence on Monday.", (11, 11)),
    ("Three Abu Sayyaf leaders together with 12 of their followers surrendered in Sulu.", (15, 15)),
    ("A Taliban commander surrendered with 12 of his men in Kunduz.", (12, 13)),  # the commander is one more
    ("A Russian lieutenant drove his tank across the lines near Robotyne in August, with two members of his crew "
     "on board.", (2, 3)),
])
def test_leaders_with_their_men_are_counted_together(extractor, text, count):
    c = one(run(extractor, text))
    assert (c.count.low, c.count.high) == count


def test_men_along_with_a_named_leader_count_him_too(extractor):
    c = one(run(extractor, "Forty OPM rebels along with Daniel Kogoya surrendered in Jayapura on Friday."))
    assert (c.count.low, c.count.high) == (40, 41)


def test_an_unknown_name_for_people_broken_down_into_fighters_is_a_count(extractor):
    claims = run(extractor, "As many as 350 Farraris, including 20 commanders of the Baloch Liberation Army, surrendered "
                            "in Quetta on Friday.").claims
    assert [(c.count.low, c.count.high) for c in claims] == [(None, 350), (20, 20)]


def test_militants_returning_home_in_a_story_about_state_forces_defect(extractor):
    text = ("CRPF troops patrol Pulwama district. Hizbul Mujahideen recruits young men there. "
            "A police officer says at least 12 Kashmiri youth, who once took up guns, have returned to "
            "their homes. All the 12, who gave themselves up to the police, came from Shopian.")
    claims = run(extractor, text).claims
    assert [(c.kind, c.count.low, c.count.high) for c in claims] == [("defection", 12, None)]
    assert claims[0].group in ("Kashmiri militants", "Hizbul Mujahideen")  # not the CRPF that patrols


def test_a_nickname_in_quotes_is_part_of_the_name(extractor):
    c = one(run(extractor, "NPA rebels attacked a village. Joel “Jojo” Reyes, a member of the NPA's militia unit, "
                           "voluntarily surrendered with two firearms to the army on Monday."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "New People's Army", 1, 1)


def test_a_relative_clause_between_subject_and_verb_is_stepped_over(extractor):
    c = one(run(extractor, "Hizbul Mujahideen recruits in Pulwama. A youth from Shopian, who went over to the "
                           "militants in 2021, has given up violence, police said."))
    assert (c.kind, c.count.low, c.count.high, c.count_text) == ("defection", 1, 1, "A")


def test_a_figure_of_nationals_who_laid_down_arms_is_the_groups_and_its_parts_are_not_claims(extractor):
    text = ("Boko Haram fighters keep surrendering in Borno. According to him, 31 Nigerians, including 12 men and "
            "nine children, who laid down their arms in Niger, were repatriated in March. Of the 600 repentant "
            "fighters in the camp, 210, including three Chadians, have been handed over to their states.")
    claims = [(c.kind, c.group, c.count.low) for c in run(extractor, text).claims if c.count]
    assert ("defection", "Boko Haram", 31) in claims
    assert all(low != 3 for _, _, low in claims)


def test_how_many_had_left_reports_leaving_without_a_figure(extractor):
    c = one(run(extractor, "Kurdish peshmerga units fought near Sinjar. An adviser in Erbil said while he could not "
                           "give a figure for how many peshmerga fighters had left, the numbers were worrying."))
    assert (c.kind, c.group, c.count, c.count_text) == ("desertion", "Peshmerga", None, None)


def test_officers_in_a_story_about_the_police_are_policemen(extractor):
    text = ("Haitian National Police officers are leaving for Jamaica by boat. The Haitian National Police has lost "
            "many officers this year, a police union said. Its secretary general said at least 60 officers had "
            "left the country in May.")
    claims = [c for c in run(extractor, text).claims if c.count]
    assert [(c.group, c.count.low) for c in claims] == [("Haitian National Police", 60)]


def test_a_figure_of_named_groups_counts_no_people(extractor):
    claims = run(extractor, "FARC rebels fought for decades. She is one of hundreds of guerrillas who deserted "
                            "Colombia's two Marxist insurgent groups in recent years, a flight that may end the war.").claims
    assert [c.count.low for c in claims if c.count] == [200]


def test_an_appositive_between_subject_and_verb_is_stepped_over(extractor):
    c = one(run(extractor, "Iraqi Shia militias are losing men. A number of fighters of the Ashoura battalions, being "
                           "in effect the military branch of a big party, fled from Iraq amid the surge of refugees "
                           "heading for Greece."))
    assert (c.kind, c.group) == ("desertion", "Saraya Ashura")  # not the army the appositive's 'military' suggests


def test_a_desertion_rate_is_a_claim_without_a_count(extractor):
    claims = run(extractor, "Desertions from the Malian army keep rising. In March the desertion rate was 12.5 a 1000, "
                            "compared with 8.1 a 1000 a year earlier.").claims
    rates = [(c.kind, c.group, c.count, c.count_text) for c in claims if c.count_text and "1000" in c.count_text]
    assert rates == [("desertion", "Malian Armed Forces", None, "12.5 a 1000"),
                     ("desertion", "Malian Armed Forces", None, "8.1 a 1000")]


def test_a_minister_speaking_of_desertions_within_a_force_reports_them(extractor):
    claims = run(extractor, "Lebanese soldiers are quitting in large numbers. Hours earlier, the Minister of the Interior, "
                            "Nadia Karam, warned of the rise in desertions within the security forces.").claims
    assert [(c.kind, c.group) for c in claims] == [("desertion", "Lebanese Armed Forces"),
                                                   ("desertion", "Lebanese security forces")]


def test_this_wave_of_defections_and_resignations_points_back(extractor):
    claims = run(extractor, "In May, 40 Belarusian officers deserted, officials said. This wave of defections and "
                            "resignations kept the Belarusian army out of the war.").claims
    assert [c.count.low for c in claims] == [40]


@pytest.mark.parametrize("text, kind, group, low", [
    ("Provincial officials said 64 Taliban fighters joined the peace process in Kunduz on Monday.",
     "defection", "Taliban", 64),
    ("Afghan officials said 19 insurgents, including two commanders, reconciled with the government.",
     "defection", "Afghan insurgents", 19),
    ("Army officers in Yala said 310 BRN fighters had joined the project since March.",
     "defection", "Barisan Revolusi Nasional", 310),
    ("Ukraine's defence ministry said 2,300 reservists had not reported for duty by the end of the month.",
     "desertion", "Armed Forces of Ukraine", 2300),
    ("Activists in Idlib said 45 Free Syrian Army fighters switched their allegiance to a jihadist faction.",
     "defection", "Free Syrian Army", 45),
    ("The army in Jolo said 33 Abu Sayyaf members accepted the government's amnesty offer.",
     "defection", "Abu Sayyaf", 33),
    ("A Nigerian general said 260 Boko Haram fighters had embraced peace in Bama.", "defection", "Boko Haram", 260),
    ("Exiled politicians said 900 Myanmar soldiers had sided with the protest movement.",
     "defection", "Myanmar Armed Forces", 900),
])
def test_peace_process_and_no_show_phrasings(extractor, text, kind, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == (kind, group, low)


@pytest.mark.parametrize("text", [
    "The Taliban joined the peace process in 2020, Afghan officials said.",
    "The city council said 200 people joined the programme for young farmers last year.",
])
def test_joining_a_programme_is_no_leaving_without_members_of_a_force(extractor, text):
    assert run(extractor, text).claims == []


@pytest.mark.parametrize("text, kinds", [
    ("Chadian officials said 31 soldiers who had deserted returned to their units after the amnesty.", ["return"]),
    ("Chadian officials said 31 soldiers returned to their posts after the holiday.", ["return"]),
    ("Chadian officials said 31 soldiers failed to return to their units after the holiday.", ["desertion"]),
    ("Chadian officials said 31 soldiers haven't returned to duty since the holiday.", ["desertion"]),
    ("Chadian officials said 31 soldiers who deserted went over to the rebels.", ["defection"]),
    ("Chadian officials said 31 soldiers who had left their units without permission have returned to service.",
     ["return"]),
    ("Chadian officials said 31 deserters have come back to the national army.", ["return"]),
    ("Chadian officials said 31 soldiers who had fled to Sudan have rejoined the army.", ["return"]),
])
def test_the_main_verb_not_the_relative_clause_says_what_the_figure_did(extractor, text, kinds):
    """'soldiers who had deserted returned': the clause says who they were, the verb what they did;
    a return that is denied ('failed to return', "haven't returned") is a desertion."""
    r = run(extractor, text)
    assert [c.kind for c in r.claims] == kinds, [c.to_schema() for c in r.claims]
    assert r.claims[0].count.low == 31


def test_no_before_the_subject_denies_the_leaving(extractor):
    assert run(extractor, "The Malian general said morale was high and no soldiers had deserted.").claims == []


def test_emigrating_is_leaving_the_country(extractor):
    r = run(extractor, "Scores of Nicaraguan soldiers defected in June. Over 400,000 Nicaraguans have emigrated "
                       "since 2018, church groups estimate.")
    assert [(c.kind, c.count.low) for c in r.claims if c.kind == "emigration"] == [("emigration", 400001)]


@pytest.mark.parametrize("where", ["to neighbouring countries", "to other countries", "overseas"])
def test_fleeing_to_neighbouring_countries_is_leaving_the_country(extractor, where):
    r = run(extractor, f"Scores of Nicaraguan soldiers defected in June. Some 90,000 Nicaraguans have fled {where} "
                       "since 2018, church groups estimate.")
    assert [(c.kind, c.count.low) for c in r.claims if c.kind == "emigration"] == [("emigration", 81000)]


def test_using_the_right_to_return_is_a_return(extractor):
    c = one(run(extractor, "Roughly 900 Ukrainian servicemen who had left their units took the chance to return to "
                           "service in May, the ministry said."))
    assert (c.kind, c.group, c.count.low) == ("return", "Armed Forces of Ukraine", 810)


def test_a_right_to_return_not_yet_used_is_no_claim(extractor):
    assert run(extractor, "Roughly 900 Ukrainian servicemen may soon get the right to return to service.").claims == []


def test_an_officer_of_a_named_service_and_his_men_who_join_the_enemy(extractor):
    c = one(run(extractor, "A Nigerien army captain and 14 of his men joined Islamic State militants near Tillaberi."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Niger Armed Forces", 14, 15)


@pytest.mark.parametrize("text, group, low", [
    ("Some 60 Haitian policemen have abandoned their jobs since January, a union leader said.",
     "Haitian National Police", 54),
    ("Some 60 Haitian policemen abandoned their stations in Port-au-Prince in January.", "Haitian National Police", 54),
    # one man who left, told of in the present tense, is still one who did (not anyone who might)
    ("A Malian soldier who is now in Niger said he deserted his unit in May.", "Malian Armed Forces", 1),
    ("A Malian soldier who deserted his unit in May was arrested in Gao last week.", "Malian Armed Forces", 1),
])
def test_members_who_abandon_their_posts_desert(extractor, text, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("desertion", group, low)


def test_workers_who_abandon_their_jobs_are_no_claim(extractor):
    assert run(extractor, "Some 60 dock workers abandoned their jobs in Port-au-Prince in January.").claims == []


@pytest.mark.parametrize("part", ["Most", "A majority"])
def test_a_vague_part_of_a_figure_is_no_count_of_those_who_left(extractor, part):
    c = one(run(extractor, f"{part} of the 450 Chadian soldiers sent to Kidal in 2022 have deserted, officers say."))
    assert (c.kind, c.group, c.count) == ("desertion", "Chadian Armed Forces", None)


@pytest.mark.parametrize("part, low, high", [("Half", 225, 225), ("Nearly two-thirds", 270, 299),
                                             ("Some 40 percent", 162, 198)])
def test_a_share_of_a_figure_counts_those_who_left_from_a_deployed_whole(extractor, part, low, high):
    r = run(extractor, f"{part} of the 450 Chadian soldiers sent to Kidal in 2022 have deserted, officers say.")
    assert [(c.kind, c.group, c.measure, c.count.low, c.count.high) for c in r.claims] == [
        ("strength", "Chadian Armed Forces", "deployed", 450, 450), ("desertion", "Chadian Armed Forces", None, low, high)]


def test_the_whole_that_left_keeps_its_figure(extractor):
    c = one(run(extractor, "Most of the 450 Chadian soldiers who deserted in 2022 were conscripts, officers say."))
    assert (c.count.low, c.count.high) == (450, 450)


def test_a_named_commander_of_a_group_in_apposition_is_of_that_group(extractor):
    c = one(run(extractor, "Yusuf Adan, a senior al-Shabaab commander, defected to the Somali army in Baidoa on Monday."))
    assert (c.kind, c.group, c.to_group, c.count.low) == ("defection", "Al-Shabaab", "Somali National Army", 1)


def test_one_who_left_with_his_fighters_is_no_count_of_one(extractor):
    c = one(run(extractor, "Yusuf Adan, a senior al-Shabaab commander, defected to the Somali army with a number of "
                           "his fighters on Monday."))
    assert c.count is None


def test_a_leader_who_took_his_men_is_counted_with_them_once(extractor):
    r = run(extractor, "A Malian captain deserted from his base in Gao, taking 35 soldiers with him.")
    assert [(c.kind, c.count.low, c.count.high) for c in r.claims] == [("desertion", 35, 36)]


def test_joining_the_mujahideen_is_defection(extractor):
    c = one(run(extractor, "The Taliban said hundreds of Afghan government soldiers had \"joined the mujahideen\" in Kunduz."))
    assert (c.kind, c.count.low) == ("defection", 200)


@pytest.mark.parametrize("text", [
    "The Houthis are losing men. A fighter said he surrendered with three friends.",
    "The Houthis are losing men. A fighter told us that he escaped with three friends from a Houthi position and "
    "surrendered to government troops at night.",
])
def test_he_and_his_friends_count_him_too(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Houthis", 3, 4)


@pytest.mark.parametrize("text, group", [
    ("A former fighter told reporters that he and 14 comrades had deserted the Islamic State in Raqqa in 2017.",
     "Islamic State"),
    # 'others' beside him are his fellows: the force of the story
    ("A Syrian captain said he and 14 others had deserted their posts near Homs in 2013.", "Syrian Arab Army"),
])
def test_he_and_his_comrades_count_him_too(extractor, text, group):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", group, 14, 15)


# Sentences that name a leaving word but report no one leaving a force.
NO_CLAIM = [
    pytest.param("KYIV - The defence committee on Tuesday held a closed hearing on the unauthorised leaving of military "
                 "units (SZCh).", id="hearing-on-leaving"),
    pytest.param("KYIV - The committee held a debate on desertions from the army on Tuesday.", id="debate-on-desertions"),
    pytest.param("KYIV - Under Ukrainian law, walking away from a unit in wartime is punishable by up to eight years in "
                 "prison, and desertion by up to twelve.", id="years-in-prison"),
    pytest.param("MOSCOW - Under a law passed last spring, Russian servicemen who surrender voluntarily face up to "
                 "ten years in prison.", id="who-surrender-face-prison"),
    pytest.param("Egypt's army is stretched thin. \"He deserted us at the worst moment,\" a club official said of the "
                 "striker.", id="deserted-us"),
    pytest.param("MANILA, Philippines - A former army sergeant who resigned from the service last year to run a "
                 "trucking firm lent his lorries to the flood relief.", id="one-resignation-is-a-discharge"),
    pytest.param("Nigeria's army fought on. Eleven members of the Rivers State House of Assembly on Wednesday defected "
                 "to the opposition.", id="members-of-a-state-house-of-assembly"),
    pytest.param("The battalion was sent to the front lines in March.", id="sent-to-the-front-lines"),
    pytest.param("Supplies were driven across the lines by the Red Cross.", id="supplies-across-the-lines"),
    pytest.param("More than 50 countries recognised Guaido as interim president in 2019.", id="countries-recognised"),
    pytest.param("Thousands of young men joined the army in 2022.", id="young-men-joined-the-army"),
    pytest.param("Iraq fought Iran for eight years. Some Iraqis crossed the lines in the other direction. Thousands of "
                 "Iraqi prisoners held in Iran switched sides and joined the Badr Brigade.",
                 id="some-opening-a-sentence-is-no-name"),
    pytest.param("Soldiers are normally dropped from the rolls and declared deserters after 30 days of absence.",
                 id="normally-declared-deserters"),
    pytest.param("PESHAWAR - Forty Pakistani policemen withdrew their resignations last month.", id="withdrew-resignations"),
    pytest.param("The army said it expects the around 200 communist guerrillas still operating on Samar island to "
                 "surrender by December.", id="expected-to-surrender-after-a-long-subject"),
    pytest.param("We expect further mid-level RSF commanders to switch sides as the army pushes into Gezira.",
                 id="expected-to-switch-sides"),
    pytest.param("An entire infantry battalion of 41 soldiers surrendered to the Myanmar National Democratic Alliance "
                 "Army (MNDAA) after their base near Laukkai was surrounded.", id="surrender-after-a-long-name"),
    pytest.param("Belarusian soldiers keep fleeing. Even the captain of the Belarusian football side quit the squad.",
                 id="quit-a-team"),
    pytest.param("The Belarusian defence minister resigned from the cabinet on Friday.", id="resigned-from-cabinet"),
    pytest.param("The US Army is worried. Under Army regulations, a soldier becomes a deserter when he has been absent "
                 "without leave for more than 30 days.", id="definition-of-a-deserter"),
    pytest.param("About 150 Afghan soldiers of a besieged army battalion surrendered to the Taliban at a base after "
                 "running out of ammunition.", id="besieged-unit-surrenders"),
    pytest.param("Boko Haram pledged allegiance to the Islamic State in 2015.", id="group-pledges-allegiance"),
    pytest.param("About 40 Libyan soldiers and depot workers escaped the blaze, a ministry spokesman said.",
                 id="escaped-a-fire"),
    pytest.param("Dozens of Nigerian soldiers fled the flames after the ammunition depot exploded.", id="fled-flames"),
    pytest.param("The club owned by the Egyptian Armed Forces surrendered a two-goal lead on Sunday.",
                 id="surrendered-a-lead"),
    pytest.param("Some 1,000 students have enrolled in the new university programme.", id="enrolled-elsewhere"),
    pytest.param("The Nigerian army tightened the rules for fighters signing up for the amnesty programme, a colonel "
                 "said.", id="rules-for-signing-up"),
    pytest.param("The Nigerian army tightened the rules for Boko Haram fighters signing up for the amnesty programme.",
                 id="rules-for-named-fighters"),
    pytest.param("Malian troops surrendered the town of Tessit to the rebels after a week-long siege.",
                 id="surrendered-ground"),
    pytest.param("The garrison surrendered control of the airport to the insurgents on Friday.",
                 id="surrendered-control"),
    pytest.param("Reports that 300 Ukrainian soldiers had deserted near Kupiansk are false, the general staff said.",
                 id="report-called-false"),
    pytest.param("The general staff said claims that 300 Ukrainian soldiers deserted were groundless.",
                 id="claim-called-groundless"),
    pytest.param("A new law makes it easier for Ukrainian deserters to return to their units.", id="chance-to-return"),
    pytest.param("Some 15 Nigerian soldiers fled back to their base in Borno after the ambush.", id="fled-back-to-base"),
    pytest.param("Some 15 Nigerian soldiers fled to their positions in Borno after the ambush.", id="fled-to-own-lines"),
    pytest.param("The Congolese government said 300 of its soldiers had left Goma for strategic reasons.",
                 id="left-a-town"),
    pytest.param("Myanmar troops from the 5th battalion left for the front on Monday.", id="left-for-the-front"),
    pytest.param("Dozens of Colombian migration officers worked at the bridge on Monday.", id="migration-officers"),
    pytest.param("The Syrian migration directorate opened two new offices in Aleppo.", id="migration-directorate"),
    pytest.param("MR. OKELLO (Gulu East): So of the 900 Ugandan soldiers who went on leave, only 200 came back to their "
                 "units?", id="a-question-in-a-debate"),
    pytest.param("Interviewer: How many Ugandan soldiers have deserted since January?", id="an-interview-question"),
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(extractor, text):
    assert run(extractor, text).claims == []


def test_a_figure_disputed_by_another_source_stands(extractor):
    c = one(run(extractor, "Some 300 Ukrainian soldiers deserted near Kupiansk, and the general staff dismissed "
                           "the figure as propaganda."))
    assert (c.kind, c.count.low) == ("desertion", 270)


@pytest.mark.parametrize("text, to_group", [
    ("Some 30 Syrian soldiers abandoned their posts near Idlib and joined the Free Syrian Army in March.",
     "Free Syrian Army"),
    ("A group of 14 Malian soldiers deserted from Gao and joined the separatists in April.", None),
])
def test_deserting_and_joining_the_other_side_is_one_defection(extractor, text, to_group):
    c = one(run(extractor, text))
    assert (c.kind, c.to_group) == ("defection", to_group)
    assert c.count is not None


def test_deserting_and_joining_family_is_desertion(extractor):
    c = one(run(extractor, "Some 30 Syrian soldiers abandoned their posts near Idlib and joined their families in Lebanon."))
    assert c.kind == "desertion"


def test_men_lost_are_casualties_unless_lost_to_desertion(extractor):
    r = run(extractor, "The Malian battalion lost 80 men in the ambush, and 25 deserted afterwards.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 25)]
    c = one(run(extractor, "The Malian battalion lost 80 men to desertion over the winter."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Malian Armed Forces", 80)


def test_the_killed_and_those_who_deserted_after_them(extractor):
    c = one(run(extractor, "Officers said 30 Malian soldiers were killed and 14 deserted in May."))
    assert (c.kind, c.count.low) == ("desertion", 14)


def test_a_unit_that_once_had_and_now_has(extractor):
    r = run(extractor, "The battalion, which once had 900 men, now has fewer than 400, a Malian officer said after "
                       "120 of its soldiers deserted.")
    assert [(c.kind, c.measure, c.count.low, c.count.high) for c in r.claims] == [
        ("strength", "total", 900, 900), ("strength", "remaining", None, 399), ("desertion", None, 120, 120)]


def test_reporting_back_for_duty_is_a_return(extractor):
    r = run(extractor, "Only 70 of the 250 Iraqi soldiers sent home on leave in April reported back for duty.")
    assert sorted((c.kind, c.count.low) for c in r.claims) == [("desertion", 180), ("return", 70)]


def test_with_after_a_comma_adds_no_leader(extractor):
    c = one(run(extractor, "Mali's army has seen a wave of resignations, with dozens of officers quitting since May."))
    assert (c.count.low, c.count.high) == (24, 99)


@pytest.mark.parametrize("text, groups", [
    ("More than 2,000 Lebanese soldiers and police have deserted since 2020.", ["Lebanese security forces"]),
    ("More than 2,000 members of Lebanon's armed forces and police have deserted since 2020.",
     ["Lebanese security forces"]),
    ("Some 2,000 Lebanese soldiers and 900 police have deserted since 2020.",
     ["Lebanese Armed Forces", "Internal Security Forces"]),
])
def test_soldiers_and_police_are_the_security_forces_unless_counted_apart(extractor, text, groups):
    r = run(extractor, text)
    assert [c.group for c in r.claims] == groups
    if len(groups) == 1:
        assert r.claims[0].group_mention in ("Lebanese soldiers and police", "armed forces and police")


def test_posts_abroad_that_they_walked_away_from_are_the_origin(extractor):
    c = one(run(extractor, "About 60 Chadian soldiers walked away from their posts in Kidal in March."))
    assert ([p.name for p in c.origin], c.destination) == (["Kidal"], [])


def test_leaving_a_battalion_is_desertion_but_a_transfer_is_not(extractor):
    c = one(run(extractor, "Some 40 Ukrainian soldiers left their battalion near Pokrovsk in September."))
    assert (c.kind, c.count.low) == ("desertion", 36)
    assert run(extractor, "Some 40 Ukrainian soldiers left the battalion for another brigade in September.").claims == []


def test_a_law_allowing_deserters_to_return_and_those_who_came_back(extractor):
    r = run(extractor, "In August parliament passed a law allowing soldiers who went AWOL to return to service. "
                       "Since then, about 9,000 Ukrainian soldiers have come back, the defence ministry said.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("return", 8100)]


def test_a_dateline_day_is_no_period(extractor):
    c = one(run(extractor, "KYIV, Nov 20 (Example Wire) - Some 40 Ukrainian soldiers deserted their posts near "
                           "Pokrovsk, prosecutors said.", published="2024-11-20"))
    assert c.period is None


@pytest.mark.parametrize("text, count", [
    ("A Syrian army brigadier general and two colonels defected and crossed into Turkey on Monday.", (3, 3)),
    ("A Syrian army colonel and 12 of his men defected to the rebels in Homs.", (12, 13)),
])
def test_one_named_and_a_figure_after_him(extractor, text, count):
    c = one(run(extractor, text))
    assert (c.count.low, c.count.high) == count


def test_men_leaving_after_a_mobilisation_emigrate_and_so_does_the_figure_after_them(extractor):
    r = run(extractor, "Tens of thousands of Belarusian men have left the country since the mobilisation began, "
                       "with about 30,000 crossing into Lithuania, officials said. At least 12 Belarusian soldiers "
                       "have applied for asylum in Lithuania, a rights group said.", published="2024-05-01")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [
        ("emigration", "civilians", 20000), ("emigration", "civilians", 27000),
        ("desertion", "Armed Forces of Belarus", 12)]


def test_i_deserted_is_one_member_of_the_speakers_force(extractor):
    c = one(run(extractor, "\"I deserted because I would not fire on my neighbours,\" said Karim, a former Syrian "
                           "army conscript."))
    assert (c.kind, c.group, c.count.low, c.source_type) == ("desertion", "Syrian Armed Forces", 1, "member")


@pytest.mark.parametrize("text", [
    "Of the 40 Malian soldiers who deserted in May, 12 later returned to their units.",
    "Forty Malian soldiers deserted in May; 12 of them have since returned.",
])
def test_those_who_deserted_and_the_part_that_came_back(extractor, text):
    r = run(extractor, text)
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 40), ("return", 12)]


def test_the_verb_after_and_n_of_them_is_the_parts_not_the_wholes(extractor):
    r = run(extractor, "An army spokesman said some 60 Malian soldiers had gone missing after the ambush near "
                       "Gao, and that 25 of them had already rejoined their units.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims] == [
        ("return", "Malian Armed Forces", 25, 25)]


@pytest.mark.parametrize("text", [
    "Some 50 Ukrainian soldiers never came back after a short home leave in May.",
    "Some 50 Ukrainian soldiers did not return from their two-week home leave in May.",
])
def test_not_coming_back_from_a_described_leave_is_desertion(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.count.low) == ("desertion", 45)


@pytest.mark.parametrize("text, kind, group, low", [
    ("A Belarusian pilot defected to Poland with his helicopter in March.", "defection", "Armed Forces of Belarus", 1),
    ("Some 20 Iranian sailors deserted their ship in a Turkish port in March.", "desertion",
     "Islamic Republic of Iran Armed Forces", 18),
])
def test_pilots_and_sailors_are_members(extractor, text, kind, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == (kind, group, low)


def test_being_sent_back_is_no_destination(extractor):
    c = one(run(extractor, "Some 15 Nigerian soldiers who fled to Cameroon during an attack in May have been "
                           "returned to Nigeria."))
    assert [p.name for p in c.destination] == ["Cameroon"]


@pytest.mark.parametrize("text, counted", [
    ("Officers in Gao say morale is poor. At least 35 Malian soldiers deserted from one battalion in April alone.",
     ("desertion", 35, None)),
    ("Fighters of the MNLA keep surrendering. An officer said that more than 500 people had surrendered in Gao, "
     "Menaka and two districts of Timbuktu since 2012.", ("defection", 501, None)),
])
def test_a_figure_before_a_unit_or_place_counts_them_not_people(extractor, text, counted):
    r = run(extractor, text)
    assert [(c.kind, c.count.low, c.count.high) for c in r.claims if c.count] == [counted]


def test_they_are_the_people_the_sentence_before_counted(extractor):
    r = run(extractor, "A group of 18 Nigerien soldiers reached Burkina Faso on Sunday. They had deserted their "
                       "post near Tillaberi, officials in Niamey said.")
    c = one(r)
    assert (c.kind, c.group, c.count.low, c.count.high, c.count_text) == ("desertion", "Niger Armed Forces", 18, 18, "18")
    assert c.evidence.startswith("A group of 18") and c.evidence.endswith("said.")


def test_they_take_no_figure_when_the_sentence_before_counts_two_groups(extractor):
    r = run(extractor, "Some 900 Nigerien soldiers and 300 gendarmes moved to Tillaberi in March. They had "
                       "deserted their posts by June, officials said.")
    assert [(c.kind, c.count) for c in r.claims] == [("desertion", None)]


@pytest.mark.parametrize("second, mention, low", [
    ("Western diplomats estimate the group's strength at about 7,000.", "the group", 6300),
    ("Analysts estimate the insurgency's full-time fighting strength at between 5,000 and 7,000.", "the insurgency", 5000),
])
def test_the_size_of_the_group_the_story_is_about(extractor, second, mention, low):
    r = run(extractor, "About 200 al-Shabaab fighters surrendered to the army last month, officials said. " + second)
    c = one(r, "strength")
    assert (c.measure, c.group, c.group_mention, c.count.low) == ("total", "Al-Shabaab", mention, low)


def test_a_change_in_the_groups_size_is_no_stock(extractor):
    r = run(extractor, "About 200 al-Shabaab fighters surrendered to the army last month, officials said. "
                       "The group's strength grew by 7,000 in the year before.")
    assert [c.kind for c in r.claims] == ["defection"]


@pytest.mark.parametrize("second, measure, low", [
    ("The army numbers about 20,000 troops, officers say.", "total", 18000),
    ("The brigade had about 2,000 men before the war, a former officer said.", "total", 1800),
    ("It needs another 30,000 troops at the front, commanders say.", "required", 30000),
    ("Officially the Malian Armed Forces number about 20,000, officers say.", "total", 18000),  # 'number' as a verb
    ("The army's total strength is put at about 20,000 by the United Nations.", "total", 18000),  # not the UN's
    ("A research group put the army's combat-ready strength at about 20,000 troops.", "total", 18000),
    ("Analysts estimate the strength of the army's northern command at about 20,000 men.", "total", 18000),
    ("The army is now down to fewer than 20,000 soldiers, officers say.", "remaining", None),
    ("The army, which analysts estimate at about 20,000 men, holds the north.", "total", 18000),
    ("A research institute puts Mali's active armed forces at about 20,000.", "total", 18000),
    ("Analysts say the army has massed about 20,000 troops around Gao since May.", "deployed", 18000),
    ("Mali's armed forces number about 20,000 people, according to the defence ministry.", "total", 18000),
    ("A new decree raised the number of troops the army is meant to have to 25,000.", "required", 25000),
    ("Analysts put the number of armed men still serving under the colonel and his deputy at about 20,000.",
     "remaining", 18000),
    ("Officers put the number of troops the army had sent around Gao and Menaka at about 20,000.", "deployed", 18000),
    ("Before the attack about 2,000 soldiers of the army's 5th Regiment had been stationed in Gao.", "deployed", 1800),
    ("The colonel said about 20,000 soldiers he knew of were still under his command.", "remaining", 18000),
    ("When the war began the FAMa counted about 20,000 men under arms.", "total", 18000),  # all who serve
    ("In 2020 the Malian Armed Forces counted about 20,000 men in uniform.", "total", 18000),
    ("The FAMa claims a total strength of about 20,000, including its national guard.", "total", 18000),  # a part of it
    ("An audit of the army has registered 20,000 serving soldiers, officials said.", "total", 20000),
    ("Before the war the brigade was short of men, with about 2,000 soldiers on its rolls.", "total", 1800),
    ("The defence ministry says it keeps about 20,000 soldiers on the payroll.", "total", 18000),
    ("A decree signed in May set the authorised strength of the armed forces at 20,000 personnel.", "required", 20000),
    ("Officers said in 2019 that the FAMa had 20,000 soldiers.", "total", 20000),  # a mixed-case acronym holds them
])
def test_stock_figures_beside_desertion(extractor, second, measure, low):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. " + second)
    c = one(r, "strength")
    assert (c.measure, c.group, c.count.low) == (measure, "Malian Armed Forces", low)


@pytest.mark.parametrize("second, measure, lows", [
    ("Officers said in 2019 that the army had 20,000 soldiers, while analysts thought it had about 15,000.", "total",
     [20000, 13500]),
    ("Officers say the army has about 20,000 troops at the front, though a minister says it has only 15,000.",
     "deployed", [18000, 15000]),
])
def test_a_second_stock_that_leaves_out_its_noun(extractor, second, measure, lows):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. " + second)
    assert [(c.measure, c.group, c.count.low) for c in r.claims if c.kind == "strength"] == [
        (measure, "Malian Armed Forces", low) for low in lows]


def test_a_stock_put_for_that_of_another_group(extractor):
    r = run(extractor, "Hundreds of ISWAP fighters surrendered in Borno last year, and dozens of Boko Haram fighters "
                       "too. Before the surrenders began, UN monitors put ISWAP's strength at about 4,000 fighters and "
                       "that of Shekau's faction at about 1,500.")
    assert [(c.group, c.measure, c.count.low) for c in r.claims if c.kind == "strength"] == [
        ("Islamic State – West Africa Province", "total", 3600), ("Boko Haram", "total", 1350)]


def test_the_stock_of_the_speakers_unit_beside_who_left(extractor):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. Their officers blame "
                       "unpaid wages. A commander of the brigade, which had about 2,000 troops deployed in the two "
                       "towns at the start of the month, said most of those who left had gone home to Bamako.")
    assert [(c.kind, c.group, c.measure, c.count and c.count.low) for c in r.claims][1:] == [
        ("strength", "Malian Armed Forces", "deployed", 1800), ("desertion", "Malian Armed Forces", None, None)]


@pytest.mark.parametrize("attack", ["when the RSF attacked", "before the RSF overran it"])
def test_the_men_of_a_base_are_not_its_attackers(extractor, attack):
    r = run(extractor, "About 40 Sudanese soldiers deserted from the garrison at Kadugli last month. A sergeant from "
                       f"the garrison said the base had numbered some 500 men in January, {attack}.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims][1:] == [("strength", "Sudanese Armed Forces", 450)]


def test_those_still_holding_positions_are_what_remains(extractor):
    r = run(extractor, "About 40 Sudanese soldiers deserted from the garrison at Kadugli last month. A sergeant from "
                       "the garrison said fewer than 60 were still holding positions when the RSF attacked.")
    c = one(r, "strength")
    assert (c.group, c.measure, c.count.low, c.count.high) == ("Sudanese Armed Forces", "remaining", None, 59)


def test_the_stock_of_the_unit_men_left_for_a_rebel_army(extractor):
    r = run(extractor, "Aid workers in Thailand say hundreds of men have left Myanmar's security forces this year. "
                       "In the biggest case, at least 30 men from an infantry battalion left their base near Lashio "
                       "in May and handed their rifles to the Ta'ang National Liberation Army, the group said. Before "
                       "the walkout the battalion had about 200 soldiers on its books, the group said.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims][1:] == [
        ("defection", "Myanmar Armed Forces", 30), ("strength", "Myanmar Armed Forces", 180)]


@pytest.mark.parametrize("second", [
    "Niger, which had deployed about 1,200 soldiers along the border with Mali, pulled some back.",
    "Niger has about 1,200 troops in northern Mali, officers say.",
    "Niamey has deployed about 1,200 soldiers along the border with Mali, officers said.",
])
def test_another_states_troops_are_no_stock_of_the_force(extractor, second):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. " + second)
    assert [c.kind for c in r.claims] == ["desertion"]


def test_a_state_at_the_head_of_the_sentence_holds_its_own_forces(extractor):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. Mali has about 20,000 "
                       "troops, officers say.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims][1:] == [("strength", "Malian Armed Forces", 18000)]


@pytest.mark.parametrize("second, measure", [
    ('An officer said the militants have "about 800 armed men" in Gedo.', "total"),  # a quoted figure
    ('An officer said the militants have "about 800 armed men" left in Gedo.', "remaining"),
    ("An officer said the militants have about 800 fighters remaining in Gedo.", "remaining"),
    ("Officers think about 800 Al-Shabaab fighters are currently active in Gedo.", "total"),
    ("Officers think about 800 fighters of the Al-Shabaab cells in Gedo still remain active.", "remaining"),
])
def test_fighters_said_to_be_active_are_a_stock(extractor, second, measure):
    r = run(extractor, "Dozens of Al-Shabaab fighters surrendered to troops in Gedo last month. " + second)
    c = one(r, "strength")
    assert (c.measure, c.group, c.count.low, c.count.high) == (measure, "Al-Shabaab", 720, 880)


@pytest.mark.parametrize("second", [
    "About 800 Al-Shabaab fighters took active part in the raid on the base.",
    "Al-Shabaab began the assault on the base with some 700 fighters, officers said.",  # an attack, not a war
])
def test_fighters_in_an_attack_are_no_stock(extractor, second):
    r = run(extractor, "Dozens of Al-Shabaab fighters surrendered to troops in Gedo last month. " + second)
    assert [c.kind for c in r.claims] == ["defection"]


@pytest.mark.parametrize("second", [
    "Officials put the army's losses at about 2,000.",
    "Officials put the losses of the Malian Armed Forces at about 2,000 soldiers.",
])
def test_losses_put_at_a_figure_are_no_stock(extractor, second):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. " + second)
    assert [c.kind for c in r.claims] == ["desertion"]


@pytest.mark.parametrize("second", [
    "Officials put the number of soldiers who deserted from the army since then at about 2,000.",
    "Officials put the number of deserters from the army since then at about 2,000.",
])
def test_the_number_of_leavers_put_at_a_figure_is_no_stock(extractor, second):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. " + second)
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 36), ("desertion", 1800)]


@pytest.mark.parametrize("second, low, high", [
    ("Al-Shabaab in fact had no more than 7,000 armed men by then, diplomats said.", None, 7000),
    ("The Al-Shabaab leadership had 7,000 fighters at the time.", 7000, 7000),
    ("Diplomats put Al-Shabaab at about 7,000 fighters before the offensive.", 6300, 7700),  # the name before 'at'
    ("Officials say Al-Shabaab fields some 7,000 fighters in the south.", 6300, 7700),
    ("Al-Shabaab, which claims that it has some 7,000 fighters in the south, denied the reports.", 6300, 7700),
    ("Al-Shabaab entered the conflict in 2007 with some 7,000 fighters, diplomats said.", 6300, 7700),
    ("Al-Shabaab, which started the year with some 7,000 fighters, lost towns in the south.", 6300, 7700),
])
def test_a_named_force_that_had_so_many_men(extractor, second, low, high):
    r = run(extractor, "Dozens of Al-Shabaab fighters surrendered to troops in Gedo last month. " + second)
    c = one(r, "strength")
    assert (c.measure, c.group, c.count.low, c.count.high) == ("total", "Al-Shabaab", low, high)


@pytest.mark.parametrize("second", [
    "Al-Shabaab had lost 7,000 men by then, diplomats said.",
    "Al-Shabaab had 7,000 civilians under its rule, diplomats said.",
])
def test_a_named_force_that_lost_men_or_holds_civilians_has_no_stock(extractor, second):
    r = run(extractor, "Dozens of Al-Shabaab fighters surrendered to troops in Gedo last month. " + second)
    assert [c.kind for c in r.claims] == ["defection"]


@pytest.mark.parametrize("second, stocks", [
    ("Only about 200 soldiers remain in the brigade.", [("remaining", 180)]),
    ("The brigade is supposed to have 900 men but has fewer than 400.", [("required", 900), ("total", None)]),
    ("Officers say the army had about 20,000 troops in 2019 and now has about 9,000.",
     [("total", 18000), ("remaining", 8100)]),  # the holder of the first figure holds the second
])
def test_stocks_that_remain_or_fall_short(extractor, second, stocks):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. " + second)
    assert [(c.measure, c.count.low) for c in r.claims if c.kind == "strength"] == stocks


def test_losses_are_no_stock(extractor):
    r = run(extractor, "About 40 Malian soldiers deserted from the 3rd Brigade last month. The brigade had lost "
                       "about 2,000 men before that, a former officer said.")
    assert [c.kind for c in r.claims] == ["desertion"]


def test_coming_back_to_an_army_base_is_no_return(extractor):
    assert run(extractor, "Chadian troops returned to the army base at dusk after the patrol.").claims == []


def test_two_leaving_words_for_one_figure_make_one_claim(extractor):
    r = run(extractor, "Some 1,200 Boko Haram fighters laid down their weapons and surrendered to troops in Borno.")
    assert [(c.kind, c.count_text) for c in r.claims] == [("defection", "Some 1,200")]


def test_the_defectors_named_again_are_no_new_claim(extractor):
    r = run(extractor, "Somali officials said 75 al-Shabaab fighters defected in March. Officials in Mogadishu "
                       "praised the new amnesty law on Tuesday. The defectors have taken advantage of that law, "
                       "a minister said.")
    assert [(c.kind, c.count.low if c.count else None) for c in r.claims] == [("defection", 75)]


def test_policemen_beside_soldiers_are_the_police(extractor):
    r = run(extractor, "Some 300 Afghan soldiers and 120 policemen fled to Tajikistan, officials in Dushanbe said.")
    assert [(c.group, c.count.low) for c in r.claims] == [("Afghan National Army", 270),
                                                          ("Afghan National Police", 120)]


@pytest.mark.parametrize("text", [
    "About 70 Guinean soldiers walked away from their posts near the border last week, officials said.",
    "Some 70 Guinean soldiers slipped away from the front lines in May, officials said.",
    "About 70 Guinean soldiers disappeared from their units in March, officials said.",
    "Around 70 Guinean soldiers stopped showing up for duty this spring, officials said.",
    "Some 70 Guinean soldiers never came back after their leave, officials said.",
    "About 70 Guinean soldiers did not come back to their units, officials said.",
    "Some 70 Guinean soldiers ran away from their barracks in April, officials said.",
    "About 70 Guinean soldiers fled their base near the border in April, officials said.",
])
def test_ways_of_going_awol(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group) == ("desertion", "Armed Forces of Guinea") and 63 <= c.count.low <= 70


@pytest.mark.parametrize("text", [
    "The Guinean president walked away from the talks in Conakry.",
    "The Guinean general said he never came back to the capital after the coup.",
    "The Guinean minister did not come back to the capital after the coup, his aides said.",
    "Guinean children ran away from the flood towards the hills.",
])
def test_walking_away_and_not_coming_back_need_a_post_or_a_leave(extractor, text):
    assert run(extractor, text).claims == []


@pytest.mark.parametrize("text, group", [
    ("A Russian major and 14 of his men gave themselves up to Ukrainian troops near Siversk.", "Russian Armed Forces"),
    ("An Abu Sayyaf sub-leader and 14 of his men surrendered to marines in Patikul.", "Abu Sayyaf"),
])
def test_a_leader_and_his_men_are_one_more_than_his_men(extractor, text, group):
    """The men are of the leader's force, and he is one more (the SCHEMA range for 'with N')."""
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", group, 14, 15)


@pytest.mark.parametrize("text, group", [
    ("A Sudanese army major defected to the RSF with 25 armed men on Sunday, activists said.", "Sudanese Armed Forces"),
    ("The lieutenant deserted to Fano with 40 armed men, a local outlet reported.", "Ethiopian National Defense Force"),
    ("A captain defected to the Taliban in Kunduz on Monday.", "Afghan National Army"),
])
def test_defectors_are_not_of_the_side_they_joined(extractor, text, group):
    c = one(run(extractor, text))
    assert (c.kind, c.group) == ("defection", group) and c.to_group != group


@pytest.mark.parametrize("text, group", [
    ("An al-Shabaab spokesman said dozens of soldiers had deserted their bases near Baidoa.", "Somali National Army"),
    ("According to the Taliban, 30 soldiers defected to the movement in Kunduz.", "Afghan National Army"),
    ("Al-Shabaab said 20 of its fighters had deserted, a rare admission.", "Al-Shabaab"),
])
def test_soldiers_an_armed_group_speaks_of_are_the_states(extractor, text, group):
    assert one(run(extractor, text)).group == group


def test_a_group_named_as_a_subject_too_keeps_its_defectors(extractor):
    c = one(run(extractor, "Boko Haram fighters who had joined the sect as boys surrendered to troops in Borno."))
    assert (c.kind, c.group) == ("defection", "Boko Haram")


def test_two_voices_two_figures_the_second_unverified(extractor):
    """The founding case, in other words: the ministry says few, a soldier says many, and the
    outlet cannot check the soldier."""
    r = run(extractor, "Guinea's defence ministry said only a handful of soldiers had left their posts. A soldier "
                       "in the 4th Battalion said more than 150 of his comrades had deserted since March. The agency "
                       "could not independently verify his account.")
    assert [(c.group, c.count_text, c.source_type, c.status) for c in r.claims] == [
        ("Armed Forces of Guinea", "a handful", "government", "asserted"),
        ("Armed Forces of Guinea", "more than 150", "member", "unverified")]


def test_men_of_fighting_age_who_flee_the_draft_emigrate(extractor):
    r = run(extractor, "Hundreds of Belarusian soldiers have deserted since spring, exiles say. Thousands of men of "
                       "fighting age fled to Lithuania to avoid the call-up.")
    assert [c.kind for c in r.claims] == ["desertion", "emigration"]


@pytest.mark.parametrize("second, kinds", [
    ("Nearly 30,000 Belarusian men of conscription age now live in Poland, the Polish interior ministry says.",
     [("desertion", 200), ("emigration", 27000)]),
    ("About 4,000 Belarusian men of draft age have settled in Georgia since 2022, Georgian officials said.",
     [("desertion", 200), ("emigration", 3600)]),
    ("Nearly 30,000 Belarusian men of conscription age live in Minsk, the census shows.", [("desertion", 200)]),
])
def test_men_of_military_age_living_abroad_emigrated(extractor, second, kinds):
    r = run(extractor, "Hundreds of Belarusian soldiers have deserted since spring, exiles say. " + second)
    assert [(c.kind, c.count.low if c.count else None) for c in r.claims] == kinds


def test_soldiers_who_cross_a_border_illegally_desert(extractor):
    c = one(run(extractor, "About 90 Moldovan soldiers crossed illegally into Romania this year, border police said."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Armed Forces of the Republic of Moldova", 81)


def test_a_figure_of_things_is_no_count_of_people(extractor):
    r = run(extractor, "Al-Shabaab fighters seized three of the bases the soldiers had left.")
    assert all(c.count is None or c.count.low != 3 for c in r.claims)


def test_a_figure_of_the_groups_fighters_counts_them(extractor):
    r = run(extractor, "Boko Haram is weakening. Scores of the group's fighters surrendered to troops in Borno.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims] == [("defection", "Boko Haram", 40, 199)]


def test_dissidents_of_an_armed_group_surrender(extractor):
    r = run(extractor, "The FARC dissidents lost two camps in Cauca. This year 120 dissidents have handed themselves in, "
                       "compared with 95 in the same period last year, the army said.", published="2024-06-10")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims] == [
        ("defection", "FARC dissidents", 120, 120), ("defection", "FARC dissidents", 95, 95)]
    assert r.claims[1].period.start.startswith("2023")


def test_people_who_fled_their_homes_are_displaced_not_emigrants(extractor):
    r = run(extractor, "Sixty Sudanese soldiers deserted in May. Almost 5 million people have fled their homes, "
                       "and 900,000 have crossed into Chad, the UN said.")
    assert [(c.kind, c.count.high) for c in r.claims] == [("desertion", 60), ("emigration", 900000)]
    assert [p.name for p in r.claims[1].destination] == ["Chad"]


@pytest.mark.parametrize("text", [
    "Some 900 Chadian soldiers have deserted since May. 150 of them have joined the Front for Change and Concord in Chad.",
    "Some 900 Chadian soldiers have deserted since May. Officials said 150 of them had joined the FACT rebels.",
])
def test_those_of_the_leavers_who_joined_a_group_defected(extractor, text):
    r = run(extractor, text)
    assert [(c.kind, c.group, c.count_text) for c in r.claims] == [
        ("desertion", "Chadian Armed Forces", "Some 900"), ("defection", "Chadian Armed Forces", "150")]
    assert r.claims[1].to_group == "Front for Change and Concord in Chad"


def test_a_later_sentence_about_the_figures_hedges_them(extractor):
    r = run(extractor, "Some 900 Chadian soldiers have deserted since May, a union of former soldiers said. The army "
                       "declined to comment on the figures, which could not be independently verified by this agency.")
    assert [(c.count_text, c.status) for c in r.claims] == [("Some 900", "unverified")]


def test_a_sentence_opening_with_the_ministry_does_not_name_the_figure_before(extractor):
    r = run(extractor, "The army said a number of officers had quit. The ministry announced that 31 new recruits had "
                       "finished their training at a base near Abeche.")
    assert all(c.count is None or c.count.low != 31 for c in r.claims)


def test_a_figure_of_those_who_left_is_no_stock(extractor):
    r = run(extractor, "Two Malian soldiers crossed into Niger on Sunday. They are among more than 600 Malian "
                       "soldiers who have deserted to Niger since June.")
    assert [(c.kind, c.measure, c.count.low) for c in r.claims] == [("desertion", None, 2), ("desertion", None, 601)]


def test_a_force_that_lost_men_as_they_quit_lost_them_to_leaving(extractor):
    c = one(run(extractor, "The Guinean police lost nearly 700 officers in 2023 as agents quit or deserted their posts."))
    assert (c.kind, c.count.low, c.count.high) == ("desertion", 630, 699)


def test_a_later_voice_putting_the_number_at_a_figure_gives_it_to_the_same_people(extractor):
    r = run(extractor, "Dozens of Malian soldiers fled into Niger on Monday, Nigerien officials said. "
                       "A local mayor put the number at 140.")
    assert [(c.group, c.count.low) for c in r.claims] == [("Malian Armed Forces", 24), ("Malian Armed Forces", 140)]


def test_a_running_total_takes_the_time_of_its_own_clause(extractor):
    r = run(extractor, "Nine NPA rebels surrendered in Samar on Friday, bringing to 64 the number of rebels who "
                       "have surrendered in the province this year.", published="2024-06-10")
    assert [(c.count.low, c.period.start, c.period.end) for c in r.claims] == [
        (9, "2024-06-07", "2024-06-07"), (64, "2024-01-01", "2024-06-10")]


def test_a_year_goes_with_the_figure_nearest_it(extractor):
    r = run(extractor, "Russian soldiers keep deserting. For the whole of 2024, the number of desertion cases "
                       "heard was 9,120, and for 2023 — 4,310, a rights group said.")
    assert [(c.count.low, c.period.start) for c in r.claims if c.count] == [(9120, "2024-01-01"), (4310, "2023-01-01")]
    r = run(extractor, "Three NPA rebels gave up arms on June 2, while four others surrendered on May 30, two on May 12, "
                       "the army said.", published="2023-06-05")
    assert [(c.count.low, c.period.start) for c in r.claims] == [(3, "2023-06-02"), (4, "2023-05-30"), (2, "2023-05-12")]


def test_the_same_people_leaving_again_keep_the_first_kind(extractor):
    claims = run(extractor, "Two Syrian army generals defected on Monday, officials said. "
                            "The generals crossed the border into Turkey overnight.").claims
    assert [(c.kind, c.count.low, [p.country for p in c.destination]) for c in claims] == [("defection", 2, ["TR"])]


def test_who_the_leavers_were_is_no_new_figure(extractor):
    claims = run(extractor, "Some 30 Syrian soldiers defected on Monday and fled to Jordan, officials said. "
                            "The soldiers who fled to Jordan include a general, four majors and several other officers, "
                            "a monitor said.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("defection", 27)]


def test_a_place_in_the_defectors_own_country_is_where_they_left(extractor):
    c = one(run(extractor, "Dozens of Houthi fighters defected to government forces in Marib province, "
                           "the Saudi-led coalition said."))
    assert ([p.name for p in c.origin], c.destination) == (["Marib"], [])


def test_among_them_breaks_the_figure_down_it_is_no_stock(extractor):
    r = run(extractor, "Some 900 Boko Haram fighters and relatives surrendered in Bama last month, the army said. "
                       "Among them were 250 fighters, 300 women and 350 children, a spokesman said, adding that the "
                       "surrenders followed weeks of air strikes.")
    assert [(c.kind, c.measure) for c in r.claims if c.count and c.count.low == 250] == [("defection", None)]


def test_the_side_joined_is_the_name_not_the_word_before_it(extractor):
    c = one(run(extractor, "About 30 South Sudanese soldiers defected to the rebel SPLA-IO in Jonglei, officials said."))
    assert c.to_group == "Sudan People's Liberation Movement-in-Opposition"


def test_the_first_officer_to_defect_describes_the_one_reported(extractor):
    r = run(extractor, "A Sudanese army general defected to the Rapid Support Forces in June, the paramilitary said. "
                       "He is the most senior officer to defect since the war began.")
    assert len(r.claims) == 1


def test_where_they_slip_across_to_is_their_destination(extractor):
    c = one(run(extractor, "Each week dozens of Eritrean conscripts slip across the border into Sudan to escape "
                           "national service, aid workers say."))
    assert (c.kind, [p.name for p in c.destination]) == ("desertion", ["Sudan"])


def test_a_figure_of_vehicles_is_no_stock(extractor):
    r = run(extractor, "Fourteen Malian soldiers deserted a post near Mopti, the army said. The men left with three "
                       "pickup trucks and a mortar.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 14)]


def test_soldiers_who_walk_away_desert(extractor):
    c = one(run(extractor, "Every month about 2,000 Afghan soldiers simply walked away, a former adviser said."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Afghan National Army", 1800)


def test_returning_to_the_fold_of_the_law_is_a_surrender(extractor):
    c = one(run(extractor, "Some 40 former Abu Sayyaf members have returned to the fold of the law in Sulu this year."))
    assert (c.kind, c.group) == ("defection", "Abu Sayyaf")


def test_a_force_that_dropped_to_a_figure_has_that_many_left(extractor):
    r = run(extractor, "Dozens of NPA guerrillas surrendered in Samar in May. The army said the number of NPA "
                       "fighters in the region had dropped to fewer than 300.")
    assert [(c.kind, c.measure, c.count.high) for c in r.claims] == [("defection", None, 99), ("strength", "remaining", 299)]


def test_a_hedge_two_sentences_on_reaches_back_to_the_claim(extractor):
    r = run(extractor, "Three Russian soldiers surrendered to Ukrainian troops near Kupiansk, Kyiv said. They had "
                       "called a hotline run by military intelligence. The claim could not be independently verified.")
    assert [(c.count.low, c.status) for c in r.claims] == [(3, "unverified")]


@pytest.mark.parametrize("text", [
    "Some 60 Iraqi soldiers abandoned their posts near Tikrit on Monday, two officers told reporters.",
    "Some 60 Iraqi soldiers abandoned their posts near Tikrit, according to three people briefed on the matter.",
])
def test_a_figure_in_the_speaker_counts_the_speakers(extractor, text):
    assert [c.count_text for c in run(extractor, text).claims] == ["Some 60"]


@pytest.mark.parametrize("text", [
    "The rebels said none of their fighters had deserted.",
    "None of the 300 soldiers in the Malian battalion have deserted, the army said.",
])
def test_none_of_them_left_is_a_denial(extractor, text):
    assert run(extractor, text).claims == []


@pytest.mark.parametrize("text, group", [
    ("Syrian Colonel Hassan al-Ali defected on Sunday, activists said.", "Syrian Arab Army"),
    ("Brigadier General Faisal al-Khatib, a commander in Syria's Republican Guard, has defected and crossed "
     "into Turkey with his family, activists said.", "Republican Guard (Syria)"),
])
def test_a_named_officer_with_a_name_particle_is_one_person(extractor, text, group):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", group, 1, 1)


def test_compares_with_brings_no_leader(extractor):
    r = run(extractor, "Russian military courts convicted 612 soldiers of desertion in 2023, the outlet found. "
                       "That compares with 453 desertion verdicts in 2022.")
    assert sorted(c.count.high for c in r.claims) == [453, 612]


def test_the_exact_figure_in_a_later_sentence_is_a_claim_of_its_own(extractor):
    r = run(extractor, "Several hundred Tunisian Islamic State fighters have surrendered to the Kurds, officials "
                       "said. One official put the exact figure at 640.")
    assert [c.count.low for c in r.claims] == [300, 640]


def test_case_statistics_belong_to_the_country_the_sentence_names(extractor):
    r = run(extractor, "Some 300 Russian soldiers have deserted, Kyiv says. Russian courts convicted 600 soldiers of "
                       "desertion. Separately, Ukraine's prosecutors said they had registered 19,500 desertion cases in 2023.")
    assert [(c.group, c.count.low) for c in r.claims][-1] == ("Armed Forces of Ukraine", 19500)


def test_deserting_near_a_town_abroad_names_where_they_served(extractor):
    c = one(run(extractor, "Some 300 Russian soldiers have deserted near Bakhmut, Kyiv says."))
    assert ([p.name for p in c.origin], c.destination) == (["Bakhmut"], [])


def test_returnees_held_in_custody_are_no_new_claim(extractor):
    r = run(extractor, "About 300 Tunisian Islamic State fighters have returned home, officials said. About two "
                       "dozen of the returnees are being held in custody.")
    assert [c.count_text for c in r.claims] == ["About 300"]


def test_fighters_back_in_their_country_joined_no_side(extractor):
    c = one(run(extractor, "About 300 Islamic State fighters have returned to Tunisia, officials said."))
    assert (c.kind, c.to_group) == ("defection", None)


@pytest.mark.parametrize("text", [
    "Twenty-seven NPA rebels, four of them women, surrendered to troops in Samar.",
    "Twenty-seven NPA rebels surrendered to troops in Samar, and four of those were women.",
])
def test_women_among_the_surrendered_are_no_claim_of_their_own(extractor, text):
    c = one(run(extractor, text))
    assert c.count.low == 27


def test_the_side_named_after_to_ends_before_the_time(extractor):
    c = one(run(extractor, "A North Korean soldier defected to South Korea early on Tuesday, Seoul said."))
    assert c.to_group == "South Korea"


def test_deserting_and_surrendering_is_one_defection(extractor):
    c = one(run(extractor, "Some 112 ELN guerrillas had deserted and surrendered to troops in Arauca, the army said."))
    assert (c.kind, c.count_text) == ("defection", "Some 112")


def test_a_speaker_who_left_with_his_men_reports_that_leaving(extractor):
    c = one(run(extractor, "A Russian officer who defected in August with his platoon of 11 men said morale was "
                           "collapsing.", published="2023-10-02"))
    assert (c.kind, c.group, c.count.low, c.period.start) == ("defection", "Russian Armed Forces", 11, "2023-08-01")


@pytest.mark.parametrize("text, kind, group", [
    ("A Malian soldier who deserted in March said he had not been paid since the new year.",
     "desertion", "Malian Armed Forces"),
    ("Food ran out every week, said a young Houthi fighter who surrendered at a checkpoint near Marib.",
     "defection", "Houthis"),
])
def test_one_member_who_left_and_speaks_is_one_leaving(extractor, text, kind, group):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == (kind, group, 1, 1)


@pytest.mark.parametrize("text", [
    "An aid worker who fled Goma in March said the camps were full.",
    "Soldiers who deserted in March said they had not been paid.",
])
def test_a_speaker_who_is_not_one_member_reports_no_leaving_of_one(extractor, text):
    assert run(extractor, text).claims == []


def test_a_force_set_in_contrast_is_not_the_story_and_its_executed_deserters_no_claim(extractor):
    r = run(extractor, "LONDON — Nearly 100,000 British and Commonwealth soldiers deserted during the Second World "
                       "War, records show. Unlike the German army, which executed some 15,000 of its own deserters, "
                       "Britain had abolished the death penalty for desertion in 1930.")
    assert [(c.group, c.count_text) for c in r.claims] == [("British Armed Forces", "Nearly 100,000")]


def test_a_capital_in_a_capitalised_dateline_names_the_country(extractor):
    c = one(run(extractor, "KYIV — More than 8,000 servicemen who had left their units without permission have "
                           "returned to duty since November, the ministry said."))
    assert (c.kind, c.group) == ("return", "Armed Forces of Ukraine")


def test_leaving_to_join_a_group_is_a_defection(extractor):
    c = one(run(extractor, "YANGON — About 300 soldiers have left their posts to join the People's Defence Force, "
                           "officials said."))
    assert (c.kind, c.group, c.to_group) == ("defection", "Myanmar Armed Forces", "People's Defence Force (Myanmar)")


def test_a_figure_of_requests_before_a_time_counts_no_people(extractor):
    c = one(run(extractor, "About 200 Russian soldiers have surrendered via the hotline, which has received more than "
                           "30,000 requests since September."))
    assert c.count_text == "About 200"


@pytest.mark.parametrize("text", [
    "Several hundred Myanmar troops surrendered to the alliance when the town of Laukkai fell in January.",
    "About 2,000 Iraqi soldiers surrendered after Islamic State fighters overran their base.",
])
def test_a_unit_surrendering_in_battle_is_no_claim(extractor, text):
    assert run(extractor, text).claims == []


def test_overnight_on_a_weekday_is_that_weekday(extractor):
    c = one(run(extractor, "Around 1,000 Afghan soldiers fled into Tajikistan overnight on Monday, officials said.",
                published="2021-07-10"))
    assert (c.period.start, c.period.end) == ("2021-07-05", "2021-07-05")


@pytest.mark.parametrize("text", [
    "Police said 187 NPA rebels had returned to the fold in Western Visayas since January.",
])
def test_returning_to_the_fold_is_a_surrender(extractor, text):
    assert one(run(extractor, text)).kind == "defection"


@pytest.mark.parametrize("text", [
    "Kyiv runs a programme that rewards Russian soldiers who surrender with military equipment.",
    "In Kandahar, an entire army battalion surrendered to the Taliban after a three-day siege, officials said.",
])
def test_offers_and_sieges_give_no_claim(extractor, text):
    assert run(extractor, text).claims == []


def test_soldiers_stationed_somewhere_who_deserted_are_leavers_not_a_stock(extractor):
    c = one(run(extractor, "Dozens of Malian soldiers stationed in Gao have deserted, officials said."))
    assert (c.kind, c.measure, c.count_text) == ("desertion", None, "Dozens")


def test_a_hedge_about_its_own_figure_leaves_the_claim_before_alone(extractor):
    r = run(extractor, "A Russian sergeant surrendered to Ukrainian troops near Bakhmut, Kyiv said. He now fights "
                       "for a legion of Russian volunteers. The legion says it has 800 men, a figure that could not "
                       "be independently verified.")
    assert [(c.kind, c.status) for c in r.claims if c.kind == "defection"] == [("defection", "asserted")]


def test_returning_to_service_is_a_return(extractor):
    c = one(run(extractor, "Some 450 Peshmerga returned to service after the amnesty, officials said."))
    assert (c.kind, c.group, c.count.low) == ("return", "Peshmerga", 405)


def test_a_dateline_with_an_apostrophe_is_no_time_of_the_claim(extractor):
    c = one(run(extractor, "N'DJAMENA, Feb 9 (Example Wire) - Some 60 Boko Haram fighters gave themselves up at Baga "
                           "Sola on Wednesday, officials said.", published="2024-02-09"))
    assert (c.period.start, c.period.end) == ("2024-02-07", "2024-02-07")


def test_each_figure_of_a_year_by_year_list_has_its_year(extractor):
    r = run(extractor, "Some 312 al-Shabaab fighters defected in 2019, 287 in 2020 and 241 in 2021, the report said.")
    assert [(c.count.high, c.period.start[:4]) for c in r.claims] == [(343, "2019"), (287, "2020"), (241, "2021")]


def test_a_year_before_a_noun_and_an_age_are_no_counts(extractor):
    r = run(extractor, "Some 900 al-Shabaab fighters defected in 2023, the report said. Of the 2023 defectors, "
                       "roughly a third were under 18.")
    assert [c.count_text for c in r.claims] == ["Some 900"]


def test_breaking_with_the_army_is_a_defection(extractor):
    c = one(run(extractor, "A Syrian army colonel broke with the army in June 2011, activists said."))
    assert (c.kind, c.group, c.period.start) == ("defection", "Syrian Arab Army", "2011-06-01")


def test_a_force_that_fell_by_a_figure_gives_no_stock(extractor):
    r = run(extractor, "Dozens of Afghan soldiers deserted in May. Army totals had fallen by 4,000 last year, "
                       "officials said.")
    assert [c.kind for c in r.claims] == ["desertion"]


def test_a_breakdown_of_the_figure_keeps_its_time(extractor):
    r = run(extractor, "Some 900 NPA rebels surrendered from January to March 2018, the army said. The figure is "
                       "composed of 300 regulars and 600 militia members, it said.")
    assert {(c.period.start, c.period.end) for c in r.claims} == {("2018-01-01", "2018-03-31")}


def test_the_group_said_is_the_organisation_that_spoke_and_n_more_are_the_same_force(extractor):
    r = run(extractor, "Some 40 Syrian soldiers defected on Monday, the Syrian Observatory for Human Rights said. "
                       "The group said 12 more had crossed into Turkey.")
    assert [(c.group, c.source_type) for c in r.claims] == [("Syrian Arab Army", "ngo"), ("Syrian Arab Army", "ngo")]


@pytest.mark.parametrize("text", [
    "Guaido has promised amnesty to any soldier who joins the opposition. Some 60 Venezuelan soldiers defected on Monday.",
    "Two Syrian pilots defected to Jordan in June. One later asked to be returned to Syria.",
    "The government has offered an amnesty to rebels who surrender by December. Some 60 FARC rebels surrendered in May.",
])
def test_promises_offers_and_requests_report_no_leaving(extractor, text):
    assert len(run(extractor, text).claims) == 1


def test_a_side_named_by_two_peoples_is_where_they_went(extractor):
    c = one(run(extractor, "Around 50 insurgents linked to the Islamic State surrendered to Mozambican and Rwandan "
                           "forces in Macomia in November, officials said."))
    assert c.group == "Islamic State"


def test_fighters_repatriated_home_joined_no_side(extractor):
    c = one(run(extractor, "Forty-two FDLR combatants were repatriated to Rwanda this month, MONUSCO said."))
    assert (c.kind, c.to_group) == ("defection", None)


def test_each_clause_keeps_its_own_destination(extractor):
    r = run(extractor, "Tens of thousands of American deserters went to Canada, and about 1,000 US servicemen "
                       "sought refuge in Sweden.")
    assert [[p.name for p in c.destination] for c in r.claims] == [["Canada"], ["Sweden"]]


def test_fewer_than_n_remain_is_what_is_left(extractor):
    r = run(extractor, "About 500 Yemeni soldiers deserted the Dhale front last year, a brigade commander said. "
                       "'Out of 1,100 men, fewer than 600 remain,' he said.")
    assert [(c.kind, c.measure, c.count.high) for c in r.claims] == [("desertion", None, 550), ("strength", "remaining", 599)]


def test_headed_for_a_place_names_the_destination(extractor):
    c = one(run(extractor, "Dozens of peshmerga fighters have left their posts and headed for Europe, officials said."))
    assert [p.name for p in c.destination] == ["Europe"]


def test_police_officers_beside_soldiers_are_the_police(extractor):
    r = run(extractor, "AIZAWL, India — At least 116 Myanmar police officers and a handful of soldiers have crossed "
                       "into India's Mizoram state since March, a Mizoram police official said.")
    assert [c.group for c in r.claims] == ["Myanmar Police Force", "Myanmar Armed Forces"]


@pytest.mark.parametrize("text, group", [
    ("The South Lebanon Army collapsed as Israel pulled out of southern Lebanon. Roughly 1,500 SLA fighters "
     "surrendered to Hezbollah.", "South Lebanon Army"),
    ("Some 200 SLA fighters defected to the Sudanese army in Darfur.", "Sudan Liberation Movement/Army"),
])
def test_an_acronym_two_groups_share_goes_to_the_one_of_the_story(extractor, text, group):
    assert one(run(extractor, text)).group == group


def test_two_figures_sharing_one_noun_are_two_forces(extractor):
    r = run(extractor, "About 200 Malian and 150 Burkinabe soldiers deserted last year, officials said.")
    assert [(c.group, c.count_text) for c in r.claims] == [("Malian Armed Forces", "About 200"),
                                                          ("Armed Forces of Burkina Faso", "150")]


def test_other_officers_belong_to_the_force_of_the_one_named_before(extractor):
    claims = run(extractor, "ANTAKYA, Turkey, May 2 - A Syrian brigadier general and at least nine other officers crossed "
                            "into Turkey overnight, Turkish officials said. Turkish troops guard the camp where Turkey "
                            "keeps defectors.").claims
    assert [(c.count.low, c.count.high, c.group_country) for c in claims] == [(10, None, "SY")]  # the general too


def test_people_displaced_inside_the_country_do_not_emigrate(extractor):
    claims = run(extractor, "Thousands of South Sudanese soldiers have defected to the rebels, the army said. UN officials "
                            "said 180,000 civilians had been displaced inside the country and about 20,000 had fled to "
                            "Ethiopia and Uganda.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("defection", 2000), ("emigration", 18000)]


def test_a_running_total_does_not_take_the_time_of_the_new_arrivals(extractor):
    claims = run(extractor, "Three more Belarusian soldiers crossed into Lithuania this week and asked for asylum, bringing "
                            "the number of Belarusian deserters sheltered there to 41, Lithuanian officials said.").claims
    assert [(c.count.low, c.period is not None) for c in claims] == [(3, True), (41, False)]


def test_the_time_of_a_part_is_not_the_time_of_the_whole(extractor):
    c = one(run(extractor, "In all, 85 East German border guards have fled to the West since the wall went up, police said "
                           "on Monday, including 11 in the past month alone.", published="1962-08-14"))
    assert (c.count.low, c.period_text) == (85, None)


@pytest.mark.parametrize("text, group, to_group", [
    ("Dozens of Houthi fighters defected to forces loyal to President Abd-Rabbu Mansour Hadi in Nihm district on "
     "Sunday, a commander said.", "Houthis", "forces loyal to President Abd-Rabbu Mansour Hadi"),  # a name runs on
    ("The Tigray People's Liberation Front claims that an entire division of the Ethiopian army, roughly 10,000 "
     "troops, defected to its side.", "Ethiopian National Defense Force", "Tigray People's Liberation Front"),
    ("Last month alone, 73 Myanmar soldiers crossed into territory held by the Karen National Union, a monitor said.",
     "Myanmar Armed Forces", "Karen National Union"),  # the land they went to is the other side's
    ("Some 400 Myanmar police officers have also joined the Civil Disobedience Movement, the group says.",
     "Myanmar Police Force", "Civil Disobedience Movement"),
    ("In March, about 70 fighters left the Free Syrian Army in Idlib for Jabhat al-Nusra, activists said.",
     "Free Syrian Army", "Al-Nusra Front"),  # left one group for another
    ("Food ran out every week, said a fighter who left an FSA battalion in Raqqa for Jabhat al-Nusra in February.",
     "Free Syrian Army", "Al-Nusra Front"),  # the trigger 'who left' opens on 'who'
    ("In June, about 40 fighters quit the Free Syrian Army near Hama for Nusra, activists said.",
     "Free Syrian Army", "Al-Nusra Front"),  # the short name
])
def test_the_side_joined(extractor, text, group, to_group):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.to_group) == ("defection", group, to_group)


def test_leaving_for_a_country_joins_no_side(extractor):
    c = one(run(extractor, "In March, about 70 Syrian soldiers left the army in Idlib for Turkey, activists said."))
    assert (c.kind, c.to_group, [p.name for p in c.destination]) == ("desertion", None, ["Turkey"])


def test_a_guerrilla_that_now_has_so_many_fighters_has_a_stock_without_the_time_of_the_old_figure(extractor):
    r = run(extractor, "Some 1,432 FARC members deserted this year. Analysts estimate that the guerrilla now has between "
                       "8,000 and 9,000 fighters, down from about 17,000 in 2002.")
    now, then = [c for c in r.claims if c.kind == "strength"]  # the stock it fell from is its size then
    assert (now.group, now.count.low, now.count.high, now.period) == ("Revolutionary Armed Forces of Colombia", 8000, 9000,
                                                                      None)
    assert (then.group, then.count.low, then.count.high, then.period.start) == (
        "Revolutionary Armed Forces of Colombia", 15300, 18700, "2002-01-01")


def test_the_leavers_including_some_officers_are_those_reported_before(extractor):
    c = one(run(extractor, "At least 40 Malian soldiers abandoned their posts in the Menaka region last week, two security "
                           "sources said. The deserters, including three officers, fled toward the Niger border, one of "
                           "the sources said."))
    assert (c.count.low, [p.country for p in c.destination]) == (40, ["NE"])


@pytest.mark.parametrize("text, claims", [
    ("Hundreds of Ukrainian soldiers in Crimea have switched to the Russian side, officials said.", ["defection"]),
    ("Officials put the number of Ukrainian servicemen who had switched to Russian service at more than 9,000.",
     ["defection"]),
    ("The Ukrainian army switched to the offensive in May, officials said.", []),  # a change of plan, not of side
])
def test_switching_to_the_other_sides_service(extractor, text, claims):
    assert [c.kind for c in run(extractor, text).claims] == claims


def test_a_shared_name_takes_the_storys_country_and_its_troops_stay_the_states(extractor):
    claims = run(extractor, "ADEN, Jan 18 - Dozens of Houthi fighters defected to government forces on Sunday, a commander "
                            "said. He also said that a brigade of the Republican Guard, long loyal to the former president, "
                            "had announced that it was switching sides to the government, bringing some 1,500 troops "
                            "with it.").claims
    assert [(c.group, c.count.low) for c in claims] == [("Houthis", 24), ("Yemeni Armed Forces", 1350)]


def test_not_a_single_soldier_is_a_denial(extractor):
    claims = run(extractor, "Dozens of Chadian soldiers deserted last week. \"Not a single soldier has gone over to the "
                            "rebels,\" the army spokesman told state television.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("desertion", 24)]


def test_reporting_back_to_their_garrisons_is_a_return_since_the_measure(extractor):
    c = one(run(extractor, "The Ministry of Defence said that, since the clemency measure announced by the Head of State "
                           "on 2 January 2023, 212 Burkinabe soldiers who had left their units without authorisation have "
                           "reported back to their garrisons.", published="2023-03-15"))
    assert (c.kind, c.count.low, c.period.start, c.period.end) == ("return", 212, "2023-01-02", "2023-03-15")


def test_people_the_fighting_displaced_inside_the_country_do_not_emigrate(extractor):
    claims = run(extractor, "Sudan's army said 250 RSF fighters had defected on Saturday. The fighting has displaced more "
                            "than 2.2 million people inside Sudan, and a further 528,000 have fled to Chad, the IOM said.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("defection", 250), ("emigration", 528000)]


def test_of_them_in_the_same_sentence_are_the_figure_before(extractor):
    claims = run(extractor, "Some 560 Venezuelan soldiers deserted to Colombia, officials said. The United Nations says "
                            "3.4 million Venezuelans have left the country since 2015, about 1.1 million of them to "
                            "Colombia.").claims
    assert [(c.kind, c.count.low) for c in claims][1:] == [("emigration", 3400000), ("emigration", 990000)]


@pytest.mark.parametrize("text, counts", [
    ("Between March and November 2019, researchers interviewed 63 Eritreans in Ethiopia and Sudan, 41 of whom had "
     "deserted from the Eritrean Defence Forces.", [41]),
    ("Reporters interviewed 30 Malian deserters in Bamako.", [30]),  # those met are leavers themselves
])
def test_people_a_study_met_are_not_leavers(extractor, text, counts):
    assert [c.count.low for c in run(extractor, text).claims] == counts


@pytest.mark.parametrize("text, group", [
    ("GROZNY - The latest amnesty for Chechen rebels expired on Monday. According to the interior minister, 546 "
     "fighters laid down their arms between July 15 and January 15.", "Chechen rebels"),  # the people named before
    ("Cameroonian soldiers have deserted in Mamfe. Meanwhile the regime says 45 Amba fighters surrendered at the "
     "disarmament centre in Buea last month.", "Ambazonian separatists"),
    ("Our sources in Mamfe say more than 100 Cameroonian soldiers have deserted, many of them recruits from the "
     "French-speaking regions.", "Cameroon Armed Forces"),  # 'French-speaking' names no French force
])
def test_the_armed_group_a_people_or_a_manner_word_points_to(extractor, text, group):
    assert run(extractor, text).claims[-1].group == group


def test_the_wave_of_resignations_points_back_at_those_reported(extractor):
    claims = run(extractor, "At least 40 Indian special police officers have resigned in Shopian, police sources said. A "
                            "commander was abducted in Shopian on Friday, which police said triggered the wave of "
                            "resignations.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("desertion", 40)]


def test_of_these_some_joined_a_named_group(extractor):
    claims = run(extractor, "Researchers documented the desertion of at least 60 soldiers of the Central African Armed Forces "
                            "in Ouham. Of these, around 25 joined the Coalition of Patriots for Change, bringing their "
                            "weapons with them.").claims
    assert [(c.kind, c.count.low, c.to_group) for c in claims] == [
        ("desertion", 60, None), ("defection", 23, "Coalition of Patriots for Change")]


def test_the_side_after_crossed_over_to(extractor):
    claims = run(extractor, "About 1,200 UNITA fighters have crossed over to the government side in Moxico province over "
                            "the past month, state radio reported.").claims
    assert [(c.kind, c.to_group) for c in claims] == [("defection", "the government side")]


def test_whoever_an_offer_was_for_did_not_leave(extractor):
    claims = run(extractor, "More than 4,000 Shining Path members have turned themselves in, the ministry said. The law, "
                            "which expired on Tuesday, offered reduced sentences or pardons to rebels who surrendered and "
                            "gave information.").claims
    assert [(c.group, c.count.low) for c in claims] == [("Shining Path", 4001)]


def test_officers_of_a_named_force(extractor):
    c = one(run(extractor, "MINSK, Sept 8 - At least 30 officers of Belarus's police and riot police have resigned since "
                           "the disputed presidential election of August 9."))
    assert (c.group, c.count.low) == ("Militsiya (Belarus)", 30)


def test_absent_without_leave_is_no_leave_cohort(extractor):
    claims = run(extractor, "Of the 350 Burkinabe personnel declared absent without leave in 2022, 138 therefore remain "
                            "unaccounted for, the ministry said.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("desertion", 350)]


def test_a_police_force_that_numbers_so_many_personnel(extractor):
    claims = run(extractor, "More than 200 Nepali police constables have quit their jobs since January. Nepal Police numbers "
                            "around 47,000 personnel, officials said.").claims
    assert [(c.kind, c.group) for c in claims] == [("desertion", "Nepal Police"), ("strength", "Nepal Police")]


def test_the_unit_before_of_holds_the_men(extractor):
    c = one(run(extractor, "An Afghan army battalion of about 400 men defected to the guerrillas in Paktia last month, "
                           "diplomats said. The diplomats said the battalion joined the Hezb-i-Islami faction."))
    assert (c.group, c.count.low) == ("Afghan National Army", 360)


@pytest.mark.parametrize("text, stocks", [
    ("Hundreds of Afghan soldiers deserted last month. Desertions have reduced the Afghan army from about 90,000 men to "
     "an estimated 30,000 to 40,000, diplomats said.", [("total", 81000, None), ("remaining", 27000, None)]),
    ("About 1,200 UNITA fighters defected last month. The army says it has reduced UNITA's military wing to about 8,000 "
     "armed men, from more than 60,000 in 1998.", [("remaining", 7200, None), ("total", 60001, "1998-01-01")]),
])
def test_a_force_reduced_from_one_size_to_another(extractor, text, stocks):
    claims = run(extractor, text, published="2001-11-26").claims
    assert [(c.measure, c.count.low, c.period and c.period.start) for c in claims if c.kind == "strength"] == stocks


@pytest.mark.parametrize("text, expected", [
    ("No members of the BIFF have surrendered in the past week, a BIFF spokesman said.", []),  # a denial
    ("No fewer than 300 Malian soldiers deserted last month.", [("desertion", "Malian Armed Forces", 300)]),
    ("Some 300 Afghan soldiers deserted to Moslem insurgents last month, diplomats said.",
     [("defection", "Afghan National Army", 270)]),  # to the other side, named by a generic word
    ("Police said 14 Kashmiri youths who had joined militant ranks were brought back to the mainstream since January.",
     [("defection", "Kashmiri militants", 14)]),
    ("A total of 1,432 Viet Cong rallied to the government side last month, officials said.",
     [("defection", "Viet Cong", 1432)]),
    ("South Vietnamese soldiers desert often. When the Viet Cong move into a village, mass desertions are not uncommon "
     "among the Popular Forces.", [("desertion", "Republic of Vietnam Military Forces", None),
                                   ("desertion", "South Vietnamese Popular Force", None)]),
])
def test_leaving_words_of_other_wars_and_places(extractor, text, expected):
    assert [(c.kind, c.group, c.count.low if c.count else None) for c in run(extractor, text).claims] == expected


def test_a_group_in_an_opening_when_clause_is_not_who_left(extractor):
    assert run(extractor, "When Ansar Dine fighters attacked Kidal on Monday, mass desertions followed, officials "
                          "said.").claims == []


def test_deserted_the_group_and_turned_themselves_in_is_one_defection(extractor):
    c = one(run(extractor, "The army said 43 members of the National Liberation Army (ELN) had deserted the rebel group so "
                           "far this year and turned themselves in to military units in Arauca."))
    assert (c.kind, c.count.low) == ("defection", 43)


def test_who_left_under_a_law_that_lets_them_return_is_no_claim(extractor):
    claims = run(extractor, "Ukrainian prosecutors opened 60,129 desertion cases this year. Under a law that took effect on "
                            "Nov. 29, servicemen who left their units for the first time can return to service without "
                            "criminal liability.").claims
    assert [c.count.low for c in claims] == [60129]


def test_the_repentant_fighters_told_of_at_a_briefing_are_those_reported(extractor):
    c = one(run(extractor, "The Nigerian Army says 1,214 Boko Haram fighters surrendered to troops in the North-East within "
                           "one week. Maj. Gen. Edward Buba told journalists in Abuja on Thursday that the repentant "
                           "terrorists laid down their arms between 14 and 20 August in Borno and Yobe states.",
                           published="2023-08-24"))
    assert (c.count.low, c.period.start, c.period.end, [p.name for p in c.origin]) == (
        1214, "2023-08-14", "2023-08-20", ["Borno", "Yobe"])


def test_that_brings_to_a_total_the_number_who_returned(extractor):
    claims = run(extractor, "More than 9,000 Ukrainian servicemen who had left their units without permission returned to "
                            "service in January, the ministry said. That brings to 27,500 the number who have returned "
                            "since the procedure was introduced on Nov. 29, the ministry said.", published="2025-02-03").claims
    assert [(c.kind, c.count.low, c.period.start) for c in claims] == [("return", 9001, "2025-01-01"),
                                                                       ("return", 27500, "2024-11-29")]


@pytest.mark.parametrize("quoted", ['"at least 200 more"', "at least 200 more"])
def test_so_many_more_from_his_brigade(extractor, quoted):
    claims = run(extractor, "Around 450 Ethiopian soldiers have crossed into Sudan, officials said. A Tigrayan officer told "
                            f"AFP that {quoted} from his brigade had gone over to the TPLF instead.").claims
    assert [(c.kind, c.count.low, c.to_group) for c in claims][1:] == [
        ("defection", 200, "Tigray People's Liberation Front")]


def test_government_soldiers_in_a_story_about_an_armed_group_are_the_states(extractor):
    claims = run(extractor, "ADEN - Dozens of Houthi fighters have defected to government forces in Hodeidah, the coalition "
                            "said. Separately, a local official in Taiz said 11 government soldiers had deserted their posts "
                            "last month because they had not been paid.").claims
    assert [(c.group, c.count.low) for c in claims] == [("Houthis", 24), ("Yemeni Armed Forces", 11)]


_PDF_STORY = (
    "BANGKOK (AP) - About 10,000 soldiers and police officers have abandoned Myanmar's military-led "
    "government since the Feb. 1, 2021 coup, according to People's Embrace, a group of former officers "
    "that helps defectors. "
    "\n"
    "The figure, which could not be independently verified, includes roughly 3,000 soldiers; the rest are"
    " police. "
    "\n"
    "Some of the defectors have joined the People's Defence Force, the armed wing of the shadow National "
    "Unity Government, the group said. "
    "\n"
    "Military spokesman Maj. Gen. Zaw Min Tun told reporters on Tuesday that \"only a few dozen\" soldiers "
    "had left and called the rest \"fabricated\". "
    "\n"
    "Army captain Lin Htet Aung, who fled to a liberated area in Sagaing region last month, said he knew "
    "of 15 officers from his division who were planning to leave. "
    "\n"
)


def test_the_side_people_joined_is_not_the_storys_force(extractor):
    r = run(extractor, _PDF_STORY, published="2022-03-30")
    assert "People's Defence Force (Myanmar)" not in [c.group for c in r.claims]
    assert [c.group for c in r.claims if c.count and c.count.low in (2700, 24)] == ["Myanmar Armed Forces"] * 2


def test_scores_more_who_contacted_the_coalition_did_not_leave(extractor):
    claims = run(extractor, "Dozens of Houthi fighters defected to government forces, the coalition said. He said the "
                            "defectors had been given safe passage to Marib and that \"scores more\" had contacted the "
                            "coalition seeking to leave.").claims
    assert [c.count.low for c in claims] == [24]


def test_a_battalion_of_the_army_that_went_over_is_the_armys(extractor):
    claims = run(extractor, "ISLAMABAD - An entire battalion of the Afghan army, estimated at 400 men, deserted to Moslem "
                            "insurgents in Paktia, diplomats said. The battalion joined the Hezb-i-Islami faction near "
                            "Gardez.").claims
    assert [(c.kind, c.group, c.count.low) for c in claims] == [("defection", "Afghan National Army", 400)]


def test_refugees_in_camps_are_no_stock_of_the_army(extractor):
    claims = run(extractor, "A Syrian general and 12 other officers crossed into Turkey overnight, officials said. Turkey's "
                            "disaster agency said 2,300 Syrians had crossed the border in the previous 24 hours, raising the "
                            "number of registered refugees in Turkish camps to more than 46,000.").claims
    assert "strength" not in [c.kind for c in claims]


def test_returning_to_their_battalions(extractor):
    c = one(run(extractor, "About 300 Iraqi soldiers who fled Mosul in June came back to their battalions in August."))
    assert (c.kind, c.count.low) == ("return", 270)


def test_after_the_warm_up_new_words_leave_the_vocabulary_and_claims_stay_the_same(extractor):
    def text(n: int) -> str:
        coined = "".join("bdklmnrstv"[int(d)] + "aeiou"[int(d) % 5] for d in str(n))  # a new word for each n
        return (f"Some {40 + n} soldiers of the Syrian army deserted near Qaryat Zel{coined}dor in May, Captain "
                f"Ruvan{coined}ek of the Mar{coined}el battalion said. The market in Zel{coined}dor reopened.")

    warm, extractor.warm = extractor.warm, 0
    try:
        strings = extractor.nlp.vocab.strings
        run(extractor, text(0))
        before = len(strings)
        zoned = [run(extractor, text(n)).claims for n in range(1, 30)]
        assert len(strings) == before
        extractor.warm = 100
        kept = [run(extractor, text(n)).claims for n in range(1, 30)]
        assert len(strings) > before  # outside a zone the new names stay
    finally:
        extractor.warm = warm
    assert [[c.to_schema() for c in cs] for cs in zoned] == [[c.to_schema() for c in cs] for cs in kept]
    assert all(cs and cs[0].count.low <= 41 + n <= cs[0].count.high for n, cs in enumerate(zoned))


def test_some_of_them_who_came_back_are_a_return_of_the_same_force(extractor):
    claims = run(extractor, "The army said 3,000 soldiers deserted in April and that 800 of them had since "
                            "returned to their units.").claims
    assert sorted((c.kind, c.group, c.count.low) for c in claims) == [("desertion", "soldiers", 3000),
                                                                      ("return", "soldiers", 800)]


@pytest.mark.parametrize("text,kinds", [
    ("The Nigerian army said it had dismissed hundreds of soldiers who abandoned their posts in May, and that "
     "about 150 of them had been reinstated.", ["desertion", "return"]),
    ("The Nigerian army dismissed reports that 300 soldiers had abandoned their posts in May.", []),
    ("The Nigerian army dismissed as untrue the claim that 300 soldiers had deserted.", []),
])
def test_soldiers_dismissed_from_the_army_are_not_a_claim_dismissed(extractor, text, kinds):
    assert sorted(c.kind for c in run(extractor, text).claims) == kinds


def test_citizens_who_went_abroad_and_did_not_return_emigrated(extractor):
    claims = run(extractor, "About 90 Moldovan conscripts deserted in March, the army said. Romanian police said "
                            "4,000 Moldovan citizens had entered Romania in April and not returned.").claims
    emigration = [c for c in claims if c.kind == "emigration"]
    assert [(c.count.low, [p.name for p in c.destination]) for c in emigration] == [(4000, ["Romania"])]
    assert [c.kind for c in claims].count("desertion") == 1


def test_citizens_who_did_not_return_to_a_town_are_no_claim(extractor):
    claims = run(extractor, "About 90 Iraqi soldiers deserted in Anbar, the army said. Officials said 700 Iraqi "
                            "citizens had not returned to Mosul.").claims
    assert [c.kind for c in claims] == ["desertion"]
    assert claims[0].count.low <= 90 <= claims[0].count.high


@pytest.mark.parametrize("last,kinds", [
    ("Aid agencies say some 90,000 have crossed into Chad since March.", ["defection", "emigration"]),
    ("Aid agencies say some 90,000 have fled to camps near Nyala since March.", ["defection"]),
])
def test_a_bare_figure_after_a_sentence_about_civilians_counts_civilians(extractor, last, kinds):
    text = ("The army said 140 fighters of the Rapid Support Forces surrendered in Nyala last week. The fighting "
            f"has driven more than a million people from their homes. {last}")
    claims = run(extractor, text).claims
    assert sorted(c.kind for c in claims) == kinds
    assert all(c.group_mention == "some 90,000" for c in claims if c.kind == "emigration")


@pytest.mark.parametrize("sentence,claims", [
    ("Sahr Kamara resigned as party chair on Tuesday.", 1),
    ("The club's manager quit as coach after the defeat.", 1),
    ("Colonel Sahr Kamara resigned on Tuesday.", 2),
])
def test_a_post_given_up_is_no_force_left(extractor, sentence, claims):
    text = f"Some 60 Sierra Leonean soldiers deserted their posts near Kenema in May. {sentence}"
    assert len(run(extractor, text).claims) == claims


@pytest.mark.parametrize("text,claims", [
    ("Some 250 soldiers of the Iraqi Army deserted in October.", 1),  # 'the' before the name, not before 'deserted'
    ("Fighters of the Allied Democratic Forces deserted their camp in May.", 1),
    ("Iraqi troops reached a deserted village in October.", 0),
    ("Iraqi troops found the deserted base in October.", 0),
])
def test_deserted_after_a_named_force_is_a_verb(extractor, text, claims):
    assert len(run(extractor, text).claims) == claims


def test_sentence_times_and_places_are_found_once_on_first_need():
    """Most trigger sentences give no claim: their times and places are looked for only when a rule asks."""
    from awol.extract.found import Found

    calls = []
    found = Found(sent=None, triggers=[], find_times=lambda: calls.append("times") or ["t"],
                  find_places=lambda: calls.append("places") or ["p"])
    assert calls == []
    assert found.times == ["t"] and found.times == ["t"] and found.places == ["p"]
    assert calls == ["times", "places"]


@pytest.mark.parametrize("text, expected", [
    ("Scores of Malian soldiers deserted this spring. In one garrison, only 90 of the 700 soldiers on its rolls "
     "still report for duty, an officer said.",
     [("strength", "remaining", 90), ("strength", "total", 700)]),
    ("Scores of Malian soldiers deserted this spring. Of about 500 gendarmes posted in the region, "
     "fewer than 200 are now manning their checkpoints, an official said.",
     [("strength", "deployed", 450), ("strength", "remaining", None)]),
    ("Scores of Malian soldiers deserted from one battalion this spring. Only about 60 of its men were still at "
     "their posts in May, a commander said.",
     [("strength", "remaining", 54)]),
    ("Scores of Malian soldiers deserted this spring. An adviser said that of some 2,000 soldiers trained by the EU "
     "mission, about 500 had gone home.",
     [("strength", "total", 1800)]),
])
def test_what_is_left_of_a_unit_is_its_strength(extractor, text, expected):
    """The people still at their posts, and the unit they are part of, are stocks of the force; the
    figure of a unit is no cohort on leave when the rest still serve."""
    claims = run(extractor, text).claims
    got = [(c.kind, c.measure, c.count.low) for c in claims if c.kind == "strength"]
    assert got == expected


def test_posting_videos_deploys_no_one(extractor):
    claims = run(extractor, "At least 30 Kenyan police officers have posted videos online announcing that they had quit "
                            "the force.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("desertion", 30)]


@pytest.mark.parametrize("text, group, to_group, low", [
    ("About 40 Malian soldiers have joined the Macina Liberation Front since March, a local official said.",
     "Malian Armed Forces", "Katiba Macina", 36),
    ("A Nigerian soldier who vanished from his base last month has joined Boko Haram, police said.",
     "Nigerian Army", "Boko Haram", 1),
])
def test_soldiers_who_join_a_named_group_defect_to_it(extractor, text, group, to_group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.to_group, c.count.low) == ("defection", group, to_group, low)


@pytest.mark.parametrize("text", [
    "Chadian troops joined the Multinational Joint Task Force in the offensive around Lake Chad.",
    "Nigerien soldiers joined the Nigerian army to retake the border town.",
])
def test_allies_joining_for_a_fight_leave_no_force(extractor, text):
    assert run(extractor, text).claims == []


def test_a_denial_that_goes_on_to_give_a_lower_figure_asserts_it(extractor):
    claims = run(extractor, "Rebels said 3,000 Malian soldiers had deserted. An army spokesman dismissed the report as "
                            "propaganda, saying only a few soldiers had deserted.").claims
    assert [(c.kind, c.count.low, c.count.high, c.source_type) for c in claims] == [
        ("desertion", 3000, 3000, "armed_group"), ("desertion", 2, 5, "military")]


@pytest.mark.parametrize("text", [
    "The ministry denied reports that 300 soldiers had deserted.",
    "The ministry rejected the claims, saying no soldiers had deserted.",
])
def test_a_denial_alone_reports_no_leaving(extractor, text):
    assert run(extractor, text).claims == []


def test_former_combatants_received_are_defectors(extractor):
    claims = run(extractor, "Boko Haram fighters keep giving themselves up in Borno. The camp has received 1,300 former "
                            "fighters since 2021, its coordinator said.").claims
    assert [(c.kind, c.group, c.count.low) for c in claims if c.count] == [("defection", "Boko Haram", 1300)]


def test_former_fighters_who_cross_a_border_do_what_the_verb_says(extractor):
    claims = run(extractor, "Several dozen former Islamic State fighters have slipped across the frontier into Turkey "
                            "in recent weeks, smugglers said.").claims
    assert [(c.kind, c.group) for c in claims] == [("desertion", "Islamic State")]


@pytest.mark.parametrize("text", [
    "The programme has taken in 8,700 former Taliban fighters since 2010, but fewer than one in ten of them came "
    "from the south.",
    "About 4,000 Taliban fighters have surrendered since 2010, and two in five of them were from Kunduz.",
])
def test_a_share_counts_no_one(extractor, text):
    lows = [c.count.low for c in run(extractor, text).claims if c.count]
    assert len(lows) == 1 and lows[0] > 1000


@pytest.mark.parametrize("text", [
    "Boko Haram fighters keep giving themselves up. More than 200 former Boko Haram fighters have been killed in "
    "reprisals since 2021, a rights group said.",
    "Boko Haram fighters keep giving themselves up. The study draws on interviews with 80 former fighters in Maiduguri.",
])
def test_former_fighters_killed_or_interviewed_are_no_new_defectors(extractor, text):
    claims = run(extractor, text).claims
    assert all(c.count is None for c in claims) and len(claims) == 1


@pytest.mark.parametrize("text", [
    "Hundreds of Houthi fighters deserted this year, officials said. Some 9,000 Yemeni men crossed into Oman "
    "illegally between February and May, border police said.",
    "Hundreds of Houthi fighters deserted this year, officials said. More than 2,000 young men have left Taiz for "
    "Oman and Saudi Arabia since July, paying smugglers.",
])
def test_men_of_a_country_crossing_a_border_emigrate(extractor, text):
    claims = run(extractor, text).claims
    assert [(c.kind, c.group) for c in claims] == [("desertion", "Houthis"), ("emigration", "civilians")]


def test_men_of_a_unit_stay_members(extractor):
    claims = run(extractor, "Hundreds of Houthi fighters deserted this year. Some 40 young men from his brigade "
                            "crossed into Oman in May, a commander said.").claims
    assert [c.kind for c in claims] == ["desertion", "desertion"]


def test_a_task_word_in_a_name_is_no_task(extractor):
    claims = run(extractor, "Thousands of Iraqi soldiers deserted in June. Nearly 700 soldiers have rejoined their "
                            "brigades since December, the Nineveh Operations Command said.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("desertion", 2000), ("return", 630)]


def test_a_peacekeeping_mission_s_troops_are_no_force_s_strength(extractor):
    claims = run(extractor, "Somali soldiers keep deserting; 300 left their posts in May, officials said. The African "
                            "Union mission, AMISOM, has about 21,000 troops in Somalia.").claims
    assert [c.kind for c in claims] == ["desertion"]


def test_deserting_then_joining_a_unit_of_a_named_group_is_a_defection(extractor):
    c = one(run(extractor, "A Myanmar army corporal deserted his battalion in Magway in March and, three weeks later, "
                           "joined a local People's Defence Force unit."))
    assert (c.kind, c.count.low, c.to_group) == ("defection", 1, "People's Defence Force (Myanmar)")


@pytest.mark.parametrize("text, group", [
    ("Sudan's army is short of men. One paratrooper deserted his unit in Omdurman on Monday, an officer said.",
     "Sudanese Armed Forces"),
    ("Ukraine's army is short of men. A reservist who fled his unit in May crossed into Moldova, border police said.",
     "Armed Forces of Ukraine"),
])
def test_one_member_by_his_service_noun(extractor, text, group):
    assert [(c.kind, c.group) for c in run(extractor, text).claims] == [("desertion", group)]


@pytest.mark.parametrize("text", [
    "Eritrea's army keeps conscripts for years. A conscript walked away from his posting near Assab in October.",
    "Ukraine's army is short of men. In March two soldiers left their dugout near Kupiansk and did not go back.",
])
def test_more_places_a_soldier_walks_away_from(extractor, text):
    assert [c.kind for c in run(extractor, text).claims] == ["desertion"]


def test_a_year_between_deserting_and_surrendering_keeps_one_defection(extractor):
    c = one(run(extractor, "Soviet troops in Afghanistan are tired. Two soldiers slipped away from their garrison near "
                           "Bagram in the summer of 1986 and surrendered to a band of mujahideen."))
    assert (c.kind, c.count.low) == ("defection", 2)


def test_a_time_between_deserting_and_surrendering_keeps_one_defection(extractor):
    c = one(run(extractor, "Soviet troops in Afghanistan are tired. Two soldiers deserted their unit near Kunduz two "
                           "days later and surrendered to the mujahideen."))
    assert (c.kind, c.count.low) == ("defection", 2)


def test_people_registered_as_refugees_abroad_emigrated(extractor):
    claims = run(extractor, "Dozens of Syrian soldiers defected this month, activists said. More than 40,000 Syrians "
                            "have registered as refugees in Turkey since March, the UN refugee agency says.").claims
    assert [(c.kind, c.count.low) for c in claims] == [("defection", 24), ("emigration", 40001)]
    assert [p.name for p in claims[1].destination] == ["Turkey"]


def test_men_sent_home_on_leave_who_have_not_come_back(extractor):
    claims = run(extractor, "Iraqi army brigades are short of men. \"I sent 800 men home on leave after Eid. Until today, "
                            "300 have not come back,\" the commander said.").claims
    assert [(c.kind, c.count.low, c.period) for c in claims] == [("desertion", 300, None)]


@pytest.mark.parametrize("text", [
    "Israeli reservists are exhausted. The sergeant came to the military court in his uniform on Monday.",
    "Syrian soldiers keep defecting. Two soldiers were shot by a sniper as they crossed the last field.",
])
def test_no_leaving_in_a_court_visit_or_a_shooting(extractor, text):
    second = text.split(". ", 1)[1]
    claims = run(extractor, text).claims
    assert not [c for c in claims if second[:20] in c.evidence], [c.to_schema() for c in claims]


def test_a_member_telling_his_unit_s_size(extractor):
    claims = run(extractor, "Dozens of Eritrean conscripts deserted last year, a monitor said. \"In my platoon we were "
                            "about 30 when we started. By the end only a dozen were still together,\" one of them "
                            "said.").claims
    assert [(c.kind, c.measure, c.count.low) for c in claims] == [("desertion", None, 24), ("strength", "total", 27)]


def test_armed_groups_are_several_groups_not_the_one_the_report_names(extractor):
    r = run(extractor, "M23 rebels took the town of Masisi in January. The disarmament programme says 1,800 members of "
                       "armed groups have surrendered in North Kivu since March.")
    c = one(r)
    assert (c.kind, c.group, c.group_country, c.count.low) == ("defection", "Congolese armed groups", "CD", 1800)


def test_a_figure_for_groups_counts_no_people(extractor):
    r = run(extractor, "In Colombia, about 900 rebels have deserted the country's three insurgent groups since 2010, the army said.")
    assert [c.count_text for c in r.claims] == ["about 900"]
    named = one(run(extractor, "Last month 14 Abu Sayyaf Group members surrendered to marines in Sulu."))
    assert (named.group, named.count.low) == ("Abu Sayyaf", 14)


@pytest.mark.parametrize("text, group", [
    ("Colombia's war has eased. Since 2003, 21,000 people have left the FARC one by one.",
     "Revolutionary Armed Forces of Colombia"),
    ("Colombia's war has eased. Since 2003, 21,000 people have left illegal armed groups and entered a reintegration "
     "programme, the agency said.", "Colombian armed groups"),
])
def test_people_who_left_a_force_are_its_members(extractor, text, group):
    c = one(run(extractor, text))
    assert (c.group, c.count.low, c.count.high) == (group, 21000, 21000)


def test_a_narrators_own_unit_is_the_states_and_he_is_one_of_his_figure(extractor):
    r = run(extractor, "Fighters of the Arakan Army now hold most of Rakhine State in Myanmar. \"My battalion had 400 men "
                       "when I joined. I left my battalion in May together with 12 men from my company,\" the former "
                       "sergeant said.")
    by_kind = {c.kind: c for c in r.claims}
    assert len(r.claims) == 2, [c.to_schema() for c in r.claims]
    assert (by_kind["strength"].group, by_kind["strength"].count.low) == ("Myanmar Armed Forces", 400)
    left = by_kind["desertion"]
    assert (left.group, left.count.low, left.count.high) == ("Myanmar Armed Forces", 12, 13)


def test_the_local_armed_group_joined_is_not_the_force_left(extractor):
    r = run(extractor, "Myanmar's army keeps losing men to the People's Defence Force. I left my battalion in Sagaing "
                       "in May together with five soldiers from my company. We walked for a week and joined the local PDF.")
    c = one(r)
    assert (c.group, c.count.low, c.count.high) == ("Myanmar Armed Forces", 5, 6)


@pytest.mark.parametrize("text, measure, low", [
    ("Malian soldiers keep deserting. \"We were 90 at the outpost near Gao when the shelling began,\" a former private "
     "said.", "total", 90),
    ("Malian soldiers keep deserting. \"At our base we were 90 in January. Now we are 35,\" a sergeant said.",
     "remaining", 35),
    ("Malian soldiers keep deserting. By March only about 40 men were still with us, a former private said.",
     "remaining", 36),
])
def test_a_unit_size_told_in_the_first_person(extractor, text, measure, low):
    r = run(extractor, text)
    strength = [c for c in r.claims if c.kind == "strength" and c.measure == measure]
    assert [(c.group, c.count.low) for c in strength] == [("Malian Armed Forces", low)], [c.to_schema() for c in r.claims]


@pytest.mark.parametrize("text, parts", [
    ("Thirty NPA rebels surrendered to the army in Samar on Friday. Of the 30, twelve are regular fighters while 18 are "
     "members of the people's militia.", [("New People's Army", 12), ("New People's Army", 18)]),
    ("In Colombia, 300 members of illegal armed groups demobilised this year, the ministry said. Of them, 120 came from "
     "the ELN.", [("National Liberation Army (Colombia)", 120)]),
    ("At least 70 Myanmar soldiers and police have defected since May, the NUG said. Of them, 45 were soldiers and 25 "
     "were police officers.", [("Myanmar Armed Forces", 45), ("Myanmar Police Force", 25)]),
])
def test_a_breakdown_of_the_figure_before_gives_its_parts(extractor, text, parts):
    r = run(extractor, text)
    assert [(c.group, c.count.low) for c in r.claims[1:]] == parts, [c.to_schema() for c in r.claims]
    assert {c.kind for c in r.claims} == {r.claims[0].kind}


def test_what_became_of_a_figure_is_no_part_of_it(extractor):
    r = run(extractor, "In March, 80 men who had left al-Shabaab were received at the centre in Baidoa. Of these, 60 were "
                       "assessed as low-risk, while 20 were referred to the courts.")
    assert [c.count.low for c in r.claims] == [80]


@pytest.mark.parametrize("text", [
    "Forty ELN fighters laid down their rifles in Arauca on Monday, the army said.",
    "Forty ELN fighters dropped their guns and walked into an army post in Arauca on Monday.",
])
def test_laying_down_any_weapon_is_a_surrender(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("defection", "National Liberation Army (Colombia)", 40)


def test_what_a_loss_leaves_is_the_remaining_strength(extractor):
    r = run(extractor, "Hundreds of Ukrainian soldiers deserted the 155th brigade this spring. That leaves 2,900 men on "
                       "the books.")
    strength = one(r, "strength")
    assert (strength.measure, strength.count.low, strength.group) == ("remaining", 2900, "Armed Forces of Ukraine")


def test_nationals_who_left_a_country_for_another_emigrated(extractor):
    r = run(extractor, "Hundreds of Sudanese soldiers have deserted this year. About 5,000 Sudanese nationals left Sudan "
                       "for Egypt in May, the UN migration agency said.")
    c = one(r, "emigration")
    assert (c.group, c.count.low, c.count.high) == ("civilians", 4500, 5500)
    assert ([p.name for p in c.origin], [p.name for p in c.destination]) == (["Sudan"], ["Egypt"])


def test_a_force_leaving_a_city_is_no_leaving_word(extractor):
    r = run(extractor, "Hundreds of Sudanese soldiers have deserted this year. The army left Wad Madani for Sennar in May.")
    assert [c.kind for c in r.claims] == ["desertion"]


@pytest.mark.parametrize("text", [
    "NPA rebels keep surrendering in Mindanao. In Davao, a provincial board member who had been allied with the "
    "ruling bloc announced he was defecting to the opposition.",
    "NPA rebels keep surrendering in Mindanao. In Davao, a member of the city council announced that he was "
    "switching sides to an opposition party.",
])
def test_a_seat_on_a_civilian_body_is_no_force(extractor, text):
    r = run(extractor, text)
    assert all(c.evidence.startswith("NPA rebels") for c in r.claims), [c.to_schema() for c in r.claims]


def test_soldiers_who_join_the_revolution_defect(extractor):
    c = one(run(extractor, "Libya's army is splitting. In Tobruk, the garrison commander said that he and 1,000 of his "
                           "men had joined the revolution."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Libyan Army", 1000, 1001)


def test_a_person_named_alone_who_walks_away_is_one_of_the_storys_force(extractor):
    c = one(run(extractor, "Eritrea keeps its conscripts for years. Tesfay, 23, walked away from his posting near Assab "
                           "in May."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Eritrean Defence Forces", 1, 1)


def test_going_home_without_leave_is_a_desertion(extractor):
    c = one(run(extractor, "Israeli reservists are tired. Three reservists from his company went home without leave "
                           "in January, his lawyer said."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "Israel Defense Forces", 3)


def test_compatriots_of_one_who_deserted_are_fellows(extractor):
    c = one(run(extractor, "Libyan National Army units are fraying. A Chadian fighter told reporters in Sabha that he "
                           "and 12 of his compatriots had deserted their unit last month."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Libyan National Army", 12, 13)


def test_refusing_to_go_back_is_a_desertion(extractor):
    c = one(run(extractor, "About 200 contract soldiers refused to go back to the front after their leave, a lawyer "
                           "for the Russian servicemen said."), "desertion")
    assert (c.group, c.count.low, c.count.high) == ("Russian Armed Forces", 180, 220)


@pytest.mark.parametrize("text, group, low", [
    ("Thailand's insurgency drags on. Nineteen suspected insurgents reported to the army's regional command in "
     "Narathiwat on Monday.", "Southern Thailand insurgents", 19),
    ("Forty Boko Haram fighters came out of the bush near Bama on Monday, the army said.", "Boko Haram", 40),
])
def test_coming_out_of_the_bush_or_reporting_to_the_army_is_a_surrender(extractor, text, group, low):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low) == ("defection", group, low)


def test_soldiers_reporting_to_the_army_surrender_nothing(extractor):
    assert run(extractor, "Forty recruits reported to the army's training depot in Kaduna on Monday.").claims == []


def test_people_who_reached_europe_emigrated(extractor):
    r = run(extractor, "Hundreds of Iraqi soldiers have deserted this year. More than 40,000 Iraqis have reached Europe "
                       "by sea since January, the UN migration agency said.")
    c = one(r, "emigration")
    assert (c.group, c.count.low, [p.name for p in c.destination]) == ("civilians", 40001, ["Europe"])


def test_citizens_who_entered_another_country_emigrated(extractor):
    r = run(extractor, "Hundreds of Russian soldiers have deserted since September. Kazakhstan's interior ministry says "
                       "more than 90,000 Russian citizens have entered the country since September.")
    c = one(r, "emigration")
    assert (c.group, c.count.low, [p.name for p in c.origin]) == ("civilians", 90001, ["Russia"])


def test_asylum_seekers_written_as_two_words_are_civilians(extractor):
    r = run(extractor, "Eritrean conscripts keep deserting. Uganda registered more than 9,000 new asylum seekers from "
                       "Eritrea last year, the UN refugee agency said.")
    c = one(r, "emigration")
    assert (c.group, c.count.low, [p.name for p in c.origin]) == ("civilians", 9001, ["Eritrea"])


def test_countries_listed_as_where_people_went_to_work_are_not_the_home_force(extractor):
    r = run(extractor, "NAIROBI: More than 300 Army personnel who had been absent without leave reported back to their "
                       "units this week, the Army spokesman said. Many of the absentees are thought to have gone to work "
                       "in the Gulf, Qatar or Saudi Arabia.")
    assert r.claims
    assert {c.group_country for c in r.claims} == {"KE"}


def test_an_acronym_after_the_speaker_is_the_speaker_not_who_left(extractor):
    c = one(run(extractor, "Al-Shabaab has been losing men all year. The National Intelligence and Security Agency "
                           "(NISA) reported 31 defections in Hiraan during March."))
    assert (c.kind, c.group, c.count.low) == ("defection", "Al-Shabaab", 31)
    assert c.source == "The National Intelligence and Security Agency"


@pytest.mark.parametrize("text", [
    "A youth who was recruited by the Taliban at 15 surrendered to police in Kunduz last week.",
    "He joined the ELN at 16 and surrendered in March with two other ELN fighters.",
    "Pedro, who was taken by the Jaime Martinez front of the FARC dissidents at 15, handed himself in at an army "
    "post near Suarez.",
])
def test_the_age_someone_joined_at_is_no_count(extractor, text):
    claims = run(extractor, text).claims
    assert claims
    assert all(c.count is None or c.count.low not in (15, 16, 17, 18) for c in claims)


def test_a_run_of_verbs_after_commas_keeps_one_subject(extractor):
    c = one(run(extractor, "Pedro, who was recruited by the Eastern War Front of the ELN as a teenager, escaped from a "
                           "camp in June, walked for a week and surrendered to soldiers near Tame."))
    assert (c.kind, c.group) == ("defection", "National Liberation Army (Colombia)")


def test_handing_oneself_in_after_leaving_is_one_person(extractor):
    c = one(run(extractor, "Pedro, who was recruited by the Eastern War Front of the ELN as a teenager, escaped from a "
                           "camp in June and handed himself in to soldiers near Tame."))
    assert (c.kind, c.count.low, c.count.high) == ("defection", 1, 1)


def test_ex_combatants_after_a_count_of_armed_groups_are_of_them_all(extractor):
    result = run(extractor, "BENI, Congo - The national disarmament programme says 1,900 members of armed groups have "
                            "laid down their weapons in North Kivu since it began work in 2022. The UN mission, which "
                            "runs its own transit camps, has counted 1,150 ex-combatants who handed in weapons over "
                            "the same period. Fighting between the army and the ADF continued near Oicha this week, "
                            "and the ADF killed eleven villagers on Sunday.")
    assert [(c.kind, c.group, c.count.low) for c in result.claims] == [
        ("defection", "Congolese armed groups", 1900), ("defection", "Congolese armed groups", 1150)]


def test_combatants_at_a_reception_site_after_a_count_of_armed_groups_defected_from_them(extractor):
    result = run(extractor, "BENI, Congo - The national disarmament programme says 1,900 members of armed groups have "
                            "laid down their weapons in North Kivu since it began work in 2022. In June alone, 90 "
                            "combatants presented themselves at the programme's transit sites around Beni, its "
                            "coordinator said. Fighting between the army and the ADF continued near Oicha this week, "
                            "and the ADF killed eleven villagers on Sunday.")
    assert [(c.kind, c.group, c.count.low) for c in result.claims] == [
        ("defection", "Congolese armed groups", 1900), ("defection", "Congolese armed groups", 90)]


@pytest.mark.parametrize("text", [
    '"More than 40 officers have left the regime\'s army and most of them are with us now," said Col. Ahmad Saleh, '
    'a Free Syrian Army spokesman in Antakya.',
    '"Dozens of soldiers deserted last month and they are with us now," a rebel commander said.',
])
def test_leavers_now_with_the_speaker_defected(extractor, text):
    assert one(run(extractor, text)).kind == "defection"


def test_others_with_the_speaker_leave_the_leavers_deserters(extractor):
    c = one(run(extractor, '"Dozens of soldiers deserted last month and their families are with us now," a rebel '
                           'commander said.'))
    assert c.kind == "desertion"


def test_a_level_reached_is_a_count_not_an_age(extractor):
    c = one(run(extractor, "The number of Taliban fighters who joined the amnesty and surrendered stood at 40, "
                           "the police said."))
    assert c.count.low == 40


def test_the_group_joined_and_then_left_is_the_group_left(extractor):
    c = one(run(extractor, "A Colombian youth joined an ELN front in Arauca in 2019 and later surrendered to an army "
                           "battalion in Saravena."))
    assert (c.kind, c.group) == ("defection", "National Liberation Army (Colombia)")
    c = one(run(extractor, "Some 30 Colombian soldiers deserted and joined the ELN last month."))
    assert (c.group, c.to_group) == ("Military Forces of Colombia", "National Liberation Army (Colombia)")


@pytest.mark.parametrize("text", [
    "Police in Kashmir said two young men from Handwara who had joined the Hizbul Mujahideen last year returned to "
    "their families on Monday after their fathers pleaded with them.",
    "Police in Kashmir said two young men who had joined the Hizbul Mujahideen last year came back to their families "
    "on Monday.",
])
def test_men_who_had_joined_a_group_and_came_home_left_it(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("defection", "Hizbul Mujahideen", 2, 2)


def test_going_home_after_escaping_is_no_defection(extractor):
    c = one(run(extractor, "The army said a 16-year-old who had been recruited by the ELN escaped from the group on "
                           "4 May and returned to his family in Arauca."))
    assert (c.kind, c.group, c.count.low) == ("desertion", "National Liberation Army (Colombia)", 1)


def test_a_long_subject_after_according_to_leaves_his_post_without_permission(extractor):
    c = one(run(extractor, "An Israeli military court heard the case of a corporal on Monday. According to the "
                           "indictment, the corporal, a 24-year-old conscript from a village in the Galilee whose name "
                           "was withheld, left his post at a base in the south on March 3 without permission and "
                           "stayed away for two weeks."))
    assert (c.kind, c.group, c.count.low, c.count.high, c.period.start) == (
        "desertion", "Israel Defense Forces", 1, 1, "2023-03-03")


def test_leaving_his_post_and_going_into_hiding_is_desertion(extractor):
    c = one(run(extractor, "A Ukrainian corporal went on trial in Lviv. Prosecutors say he left his position on the "
                           "eastern front in March and went into hiding at a cousin's farm."))
    assert (c.kind, c.group, c.count.low, c.count.high) == ("desertion", "Armed Forces of Ukraine", 1, 1)


def test_a_bare_figure_after_with_is_the_next_entry_of_a_tally(extractor):
    result = run(extractor, "About 500 Boko Haram fighters surrendered last year, the army said. Borno State "
                            "accounted for the largest share of the surrenders, 340, followed by Yobe State with 95.")
    assert sorted((c.count.low, c.count.high) for c in result.claims) == [(95, 95), (340, 340), (450, 550)]


def test_another_figure_a_sentence_on_is_more_of_the_same_leaving(extractor):
    result = run(extractor, "About 80 Malian soldiers who fled their base at Boulkessi crossed into Burkina Faso on "
                            "Friday, officials said. They were taken to a camp near Djibo. Another 25 soldiers reached "
                            "the town of Ouahigouya on Sunday, a local official said.")
    assert sorted((c.kind, c.group, c.count.low) for c in result.claims) == [
        ("desertion", "Malian Armed Forces", 25), ("desertion", "Malian Armed Forces", 72)]


@pytest.mark.parametrize("text, low", [
    ("A militia leader said 90 Boko Haram fighters had slipped out of the transit camps near Bama over the summer "
     "and rejoined their old units.", 90),
    ("Cameroonian officials said 21 ex-combatants of the Ambazonian separatists absconded from the DDR centre in "
     "Bamenda and went back to rejoin their comrades.", 21),
])
def test_men_slipping_out_of_a_centre_to_rejoin_their_group_return_to_it(extractor, text, low):
    c = one(run(extractor, text))
    assert (c.kind, c.count.low, c.count.high) == ("return", low, low)


@pytest.mark.parametrize("text", [
    "Indian police said 14 Kashmiri militants returned to the mainstream this year, while about 160 youths joined "
    "militant outfits.",
    "Indian police said about 160 youths joined militant outfits this year, while 14 Kashmiri militants returned to "
    "the mainstream.",
])
def test_recruits_set_against_leavers_are_not_leavers(extractor, text):
    c = one(run(extractor, text))
    assert (c.kind, c.count.low) == ("defection", 14)


def test_a_parallel_clause_after_while_still_counts(extractor):
    claims = run(extractor, "Indian police said three Kashmiri militants surrendered in May, while two others "
                                      "surrendered in June.").claims
    assert sorted(c.count.low for c in claims) == [2, 3]


@pytest.mark.parametrize("text, kind, low", [
    ("Police figures show that seven Kashmiri militants have surrendered this year. In the same period, 62 local "
     "youths joined militant groups, and 30 of them were later killed, the figures show.", "defection", 7),
    ("OUAGADOUGOU - A local official said 200 VDP members have deserted their posts since June. The government says "
     "it has recruited 40,000 volunteers this year, of whom about 20,000 have been armed.", "desertion", 200),
])
def test_recruits_do_not_carry_on_the_figure_before(extractor, text, kind, low):
    c = one(run(extractor, text))
    assert (c.kind, c.count.low) == (kind, low)


def test_a_figure_of_people_who_left_put_at_a_total_is_no_strength(extractor):
    text = ("The New People's Army keeps losing members. The army puts the total since 2018 at more than 5,000 "
            'guerrillas and sympathisers who have "returned to the fold of the law."')
    claims = run(extractor, text).claims
    assert [(c.kind, c.count.low) for c in claims if c.count is not None] == [("defection", 5001)]


def test_the_group_people_came_over_to_is_not_the_force_the_story_is_about(extractor):
    text = ("Captain Aung had served ten years in the Myanmar army before the coup. One night he slipped out of "
            "his barracks and went over to the resistance. In Shan State, the Ta'ang National Liberation Army said "
            "in May that 30 soldiers from garrisons near Lashio had come over to its side.")
    lone = [c for c in run(extractor, text).claims if c.count is None or c.count.low == 1]
    assert [c.group for c in lone] == ["Myanmar Armed Forces"]


@pytest.mark.parametrize("text", [
    "The Congolese government said 300 of its soldiers had left the army for good.",
    "About 300 Congolese soldiers had left Goma and crossed into Rwanda.",  # a town left, then a country reached
    "Some 200 Ugandan soldiers deserted in January, the army said?",  # a stray mark: no question asked
    "Two other Myanmar soldiers from his company left the same night, he said.",
])
def test_near_misses_of_the_no_claim_rules_still_report_one_leaving(extractor, text):
    assert len(run(extractor, text).claims) == 1


def test_plain_soldiers_who_leave_make_the_story_about_the_unnamed_home_army(extractor):
    r = run(extractor, "BAGHDAD - Colonel Karim keeps a list of the men who are missing. \"I sent 700 men home on leave "
                       "in May. So far, 250 have not come back,\" he said. Islamic State fighters overran Mosul in June. "
                       "Hundreds of soldiers have since gone home.")
    assert [(c.group, c.count.low) for c in r.claims] == [("Iraqi Armed Forces", 250), ("Iraqi Armed Forces", 200)]


def test_a_figure_set_beside_a_claim_for_comparison_is_a_claim_for_its_own_time(extractor):
    r = run(extractor, "Russian courts heard 3,200 cases against soldiers accused of deserting in the first half of "
                       "2024, compared with 1,500 in the same period of 2023.")
    assert [(c.kind, c.group, c.count.low, c.period.start, c.period.end) for c in r.claims] == [
        ("desertion", "Russian Armed Forces", 3200, "2024-01-01", "2024-06-30"),
        ("desertion", "Russian Armed Forces", 1500, "2023-01-01", "2023-06-30")]


def test_a_figure_the_count_fell_from_is_the_same_people_earlier(extractor):
    r = run(extractor, "In 2019, 1,020 FARC dissidents deserted their units, down from 1,300 the year before.")
    assert [(c.kind, c.group, c.count.low) for c in r.claims] == [
        ("desertion", "FARC dissidents", 1020), ("desertion", "FARC dissidents", 1300)]


def test_a_figure_another_is_a_multiple_of_counts_the_same_people(extractor):
    r = run(extractor, "A Malian military court convicted 45 soldiers of desertion in 2023, three times as many as the "
                       "15 it convicted in 2022.")
    assert [(c.kind, c.group, c.count.low, c.count.high) for c in r.claims] == [
        ("desertion", "Malian Armed Forces", 45, 45), ("desertion", "Malian Armed Forces", 15, 15)]


def test_people_who_fled_by_sea_left_their_country(extractor):
    r = run(extractor, "Thousands of South Vietnamese soldiers deserted in 1975. About 400,000 Vietnamese fled by "
                       "sea between 1975 and 1990.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("desertion", 2000), ("emigration", 360000)]


def test_those_who_came_over_to_us_joined_the_speakers_side(extractor):
    c = one(run(extractor, "22 Myanmar soldiers came over to us with their weapons, a KNLA commander said."))
    assert (c.kind, c.group, c.to_group) == ("defection", "Myanmar Armed Forces", "Karen National Liberation Army")


@pytest.mark.parametrize("word", ["desertion", "SZCh", "AWOL"])
def test_a_bare_figure_lost_to_desertion_counts_leavers(extractor, word):
    r = run(extractor, f"A battalion commander said his battalion of about 600 Ukrainian soldiers had lost 70 to {word} "
                       "since May.")
    assert [(c.kind, c.count.low) for c in r.claims] == [("strength", 540), ("desertion", 70)]


@pytest.mark.parametrize("second, kind, to_group", [
    ("They joined the local JNIM unit near Segou, officials said.", "defection", "Jama'at Nasr al-Islam wal-Muslimin"),
    ("They joined their families in Bamako.", "desertion", None),
])
def test_deserters_who_join_a_group_in_the_next_sentence_defected(extractor, second, kind, to_group):
    c = one(run(extractor, "Two Malian soldiers deserted their post in Kati last week. " + second))
    assert (c.kind, c.to_group) == (kind, to_group)


def test_a_share_of_a_whole_told_by_its_group_is_that_groups(extractor):
    r = run(extractor, "Of the 500 fighters who demobilised between January and June, 170 came from the ELN, 140 from "
                       "FARC dissidents and 90 from the Gulf Clan, the agency said.")
    shares = [(c.group, c.count.low) for c in r.claims if c.count.low < 500]
    assert shares == [("National Liberation Army (Colombia)", 170), ("FARC dissidents", 140), ("Clan del Golfo", 90)]


@pytest.mark.parametrize("text", [
    "The unit lost 40 men.", "Twenty soldiers left.", "HUNDREDS OF TROOPS", "They left in their tens.",
    "Nobody left, the spokesman said.", "Someone was seen at the oneness ceremony.",
    "ſcores of fighters surrendered.",  # IGNORECASE reads 'ſ' as 's'; lower() does not
    "Dozens-strong units", "no figure here",
])
def test_number_test_answers_as_the_number_regex(text):
    """`_has_number` skips the regex where no number word is in the text; its answer is the regex's."""
    from awol.extract.pipeline import _NUMBER, _has_number

    assert _has_number(text) == (_NUMBER.search(text) is not None)


@pytest.mark.parametrize("text, group", [
    ("Al-Shabaab struck again. Al-Shabaab fighters took the town. Al-Shabaab now holds the road. A Somali army "
     "company commander said 150 soldiers were on his roll but only 90 were present for duty. \"Last month alone, "
     "20 deserted,\" he said.", "Somali National Army"),
    ("Al-Shabaab struck again. Al-Shabaab fighters took the town. A defector said about 400 al-Shabaab fighters "
     "held the district in March. \"Last month alone, 20 deserted,\" he said.", "Al-Shabaab"),
])
def test_a_bare_desertion_figure_keeps_the_force_just_counted(extractor, text, group):
    c = one(run(extractor, text), "desertion")
    assert (c.group, c.count.low) == (group, 20)


@pytest.mark.parametrize("text", [
    "Desertion cases against Malian soldiers rose in May. A soldier who deserts twice can face two cases, officials said.",
    "\"A conscript who is unpaid is already halfway to deserting,\" a Malian officer said.",
    "Every Malian officer who defects takes with him the army's radio codes, a researcher said.",
])
def test_anyone_who_might_leave_is_no_one_who_did(extractor, text):
    assert [(c.kind, c.count) for c in run(extractor, text).claims if c.count is not None] == []
