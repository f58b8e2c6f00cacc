"""A synthetic news stream for the scale benchmark and tests: invented articles.

Articles of about 2,000 characters, most on ordinary news (markets, sport,
weather, politics, health, technology, culture, and conflict coverage that
reports no leaving), and a share (default 3 %) of relevant reports: soldiers
or fighters who deserted, defected or returned, with figures, sources and
dates. All text comes from the templates below (written for awol); the same
seed gives the same stream.

The text is made to look like news to a tokenizer, not only to a reader:
real articles quote people, use possessives and contractions (half of
publishers with curly apostrophes), abbreviations, dashes, parentheses and
figures in many forms, and their vocabulary keeps growing with the stream
(new names in every story). Names are coined from syllables with a
Zipf-like frequency, so a 100,000-article stream holds hundreds of thousands
of distinct words. `python benchmarks/generate.py --stats` prints these
properties beside the dev corpus's when `../shared` is present.

    python benchmarks/generate.py OUT.jsonl[.gz] [--n 100000] [--relevant 0.03] [--seed 7]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

TARGET = 2000  # characters per article, roughly

# Coined names: a rank becomes a pronounceable word, one syllable per base-len(SYLLABLE) digit.
ONSETS = ["b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "h", "g", "p", "sh", "kh", "dr", "br", "st", "tr",
          "f", "j", "y", "ch"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "ay"]
CODAS = ["", "n", "r", "l", "s", "k", "m", "t", "v", "sk", "nd", "rt"]
SYLLABLE = [o + v + c for o in ONSETS for v in VOWELS for c in CODAS]

GROUPS = [("the Iraqi Army", "Iraqi"), ("the Syrian Arab Army", "Syrian"), ("the Afghan National Army", "Afghan"),
          ("the Nigerian Army", "Nigerian"), ("the Somali National Army", "Somali"), ("the Peshmerga", "Kurdish"),
          ("the Ukrainian army", "Ukrainian"), ("the Russian army", "Russian"), ("al-Shabaab", "Somali"),
          ("Boko Haram", "Nigerian")]
SOURCES = ["the defence ministry", "a military spokesman", "the United Nations", "a local official",
           "Human Rights Watch", "two soldiers who spoke on condition of anonymity", "the interior ministry",
           "an analyst at a think tank in the capital", "state television", "a regional governor"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TITLES = ["Mr.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt. Col.", "Sen.", "Rep.", "Gov."]
ROLES = ["chief executive", "spokeswoman", "spokesman", "director", "deputy mayor", "head of research",
         "senior economist", "coach", "chairman", "press officer", "regional manager", "professor of history"]
ORG_KINDS = ["Group", "Holdings", "Bank", "Energy", "Motors", "Foods", "Software", "Shipping", "Partners",
             "Institute", "Foundation", "Council", "University", "Hospital", "Authority"]
TEAM_KINDS = ["United", "City", "Rovers", "Athletic", "Dynamo", "FC", "Wanderers", "Rangers"]
PLACE_FORMS = ["{x}", "{x}", "{x}", "Port {x}", "{x} Valley", "North {x}", "{x} Bay", "Lake {x}", "San {x}",
               "{x}-on-Sea", "New {x}"]
ACRONYM_LETTERS = "ABCDEFGHIKLMNPRSTUVW"

# Ordinary words to vary the sentences (no leaving words among them).
NOUNS = ["budget", "plan", "report", "market", "school", "bridge", "harbour", "festival", "season", "contract",
         "study", "survey", "price", "tax", "road", "railway", "factory", "hospital", "election", "museum",
         "proposal", "deal", "reform", "strike", "shortage", "surplus", "deficit", "loan", "subsidy", "grant",
         "pipeline", "airport", "stadium", "library", "council", "court", "verdict", "appeal", "inquiry", "audit",
         "harvest", "drought", "flood", "storm", "heatwave", "vaccine", "clinic", "campaign", "poll", "debate",
         "merger", "takeover", "dividend", "forecast", "outlook", "index", "currency", "bond", "pension", "wage",
         "tariff", "export", "import", "licence", "permit", "zoning", "housing", "rent", "mortgage", "tourism",
         "ferry", "tunnel", "canal", "dam", "reservoir", "orchard", "vineyard", "fishery", "quarry", "mine",
         "refinery", "warehouse", "terminal", "depot", "ward", "pharmacy", "laboratory", "curriculum", "exam",
         "scholarship", "tuition", "bursary", "lottery", "casino", "brewery", "bakery", "cinema", "gallery",
         "exhibition", "concert", "tournament", "league", "transfer", "sponsorship", "broadcast", "podcast",
         "newspaper", "magazine", "website", "database", "algorithm", "chip", "battery", "charger", "turbine",
         "solar farm", "wind farm", "grid", "substation", "meter", "invoice", "refund", "fine", "penalty",
         "lawsuit", "settlement", "injunction", "ordinance", "bylaw", "census", "referendum", "manifesto",
         "coalition", "caucus", "quorum", "amendment", "veto", "motion", "petition", "boycott", "protest",
         "parade", "carnival", "marathon", "regatta", "rally", "derby", "auction", "bazaar", "fair"]
ADJECTIVES = ["new", "local", "national", "regional", "annual", "quarterly", "weekly", "public", "private",
              "small", "large", "modest", "sharp", "steady", "record", "historic", "controversial", "long-awaited",
              "so-called", "well-known", "cross-border", "first-ever", "year-on-year", "hard-won", "low-cost",
              "high-speed", "full-time", "part-time", "short-term", "long-term", "rural", "urban", "coastal",
              "northern", "southern", "eastern", "western", "central", "municipal", "federal", "independent",
              "ambitious", "costly", "overdue", "unpopular", "popular", "fragile", "robust", "bold", "cautious",
              "sweeping", "limited", "temporary", "permanent", "voluntary", "mandatory", "digital", "green",
              "seasonal", "bilateral", "multi-year", "state-owned", "family-run", "open-air", "tax-free"]
NOUN_ENDINGS = ["ation", "ment", "ing", "ity", "ism", "er", "ics", "age", "ship", "ure"]
RARE_NOUN_RATE = 0.35
VERBS = ["approved", "rejected", "announced", "delayed", "welcomed", "criticised", "praised", "questioned",
         "reviewed", "backed", "opposed", "signed", "cancelled", "postponed", "extended", "expanded", "cut",
         "raised", "lowered", "launched", "completed", "finished", "opened", "closed", "renewed", "revised",
         "endorsed", "vetoed", "amended", "audited", "funded", "scrapped", "unveiled", "trialled", "piloted",
         "halted", "resumed", "privatised", "modernised", "redesigned", "relaunched", "shelved", "fast-tracked"]
QUOTES = [
    "I {contr2} think the {noun} will change much before {month}",
    "We {verb} the {noun} because the numbers simply did not add up",
    "It's a {adj} {noun}, and people here {contr2} want to wait another year",
    "This is the first time we have seen a {noun} like this in {place}",
    "Nobody expected the {noun} to be {verb} so quickly",
    "We are proud of what the team did, but there is a lot of work left",
    "The {noun} {contr2} solve everything, but it is a start",
    "I am confident the {adj} {noun} will be {verb} by {weekday}",
    "Our {noun} and our {noun2} depend on it",
    "The {adj} {noun} was {verb} without any consultation with the {org}",
]

ORDINARY = {
    "markets": [
        "Shares in {company} rose {pct} on {weekday} after the firm's quarterly revenue beat forecasts.",
        "The central bank left interest rates unchanged at {pct}, citing steady inflation and a firm labour market.",
        "Analysts at {company} said demand had recovered in {month} after a slow winter.",
        "Trading volumes were thin ahead of a holiday weekend, and the currency held near a two-month high.",
        "{person}, {role} of {company}, told investors the company would open a new plant in {place}.",
        "Bond yields edged lower as investors weighed new figures on retail sales and factory orders.",
        "The index closed {pct} higher, led by banks and energy companies; technology stocks lagged.",
        "{company} ({acronym}) said its {adj} {noun} would cost about {money}.",
        "Oil prices fell for a third day — the longest losing run since {month} — as traders expected higher output.",
        "The {company} deal, valued at {money}, still needs approval from regulators in {place} and the U.S.",
    ],
    "sport": [
        "{team} beat {team2} {score} on {weekday} night to move to the top of the league table.",
        "The striker scored twice in the second half, and the coach praised the defence's discipline.",
        "{person} returned from injury and played the full ninety minutes in front of {big} fans.",
        "The club confirmed that its captain, {person}, had signed a new three-year contract.",
        "Tickets for the final in {place} sold out within hours, the organisers said.",
        "The manager said the squad would travel to {place} for a training camp before the new season.",
        "A late penalty decided the match ({score}), and the visiting fans went home in silence.",
        "The marathon in {place} drew {big} runners; the winner finished in 2:{minutes}:{seconds}.",
        "{team}'s {num}-year-old goalkeeper, {person}, made six saves against {team2}.",
    ],
    "weather": [
        "Heavy rain is expected across {place} this week, with up to {num} millimetres forecast by {weekday}.",
        "Forecasters said temperatures would reach {num} degrees, well above the average for {month}.",
        "Residents near the river were told to prepare sandbags as water levels continued to rise.",
        "Strong winds brought down trees in {place}, and several roads were closed until {clock}.",
        "The weather service said the dry spell had been the longest since records began in {year}.",
        "Farmers in {place} said the late frost had damaged fruit trees and would cut this year's harvest.",
        "Snow closed the mountain pass near {place} for a second day; drivers were advised to use the coast road.",
    ],
    "politics": [
        "The parliament in {place} approved the {adj} {noun} by {num} votes to {num2} after a long debate.",
        "{person}, the opposition leader, said the government hadn't delivered on its housing promises.",
        "Voters in {place} go to the polls on {weekday} in a local election seen as a test for the ruling party.",
        "The minister, {person}, announced a review of the pension system; proposals will follow in {month}.",
        "Talks between {person}'s party and the {org} on forming a coalition continued late into the night.",
        "A spokesman for the president said the visit to {place} would focus on trade and infrastructure.",
        "The committee will publish its report on public spending by {date}.",
        "Lawmakers {verb} a bill on data protection that would give regulators new powers to fine companies.",
        "{title} {last}, who chairs the {org}'s {noun} committee, called the plan \"a step in the right direction.\"",
    ],
    "health": [
        "Hospitals in {place} reported a rise in flu cases, and officials urged older people to get vaccinated.",
        "A new clinic opened in {place} on {weekday}, offering free check-ups for children under five.",
        "Researchers at the {org} said a study of {big} patients showed exercise lowered the risk of heart disease.",
        "The health ministry said waiting times for surgery had fallen by {pct} since last year.",
        "Nurses at the regional hospital met on {date} to discuss staffing and overtime pay.",
        "Doctors advised people to drink plenty of water during the heatwave and to avoid the midday sun.",
        "{title} {last}, a doctor at {place} General, said the ward's beds were full by {clock}.",
    ],
    "technology": [
        "{company} unveiled a new phone with a larger battery and a camera designed for low light.",
        "The start-up raised {money} to expand its delivery software to {place}.",
        "Engineers said the update would fix a bug that drained batteries on older devices.",
        "Regulators opened an inquiry into whether the app collected location data without consent.",
        "The company plans to hire {big} engineers over the next two years, its founder, {person}, said.",
        "A satellite built by students at the {org} was launched successfully on {weekday}.",
        "{company}'s shares have risen {pct} since the launch, according to data from {company2}.",
    ],
    "culture": [
        "The film festival in {place} opened on {weekday} with a documentary about fishing villages.",
        "{person}'s new novel, set in a small town near {place}, has topped the bestseller list for {num} weeks.",
        "The museum will show paintings lent by private collectors until {date}.",
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
        "The U.N. called for humanitarian corridors to allow civilians to reach safety.",
        "{title} {last}, the commander of the {num}th Brigade, said his men had held the line near {place}.",
    ],
}
# A quotation or an attributed aside, one in every few sentences of any topic.
VOICES = [
    "\u201c{quote},\u201d said {person}, {role} at the {org}.",
    "\u201c{quote},\u201d {title} {last} told reporters in {place} on {weekday}.",
    "\"{quote},\" {person} said.",
    "{person} ({age}) said: \u201c{quote}.\u201d",
    "\u201c{quote}.\u201d That's how {person}, a resident of {place}, put it.",
    "According to {person} of the {org} — one of {num} groups consulted — the {noun} was {verb} in {month}.",
]
VOICE_RATE = 0.12

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
    "Some {n} {adj_group} troops abandoned their positions near {place} last week, {source} said.",
    "{n} members of {group} laid down their arms and surrendered to the authorities in {place} in {month}, "
    "{source} said.",
    "Nearly {n} {adj_group} conscripts fled their units in {month}, {source} told reporters on {weekday}.",
    "Officials said {n} soldiers who had deserted {group} returned to their units under an amnesty announced in {month}.",
]
RELEVANT_BODY = [
    "The figure could not be independently verified.",
    "Soldiers said their salaries hadn't been paid for {k} months and that food at the front was scarce.",
    "Commanders blamed the losses on a lack of reinforcements and on the enemy's offensive around {place}.",
    "Some of those who left said they planned to travel on to Europe.",
    "The unit had been {total} strong at the start of the year, {source} said.",
    "A deserter who spoke to reporters said morale had collapsed after heavy casualties.",
    "The ministry didn't respond to a request for comment on the figures.",
    "\u201cWe can't hold the line like this,\u201d one officer said, asking that his name not be used.",
]


def _coin(rank: int, syllables: int) -> str:
    """The rank-th coined word of at least this many syllables."""
    parts = []
    while rank or len(parts) < syllables:
        rank, digit = divmod(rank, len(SYLLABLE))
        parts.append(SYLLABLE[digit])
    return "".join(parts).capitalize()


def _zipf(rng: random.Random, limit: int) -> int:
    """A rank from 0 to limit - 1, rank r drawn about 1/(r + 1) as often as rank 0."""
    return int(math.exp(rng.random() * math.log(limit))) - 1


class _Names:
    """Coined people, places and organisations, each with a Zipf-like frequency."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def first(self) -> str:
        return _coin(_zipf(self.rng, 3000), 2)

    def last(self) -> str:
        return _coin(_zipf(self.rng, 300_000) + 3000, 2)

    def person(self) -> str:
        return f"{self.first()} {self.last()}"

    def place(self) -> str:
        return self.rng.choice(PLACE_FORMS).format(x=_coin(_zipf(self.rng, 100_000) + 400_000, 2))

    def org(self) -> str:
        return f"{_coin(_zipf(self.rng, 50_000) + 600_000, 2)} {self.rng.choice(ORG_KINDS)}"

    def team(self) -> str:
        return f"{_coin(_zipf(self.rng, 5000) + 700_000, 2)} {self.rng.choice(TEAM_KINDS)}"

    def noun(self) -> str:
        """A common noun; one in three is a rarer word (coined, with a noun ending), as news has its long tail."""
        if self.rng.random() < RARE_NOUN_RATE:
            return _coin(_zipf(self.rng, 200_000) + 800_000, 2).lower() + self.rng.choice(NOUN_ENDINGS)
        return self.rng.choice(NOUNS)

    def acronym(self) -> str:
        return "".join(self.rng.choice(ACRONYM_LETTERS) for _ in range(self.rng.randint(2, 4)))


