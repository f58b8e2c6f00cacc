"""Who says so: the speaker of a sentence, its SCHEMA source type, and hedges.

SCHEMA: the nearest attribution governs ("X said, citing Y" is X); a sentence
with no attribution of its own is the publisher's, even when it follows an
attributed one. Pronoun speakers ("he said") take the last named speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span

from awol.extract.lexicon import lexicon, words
from awol.extract.sentences import span_text, text_of

WORDS = words()  # the word sets of data/words.yaml

_STOP = {",", ";", ":", "“", "”", '"', "—", "–", "(", ")", "‘", "’"}
_CLAUSE = {"that", "which", "who", "while", "whereas", "but", "and", "as", "because", "if", "when", "after", "before"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_SHOW_VERBS = WORDS["show_verbs"]
_RESEARCH = re.compile(r"\b(research|analysis|interviews?|data|records?|figures|statistics|tally|count|review|"
                       r"investigation|study|survey)\b", re.I)
_LEAD = re.compile(r"^(?:but|and|however|meanwhile|also|yet|so|then)\s+", re.I)
_NAME = re.compile(r"\b[A-Z][a-z’']+(?:[- ][A-Z][a-z’']+)*\b")


@dataclass
class Attribution:
    source: str | None
    source_type: str
    start: int = -1  # character offsets of the speaker phrase in the document (-1: none)
    end: int = -1


@dataclass
class SpeakerMemory:
    """Speakers named earlier in the document, so that 'Osman said' and 'he said'
    inherit the type of 'National Security spokesman Mohamed Yusuf Osman'."""

    by_name: dict[str, Attribution] = field(default_factory=dict)
    last: Attribution | None = None
    seen: list[Attribution] = field(default_factory=list)
    roles: dict[str, str] | None = None  # surname -> source type, read from the document on first need
    last_end: int = -1  # where the sentence of the latest speaker ends: a quote going on after it is still theirs

    def remember(self, attr: Attribution) -> None:
        if not attr.source or attr.source_type == "publisher":
            return
        self.last = attr
        self.seen.append(attr)
        for name in _NAME.findall(attr.source):
            for part in name.split():
                if len(part) > 2:
                    self.by_name.setdefault(part, attr)

    def recall_head(self, phrase: str) -> Attribution | None:
        """'the group said', 'the committee said': the latest speaker named with that word."""
        words = phrase.lower().split()
        if len(words) != 2 or words[0] != "the":
            return None
        if words[1] in _ORGANISATIONS:  # 'the group' after 'the Syrian Observatory for Human Rights said'
            return next((a for a in reversed(self.seen) if a.source_type in _ORGANISED), None)
        return next((a for a in reversed(self.seen) if words[1] in a.source.lower().split()
                     and a.source.lower() != phrase.lower()), None)

    def recall(self, phrase: str) -> Attribution | None:
        for name in _NAME.findall(phrase):
            for part in reversed(name.split()):
                if part in self.by_name:
                    return self.by_name[part]
        return None

    def role(self, doc_text: str, phrase: str) -> str | None:
        """The source type of a person the document introduced with a role ('Vitaliy Matviyenko, a spokesman
        for the State Bureau of Investigation, ...') before that person speaks by name alone."""
        if self.roles is None:
            self.roles = {}
            lex = lexicon()
            for m in _INTRODUCED.finditer(doc_text):
                stype = lex.source_type(m.group(2))
                if stype not in ("other", "publisher"):
                    self.roles.setdefault(m.group(1).split()[-1], stype)
        return next((self.roles[w] for w in reversed(phrase.split()) if w in self.roles), None)


_INTRODUCED = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+), (?:a|an|the) ([^,.;:“”\"]{3,80})")
_ADJUNCT = {"yesterday", "today", "tonight", "also", "recently", "earlier", "later", "again", "further", "on", "last",
            "this", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
            "evening", "afternoon", "night", "previously", "separately", "meanwhile", "however", "in", "a", "statement",
            "has", "have", "had", "was", "were", "publicly", "reportedly", "now", "then", "first", "time", "for",
            "the", "late", "early", "officially", "already"}
_DASHES = {"—", "–", "––", "--"}
_AUX = {"have", "has", "had", "is", "are", "was", "were", "will", "would", "been", "be"}
_DOCUMENTS = WORDS["documents"]


def _open_paren(sent: Span, close: int) -> int:
    """Index of the '(' that opens the parenthesis closed at token `close` (or the sentence start)."""
    j = close
    while j > sent.start and sent.doc[j].text != "(":
        j -= 1
    return j


def _skip_adjuncts(sent: Span, k: int) -> int:
    """Move left over time words and parentheses between a speaker and the verb
    ('Shafa, yesterday said', 'the Pentagon (search) said Tuesday')."""
    doc = sent.doc
    i = k
    while i > sent.start:
        t = doc[i - 1]
        if t.text == ")":
            i = _open_paren(sent, i - 1)
            continue
        if t.lower_ in _DOCUMENTS and i - 2 >= sent.start and doc[i - 2].lower_ in {"the", "a", "its", "their"} \
                and not (i - 3 >= sent.start and doc[i - 3].lower_ == "in"):
            break  # '..., the statement said': the document speaks; 'said in a statement' is no speaker
        if t.lower_ in _ADJUNCT and not t.is_title or t.lower_ in {"yesterday", "today", "monday", "tuesday",
                                                                  "wednesday", "thursday", "friday", "saturday", "sunday"}:
            i -= 1
            continue
        break
    return i


def _crossable(seg) -> bool:
    """May a speaker phrase run back over this comma-separated segment?
    A name or title may; a clause with a figure or a verb may not."""
    lex = lexicon()
    verbs = _leaving_verbs()
    for t in seg:
        if t.lower_.endswith("ed") and t.i + 1 < seg.end and seg.doc[t.i + 1].lower_ == "by":
            continue  # 'the shadow cabinet formed by ousted lawmakers': an appositive's participle
        if t.like_num or t.lower_ in _AUX or (t.lower_.endswith("ed") and not t.is_title and len(t) > 4):
            return False
        if t.lower_ in lex.speech_verbs or (t.lower_ in verbs and not t.is_title):
            return False  # 'soldiers flee to Sudan, officials said': a clause of its own
    return True


@lru_cache(maxsize=1)
def speech_keys() -> frozenset[str]:
    """The words `attribute` acts on: citing words, speech verbs and 'according'."""
    lex = lexicon()
    return frozenset(lex.citing) | frozenset(lex.speech_verbs) | {"according", "by"} | _OWN_ACCOUNT


@lru_cache(maxsize=1)
def _leaving_verbs() -> frozenset[str]:
    """The trigger lexicon's key words that are not nouns for people."""
    lex = lexicon()
    return (lex.keys("triggers") or frozenset()) - lex.member_nouns - lex.person_nouns


def _phrase_before(sent: Span, k: int) -> tuple[int, int]:
    """Token range of the speaker phrase ending just before token k.

    'X, adviser to the minister, said' keeps the appositive, and a relative
    clause ('X, who spoke to the media, confirmed') is stepped over."""
    doc = sent.doc
    end = _skip_adjuncts(sent, k)
    aside = end > sent.start and doc[end - 1].text == ","  # 'X, a project that helps men, said'
    if aside:
        end -= 1
        j = end
        while j > sent.start and doc[j - 1].text not in _STOP and end - j < 25:
            j -= 1
        if j > sent.start + 1 and doc[j - 1].text == "," and (doc[j].lower_ in _ASIDES or doc[j].lower_ == "who" and any(
                t.lower_ in _ANONYMITY for t in doc[j:end])):
            end = j - 1  # 'A senior officer, speaking on condition of anonymity because ..., said': the officer
    i = end
    if aside and j > sent.start + 1 and doc[j - 1].text == "," and doc[j].lower_ in {"a", "an"} and doc[j - 2].is_title:
        i = j  # 'The Homecoming Network, a group that shelters defectors and their families, says': the name speaks
    best = None
    while i > sent.start and (end - i) < 30:
        t = doc[i - 1]
        if t.text == ")":
            i = _open_paren(sent, i - 1)  # '(ISAF) officials said': the parentheses belong to the name
            continue
        if t.text in _DASHES:
            # '... member who was based in Anbar -- an IS stronghold -- said': step over a dashed aside
            k = i - 2
            while k > sent.start and doc[k].text not in _DASHES and i - k < 12:
                k -= 1
            if k > sent.start and doc[k].text in _DASHES:
                i = k
                continue
            break
        if t.text == ",":
            if best is None:
                best = i
            seg_end = i - 1
            j = seg_end
            while j > sent.start and doc[j - 1].text not in {",", ";", ":", "“", "”", '"', "—", "–"} and seg_end - j < 14:
                j -= 1
            long = seg_end - j >= 14 and j > sent.start and doc[j - 1].text not in _STOP  # an aside is short
            if long or not _crossable(doc[j:seg_end]):
                return i, end  # the phrase starts after this comma, with the appositives crossed so far
            i -= 1
            continue
        if t.text in _STOP - {"(", ")"}:
            break
        if t.lower_ in {"which", "whom"} and not aside and i < end:
            break  # 'The ELN, which military intelligence puts at 2,400': the speaker follows 'which'
        if t.lower_ in {"who", "which"} and i - 2 >= sent.start and doc[i - 2].text == ",":
            i -= 2  # ', who spoke to the media in Mogadishu,': part of the speaker phrase
            continue
        if (t.lower_ == "who" or aside and t.lower_ in {"that", "which"}) and i - 2 >= sent.start \
                and doc[i - 2].is_alpha and not doc[i - 2].is_title:
            i -= 1  # 'a special forces member who was based in Anbar said': the clause describes the speaker
            continue
        if t.lower_ == "and" and i < end and doc[i].is_title and i - 2 >= sent.start and doc[i - 2].is_title:
            i -= 1  # 'Director of Tubsan and PCVE Abdillahi Mohamed Noor': one title
            continue
        if t.lower_ in _CLAUSE and i < end:
            break
        i -= 1
    if best is not None and i > sent.start and doc[i - 1].text not in _STOP:
        return best, end
    return i, end


def _by_the_count_of(sent: Span, k: int) -> tuple[int, int] | None:
    """'By the count of the independent outlet Mediazona, ...': the phrase after 'of' is the source, as
    after 'according to'."""
    doc = sent.doc
    j = k + 1
    if j < sent.end and doc[j].lower_ == "the":
        j += 1
    if not (j + 1 < sent.end and doc[j].lower_ in _COUNT_NOUNS and doc[j + 1].lower_ == "of"):
        return None
    a, b = _phrase_after(sent, j + 2)
    return (a, b) if b > a and _substantive(span_text(doc[a:b])) else None


_COUNT_NOUNS = WORDS["count_nouns"]


def _answering_subject(sent: Span, k: int, appeals) -> tuple[int, int] | None:
    """'An army spokesman dismissed the report as propaganda, saying only a few had deserted': after
    ', saying', the speaker is the subject of the denial or answer that opens the sentence."""
    doc = sent.doc
    if k - 1 <= sent.start or doc[k - 1].text != ",":
        return None
    a = after_dateline(sent, sent.start, k)
    for j in range(a, min(k - 1, a + 20)):
        low = doc[j].lower_
        if low in appeals or low in _ANSWERING:
            return (a, j) if j > a and _substantive(span_text(doc[a:j])) else None
        if doc[j].text in _STOP - {",", "(", ")"}:  # 'The junta's spokesman, Major General X, dismissed'
            return None
    return None


def _is_quote(text: str) -> bool:
    return text in {"”", '"', "’", "'"} or text.endswith("”")


def _phrase_after(sent: Span, k: int) -> tuple[int, int]:
    doc = sent.doc
    while k < sent.end and doc[k].lower_ in _ADJUNCT and doc[k].lower_ not in {"the", "a"}:
        k += 1
    j = k
    while j < sent.end and (j - k) < 14:
        t = doc[j]
        if t.text == "," and j > k and doc[k].is_title and j + 1 < sent.end and doc[j + 1].lower_ in {"a", "an", "who"}:
            j += 2  # 'said Ahmed, a former conscript', 'said Ali, who heads an NGO': the words say who he is
            continue
        if t.text in _STOP or t.text in {".", "!", "?"} or (t.lower_ in _CLAUSE and j > k):
            break
        j += 1
    return k, j


def _name_end(doc, a: int, b: int) -> int:
    """Where a speaker's name ends and the words saying who they are begin ('Captain X, who defected in April')."""
    return next((j for j in range(a + 1, b) if doc[j].text == ","), b)


def after_dateline(sent: Span, a: int, b: int) -> int:
    """A speaker phrase that opens the sentence starts after its dateline ('BAMAKO (Reuters) - Mali's army')."""
    doc = sent.doc
    if a != sent.start or not (doc[a].is_upper and doc[a].is_alpha and len(doc[a]) > 1):
        return a
    for k in range(a + 1, min(b - 1, a + 14)):
        if doc[k].text in _DATELINE_DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
            return k + 1  # a spaced dash, not the one in 'Major-General'
    return a


_DATELINE_DASHES = _DASHES | {"-"}
_LEADING_ADVERBIALS = WORDS["leading_adverbials"]


def _clean(text: str) -> str:
    text = _LEAD.sub("", text.strip(" ,.;:\"“”‘’"))
    return text.strip()


_PHRASE_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=16384)
def _substantive(phrase: str) -> bool:
    """A speaker phrase names someone: not only time words or adverbs ('recently', 'Tuesday')."""
    words = _PHRASE_WORD.findall(phrase.lower())
    return bool(words) and not all(w in _ADJUNCT for w in words) and words[0] not in _CLAUSE


