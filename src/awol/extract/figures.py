"""What a figure in a sentence counts: people who left, a stock, or something else.

The predicates the extractor asks of one figure in one sentence (Found, from claims.py):
whether a word after it names things, whether a relative clause makes it leavers, whether
the people were captured or displaced, whether a force 'lost' them to leaving.
"""

from __future__ import annotations

from awol.extract import claims as C
from awol.extract.lexicon import lexicon, words
from awol.normalize.counts import parse_count

WORDS = words()
_AFTER_STOCK = WORDS["after_stock_figure"]
_CAPTURED = WORDS["captured"]
_CIVILIAN_PEOPLE = WORDS["civilian_people"]
_FLED = WORDS["fled_words"]
_HOMES = WORDS["homes"]
_UNIT_PLACES = WORDS["unit_places"]
_FAMILY_ONE = WORDS["family_one"]
_FAMILY_MANY = WORDS["family_many"]
_FAMILY_PAIRS = WORDS["family_pairs"]
_FAMILY_MODIFIERS = WORDS["family_modifiers"]
_FAMILY_AUXILIARIES = WORDS["family_auxiliaries"]
_POSSESSIVES = {"his", "her", "their", "my", "our"}
_IN_UNIT = {"in", "at", "of", "from", "on"}
_UNIT_OWNERS = {"the", "his", "her", "its", "their", "our", "my", "this", "that", "one"}
CLAUSE_BREAKS = {"and", "but", "while", "whereas", ",", ";"}


def dead(doc, sent, i: int, reach: int, lex) -> bool:
    """A word for the dead within `reach` words before token i, in the same clause ('the massacre of 26
    civilians', 'executed some 15,000 of its own deserters'): casualties, not leavers."""
    return any(t.lower_ in lex.casualties and not any(x.lower_ in CLAUSE_BREAKS for x in doc[t.i + 1:i])
               for t in doc[max(sent.start, i - reach):i])


def figure_between(found, q, trig) -> bool:
    """'numbered 400 soldiers before 70 of them deserted': the leaving word has a figure of its own,
    nearer to it, so the stock figure does not take it."""
    at = found.sent.doc[trig[1]].idx
    return any(q.end <= other.start and other.end <= at for other in found.quantities if other is not q)


def counts_things(doc, sent, qe: int) -> bool:
    """'two pickup trucks': a word after the figure that is no people noun, nor a word a bare stock
    figure is followed by ('400 strong', '300 left', '5,000 in 2020')."""
    if qe >= sent.end:
        return False
    t = doc[qe]
    return t.is_alpha and t.is_lower and t.lower_ not in _AFTER_STOCK and not t.lower_.endswith("ly")


def who_left(found, noun_tok: int | None) -> bool:
    """'among more than 1,000 soldiers who have deserted': a relative clause says the figure counts leavers."""
    doc = found.sent.doc
    if noun_tok is None:
        return False
    k = noun_tok + 1
    if k + 2 < found.sent.end and doc[k].lower_ in {"and", "or"} and doc[k + 1].is_alpha:
        k += 2  # 'rebels and supporters who have returned'
    if k >= found.sent.end or doc[k].lower_ not in {"who", "that"}:
        return False
    quotes = sum(1 for t in doc[k + 1:min(found.sent.end, k + 4)] if t.is_quote)  # 'who have "returned to the fold"'
    return any(t[0] != "leaving" and k + 1 <= t[1] <= k + 3 + quotes for t in found.triggers)


def an_age(doc, sent, q, qs: int, qe: int) -> bool:
    """'a third were under 18', 'aged over 60', 'he joined the front at 16 and ...': an age, not a count."""
    words = q.text.lower().split()
    value = q.high if q.high is not None else q.low
    if value is None or value >= 100 or qs <= sent.start:
        return False
    if words[0] in {"under", "over", "below", "above"} and doc[qs - 1].lower_ in {"were", "was", "are", "is", "aged", "age", "ages"}:
        return True
    counts_people = qe < sent.end and doc[qe].lower_ in _PEOPLE_AFTER  # 'recruited at 16 ... ' vs 'at 16 fighters'
    if (_one_was(doc, sent, qs) or qs - 1 == sent.start and doc[qs - 1].lower_ == "at" and qe < sent.end
            and doc[qe].text == ",") and q.low == q.high and not counts_people:
        return True  # 'Nasir Ahmad was 26 and a corporal when he walked out', 'At 26, he was a corporal'
    return doc[qs - 1].lower_ == "at" and q.low == q.high and doc[qs - 2].lower_ not in _LEVELS \
        and not counts_people and any(t.lower_ in _JOINED_YOUNG for t in _back_to_punct(doc, sent, qs - 1, 16))