def _fill(template: str, rng: random.Random, names: _Names) -> str:
    group, adj_group = rng.choice(GROUPS)
    source = rng.choice(SOURCES)
    fields = {
        "place": names.place, "person": names.person, "last": names.last, "org": names.org,
        "company": names.org, "company2": names.org, "team": names.team, "team2": names.team,
        "acronym": names.acronym,
        "title": lambda: rng.choice(TITLES), "role": lambda: rng.choice(ROLES),
        "noun": names.noun, "noun2": names.noun, "adj": lambda: rng.choice(ADJECTIVES), "verb": lambda: rng.choice(VERBS),
        "contr2": lambda: rng.choice(["don't", "can't", "won't", "didn't"]),
        "weekday": lambda: rng.choice(WEEKDAYS), "month": lambda: rng.choice(MONTHS),
        "date": lambda: f"{rng.choice(MONTH_ABBR)} {rng.randint(1, 28)}",
        "year": lambda: str(rng.randint(1871, 2019)), "age": lambda: str(rng.randint(19, 84)),
        "clock": lambda: f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['a.m.', 'p.m.'])}",
        "minutes": lambda: f"{rng.randint(3, 15):02d}", "seconds": lambda: f"{rng.randint(0, 59):02d}",
        "pct": lambda: rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%", f"{rng.randint(1, 40)} percent",
                                   f"{rng.randint(1, 9)}.{rng.randint(0, 9)} per cent"]),
        "money": lambda: rng.choice([f"${rng.randint(1, 90)}.{rng.randint(1, 9)} billion",
                                     f"${rng.randint(2, 900)} million", f"\u20ac{rng.randint(2, 90)}m",
                                     f"{rng.randint(2, 90)} million euros"]),
        "num": lambda: str(rng.randint(10, 90)), "num2": lambda: str(rng.randint(5, 60)),
        "big": lambda: f"{rng.randint(2, 60) * 1000 + rng.randint(0, 999):,}",
        "score": lambda: f"{rng.randint(0, 4)}-{rng.randint(0, 3)}",
        "n": lambda: str(rng.choice([40, 75, 120, 300, 650, 1200, 2500])), "k": lambda: str(rng.randint(2, 9)),
        "total": lambda: str(rng.choice([400, 800, 1500, 3000])),
        "group": lambda: group, "adj_group": lambda: adj_group, "source": lambda: source,
        "source_cap": lambda: source[0].upper() + source[1:],
    }
    if "{quote}" in template:
        template = template.replace("{quote}", rng.choice(QUOTES))
    return re.sub(r"\{(\w+)\}", lambda m: fields[m.group(1)](), template)