def attribute(sent: Span, memory: SpeakerMemory, publisher: str | None, groups=(),
              lowers: list[str] | None = None) -> Attribution:
    """The attribution that governs a sentence's claims. `groups` are the sentence's
    group mentions (document offsets): an armed group named as speaker makes the source
    an armed group ('Free Syrian Army officials said'), a state force the military.
    `lowers`, the document's lower-cased tokens, spares reading every Token object."""
    attr = _attribute(sent, memory, publisher, groups, lowers)
    if attr.start >= 0 and attr.source_type != "publisher":
        memory.last_end = sent.end_char  # a quote going on after this sentence is still this speaker's
    return attr


def _attribute(sent: Span, memory: SpeakerMemory, publisher: str | None, groups, lowers: list[str] | None) -> Attribution:
    lex = lexicon()
    doc = sent.doc
    if lowers is None:
        lowers = [t.lower_ for t in doc]
    keys = speech_keys()
    candidates: list[tuple[int, int, int]] = []  # (anchor token, phrase start, phrase end)
    citing_from = None
    for i in range(sent.start, sent.end):
        low = lowers[i]
        if low not in keys:
            continue
        tok = doc[i]
        if low in lex.citing and citing_from is None:
            citing_from = tok.i
        if low == "by":
            counted = _by_the_count_of(sent, tok.i)
            if counted is not None:
                candidates.append((tok.i, *counted))
            continue
        if low in _OWN_ACCOUNT:
            subject = _answering_subject(sent, tok.i, lex.appeals)
            if subject is not None:
                candidates.append((tok.i, *subject))
            continue
        if low == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            a, b = _phrase_after(sent, tok.i + 2)
            if b > a:
                candidates.append((tok.i, a, b))
        elif low in lex.speech_verbs and candidates and candidates[-1][1] <= i < candidates[-1][2]:
            continue  # 'according to Human Rights Watch reports': part of the phrase already read
        elif low in lex.speech_verbs:
            if _in_relative_clause(sent, tok.i):
                continue
            if tok.i > sent.start and lowers[tok.i - 1] in {"to", "the", "these", "those", "such", "of", "his", "their", "its",
                                                            "a", "an"}:
                continue  # 'according to claims that ...', 'the reports', 'an estimated 500,000': no verb here
            if low in _WEAK_SPEECH and not _speech_context(sent, tok.i):
                continue  # 'admitted for the programme' is not speech
            if low in {"put", "puts"} and not _PUTS_A_FIGURE.match(_text_after(sent, tok.i)):
                continue  # 'put the number at 9,000' gives a figure; 'put down their weapons' does not
            if low.startswith("report") and tok.i + 1 < sent.end and lowers[tok.i + 1] in {"back", "for", "to"}:
                continue  # 'reported back for duty': a return, not speech
            if _passive(lowers, tok.i, sent.start):
                continue  # 'since the mobilisation was announced', 'were reported to have crossed': no speaker
            near = [t.lower_ for t in doc[max(sent.start, tok.i - 3):tok.i]]
            if "," in near:
                near = near[len(near) - near[::-1].index(","):]  # 'who asked not to be named, said': an aside's words
            if set(near) & _NEGATED:
                continue  # 'could not be confirmed', 'unconfirmed reports': a hedge, not a speaker
            prev = doc[tok.i - 1] if tok.i > sent.start else None
            before = _phrase_before(sent, tok.i)
            quoted = prev is not None and (_is_quote(prev.text) or (
                prev.text == "," and tok.i - 2 >= sent.start and _is_quote(doc[tok.i - 2].text)))
            after = _phrase_after(sent, tok.i + 1)
            trailing = (low not in {"told", "tells", "tell", "put", "puts"} and after[1] > after[0]
                        and (after[1] >= sent.end - 1 or doc[after[1]].text in {".", "!", "?"}
                             or (prev is not None and prev.text == "," and doc[after[1]].lower_ in {",", "who", "whose"}))
                        and (doc[after[0]].is_title or doc[after[0]].lower_ in {"a", "an", "the"})
                        and not all(t.lower_ in _ADJUNCT or t.lower_ in _DOCUMENTS for t in doc[after[0]:after[1]])
                        and _crossable(doc[after[0]:_name_end(doc, *after)]))  # not 'MONUSCO said in a statement'  # '..., said the group's co-founder, Captain X, who ...'
            if quoted or trailing or before[1] - before[0] == 0:
                a, b = after  # '..., said Army spokesman Joe Burlas.'
            else:
                a, b = before
            if b > a and _substantive(span_text(doc[a:b])):
                candidates.append((tok.i, a, b))
    if citing_from is not None:
        kept = [c for c in candidates if c[0] < citing_from]
        candidates = kept or candidates
    if not candidates:
        if memory.last is not None and 0 <= sent.start_char - memory.last_end <= _QUOTE_REACH \
                and _in_quote(text_of(doc), sent.start_char):
            return Attribution(memory.last.source, memory.last.source_type)  # '"... ," he said. "By May ..."'
        return Attribution(None, "publisher")
    candidates = [c for k, c in enumerate(candidates) if k == 0 or not any(
        lowers[j] in _SUBORDINATE for j in range(candidates[k - 1][0] + 1, c[1]))]  # 'X said, after Y warned ...'
    outer = [c for c in candidates if c[0] + 1 < sent.end and lowers[c[0] + 1] == "that"]
    # 'The commander said that a brigade had announced ...': the one who tells it is the source
    anchor, a, b = outer[0] if outer and outer[0] is not candidates[-1] else candidates[-1]
    a = after_dateline(sent, a, b)
    if doc[a].lower_ in _LEADING_ADVERBIALS:
        comma = next((j for j in range(a + 1, b - 1) if doc[j].text == ","), None)
        if comma is not None:
            a = comma + 1  # 'In Tobruk, the garrison commander said': the place is no part of who speaks
    phrase = _clean(span_text(doc[a:b]))
    if not phrase:
        return Attribution(None, "publisher")
    low = phrase.lower()
    span = (doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
    if doc[anchor].lower_ in _SHOW_VERBS and _RESEARCH.search(phrase) and lex.source_type(phrase) in ("other",):
        return Attribution(None, "publisher")
    if publisher and _same_outlet(phrase, publisher):
        return Attribution(None, "publisher", *span)
    words = low.split()
    if low in _PRONOUNS or words[0] in _PRONOUNS and len(words) <= 2:
        if memory.last is not None:
            return Attribution(memory.last.source, memory.last.source_type, *span)
        return Attribution(None, "publisher")
    if words[0] in {"their", "its", "his", "her"} and len(words) <= 3 and memory.last is not None:
        return Attribution(memory.last.source, memory.last.source_type, *span)  # 'according to their sources'
    owner = " ".join(words[1:-1] if words[0] in {"a", "an", "the"} else words[:-1])
    if words[-1] in _DOCUMENTS and len(words) <= 4 and owner and lex.source_type(owner) != "other":
        return Attribution(phrase, lex.source_type(owner), *span)  # 'according to a UN report'
    if words[-1] in _DOCUMENTS and len(words) <= 3:
        if memory.last is not None:
            return Attribution(memory.last.source, memory.last.source_type, *span)
        return Attribution(phrase, "government", *span)
    stype = "government" if _country_name(phrase) else lex.source_type(phrase)
    if stype == "publisher":
        return Attribution(None, "publisher", *span)  # 'our field monitors': the outlet's own finding
    # A group named at the head of the speaker phrase speaks ('Free Syrian Army officials'); one named
    # further in describes the speaker ('a member based in Anbar -- an Islamic State stronghold --').
    named = [g for g in groups if span[0] <= g.start < min(span[1], span[0] + 40)
             and g.entry is not None and not g.generic]
    if named and stype in ("military", "government", "other"):
        if not named[0].entry.is_state:
            stype = "armed_group"
        elif stype == "other":
            stype = "military" if named[0].entry.type != "police" else "government"
    if stype == "other":
        known = memory.recall(phrase) or memory.recall_head(phrase)
        role = memory.role(text_of(doc), phrase) if known is None and _NAME.fullmatch(phrase) and len(words) <= 3 else None
        if known is not None:
            stype = known.source_type
        elif role is not None:
            stype = role  # 'Matviyenko said', introduced earlier as a spokesman
        elif doc[anchor].lower_ in {"reported", "reports"} and phrase[:1].isupper() and _NAME.fullmatch(
                re.sub(r"^The\s+", "", phrase)):
            stype = "media"  # 'El Tiempo reported': a named outlet
    if stype == "military" and _junior_unnamed(phrase):
        stype = "member"
    attr = Attribution(phrase, stype, *span)
    memory.remember(attr)
    return attr


_QUOTE_REACH = 600  # characters from the speaker's sentence within which an unattributed quote goes on


def _in_quote(text: str, at: int) -> bool:
    """Whether the sentence at `at` opens a quotation or stands inside one opened earlier in its paragraph."""
    head = text[at:at + 3].lstrip()
    if head[:1] in {'"', "“"}:
        return True
    before = text[text.rfind("\n", 0, at) + 1:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_PRESS_ROLES = WORDS["press_roles"]
_JUNIOR = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, WORDS["junior_ranks"]), key=len, reverse=True))
                     + r")\b(?!\s+[A-Z])")