def _back_to_punct(doc, sent, i: int, most: int):
    """The words before i back to the nearest punctuation, at most `most` of them: 'taken by the Carlos
    Patino front of the FARC dissidents at 14' keeps its verb however long the group's name."""
    k = i
    while k > max(sent.start, i - most) and not doc[k - 1].is_punct:
        k -= 1
    return doc[k:i]


def _one_was(doc, sent, qs: int) -> bool:
    """'he was', 'Nasir Ahmad is' right before a figure: one person, whose age it tells."""
    if qs - 2 < sent.start or doc[qs - 1].lower_ not in {"was", "is"}:
        return False
    who = doc[qs - 2]
    return who.lower_ in {"he", "she"} or who.is_title and who.is_alpha and qs - 3 >= sent.start \
        and doc[qs - 3].is_title and doc[qs - 3].is_alpha and not doc[qs - 3].is_stop


_JOINED_YOUNG = WORDS["joining_words"] | WORDS["taken_young"]
_LEVELS = WORDS["level_verbs"]
_PEOPLE_AFTER = lexicon().member_nouns | lexicon().person_nouns | lexicon().civilian_nouns | {"men", "women", "of"}


def year_before_noun(doc, sent, qs: int, qe: int) -> bool:
    """'of the 2023 defectors', 'the 2014 deserters': a year written as a plain number after 'the'."""
    t = doc[qs]
    return qe == qs + 1 and t.text.isdigit() and 1900 <= int(t.text) <= 2099 and qs > sent.start \
        and doc[qs - 1].lower_ == "the" and qe < sent.end and doc[qe].is_alpha and doc[qe].is_lower


def subject_of(found, noun_tok: int | None, trig) -> bool:
    """'Dozens of soldiers stationed in Gao have deserted': the people the figure counts are the subject
    of the leaving verb that follows, however long the phrase between (no clause break, no other figure)."""
    doc = found.sent.doc
    if noun_tok is None or trig is None or not (noun_tok < trig[1] <= noun_tok + 10):
        return False
    return not any(t.is_punct or t.like_num or t.lower_ in CLAUSE_BREAKS or t.lower_ in {"which", "where", "when"}
                   for t in doc[noun_tok + 1:trig[1]])


def relative_leaving(doc, sent, trig, qs: int) -> bool:
    """'the soldiers who had left ... numbered in the tens': a leaving word in a relative
    clause before the figure says whom it counts, so a stock verb does not make it a strength."""
    if trig is None or trig[1] >= qs:
        return False
    if any(t.like_num for t in doc[max(sent.start, trig[1] - 5):trig[1]]):
        return False  # '45 men who fled ... the rest numbered 80': the clause has its own figure
    return any(t.lower_ in ("who", "that") for t in doc[max(sent.start, trig[1] - 3):trig[1]])


def captured(found, qe: int) -> bool:
    """'nine rebels were detained after crossing the border': captured, killed or wounded
    people are not claims (SCHEMA), whatever leaving word follows; but those convicted of desertion and
    then jailed are deserters."""
    doc = found.sent.doc
    end = min(found.sent.end, qe + 8)
    end = min([t[1] for t in found.triggers if qe <= t[1] < end and doc[t[1]].lower_ not in C.NOMINAL] or [end])
    taken = next((t.i for t in doc[qe:end] if t.lower_ in _CAPTURED), None)
    if taken is None:
        return False
    return not any(kind == "desertion" and qe < s < taken and doc[s - 1].lower_ in {"of", "for", "with"}
                   for kind, s, _ in found.triggers)  # 'convicted of desertion and jailed': jailed for leaving


_DISPLACED = WORDS["displaced_words"]


def displaced(doc, sent, k: int, qs: int | None = None) -> bool:
    """'8 million people have fled their homes', '180,000 had been displaced', 'has displaced more than
    2 million people': displaced, perhaps inside the country, unless the words go on to say where abroad
    ('fled their homes for Chad'). `k` ends the figure's noun, `qs` starts the figure."""
    if qs is not None and any(t.lower_ in _DISPLACED for t in doc[max(sent.start, qs - 3):qs]):
        return True
    for e in range(k + 1, min(sent.end - 2, k + 5)):
        if doc[e].lower_ in CLAUSE_BREAKS:
            return False
        if doc[e].lower_ in _DISPLACED:
            return True
        if doc[e].lower_ in _FLED and doc[e + 1].lower_ in {"their", "his", "her"} and doc[e + 2].lower_ in _HOMES:
            return not any(t.lower_ in {"to", "into", "for", "across", "abroad"}
                           for t in doc[e + 3:min(sent.end, e + 5)])
    return False