def article(i: int, rng: random.Random, relevant: bool, start: date) -> dict:
    """One article: a lead, then sentences from the topic (and, for relevant ones, the report's body)."""
    names = _Names(rng)
    topic = rng.choice(list(ORDINARY))
    parts: list[str] = []
    if relevant:
        parts.append(_fill(rng.choice(RELEVANT_LEADS), rng, names))
        parts.extend(_fill(t, rng, names) for t in rng.sample(RELEVANT_BODY, 3))
        topic = "conflict"
    pool: list[str] = []
    if rng.random() < DISTRACTOR_RATE:
        parts.append(_fill(rng.choice(DISTRACTORS), rng, names))
    while sum(len(p) + 1 for p in parts) < TARGET:
        if not pool:  # each template once before any comes back, as a writer would
            pool = rng.sample(ORDINARY[topic], len(ORDINARY[topic]))
        template = rng.choice(VOICES) if rng.random() < VOICE_RATE else pool.pop()
        parts.append(_fill(template, rng, names))
    text = _paragraphs(parts, rng)
    if rng.random() < 0.6:  # a publisher that sets curly apostrophes
        text = text.replace("'", "\u2019")
    day = start + timedelta(days=i % 365)
    section = "report" if relevant else topic
    return {"id": f"news-{i:07d}", "url": f"https://news.example/{section}/{i}", "title": f"{topic.title()} report {i}",
            "publisher": "Example Wire", "published": day.isoformat(), "text": text}


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    """News paragraphs: short (about 180 characters in the dev corpus, so about two of these shorter
    sentences), set apart by a blank line or, for about half of publishers, by a single line break.
    Each break joins two words into one chunk for spaCy's tokenizer, which it must split anew."""
    sep = "\n" if rng.random() < 0.5 else "\n\n"
    paragraphs, k = [], 0
    while k < len(sentences):
        size = rng.choices((1, 2, 3), (3, 5, 2))[0]
        paragraphs.append(" ".join(sentences[k:k + size]))
        k += size
    return sep.join(paragraphs)


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