def _junior_unnamed(phrase: str) -> bool:
    """'A captain from an infantry battalion', 'the sergeant': a junior officer not named by the
    phrase speaks for himself; 'Captain Ali' or a captain who is a spokesman speaks for the force."""
    head = phrase.split(",", 1)[0]  # 'Major X, a deputy battalion commander': named before the comma
    return _JUNIOR.search(head) is not None and not any(w in _PRESS_ROLES for w in re.findall(r"[a-z]+", phrase.lower()))


_PUTS_A_FIGURE = re.compile(
    r"\s*(?:the\s+(?:\w+\s+)?(?:number|figure|total|tally|toll|strength|count)\b[^.;]{0,160}?\bat\b"
    r"|(?!\s*(?:down|up|out|away|off|on|in|back|forward|together|an?\s+end|pressure)\b)[^.;:,]{1,80}?\bat\s+(?:about\s+|around\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|between\s+|up\s+to\s+"
    r"|as\s+many\s+as\s+|just\s+under\s+|nearly\s+|almost\s+|fewer\s+than\s+|less\s+than\s+)?(?:\d|several|a\s+few|"
    r"tens|hundreds|thousands|dozens|scores|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"|the\s+(?:\w+\s+)?(?:number|figure|total|tally|toll|count|estimate)\s+(?:\w+\s+)?(?:higher|lower)\b)", re.I)