def lost_to_leaving(found, k: int) -> bool:
    """'lost 300 men to desertion', 'lose 50 soldiers a month to desertion', 'lost 1,500 officers last year
    as agents quit or fled abroad', 'loses 3,000 soldiers a month who desert'."""
    sent = found.sent
    doc = sent.doc
    if k + 3 < sent.end and doc[k + 1].lower_ in {"a", "per", "each", "every"} and doc[k + 3].lower_ == "to":
        k += 2  # 'lose 50 soldiers a month to desertion'
    if k + 2 < sent.end and doc[k + 1].lower_ == "to" and (any(
            t.lower_ in C.NOMINAL for t in doc[k + 2:min(sent.end, k + 5)])
            or any(k + 2 <= t[1] < k + 5 and t[0] == "desertion" for t in found.triggers)):
        return True  # 'lost 300 men to desertion', 'lost 11,500 men to unauthorised absence'
    for j in range(k + 1, min(sent.end, k + 6)):
        if doc[j].lower_ in {"as", "through", "when", "who", "that"}:
            return any(j < t[1] <= j + 4 for t in found.triggers)  # '... 3,000 soldiers a month who desert'
        if doc[j].is_punct:
            break
    return False


def leaving_has_own_figure(found, q) -> bool:
    """'45 men fled their posts, and those who stayed numbered only 80': each
    strong leaving word is nearer another figure than this one, so this one may be a stock."""
    doc = found.sent.doc
    others = [o for o in found.quantities if o is not q]
    strong = [t for t in found.triggers if t[0] != "leaving"]
    if not others or not strong:
        return False
    for t in strong:
        at = doc[t[1]].idx
        if min(abs(o.start - at) for o in others) >= abs(q.start - at):
            return False
    return True


def same_people(doc, before: tuple[int, str], qs: int) -> bool:
    """'8 million people have fled their homes, and 1.8 million have crossed into Chad': a bare figure
    in the next clause counts the same civilians (not a breakdown: 'including 14 adults')."""
    k, kind = before
    if not (kind == "civilian" or doc[k].lower_ in _CIVILIAN_PEOPLE) or k >= qs:
        return False
    between = {t.lower_ for t in doc[k + 1:qs]}
    return "and" in between and not between & {"including", "among", "of", "include", "includes"}


def in_a_unit(doc, sent, qe: int) -> bool:
    """'40 guardsmen at his post in Urena', 'seventy officers in the garrison': the people the figure
    ending at qe counts are placed in a unit or post, so the figure is its size; not when a relative
    clause narrows them ('soldiers of the 5th Battalion who were given leave': a cohort)."""
    j = qe
    while j < min(sent.end, qe + 2) and doc[j].is_alpha and doc[j].lower_ not in _IN_UNIT:
        j += 1  # the people noun: 'guardsmen', 'regular soldiers'
    if j >= sent.end or doc[j].lower_ not in _IN_UNIT:
        return False
    j += 1
    if j < sent.end and doc[j].lower_ in _UNIT_OWNERS:
        j += 1
    unit = next((k for k in range(j, min(sent.end, j + 3)) if doc[k].lower_ in _UNIT_PLACES), None)
    if unit is None or any(not doc[k].is_alpha and not doc[k].like_num for k in range(j, unit)):
        return False
    return not any(t.lower_ in {"who", "that", "which", "whom"} for t in doc[unit + 1:min(sent.end, unit + 5)])


def family_count(doc, sent, end: int) -> int | None:
    """'His wife, Maria, and their two daughters' opening the sentence up to token `end` (auxiliaries
    such as 'had also' aside): how many relatives leave, or None when the words are not only such a
    family or a plural has no number ('his children')."""
    while end > sent.start and doc[end - 1].lower_ in _FAMILY_AUXILIARIES:
        end -= 1
    if end <= sent.start or doc[sent.start].lower_ not in _POSSESSIVES:
        return None
    total, number, named = 0, None, False
    for t in doc[sent.start:end]:
        low = t.lower_
        if low in _FAMILY_ONE:
            total, number, named = total + 1, None, True
        elif low in _FAMILY_PAIRS:
            total, number, named = total + 2, None, True
        elif low in _FAMILY_MANY:
            if number is None:
                return None
            total, number, named = total + number, None, True
        elif t.like_num and not t.text.isdigit() or t.text.isdigit() and int(t.text) < 20:
            count = parse_count(t.text)
            number = count[0] if count is not None and count[0] == count[1] else number
        elif not (low in _POSSESSIVES or low in _FAMILY_MODIFIERS or low in {"and", ",", "-", "a", "an"}
                  or (t.is_title and named)):  # 'His wife, Maria, and ...': a relative's name
            return None
    return total or None