def text_stats(texts: list[str]) -> dict[str, float]:
    """What makes text news-like to a tokenizer: marks per 1,000 characters and distinct words per word."""
    joined = "".join(texts)
    per_k = 1000 / max(len(joined), 1)
    words = joined.split()
    return {
        "apostrophes per 1,000 characters": (joined.count("'") + joined.count("\u2019")) * per_k,
        "double quotes per 1,000 characters": sum(joined.count(q) for q in "\"\u201c\u201d") * per_k,
        "parentheses per 1,000 characters": joined.count("(") * per_k,
        "dashes and hyphens per 1,000 characters": sum(joined.count(d) for d in "-\u2013\u2014") * per_k,
        "numbers per 1,000 characters": len(re.findall(r"\d+", joined)) * per_k,
        "paragraph breaks per 1,000 characters": len(re.findall(r"\n+", joined)) * per_k,
        "distinct words per word (as many articles as the dev corpus)": len(set(words)) / max(len(words), 1),
    }


def dev_texts() -> list[str]:
    """The dev corpus's article texts (real news), when ../shared is present."""
    docs = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "docs"
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(docs.glob("*.json"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--relevant", type=float, default=0.03)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stats", action="store_true", help="compare the text's properties with the dev corpus")
    args = parser.parse_args()
    if args.stats:
        real = dev_texts()
        made = [r["text"] for r in stream(max(len(real), 100), args.relevant, args.seed)][:len(real) or 100]
        columns = [("generated", text_stats(made))] + ([("dev corpus", text_stats(real))] if real else [])
        print("| property | " + " | ".join(name for name, _ in columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for key in columns[0][1]:
            print(f"| {key} | " + " | ".join(f"{stats[key]:.2f}" for _, stats in columns) + " |")
        return
    if args.out is None:
        parser.error("give OUT, or --stats")
    write(args.out, args.n, args.relevant, args.seed)


if __name__ == "__main__":
    main()