"""'put the number at 9,000', 'put the rebel force at 10,000 fighters', 'puts the total higher'."""


def _text_after(sent: Span, k: int) -> str:
    """The sentence's text after token k."""
    from awol.extract.sentences import text_of

    doc = sent.doc
    return text_of(doc)[doc[k].idx + len(doc[k]):sent.end_char]


_ASIDES = WORDS["aside_openers"]
_ANONYMITY = WORDS["anonymity_words"]
_SUBORDINATE = WORDS["subordinate_openers"]
_NEGATED = {"not", "never", "n't", "unconfirmed", "unverified", "be", "been", "cannot"}
_ORGANISATIONS = WORDS["organisation_heads"]
_ORGANISED = {"ngo", "international_org", "armed_group", "media", "expert"}
_WEAK_SPEECH = WORDS["weak_speech"]
_OWN_ACCOUNT = WORDS["own_account_verbs"]
_ANSWERING = WORDS["answering_verbs"]
_WHEN_WORDS = WORDS["when_words"]


def _passive(lowers: list[str], k: int, start: int) -> bool:
    """A speech verb after a form of 'be' ('was announced', 'were widely reported'): its subject
    is what was said, not who said it."""
    j = k - 1
    if j > start and lowers[j].endswith("ly"):
        j -= 1
    return j >= start and lowers[j] in _BE


