"""Claims from one sentence: figures, who, kind, when, where, who says so.

Each figure attached to people ("700 members", "16 fellow soldiers") and tied
to a leaving word gives one claim; a leaving word with a named group but no
figure gives one claim with a null count. Everything a claim holds comes from
its evidence sentence (or the sentence after it, for a hedge).
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace

from spacy.tokens import Span

from awol.extract.attribution import Attribution, after_dateline
from awol.extract.claim_places import JOINING as _JOINING, other_clause as _other_clause, places_for
from awol.extract.claim_time import DATELINE_END as _DATELINE_END, period_for
from awol.extract.context import by_context
from awol.extract.found import Found, tok_at as _tok_at
from awol.extract.lexicon import lexicon, words
from awol.extract.sentences import text_of
from awol.model import Claim, Count, Period
from awol.normalize.shares import share_ending

WORDS = words()  # the word sets of data/words.yaml

RULE = "awol.extract.claims@1"

_PUNCT_STOP = {",", ";", ":", ".", "!", "?", "(", ")", "“", "”", '"', "—", "–"}
_VERBISH = {"have", "has", "had", "were", "was", "are", "is", "who", "that", "which", "where", "whose", "whom", "when",
            "while", "be", "been", "will", "would", "to", "said", "say", "says", "in", "on", "at", "from", "since",
            "during", "after"}
_SINGULAR = WORDS["singular_members"]
_COUNTRY_TERMS = {term: code for code, terms in WORDS["country_terms"].items() for term in terms}
_ONE = {"a", "an", "one"}
_HE = {"he", "she", "i"}  # one person: "I deserted", said the soldier
_KIN = WORDS["kin_nouns"]
_KIN_OWNERS = WORDS["kin_possessives"]
_KIN_MODIFIERS = WORDS["kin_modifiers"]
_PREMODIFIERS = WORDS["person_premodifiers"]
_DETS = _ONE | {"the", "another"}  # "another soldier" is one more, one person
_POSSESSIVES = {"his", "her", "their", "its", "our"}
_PART_OF = WORDS["part_of"]
REMAINDER = WORDS["remainder_words"]
_VAGUE = ("a growing number of", "a number of", "the huge number of", "a series of", "many", "most", "some",
          "several", "numerous", "countless", "more and more", "about half", "nearly half", "almost half", "half")
_STRENGTH_CUES = WORDS["strength_cues"]
_COLLECTIVE = WORDS["collective_nouns"]
_GROUP_WORDS = WORDS["group_words"]
_STOCK_NOUNS = WORDS["stock_nouns"]
_HOLDERS = WORDS["holder_nouns"]
_SIZE_VERBS = WORDS["size_verbs"]
_HOLDING_VERBS = frozenset(WORDS["holding_verbs"])
_ASSAULT_VERBS = frozenset(WORDS["assault_verbs"])
_COUNTS_VERBS = WORDS["size_count_verbs"]
_DEPLOYED_AFTER = WORDS["deployed_after"]
_DEPLOYED_TO = WORDS["deployed_to_place"]
_PLACE_PREPOSITIONS = WORDS["place_prepositions"]
_UNIT_NOUNS = WORDS["unit_nouns"]
# Words that can make a figure a stock, so that other sentences are skipped cheaply.
STRENGTH_WORDS = frozenset().union(*_STRENGTH_CUES.values(), _DEPLOYED_AFTER, _DEPLOYED_TO, _STOCK_NOUNS, _UNIT_NOUNS,
                                   WORDS["shrink_verbs"], WORDS["grow_verbs"], WORDS["size_verbs"],
                                   WORDS["active_words"], {"with", "strong", "program", "programme", "training", "number", "down"})


def _people_head(low: str, lex) -> bool:
    """A people noun that heads its phrase: not 'of', nor a force word that qualifies one ('army officers')."""
    return low in lex.person_nouns and low not in {"of", "military", "army", "forces", "security"}


def _noun_after(sent: Span, tok: int, limit: int = 8, groups=()) -> tuple[int, str] | None:
    """The people noun a figure counts: '700 members', '16 fellow soldiers', '35 000 criminal cases',
    '1,500 Boko Haram/ISWAP members' (a group name between figure and noun is stepped over)."""
    lex = lexicon()
    doc = sent.doc
    spans = {_tok_at(doc, g.start): _tok_at(doc, g.end - 1) + 1 for g in groups}
    generic = {_tok_at(doc, g.start) for g in groups if g.entry is None}  # 'two insurgent groups', not 'Abu Sayyaf Group'
    j = tok
    budget = limit
    while j < sent.end and budget > 0:
        if j in spans and (j - tok <= 1 or doc[tok:j].text.lower() in ("of the", "of")):
            end = spans[j]
            while end < sent.end and (doc[end].text in {"/", "(", ")", "-"} or end in spans or doc[end].is_upper and end - 1 >= 0 and doc[end - 1].text == "("):
                end = spans.get(end, end + 1)
            if end < sent.end and doc[end].lower_ in _GROUP_WORDS or j in generic and doc[end - 1].lower_ in _GROUP_WORDS:
                return None  # 'the country's two leftist insurgent groups': a count of groups
            if end < sent.end and _people_head(doc[end].lower_, lex):
                return end, "person"
            return end - 1, "person"
        budget -= 1
        t = doc[j]
        low = t.lower_
        if t.text in {'"', "“", "”", "'", "‘", "’"}:
            j += 1
            continue
        if low in _COLLECTIVE and j > tok and not (j + 1 < sent.end and doc[j + 1].lower_ in {"'s", "’s"}):
            return None  # 'dozens of brutal attacks against security forces': the figure counts attacks
        if low == "of" and all(x.is_quote for x in doc[tok:j]) and (k := _part_who_were(doc, j, sent.end, lex)) is not None:
            return k, "person"  # '"several hundred" of the arrivals were soldiers who had abandoned their positions'
        if low == "of" and j == tok and j + 1 < sent.end and doc[j + 1].lower_ in THEM:
            return j + 1, "person"  # '400 of them': the people of the claim before
        if low == "of" and _things_after_of(doc, j + 1, sent.end, lex):
            return None  # 'two of the bases the soldiers had left': the figure counts bases
        if t.like_num and j - 1 > tok and doc[j - 1].lower_ == "and" and all(x.is_title for x in doc[tok:j - 1]):
            k = j
            while k < sent.end and (doc[k].like_num or doc[k].is_title) and k - j < 5:
                k += 1
            if k < sent.end and doc[k].lower_ in lex.person_nouns and doc[k].lower_ != "of":
                return k, "person"  # '50,000 American and 100,000 British soldiers': the noun they share
        if t.like_num and j > tok and not (doc[tok].lower_ == "of" and (j - tok <= 2 or all(
                x.lower_ in _OF_THE or x.lower_ in _FIGURE_LEADS for x in doc[tok + 2:j]))):
            return None  # another figure begins: this one counts no people ('Sixteen of some 3,000 troops' does)
        if low in lex.case_nouns:
            return j, "case"
        if low in {"are", "were"} and j == tok:
            k = _noun_told_who(doc, j + 1, sent.end, lex)
            if k is not None:
                return k, "person"  # 'about 300 are contract soldiers who refused to go back'
        if low in lex.civilian_nouns and low not in {"men", "people"}:
            nxt = doc[j + 1].lower_ if j + 1 < sent.end else ""
            if nxt in lex.civilian_nouns or nxt in lex.person_nouns and nxt != "of":
                j += 1  # 'Sudanese refugees': the demonym qualifies the noun that follows
                continue
            return j, "civilian"
        if low == "military" and (j + 1 >= sent.end or doc[j + 1].is_punct):
            return j, "person"  # 'for desertion – 2631 military.': the noun, not the adjective
        if _people_head(low, lex):
            nxt = doc[j + 1].lower_ if j + 1 < sent.end else ""
            if nxt in _COLLECTIVE:
                return None
            return j, "person"
        if t.text in _PUNCT_STOP or low in _VERBISH:
            if t.text == "," and j > tok and _breakdown_follows(sent, j + 1):
                return j - 1, "person"  # '434 Ferraris, including 21 commanders': a name for people
            return None
        j += 1
    return None


def _part_who_were(doc, of: int, end: int, lex) -> int | None:
    """'of the arrivals were soldiers who ...': the people noun after 'were' that says who the part are."""
    were = next((k for k in range(of + 2, min(end, of + 5)) if doc[k].lower_ in {"are", "were"}), None)
    if were is None or any(x.is_punct for x in doc[of:were]):
        return None
    return _noun_told_who(doc, were + 1, end, lex)


def _noun_told_who(doc, k: int, end: int, lex) -> int | None:
    """After 'are' or 'were': the people noun, a few words on, that a 'who' clause then describes."""
    for j in range(k, min(end - 1, k + 4)):
        low = doc[j].lower_
        if _people_head(low, lex):
            return j if doc[j + 1].lower_ in {"who", "that"} else None
        if not doc[j].is_alpha:
            return None
    return None


def _things_after_of(doc, k: int, end: int, lex) -> bool:
    """'of the bases', 'of their vehicles': a partitive whose head is a plural word for no people."""
    if k + 1 >= end or doc[k].lower_ not in _PARTITIVE_DETS:
        return False
    head = doc[k + 1]
    low = head.lower_
    return head.is_lower and head.is_alpha and len(low) > 3 and low.endswith("s") and not low.endswith("ss") \
        and low not in lex.person_nouns and low not in lex.civilian_nouns and low not in lex.case_nouns \
        and low not in lex.member_nouns


_PARTITIVE_DETS = WORDS["partitive_determiners"]
THEM = {"them", "those", "these"}  # "400 of them": the people of the claim before (pipeline.py, sides.py read it too)


def _breakdown_follows(sent: Span, k: int) -> bool:
    """'including 21 commanders', 'among them 16 officers' at token k: a breakdown into people."""
    doc = sent.doc
    if k < sent.end and doc[k].lower_ in {"including", "among"}:
        k += 2 if k + 1 < sent.end and doc[k + 1].lower_ == "them" else 1
        return k + 1 < sent.end and doc[k].like_num and doc[k + 1].lower_ in lexicon().person_nouns
    return False


NOMINAL = WORDS["nominal_triggers"]
_STATE_UNITS = WORDS["state_units"]
_NARRATOR_UNITS = WORDS["narrator_units"]
_STATE_MEMBERS = WORDS["state_members"]
_AMBIGUOUS_RANKS = WORDS["ambiguous_ranks"]
_GENERIC_NONSTATE = WORDS["generic_nonstate"]


def prefer_named(group: tuple | None, registry, ctx, kind: str | None = None) -> tuple | None:
    """A generic non-state name ('communist rebels') in a report about a named
    group (the New People's Army) means that group, but defectors counted right after
    a count of armed groups as a whole are of that whole."""
    if group is None or ctx.main_nonstate is None or registry.get(group[0]) is not None \
            or registry.is_collective(group[0]):
        return group
    last = group[0].split()[-1].lower() if group[0] else ""
    if last in _GENERIC_NONSTATE:
        told = _collective_told(registry, ctx, group[2], kind)
        if told is not None:
            return _renamed(group, told[0], told[1])  # 'members of armed groups ... ex-combatants'
        return _renamed(group, ctx.main_nonstate.name, ctx.main_nonstate.country)
    return group


def _renamed(group: tuple, name: str, country: str | None) -> tuple:
    """The group tuple with another force's name and country, its mention and the rest kept."""
    return (name, group[1], country) + tuple(group[3:])


def _collective_told(registry, ctx, country: str | None, kind: str | None) -> tuple | None:
    """For defectors, the latest claim's group when it is several groups at once in `country`
    ('Congolese armed groups')."""
    told = ctx.last_claim
    return told if kind == "defection" and told is not None and registry.names_several(told[0]) \
        and told[1] == country else None


def _bare(sent: Span, tok_end: int, times=(), places=(), triggers=()) -> bool:
    """A figure standing alone ('has reached 4,356.', 'was 17 658, and', 'three on May 20', '26 in Sulu')."""
    doc = sent.doc
    if tok_end >= sent.end:
        return True
    nxt = doc[tok_end]
    joins = nxt.is_punct or not (nxt.is_alpha and nxt.is_lower) or nxt.lower_ in _BEFORE_TIME_OR_PLACE
    if any(_tok_at(doc, t.start) == tok_end or (joins and _tok_at(doc, t.start) == tok_end + 1)
           for t in list(times) + list(places)):
        return True  # '26 in Sulu', '3,000 last year'; not '30,000 requests since September'
    if nxt.lower_ in {"in", "during", "over"} and any(tok_end < _tok_at(doc, t.start) <= tok_end + 4 for t in times):
        return True  # '280 in the same period last year'
    if nxt.lower_ == "from":  # '141 from FARC dissident structures, 98 from dissident structures of the former FARC'
        for t in doc[tok_end + 1:min(sent.end, tok_end + 8)]:
            if t.is_punct or t.like_num or t.lower_ in {"and", "but", "while"}:
                break
            if (t.is_title or t.is_upper) and t.is_alpha:
                return True
    if nxt.lower_ in {"for", "on"}:
        j = tok_end + 1 + (nxt.lower_ == "on" and tok_end + 2 < sent.end and doc[tok_end + 1].lower_ in _CHARGES
                           and doc[tok_end + 2].lower_ == "of") * 2
        if any(kind == "desertion" and (s == j or s == j + 1 and doc[j].is_lower) for kind, s, _ in triggers):
            return True  # '9,412 proceedings for unauthorised abandonment and 1,386 for desertion', '14 on charges of desertion'
    if nxt.lower_ == "of" and any(t.lower_ in _TOTAL_WORDS for t in doc[tok_end + 1:min(sent.end, tok_end + 6)]):
        return True  # 'accounted for 214 of last year's total'
    if nxt.lower_ in {"more", "others"}:
        j = tok_end + 1
        while j < sent.end and doc[j].text in _QUOTES:
            j += 1
        if j >= sent.end or doc[j].text in {",", ".", ";"} or doc[j].lower_ in {"from", "of"}:
            return True  # 'at least 200 more from his brigade had gone over'; not '"scores more" had contacted us'

    return nxt.text in {",", ".", ";", "”", ")", "and", "—", "–", "’", '"', "out"} or nxt.lower_ in {"in", "of", "were", "have", "had"} and (
        tok_end + 1 < sent.end and (doc[tok_end + 1].like_num or doc[tok_end + 1].lower_ in {"them", "whom", "us"}))


_BEFORE_TIME_OR_PLACE = {"in", "on", "at", "since", "during", "by", "from", "last", "this", "over", "near", "between",
                         "each", "apiece", "more"}
_CLAUSE_JOINS = {"and", "but", "while", "whereas", ";"}


def nearest_trigger(found: Found, tok: int, kinds: set[str] | None = None):
    """The leaving word a figure belongs to; plain leaving verbs only when no stronger word is there."""
    best, best_d = None, 10**9
    strong = any(t[0] != "leaving" for t in found.triggers)
    for kind, s, e in found.triggers:
        if kinds and kind not in kinds:
            continue
        if strong and kind == "leaving" and not (kinds and "leaving" in kinds) and not (
                tok <= s <= tok + 5 and all(_figure_in(found, e, t[1]) for t in found.triggers
                                            if t[0] != "leaving" and t[1] > tok)):
            continue  # but '400 soldiers fled, while dozens went over': the stronger word has a figure of its own
        if s > tok and found.sent.doc[s].lower_ not in NOMINAL and _part_between(found, tok, s):
            continue  # 'about 60 had gone missing, and 25 of them had rejoined': the verb is the 25's
        d = (s - tok) if s >= tok else (tok - e) * 1.6
        if s < tok and any(t.lower_ in _CLAUSE_JOINS for t in found.sent.doc[e:tok]):
            d += 20  # 'officers to resign and tens of soldiers to desert': the figure starts a clause of its own
        elif s < tok and _whole_described(found.sent, s, tok):
            d += 20  # 'Of the men who surrendered in 2019, 40 have rejoined': the clause says what the whole did
        if s >= tok and describes_figure(found, tok, s) and any(
                t[1] >= e and t[0] != "leaving" and not _figure_in(found, e, t[1]) for t in found.triggers):
            d += 20  # '25 soldiers who had deserted returned to their units': the clause says who, the verb what
            # ('of the 40 who deserted, 12 returned': the verb is the 12's, the clause says what the 40 did)
        if d < best_d:
            best, best_d = (kind, s, e), d
    return best


def of_them_opens(sent: Span) -> bool:
    """'Of those, 640 had served in Gao and 486 in Kidal': a sentence that breaks down the people counted before."""
    return sent.end - sent.start > 2 and sent[0].lower_ == "of" and sent[1].lower_ in THEM and sent[2].text == ","


def _is_state(registry, name: str) -> bool:
    """Whether the registry names `name` as a state's force."""
    entry = registry.get(name)
    return entry is not None and entry.is_state


def _is_nonstate(registry, name: str) -> bool:
    """Whether the registry names `name` as an armed group other than a state's forces."""
    entry = registry.get(name)
    return entry is not None and not entry.is_state


def _accounted_by(doc, q_tok: int, groups: list) -> list:
    """The group that 'accounted for' the figure: 'The ELN accounted for 214 of the total and the FARC
    dissident factions for 128' (the subject right before the verb, or before 'for' in the elided part)."""
    k = q_tok
    while k > 0 and doc[k - 1].lower_ in _FIGURE_LEADS:
        k -= 1
    if k < 2 or doc[k - 1].lower_ != "for":
        return []
    j = k - 2
    if doc[j].lower_ in _ACCOUNT_VERBS:
        j -= 1
    return [g for g in groups if _tok_at(doc, g.end - 1) == j]


def _from_phrase(doc, sent: Span, q_tok: int, groups: list) -> list:
    """The groups named in 'from ...' right after a bare figure ('97 from dissident structures of the former FARC'),
    up to the next comma or 'and'."""
    k = q_tok
    while k < sent.end and (doc[k].like_num or doc[k].lower_ in _FIGURE_LEADS):
        k += 1
    if k >= sent.end or doc[k].lower_ != "from":
        return []
    end = next((t.i for t in doc[k + 1:sent.end] if t.is_punct or t.lower_ in {"and", "but", "while"}), sent.end)
    return [g for g in groups if k < _tok_at(doc, g.start) < end]


def _whole_described(sent: Span, s: int, tok: int) -> bool:
    """Whether the leaving word at s is in a relative clause of a lead 'Of the men who ...,' before the figure at tok."""
    doc = sent.doc
    lead = [t.lower_ for t in doc[sent.start:s]]
    return lead[:1] in (["of"], ["among"]) and ("who" in lead or "that" in lead) \
        and any(t.text == "," for t in doc[s:tok])


def _part_between(found: Found, lo: int, hi: int) -> bool:
    """A clause of its own on a part of those told before ('and 25 of them') between tokens lo and hi; not
    a breakdown ('18 cadres, four of them women, surrendered', '21 Maoists, nine of whom had rewards')."""
    doc = found.sent.doc
    for q in found.quantities:
        qs, k = _tok_at(doc, q.start), _tok_at(doc, q.end - 1) + 1
        if lo < qs and k + 1 < hi and doc[k].lower_ == "of" and doc[k + 1].lower_ in THEM \
                and "and" in {t.lower_ for t in doc[max(lo, qs - 3):qs]} and not any(t.is_punct for t in doc[k + 2:hi]):
            return True
    return False


def _figure_in(found: Found, lo: int, hi: int) -> bool:
    """A figure of the sentence between tokens lo and hi."""
    doc = found.sent.doc
    return any(lo <= _tok_at(doc, q.start) < hi for q in found.quantities)


def describes_figure(found: Found, tok: int, s: int) -> bool:
    """Does the leaving word at s say whom the figure at tok counts, rather than what they did?
    It is the figure's noun ('1,500 deserters') or stands in a relative clause on it ('40 men who
    had left their units without permission')."""
    doc = found.sent.doc
    if doc[s].lower_ in NOMINAL and (s - tok <= 3 or all(
            t.like_num or t.lower_ in _FIGURE_LEADS or t.lower_ in _OF_THE for t in doc[tok + 1:s])):
        return True  # 'some 30 of the deserters returned'
    members = lexicon().member_nouns
    end = max((_tok_at(doc, q.end - 1) + 1 for q in found.quantities if _tok_at(doc, q.start) == tok), default=tok + 1)
    if doc[s].lower_.endswith("ed") and s - 1 >= end and doc[s - 1].lower_ in members and all(
            t.is_alpha and t.lower_ not in _CLAUSE_WORDS for t in doc[end:s - 1]) and s - 1 - end <= 4 \
            and any(t.lower_ in _AUXILIARIES for t in doc[s + 1:found.sent.end]):
        return True  # '9,800 of the soldiers dropped from the rolls had since returned': a reduced relative clause
    for j in range(tok + 1, min(s, tok + 9)):  # 'More than 4,300 Sri Lankan soldiers who ...'
        if doc[j].lower_ in ("who", "that"):
            if doc[s - 1].lower_ in {"had", "have", "has", "were", "was"} and any(j < t[1] < s - 1 for t in found.triggers):
                return False  # '380 soldiers who had left their posts had rejoined': the clause has its own verb
            return not any(t.text in {",", ";"} or t.lower_ in {"and", "but"} for t in doc[j + 1:s])
    if doc[s].lower_ in members and s + 1 < found.sent.end and doc[s + 1].lower_ in ("who", "that"):
        return all(t.is_alpha for t in doc[end:s])  # '14 soldiers who had joined the JNIM returned': the word's own clause
    return False


def strength_measure(sent: Span, q_start: int, q_end: int, noun: int | None) -> str | None:
    """The SCHEMA measure when a figure is a stock ('a battalion with 400 troops', 'must provide 170 men')."""
    doc = sent.doc
    window = [t.lower_ for t in doc[max(sent.start, q_start - 6):q_start] if not (t.is_space or t.is_quote)][-4:]
    if any(a in ("among", "amongst") and b in ("them", "those", "whom") for a, b in zip(window, window[1:])):
        return None  # 'among them were 300 fighters': a breakdown of the leavers, not a stock
    if window[-1:] == ["with"] and noun is not None and doc[noun].lower_ == "others":
        return None  # 'he left with three others': those who went with him, not what was left
    if window[-1:] == ["by"] and len(window) >= 2 and window[-2] in _STRENGTH_CUES["remaining"]:
        return None  # 'totals had fallen by 4,000': a change, not a stock
    if window[-2:] == ["strength", "of"] and len(window) >= 3 and window[-3] in _STRENGTH_CUES["required"]:
        return "required"  # 'against an authorised strength of 352,000'
    if "number" in window and window.index("number") > 0 and window[window.index("number") - 1] == "to":
        return "total"  # 'a militia estimated to number some 5,000 fighters'
    changed = _size_change(doc, sent, q_start)
    if changed is not None:
        return changed  # 'reduced the army from about 90,000 men to 30,000': the size before and after
    if _force_numbers(doc, sent, q_start):
        return "total"  # 'the Afghan National Defence and Security Forces number about 300,000'
    if _size_put_at(doc, sent, q_start):
        authorised = {t.lower_ for t in doc[max(sent.start, q_start - 10):q_start]} & _STRENGTH_CUES["required"]
        return "required" if authorised else "total"  # 'the LTTE's total strength is put at about 15,000'
    if _unit_counts(doc, sent, q_start):
        return "total"  # 'the battalion, which counts 650 men'
    if _began_war_with(doc, sent, q_start):
        return "total"  # 'the RSF began the war in April 2023 with an estimated 100,000 fighters'
    put = _number_put_at(doc, sent, q_start)
    if put is not None:
        return put  # 'intelligence puts the number of armed militants still under his command at around 60'
    k = _lead_start(doc, sent, q_start, keep="at")
    if k - 1 > sent.start and doc[k].lower_ == "at" and noun is not None \
            and doc[noun].lower_ in lexicon().member_nouns | {"men"} \
            and (doc[k - 1].lower_ in _SIZE_VERBS or _name_put_at(doc, sent, k)):
        return "total"  # 'the council, which analysts estimate at several thousand fighters', 'put the RSF at'
    after = [t.lower_ for t in doc[q_end:min(sent.end, (noun or q_end) + 3)]]
    if "with" in window[-1:] and q_start - 2 >= sent.start and doc[q_start - 2].lower_ in _UNIT_NOUNS:
        return "total"
    if {"strong", "-strong"} & set(after):
        return "total"
    if noun is None and q_end < sent.end and doc[q_end].lower_ in {"remain", "remained", "remaining"} \
            and window[-1:] != ["with"]:
        return "remaining"  # 'fewer than 600 remain'
    if still_serving(doc, sent, q_end if noun is None else noun + 1):
        return "remaining"  # 'only about 40 were still at their posts'
    before = text_of(doc)[sent.start_char:doc[q_start].idx]
    if _WE_WERE.match(before) or ((m := OUR_UNIT_WAS.search(before)) and m.end() == len(before)):
        return "total"  # 'In my platoon we were about 30', 'Our squad was 15': the unit's size, told by one of its men
    if _WE_WERE_ANYWHERE.search(before) and _OF_US_IN_UNIT.match(text_of(doc)[doc[q_end - 1].idx + len(doc[q_end - 1]):sent.end_char]):
        return "total"  # 'When we crossed into Zaporizhzhia there were 112 of us in the company', 'we were 70 in our unit'
    if _WE_ARE.match(before) or _THAT_LEAVES.search(before):
        return "remaining"  # 'Today we are 16', 'That leaves 3,444 men on the books': what is left
    last = doc[q_end - 1 if noun is None else noun]
    if _SUPPOSED_TO_HAVE.match(text_of(doc)[last.idx + len(last):sent.end_char]):
        return "required"  # 'down to 31 men out of the 120 it is supposed to have'
    if noun is not None:
        k = _lead_start(doc, sent, q_start, keep="to")
        if k - 1 > sent.start and doc[k].lower_ == "to" and doc[k - 1].lower_ == "down":
            return "remaining"  # 'the front is now down to fewer than 40 fighters'
        if any(_on_books(doc, j, sent.end) for j in range(noun + 1, min(sent.end, noun + 4))):
            return "total"  # '520 soldiers were assigned to his battalion'
        after_noun = [t.lower_ for t in doc[noun + 1:min(sent.end, noun + 5)]]
        if any(after_noun[:len(p)] == p for p in _SERVING_AFTER) \
                or any(t.lower_ in _SERVING_BEFORE for t in doc[q_end:noun]):
            return "total"  # 'roughly 180,000 men under arms', '22,527 serving soldiers': all who serve
        if any(_sends(doc, j, sent.end) for j in range(noun + 1, min(sent.end, noun + 6))) \
                or _of_phrase_then(doc, sent, noun, _DEPLOYED_AFTER):
            return "deployed"  # '80,000 soldiers ... have assembled in camps', '600 policemen posted in the district'
        if {t.lower_ for t in doc[noun + 1:min(sent.end, noun + 3)]} & _REMAIN or _of_phrase_then(doc, sent, noun, _REMAIN):
            return "remaining"  # 'only about 300 soldiers remain in the brigade', '1,000 cadres of its army remain'
        active = _still_active(doc, sent, noun)
        if active is not None:
            return active
    last = doc[q_end - 1 if noun is None else noun]  # the figure's last word, or its noun
    after = text_of(doc)[last.idx + len(last):sent.end_char]
    if (_AT_THE_FRONT_AFTER.match(after) or _AT_THE_FRONT_BEFORE.match(before)) \
            and not set(window) & _STRENGTH_CUES["required"]:  # 'it needs another 30,000 troops at the front'
        return "deployed"  # '180 men in the trenches', 'On the front I now have about 700': those at the front
    if len(window) >= 2 and window[-1] == "of" and window[-2] in _STOCK_NOUNS | _UNIT_NOUNS:
        return "total"  # 'an army of 300,000', 'a brigade of 900 men'; 'a training programme for' is below
    held = [i for i, w in enumerate(window) if w in _HOLDING_VERBS]
    if held and all(w in _FIGURE_LEADS for w in window[held[-1] + 1:]) \
            and not set(window[:held[-1]]) & _STRENGTH_CUES["required"] and (
            any(w in _STOCK_NOUNS | _UNIT_NOUNS | _HOLDERS for w in window[:held[-1]])
            or _named_holder(doc, sent, q_start, noun)
            or _unit_holder(doc, sent, q_start)
            or "now" in window[:held[-1]] and _held_before(doc, sent, q_start)):
        # 'the brigade had about 2,000 men', not 'the brigade had lost 2,000 men'
        left = noun is not None and _left_after(doc, noun + 1, sent.end)  # 'have no more than 300 armed men left'
        return "remaining" if "now" in window[:held[-1]] or left else "total"  # 'the brigade ... now has fewer than 600'
    if window[-2:-1] == ["for"] or window[-1:] == ["for"]:
        if {"program", "programme", "training"} & set(window):
            return "total"  # 'a training programme for nearly 1,000 soldiers'
    for measure in ("required", "deployed", "remaining", "total"):
        cues = _STRENGTH_CUES[measure]
        if cues & set(window):
            if measure == "total" and ("with" in window or any(
                    t.lower_ in _TALLY_NOUNS for t in doc[max(sent.start, q_start - 14):q_start])):
                continue  # 'the tally now stands at 2,450 soldiers ... who have defected': a count of leavers
            if measure == "remaining" and _led_by_leavings(doc, sent):
                continue  # 'Defections peaked in 2021 ... and fell to fewer than 2,000': fewer left, not fewer stayed
            return measure
    return None


_REMAIN = {"remain", "remains", "remained", "remaining"}
_LEAVING_EVENTS = set(WORDS["leaving_events"])


def _led_by_leavings(doc, sent: Span) -> bool:
    """'Defections from the army peaked in 2021', 'Monthly desertions fell': the sentence's subject counts leavings."""
    return any(t.lower_ in _LEAVING_EVENTS for t in doc[sent.start:min(sent.end, sent.start + 3)])


def _left_after(doc, k: int, end: int) -> bool:
    """'(300 men) left in the belt', '(300 men)" remaining': what a force still has, not men leaving it
    ('300 men left the base' has an object)."""
    while k < end and doc[k].is_quote:
        k += 1
    return k < end and doc[k].lower_ in {"left", "remaining"} and not (
        k + 1 < end and doc[k + 1].lower_ in _POSSESSIVES | {"the", "a", "an"})


def _of_phrase_then(doc, sent: Span, noun: int, verbs: set[str]) -> bool:
    """'1,000 armed cadres of the party's People's Liberation Guerrilla Army remain': one of the verbs right
    after the 'of' phrase on the figure's noun."""
    if noun + 1 >= sent.end or doc[noun + 1].lower_ != "of":
        return False
    for j in range(noun + 2, min(sent.end, noun + 12)):
        if doc[j].lower_ in verbs:
            return True
        if doc[j].lower_ in _AUXILIARIES:  # '300 soldiers of the 3411th Regiment had been deployed'
            while j + 1 < sent.end and doc[j + 1].lower_ in _AUXILIARIES | {"been", "still"}:
                j += 1
            return j + 1 < sent.end and doc[j + 1].lower_ in verbs
        if doc[j].is_punct and doc[j].text not in {"'", "’", "-"} or doc[j].lower_ in _CLAUSE_WORDS:
            return False  # the phrase ended: 'cadres of the army, who ...', 'fighters of the group had ...'
    return False


def sent_in_clause(doc, sent: Span, k: int) -> bool:
    """Whether the clause from token k to its comma says its people were sent somewhere ('of the 130 soldiers
    of the FACA sent to the prefecture', 'stationed in Gao'): a deployed stock."""
    for j in range(k, sent.end):
        if doc[j].text in {",", ";"}:
            return False
        if _sends(doc, j, sent.end):
            return True
    return False


def _sends(doc, j: int, end: int) -> bool:
    """A word at j that sends people somewhere: 'stationed', 'deployed', or 'posted'/'sent' before a place word."""
    low = doc[j].lower_
    if _on_books(doc, j, end):
        return False
    return low in _DEPLOYED_AFTER or low in _DEPLOYED_TO and j + 1 < end and doc[j + 1].lower_ in _PLACE_PREPOSITIONS


_SERVING_AFTER = [phrase.split() for phrase in WORDS["serving_after"]]
_SERVING_BEFORE = frozenset(WORDS["serving_before"])


def _on_books(doc, j: int, end: int) -> bool:
    """'assigned to his battalion': a word at j that puts people on a unit's books, not sends them anywhere."""
    return doc[j].lower_ in _DEPLOYED_TO and j + 3 < end and doc[j + 1].lower_ == "to" \
        and doc[j + 2].lower_ in _POSSESSIVES | {"the"} and doc[j + 3].lower_ in _UNIT_NOUNS


def still_serving(doc, sent: Span, k: int) -> bool:
    """Whether the clause from token k says its people are still (or now) serving: 'were still at their
    posts', 'on its payroll still report for duty', 'are now manning checkposts'."""
    for j in range(k, min(sent.end, k + 8)):
        if doc[j].is_punct and doc[j].text != "-":
            return False
        if doc[j].lower_ in ("still", "now"):
            rest = " ".join(t.lower_ for t in doc[j + 1:min(sent.end, j + 5)])
            return any(rest == p or rest.startswith(p + " ") for p in _STILL_SERVING)
    return False


_STILL_SERVING = WORDS["still_serving"]
_UNIT_WORDS = (r"(?:unit|platoon|company|battalion|brigade|squad|regiment|section|detachment|post|outpost|base|"
               r"station|commissariat|garrison|checkpoint)")
LEAD = r"(?:(?:about|around|some|only|just|nearly|almost|roughly|barely|fewer\s+than|less\s+than)\s+)?"
"""The words that may open a figure in the first-person and 'that leaves' patterns ('we were about 30')."""
_WE_WERE = re.compile(r"^\W*(?:(?:in|at)\s+(?:my|our|his|their)\s+(?:own\s+|old\s+)?" + _UNIT_WORDS
                      + r"\b[^.;]{0,40}?\b)?(?:we|there)\s+were\s+" + LEAD + r"$", re.I)
OUR_UNIT_WAS = re.compile(r"\b(?:my|our)\s+(?:own\s+|old\s+)?" + _UNIT_WORDS + r"\s+(?:was|were|had\s+been)\s+" + LEAD,
                          re.I)  # 'Our squad was 15 when I took it over'
_WE_WERE_ANYWHERE = re.compile(r"\b(?:we|there)\s+were\s+" + LEAD + r"$", re.I)
_OF_US_IN_UNIT = re.compile(r"\s*(?:of\s+us\b|in\s+(?:my|our|the)\s+(?:own\s+|old\s+)?" + _UNIT_WORDS + r"\b)", re.I)
_FRONT = "|".join(r"\s+".join(p.split()) for p in sorted(WORDS["front_places"], key=len, reverse=True)) \
    + r"|(?:on|at)\s+the\s+(?:[\w-]+\s+){1,2}front(?:\s*lines?)?"  # 'on the Marib front', 'on the eastern front line'
_AT_THE_FRONT_AFTER = re.compile(r"\s*(?:(?:were|are|was|is|now|still)\s+){0,2}(?:" + _FRONT + r")\b", re.I)
_AT_THE_FRONT_BEFORE = re.compile(r"^\W*(?:" + _FRONT + r")\b,?\s+(?:i|we)\s+(?:now\s+|still\s+)?(?:have|had)\s+" + LEAD + "$", re.I)
_THAT_LEAVES = re.compile(r"\b(?:that|which|this)\s+(?:leaves|left)\s+" + LEAD + r"$", re.I)
_WE_ARE = re.compile(r"^\W*(?:(?:today|now),?\s+)?we\s+are\s+(?:now\s+)?" + LEAD + r"$", re.I)
# 'the 120 (men) it is supposed to have', 'of the 18,000 soldiers the corps should have': what the unit should hold
_SUPPOSED_TO_HAVE = re.compile(r"\s*(?:that\s+|which\s+)?(?:the\s+)?[\w'’-]+\s+(?:is|are|was|were)\s+"
                               r"(?:supposed|meant|required|authori[sz]ed)\s+to\s+(?:have|field|number)\b"
                               r"|\s*(?:that\s+|which\s+)?(?:the\s+)?[\w'’-]+\s+should\s+(?:have|field|number)\b", re.I)


def _still_active(doc, sent: Span, noun: int) -> str | None:
    """'31 militants are currently active in the Valley' (total), '300 fighters of the cells remain active'
    (remaining): the figure's people are said to be active, right after their noun or its 'of' phrase."""
    if noun + 1 >= sent.end or doc[noun + 1].lower_ not in _ACTIVE_BRIDGE | {"of"}:
        return None
    for j in range(noun + 1, min(sent.end, noun + 13)):
        if doc[j].lower_ in _ACTIVE:
            if doc[j - 1].lower_ not in _ACTIVE_BRIDGE:
                return None  # 'took active part'
            return "remaining" if {t.lower_ for t in doc[noun + 1:j]} & _STRENGTH_CUES["remaining"] else "total"
        if doc[j].is_punct and doc[j].text != "-":
            return None
    return None


_ACTIVE = WORDS["active_words"]
_ACTIVE_BRIDGE = WORDS["active_bridge"]
_FIGURE_LEADS = WORDS["figure_leads"]
_TOTAL_WORDS = WORDS["total_words"]
_CHARGES = WORDS["charge_nouns"]
_ACCOUNT_VERBS = WORDS["account_verbs"]
_OF_THE = {"of", "the", "these", "those", "its", "their"}
_AUXILIARIES = {"had", "have", "has", "were", "was"}
_CLAUSE_WORDS = _AUXILIARIES | {"who", "that", "which", "and", "but", "said", "says"}


def _lead_start(doc, sent: Span, q_start: int, keep: str = "") -> int:
    """The token before a figure and the words that lead it ('about', 'more than'), not going past `keep`."""
    k = q_start - 1
    while k > sent.start and doc[k].lower_ in _FIGURE_LEADS and doc[k].lower_ != keep:
        k -= 1
    return k


def _size_change(doc, sent: Span, q_start: int) -> str | None:
    """'reduced the Afghan army from about 90,000 men to 30,000': 'from' gives the size before (total), 'to'
    the size after (remaining when it shrank)."""
    k = _lead_start(doc, sent, q_start, keep="to")
    if k <= sent.start or doc[k].lower_ not in {"from", "to"}:
        return None
    other = "to" if doc[k].lower_ == "from" else "from"
    if not any(doc[j].lower_ == other and any(t.like_num for t in doc[j + 1:min(sent.end, j + 4)])
               for j in range(sent.start, sent.end)):
        return None  # a change has both ends: 'from 90,000 ... to 30,000'
    for j in range(k - 1, max(sent.start, k - 12) - 1, -1):
        w = doc[j].lower_
        if w in {",", ";"} and doc[k].lower_ == "from" and j < k - 1:
            continue  # 'to about 8,000 armed men, from more than 60,000 in 1998'
        if w in _SHRANK:
            return "total" if doc[k].lower_ == "from" else "remaining"
        if w in _GREW:
            return "total"
    return None


_SHRANK = WORDS["shrink_verbs"]
_GREW = WORDS["grow_verbs"]


def sizes_a_force(doc, sent: Span, q_start: int) -> bool:
    """The figure at q_start is a force's size by the verb before it: 'the armed forces number about
    880,000 people', 'its strength is put at 15,000'; whoever its noun names are the force's."""
    return _force_numbers(doc, sent, q_start) or _size_put_at(doc, sent, q_start)


def _force_numbers(doc, sent: Span, q_start: int) -> bool:
    """'number' as a verb right before the figure, after a name or plural noun ('the Forces number about 300,000'),
    or 'numbers' after 'which' or 'that' ('the army, which numbers about 180,000')."""
    k = _lead_start(doc, sent, q_start)
    if k > sent.start and doc[k].lower_ == "numbers":
        return doc[k - 1].lower_ in {"which", "that"}
    return k > sent.start and doc[k].lower_ == "number" and doc[k - 1].lower_ not in {"the", "a", "this", "that", "whose"} \
        and (doc[k - 1].is_title or doc[k - 1].is_upper or doc[k - 1].lower_.endswith("s"))


def _size_put_at(doc, sent: Span, q_start: int) -> bool:
    """'its strength is put at about 15,000', 'the size of the force was estimated at 9,000'."""
    k = _lead_start(doc, sent, q_start, keep="at")
    if not (k > sent.start and doc[k].lower_ == "at"):
        return False
    if doc[k - 1].lower_ in _SIZE_VERBS:
        return any(t.lower_ in {"strength", "size"} for t in doc[max(sent.start, k - 8):k])
    if doc[k - 1].lower_ in _STOCK_NOUNS | _UNIT_NOUNS:  # 'puts Eritrea's active armed forces at about 200,000'
        verbs = [j for j in range(max(sent.start, k - 8), k - 1) if doc[j].lower_ in _SIZE_VERBS]
        if verbs and not any(t.lower_ == "of" for t in doc[verbs[-1] + 1:k - 1]):
            return True  # not 'put the losses of the armed forces at 2,000': the noun before 'of' is what is put
    for j in range(k - 1, max(sent.start, k - 10) - 1, -1):
        # 'estimates put its strength at about 40,000', 'put the army's combat-ready strength at',
        # 'estimates the strength of the ELN's eastern front at 2,500': the verb before the noun
        if doc[j].lower_ in {"strength", "size"}:
            return any(t.lower_ in _SIZE_VERBS for t in doc[max(sent.start, j - 9):j])
        if doc[j].like_num or doc[j].text in {",", ";", ":"}:
            return False
    return False


_BEGIN_VERBS = frozenset(WORDS["begin_verbs"])
_WAR_NOUNS = frozenset(WORDS["war_nouns"])


def _began_war_with(doc, sent: Span, q_start: int) -> bool:
    """'The RSF began the war in April 2023 with an estimated 100,000 fighters': the size a force had when a
    war began, the figure after 'with' in the clause of the beginning."""
    k = _lead_start(doc, sent, q_start, keep="with")
    if not (k > sent.start and doc[k].lower_ == "with"):
        return False
    war = False
    for j in range(k - 1, max(sent.start, k - 10) - 1, -1):
        if doc[j].is_punct or doc[j].lower_ in _CLAUSE_WORDS:
            return False
        if doc[j].lower_ in _WAR_NOUNS:
            war = True
        elif doc[j].lower_ in _BEGIN_VERBS:
            return war
    return False


def _number_put_at(doc, sent: Span, q_start: int) -> str | None:
    """'Intelligence puts the number of fighters still under his command at around 60' (remaining), 'put the
    number of troops the army had deployed there at 3,000' (deployed): a size verb, then 'the number of' a
    force's people, then the figure after 'at'. Not 'the number of deserters' nor of soldiers 'who deserted'."""
    k = _lead_start(doc, sent, q_start, keep="at")
    if not (k > sent.start and doc[k].lower_ == "at"):
        return None
    for j in range(k - 2, max(sent.start + 1, k - 18), -1):
        if doc[j].like_num or doc[j].text in {",", ";", ":"}:
            return None
        if doc[j].lower_ == "number" and doc[j + 1].lower_ == "of" and doc[j - 1].lower_ == "the" \
                and j - 2 >= sent.start and doc[j - 2].lower_ in _SIZE_VERBS:
            words = {t.lower_ for t in doc[j + 2:k]}
            if not words & (lexicon().member_nouns | {"men"}) or words & (set(NOMINAL) | {"who", "that", "which"}):
                return None
            if words & ({"still"} | _REMAIN):
                return "remaining"
            return "deployed" if words & _STRENGTH_CUES["deployed"] else "total"
    return None


def _name_put_at(doc, sent: Span, at: int) -> bool:
    """'Diplomats put the RSF at about 100,000 men': a size verb, then a name right before 'at'."""
    name = [t for t in doc[max(sent.start, at - 6):at] if not (t.is_punct and t.text in {"-", "'", "’"})]
    for j in range(len(name) - 1, -1, -1):
        if name[j].lower_ in _SIZE_VERBS:
            words = name[j + 1:]
            return bool(words) and (words[-1].is_title or words[-1].is_upper) and all(
                t.is_alpha and (t.is_title or t.is_upper or t.lower_ in {"the", "al"}) for t in words)
    return False


def _unit_counts(doc, sent: Span, q_start: int) -> bool:
    """'The battalion, which counts some 650 men': a unit named just before a verb of size."""
    k = _lead_start(doc, sent, q_start)
    if not (k > sent.start and doc[k].lower_ in _COUNTS_VERBS):
        return False
    return any(t.lower_ in _UNIT_NOUNS for t in doc[max(sent.start, k - 4):k])


def _unit_holder(doc, sent: Span, q_start: int) -> bool:
    """'The brigade, which once had 2,000 men, now has fewer than 600': a unit named earlier in the clause
    holds the figure after 'had'/'has'."""
    k = q_start - 1
    while k > sent.start and q_start - k < 4 and doc[k].lower_ not in _HOLDING_VERBS:
        k -= 1
    for j in range(k - 1, max(sent.start, k - 12) - 1, -1):
        if doc[j].lower_ in _UNIT_NOUNS:
            return True
        if doc[j].lower_ in lexicon().speech_verbs or doc[j].lower_ in ("and", ";"):
            return False  # 'is supposed to have 1,200 men but has fewer than 400': 'but' keeps the subject
    return False


def _held_before(doc, sent: Span, q_start: int) -> bool:
    """'the armed forces had 300,000 personnel before the coup and now have about 130,000': the same holder
    gave a figure earlier in the sentence."""
    return any(t.lower_ in _HOLDING_VERBS and any(u.like_num for u in doc[t.i + 1:min(q_start, t.i + 5)])
               for t in doc[sent.start:q_start - 2])


def _names_nonstate(found: Found) -> bool:
    """The sentence names an armed group ('insurgents linked to the Islamic State')."""
    return any(g.entry is not None and not g.generic and not g.entry.is_state for g in found.groups)


def that_of(doc, j: int) -> bool:
    """'(4,000 fighters and) that of Shekau's faction (at 1,500)': from j, words standing for another group's figure."""
    return doc[j].lower_ in {"that", "those"} and doc[j + 1].lower_ == "of"


def _named_holder(doc, sent: Span, q_start: int, noun: int | None) -> bool:
    """'Al-Shabaab had some 7,000 fighters': a named force holds the men."""
    if noun is None or doc[noun].lower_ not in lexicon().member_nouns | lexicon().person_nouns:
        return False
    k = q_start - 1
    while k > sent.start and doc[k].lower_ not in _HOLDING_VERBS:
        k -= 1
    reach = 8 if k - 1 > sent.start and doc[k - 1].lower_ == "it" else 4  # 'the VDP, which says it has 1,200 volunteers'
    return any(t.text[:1].isupper() and len(t) > 1 and t.is_alpha and not t.is_stop  # 'FAMa', 'ISWAP', 'Hamas'
               for t in doc[max(sent.start, k - reach):k])


_NONSTATE_NOUNS = WORDS["nonstate_nouns"]


def termed(sent: Span, registry, ctx):
    """The context for a sentence that uses one country's own word for leaving ('SZCh', Ukraine's term
    for leaving a unit without leave; words.yaml country_terms): that country's forces are meant,
    whichever the story names most."""
    code = next((_COUNTRY_TERMS[t.lower_] for t in sent if t.lower_ in _COUNTRY_TERMS), None)
    if code is None or (ctx.main_state is not None and ctx.main_state.country == code):
        return ctx
    force = registry.resolve("soldiers", [code])
    if force is None or force.entry is None:
        return ctx
    return replace(ctx, countries=[code] + [c for c in ctx.countries if c != code], main_state=force,
                   state_unnamed=False, nonstate_dominant=False)


def _speakers_men(found: Found, q_tok: int, noun_tok: int | None) -> bool:
    """'A commander ... said 60 of his 400 men had gone home': the men of an army officer who speaks for
    it, when his speech verb leads straight into the figure."""
    a = found.attribution
    if noun_tok is None or a is None or a.start is None or a.start < 0 or a.source_type != "military":
        return False
    doc = found.sent.doc
    if not any(t.lower_ in {"his", "her"} for t in doc[q_tok:noun_tok]):
        return False
    between = [t for t in doc[found.sent.start:q_tok] if t.idx >= a.end]
    return 0 < len(between) <= 3 and any(t.lower_ in lexicon().speech_verbs for t in between)


def _speakers_country(found: Found) -> str | None:
    """The one country the sentence's speaker phrase names ('Ukraine's Ministry of Defence told lawmakers')."""
    a = found.attribution
    if a is None or a.start is None or a.start < 0:
        return None
    from awol.normalize import countries

    text = text_of(found.sent.doc)
    named = {code for _, _, code in countries.find_countries(text[a.start:a.end])}
    if not named and (a.source or "").lower().startswith("the "):
        return _country_named_before(text, a.source.split()[-1], found.sent.start_char)  # 'the ministry wrote'
    return named.pop() if len(named) == 1 else None


def _country_named_before(text: str, head: str, end: int) -> str | None:
    """The country named with the last earlier mention of a speaker's head word: 'the ministry' after
    'Ukraine's Ministry of Defence' is Ukraine's."""
    from awol.normalize import countries

    for m in reversed(list(re.finditer(rf"\b{re.escape(head)}\b", text[:end], re.I))):
        phrase = re.split(r"[.;:!?,\n]", text[max(0, m.start() - 40):m.start()])[-1]
        named = {code for _, _, code in countries.find_countries(phrase)}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _foreign_main_state(ctx, country: str | None) -> bool:
    """Whether the story is about another state's force than `country`'s: named in a leaving sentence or
    more than once (US troops in a report from Iraq), not a police force the story names once in passing."""
    return ctx.main_state is not None and ctx.main_state.country != country and ctx.main_state_weight > 1


def _main_country_force(noun: str, registry, ctx) -> tuple[str, str | None]:
    """A bare noun for a force of the main state force's country: its own service ('soldiers' beside the
    Myanmar police who crossed into India are Myanmar's army), else the main force itself."""
    force = registry.resolve(noun, [ctx.main_state.country]) if ctx.main_state.country else None
    if force is None or force.entry is None:
        force = ctx.main_state
    return force.name, force.country


def group_for(found: Found, q_tok: int, noun_tok: int | None, registry, ctx,
              kind: str | None = None) -> tuple[str, str, str | None] | None:
    """(group, group_mention, country) for a claim anchored at token q_tok."""
    doc = found.sent.doc
    lex = lexicon()
    groups = _story_forces(found, ctx)
    home = _speakers_country(found) if kind in ("desertion", "return") else None  # 'Ukraine's ministry said'
    left = _left_from(found)
    if left is not None:
        return left.name, left.text, left.country  # officers who 'defected from the RSF into the army'
    shared = _own_demonym(found, q_tok, noun_tok, registry)
    if shared is not None:
        return shared.name, doc[q_tok:noun_tok + 1].text, shared.country  # '50,000 American and 100,000 British soldiers'
    unit = _foreign_unit(found, noun_tok, registry)
    if unit is not None:
        return unit.name, doc[q_tok:noun_tok + 1].text, unit.country  # '90 men from a Ukrainian mechanised brigade'
    own = (ctx.main_state or registry.resolve("soldiers", ctx.countries)) if _speakers_men(found, q_tok, noun_tok) else None
    if own is not None:
        return own.name, doc[q_tok:noun_tok + 1].text, own.country  # 'Col. Warsame said 60 of his 400 men had gone'
    leader = _leader_before(found, q_tok, registry)
    if leader is not None:
        return leader.name, doc[q_tok:(noun_tok if noun_tok is not None else q_tok) + 1].text, leader.country
    if _the_groups(doc, q_tok, noun_tok) and ctx.main_nonstate is not None:
        m = ctx.main_nonstate  # 'several hundred of the group's foreign fighters'
        return m.name, doc[q_tok:noun_tok + 1].text, m.country
    owner = _the_groups_size(doc, found.sent, q_tok) if noun_tok is None else None
    if owner is not None and ctx.main_nonstate is not None:
        m = ctx.main_nonstate  # 'put the group's strength at about 7,000'
        return m.name, doc[owner:owner + 2].text, m.country
    lo, hi = q_tok, (noun_tok if noun_tok is not None else q_tok) + 3
    if noun_tok is not None and noun_tok + 1 < found.sent.end and doc[noun_tok + 1].lower_ == "of":
        lo, hi = noun_tok + 2, noun_tok + 7  # '1,073 members of Venezuela's armed forces and police': the force after 'of'
    mixed = _soldiers_and_police(doc, lo, hi, found.sent)
    if mixed is not None:
        both = registry.resolve("security forces", _countries_near(found, ctx))
        if both is not None:
            return both.name, mixed, both.country
    last = ctx.referent()
    if found.continuation and kind == "defection" and noun_tok is None and last is not None \
            and _is_nonstate(registry, last[0]) and groups and all(g.entry is not None and g.entry.is_state for g in groups):
        return last[0], doc[q_tok].text, last[1]  # 'Of those, the army's Eastern Mindanao Command accounted for 187'
    accounted = _accounted_by(doc, q_tok, groups)
    if accounted:
        return accounted[0].name, accounted[0].text, accounted[0].country  # 'the ELN accounted for 214 and the FARC for 128'
    hi = (noun_tok if noun_tok is not None else q_tok) + 4
    for m in groups:
        mt = _tok_at(doc, m.start)
        if q_tok <= mt <= hi and not _to_side(doc, mt) and not (m.generic and doc[mt].lower_ in _NONSTATE_NOUNS) \
                and not _agent(doc, mt) and not _included(doc, mt) and not (mt - 2 > q_tok and that_of(doc, mt - 2)):
            owner = next((g for g in groups if by_context(m) and mt + 1 < found.sent.end and doc[mt + 1].lower_ == "of"
                          and mt + 2 <= _tok_at(doc, g.start) <= mt + 3 and not by_context(g) and not g.generic), None)
            if owner is not None:
                return owner.name, m.text, owner.country  # 'officers of Belarus's police': the force after 'of'
            own = registry.resolve(m.text, [home]) if home is not None and by_context(m) and home != m.country else None
            if found.continuation and by_context(m) and m.entry is not None and not m.entry.is_state \
                    and ctx.last_claim is not None and doc[mt].lower_ in _SOLDIER_WORDS:
                own = registry.resolve(m.text, [ctx.last_claim[1]])  # 'Of the 412, 268 were soldiers': the state's
            if own is not None and own.entry is not None and own.entry.is_state:
                return own.name, m.text, own.country  # 'Ukraine's defence ministry said 9,400 servicemen returned'
            if by_context(m) and m.entry.is_state and _foreign_main_state(ctx, m.country) \
                    and not ctx.named_just_before(m.country, text_of(doc), found.sent.start_char):
                name, country = _main_country_force(m.text, registry, ctx)
                return name, m.text, country  # bare 'troops' in a report about US troops
            if by_context(m):
                named = [g for g in groups if g.entry is not None and not by_context(g) and not g.generic
                         and g.country == m.country and q_tok - 6 <= _tok_at(doc, g.start) < q_tok
                         and not _to_side(doc, _tok_at(doc, g.start))
                         and not (_other_service(m, g) and doc[mt].lower_ in (_SOLDIER_WORDS | _POLICE_WORDS) - {"officers"})]
                # 'Nepal Police numbers around 47,000 personnel': a word for anyone serving takes the force named
                if named:
                    return named[-1].name, m.text, named[-1].country  # 'the ANSF stood at 330,000 personnel'
            return m.name, m.text, m.country
    named = [m for m in groups if not _to_side(doc, _tok_at(doc, m.start)) and not m.generic]
    nonstate_named = [m for m in named if m.entry is not None and not m.entry.is_state]
    if noun_tok is None:
        cands = [m for m in groups if not _to_side(doc, _tok_at(doc, m.start)) and not _included(doc, _tok_at(doc, m.start))
                 and not _attacks(doc, m, found.sent.end)]
        cands = _from_phrase(doc, found.sent, q_tok, cands) or cands  # '164 from the ELN, 97 from dissidents of the FARC'
        if cands:
            def distance(g) -> int:
                return abs(_tok_at(doc, g.start) - q_tok) + (0 if _tok_at(doc, g.start) <= q_tok else 3)

            m = min(cands, key=distance)
            explicit = [g for g in cands if by_context(m) and not by_context(g) and g.entry is not None]
            if explicit:
                g = min(explicit, key=distance)
                return g.name, m.text, g.country  # 'Syrian soldiers ... the number of defectors': theirs, not the dateline's
            return m.name, m.text, m.country
        more = q_tok + 1 < found.sent.end and doc[q_tok + 1].lower_ in {"more", "others"}
        if (found.continuation or more or of_them_opens(found.sent)) and ctx.referent() is not None:
            last = ctx.referent()  # 'A Tajik official put the number at 1,037', 'Of them, 300 rejoined': the people before
            return last[0], doc[q_tok].text, last[1]
        d = ctx.default_group("members")
        if d is not None and kind == "defection" and d.entry is not None and d.entry.is_state \
                and not (ctx.main_nonstate is None and ctx.last_claim is not None and ctx.last_claim[0] == d.name):
            fallback = ctx.main_nonstate or _militants(registry, ctx)
            if fallback is not None:
                return fallback.name, fallback.text, fallback.country  # those surrendering are the armed group's
        if d is None and kind in ("desertion", "return"):
            d = registry.resolve("soldiers", _countries_near(found, ctx))  # 'the Ukrainian brigade ... 40 deserted'
        if d is not None and kind == "desertion" and d.entry is not None and not d.entry.is_state \
                and ctx.last_claim is not None and _is_state(registry, ctx.last_claim[0]):
            return ctx.last_claim[0], doc[q_tok].text, ctx.last_claim[1]  # '520 soldiers in his battalion ... 37 left'
        return (d.name, d.text, d.country) if d is not None else None
    noun = doc[noun_tok]
    phrase = doc[q_tok:noun_tok + 1].text
    low = noun.lower_
    if low in THEM and ctx.referent() is not None:
        last = ctx.referent()
        return last[0], phrase, last[1]  # '400 of them had joined the PDF'
    if doc[noun_tok - 1].lower_ in {"other", "more"}:
        before = [m for m in groups if _tok_at(doc, m.start) < q_tok and not _to_side(doc, _tok_at(doc, m.start))]
        if before:
            return before[-1].name, phrase, before[-1].country  # 'a Syrian general and 12 other officers': his force
    holder = _holder_of(doc, found.sent, q_tok, named) or _unnamed_army_of(doc, found.sent, q_tok, registry, ctx)
    if holder is not None:
        return holder.name, phrase, holder.country  # 'an Afghan army battalion of about 400 men defected'
    if low in _NONSTATE_NOUNS:
        voice = [g for g in found.speaker_groups if g.entry is not None and not g.generic and not g.entry.is_state]
        if not nonstate_named and len(voice) == 1 and kind != "defection":
            return voice[0].name, phrase, voice[0].country  # 'two RSF commanders said hundreds of fighters had left'
        if kind == "defection" and named and not nonstate_named and ctx.main_nonstate is not None \
                and not any(_tok_at(doc, m.start) < q_tok for m in named) \
                and not _joined(doc, groups, ctx.main_nonstate.name):
            m = ctx.main_nonstate  # 'men ... pledged allegiance before army and police leaders': the audience
        elif named:
            named = [g for g in named if not _attacks(doc, g, found.sent.end)]
            nonstate_named = [g for g in nonstate_named if g in named]
            if named:  # 'the base had 600 men ... when the RSF attacked': not the attacker's men
                m = min(nonstate_named or named, key=lambda m: abs(_tok_at(doc, m.start) - q_tok))
        if named:
            return m.name, phrase, m.country
        own = _own_unit_force(found, registry, ctx)
        if own is not None and low not in WORDS["clearly_nonstate"]:
            return own.name, phrase, own.country  # 'my battalion had 500 men': the narrator served the state's army
        if low in {"fighters", "members", "men", "personnel"} and any(
                t.lower_ in _STATE_UNITS and not _to_side(doc, t.i) and not _district(doc, t.i, found.sent.start) for t in found.sent):
            last = ctx.last_claim
            if not _nonstate_story(ctx, None) and last is not None and ctx.main_state is not None \
                    and last[1] != ctx.main_state.country and _is_state(registry, last[0]):
                return last[0], phrase, last[1]  # 'The battalion was sent with 500 men': the force just told of
            force = (ctx.main_nonstate if _nonstate_story(ctx, None) else ctx.main_state) or registry.resolve(
                "soldiers", ctx.countries)
            if force is not None:
                return force.name, phrase, force.country  # 'the commando unit saw 60 fighters leave'
        for country in ctx.countries[:1 if _names_nonstate(found) else 2]:  # Pakistan's LeT may make Pakistan the first
            movement = registry.resolve(noun.text, [country])
            if movement is not None and movement.entry is None and registry.movement_in(movement.name, text_of(doc)):
                return movement.name, phrase, movement.country  # bare 'militants' in Kashmir: the press's name for the movement
        d = ctx.default_group(low)
        if d is not None and kind == "defection" and d.entry is not None and d.entry.is_state:
            # Militants, youths, others who surrender are not the state's soldiers.
            fallback = _militants(registry, ctx)
            if fallback is not None:
                return fallback.name, phrase, fallback.country
        told = _collective_told(registry, ctx, d.country, kind) if d is not None else None
        if told is not None:
            return told[0], phrase, told[1]  # '120 combatants presented themselves' after a count of armed groups
        if d is not None:
            return d.name, phrase, d.country
    if low in WORDS["fellow_nouns"] or (low == "others" and _after_one(doc, q_tok, found.sent)):
        # 'a soldier said 200 of his comrades had deserted', 'he and eleven others': the force named before them,
        # the speakers' ('two police officers said 40 of their colleagues'), or the story's
        before = [m for m in groups if _tok_at(doc, m.start) < q_tok and not _to_side(doc, _tok_at(doc, m.start))] \
            or [g for g in found.speaker_groups if g.entry is not None and not g.generic]
        d = before[-1] if before else (ctx.default_group("members")
                                       or registry.resolve("soldiers", _countries_near(found, ctx)))
        if d is not None:
            return d.name, phrase, d.country
    order = [home] + [c for c in ctx.countries if c != home] if home else ctx.countries  # a ministry's own soldiers
    generic = registry.resolve(doc[max(found.sent.start, q_tok - 1):noun_tok + 1].text, order)
    if generic is None:
        generic = registry.resolve(noun.text, order)
    people = registry.people(doc[noun_tok - 1].text) if noun_tok > found.sent.start else None
    if generic is None and people is not None and low in _NONSTATE_NOUNS:
        generic = registry.resolve(f"{people} militants", ctx.countries)  # '14 Kashmiri youths': the people's militants
    if (generic is None or generic.entry is None) and low in _NONSTATE_NOUNS:
        regional = _regional(found, noun_tok, registry, ctx)  # 'militants in Chechnya'
        if regional is not None:
            ctx.regional[regional.country] = regional
        else:
            regional = ctx.regional_for(generic.country if generic is not None else None)  # the same, later on
        generic = regional or generic
    if named:
        m = min(named, key=lambda m: abs(_tok_at(doc, m.start) - q_tok))
        if generic is None or ((generic.generic or by_context(generic)) and m.country == generic.country
                               and not _other_service(generic, m)):
            return m.name, phrase, m.country
    if nonstate_named and kind == "defection" and (generic is None or generic.entry is None or generic.entry.is_state):
        # State forces do not 'surrender' in these reports; the named armed group does.
        m = min(nonstate_named, key=lambda m: abs(_tok_at(doc, m.start) - q_tok))
        return m.name, phrase, m.country
    if low in _BARE_TROOPS and (generic is None or generic.generic or generic.entry is None or _nonstate_story(ctx, generic.entry.country)) \
            and _nonstate_story(ctx, None) and not _joined(doc, groups, ctx.main_nonstate.name) \
            and doc[noun_tok - 1].lower_ not in _STATE_WORDS and ctx.main_nonstate.name not in ctx.joined_sides:
        return ctx.main_nonstate.name, phrase, ctx.main_nonstate.country  # not 'soldiers defected to the Taliban'
    if generic is not None and (generic.generic or by_context(generic)) and low in _AMBIGUOUS_RANKS and ctx.main_state is not None \
            and ctx.main_state.country == generic.country:
        return ctx.main_state.name, phrase, ctx.main_state.country  # 'officers' in a report about the police
    if generic is not None and by_context(generic) and generic.entry.is_state and _foreign_main_state(ctx, generic.country) \
            and not (home is not None and home == generic.country):
        # bare 'troops' in a report about US troops in Iraq; not when 'Ukraine's defence ministry said' they left
        name, country = _main_country_force(noun.text, registry, ctx)
        return name, phrase, country
    if generic is not None:
        if generic.entry is None and ctx.main_nonstate is not None and not registry.is_collective(generic.name) \
                and not ctx.fought_by_main(low) and (
                kind == "defection" or low in _NONSTATE_NOUNS or low in {"commanders", "leaders"}):
            # A generic fallback ('Nigerian militants') in a report about a named group means that group,
            # unless the report has just counted armed groups as a whole.
            told = _collective_told(registry, ctx, generic.country, kind)
            if told is not None:
                return told[0], phrase, told[1]
            return ctx.main_nonstate.name, phrase, ctx.main_nonstate.country
        return generic.name, phrase, generic.country
    if low in lex.case_nouns:
        from awol.normalize import countries

        named = countries.find_countries(text_of(doc)[found.sent.start_char:found.sent.end_char])
        force = registry.resolve("soldiers", [named[0][2]]) if named else None
        if force is not None:
            return force.name, phrase, force.country  # "Ukraine's prosecutors registered 19,500 cases": Ukraine's
        last = ctx.last_claim
        if last is not None and _is_state(registry, last[0]):
            return last[0], phrase, last[1]  # 'The register shows 16,700 new proceedings': the force just counted
    d = ctx.default_group(low)
    if d is not None and low in lex.member_nouns | _NONSTATE_NOUNS | lex.case_nouns:
        return d.name, phrase, d.country
    if kind == "desertion" and low in lex.case_nouns:
        force = registry.resolve("soldiers", _countries_near(found, ctx))
        if force is not None:
            return force.name, phrase, force.country  # 'Ukrainian prosecutors opened 20,000 desertion cases'
    if kind == "defection" and low in lex.civilian_nouns and ctx.main_nonstate is not None:
        g = ctx.main_nonstate  # '25 Nigerians who laid down their arms' in a story about Boko Haram
        return g.name, phrase, g.country
    if kind == "desertion" and low in lex.civilian_nouns:
        force = ctx.main_state or registry.resolve("soldiers", ctx.countries)
        if force is not None:
            return force.name, phrase, force.country  # 'Eritreans fleeing military service' are its conscripts
    if low in _STATE_MEMBERS:
        return noun.text.lower(), phrase, None  # 'soldiers' of no force the report names: kept as written
    return None


_BARE_TROOPS = WORDS["bare_troops"]
_ARMY_NOUNS = set(WORDS["army_nouns"])
_TALLY_NOUNS = set(WORDS["tally_nouns"])


def _attacks(doc, mention, end: int) -> bool:
    """'when the RSF attacked', 'the RSF overran the base': the verb after a group mention makes it the attacker."""
    k = _tok_at(doc, mention.end - 1) + 1
    return k < end and doc[k].lower_ in _ASSAULT_VERBS


def _agent(doc, mt: int) -> bool:
    """'put at 15,000 by the Sri Lankan army': who gives the figure, not whose it is."""
    k = mt - 1 if mt > 0 and doc[mt - 1].lower_ != "the" else mt - 2
    return k >= 0 and doc[k].lower_ == "by"


def _story_forces(found: Found, ctx) -> list:
    """The sentence's group mentions with bare 'troops' read as the story's force, except where that force
    is the side they went to ('soldiers defected to the Taliban' are not the Taliban's) or speaks
    ('a Boko Haram spokesman said dozens of soldiers deserted': the enemy's soldiers)."""
    doc = found.sent.doc
    gone_to = {g.name for g in found.groups if _to_side(doc, _tok_at(doc, g.start))}
    speaker = (found.attribution.source or "").lower() if found.attribution is not None else ""
    main = ctx.main_nonstate
    if main is not None and speaker and (main.name.lower() in speaker or main.text.lower() in speaker):
        gone_to.add(main.name)
    state_named = {g.country for g in found.groups if g.entry is not None and g.entry.is_state and not by_context(g)
                   and not g.generic and g.name not in gone_to}
    police = {g.country: g for g in found.groups if g.entry is not None and g.entry.type in _POLICE_TYPES
              and not by_context(g) and not g.generic}
    out = []
    for m in found.groups:
        if m.entry is not None and m.entry.is_state and _so_called(doc, _tok_at(doc, m.start)):
            continue  # 'a so-called "General"': a rebel's title, no army's rank ('self-styled': the registry's title_markers)
        read = _story_force(m, found, ctx) if m.country not in state_named else m  # 'a Republican Guard brigade ... troops'
        if read is m and by_context(m) and m.country in police and doc[_tok_at(doc, m.start)].lower_ in _AMBIGUOUS_RANKS:
            read = _as_force(m, police[m.country])  # '774 officers abandoned their posts, the PNH's director said'
        out.append(m if read is not m and read.name in gone_to else read)
    return out


def _so_called(doc, k: int) -> bool:
    """'so-called' just before a word (quotes between)."""
    j = k - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    return "".join(t.lower_ for t in doc[max(0, j - 2):j + 1]).endswith("so-called")


def _story_force(m, found: Found, ctx):
    """Bare 'troops' in a story about one armed group of the same country are that group's,
    and bare 'officers' in a story about the police are policemen."""
    if not by_context(m):
        return m
    doc = found.sent.doc
    k = _tok_at(doc, m.start)
    word = doc[k].lower_
    g = None
    if _nonstate_story(ctx, m.country) and word in _BARE_TROOPS and not (k > 0 and doc[k - 1].lower_ in _STATE_WORDS) \
            and ctx.main_nonstate.name not in ctx.joined_sides and not _state_soldiers(found, k) and not _in_own_unit(found, k) \
            and not (word in ("soldiers", "personnel", "troops") and ctx.main_state is not None and not ctx.state_unnamed
                     and ctx.main_state.country == m.country):
        g = ctx.main_nonstate  # soldiers who joined the PDF are not its own; 'soldiers' beside the named army are its
    elif word in _AMBIGUOUS_RANKS and m.entry.is_state:
        g = _police_story(ctx, m.country) or next(  # '774 officers abandoned their posts, the police chief said'
            (s for s in found.speaker_groups if s.entry is not None and s.entry.type in _POLICE_TYPES
             and s.country == m.country), None)
    return m if g is None else _as_force(m, g)


def _as_force(m, g):
    """Mention `m` read as naming force `g`."""
    return SimpleNamespace(start=m.start, end=m.end, text=m.text, name=g.name, country=g.country, entry=g.entry,
                           generic=False)


def _police_story(ctx, country: str | None):
    """The police force a story is mostly about, when it is of this country: its 'officers' are policemen."""
    m = ctx.main_state
    if m is not None and m.entry is not None and m.entry.type in _POLICE_TYPES and m.country == country:
        return m
    return None


_POLICE_TYPES = {"police", "gendarmerie", "border_guard"}


def _other_service(a, b) -> bool:
    """'300 Afghan soldiers and 120 policemen': the police are not the army named beside them."""
    return a.entry is not None and b.entry is not None and \
        (a.entry.type in _POLICE_TYPES) != (b.entry.type in _POLICE_TYPES)


def _state_soldiers(found: Found, noun_tok: int) -> bool:
    """'the army said 37 soldiers deserted', '2,870 soldiers of the regime': soldiers a state speaks of,
    or of the state by name, are its own even in a story mostly about an armed group."""
    doc = found.sent.doc
    after = [t.lower_ for t in doc[noun_tok + 1:min(found.sent.end, noun_tok + 4)]]
    if after[:1] == ["of"] and set(after[1:]) & _STATE_WORDS:
        return True
    if doc[noun_tok].lower_ == "soldiers" and any(
            t.text in _ARMY_NOUNS and not _to_side(doc, t.i) for t in found.sent):
        return True  # 'according to army data, 2,874 soldiers were absent': the army the sentence names has them
    a = found.attribution
    return a is not None and a.source_type in ("military", "government") and a.start >= 0 \
        and not any(g.entry is not None and not g.entry.is_state and a.start <= g.start < a.end
                    for g in found.speaker_groups)


def _own_unit_force(found: Found, registry, ctx):
    """The state force of one who tells of 'my battalion' or 'our company' in a story about a state's
    army, or of the commander of a numbered brigade's 'his men', where a bare 'men' would otherwise go
    to the armed group the story names most."""
    doc = found.sent.doc
    if _numbered_unit_commander(found):
        countries = [ctx.main_state.country] if ctx.main_state is not None else ctx.countries
        return registry.resolve("soldiers", countries) if countries else None  # a numbered brigade is the army's
    if not any(t.lower_ in {"my", "our"} and any(doc[j].lower_ in _NARRATOR_UNITS for j in range(t.i + 1, min(found.sent.end, t.i + 3)))
               for t in found.sent):
        return None
    if ctx.main_state is not None:
        return ctx.main_state
    return registry.resolve("soldiers", ctx.countries) if ctx.countries else None


def _in_own_unit(found: Found, k: int) -> bool:
    """'the 240 soldiers in his battalion': the people named at or just before token k are placed in the
    speaker's own unit, which is how officers of a state's army tell of their men."""
    doc = found.sent.doc
    for j in range(k + 1, min(found.sent.end - 2, k + 5)):
        if doc[j].lower_ in {"in", "of", "from"} and doc[j + 1].lower_ in {"his", "my", "our", "her"} \
                and doc[j + 2].lower_ in _NARRATOR_UNITS:
            return True
    return False


def _numbered_unit_commander(found: Found) -> bool:
    """'the commander of the 170th Infantry Brigade ... about 150 of his 900 men': the commander of a unit
    with a number, which is how a state's army names its units, tells of his own men."""
    doc = found.sent.doc
    words = [t.lower_ for t in found.sent]
    for i, w in enumerate(words[:-2]):
        if w == "commander" and words[i + 1] == "of" and words[i + 2] == "the":
            unit = words[i + 3:i + 8]
            if unit and _ORDINAL.fullmatch(unit[0]) and any(u in _NARRATOR_UNITS for u in unit[1:]):
                return any(t.lower_ == "his" for t in doc[found.sent.start + i + 3:found.sent.end])
    return False


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _nonstate_story(ctx, country: str | None) -> bool:
    """A story mostly about one armed group, of this country (any, when None)."""
    return ctx.nonstate_dominant and ctx.main_nonstate is not None and (
        country is None or ctx.main_nonstate.country == country)


_SOLDIER_WORDS = WORDS["soldier_words"]
_STATE_WORDS = WORDS["state_modifiers"]
_POLICE_WORDS = WORDS["police_words"]


def _of_before(doc, sent: Span, q_tok: int) -> int | None:
    """The 'of' right before a figure ('a battalion of 400 men'), when a word stands before it."""
    k = _lead_start(doc, sent, q_tok)
    return k if k > sent.start and doc[k].lower_ == "of" else None


def _holder_of(doc, sent: Span, q_tok: int, named: list):
    """The force named right before 'of' a figure: its unit holds the men ('a battalion of 400 men')."""
    k = _of_before(doc, sent, q_tok)
    if k is None or doc[k - 1].lower_ not in _UNIT_NOUNS:
        return None
    return next((m for m in named if k - 4 <= _tok_at(doc, m.start) < k), None)


def _unnamed_army_of(doc, sent: Span, q_tok: int, registry, ctx):
    """'two-thirds of an army of some 120,000 men went over to them': an army not named, whose men the
    figure counts, is the state's army of the story's country."""
    k = _of_before(doc, sent, q_tok)
    if k is None or k - 2 < sent.start or doc[k - 1].lower_ not in _ARMY_NOUNS or doc[k - 2].lower_ not in {"a", "an"}:
        return None
    force = registry.resolve(doc[k - 1].text, ctx.countries[:1]) if ctx.countries else None
    return force if force is not None and force.entry is not None and force.entry.is_state else None


def _militants(registry, ctx):
    """The story's generic armed group: a people's named before ('Chechen rebels'), else the country's."""
    return ctx.regional_for(ctx.countries[0] if ctx.countries else None) or registry.resolve("militants", ctx.countries)


def _regional(found: Found, noun_tok: int, registry, ctx):
    """'militants in Chechnya': a region that names a people gives the generic name ('Chechen militants')."""
    doc = found.sent.doc
    k = noun_tok + 1
    if k < found.sent.end and doc[k].lower_ in {"in", "from", "of"}:
        for j in range(k + 1, min(found.sent.end, k + 4)):
            people = registry.people(doc[j].text)
            if people is not None:
                return registry.resolve(f"{people} {doc[noun_tok].text}", ctx.countries)
    return None


def _soldiers_and_police(doc, lo: int, hi: int, sent: Span) -> str | None:
    """'soldiers and police' names the security forces as a whole: the phrase, or None."""
    span = doc[lo:min(sent.end, hi + 1)]
    words = [t.lower_ for t in span]
    armed = {t.i - 1 for t in span if t.lower_ == "forces" and t.i - 1 >= span.start and doc[t.i - 1].lower_ == "armed"}
    named = [t.i for t in span if t.lower_ in _SOLDIER_WORDS | _POLICE_WORDS or t.i in armed]
    first = named[0] if named else span.end
    if any(t.like_num and t.i > first for t in span):
        return None  # '3,015 soldiers and 9,326 police': two figures, two groups ('more than 3,000 soldiers and police' is one)
    soldiers = {t.lower_ for t in span if (t.lower_ in _SOLDIER_WORDS or t.i in armed) and not (
        t.i > 0 and doc[t.i - 1].lower_ in _POLICE_WORDS)}  # 'police officers' are police; 'armed forces' are soldiers
    if "and" in words and soldiers and set(words) & _POLICE_WORDS:
        last = max(named)
        while first - 1 >= lo and doc[first - 1].is_title:
            first -= 1
        return doc[first:last + 1].text  # '(Lebanese) soldiers and police'
    return None


def _countries_near(found: Found, ctx) -> list[str]:
    """The sentence's own demonyms first ('Lebanese soldiers and police'), then the document's countries."""
    own = [g.country for g in found.groups if g.country]
    return own + [c for c in ctx.countries if c not in own]


def _left_from(found: Found):
    """The group named right after 'defected from' / 'deserted from': the force they left."""
    doc = found.sent.doc
    ends = {t[2] for t in found.triggers}
    for m in found.groups:
        mt = _tok_at(doc, m.start)
        k = mt - 1
        if k - 1 >= found.sent.start and doc[k].lower_ in {"'s", "’s"}:
            k -= 2  # 'defected from Iran's Revolutionary Guards'
        if k >= found.sent.start and doc[k].lower_ == "the":
            k -= 1
        if k >= found.sent.start and doc[k].lower_ == "from" and k in ends:
            return m
    return None


_PHRASE_BREAKS = {"for", "of", "with", "in", "from", "at", "on", "by", "who", "that", "which", "and", "or"}


_THE_GROUP = WORDS["the_group_nouns"]


def _the_groups_at(doc, k: int) -> bool:
    """"the group's" ending at token k ("'s"): the armed group the story is about."""
    return doc[k].lower_ in {"'s", "’s"} and doc[k - 1].lower_ in _THE_GROUP and doc[k - 2].lower_ == "the"


def _the_groups(doc, q_tok: int, noun_tok: int | None) -> bool:
    """'the group's fighters', 'the militia's men': members of an armed group named before."""
    return noun_tok is not None and any(_the_groups_at(doc, k) for k in range(max(q_tok + 2, 2), noun_tok))


def _included(doc, tok: int) -> bool:
    """'a strength of around 100,000, including its internal security forces': a part counted in the owner's
    figure, not the owner. Without 'its' ('some 40 people, including defectors') the words say who they are."""
    return tok - 2 >= 0 and doc[tok - 1].lower_ in _POSSESSIVES and doc[tok - 2].lower_ == "including"


def _the_groups_size(doc, sent: Span, q_tok: int) -> int | None:
    """'analysts put the insurgency's fighting strength at about 7,000': the size of an armed group named
    before; where 'the group' starts."""
    for j in range(q_tok - 1, max(sent.start + 2, q_tok - 8) - 1, -1):
        if doc[j].lower_ in {"strength", "size"}:
            return next((k - 2 for k in range(max(sent.start + 2, j - 5), j) if _the_groups_at(doc, k)), None)
        if doc[j].like_num or doc[j].is_punct:
            return None
    return None


def _possessor(found: Found, registry, tok: int):
    """'The Soviet Union said one of its soldiers defected': the force of the country 'its' stands for,
    the last one named before it in the sentence."""
    doc = found.sent.doc
    if tok - 1 < found.sent.start or doc[tok - 1].lower_ != "its":
        return None
    from awol.normalize import countries

    named = countries.find_countries(text_of(doc)[found.sent.start_char:doc[tok].idx])
    return registry.resolve(doc[tok].text, [named[-1][2]]) if named else None


def _own_demonym(found: Found, q_tok: int, noun_tok: int | None, registry):
    """'50,000 American and 100,000 British soldiers': the first figure's force is the one its own
    demonym names, though the noun stands after the second figure."""
    doc = found.sent.doc
    if noun_tok is None:
        return None
    joins = [k for k in range(q_tok + 2, noun_tok - 1) if doc[k].lower_ == "and" and doc[k + 1].like_num]
    if not joins or not doc[joins[0] - 1].is_title or doc[noun_tok].lower_ not in _STATE_MEMBERS:
        return None
    return _demonym_force(doc, joins[0] - 1, registry)


def _foreign_unit(found: Found, noun_tok: int | None, registry):
    """'about 90 men from a company of a Ukrainian mechanised brigade': men of a unit that a demonym
    names are that state's soldiers, whatever state the rest of the story is about."""
    doc, end = found.sent.doc, found.sent.end
    if noun_tok is None or noun_tok + 1 >= end or doc[noun_tok + 1].lower_ not in {"from", "of"}:
        return None
    for k in range(noun_tok + 2, min(end, noun_tok + 9)):
        if doc[k].is_punct or doc[k].like_num:
            return None
        if doc[k].lower_ in _UNIT_NOUNS and doc[k].lower_ not in {"army", "force"}:
            for j in range(k - 1, max(noun_tok + 1, k - 3), -1):
                force = _demonym_force(doc, j, registry)
                if force is not None:
                    return force
    return None


def _leader_before(found: Found, q_tok: int, registry):
    """'a Russian major and 14 of his men', 'an Ethiopian army captain deserted with 40 armed men': the men
    belong to the force of the one who leads them, whom a demonym and a rank name ('Russian major')."""
    doc = found.sent.doc
    k = q_tok - 1
    if k - 2 < found.sent.start:
        return None
    if doc[k].lower_ == "with":
        ranks = [j for j in range(found.sent.start + 1, k) if doc[j].lower_ in _SINGULAR]
        if not ranks:
            return None
        d = ranks[0] - 1
    elif doc[k].lower_ == "and" and any(doc[j].lower_ == "of" and doc[j + 1].lower_ in {"his", "her"}
                                       for j in range(q_tok + 1, min(found.sent.end - 1, q_tok + 3))):
        if doc[k - 1].lower_ not in _SINGULAR:
            return _leaders_group(found, k)
        d = k - 2
    else:
        return None
    rank = d + 1
    while d > found.sent.start and doc[d].lower_ in _SERVICE_WORDS and rank - d < 3:
        d -= 1  # 'a Burkinabe army lieutenant and 20 of his men'
    force = _demonym_force(doc, d, registry)
    if force is None:  # 'a separatist commander ... along with 13 of his fighters': the group his noun is of
        force = next((m for m in found.groups if _tok_at(doc, m.start) == d and not _to_side(doc, d)), None)
    return force


_SERVICE_WORDS = WORDS["service_words"]


def _leaders_group(found: Found, k: int):
    """'A senior commander of the SPLA-IO, Maj. Gen. X, and about 300 of his troops': the one who leads
    them is the subject before 'and', and the group named there, after his rank, is theirs."""
    doc = found.sent.doc
    named = [g for g in found.groups if g.entry is not None and not g.generic and not by_context(g)
             and found.sent.start <= _tok_at(doc, g.start) < k and not _to_side(doc, _tok_at(doc, g.start))]
    if len(named) != 1:
        return None
    g = _tok_at(doc, named[0].start)
    before = [doc[j].lower_ for j in range(max(found.sent.start, g - 5), g)]
    return named[0] if set(before) & _SINGULAR and "of" in before else None


def _district(doc, k: int, start: int) -> bool:
    """'who operated in Bui Division': a unit word in a place's name, where 'Division' is a district."""
    return doc[k].is_title and k > start and doc[k - 1].is_title and doc[k - 1].is_alpha


def _demonym_force(doc, k: int, registry):
    """The state force of the demonym at k: 'Russian' in 'a Russian major', 'Russian Sergeant Ivan Petrov'."""
    from awol.normalize import countries

    hit = countries.lookup(doc[k].text, strict_case=True) if k >= 0 else None
    return registry.resolve("soldiers", [hit[0]]) if hit else None


_NOT_A_SIDE = WORDS["to_not_a_side"]
_HELD = WORDS["held_words"]
_RECEIVED = WORDS["received_words"]
_LEFT_FOR = WORDS["left_for_verbs"]


def _to_side(doc, tok: int) -> bool:
    """A group named as where people went ('defected to the FSA', 'joined Fano', 'joined al-Qaeda-linked militants')."""
    for k in range(tok - 1, max(-1, tok - 7), -1):
        if doc[k].lower_ == "to" and k > 0 and doc[k - 1].lower_ in _NOT_A_SIDE and not (
                doc[k - 1].lower_ == "up" and not any(t.like_num for t in doc[k + 1:tok])):
            return False  # 'close to 700 Boko Haram fighters', 'according to the Taliban'; 'gave himself up to troops' is
        if doc[k].lower_ in _JOINING and _left_later(doc, tok, relative=_after_who(doc, k)):
            return False  # 'he joined an ELN front at 16 and turned himself in': the group he later left
        if doc[k].lower_ in _JOINING | {"to", "into"}:
            return True
        if doc[k].lower_ == "for" and any(t.lower_ in _LEFT_FOR for t in doc[max(0, k - 8):k]):
            return True  # 'left an FSA battalion for Nusra'
        if doc[k].lower_ in {"and", "or", ","} and k > 0 and doc[k - 1].is_title and doc[k + 1].is_title:
            continue  # 'to Mozambican and Rwandan forces': one side named by two peoples
        if doc[k].lower_ == "by" and k > 0 and doc[k - 1].lower_ in _HELD:
            continue  # 'crossed into territory held by the Karen National Union'
        if doc[k].lower_ == "by" and k > 0 and doc[k - 1].lower_ in _RECEIVED:
            return True  # 'the defectors had been received by the Giants Brigades': where they went
        if (doc[k].is_punct and doc[k].text != "-") or doc[k].lower_ in _PHRASE_BREAKS:
            return False  # 'return to service for those soldiers': the soldiers are not where anyone went
    return False


def _left_later(doc, tok: int, relative: bool = False) -> bool:
    """'joined the ELN at 16 and later surrendered': the sentence goes on, after 'and', to a word of
    leaving, so the group joined is the one then left. After a relative 'who had joined the LeT', the
    main verb needs no 'and' ('... in March returned to their families')."""
    for k in range(tok + 1, min(len(doc), tok + 14)):
        if doc[k].is_sent_start or doc[k].text in {".", ";", ":"}:
            return False
        if relative and doc[k].lower_ in _LEFT_LATER | _CAME_HOME:
            return True
        if doc[k].lower_ == "and":
            return any(t.lower_ in _LEFT_LATER for t in doc[k + 1:min(len(doc), k + 4)])
    return False


_LEFT_LATER = WORDS["left_later"]
_CAME_HOME = WORDS["came_home"]


def _joined(doc, groups, name: str) -> bool:
    """Whether the sentence names the group `name` as the side people went to."""
    return any(m.name == name and _to_side(doc, _tok_at(doc, m.start)) for m in groups)


def not_the_side_joined(found: Found, group: tuple | None, trig, registry, ctx) -> tuple | None:
    """Defectors are not of the side they joined: 'the lieutenant deserted to Fano with 40 armed men'
    gives the state's force when the sentence names Fano only as where they went (and the reverse)."""
    if group is None:
        return None
    doc = found.sent.doc
    named = [m for m in found.groups if m.name == group[0]]
    joined = [m for m in named if _to_side(doc, _tok_at(doc, m.start))]
    if not joined or joined[0].entry is None or (len(joined) < len(named) and to_group_for(found, trig) != group[0]):
        return group
    return _to_other_side(group, joined[0].entry, registry, ctx, soldiers_first=True)


def not_the_side_returned_from(found: Found, group: tuple | None, trig, registry, ctx) -> tuple | None:
    """'some 30 fighters who had joined the Islamic State returned to their old battalion': men come back
    to the force they had left, not to the one a relative clause says they had joined."""
    if group is None or trig is None or trig[0] != "return":
        return group
    doc = found.sent.doc
    named = [_tok_at(doc, m.start) for m in found.groups if m.name == group[0]]
    if not named or not all(k < trig[1] and _joined_by_who(doc, k) for k in named):
        return group
    return _to_other_side(group, registry.get(group[0]), registry, ctx, soldiers_first=False)


def _to_other_side(group: tuple, side, registry, ctx, soldiers_first: bool) -> tuple:
    """The group renamed to the force across from `side`, the armed group `side` is not: the soldiers of
    its country when `side` is an armed group with one, or the story's armed group; in the order asked
    (a defector's side is known by the state he left, a returner's by the story's group)."""
    soldiers = registry.resolve("soldiers", [side.country]) \
        if side is not None and not side.is_state and side.country else None
    story = ctx.main_nonstate if ctx.main_nonstate is not None and ctx.main_nonstate.name != group[0] else None
    other = (soldiers or story) if soldiers_first else (story or soldiers)
    return group if other is None else _renamed(group, other.name, other.country)


def _after_who(doc, k: int) -> bool:
    """The word at k opens a relative clause: 'who joined', 'who had joined'."""
    return "who" in {t.lower_ for t in doc[max(0, k - 2):k]}


def _joined_by_who(doc, tok: int) -> bool:
    """The group at tok is the object of 'who (had) joined' just before it."""
    for k in range(tok - 1, max(-1, tok - 5), -1):
        if doc[k].lower_ in _JOINING:
            return _after_who(doc, k)
        if doc[k].is_punct:
            return False
    return False


_SIDE_ENDS = WORDS["side_phrase_ends"]


def to_group_for(found: Found, trig) -> str | None:
    if trig is None or trig[0] == "return" or found.sent.doc[trig[1]].lower_.startswith("repatriat"):
        return None  # fighters who 'returned home', 'to Tunisia' or were 'repatriated to Rwanda' joined no side
    doc = found.sent.doc
    sides = [m for m in found.groups if (trig[2] <= _tok_at(doc, m.start) <= trig[2] + 6 or (
        trig[1] < _tok_at(doc, m.start) and not m.generic)) and _to_side(doc, _tok_at(doc, m.start))]
    if sides:
        # within the trigger, only a name ('joined the FACT rebels', not 'joined the separatists');
        # a name before a generic word ('defected to the rebel SPLA-IO')
        return next((m for m in sides if not m.generic), sides[0]).name
    joined = doc[trig[1] + 1:trig[2]]
    if doc[trig[1]].lower_ in _JOINING and joined and joined[-1].text[:1].isupper():
        return (joined[1:] if joined[0].lower_ == "the" else joined).text  # 'joined the Civil Disobedience Movement'
    j = trig[2] - 1 if doc[trig[2] - 1].lower_ in {"to", "into"} else trig[2]  # 'crossed over to the government side'
    if j < found.sent.end and doc[j].lower_ in {"to", "into"}:
        k = j + 1
        while k < found.sent.end and doc[k].text not in _PUNCT_STOP and doc[k].lower_ not in _SIDE_ENDS and k - j < 6:
            k += 1
        while k + 1 < found.sent.end and (doc[k - 1].is_title or doc[k - 1].text == "-") and (
                doc[k].is_title or doc[k].text == "-" and doc[k + 1].is_title) and k - j < 12:
            k += 1  # a name runs on: 'forces loyal to President Abd-Rabbu Mansour Hadi'
        phrase = doc[j + 1:k].text
        if phrase.lower().split()[:1] in (["its"], ["their"], ["our"], ["us"]):
            return _speakers_side(found)  # 'the TPLF claims a division defected to its side', 'came over to us'
        if phrase and phrase.lower() not in {"the", "a"}:
            return phrase
    return None


def _side_joined(found: Found, trig) -> str | None:
    """The side named by this leaving, or else by another defection in the sentence: in 'the defectors had been
    received by the Giants Brigades and 18 of them had crossed the lines', the 18 went to the Giants Brigades."""
    side = to_group_for(found, trig)
    if side is not None or trig is None:
        return side
    others = (to_group_for(found, t) for t in found.triggers if t[0] == "defection" and t is not trig)
    return next((s for s in others if s is not None), None)


def _speakers_side(found: Found) -> str | None:
    """The group that speaks, when it says people came over to 'its side'."""
    named = [m for m in found.speaker_groups if not m.generic and m.entry is not None]
    return named[0].name if named else None


def vague_text(sent: Span, anchor: int) -> str | None:
    """Vague quantity words before a group ('Some', 'Many', 'A growing number of'), or a share
    ('about a third of them')."""
    doc = sent.doc
    of = next((k for k in range(anchor, min(sent.end - 1, anchor + 5)) if doc[k].lower_ == "of"), None)
    if of is not None and doc[of + 1].lower_ in {"them", "those"}:
        share = share_ending(text_of(doc)[sent.start_char:doc[of].idx + 2])
        if share is not None:
            return share.text
    left = doc[max(sent.start, anchor - 5):anchor].text.lower()
    for v in _VAGUE:
        if f"how {v}" in left or f"the {v} " in left + " " and v == "most" or v == "most" and re.search(r"\bmost \w+ly\b", left):
            continue  # 'how many had left' asks, it does not say 'many'; 'the most senior', 'most closely' are no part
        if left.endswith(v) or (" " + v + " ") in (" " + left + " "):
            start = doc[max(sent.start, anchor - 5):anchor].text.lower().rfind(v)
            return doc[max(sent.start, anchor - 5):anchor].text[start:start + len(v)]
    return None


def subject_before(found: Found, trig, registry, ctx):
    """The group that leaves, for a claim with no figure: the nearest group or member noun."""
    doc = found.sent.doc
    lex = lexicon()
    s, e = trig[1], trig[2]
    name_start = _person_name_before(found.sent, s)
    name_end = name_start
    while name_start is not None and name_end < s and (doc[name_end].is_title or _particle(doc, name_end)):
        name_end += 1
    if name_start is not None and not any(
            name_start <= _tok_at(doc, m.start) < name_end for m in list(found.groups) + list(found.places)):
        d = ctx.default_group("members")
        if name_start - 2 >= found.sent.start and _rank(doc[name_start - 1]):
            d = _demonym_force(doc, name_start - 2, registry) or d  # 'Russian Sergeant Ivan Petrov'
        if name_end < s and doc[name_end].text == ",":
            own = [m for m in _story_forces(found, ctx) if name_end < _tok_at(doc, m.start) < s
                   and not _to_side(doc, _tok_at(doc, m.start))]
            d = own[0] if own else d  # 'Abu Keikal, a senior RSF commander, defected to the army'
        d = _described_before(found, ctx, name_start) or d
        if d is not None:
            return d.name, doc[name_start:name_end].text.strip(), d.country, -1 - name_start
    joint = _coordinated_name(found.sent, s) if trig[0] in ("desertion", "defection", "return") else None
    if joint is not None:
        d = ctx.default_group("members") or registry.resolve("soldiers", ctx.countries)
        if d is not None:
            return d.name, doc[joint[0]:joint[1]].text, d.country, -1 - joint[0]
    part = _part_of_them(doc, found.sent.start, s)
    if part is not None:
        last = ctx.referent()  # 'many of them started fleeing', 'most of those who surrendered', 'about half of them'
        if last is not None:
            return last[0], doc[part:s].text.split(" who ")[0], last[1], part + 1
    top = _before_relative(found.sent, s)  # 'A youth from Pulwama, who had joined militant ranks, has returned'
    cands = []
    opening = _opening_clause_end(found.sent, s)
    first = _after_according(doc, after_dateline(found.sent, found.sent.start, s), s)
    for m in _story_forces(found, ctx):
        mt = _tok_at(doc, m.start)
        if _to_side(doc, mt) or mt < opening:
            continue  # 'When the Viet Cong move into a village, mass desertions ...': the clause sets the scene
        if mt >= e and doc[s].lower_ not in NOMINAL:
            continue  # after a verb a group is where they went ('turned themselves in at the Army's HQ')
        if s + 2 < mt < e - 2:
            continue  # 'on leave in November, as Israeli troops pushed in, and never went back': a wildcard's words
        d = (top - mt if mt < top else s - mt) if mt < s else (mt - e) * 1.5 + 2
        if mt - 1 >= found.sent.start and doc[mt - 1].lower_ in {"from", "of", "in", "with", "at", "an", "by"}:
            d += 8  # 'a general from an engineering division': the division describes the subject
        if mt > e and doc[s].lower_ in NOMINAL and "among" in {t.lower_ for t in doc[max(e, mt - 2):mt]}:
            d = 0  # 'desertions ... are not uncommon among the Popular Forces': those who desert
        if d <= 16 or (mt - first <= 2 and d <= 26):  # a sentence-initial subject may be long, after its dateline
            cands.append((d, m))
    if cands:
        _, m = min(cands, key=lambda x: x[0])
        mt = _tok_at(doc, m.start)
        owner = _possessor(found, registry, mt) if by_context(m) else None
        if owner is not None:
            m = SimpleNamespace(start=m.start, end=m.end, text=m.text, name=owner.name, country=owner.country,
                                entry=owner.entry, generic=False)
        k = mt - 1
        if k >= found.sent.start and doc[k].lower_ == "the":
            k -= 1
        if doc[k].lower_ in {"its", "their", "his", "her"}:
            k -= 1
        if k - 1 >= found.sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ == "one":
            return m.name, doc[k - 1:mt + len(m.text.split())].text, m.country, k - 1  # 'one of its soldiers'
        if k - 1 >= found.sent.start and doc[k].lower_ in {"of", "from", "in"} and doc[k - 1].lower_ in _SINGULAR:
            j = k - 1
            while j - 1 >= found.sent.start and not doc[j - 1].is_punct and k - j < 4 and doc[j - 1].lower_ not in _ONE | {"the"}:
                j -= 1
            if j - 1 >= found.sent.start and doc[j - 1].lower_ in _ONE | {"the"}:
                return m.name, doc[j - 1:mt + len(m.text.split())].text, m.country, j - 1  # 'the soldier of the 56th Brigade'
        regional = ctx.regional_for(m.country) if m.entry is None and m.generic else None
        if regional is not None:
            return regional.name, m.text, m.country, mt  # 'surrendering militants' after 'militants in Chechnya'
        return m.name, m.text, m.country, mt
    lo = max(found.sent.start, top - 10, opening)
    for j in range(top - 1, lo - 1, -1):
        t = doc[j]
        if (t.lower_ in lex.member_nouns and t.lower_ not in {"army", "military", "forces", "force", "unit", "units"}) or (
                t.lower_ in _SINGULAR and j - 1 >= found.sent.start and doc[j - 1].lower_ in _ONE):  # 'a youth'
            phrase_start = j
            while phrase_start > found.sent.start and doc[phrase_start - 1].text[:1].isalpha() and doc[phrase_start - 1].lower_ not in lex.speech_verbs and j - phrase_start < 3 and doc[phrase_start - 1].lower_ not in {"and", "or", "have", "has", "had", "were", "was", "who"}:
                phrase_start -= 1
            phrase = doc[phrase_start:j + 1].text
            g = group_for(found, phrase_start, j, registry, ctx, trig[0])
            if g is not None:
                return g[0], phrase, g[2], phrase_start
            return None
        if (t.lower_ in _HE or one_relative(doc, j, found.sent)) and j >= top - 3:
            last = ctx.default_group("members")
            if last is not None:
                start = j - (2 if doc[j - 1].lower_ in _KIN_MODIFIERS else 1) if t.lower_ in _KIN else j
                return last.name, doc[start:j + 1].text, last.country, start
    j = s - 1
    while j > found.sent.start and doc[j].lower_ in _ADVERBS | {"even", "all"}:
        j -= 1
    if j >= found.sent.start and doc[j].lower_ in _PART_OF | {"others"} and (
            j == found.sent.start or doc[j - 1].lower_ in {"and", "but", "while", ",", "of"} or doc[j - 1].is_punct):
        last = ctx.referent()  # '... deserted, and some then joined the rebels'
        if last is not None:
            return last[0], doc[j].text, last[1], j
    if doc[s].lower_ in REMAINDER and s - 1 >= found.sent.start and doc[s - 1].lower_ == "the":
        j = s  # 'The rest have gone home': the leaving words open with who left
    if j - 1 >= found.sent.start and doc[j].lower_ in REMAINDER and doc[j - 1].lower_ == "the" and (
            j - 1 == found.sent.start or doc[j - 2].lower_ in {"and", "but", "while", ",", ";"}):
        last = ctx.referent()  # 'about 150 were still with us. The rest took off their uniforms'
        if last is not None:
            return last[0], doc[j - 1:j + 1].text, last[1], j - 1
    if j >= found.sent.start and trig[0] in ("desertion", "return") and doc[j].lower_ in ("they", "we"):
        last = ctx.referent()  # 'They had deserted their base': the force of the latest claim, or the story's
        if last is not None:
            return last[0], doc[j].text, last[1], j
    if j >= found.sent.start and trig[0] == "defection" and (doc[j].lower_ == "they" or doc[j].lower_.endswith("-old") or (
            doc[j].lower_ == "old" and doc[j - 1].text == "-")):
        if doc[j].lower_ == "they" and ctx.last_claim is not None:
            return ctx.last_claim[0], doc[j].text, ctx.last_claim[1], j  # 'They walked out of the bush': the latest claim's
        d = ctx.main_nonstate or ctx.default_group("members")  # 'a 16-year-old surrendered to the army'
        a = j
        while a - 2 >= found.sent.start and doc[a - 1].text == "-":
            a -= 2  # the start of '16-year-old'
        if d is not None:
            return d.name, doc[a:j + 1].text, d.country, a
    lone = _lone_name(found.sent, s) if trig[0] in ("desertion", "defection", "return") else None
    if lone is not None:
        d = ctx.default_group("members") or registry.resolve("soldiers", ctx.countries)
        if d is not None:
            return d.name, doc[lone[0]:lone[1]].text, d.country, -1 - lone[0]  # 'Yonas, 24, walked away from his posting'
    left = _object_left(found, trig)
    if left is not None:
        who = _name_subject(found.sent)
        if who is not None:
            return left.name, doc[who[0]:who[1]].text, left.country, -1 - who[0]  # 'X ... before deserting the FARC'
    for j in range(e, min(found.sent.end, e + 5)):
        t = doc[j]
        if t.lower_ in {"to", "into", "at", "with", "before", "near", "on", "and", "but", "while", ",", ";"}:
            break  # 'surrendered to the army': the side they went to; 'left his unit and contacted rebels': a new clause
        if t.lower_ in {"of", "among", "within", "from", "in"}:
            continue
        if t.lower_ in lex.member_nouns:
            res = registry.resolve(t.text, ctx.countries)
            if res is not None:
                return res.name, t.text, res.country, j
    return None


def _after_according(doc, a: int, s: int) -> int:
    """'According to the charge sheet, the sergeant ...': the subject opens the sentence after its source."""
    if a + 1 >= s or doc[a].lower_ != "according" or doc[a + 1].lower_ != "to":
        return a
    return next((j + 1 for j in range(a + 2, min(s, a + 12)) if doc[j].text == ","), a)


def _opening_clause_end(sent: Span, s: int) -> int:
    """Where an opening 'When ...,', 'If ...,', 'As ...,' clause ends before token s (the sentence start if none)."""
    doc = sent.doc
    first = next((j for j in range(sent.start, min(sent.start + 3, s)) if doc[j].lower_ in _OPENERS), None)
    if first is None:
        return sent.start
    return next((j for j in range(first, s) if doc[j].text == ","), sent.start)


_OPENERS = WORDS["subordinate_openers"] | {"whenever", "if", "although", "though"}


def _before_relative(sent: Span, s: int) -> int:
    """Where the subject ends when a relative clause (', who had joined the rebels,') or a relative's
    name (', Tesfay,') stands between it and the verb at s; s itself otherwise."""
    doc = sent.doc
    k = s - 1
    while k >= sent.start and doc[k].lower_ in {"has", "have", "had", "also", "reportedly", "now", "finally"}:
        k -= 1
    if k < sent.start or doc[k].text != ",":
        return s
    named = k - 1
    while named > sent.start and k - named <= 2 and doc[named].is_title and doc[named].is_alpha:
        named -= 1
    if named < k - 1 and doc[named].text == "," and named > sent.start and one_relative(doc, named - 1, sent):
        return named  # 'her son, Tesfay, never came back': the relative the name stands beside
    for j in range(k - 1, max(sent.start, k - 15) - 1, -1):
        if doc[j].text == "," and j + 1 < k and doc[j + 1].lower_ in {"who", "which", "that", "being"}:
            return j
    return s


def _object_left(found: Found, trig):
    """The named force right after a desertion verb: what was deserted ('deserting Colombia's FARC rebels')."""
    if trig[0] != "desertion":
        return None
    doc = found.sent.doc
    e = trig[2]
    for m in found.groups:
        mt = _tok_at(doc, m.start)
        if e <= mt <= e + 3 and m.entry is not None and not m.generic and not by_context(m) and all(
                t.is_title or t.lower_ in {"the", "its", "his", "her", "their", "'s", "’s"} for t in doc[e:mt]):
            return m
    return None




def _name_subject(sent: Span) -> tuple[int, int] | None:
    """A personal name opening the sentence (after a dateline such as 'BOGOTA (Reuters) -'),
    followed by its verb: the one person the sentence is about."""
    doc = sent.doc
    i = sent.start
    for k in range(sent.start, min(sent.end, sent.start + 8)):
        if doc[k].text in _DATELINE_END:
            i = k + 1
            break
    j = i
    while j < sent.end and _name_part(doc, j) and j - i < 6:
        j += 1
    if j - i < 2 or j >= sent.end or not doc[j].is_lower or not doc[j].is_alpha:
        return None
    lex = lexicon()
    if any(doc[k].lower_ in lex.member_nouns or doc[k].lower_ in lex.person_nouns or doc[k].lower_ in _TITLES
           for k in range(i, j)):
        return None
    return i, j


def _lone_name(sent: Span, s: int) -> tuple[int, int] | None:
    """A person's name, with his age after a single name, as all of the subject of the leaving word at s
    ('Yonas, 24, walked away from his posting', 'Tesfay Gebre slipped away from his unit')."""
    doc = sent.doc
    i = sent.start
    j = i
    while j < s and _name_part(doc, j) and j - i < 3:
        j += 1
    if j == i or doc[s].lower_ in NOMINAL or any(
            doc[k].is_stop or doc[k].lower_ in lexicon().member_nouns or doc[k].lower_ in _TITLES for k in range(i, j)):
        return None  # not 'The defection', 'Three members'; a name says who
    end = j
    if j + 2 < s and doc[j].text == "," and doc[j + 1].like_num and doc[j + 2].text == ",":
        j += 3  # ', 24,'
    elif end - i < 2:
        return None  # 'Kovalenko deserted': a surname not introduced before may be no person at all
    while j < s and doc[j].lower_ in _ADVERBS:
        j += 1
    return (i, end) if j == s else None


def _coordinated_name(sent: Span, s: int) -> tuple[int, int] | None:
    """The person named as subject of the first of two verbs joined by 'and' before the leaving word at s
    ('Firuz Saidov, 34, signed a contract in May and abandoned his unit'), a person by his age or rank
    (no 'High Peace Council'); not one who only 'said'."""
    doc = sent.doc
    j = s - 1
    while j > sent.start and doc[j].lower_ in _ADVERBS:
        j -= 1
    if j <= sent.start or doc[j].lower_ != "and":
        return None
    for k in range(sent.start + 1, j):
        if not (doc[k].is_lower and doc[k].is_alpha):
            continue
        start = _person_name_before(sent, k)
        if start is None:
            continue
        if doc[k].lower_ in lexicon().speech_verbs or any(
                t.lower_ in _HE | {"they", "who", "which", "that"} or t.text == ";" for t in doc[k + 1:j]):
            return None  # 'X said the men were tired and left': whose leaving is not said
        end = start
        while end < k and (doc[end].is_title or _particle(doc, end)):
            end += 1
        aged = end + 2 < k and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ","
        ranked = start > sent.start and _rank(doc[start - 1]) and doc[start - 2].text != "-"  # not '70-member'
        return (start, end) if aged or ranked else None
    return None


_ADVERBS = {"voluntarily", "also", "reportedly", "later", "then", "had", "has", "have", "finally", "eventually"}


def part_of_whole(doc, sent: Span, qs: int) -> bool:
    """'Most of the 600 soldiers', 'a third of its 600 men', '70 percent of the 600': the figure at qs is
    the whole that a part is taken from."""
    k = qs - 1
    if k > sent.start and doc[k].lower_ in {"the", "these", "those", "its", "their", "his", "her", "our"}:
        k -= 1
    if k <= sent.start or doc[k].lower_ != "of":
        return False
    return doc[k - 1].lower_ in PARTS or doc[k - 1].text == "%"


PARTS = WORDS["parts_of_whole"]


def _part_of_them(doc, lo: int, s: int) -> int | None:
    """Start of 'many of them', 'about half of those who have' just before the leaving word at s."""
    for j in range(s - 1, max(lo, s - 8) - 1, -1):
        if doc[j].lower_ in {"them", "those"} and j - 2 >= lo and doc[j - 1].lower_ == "of":
            if doc[j - 2].lower_ in _PART_OF:
                return j - 2
            share = share_ending(text_of(doc)[doc[lo].idx:doc[j - 1].idx + 2])
            if share is not None:
                return next(t.i for t in doc[lo:j] if t.idx >= doc[lo].idx + share.start)  # 'one in five of them'
        if doc[j].is_punct:
            return None
    return None


def _person_name_before(sent: Span, s: int) -> int | None:
    """Start of a personal name right before a leaving verb ('Aman Baclayon surrendered')."""
    doc = sent.doc
    j = s - 1
    while j >= sent.start and doc[j].lower_ in _ADVERBS:
        j -= 1
    if j >= sent.start and doc[j].text == ",":
        # 'Joel Embos, a member of the NPA's militia, surrendered': step over the appositive.
        k = j - 1
        while k >= sent.start and doc[k].text != "," and j - k < 15:
            k -= 1
        if k >= sent.start and doc[k].text == ",":
            j = k - 1
    j = _before_aliases(doc, sent, j)
    end = j
    while j >= sent.start and not _rank(doc[j]) and not (j == sent.start and doc[j].is_stop) and (
            doc[j].is_title and doc[j].is_alpha or _particle(doc, j) or (
            doc[j].text in _QUOTES and j - 1 >= sent.start and doc[j - 1].is_title)):
        j -= 1  # 'Joel “Jojo” Embos': a nickname in quotes is part of the name; 'Some' opening a sentence is not
    n = sum(1 for t in doc[j + 1:end + 1] if t.is_alpha)
    if not (j < sent.start or doc[j].text in _NAME_LEAD or _rank(doc[j]) or _age_ends(doc, sent, j)):
        return None
    if n >= 2 or n == 1 and (_rank(doc[j]) or _named_before(doc, doc[end])):
        return j + 1  # 'deserter Ivan Petrov', 'Sgt. Petrov', and 'Petrov' once he was named in full
    return None


def _described_before(found: Found, ctx, name_start: int):
    """'A separatist commander who went by the nom de guerre General Storm': the force of the
    noun the name's relative clause describes."""
    doc, sent = found.sent.doc, found.sent
    who = next((k for k in range(name_start - 1, max(sent.start, name_start - 12) - 1, -1) if doc[k].lower_ == "who"), None)
    if who is None:
        return None
    own = [m for m in _story_forces(found, ctx) if who - 3 <= _tok_at(doc, m.start) < who
           and not _to_side(doc, _tok_at(doc, m.start))]
    return own[-1] if own else None


def _before_aliases(doc, sent: Span, j: int) -> int:
    """'Jun Cruz using aliases "Bunso" and "Toto" surrendered': where the name ends, before its aliases
    (j itself when none end at j)."""
    for k in range(j, max(sent.start, j - 7) - 1, -1):
        if doc[k].lower_ in _ALIAS_WORDS:
            k -= 1
            return k - 1 if k >= sent.start and doc[k].lower_ in {"using", "under", "with"} else k
        if not (doc[k].is_title or doc[k].is_quote or doc[k].lower_ == "and"):
            break
    return j


_ALIAS_WORDS = {"alias", "aliases", "aka"}


def _age_ends(doc, sent: Span, j: int) -> bool:
    """Whether token j ends an age put before a name: '16-year-old Ramon Bangon surrendered'."""
    return doc[j].lower_ == "old" and j - 4 >= sent.start and doc[j - 2].lower_ in ("year", "years") \
        and doc[j - 1].text == doc[j - 3].text == "-" and doc[j - 4].like_num


def _particle(doc, j: int) -> bool:
    """A lower-case part of a personal name, or the hyphen after it: 'al-Khatib', 'bin Laden', 'van der Berg';
    or the hyphen inside a double name: 'Jean-Pierre', 'Ker-Ker'."""
    t = doc[j]
    if t.text == "-":
        return 0 < j < len(doc) - 1 and doc[j + 1].is_title and (doc[j - 1].lower_ in _NAME_PARTICLES or (
            doc[j - 1].is_title and doc[j - 1].is_alpha and not doc[j - 1].whitespace_ and not t.whitespace_))
    return t.lower_ in _NAME_PARTICLES and t.is_lower and j + 1 < len(doc) and (
        doc[j + 1].text == "-" or doc[j + 1].is_title)


def _name_part(doc, j: int) -> bool:
    return doc[j].is_title and doc[j].is_alpha or _particle(doc, j)


_NAME_PARTICLES = WORDS["name_particles"]


def _rank(tok) -> bool:
    """A rank or member noun that may stand before a name: 'Sgt.', 'Captain', 'deserter'."""
    low = tok.lower_.rstrip(".")
    return low in _TITLES or low in _SINGULAR


def _named_before(doc, tok) -> bool:
    """A surname the article gave earlier with a first name or a rank ('Nikolai Ryzhkov' ... 'Ryzhkov')."""
    if not (tok.is_title and tok.is_alpha) or tok.lower_ in lexicon().member_nouns:
        return False
    return any(t.text == tok.text and doc[t.i - 1].is_title and doc[t.i - 1].is_alpha and not doc[t.i - 1].is_stop
               for t in doc[:tok.i] if t.i > 0)


_QUOTES = {"“", "”", '"', "‘", "’", "'"}
_NAME_LEAD = {",", "and", "while", "“", '"', "—", "–", ":", ";", "(", "whereas"}
_TITLES = WORDS["titles"]


_PLURAL_MEMBERS = WORDS["plural_members"]


def one_relative(doc, j: int, sent: Span) -> bool:
    """'her son', 'his elder brother' at token j (the noun): one person whose family speaks of him."""
    if not (sent.start < j < sent.end and doc[j].lower_ in _KIN):
        return False
    k = j - 1 if doc[j - 1].lower_ not in _KIN_MODIFIERS or j - 2 < sent.start else j - 2
    return doc[k].lower_ in _KIN_OWNERS


def singular(doc, anchor: int, sent: Span) -> bool:
    """'A North Korean soldier', 'a deserter', 'he': one person."""
    if anchor < 0:
        return True  # a personal name (see subject_before)
    if doc[anchor].lower_ in _HE or one_relative(doc, anchor + 1, sent) or one_relative(doc, anchor + 2, sent):
        return True
    if doc[anchor].lower_ == "one" and anchor + 1 < sent.end and doc[anchor + 1].lower_ == "of":
        return True  # 'one of its soldiers'
    for k in range(anchor, min(sent.end - 2, anchor + 6)):
        if doc[k].lower_ in _SINGULAR and k + 2 < sent.end and doc[k + 1].is_title and _name_part(doc, k + 2):
            return True  # 'Russian army deserter Ivan Petrov': a member named
        if doc[k].lower_ in _PLURAL_MEMBERS:
            break
    if _one_taken_by(doc, anchor, sent):
        return True
    det = _determiner(doc, anchor, sent)
    if det is None:
        return False
    if doc[det].lower_ == "the":
        if det == anchor:
            return anchor + 1 < sent.end and doc[anchor + 1].lower_ in _SINGULAR  # 'the soldier of the 56th Brigade'
        k = det + 1
        while k < sent.end and k - det <= 6 and _premodifier(doc[k]):
            k += 1
        return k < sent.end and doc[k].lower_ in _SINGULAR and not _with_others(doc, k + 1, sent, "of")  # 'the NPA rebel'
    for k in range(anchor, min(sent.end, anchor + 5)):
        w = doc[k].lower_
        if w in _SINGULAR or (w == "old" and doc[k - 1].text == "-"):
            return not _with_others(doc, k + 1, sent)  # 'a deserter', 'a 16-year-old'
        if w in _PLURAL_MEMBERS:
            return False
    return False


def _one_taken_by(doc, anchor: int, sent: Span) -> bool:
    """'a 15-year-old who had been recruited in Choco by the ELN': the force named after 'by' in a clause
    about one member or young person before it."""
    k = anchor
    while k - 1 > sent.start and anchor - k < 5 and (doc[k - 1].lower_ == "the" or doc[k - 1].is_title):
        k -= 1  # 'by the Estado Mayor Central FARC dissidents': the name's other words
    if not (k - 1 > sent.start and doc[k - 1].lower_ == "by"):
        return False
    for j in range(k - 2, max(sent.start, k - 11), -1):
        if (doc[j].is_punct and doc[j].text != "-") or doc[j].lower_ in _PLURAL_MEMBERS:
            return False
        if doc[j].lower_ in _SINGULAR or (doc[j].lower_ == "old" and doc[j - 1].text == "-"):
            det = _determiner(doc, j, sent)
            return det is not None and doc[det].lower_ in _ONE and not _with_others(doc, j + 1, sent)
    return False


def others_between(doc, anchor: int, s: int) -> bool:
    """'A captain said his men had left': the one person speaks, the many leave."""
    lex = lexicon()
    for k in range(anchor + 1, s):
        if doc[k].lower_ in _PLURAL_MEMBERS and not (k >= 2 and doc[k - 2].lower_ == "of") and (doc[k - 1].lower_ in _POSSESSIVES or any(
                t.lower_ in lex.speech_verbs for t in doc[anchor + 1:k])):
            return True
    return False


def one_named_before(doc, sent: Span, qs: int, noun: int | None) -> bool:
    """'A Syrian army brigadier general and two colonels': one person listed before the figure, both
    members of the force ('a Russian officer and 12 of his men' is left to the leader rule)."""
    if noun is None or doc[noun].lower_ not in _PLURAL_MEMBERS | _PLURAL_RANKS or qs - 2 < sent.start \
            or doc[qs - 1].lower_ != "and" or doc[qs - 2].lower_ not in _SINGULAR \
            or any(t.lower_ == "of" for t in doc[qs:noun]):
        return False
    det = _determiner(doc, qs - 2, sent)
    return det is not None and doc[det].lower_ in _ONE


_PLURAL_RANKS = WORDS["plural_ranks"]


def _after_one(doc, qs: int, sent: Span) -> bool:
    """'he and eleven others': the figure joins one person already told of."""
    return qs - 2 >= sent.start and doc[qs - 1].lower_ == "and" and doc[qs - 2].lower_ in _HE


def others_with(doc, e: int, sent: Span) -> bool:
    """'defected to the army with an unknown number of fighters', 'surrendered along with his men'."""
    for k in range(e, min(sent.end, e + 8)):
        if doc[k].lower_ == "with":
            return any(t.lower_ in _PLURAL_MEMBERS for t in doc[k + 1:min(sent.end, k + 7)])
        if doc[k].text in {",", ";"}:
            return False
    return False


def _with_others(doc, k: int, sent: Span, *more: str) -> bool:
    """'a commander and his men', 'the leader with 40 fighters': the one person leads others."""
    return k < sent.end and doc[k].lower_ in {"and", "with", "along", *more}


def _premodifier(tok) -> bool:
    """A word that may stand between a determiner and its member noun: a name, a demonym, 'former'."""
    return tok.is_title or tok.is_upper or tok.like_num or tok.lower_ in _PREMODIFIERS or tok.text == "-"


def _determiner(doc, anchor: int, sent: Span) -> int | None:
    """The 'a', 'an', 'one' or 'the' that opens the noun phrase holding the anchor, if any."""
    k = anchor
    while doc[k].lower_ not in _DETS:
        if k == sent.start or anchor - k >= 8 or not (_premodifier(doc[k - 1]) or doc[k - 1].lower_ in _DETS):
            return None
        k -= 1
    return k


def make_claim(found: Found, kind: str, group: tuple, count: Count | None, count_text: str | None,
               anchor_tok: int, trig, ctx, exclude: list[tuple[int, int]], measure: str | None = None) -> Claim:
    sent = found.sent
    text = text_of(sent.doc)
    name, mention, country = group[0], group[1], group[2]
    local = ctx.local_branch(name, sent.start_char, sent.end_char) if ctx.local else None
    if local is not None:
        name = local.name  # 'policemen' in a report from Peshawar: Pakistan's police there are the province's
    tm = period_for(found, anchor_tok)
    period = Period(tm.period[0].isoformat(), tm.period[1].isoformat()) if tm is not None and tm.period else None
    span = (min(anchor_tok, trig[1]), max(anchor_tok, trig[2])) if trig is not None and trig[2] > trig[1] else (anchor_tok, anchor_tok)
    if trig is not None and trig[2] <= anchor_tok and _other_clause(found, trig[2], anchor_tok):
        span = (anchor_tok, anchor_tok)  # 'deserters ... went to Canada, and 1,000 servicemen ...': a clause of its own
    origin, dest = places_for(found, kind, ctx, exclude, span, country)
    attr = found.attribution or Attribution(None, "publisher")
    end = found.evidence_end or sent.end_char
    while end > sent.start_char and text[end - 1].isspace():
        end -= 1  # the evidence is the sentence, without the line breaks after it
    return Claim(
        kind=kind,
        measure=measure if kind == "strength" else None,
        group=name,
        group_mention=mention,
        group_country=country,
        count=count,
        count_text=count_text,
        period=period,
        period_text=tm.text if tm is not None else None,
        origin=origin,
        destination=dest,
        to_group=_side_joined(found, trig) if kind == "defection" else None,
        source=attr.source if attr.source_type != "publisher" else None,
        source_type=attr.source_type,
        status="unverified" if found.hedged else "asserted",
        evidence=text[sent.start_char:end],
        evidence_start=sent.start_char,
        evidence_end=end,
        rule=RULE,
    )
