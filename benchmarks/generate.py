"""A synthetic news stream for the scale benchmark and tests: invented articles.

Articles of about 2,000 characters, most on ordinary news (markets, sport,
weather, politics, health, technology, culture, and conflict coverage that
reports no leaving), and a share (default 3 %) of relevant reports: soldiers
or fighters who deserted, defected or returned, with figures, sources and
dates. All text comes from the templates below (written for awol); the same
seed gives the same stream.

    python benchmarks/generate.py OUT.jsonl[.gz] [--n 100000] [--relevant 0.03] [--seed 7]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

TARGET = 2000  # characters per article, roughly

PLACES = ["Northport", "Kessel", "Varna Ridge", "Lake Oru", "Balen", "Tamsk", "Red Valley", "Orlin", "Sadek",
          "the eastern province", "the capital", "the border district", "Marrow Bay", "Elm Plains"]
PEOPLE = ["Anna Kovacs", "Tomas Rek", "Leila Haddad", "Samuel Okoro", "Mei Lin", "Jonas Berg", "Priya Nair",
          "Omar Faris", "Elena Duarte", "Kwame Mensah"]
TEAMS = ["Northport United", "Kessel City", "Orlin Rovers", "Balen Athletic", "Tamsk Dynamo", "Marrow Bay FC"]
COMPANIES = ["Helix Motors", "Brightwave Energy", "Norden Bank", "Quill Software", "Atlas Shipping", "Verde Foods"]
GROUPS = [("the Iraqi Army", "Iraqi"), ("the Syrian Arab Army", "Syrian"), ("the Afghan National Army", "Afghan"),
          ("the Nigerian Army", "Nigerian"), ("the Somali National Army", "Somali"), ("the Peshmerga", "Kurdish"),
          ("the Ukrainian army", "Ukrainian"), ("the Russian army", "Russian"), ("al-Shabaab", "Somali"),
          ("Boko Haram", "Nigerian")]
SOURCES = ["the defence ministry", "a military spokesman", "the United Nations", "a local official",
           "Human Rights Watch", "two soldiers who spoke on condition of anonymity", "the interior ministry",
           "an analyst at a think tank in the capital", "state television", "a regional governor"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

ORDINARY = {
    "markets": [
        "Shares in {company} rose {pct} percent on {weekday} after the firm reported quarterly revenue above forecasts.",
        "The central bank left interest rates unchanged at {pct} percent, citing steady inflation and a firm labour market.",
        "Analysts at {company} said demand for electric vehicles had recovered in {month} after a slow winter.",
        "Trading volumes were thin ahead of a holiday weekend, and the currency held near a two-month high.",
        "{person}, chief executive of {company}, told investors the company would open a new plant in {place}.",
        "Bond yields edged lower as investors weighed new figures on retail sales and factory orders.",
        "The index closed {pct} points higher, led by banks and energy companies, while technology stocks lagged.",
        "Oil prices fell for a third day as traders expected higher output from major producers next quarter.",
    ],
    "sport": [
        "{team} beat {team2} {score} on {weekday} night to move to the top of the league table.",
        "The striker scored twice in the second half, and the coach praised the defence for a disciplined display.",
        "{person} returned from injury and played the full ninety minutes in front of a crowd of {big} fans.",
        "The club confirmed that its captain had signed a new three-year contract after weeks of talks.",
        "Tickets for the final in {place} sold out within hours, the organisers said.",
        "The manager said the squad would travel to {place} for a training camp before the new season.",
        "A late penalty decided the match, and the visiting fans left the stadium in silence.",
        "The marathon in {place} drew {big} runners, and the winning time was the fastest in a decade.",
    ],
    "weather": [
        "Heavy rain is expected across {place} this week, with up to {num} millimetres forecast by {weekday}.",
        "Forecasters said temperatures would reach {num} degrees, well above the seasonal average for {month}.",
        "Residents near the river were told to prepare sandbags as water levels continued to rise.",
        "Strong winds brought down trees in {place}, and several roads were closed for most of the morning.",
        "The weather service said the dry spell had been the longest since records began in the region.",
        "Farmers in {place} said the late frost had damaged fruit trees and would cut this year's harvest.",
        "Snow closed the mountain pass for a second day, and drivers were advised to use the coastal road.",
    ],
    "politics": [
        "The parliament in {place} approved the budget by {num} votes to {num2} after a long debate.",
        "{person}, the opposition leader, said the government had failed to deliver on its housing promises.",
        "Voters in {place} go to the polls on {weekday} in a local election seen as a test for the ruling party.",
        "The minister announced a review of the pension system and said proposals would follow in {month}.",
        "Talks between the two parties on forming a coalition continued late into the night.",
        "A spokesman for the president said the visit to {place} would focus on trade and infrastructure.",
        "The committee will publish its report on public spending before the end of {month}.",
        "Lawmakers debated a bill on data protection that would give regulators new powers to fine companies.",
    ],
    "health": [
        "Hospitals in {place} reported a rise in flu cases, and officials urged older people to get vaccinated.",
        "A new clinic opened in {place} on {weekday}, offering free check-ups for children under five.",
        "Researchers said a study of {big} patients showed that regular exercise lowered the risk of heart disease.",
        "The health ministry said waiting times for surgery had fallen by {pct} percent since last year.",
        "Nurses at the regional hospital held a meeting to discuss staffing and overtime pay.",
        "Doctors advised people to drink plenty of water during the heatwave and to avoid the midday sun.",
    ],
    "technology": [
        "{company} unveiled a new phone with a larger battery and a camera designed for low light.",
        "The startup raised {num} million dollars to expand its delivery software to {place}.",
        "Engineers said the update would fix a bug that drained batteries on older devices.",
        "Regulators opened an inquiry into whether the app collected location data without consent.",
        "The company plans to hire {big} engineers over the next two years, its founder said.",
        "A satellite built by students in {place} was launched successfully on {weekday}.",
    ],
    "culture": [
        "The film festival in {place} opened on {weekday} with a documentary about fishing villages.",
        "{person}'s new novel, set in a small town in {place}, has topped the bestseller list for {num} weeks.",
        "The museum will show paintings lent by private collectors until the end of {month}.",
        "Critics praised the orchestra's performance, and the concert hall was full for all three nights.",
        "The city council agreed to restore the old theatre, which closed twenty years ago.",
        "A band from {place} will headline the summer festival, the organisers announced.",
    ],
    "conflict": [  # war coverage with no leaving: shelling, talks, aid, recruitment
        "Shelling hit the outskirts of {place} overnight, damaging houses and a school, officials said.",
        "Peace talks between the government and rebel leaders resumed in {place} on {weekday}.",
        "Aid agencies said {big} families needed food and shelter after the fighting near {place}.",
        "The army said its troops had secured the road to {place} after clashes that lasted several hours.",
        "The ministry announced that {num} new recruits had completed their training at a base near {place}.",
        "Commanders said supplies of fuel and ammunition had reached units on the front line.",
        "A ceasefire agreed in {month} has largely held, although both sides reported violations.",
        "The United Nations called for humanitarian corridors to allow civilians to reach safety.",
    ],
}

# Leaving words in ordinary news, one in some articles (DISTRACTOR_RATE): the screen
# lets some through (a resignation is a desertion trigger) and the extractor decides.
DISTRACTORS = [
    "{person} resigned as party chair on {weekday}, a day after the vote.",
    "Hundreds of residents fled their homes in {place} as the water rose.",
    "The champions refused to surrender their title without a fight.",
    "Thousands of civilians fled the fighting near {place} as army units moved in, aid workers said.",
    "The coach left the club after six seasons and will be replaced by his assistant.",
    "The board said the chief financial officer had quit for personal reasons.",
]
DISTRACTOR_RATE = 0.10

RELEVANT_LEADS = [
    "More than {n} soldiers of {group} deserted their posts near {place} in {month}, {source} said on {weekday}.",
    "At least {n} fighters have defected from {group} since {month}, according to {source}.",
    "{source_cap} said about {n} members of {group} failed to return from leave in the past {k} months.",
    "Some {n} {adj} troops abandoned their positions near {place} last week, {source} said.",
    "{n} members of {group} laid down their arms and surrendered to the authorities in {place} in {month}, "
    "{source} said.",
    "Nearly {n} {adj} conscripts fled their units in {month}, {source} told reporters on {weekday}.",
    "Officials said {n} soldiers who had deserted {group} returned to their units under an amnesty announced in {month}.",
]
RELEVANT_BODY = [
    "The figure could not be independently verified.",
    "Soldiers said their salaries had not been paid for {k} months and that food at the front was scarce.",
    "Commanders blamed the losses on a lack of reinforcements and on the enemy offensive around {place}.",
    "Some of those who left said they planned to travel on to Europe.",
    "The unit had been {total} strong at the start of the year, {source} said.",
    "A deserter who spoke to reporters said morale had collapsed after heavy casualties.",
    "The ministry did not respond to a request for comment on the figures.",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(template: str, rng: random.Random) -> str:
    group, adj = rng.choice(GROUPS)
    source = rng.choice(SOURCES)
    return template.format(
        place=rng.choice(PLACES), person=rng.choice(PEOPLE), team=rng.choice(TEAMS), team2=rng.choice(TEAMS),
        company=rng.choice(COMPANIES), weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS),
        pct=rng.randint(1, 9), num=rng.randint(10, 90), num2=rng.randint(5, 60), big=f"{rng.randint(2, 60) * 1000:,}",
        score=f"{rng.randint(0, 4)}-{rng.randint(0, 3)}", n=rng.choice([40, 75, 120, 300, 650, 1200, 2500]),
        k=rng.randint(2, 9), total=rng.choice([400, 800, 1500, 3000]), group=group, adj=adj, source=source,
        source_cap=source[0].upper() + source[1:],
    )


def article(i: int, rng: random.Random, relevant: bool, start: date) -> dict:
    """One article: a lead, then sentences from the topic (and, for relevant ones, the report's body)."""
    topic = rng.choice(list(ORDINARY))
    parts: list[str] = []
    if relevant:
        parts.append(_fill(rng.choice(RELEVANT_LEADS), rng))
        parts.extend(_fill(t, rng) for t in rng.sample(RELEVANT_BODY, 3))
        topic = "conflict"
    pool = ORDINARY[topic]
    if rng.random() < DISTRACTOR_RATE:
        parts.append(_fill(rng.choice(DISTRACTORS), rng))
    while sum(len(p) + 1 for p in parts) < TARGET:
        parts.append(_fill(rng.choice(pool), rng))
    paragraphs = [" ".join(parts[k:k + 3]) for k in range(0, len(parts), 3)]
    day = start + timedelta(days=i % 365)
    section = "report" if relevant else topic
    return {"id": f"news-{i:07d}", "url": f"https://news.example/{section}/{i}", "title": f"{topic.title()} report {i}",
            "publisher": "Example Wire", "published": day.isoformat(), "text": "\n\n".join(paragraphs)}


def stream(n: int, relevant: float = 0.03, seed: int = 7) -> Iterator[dict]:
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    for i in range(n):
        yield article(i, rng, rng.random() < relevant, start)


def write(path: Path, n: int, relevant: float = 0.03, seed: int = 7) -> Path:
    """Write the stream as JSON Lines (gzip when the name ends in .gz)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as out:
        for record in stream(n, relevant, seed):
            out.write(json.dumps(record) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--relevant", type=float, default=0.03)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(args.out, args.n, args.relevant, args.seed)


if __name__ == "__main__":
    main()