_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})


def _speech_context(sent: Span, k: int) -> bool:
    """A weak speech verb speaks when 'that', a quote or a clause end follows, or a comma or quote precedes."""
    doc = sent.doc
    nxt = doc[k + 1] if k + 1 < sent.end else None
    prev = doc[k - 1] if k > sent.start else None
    if nxt is not None and nxt.lower_ in {"at", "by"}:
        # 'which analysts estimate at 2,000 fighters' speaks; 'The 3R, estimated at 1,500 fighters,' is a participle
        return nxt.lower_ == "at" and not (prev is not None and prev.text == "," and doc[k].lower_.endswith("ed"))
    if nxt is None or nxt.lower_ in {"that", ",", ".", ":"} or _is_quote(nxt.text) or nxt.text in {"“", '"'}:
        return True
    j = k + 1
    while j < min(sent.end, k + 5) and doc[j].lower_ in _WHEN_WORDS:
        j += 1
    if j > k + 1 and j < sent.end and doc[j].lower_ == "that":
        return True  # 'claimed this week that', 'stated on Monday that'
    if nxt.lower_ in {"without", "in", "on", "late", "earlier", "yesterday", "today"}:
        return True  # 'the rebels claimed without providing evidence', 'the army claimed in a statement'
    return prev is not None and (prev.text == "," or _is_quote(prev.text)) or (
        nxt.is_title or nxt.like_num or nxt.lower_ in {"the", "a", "an", "some", "more", "about", "nearly", "over"})


