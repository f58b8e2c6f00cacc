"""What a document is about: its countries and its main armed groups.

Generic mentions ("soldiers", "the fighters") resolve against this context, so
it is computed once per document from the title and the whole text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from awol.extract.lexicon import words
from awol.model import Document
from awol.normalize.acronyms import redefined

_ENEMY = re.compile(r"\b(?:against|fight|fighting|battling|attacked by|attacks by|offensive by|advance of|onslaught of|"
                    r"unlike|compared with|compared to)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)  # or a force set in contrast
# 'fled across the border into Turkey', 'reached this Thai border town': the country people go to, not the one
# whose force they leave.
_DESTINATION = re.compile(r"\b(?:fled|flee|fleeing|escaped|escaping|crossed|crossing|defected|deserted|asylum|made it|"
                          r"(?:seek|seeking|sought) (?:refuge|shelter|safety)|arrived|emigrated|emigrating|migrated|work|"
                          r"working|jobs|trained|training)\b[^.;]{0,40}?\b"
                          r"(?:into|to|in)\s+(?:the\s+)?(?:\w+\s+)?(?:[\w'’ -]{1,25}(?:,|\s+or|\s+and)\s+){0,3}$"
                          r"|\b(?:reached|reaching|reach|reaches)\s+(?:the\s+|this\s+|that\s+|a\s+)?$", re.I)
# 'to work in the Middle East, South Korea or Europe': every country of the list is a destination;
# 'a brigade trained in France' was sent there to train, it is not France's
# 'have joined the People's Defence Force': the side people went to, not the force they left.
_SIDE_TAIL = r"\s+(?:the\s+|a\s+)?(?:local\s+|nearest\s+|armed\s+)?$"
_JOINED = re.compile(r"\b(?:joined|join|joining|(?:defected|deserted|went|gone|crossed|switched) (?:over )?to|"
                     r"rallied to|sided with)" + _SIDE_TAIL, re.I)
# 'pledged allegiance to ISIL', 'went over to Jabhat al-Nusra': the side people switched to, never the one they
# left (plain 'joined' may be how they came into the group they later left: 'youths who had joined ULFA-I fled').
_WENT_OVER = re.compile(r"\b(?:(?:defected|went|gone|crossed|switched) (?:over )?to|rallied to|sided with|"
                        r"(?:pledged|pledging|pledge|swore|sworn|swearing|gave|giving|give) "
                        r"(?:allegiance|loyalty|bay'a|bay’a|baya|bayat|bayah) to)" + _SIDE_TAIL, re.I)
# 'surrendered to Ukrainian troops': the side given up to is no force the leaving sentence is about.
_SURRENDERED_TO = re.compile(r"\b(?:surrendered|surrendering|surrender|surrenders|gave themselves up|"
                             r"gave himself up|handed themselves over|handed himself over) to\s+(?:the\s+)?$", re.I)
# 'the Kachin Independence Army said 47 soldiers had come over to its side': the group is where they went.
_ITS_SIDE = re.compile(r"[^.;]{0,160}?\b(?:to|joined|join|joining) its (?:side|ranks|lines|positions|fold)\b", re.I)
# 'KUMBO —', 'JUBA, June 12 (EPA) -': the place a report is filed from, in capitals before its first words.
_DATELINE = re.compile(r"\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})\s*(?:,|\(|[-—–])")
_PARAGRAPH_REACH = 300  # characters back in which a force named outright still speaks for a bare 'soldiers'
_DATELINE_WEIGHT = 1  # twice as much took blind strict down: a dateline is often a neighbour's capital
_ANTI_STATE = words()["anti_state_nouns"]
_SOLDIERS = re.compile(r"\b(?:%s)\b" % "|".join(words()["home_army_words"]), re.I)
# 'al-Qaeda-linked militants' are not al-Qaeda.
LINKED_SUFFIX = re.compile(r"-(?:%s)\b" % "|".join(words()["linked_suffixes"]), re.I)



def by_context(mention) -> bool:
    """A bare noun the registry resolved from the document's country ('troops', 'the army'):
    written all in lower case, it names no force by itself."""
    return mention.entry is not None and mention.text == mention.text.lower()


def _just_before(at: int, start: int, text: str) -> bool:
    """Whether offset `at` is in the same paragraph as `start`, shortly before it."""
    return start - _PARAGRAPH_REACH <= at < start and "\n" not in text[at:start]


@dataclass
class DocContext:
    published: date | None
    publisher: str | None
    countries: list[str] = field(default_factory=list)  # most likely first
    main_nonstate: object | None = None  # GroupMention of the most-named non-state group
    main_state: object | None = None
    state_unnamed: bool = False  # main_state stands for plain 'soldiers'; the story never names the force
    nonstate_dominant: bool = False
    last_claim: tuple[str, str | None] | None = None  # (group, country) of the latest claim, set by the extractor
    joined_sides: set = field(default_factory=set)  # groups named as the side people went over to
    regional: dict = field(default_factory=dict)  # country -> regional generic mention ('Chechen militants') seen so far
    gazetteer: object | None = None  # the extractor's, for places the words name without a place name
    redefined: frozenset = frozenset()  # acronyms the report spells out as another name ('Social Democratic Front (SDF)')
    local: list = field(default_factory=list)  # (offset, branch) where the text names a local branch's place
    named_states: list = field(default_factory=list)  # (offset, country) of each state force named outright
    named_countries: list = field(default_factory=list)  # (offset, country) of each country named, not as a destination
    main_state_weight: int = 0  # how often main_state is named, three times over in leaving sentences

    def named_just_before(self, country: str | None, text: str, start: int) -> bool:
        """Whether the paragraph names `country`'s force outright shortly before `start` ("Mozambique's own
        armed forces struggle to keep soldiers in the field. ... 70 soldiers had deserted"), or names that
        country and no other ("Ukraine publishes a running count. The register lists 23,800 cases")."""
        if country is None:
            return False
        if any(code == country and _just_before(at, start, text) for at, code in self.named_states):
            return True
        return {code for at, code in self.named_countries if _just_before(at, start, text)} == {country}

    def remember(self, claims) -> None:
        """Keep the group of the latest claim about a force, for 'many of them' later on."""
        named = [c for c in claims if c.group != "civilians"]
        if named:
            self.last_claim = (named[-1].group, named[-1].group_country)

    def local_branch(self, force: str, start: int, end: int):
        """The branch of `force` that serves where the text between `start` and `end` is set: a place in it,
        else the last place named before it, else the first after ('In Lakki Marwat ... 600 policemen')."""
        places = [(at, e) for at, e in self.local if e.parent == force]
        inside = [e for at, e in places if start <= at < end]
        before = [e for at, e in places if at < start]
        after = [e for at, e in places if at >= end]
        chosen = inside or before[-1:] or after[:1]
        return chosen[0] if chosen else None

    def regional_for(self, country: str | None):
        """The regional generic name seen for this country ('Chechen militants'); with no country,
        the one the document has, if it has only one."""
        if country is not None:
            return self.regional.get(country)
        return next(iter(self.regional.values())) if len(self.regional) == 1 else None

    def referent(self) -> tuple[str, str | None] | None:
        """Whom 'many of them' means: the group of the latest claim, else the document's main force.
        ('He' is left to the main force: a lone defector is seldom one of the last figure's group.)"""
        if self.last_claim is not None:
            return self.last_claim
        d = self.default_group("members")
        return (d.name, d.country) if d is not None else None

    @classmethod
    def build(cls, doc: Document, registry, countries_mod, near: list[tuple[int, int]] = (),
              gazetteer=None) -> "DocContext":
        """`near` holds the character spans of sentences with leaving words: groups named
        there count three times, so the force people leave outweighs the enemy it fights."""
        ctx = cls(published=doc.published_date, publisher=doc.publisher, gazetteer=gazetteer)
        text = doc.text
        title = doc.title or ""
        weights: Counter = Counter()
        for _, _, code in countries_mod.find_countries(title):
            weights[code] += 3
        for start, _, code in countries_mod.find_countries(text):
            if _DESTINATION.search(text[max(0, start - 60):start]):
                continue
            weights[code] += 2 if start < 600 else 1
            ctx.named_countries.append((start, code))
        place = _DATELINE.match(text)
        entry = gazetteer.lookup(place.group(1)) if place is not None and gazetteer is not None else None
        if entry is not None and entry.country:
            weights[entry.country] += _DATELINE_WEIGHT  # 'KUMBO —': where the report is filed
        for start, _, code in countries_mod.find_capitals(text):
            if not _DESTINATION.search(text[max(0, start - 60):start]):
                weights[code] += 0.5  # 'Kyiv said': the capital speaks for its state; a named country counts more
        nonstate: Counter = Counter()
        state: Counter = Counter()
        first: dict[str, object] = {}
        switched_to: set[str] = set()
        ctx.redefined = redefined(text, registry)
        ctx.local = registry.local_places(text)
        found = [m for m in registry.find(text, ()) if m.text not in ctx.redefined]
        for m in found:
            if m.generic and m.entry is None and m.country and registry.people(m.text.split()[0]) is not None:
                ctx.regional.setdefault(m.country, m)  # 'the amnesty for Chechen rebels': bare 'fighters' later are theirs
        mentions = [m for m in found if not (
            m.entry is None or m.generic or by_context(m) or m.entry.type == "peacekeeping"
            or LINKED_SUFFIX.match(text, m.end) or _ENEMY.search(text[max(0, m.start - 30):m.start]))]
        # generic nouns, peacekeepers and 'al-Qaeda-linked' say nothing about who leaves, nor does the enemy
        # in 'the fight against Islamic State'
        for m in mentions:
            if m.country and not m.ambiguous:
                weights[m.country] += 1
        ctx.named_states = [(m.start, m.country) for m in mentions if m.entry.is_state and not m.ambiguous]
        countries = [c for c, _ in weights.most_common(3)]
        for m in mentions:
            if m.ambiguous:  # 'Republican Guard': the entry of the story's countries
                chosen = registry.resolve(m.text, countries)
                m = replace(chosen, start=m.start, end=m.end) if chosen is not None else m
                if m.country:
                    weights[m.country] += 1
            before = text[max(0, m.start - 40):m.start]
            went_over = bool(_WENT_OVER.search(before))
            if went_over:
                switched_to.add(m.name)
            if went_over or _JOINED.search(before):
                ctx.joined_sides.add(m.name)  # 'have joined the People's Defence Force': where people went
            bucket = state if m.entry.is_state else nonstate
            root = _root(registry, m) if m.entry.is_state else m  # an affiliate is not its parent
            receiving = bool(_ITS_SIDE.match(text, m.end))
            if receiving:
                ctx.joined_sides.add(m.name)
            near_leaving = any(a <= m.start < b for a, b in near) and not _SURRENDERED_TO.search(before) \
                and not receiving and not went_over
            weight = 3 if near_leaving else 1
            bucket[root.name] += weight
            first.setdefault(root.name, root)
        ctx.countries = [c for c, _ in weights.most_common(3)]
        if nonstate:
            stayed = [n for n, _ in nonstate.most_common() if n not in switched_to]  # not where people went
            ctx.main_nonstate = first[stayed[0] if stayed else nonstate.most_common(1)[0][0]]
        if state:
            name, ctx.main_state_weight = state.most_common(1)[0]
            ctx.main_state = first[name]
        # Foreign state forces (Iran's Quds Force in an Iraqi story) do not make the story one about a state.
        home = [n for n in state if ctx.countries and first[n].country in (ctx.countries[0], None)]
        unnamed = _home_soldiers(text, near, registry, ctx.countries)
        if unnamed and ctx.main_state is None:
            ctx.main_state, ctx.state_unnamed = unnamed[0], True
        ctx.nonstate_dominant = sum(nonstate.values()) > sum(state[n] for n in home) + len(unnamed)
        return ctx

    def fought_by_main(self, noun: str) -> bool:
        """'insurgents' in a story about a pro-government militia are the ones it fights, not its own."""
        entry = getattr(self.main_nonstate, "entry", None)
        return entry is not None and entry.side == "pro-government" and noun in _ANTI_STATE

    def default_group(self, noun: str):
        """The group a bare member noun most likely means in this document."""
        clearly_nonstate = noun in words()["clearly_nonstate"]
        if self.fought_by_main(noun):
            return None
        if self.main_nonstate is not None and (clearly_nonstate or self.nonstate_dominant):
            return self.main_nonstate
        if not clearly_nonstate and self.main_state is not None:
            return self.main_state
        return self.main_nonstate


def _home_soldiers(text: str, near, registry, countries: list[str]) -> list:
    """The home army once for each time a leaving sentence says plain 'soldiers' ('soldiers deserting their
    posts'): a story can be about a state's army without naming it, and these weigh against the groups it names."""
    soldiers = registry.resolve("soldiers", countries[:1]) if countries else None
    if soldiers is None or soldiers.entry is None or not soldiers.entry.is_state:
        return []
    root = _root(registry, soldiers)
    return [root for m in _SOLDIERS.finditer(text) if any(a <= m.start() < b for a, b in near)
            and not _SURRENDERED_TO.search(text[max(0, m.start() - 30):m.start()])]


class _Root:
    """The top of a group's parent chain, standing in for a mention of it."""

    def __init__(self, entry):
        self.entry = entry
        self.name = entry.name
        self.country = entry.country
        self.text = entry.name
        self.generic = False


def _root(registry, mention):
    """A unit counts for its force: the 56th Brigade's mentions make the Armed Forces of Ukraine the main force."""
    entry = mention.entry
    seen = set()
    while entry.parent and entry.parent not in seen:
        seen.add(entry.parent)
        parent = registry.get(entry.parent)
        if parent is None:
            break
        entry = parent
    return mention if entry is mention.entry else _Root(entry)