def _in_relative_clause(sent: Span, k: int) -> bool:
    """'the group, which recently claimed dozens of attacks': not an attribution."""
    doc = sent.doc
    j = k - 1
    while j >= sent.start and doc[j].lower_ in _ADJUNCT:
        j -= 1
    return j >= sent.start and doc[j].lower_ in {"which", "who", "that"}


@lru_cache(maxsize=4096)
def _country_name(phrase: str) -> bool:
    """'The Central African Republic said': a state speaking is its government."""
    from awol.normalize.countries import country_code

    bare = _LEADING_THE.sub("", phrase.strip())
    return bool(bare) and bare[:1].isupper() and country_code(bare) is not None and len(bare.split()) <= 4


_LEADING_THE = re.compile(r"^(the)\s+", re.I)


@lru_cache(maxsize=4096)
def _same_outlet(phrase: str, publisher: str) -> bool:
    """'the Associated Press' speaking in an AP story is the publisher's own voice."""
    proper = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)
              if w[0].isupper() and w.lower() != "the" and not _RESEARCH.fullmatch(w) and w.lower() not in {"a", "an"}]
    words = proper or [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in {"the", "has", "have", "learned"}]
    outlet = set(re.findall(r"[a-z]+", publisher.lower()))
    short = {x.lower() for x in re.findall(r"\(([A-Z]{2,6})\)", publisher)}  # 'Agence France-Presse (AFP)', not '(Rwanda)'
    initials = "".join(w[0] for w in words)
    return bool(words) and (set(words) <= outlet or bool(short & set(words)) or (len(words) > 1 and initials in outlet))


def hedged(sent: Span) -> bool:
    """True when the sentence says its claim could not be verified, is unconfirmed or alleged.
    ('alleged members' hedges who they are, not the leaving: the lexicon's patterns skip it.)"""
    from awol.extract.sentences import nlp

    matcher = lexicon().matcher(nlp().vocab, "hedges")
    return bool(matcher(sent.as_doc()))


def hedged_sentences(doc, candidates, starts: list[int]) -> set[int]:
    """Indices of the sentences (by their start tokens) that carry a hedge, among the candidate sentence spans."""
    import bisect

    from awol.extract.sentences import nlp

    matcher = lexicon().matcher(nlp().vocab, "hedges")
    return {bisect.bisect_right(starts, span.start) - 1 for span in candidates if matcher(span)}
