"""The extractor: Document in, DocResult (claims and drivers) out.

Stages, each in its own module: sentences (spaCy tokenizer + news splitter),
triggers (the lexicon's patterns, triggers.py), context (the document's countries and groups),
attribution, claims (figures, groups, times, places), what a figure counts
(figures), where leavers went (sides), the document-level rules (doc_filter), drivers. This module runs them sentence by sentence and
holds the rules that need a whole sentence. Knowledge (groups, places) and
value parsing (counts, periods) live in awol.normalize; word lists in
extract/data.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from dataclasses import replace

from awol.extract import claims as C
from awol.extract import figures as F
from awol.extract import sides as S
from awol.extract.attribution import SpeakerMemory, after_dateline, attribute, hedged_sentences, speech_keys
from awol.extract.claim_places import POSTS
from awol.extract.context import LINKED_SUFFIX, DocContext
from awol.extract.doc_filter import LONE_RESIGNATION, absorb, keep
from awol.extract.drivers import drivers_of
from awol.extract.lexicon import ODD_FOLDS, demonym_homes, lexicon, plural_demonyms, words
from awol.extract.screen import default_screen
from awol.extract.sentences import nlp, parse, span_text, spans, text_of
from awol.extract.triggers import Triggers
from awol.model import Claim, Count, Document, DocResult, Period
from awol.normalize.countries import find_capitals, find_countries
from awol.normalize.shares import Share, share_ending

WORDS = words()  # the word sets of data/words.yaml
WARM_DOCUMENTS = 500  # documents whose new words the vocabulary keeps (see Extractor.extract)

_BRIDGE = {"who", "that", "have", "has", "had", "so", "far", "already", "also", "reportedly", "all", "were", "been",
           "was", "since", "recently", "now", "voluntarily", "more", "others", "of", "them", "then", "later", "such",
           "individual", "new", "voluntary", "further", "additional", "gone", "went"}  # 'about 120 have gone SZCh'
# A sentence without a leaving word can still hold a figure (case statistics, strength): digits or number words.
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
                 "thousand", "thousands", "dozen", "dozens", "scores", "tens", "million", "millions")
_NUMBER = re.compile(r"\d|\b(?:%s)\b" % "|".join(_NUMBER_WORDS), re.I)
_DIGIT = re.compile(r"\d")
_SIDE = re.compile(r"(?:to|into) the ([A-Z][a-z]+) (?:side|lines|positions)\b")
_INTENT = WORDS["intent_before_to"]
_OBJECT_ENDS = {",", ";", ".", "and", "but", "near", "on", "along", "at", "in", "from", "with", "by", "across", "close",
                "outside", "inside", "after", "before", "while", "where", "who", "which", "that", "under", "over"}
_CAPTURED = WORDS["captured"]
_HOMES = WORDS["homes"]
_LEAVE = WORDS["leave_words"]
_DRAFT = WORDS["draft_words"]
_COMPARED = WORDS["comparison_words"]
_COMPARISONS = {tuple(pair.split()) for pair in WORDS["comparison_leads"]}
_MULTIPLES = set(WORDS["multiples"])
_SHARE_VERBS = WORDS["share_verbs"]
_BACK_REFERENCES = WORDS["back_references"]
_RANKINGS = WORDS["rankings"]
_NOBODY = WORDS["nobody"]
_NOT_RANKS = WORDS["not_ranks"]
_COPULAS = {"is", "are", "was", "were"}
_UNIT_HOLDS = frozenset(WORDS["holding_verbs"]) | {"numbered"}
_GENERIC_VERBS = WORDS["generic_present_verbs"]
_OFFERS = WORDS["offers"]
_SERVICE_AGES = WORDS["service_ages"]
_EVADE = WORDS["evade_verbs"]
_DUTIES = WORDS["service_duties"]
_FORCE_PLACES = WORDS["force_places"]
_COUNTED_UNITS = WORDS["unit_nouns"] - {"army", "force", "contingent", "corps"}
_COUNTED_PLACES = WORDS["counted_places"]
_GENERIC_LEADS = WORDS["generic_leads"]
_GENERIC_MAIN = WORDS["generic_main_verbs"]
_HIS_MEN = re.compile(r"\bof (?:his|her) ", re.I)
_OWN_UNIT = re.compile(r"\b(?:(?:his|her|my|our|the)\s+(?:own\s+|elite\s+|former\s+)?"
                       r"(?:unit|battalion|brigade|regiment|company|platoon|squad)|fellow)\b", re.I)
_SPEAKER_MEMBERS = WORDS["speaker_members"]
_RATE_OF = re.compile(r"\b\d+(?:\.\d+)?\s+(?:a|per|for every|in every|every)\s+(?:1,?000|100|10,?000)\b", re.I)
_PER = re.compile(r"\b(?:a|per|every|for every)\s+(?:1,?000|100|10,?000)\b", re.I)
# 'in a week and a half' is a span of time, not a rate
_RATE = re.compile(r"(?<!\bin )(?<!\bwithin )(?<!\bfor )(?<!\bover )\b(each|every|per|a)\s+(working\s+)?(day|week|month|year)\b",
                   re.I)
_REACHING = WORDS["reaching"]
_REFUGEES = WORDS["refugee_nouns"]
_CIVILIAN_PEOPLE = WORDS["civilian_people"]
_CIVILIAN_DEFECTORS = [tuple(p.split()) for p in WORDS["civilian_defectors"]]
_NON_MEMBERS = WORDS["non_members"]
_DEFINITE = {"the", "these", "those", "they", "them", "this"}
_PEOPLE = {"people", "persons"}
_SHORT_BREAKDOWN = 10  # tokens: a breakdown sentence this short carries its claim only with the sentence before
_WE_COUNT = re.compile(r"\bwe\s+(?:were|are)\s+(?:now\s+)?" + C.LEAD + r"\d|\bthere\s+were\s+" + C.LEAD + r"[\d,]+\s+of\s+us\b", re.I)
_THE_GROUPS = re.compile(r"\bthe\s+(?:" + "|".join(WORDS["the_group_nouns"]) + r")['’]s\b", re.I)  # 'the group's strength'
_SERVING = re.compile(r"\d\S*\s+(?:(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:" + "|".join(WORDS["serving_after"])
                      + r")|(?:" + "|".join(WORDS["serving_before"]) + r")\s+[a-z]+)\b")  # '180,000 men under arms', '900 serving police'
_HELD_FIGURE = re.compile(r"\b(?:" + "|".join(WORDS["holding_verbs"]) + r")\s+[\"“]?(?:[a-z]+\s+){0,3}\d")  # 'UNITA had 10,000 men'
_SURRENDERED_THINGS = WORDS["surrendered_things"]
_HAZARDS = WORDS["hazards"]
_DESIGNATIONS = WORDS["designation_words"]
_CIVILIAN_BODIES = WORDS["civilian_bodies"]
_DEFINING = WORDS["defining_words"]
_CONDITIONS = WORDS["conditions"]
_ARRIVING = WORDS["arrival_words"]
_ENTERING = WORDS["entering_words"]
_ARRIVAL_REACH = 8  # tokens from a figure to its arrival word: 'about 13,000 Ukrainian men of military age had entered'
_TAKEN = WORDS["taken_before"]
_OWNERS = {"his", "her", "their", "its", "the"}
_POSSESSIVE_S = {"'s", "’s"}
_PHRASE_BREAKS = {"and", "or", ",", ";", "to", "in", "at", "on", "of", "with", "after", "before", "for", "by"}
_DENIED_AFTER = WORDS["denied_after"]
_LOST = WORDS["lost_words"]
_CLAUSE_BREAKS = F.CLAUSE_BREAKS
_PURPOSE_HEADS = WORDS["purpose_heads"]
# A sentence with no leaving word that breaks down the figure before it.
_PUTS = r"(?:put|puts|putting|placed|places|estimated|estimates) the (?:\w+ )?(?:number|figure|total) at"
_PUTS_NUMBER = re.compile(rf"\b{_PUTS}\b", re.I)  # 'put the number at close to 60': the figure of a claim just told
_CONTINUES = re.compile(r"\b(the figure|of them|of these|of whom|this includes|these include|composed of|^\W*of the \d+(?:,\d{3})*\s*,\s*|"
                        r"comprising|comprised|among them|of the figure|the rest|of (?:that|the|this|its|(?:last|this) (?:year|month)['’]s|the (?:year|month)['’]s) total|of those|"
                        rf"(?:that|this) (?:is|was|marks|marked) (?:down|up) from|{_PUTS})\b", re.I)
_MORE_OF = re.compile(r"^\W*(?:another|a further)\s+(?:(?:about|some|nearly|around|at least)\s+)?(?:\d|(?:%s)\b)"
                      % "|".join(_NUMBER_WORDS), re.I)  # 'Another 35 soldiers reached the border town'
_PART_VERBS = WORDS["part_verbs"]  # 'Of them, 98 came from the ELN', '41 were soldiers': a part of the figure before
_STUDIED = WORDS["studied_verbs"]
_MODALS = WORDS["modal_verbs"]
_PENALTIES = WORDS["penalty_verbs"]
_PENALTY_NOUNS = set(WORDS["penalty_nouns"])
_TERM_LEADS = C._FIGURE_LEADS | {"up", "to"}  # 'by up to twelve'
_TOPIC_NOUNS = set(WORDS["topic_nouns"])
_TOPIC_LINKS = {"on", "about", "into", "over"}
_PHONE_WORDS = set(WORDS["phone_words"])
_GENERIC_NONSTATE = WORDS["generic_nonstate"]
_VAGUE_PARTS = set(WORDS["vague_parts"])
_SURRENDER_STEMS = tuple(WORDS["surrender_stems"])
_PRESENT_FORMS = WORDS["present_trigger_forms"]
_TO_THE = {"to", "the", "over", "into", "its", "their", "a", "an", "side", "of"}
_CHANGED_FROM = re.compile(r"\b(?:down|up|fallen|risen|dropped|grown) from(?: a (?:peak|high|low) of)?$")
_HABITUAL_MAIN = WORDS["habitual_main_verbs"]
_UNITS_COUNTED = WORDS["counted_unit_plurals"]
_OF_THEM = re.compile(r"\b(?:of them|of whom|of those)\b", re.I)
_OTHER_SIDES = _GENERIC_NONSTATE | WORDS["other_sides"]  # 'deserted to the mujahideen'
_WAVES = WORDS["wave_nouns"]
_OFFICES = WORDS["civilian_office_words"]
_OFFICERS = {"officer", "officers"}
_OFFICES_OF = WORDS["offices_of_leaving"]
_CIVIC_BODIES = WORDS["civic_bodies"]
_BODY_NAME_ENDS = frozenset(WORDS["body_name_ends"])
_THREAT_CUES = frozenset(WORDS["threat_cues"])
_PEOPLE_OBJECTS = WORDS["people_objects"]
_BODIES = _CIVILIAN_BODIES | _CIVIC_BODIES  # a party, board, club or council: whose people hold no force's place
_RETURN_TASKS = WORDS["return_tasks"]
_RETIRED = WORDS["retirement_words"]
_NOT_YET = WORDS["not_yet_words"]
_LABELLING = WORDS["labelling_verbs"]
_HOSTING = WORDS["hosting_verbs"]
_SETTLED = frozenset(WORDS["settled_words"])
_HOLDING_WORDS = frozenset(WORDS["holding_verbs"]) | frozenset(WORDS["deployed_after"]) | {"which"}  # after a state
_FACILITIES = WORDS["facility_nouns"]
_STAYED = WORDS["stayed_words"]
_FORCE_BODIES = WORDS["force_bodies"]
_ABSENCE = WORDS["absence_cues"]
_DISMISS = WORDS["discharge_verbs"]
_OBJECT_LEADS = WORDS["object_leads"]
_POSSESSIVE = {"'s", "\u2019s"}
_SELF_REPORT = WORDS["self_report_bridge"]
_HELD_AREAS = WORDS["held_areas"]
_HELD = WORDS["held_words"]
_PART_OF_THOSE = re.compile(r"^\W*(?:The|These|Those)\s+(?:[^\W\d]+\s+){0,3}[^\W\d]+\s*,?\s+(?:including|among them)\s*$")
_NOT_ONE = re.compile(r"\b(?:not|no)\s+(?:a\s+single|one|single)\b|^no\s+(?!fewer|less|more|longer)")
_MAKEUP = re.compile(r"^\W*(?:The|These|Those)\s+(?:[^\W\d]+[\s,]+){1,10}?(?:include|includes|included)\b")
_DEDUP = re.compile(r"\W+")
_JOINT_NOUNS = WORDS["joint_action_nouns"]
_OWN_ACCOUNT = WORDS["own_account_verbs"]
_SENT_ON_LEAVE = WORDS["sent_on_leave_verbs"]
_FORCE_WORDS = WORDS["force_words"]
_SHARE_WORDS = WORDS["share_numbers"]
_JOINT_LEADS = WORDS["joint_action_leads"]
_JOINT_VERBS = WORDS["joint_action_verbs"]
_DEFINITE_FIGURE = re.compile(r"^\W*(?:The|These|Those|All)\s+(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|"
                              r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                              r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\s+[a-z]+", re.I)


def _names_the_figure(text: str, previous: list) -> bool:
    """'They surrendered to the troops. The 202 fighters ...': a definite figure right after a
    figure-less claim says how many the claim was about."""
    return all(c.count is None for c in previous) and bool(_DEFINITE_FIGURE.match(text)) and _has_number(text[:40])


def _outside_desertions(triggers: list) -> list:
    """Drop a return inside a desertion pattern: 'failed to return to their units' and "haven't
    returned to duty" deny the return; 'returned to the fold of the law' is a surrender."""
    spans = [(s, e) for kind, s, e in triggers if kind in ("desertion", "defection")]
    return [t for t in triggers if t[0] != "return" or not any(s < t[2] and t[1] < e for s, e in spans)]


def _men_of_a_unit(doc, noun_tok: int, end: int) -> bool:
    """'men from his company', 'men of the 2nd Battalion', 'men under his command', 'men from Sopore who had
    joined the LeT': a force's men."""
    k = noun_tok + 1
    while k < end and (doc[k].lower_ == "from" or doc[k].is_title):
        k += 1  # 'young men from Sopore who ...'
    after = [t.lower_ for t in doc[k:min(end, k + 3)]]
    if after[:1] == ["who"] and next((w for w in after[1:] if w not in {"had", "have", "has"}), None) in _JOINERS:
        return True
    if noun_tok + 1 >= end or doc[noun_tok + 1].lower_ not in {"from", "of", "under", "in"}:
        return False
    return any(t.lower_ in _OWNERS - {"the"} or t.lower_ in C._UNIT_NOUNS for t in doc[noun_tok + 2:min(end, noun_tok + 6)])


def _proportion(doc, sent, qs: int, qe: int) -> bool:
    """Either side of 'one in ten', 'two in five', '1 in 4': a share, whose numbers count no one."""
    if qe + 1 < sent.end and doc[qe].lower_ == "in" and _small_number(doc[qe + 1]):
        return True
    return qs - 2 >= sent.start and doc[qs - 1].lower_ == "in" and doc[qs - 2].like_num and _small_number(doc[qs])


def _anyone_who(sent) -> bool:
    """'A soldier who deserts takes his weapon with him', 'A soldier who is unpaid is half a deserter':
    a sentence about anyone who might leave, in the present tense, reports no one who did."""
    doc = sent.doc
    i = sent.start
    while i < sent.end and (doc[i].is_quote or doc[i].is_space):
        i += 1
    if i >= sent.end or doc[i].lower_ not in _GENERIC_LEADS:
        return False
    who = next((k for k in range(i + 2, min(sent.end - 1, i + 6)) if doc[k].lower_ == "who"), None)
    if who is None or not all(t.is_alpha or t.text == "-" for t in doc[i + 1:who]):
        return False
    verb = doc[who + 1].lower_
    if verb == "is":
        return _present_main(doc, who + 2, min(sent.end, who + 10))
    return verb.endswith("s") and verb not in {"was", "has"}  # 'who deserts', 'who leaves', 'who goes missing'


def _present_main(doc, start: int, end: int) -> bool:
    """After 'who is ...': a present or modal main verb comes before any past one."""
    for t in doc[start:end]:
        if t.lower_ in _GENERIC_MAIN:
            return True
        if t.lower_ in {"said", "told", "was", "were", "had"} or t.lower_.endswith("ed"):
            return False
    return False


def _small_number(token) -> bool:
    """A number a share is told in ('ten', '4'), not a year or a figure of people."""
    return token.lower_ in _SHARE_WORDS or token.text.isdigit() and int(token.text) <= 100


def _described_only(doc, triggers: list) -> list:
    """'Several dozen former fighters made it across the frontier': 'former fighters' says who they
    were; where the sentence has a leaving word of its own, that word says what they did. So too
    'escaped from the group and returned to his family': the escape is the leaving."""
    others = [t for t in triggers if doc[t[1]].lower_ != "former" and doc[t[2] - 1].lower_ not in _HOME_TO]
    return _back_from_a_centre(doc, others or triggers)


def _back_from_a_centre(doc, triggers: list) -> list:
    """'34 ex-combatants absconded from the centre and went back to rejoin their comrades': men who
    had already left their group, slipping out of the centre that holds them, are going back to it;
    the words before the return only tell how."""
    back = min((t[1] for t in triggers if t[0] == "return"), default=None)
    if back is None:
        return triggers
    if not any(t[0] == "desertion" and t[2] <= back and any(w.lower_ in _CENTRES for w in doc[t[1]:min(back, t[2] + 4)])
               for t in triggers):
        return triggers
    return [t for t in triggers if t[1] >= back]


def _hedge_back(claims: list, hedges: set[int], sents: list, by_sent: dict) -> None:
    """'The claim could not be independently verified' two sentences on, with no claim of its own in
    between, hedges the leaving claims it points back at (not a stock figure given beside them)."""
    for h in hedges:
        if by_sent.get(h) or not any(t.lower_ in _BACK_REFERENCES for t in sents[h]) or _has_number(span_text(sents[h])):
            continue  # 'a figure that could not be verified' after its own figure hedges that one
        near = [(k, c) for k, c in claims if h - 2 <= k <= h]
        if not near or any(k == h or c.kind == "strength" for k, c in near):
            continue
        last = max(k for k, _ in near)
        for k, c in near:
            if k == last:
                c.status = "unverified"


_ASKS = re.compile(r"^(?:[^:\n]{0,60}:\s*)?[\"“‘']?(?:how|what|why|who|which|is|are|was|were|did|do|does|has|have|had|so|"
                   r"can|could|will|would|should)\b[^?]*\?[\s\"'”’)]*$", re.I)
_CONTRAST = {"while", "whereas", "whilst"}
_JOINERS = WORDS["joining_words"]
_HOME_TO = WORDS["home_to"]
_CENTRES = WORDS["centres"]


def _joiners(doc, sent, qs: int, qe: int, trig) -> bool:
    """A figure set against the leaving word by 'while' or 'whereas', in a clause of its own that says
    people joined: they are the recruits the report weighs the leavers against."""
    between = range(trig[2], qs) if trig[2] <= qs else range(qe, trig[1])
    contrast = next((j for j in between if doc[j].lower_ in _CONTRAST), None)
    if contrast is None:
        return False
    own = doc[qs:min(sent.end, qe + 8)] if trig[2] <= qs else doc[max(sent.start, qs - 2):contrast]
    return any(t.lower_ in _JOINERS for t in own)


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,10}\)")


class Extractor:
    """Loads its lexicons and knowledge once; `extract` is then cheap per document."""

    def __init__(self, registry=None, gazetteer=None):
        from awol.normalize import countries
        from awol.normalize.groups import default_registry
        from awol.normalize.places import default_gazetteer

        self.nlp = nlp()
        self.lex = lexicon()
        self.registry = registry or default_registry()
        self.gazetteer = gazetteer or default_gazetteer()
        self.countries = countries
        self.triggers = Triggers(self.lex, self.nlp.vocab)
        self.screen = default_screen()
        self.people_words = self.lex.member_nouns | self.lex.person_nouns
        self.cohort_nouns = self.people_words - WORDS["unit_nouns"] - {"military", "forces", "ranks", "units"}
        self.speech_keys = speech_keys()  # what `attribute` looks for
        self.hedge_keys = self.lex.keys("hedges")
        self.lex.matcher(self.nlp.vocab, "hedges")  # built now: what a memory zone adds is freed
        self.demonyms = plural_demonyms()  # 'Eritreans': a people's name, not a count of townsfolk
        self.warm = WARM_DOCUMENTS
        self._lock = threading.Lock()  # a zone frees what any thread added meanwhile: one document at a time

    def extract(self, doc: Document) -> DocResult:
        """The document's claims. After the first WARM_DOCUMENTS, each document runs in a spaCy memory
        zone: the words it adds to the vocabulary are freed when it is done, so a long stream of new
        names does not grow memory, while the first documents' words stay and keep the tokenizer's
        cache warm for common ones."""
        with self._lock:
            if self.warm > 0:
                self.warm -= 1
                return self._extract(doc)
            with self.nlp.memory_zone():
                return self._extract(doc)

    def _extract(self, doc: Document) -> DocResult:
        result = DocResult(doc_id=doc.id, published=doc.published if doc.published_date else None, doc_hash=doc.hash)
        sp = parse(doc.text)
        sents = spans(sp)
        by_sent: dict[int, list] = {}
        starts = [s.start for s in sents]
        lowers = _lowers(sp)
        anchors = self.screen.anchors(doc.text)
        positions = [a for a, _ in anchors]
        for k, sent in enumerate(sents):
            lo, hi = bisect_left(positions, sent.start_char), bisect_left(positions, sent.end_char)
            if lo == hi:
                continue  # no anchor of any trigger pattern: no match possible
            found = self.triggers.match(sent, (i for _, ids in anchors[lo:hi] for i in ids), self._armed_group_at)
            if found:
                by_sent[k] = found
        if not by_sent:
            return result
        near = [(sents[k].start_char, sents[k].end_char) for k, trig in by_sent.items()
                if not all(_arriving(sp, t) for t in trig)]  # 'Syrian troops entered Lebanon' leaves nothing
        ctx = DocContext.build(doc, self.registry, self.countries, near, self.gazetteer)
        memory = SpeakerMemory()
        unheard: list = []  # claim-less sentences with a speech word, not yet read for their speaker
        seen: set[str] = set()
        claims: list[tuple[int, Claim]] = []
        case_context = any(
            any(t[0] == "desertion" for t in trig) and any(tok.lower_ in self.lex.case_nouns for tok in sents[k])
            for k, trig in by_sent.items())
        previous: list[Claim] = []
        recent: tuple[int, list[Claim]] = (0, [])  # the latest sentence with claims, and its claims
        self._seen_claims = []
        hedges = hedged_sentences(sp, [s for k, s in enumerate(sents) if _has_key(lowers, s, self.hedge_keys)], starts)
        title_key = _DEDUP.sub(" ", (doc.title or "").lower()).strip()
        for k, sent in enumerate(sents):
            stext = span_text(sent)
            key = _DEDUP.sub(" ", stext.lower()).strip()
            if key and (key == title_key or (k < 4 and _title_case(stext))):
                seen.add(key)  # headlines are restated by the body
                continue
            trig = _described_only(sp, _outside_desertions([t for t in by_sent.get(k, []) if self._real(sent, t)]))
            if key in seen:
                previous = []
                continue
            seen.add(key)
            if trig and _ASKS.search(stext):
                previous = []
                continue  # 'So out of 1,430 only 612 came back?': a question asks, it reports nothing
            if _anyone_who(sent):
                previous = []
                continue  # 'A soldier who leaves twice can produce two cases': anyone who might, no one who did
            if trig and self._seen_claims and _MAKEUP.match(stext):
                continue  # 'The soldiers who fled include a general and three colonels': who they were, no new leaving
            more = not trig and _MORE_OF.match(stext) is not None  # 'Another 35 soldiers reached the border town'
            if not trig and not previous and recent[1] and k - recent[0] <= 3 and (_PUTS_NUMBER.search(stext) or more):
                previous = recent[1]  # 'An official put the number at close to 60', a sentence after the claim
            if not trig and previous:
                S.joined_next(sent, previous, self.registry)
            if not trig and not self._may_hold_figure(sent, lowers, previous, case_context):
                if _has_key(lowers, sent, self.speech_keys):
                    unheard.append(sent)  # who speaks here is remembered before the next claim's speaker is found
                previous = []
                continue
            sctx = C.termed(sent, self.registry, ctx)  # 'SZCh' in it: Ukraine's forces, whatever the story names
            found = self._found(sent, trig, sctx)
            for earlier in unheard:
                attribute(earlier, memory, doc.publisher, lowers=lowers)
            unheard.clear()
            found.attribution = attribute(sent, memory, doc.publisher, found.groups, lowers)
            found.hedged = k in hedges
            if not found.hedged and k + 1 < len(sents) and k + 1 in hedges and (
                    len(sents[k + 1]) < 16 or (not by_sent.get(k + 1) and any(
                        t.lower_ in _BACK_REFERENCES for t in sents[k + 1]))):
                found.hedged = True
                found.evidence_end = sents[k + 1].end_char
            names_figure = not trig and previous and _names_the_figure(stext, previous)
            if not trig and previous and (_CONTINUES.search(stext) or names_figure or more) \
                    and not _figure_joined(sent, lowers):  # 'Over the same period, 62 local youths joined': recruits
                found.triggers = [(previous[0].kind, sent.start, sent.start)]
                found.continuation = True
            new = self._claims(found, sctx, case_context)
            if found.continuation and previous and previous[0].period is not None:
                for c in new:
                    if c.period is None:  # 'The figure is composed of 626 regulars ...': the figure's time
                        c.period, c.period_text = previous[0].period, previous[0].period_text
            if found.continuation and previous:
                new.extend(self._rest_of_breakdown(found, previous[0], new))
                if len(sent) <= _SHORT_BREAKDOWN:
                    for c in new:  # 'Of them, 412 were officers.': too short to be read without the whole before it
                        if c.evidence_start == sent.start_char and previous[0].evidence_start is not None:
                            c.evidence_start = previous[0].evidence_start
                            c.evidence = text_of(sp)[c.evidence_start:c.evidence_end]
            if not previous and k > 0:
                for c in new:
                    if c.count is None and c.group_mention.lower() in ("they", "we"):
                        self._cohort_figure(c, sents[k - 1], lowers)
            figured = [c for c in new if c.count is not None]
            if names_figure and figured:
                gone = {id(c) for c in previous}  # the figure-less claim is now told with its figure
                claims = [(j, c) for j, c in claims if id(c) not in gone]
                for c in figured:
                    absorb(c, previous[0], text_of(sp))
            claims.extend((k, c) for c in new)
            ctx.remember(new)
            self._seen_claims.extend(new)
            previous = new
            if new:
                recent = (k, new)
        _hedge_back(claims, hedges, sents, by_sent)
        kept = keep(claims, sents, self.registry)
        result.claims = kept
        if kept:
            leaving = {k: v for k, v in by_sent.items() if not all(_arriving(sp, t) for t in v)}
            result.drivers = drivers_of(sents, leaving, lowers)  # why people left, not why they arrived
        return result

    @staticmethod
    def _rest_of_breakdown(found, whole: Claim, parts: list[Claim]) -> list[Claim]:
        """'389 handed themselves in. The ELN accounted for 214 and the FARC dissidents for 128; the remainder
        were members of the Gulf Clan': the group named after 'the remainder' counts the exact whole less the
        parts ('roughly 4,000 of them were soldiers and the remainder police': 16,400 less 3,600 to 4,400)."""
        doc = found.sent.doc
        told = [c for c in parts if c.kind == whole.kind and c.count is not None and c.count.high is not None]
        if not told or whole.count is None or whole.count.low != whole.count.high:
            return []
        low = whole.count.low - sum(c.count.high for c in told)
        high = whole.count.low - sum(c.count.low for c in told)
        for t in found.sent:
            if t.lower_ not in C.REMAINDER or t.i == found.sent.start or doc[t.i - 1].lower_ != "the" \
                    or t.i + 1 >= found.sent.end:
                continue
            j = t.i + 1 + (doc[t.i + 1].lower_ in _PART_VERBS["being"] | _PART_VERBS["origin"])
            end = doc[min(found.sent.end, j + 6) - 1].idx
            named = sorted((g for g in found.groups if g.entry is not None and doc[j].idx <= g.start <= end),
                           key=lambda g: (g.generic, g.start))
            listed = doc[min(found.sent.end, j + 9) - 1].idx
            shared = {g.name for g in found.groups if doc[j].idx <= g.start <= listed and not g.generic and g.entry is not None}
            if low <= 0 or not named or len(shared) > 1:
                return []  # 'with the rest from FARC dissident factions, the Gulf Clan and smaller structures': split
            g = named[0]
            text = text_of(doc)
            return [replace(told[-1], group=g.name, group_mention=g.text, group_country=g.country,
                            count=Count(low, high), count_text=doc[t.i - 1:t.i + 1].text,
                            evidence_start=whole.evidence_start,  # the count is the whole's as much as this sentence's
                            evidence=text[whole.evidence_start:told[-1].evidence_end])]
        return []

    def _cohort_figure(self, claim: Claim, before, lowers: list[str]) -> None:
        """'A group of 25 soldiers crossed into Nigeria. They had deserted their base.': 'they' are the
        people the sentence before counts, when it counts one group of people and made no claim."""
        from awol.normalize.counts import find_quantities

        text = span_text(before)
        if not _has_number(text):
            return
        doc = before.doc
        counted = []
        for q in find_quantities(text):
            end = C._tok_at(doc, before.start_char + q.end - 1) + 1
            if any(lowers[j] in self.cohort_nouns for j in range(end, min(before.end, end + 3))):
                counted.append(q)
        if len(counted) != 1:
            return
        q = counted[0]
        claim.count, claim.count_text = Count(q.low, q.high), q.text
        claim.evidence_start = before.start_char
        claim.evidence = text_of(doc)[claim.evidence_start:claim.evidence_end]
        claim.rule = (claim.rule or "") + "+cohort"

    @staticmethod
    def _draft_evaders(sent, noun_tok: int) -> bool:
        """'men of fighting age', 'people ... to avoid the draft': men liable to serve, not members."""
        doc = sent.doc
        if doc[noun_tok].lower_ not in _CIVILIAN_PEOPLE | {"men"}:
            return False
        after = [t.lower_ for t in doc[noun_tok + 1:min(sent.end, noun_tok + 5)]]
        if "age" in after and set(after[:after.index("age")]) & _SERVICE_AGES:
            return True
        words = _joined_hyphens([t.lower_ for t in sent])  # 'call', '-', 'up' is 'call-up'
        if doc[noun_tok].lower_ == "men" and noun_tok > sent.start and doc[noun_tok - 1].is_title \
                and set(words) & _DRAFT:
            return True  # 'Russian men have left since the mobilisation': men liable to be called up
        if doc[noun_tok].lower_ == "men" and noun_tok > sent.start and (
                doc[noun_tok - 1].lower_ == "young" or doc[noun_tok - 1].is_title and find_countries(doc[noun_tok - 1].text)) \
                and not _men_of_a_unit(doc, noun_tok, sent.end) and not set(words) & _FORCE_WORDS:
            return True  # 'more than 2,500 young men had left Daraa for Lebanon', '11,000 Ukrainian men crossed into Romania'
        return any(w in _EVADE and (set(words[i + 1:i + 4]) & _DRAFT or any(
            d in " ".join(words[i + 1:i + 4]) for d in _DUTIES)) for i, w in enumerate(words))  # 'to avoid military service'

    def _by_members(self, doc, k: int, end: int) -> bool:
        """'by about 70 soldiers': a figure of members of a force after a passive 'by'."""
        while k < end and (doc[k].lower_ in C._FIGURE_LEADS or doc[k].like_num):
            k += 1
        return k > 0 and doc[k - 1].like_num and k < end and doc[k].lower_ in self.lex.member_nouns

    def _real(self, sent, trig) -> bool:
        """Drop triggers that report no leaving: appeals, fears, plans, denials, adjectives."""
        kind, s, e = trig
        doc = sent.doc
        before = [t.lower_ for t in _clause_before(doc, max(sent.start, s - 4), s, _TEMPORAL)
                  if not t.is_title and not _so_called(doc, t.i) and not _heeded(doc, t.i) and not _attributive(doc, t.i)
                  and not _on_trial(doc, t.i) and not _phoned(doc, t.i)]
        # 'in May' is a month; 'fear before deserting': it happened; 'accepted the peace call and surrendered': it did
        if "how" in before and before[before.index("how") + 1:before.index("how") + 2] == ["many"]:
            before.remove("how")  # 'how many peshmerga had left': a question about what happened
        if (set(before) - {"not"}) & self.lex.irrealis or "not" in before[-2:]:
            return False  # 'not' negates only the words right after it ('was not concerned about the migration')
        clause = _clause_before(doc, max(sent.start, s - 12), s, _TEMPORAL)
        if {t.lower_ for t in clause} & _NOBODY or _NOT_ONE.search(" ".join(t.lower_ for t in clause)):
            return False  # 'none of its 300 fighters had deserted', 'not a single soldier has gone over': a denial
        w = s - 1 - (s - 2 >= sent.start and doc[s - 1].lower_ in {"had", "have", "has"})  # 'who had abandoned'
        if s > sent.start and doc[w].lower_ in {"who", "that"} and {
                t.lower_ for t in doc[max(sent.start, w - 8):w]} & _OFFERS:
            return False  # 'an amnesty to rebels who surrender', 'offered pardons to rebels who surrendered': whoever may
        said = max((t.i + 1 for t in doc[sent.start + 1:s] if t.lower_ == "that" and doc[t.i - 1].lower_ == "and"),
                   default=sent.start)  # 'said he had been dismissed and that a handful had gone with him': a new clause
        if any(t.lower_ in self.lex.appeals and not self._discharged(doc, t.i, s) and not _so_called(doc, t.i)
               and not _anonymous(doc, t.i, s) and not _own_account(doc, t.i, s) and not _phoned(doc, t.i)
               for t in doc[said:s]):
            return False
        if s > sent.start and doc[s - 1].lower_ == "who" and self._then_may(doc, sent, e):
            return False  # 'servicemen who left their units can return without liability': whoever did, in a law
        if s > sent.start and doc[s - 1].lower_ == "who" and doc[s].lower_ in _PRESENT_FORMS \
                and _habitual(doc, sent, e) and not _counts_people(span_text(sent)):
            return False  # 'Those who hand themselves in are debriefed by army intelligence': what happens to anyone
        if kind == "defection" and S.part_of_them_joined(doc, s, e):
            return False
        first = doc[s].lower_
        if first in C.NOMINAL and s > sent.start and doc[s].is_title and e < sent.end and doc[e].is_title \
                and not _title_case(span_text(sent)):
            return False  # 'the Bulumkutu Rehabilitation Centre': part of a name
        k = s - 2 if s - 2 >= sent.start and doc[s - 1].lower_ == "be" else s - 1
        if k >= sent.start and doc[k].lower_ == "to" and k - 1 >= sent.start and (
                doc[k - 1].lower_ in _INTENT or doc[s - 1].lower_ == "be"):
            return False  # 'agreed to surrender', 'are to be demobilised': a plan or purpose, not a report
        if k >= sent.start and doc[k].lower_ == "to" and {
                t.lower_ for t in _clause_before(doc, max(sent.start, k - 14), k)} & self.lex.irrealis:
            return False  # 'we expect further RSF commanders to switch sides': what may come
        if k >= sent.start and doc[k].lower_ == "to" and any(
                doc[j].lower_ == "for" and doc[j - 1].lower_ in _PURPOSE_HEADS for j in range(max(sent.start + 1, k - 4), k - 1)):
            return False  # 'a law making it easier for deserters to return': what may happen
        if any(t.lower_ == "that" for t in doc[max(sent.start, s - 8):s]) and any(
                t.lower_ in _DENIED_AFTER and doc[t.i - 1].lower_ in {"is", "are", "was", "were", "as", "be", "been"}
                for t in doc[e:sent.end]):
            return False  # 'reports that 300 soldiers deserted are false', 'claims that ... were dismissed as baseless'
        if kind == "leaving" and e + 1 < sent.end and doc[e].lower_ in {"their", "his", "her"} and doc[e + 1].lower_ in _HOMES \
                and not any(t.lower_ in self.lex.civilian_nouns for t in sent):
            return False  # policemen 'fled their homes' still serve; civilians fleeing home may be leaving the country
        if kind == "leaving" and doc[e - 1].lower_ == "home" and (any(
                t.lower_ in self.lex.civilian_nouns and not (t.i + 1 < sent.end and doc[t.i + 1].lower_ in self.people_words)
                for t in sent) or any(t.lower_ in _LEAVE for t in doc[e:min(sent.end, e + 3)])):
            return False  # 'refugees went home' go back, 'troops went home on leave' may; 'reservists walked home' left
        if first == "deserted" and (e < sent.end and doc[e].lower_ == "by" and not _time_at(doc, e, sent.end)
                                    and not self._by_members(doc, e + 1, sent.end)
                                    or s > sent.start and doc[s - 1].lower_ in {"a", "the"}):
            return False  # 'deserted by its allies', 'a deserted village'; not 'had deserted by April', nor
            # 'the base was deserted by about 70 soldiers'
        if first in ("deserted", "deserting", "deserts", "desert") and e < sent.end and doc[e].lower_ in _PEOPLE_OBJECTS:
            return False  # 'he deserted us at the worst moment': he let people down, he left no force
        if first.startswith("pledg") and self._group_pledges(sent, s):
            return False  # 'Boko Haram pledged allegiance to the Islamic State': an alliance, no one left
        if first in C.NOMINAL and s > sent.start and doc[s - 1].lower_ == "as" and any(
                t.lower_ in _LABELLING for t in doc[max(sent.start, s - 8):s - 1]):
            return False  # 'Damascus described army defectors as deserters': a label, no leaving reported
        if kind in ("desertion", "leaving") and self._defines(sent):
            return False  # 'a soldier becomes a deserter when he has been absent for 30 days': a definition
        if first.startswith("resign") and s - 2 >= sent.start and doc[s - 1].lower_ in {"their", "his", "her"} \
                and doc[s - 2].lower_ in {"withdrew", "withdrawn", "withdraw", "withdrawing", "retracted"}:
            return False  # '45 of them withdrew their resignations': they stayed
        if first.startswith(("resign", "quit")) and e < sent.end and doc[e].lower_ == "as":
            return False  # 'resigned as party chair', 'quit as coach': a post given up, not a force left
        if first.startswith(("resign", "quit")) and e + 1 < sent.end and doc[e].lower_ in {"the", "a", "his", "her", "their", "from"} \
                and _object_in(doc, e + 1 if doc[e].lower_ != "from" or doc[e + 1].lower_ != "the" else e + 2,
                               sent.end, _CIVILIAN_BODIES, 3):
            return False  # 'the captain quit the squad', 'resigned from the board': no force left
        if kind == "leaving" and any(t.lower_ in self.lex.withdrawal for t in sent):
            return False  # 'the withdrawal ... US troops have left Afghanistan': an ordered pull-out
        if first.startswith(("left", "leav", "quit", "resign")) and any(t.lower_ in _RETIRED for t in doc[sent.start:s]):
            return False  # 'a retired major general who left the army in 2007': he retired
        if kind == "leaving" and any(t.lower_ == "loyal" and doc[t.i - 1].lower_ in _STAYED for t in sent if t.i > 0):
            return False  # 'sailors who chose to remain loyal had left Crimea for the mainland': they kept faith
        if kind == "leaving" and e < sent.end and (doc[e].lower_ == "back" or doc[e].lower_ in {"to", "into", "towards"} and any(
                doc[j].lower_ in {"their", "its", "his"} and doc[j + 1].lower_ in POSTS for j in range(e + 1, min(sent.end - 1, e + 3)))):
            return False  # 'fled back to their base', 'fled to their own lines': a retreat, not a desertion
        if kind == "leaving" and any(
                doc[j].lower_ in {"another", "other", "new"} and doc[j + 1].lower_ in C._UNIT_NOUNS
                for j in range(e, min(sent.end - 1, e + 4))):
            return False  # 'left the brigade for another unit': a transfer, not a desertion
        if kind == "return" and e < sent.end and doc[e].lower_ in _FORCE_PLACES:
            return False  # 'returned to the army base': a place, not the force
        if kind == "return" and any(t.lower_ in _RETURN_TASKS and not t.is_title for t in sent) \
                and not any(t.lower_ in _ABSENCE for t in sent):
            return False  # 'troops deployed for the vote returned to barracks' (not 'the Operations Command said')
        if first.startswith("surrender") and e + 1 < sent.end and doc[e].lower_ in {"the", "a", "an", "its", "their", "his", "control"} \
                and (doc[e].lower_ == "control" or _object_in(doc, e + 1, sent.end, _SURRENDERED_THINGS)):
            return False  # 'troops surrendered the town', 'a two-goal lead': ground given up, nobody left the force
        if kind == "leaving" and e < sent.end and (doc[e].lower_ in _HAZARDS or doc[e].lower_ in {"the", "a", "an"}
                                                   and _object_in(doc, e + 1, sent.end, _HAZARDS, 2)):
            return False  # 'soldiers escaped the blaze': a fire fled, no force or country left
        if kind == "defection" and any(t.lower_.startswith("join") for t in doc[s:e]) and _joint_action(doc, e, sent.end):
            return False  # 'British troops joined the Peshmerga in the offensive on Mosul': allies fighting together
        if first == "former" and any(t.lower_ in self.lex.casualties or t.lower_ in _CAPTURED
                                     for t in doc[e:min(sent.end, e + 5)]):
            return False  # 'more than 290 former FARC combatants have been killed': who they were, not a leaving
        if first == "former" and any(t.lower_ in _STUDIED for t in doc[max(sent.start, s - 5):s]):
            return False  # 'interviews with 96 former fighters': the people a study heard
        if first.startswith("surrender") and S.in_battle(doc, sent, e, s):
            return False  # 'surrendered when the town fell': a unit giving up in battle (SCHEMA: no claim)
        if kind == "leaving" and _sent_to_fight(doc, e, sent.end):
            return False  # 'troops from the 5th battalion left for the front': sent to fight, not leaving
        if kind == "leaving" and e < sent.end and doc[e - 1].lower_ in C.NOMINAL and doc[e].lower_ in _OFFICES_OF:
            return False  # 'Colombian migration officers', 'the migration agency': an office, not a leaving
        if kind == "leaving" and doc[e - 1].lower_ in {"left", "leave", "leaving", "leaves"} and e < sent.end and doc[e].is_title \
                and not self._armed_group_at(doc[e:sent.end]) and not find_countries(span_text(doc[e:sent.end])):
            return False  # 'its troops had left Mekelle for humanitarian reasons': a town given up, no force or country left
        if kind == "leaving":
            words = {t.lower_ for t in doc[s:e]}
            if words & {"left", "leave", "leaving"}:
                nxt = doc[e].lower_ if e < sent.end else ""
                if nxt in {"behind", "over", "out", "alone"} or (before[-1:] in (["on"], ["for"], ["of"])):
                    return False
        return True

    def _group_pledges(self, sent, s: int) -> bool:
        """Whether the subject of a pledge at s is an armed group itself, not people of it: the words
        before it (an appositive between commas left out) name a non-state group and no people."""
        doc = sent.doc
        words = list(doc[sent.start:s])
        commas = [i for i, t in enumerate(words) if t.text == ","]
        if len(commas) >= 2:
            words = words[:commas[0]] + words[commas[1] + 1:]
        if any(t.lower_ in self.people_words for t in words):
            return False
        mentions = self.registry.find(" ".join(t.text for t in words))
        return any(m.entry is not None and not m.generic and not m.entry.is_state for m in mentions)

    @staticmethod
    def _defines(sent) -> bool:
        """'(a soldier) becomes a deserter when he has been absent ...', 'is deemed to have deserted if ...':
        the sentence says who counts as a deserter."""
        doc = sent.doc
        return any(t.lower_ in _CONDITIONS for t in sent) and any(
            t.lower_ in _DEFINING and any(x.lower_.startswith(("desert", "absent", "awol"))
                                          for x in doc[t.i + 1:min(sent.end, t.i + 5)]) for t in sent)

    def _armed_group_at(self, span) -> bool:
        """Whether the span starts with the name of an armed group or force the registry knows:
        'left Boko Haram', not 'left Kherson'; or with a country left for another ('left Yemen for Oman')."""
        text = span_text(span)
        mentions = self.registry.find(text)
        if mentions and mentions[0].start == 0 and mentions[0].entry is not None and not mentions[0].generic:
            return True
        left = next((end for start, end, _ in find_countries(text[:40]) if start == 0), None)
        return left is not None and text[left:left + 5].lower() == " for "  # 'left Yemen for Saudi Arabia': a country left

    def _discharged(self, doc, k: int, s: int) -> bool:
        """'dismissed thousands of soldiers who abandoned their posts': people dismissed from a force
        (a discharge, before the leaving word), not a claim dismissed as untrue."""
        if doc[k].lower_ not in _DISMISS:
            return False
        for t in doc[k + 1:min(s, k + 7)]:
            if not (t.like_num or t.is_quote or t.lower_ in _OBJECT_LEADS):
                return t.lower_ in self.people_words  # the object is people, not 'reports' or 'the claims'
        return False

    def _found(self, sent, trig, ctx) -> C.Found:
        text = span_text(sent)
        base = sent.start_char
        from awol.normalize.counts import find_quantities
        from awol.normalize.periods import find_times

        published, countries = ctx.published, ctx.countries
        found = C.Found(sent=sent, triggers=trig,
                        find_times=lambda: [_Shifted(t, base) for t in find_times(text, published)],
                        find_places=lambda: [_Shifted(p, base) for p in self.gazetteer.find(text, countries)])
        found.quantities = [_Shifted(q, base) for q in find_quantities(text)]
        for m in self.registry.find(text, countries):
            if not LINKED_SUFFIX.match(text, m.end) and m.text not in ctx.redefined:
                peacekeeping = m.entry is not None and m.entry.type == "peacekeeping"
                (found.peacekeepers if peacekeeping else found.groups).append(_Shifted(m, base))
        return found

    @staticmethod
    def _drop_speaker(found: C.Found) -> None:
        """Groups named in the speaker phrase ('Free Syrian Army officials said') are not who left."""
        a = found.attribution
        if a is not None and a.start >= 0:
            acronym = _ACRONYM_AFTER.match(text_of(found.sent.doc), a.end)
            end = acronym.end() if acronym else a.end  # 'the Agency (NISA) reported': its acronym speaks too
            found.speaker_groups = [g for g in found.groups if a.start <= g.start < end]
            found.groups = [g for g in found.groups if not (a.start <= g.start < end)]

    def _claims(self, found: C.Found, ctx: DocContext, case_context: bool) -> list[Claim]:
        sent = found.sent
        doc = sent.doc
        out: list[Claim] = []
        exclude = [(g.start, g.end) for g in found.groups]
        a = found.attribution
        speakers_left = self._speakers_left(found)
        if not speakers_left:
            self._drop_speaker(found)
        speaker = (a.start, a.end) if a is not None and a.start >= 0 and not speakers_left and not any(
            a.start <= doc[t[1]].idx < a.end for t in found.triggers) else None  # 'two senior officers told reporters'
        if a is not None and a.start >= 0 and not found.continuation:  # a carried-over trigger stands at the start
            found.triggers = [t for t in found.triggers if not (a.start <= doc[t[1]].idx < a.end)
                              or self._told_in_the_speaker(found, t)]
        if found.attribution and found.attribution.start >= 0 and not speakers_left:
            exclude.append((found.attribution.start, found.attribution.end))
        covered: set[tuple] = set()
        led: set[tuple] = set()  # (kind, group) of figures that count their leader too
        arrivals = [t for t in found.triggers if _arriving(doc, t)]
        found.triggers = [t for t in found.triggers if t not in arrivals]
        strong = {t[0] for t in found.triggers} - {"leaving"}
        out.extend(self._rates(found, ctx, exclude, covered, strong))
        self._figure_claims(found, ctx, case_context, out, exclude, covered, led, strong, speaker)
        out.extend(self._earlier_stock(found, ctx, out, exclude))
        self._compared_figures(found, ctx, out, exclude)
        if arrivals:
            out.extend(self._arrivals(found, arrivals, ctx, case_context, exclude, speaker, out))
        own = self._speakers_force(found, ctx) if out and _OWN_UNIT.search(span_text(sent)) else None
        for c in out:
            if c.kind == "desertion" and self._crossed_to_adversary(found, c, ctx) and not any(t.lower_ == "asylum" for t in sent):
                c.kind = "defection"  # crossing to the state across the front line is going over to the other side
            elif c.kind == "defection" and self._surrendered_abroad(found, c):
                c.kind, c.to_group = "desertion", None  # 'crossed into the Central African Republic and surrendered there'
            if own is not None and c.group_country == own.country:
                c.group = own.name  # 'a special forces member said ... his unit lost 100 men'
        kinds_with_figures = {c.kind for c in out}
        ctx.remember(out)  # 'and some then joined ...' continues this sentence's figure claims
        self._subject_claims(found, ctx, out, exclude, covered, led, kinds_with_figures)
        self._leaders_men(out)
        defections = {(c.group, c.count.low if c.count else None) for c in out if c.kind == "defection"}
        if self._lone_resignation(found):
            for c in out:
                if c.kind == "desertion" and c.count == Count(1, 1):
                    c.rule = (c.rule or "") + LONE_RESIGNATION  # stands only in a report of others leaving
        return [c for c in out if not (c.kind == "desertion" and (c.group, c.count.low if c.count else None) in defections)]

    @staticmethod
    def _earlier_stock(found: C.Found, ctx, out: list[Claim], exclude: list) -> list[Claim]:
        """'fewer than 1,000 remain, down from about 2,500 in 2019': the figure a stock changed from is the
        force's size then, one more strength claim of the same force."""
        doc = found.sent.doc
        stock = next((c for c in out if c.kind == "strength" and c.count is not None), None)
        if stock is None:
            return []
        made = {c.count_text for c in out}
        new = []
        for q in found.quantities:
            qs = C._tok_at(doc, q.start)
            lead = [t.lower_ for t in doc[max(found.sent.start, qs - 5):qs]]
            if q.text in made or q.low is None and q.high is None or not _CHANGED_FROM.search(" ".join(lead)):
                continue
            new.append(C.make_claim(found, "strength", (stock.group, stock.group_mention, stock.group_country),
                                    Count(q.low, q.high), q.text, qs, None, ctx, exclude, measure="total"))
        return new

    @staticmethod
    def _lone_resignation(found: C.Found) -> bool:
        """Every leaving word of the sentence is a resignation, and nothing says it was forced: one member
        resigning ('a former sergeant who resigned to run a business') is a normal discharge unless the
        report is about others leaving too; a resignation counts under threat or en masse."""
        sent = found.sent
        words_ = [sent.doc[t[1]].lower_ for t in found.triggers]
        return bool(words_) and all(w.startswith("resign") for w in words_) and not any(
            t.lower_ in _THREAT_CUES for t in sent)

    def _compared_figures(self, found: C.Found, ctx: DocContext, out: list[Claim], exclude: list) -> None:
        """'4,811 cases in the first half of 2024, compared with 1,960 in the same period of 2023', 'down from 1,396
        the year before': a figure set beside a claim's for comparison counts the same people at another time."""
        doc = found.sent.doc
        for q in found.quantities:
            qs = C._tok_at(doc, q.start)
            if q.low is None or not (qs - 2 >= found.sent.start and (doc[qs - 2].lower_, doc[qs - 1].lower_) in _COMPARISONS
                                     or _multiple_of(doc, found.sent, qs)):
                continue
            if any(c.count is not None and (c.count.low, c.count.high) == (q.low, q.high) for c in out):
                continue  # already a claim of its own ('compared with 1,500 soldiers who deserted in 2023')
            first = next((c for c in reversed(out) if c.count is not None and c.kind != "strength"
                          and c.evidence_start == found.sent.start_char and c.count_text
                          and 0 <= doc.text.find(c.count_text, found.sent.start_char) < q.start), None)
            if first is None:
                continue
            claim = C.make_claim(found, first.kind, (first.group, first.group_mention, first.group_country),
                                 Count(q.low, q.high), q.text, qs, None, ctx, exclude)
            if claim.period and first.period and "same period" in doc.text[q.end:q.end + 30].lower() \
                    and first.period.start[:4] == first.period.end[:4]:
                year = claim.period.start[:4]  # 'the same period of 2023': the claim's months, that year
                claim.period = Period(year + first.period.start[4:], year + first.period.end[4:])
            out.append(claim)

    def _leaders_men(self, out: list[Claim]) -> None:
        """'A separatist commander gave himself up along with 13 of his fighters': his fighters are of his
        group, when the figure found only a generic one ('Cameroonian militants') and he a closer one."""
        leaders = [c for c in out if c.count is not None and (c.count.low, c.count.high) == (1, 1)]
        for c in out:
            if not _HIS_MEN.search(c.group_mention or "") or self.registry.get(c.group) is not None:
                continue
            same = [x for x in leaders if x.kind == c.kind and x is not c and x.group != c.group]
            if len(same) == 1:
                c.group, c.group_country = same[0].group, same[0].group_country

    def _arrivals(self, found: C.Found, arrivals: list, ctx: DocContext, case_context: bool, exclude: list,
                  speaker: tuple | None, out: list[Claim]) -> list[Claim]:
        """'Some 60,000 Haitians arrived in Florida': the figure claims the arriving words give, of which
        only emigration counts (troops who arrive somewhere were sent there) and only figures not told yet."""
        doc = found.sent.doc
        home = ctx.countries[0] if ctx.countries else None
        arrivals = [t for t in arrivals if any(  # arrived abroad: 'in Rwanda', not 'in Pemba' at home
            t[2] <= C._tok_at(doc, p.start) <= t[2] + 1 and p.entry.country and p.entry.country != home
            for p in found.places)]
        if not arrivals:
            return []
        kept, found.triggers = found.triggers, arrivals
        figures, found.quantities = found.quantities, [  # the figure that arrives: 'some 8,000 Congolese had arrived'
            q for q in found.quantities if any(0 <= t[1] - C._tok_at(doc, q.end - 1) <= _ARRIVAL_REACH for t in arrivals)]
        extra: list[Claim] = []
        try:
            self._figure_claims(found, ctx, case_context, extra, exclude, set(), set(), set(), speaker)
        finally:
            found.triggers, found.quantities = kept, figures
        told = {(c.count_text, c.evidence_start) for c in out}
        return [c for c in extra if c.kind == "emigration" and (c.count_text, c.evidence_start) not in told]

    def _figure_claims(self, found: C.Found, ctx: DocContext, case_context: bool, out: list[Claim], exclude: list,
                       covered: set, led: set, strong: set[str], speaker: tuple | None) -> None:
        """Claims told by a figure ('300 soldiers deserted'), appended to `out`; the triggers they
        account for go into `covered`, and figures that count their leader too into `led`."""
        sent = found.sent
        doc = sent.doc
        before = None  # the previous figure's people noun: '8 million people ..., and 1.8 million ...' share it
        serving_wholes: set[int] = set()  # 'only 400 of the 1,700 soldiers still report for duty': 1,700
        starts = [C._tok_at(doc, o.start) for o in found.quantities]  # each figure's first token
        for q in found.quantities:
            in_speaker = speaker is not None and speaker[0] <= q.start < speaker[1]
            if in_speaker and not _unit_held(doc, C._tok_at(doc, q.start)):
                continue  # a figure in who speaks counts the speakers, not 'the brigade, which had 400 troops'
            if any(t.start <= q.start and q.end <= t.end for t in found.times):
                continue  # 'between March 1 and 10': a day of a date, not a count
            qs = C._tok_at(doc, q.start)
            qe = C._tok_at(doc, q.end - 1) + 1
            if F.year_before_noun(doc, sent, qs, qe) or F.an_age(doc, sent, q, qs, qe):
                continue  # 'of the 2023 defectors': a year; 'a third were under 18': an age
            noun = C._noun_after(sent, qe, groups=found.groups)
            if noun is None and before is not None and F.same_people(doc, before, qs):
                noun, own_end = before, qe
            elif noun is None and (counted := self._number_of_civilians(doc, sent, qs, found)) is not None:
                noun, own_end = (counted, "civilian"), qe  # 'the number of Syrian refugees in Lebanon passed 800,000'
            else:
                own_end = noun[0] if noun else qe
            before = noun
            noun_tok, noun_kind = noun if noun else (None, None)
            if noun_tok is not None and doc[noun_tok].lower_ in C.THEM and _not_ranks_after(doc, noun_tok + 1, sent.end):
                continue  # '27 rebels, four of them women, surrendered', 'three of those were boys': a breakdown
            studied = any(t.lower_ in _STUDIED and not any(x.lower_ == "that" for x in doc[t.i + 1:qs])
                          for t in doc[max(sent.start, qs - 3):qs])  # not 'said in an interview that a few ...'
            if studied and not (noun_tok is not None and (doc[noun_tok].lower_ in C.NOMINAL or F.who_left(found, noun_tok))):
                continue  # 'researchers interviewed 63 Eritreans, 41 of whom had deserted': the 41 left
            if _described_part(doc, sent, qs, qe, found.triggers):
                continue  # 'Twenty-one Maoists, nine of whom carried rewards on their heads, surrendered'
            if self._seen_claims and _PART_OF_THOSE.match(doc[sent.start:qs].text):
                continue  # 'The deserters, including three officers, fled': a part of those reported before
            if _included_part(doc, sent, q, qs, found.quantities) and not _including_to_place(doc, sent, qs, qe, found):
                continue  # '23 soldiers, including two officers', 'among them several generals': no claim of its own
            if noun_tok is not None and _office_members(doc, noun_tok):
                continue  # 'three provincial assembly members defected to the opposition': politicians
            if noun_tok is None and _counted_civilians(doc, sent, qs):
                continue  # 'taking the number of senior party figures who have quit to 81': politicians
            if noun_tok is None and _a_term_of_years(doc, sent, qs):
                continue  # 'punishable by up to ten years in prison, and desertion by up to twelve': years
            if noun_tok is None and _number_of_units(doc, sent, qs):
                continue  # 'the number of active guerrilla fronts had fallen to 23': fronts, not people
            force_people = noun_kind in ("person", "civilian") and doc[noun_tok].lower_ in _PEOPLE \
                and C.sizes_a_force(doc, sent, qs)  # "Ukraine's armed forces number about 880,000 people": its people
            if force_people:
                noun_kind = "person"
            if noun_kind == "person" and doc[noun_tok].lower_ == "others" and self._civilians_earlier(sent, qs):
                noun_kind = "civilian"  # '11 million people displaced inside Sudan, and three million others have fled'
            evaders = noun_kind == "person" and self._draft_evaders(sent, noun_tok)
            if evaders:
                noun_kind = "civilian"  # 'men of fighting age fled to avoid the draft' emigrate; they are no soldiers
            if self._leave_cohort(sent, qs, qe, found) or F.captured(found, qe) or F.dead(doc, sent, qs, 3, self.lex) \
                    or (qs > sent.start and doc[qs - 1].lower_ in _TAKEN):
                continue  # 'the massacre of 26 civilians': the dead are not leavers ('were killed and 12 deserted' are)
            lost = qs > sent.start and doc[qs - 1].lower_ in _LOST
            if lost and not F.lost_to_leaving(found, noun_tok if noun_tok is not None else qe - 1):
                continue  # 'the brigade lost 300 men': casualties, unless 'lost 300 men to desertion' or 'lost 70 to it'
            if {t.lower_ for t in _clause_before(doc, max(sent.start, qs - 3), qs)
                    if not t.is_title and not _on_trial(doc, t.i) and not _estimated_be(doc, t.i)} & self.lex.irrealis \
                    and not C.strength_measure(sent, qs, qe, None):
                continue  # 'could desert', but not 'could be as high as 90,000': an estimate
            if qe < sent.end and doc[qe].text == "-" and not (qe + 1 < sent.end and doc[qe + 1].lower_ == "strong"):
                continue  # 'a 70-member council', '45-day ultimatum': an adjective, not a count of people
            if qe < sent.end and (doc[qe].lower_ in _COUNTED_UNITS or doc[qe].lower_ in _COUNTED_PLACES):
                continue  # 'from one battalion', 'two brigades', 'four districts': units or places, not people
            if qe + 1 < sent.end and doc[qe].lower_ in C.NOMINAL and doc[qe + 1].lower_ in _FACILITIES:
                continue  # 'the three rehabilitation centres': places are counted
            if _proportion(doc, sent, qs, qe):
                continue  # 'fewer than one in ten of them': a share, not a count of people
            if _designation(doc, sent, qs, qe):
                continue  # 'Task Force 46', "the Army's 22 Rashtriya Rifles": a unit's number
            rate_end = min([sent.end, qe + 8] + [t for t in starts if t >= qe])  # the next figure's rate is not this one's
            rate_of_number = bool(_RATE.match(doc[qe:rate_end].text)) and self._number_of_people(doc, sent, qs)
            if (_RATE.search(doc[qe:rate_end].text) and noun_kind not in ("person", "civilian") and not rate_of_number) \
                    or _PER.search(doc[max(sent.start, qs - 3):qe].text):
                continue  # '34 sentences each working day', '17.9 a 1000': a rate; '5,000 people every month' is a count
            if qs > sent.start and doc[qs - 1].lower_ == "the" and any(
                    c.count is not None and c.count.low == q.low and (c.count.high == q.high or c.count.high is None)
                    for c in self._seen_claims):
                continue  # 'the seven men', 'all the 15' after 'at least 15': a figure reported earlier
            part = _lead_part(found, qs, qe)
            lead_share = _share_in(doc, sent, part)
            share = _share_of(doc, sent, qs) or lead_share
            if share is not None and share.of(q.low, q.high) is None:
                share = None  # 'half of the more than 600': no interval to take a share of
            if share is None and (C.part_of_whole(doc, sent, qs) or part and doc[part[0]].lower_ in C.PARTS) and not any(
                    t[1] > qs and C.describes_figure(found, qs, t[1]) for t in found.triggers):
                continue  # 'most of the 600 soldiers deserted': 600 is the whole; not 'some of the 105 who surrendered'
            verb_next = any((qe <= t[1] <= qe + 5 and all(x.lower_ in _BRIDGE or x.is_space for x in doc[qe:t[1]]))
                            or t[1] <= qs < t[2] for t in found.triggers) \
                or found.continuation and (S.part_joined(found, qe) is not None or self._part_of_figure(found, qe)) \
                or self._brings_to(doc, sent, qs, qe, found) or lost \
                or _share_from(found, qs, qe) \
                or found.continuation and C.of_them_opens(sent) and not F.counts_things(doc, sent, qe) \
                and any(qe < C._tok_at(doc, p.start) <= qe + 6 for p in found.places) \
                or bool(out) and _including_to_place(doc, sent, qs, qe, found)
            # 'Of these, 25 joined the CPC', 'brings to 27,500 the number who', 'Of those, 640 had served in Gao'
            strength_of = [t.lower_ for t in doc[max(sent.start, qs - 2):qs]] == ["strength", "of"]  # 'a strength of 352,000'
            measure_bare = noun is None and (not strong or strength_of or F.leaving_has_own_figure(found, q)) \
                and (q.high is None or q.high > 1) and not F.counts_things(doc, sent, qe) \
                and not any(t.lower_ in _REFUGEES for t in doc[max(sent.start, qs - 8):qs]) \
                and C.strength_measure(sent, qs, qe, None)  # no stock of one, nor 'left with two pickup trucks'
            elided = _elided_stock(doc, sent, qs, out) if noun is None and not measure_bare else None
            # nor 'the number of refugees in Turkish camps to more than 46,000'
            if noun is None and not verb_next and not measure_bare and not elided and not rate_of_number and not (C._bare(sent, qe, found.times, found.places, found.triggers) and (
                    strong or case_context or (found.triggers and self._members_named(sent)))):
                continue
            measure = C.strength_measure(sent, qs, qe, noun_tok) if (noun_kind == "person" or measure_bare) \
                and share is None else None  # 'a third of the 240 soldiers had left': the part left
            measure = measure or elided
            if measure == "total" and qs - 2 >= sent.start and doc[qs - 1].lower_ == "with" \
                    and _object_of_leaving(doc, found.triggers, qs - 2):
                measure = None  # 'switched to the army with 1,200 fighters': those who went with him, not the army's size
            trig = C.nearest_trigger(found, qs)
            if trig is not None and measure is None and _joiners(doc, sent, qs, qe, trig):
                continue  # '11 returned to the mainstream, while around 190 youths joined militant outfits'
            serving_of = _still_serving_of(doc, sent, qe, found.quantities, starts)
            if serving_of is not None:
                kind, measure = "strength", "remaining"  # 'only 400 of the 1,700 soldiers still report for duty'
                serving_wholes.add(serving_of.start)
            elif lead_share is None and (q.start in serving_wholes or _whole_of_part(doc, sent, qs, qe, found.quantities)):
                kind, measure = "strength", "deployed" if C.sent_in_clause(doc, sent, qe) else "total"
                # 'about 150 of his 900 men had failed to return': 900 is the unit ('Of 500 gendarmes posted': sent)
            elif measure is None and lead_share is None and _lead_whole(found, qs, qe):
                continue  # 'Of the 40 young men who enlisted in 2021, she has counted 17 who have since left': the whole
            elif noun_kind == "case":
                if not (case_context or "desertion" in strong):
                    continue
                kind = "desertion"
            elif noun_kind == "person" and _civilian_defectors(doc, sent, noun_tok):
                kind = "emigration"  # '105 North Korean defectors arrived in the South': mostly civilians
            elif noun_kind == "civilian" and qs > sent.start and doc[qs - 1].lower_ in {"including", "includes", "include"}:
                continue  # '280, including two Chadians': a part of a figure already counted
            elif noun_kind == "civilian" or noun_kind == "person" and doc[noun_tok].lower_ in _CIVILIAN_PEOPLE and not force_people and (
                    trig is None or trig[0] == "leaving" or C.nearest_trigger(found, qs, {"leaving"})):
                # Civilians leaving a country, or a refugee figure reported beside the force claims.
                leaving = C.nearest_trigger(found, qs, {"leaving"})
                refugees = doc[noun_tok].lower_ in _REFUGEES or (  # 'Iran already hosts about 3.5 million Afghans'
                    doc[noun_tok].lower_ in self.demonyms and (_hosted(doc, sent, qs) or _as_refugees(doc, noun_tok, sent.end))) \
                    or evaders and _settled(doc, noun_tok, sent.end)  # 'men of military age are now living in EU countries'
                dependants = doc[noun_tok].lower_ in _NON_MEMBERS and not self._members_named(sent)
                townsfolk = trig is not None and trig[0] == "desertion" and noun_kind == "civilian" \
                    and not self._members_named(sent) and doc[noun_tok].lower_ not in self.demonyms
                if townsfolk and self._abroad(found, ctx, self._people_home(doc, noun_tok)) \
                        and not F.displaced(doc, sent, own_end, qs):
                    kind = "emigration"  # 'Yugoslav citizens entered Hungary and did not return': they emigrated
                elif townsfolk:
                    continue  # '500 citizens have not returned to Mosul': no force, no country left
                elif trig is not None and trig[0] != "leaving" and not refugees and not dependants and not evaders and (
                        noun_kind == "civilian" or self._members_named(sent)) \
                        and not (leaving is not None and abs(leaving[1] - qs) < abs(trig[1] - qs)):
                    kind = trig[0]  # 'some 60 people, among them deserters and their wives': the party counts
                    # ('4,200 civilians crossed into Jordan, while 300 soldiers defected': the civilians' own verb)
                elif dependants and trig is not None and self._abroad(found, ctx) and not F.displaced(doc, sent, own_end, qs):
                    kind = "emigration"  # 'the mission repatriated 45 civilians': they left the host country
                elif leaving is not None and not refugees and self._left_armed_group(found, leaving):
                    kind, trig = "desertion", leaving  # '28,224 people have left armed groups': their members
                elif (leaving is None and not refugees) or not self._abroad(found, ctx, self._people_home(doc, noun_tok)) \
                        or self._members_named(sent) or F.displaced(doc, sent, own_end, qs):
                    continue
                elif leaving is None and any(t.lower_ in _NOT_YET for t in sent):
                    continue  # 'preparing to receive as many as 100,000 refugees if the fighting spreads'
                else:
                    kind, trig = "emigration", leaving
            elif measure is not None and (trig is None or abs(trig[1] - qs) > 6 or F.figure_between(found, q, trig)
                                          or trig[1] == trig[2] or strength_of) \
                    and not F.relative_leaving(doc, sent, trig, qs) and not F.who_left(found, noun_tok) \
                    and not F.subject_of(found, noun_tok, trig):
                if _surrender_in_battle(sent):
                    continue  # 'about 150 soldiers of a besieged battalion surrendered': no claim, no stock either
                if any(sent.start_char <= p.start < q.start for p in found.peacekeepers):
                    continue  # 'AMISOM has about 21,500 troops in Somalia': a mission's strength, no force's
                kind = "strength"
            elif trig is None:
                if not (case_context and any(t.lower_ in self.lex.case_nouns for t in sent)):
                    continue
                kind = "desertion"  # 'the number of such cases was 17 658'
            else:
                kind = trig[0]
            if kind == "leaving" and noun_tok is None and out and out[-1].kind == "emigration":
                kind = "emigration"  # 'Hundreds of thousands of men have left, with about 200,000 crossing into Kazakhstan'
            elif kind == "leaving" and noun_tok is None and not out and not self._members_named(sent) \
                    and self._civilians_before(sent):
                if not self._abroad(found, ctx):
                    continue
                kind = "emigration"  # '... 3 million people from their homes. Some 700,000 have crossed into Chad'
            leader = self._leader_followed(doc, trig) if kind == "leaving" else None
            if kind == "leaving":
                kind = leader.kind if leader is not None else "desertion"
            if kind == "return" and trig and (S.home(sent, trig) or S.to_country(found, trig)):
                kind = "defection" if not self._state_subject(found, qs, ctx, noun_tok) else None
                if kind is None:
                    continue
            if kind == "desertion" and trig and self._to_enemy(found, trig):
                kind = "defection"
            joined = S.then_joined(found, trig) if kind == "desertion" and trig else None
            if joined is None and kind == "desertion":
                joined = S.part_joined(found, qe)
            if joined is not None:
                covered.update({(trig[0], trig[1]), (joined[0], joined[1])})
                kind, trig = "defection", joined  # 'deserted from Kidal and joined the separatists'
            whole = out[-1] if noun_tok is not None and doc[noun_tok].lower_ in C.THEM and out \
                and out[-1].count is not None and out[-1].kind != "strength" \
                and not any(t[1] > qs for t in found.triggers) else None  # '12 of them have since returned' differ
            if whole is not None:  # '3.4 million have left, about 1.1 million of them to Colombia': the same people
                kind = whole.kind
                group = (whole.group, doc[qs:noun_tok + 1].text, whole.group_country)
            elif kind == "emigration":
                group = ("civilians", (doc[qs:noun_tok + 1] if noun_tok is not None else doc[qs:qe]).text, ctx.countries[0] if ctx.countries else None)
            elif noun_tok is None and out and out[-1].kind == "strength" and sent[0].lower_ == "of" \
                    and out[-1].evidence_start == sent.start_char and (out[-1].count_text or "") in doc[sent.start:qs].text:
                group = (out[-1].group, q.text, out[-1].group_country)  # 'Of the 40 guardsmen at his post, six have come over'
            elif kind != "strength" and _men_of_stock(found, out, qs, noun_tok):
                group = (out[-1].group, doc[qs:noun_tok + 1].text, out[-1].group_country)  # 'his unit of 120 guardsmen had lost 47 men'
            elif noun_tok is None and ctx.last_claim is not None and _whole_of_shares(found, qs):
                group = (ctx.last_claim[0], q.text, ctx.last_claim[1])  # 'Of the 417 who demobilised, 162 came from ...'
            else:
                group = C.prefer_named(C.group_for(found, qs, noun_tok, self.registry, ctx, kind), self.registry, ctx, kind)
                if kind == "defection":
                    group = C.not_the_side_joined(found, group, trig, self.registry, ctx)
                group = C.not_the_side_returned_from(found, group, trig, self.registry, ctx)
                if group is None and noun_tok is not None and doc[noun_tok].lower_ in C.THEM:
                    group = _people_before(out, doc[qs:noun_tok + 1].text)  # '4,000 deserted and 1,200 of them returned'
                if leader is not None and _with_others(doc, trig) and not found.groups:
                    group = None  # 'I left with four others from my unit': one of the men of the claim before
                if group is None and leader is not None:
                    group = (leader.group, doc[qs:(noun_tok if noun_tok is not None else qe - 1) + 1].text,
                             leader.group_country)  # 'a handful of his guards had followed him': the leader's force
                if group is None and noun_tok is None and kind == "strength":
                    stock = next((c for c in reversed(out) if c.kind == "strength"), None)
                    if stock is not None:
                        group = (stock.group, q.text, stock.group_country)  # '31 men out of the 120 it should have'
            if group is None:
                continue
            if kind == "strength" and _state_holder(sent) not in (None, group[2]):
                continue  # 'Burundi, which had deployed thousands of soldiers in Congo': not the Congolese army's
            low, high = q.low, q.high
            count_text = q.text
            if share is not None and kind != "strength":
                low, high = share.of(q.low, q.high)
                share_end = sent.start_char + share.start + len(share.text)
                count_text = text_of(doc)[sent.start_char + share.start:q.end] if share_end <= q.start \
                    else text_of(doc)[q.start:share_end]  # 'about a third of the 240'; 'the 500 soldiers ..., half'
                if noun_kind == "person" and doc[noun_tok].lower_ not in C.NOMINAL:
                    out.append(C.make_claim(found, "strength", group, Count(q.low, q.high), q.text, qs, trig, ctx,
                                            exclude, "deployed" if C.sent_in_clause(doc, sent, qe) else "total"))
            if q.text.lower().startswith("up to") and {t.lower_ for t in doc[max(sent.start, qs - 16):qs]} & _REACHING \
                    and doc[qs - 1].lower_ not in {"be", "is", "are", "was", "were"}:
                low = high  # 'brings the number ... up to 114': it reached 114 ('the number may be up to 114' did not)
            if low is not None and high is None and q.text.lower().startswith(("more than", "over")) \
                    and {t.lower_ for t in doc[max(sent.start, qs - 3):qs]} & {"never", "not", "n't"}:
                low, high = None, low - 1  # 'they never had more than 120 in the field': no more than 120
            if kind != "strength" and low is not None and C.one_named_before(doc, sent, qs, noun_tok):
                low, high = low + 1, high + 1 if high is not None else None  # 'a general and two colonels': three
            if kind != "strength" and self._implied_plus_one(sent, qs, noun_tok, found.groups + found.places,
                                                             found.triggers):
                lead = [c for c in out if c.kind == kind and c.group == group[0] and c.count is not None
                        and c.count.low is not None and c.count.low == c.count.high and low is not None]
                if lead and doc[qs - 1].lower_ == "with":
                    first = lead[-1]  # 'two local leaders along with nine of their men': eleven in all
                    first.count = Count(first.count.low + low, first.count.high + (high if high is not None else low))
                    first.count_text = f"{first.count_text} ... with {q.text}"
                    continue
                high = (high if high is not None else low) + 1 if (high is not None or low is not None) else None
                led.add((kind, group[0]))
            out.append(C.make_claim(found, kind, group, Count(low, high), count_text, qs, trig, ctx, exclude, measure))
            if trig is not None and not (in_speaker and kind == "strength") and (qs < trig[1] or qs - trig[2] <= 3):
                covered.add((trig[0], trig[1]))  # the stock of who speaks does not say who left
                # '25 soldiers who had deserted returned ...': the words saying who they were are told too
                covered.update((t[0], t[1]) for t in found.triggers
                               if qs <= t[1] < trig[1] and C.describes_figure(found, qs, t[1]))
            out.extend(self._leave_arithmetic(found, q, qs, kind, group, ctx, exclude, trig))
            if serving_of is not None and serving_of.low is not None and q.low is not None and serving_of.low > q.low:
                gone = Count(serving_of.low - q.high if q.high is not None else None,
                             serving_of.high - q.low if serving_of.high is not None else None)
                told = span_text(doc[qs:C._tok_at(doc, serving_of.end - 1) + 1]) + " ... " + q.text
                out.append(C.make_claim(found, "desertion", group, gone, told, qs, trig, ctx, exclude))  # 1,300 did not

    def _subject_claims(self, found: C.Found, ctx: DocContext, out: list[Claim], exclude: list, covered: set,
                        led: set, kinds_with_figures: set[str]) -> None:
        """Claims told by who left, without a figure of their own ('a colonel defected', 'many soldiers
        deserted'), for the triggers no figure accounts for; appended to `out`."""
        sent = found.sent
        doc = sent.doc
        for trig in ([] if found.continuation else sorted(found.triggers, key=lambda t: t[1])):
            if (trig[0], trig[1]) in covered:
                continue
            kind = "desertion" if trig[0] == "leaving" else trig[0]
            subj = C.prefer_named(C.subject_before(found, trig, self.registry, ctx), self.registry, ctx, kind)
            if kind == "defection":
                subj = C.not_the_side_joined(found, subj, trig, self.registry, ctx)
            subj = C.not_the_side_returned_from(found, subj, trig, self.registry, ctx)
            if subj is None:
                if trig[0] == "leaving":
                    self._family_leaving(found, trig, ctx, out, exclude)
                continue
            name, mention, country, anchor = subj
            if trig[0] == "leaving" and self._kind_told_before(mention) == "defection":
                kind = "defection"
            one_owner = trig[1] < anchor < trig[2] and doc[anchor - 1].lower_ in {"his", "her"}  # 'slipped away from his LTTE unit'
            one_owner = one_owner or (_pronoun_before(sent, trig[1]) in ("he", "she") and (
                self._speakers_left(found) or anchor >= trig[1]))
            # 'a former captain of the riot police said he crossed': the one who speaks, whatever his force's noun;
            # 'He rejoined the army in August': the force named after the verb, the one man before it
            count = Count(1, 1) if (C.singular(doc, anchor, sent) or one_owner) and not C.others_between(
                doc, -1 - anchor if anchor < 0 else anchor, trig[1]) and not C.others_with(doc, trig[2], sent) else None
            at = anchor if anchor >= 0 else -1 - anchor
            rest = doc[at].lower_ == "the" and at + 1 < sent.end and doc[at + 1].lower_ in C.REMAINDER
            if rest:
                count = self._remainder(sent, out)  # 'Of 600 men, about 150 were still with us. The rest went home': 450
                if count is None:
                    continue  # the rest of what is not told: no claim rather than one of no size
            if count is not None and ((kind, name) in led or doc[at].lower_ in {"i", "he", "she"} and any(
                    k == kind for k, _ in led)):
                continue  # 'a colonel defected, taking 150 troops with him': the 150 to 151 count him already
            anchor = at
            vague = C.vague_text(sent, anchor)
            if vague and any(c.count is not None and re.search(rf"\b{re.escape(vague)}\b", c.count_text or "", re.I)
                             for c in out):
                vague = None  # 'Some 2,000 fighters laid down their arms', 'as many as 100,000': the figure's word
            if vague and kind in kinds_with_figures and _OF_THEM.search(doc[max(sent.start, anchor - 5):anchor + 2].text):
                vague = None  # '100 members of the security forces, most of them from the National Guard': a part
            if count is None and not vague and (kind in kinds_with_figures or any(
                    c.group == name and c.kind == kind for c in out)):
                continue  # the figure claims of this sentence already say it; 'many officers resigned' does not
            if trig[0] == "leaving" and not rest and not self._member_subject(doc, anchor, name):
                continue
            if any(t.lower_ in _CAPTURED for t in doc[anchor:trig[1]]):
                continue  # 'insurgents were arrested after crossing the river'
            if F.dead(doc, sent, trig[1], 6, self.lex):
                continue  # 'the army, which executed some 15,000 of its own deserters': the dead are no claim
            if (doc[anchor].lower_ in C._HE and self._civilian_speaker(found)) or self._civilian_subject(found, trig):
                continue  # 'Judge X said he defected', 'the attorney-general declared defection': an official, no force
            if trig[0] == "leaving" and not rest and (not (found.places or C.vague_text(sent, anchor)) or any(
                    c.group == name and c.kind != "strength" for c in out)):
                continue  # a stock beside it does not tell who left
            if self._attributive(found, trig) and not vague:
                continue  # 'surrendering militants would avoid prosecution', 'aid to the surrendered militants'
            if self._ranked_leaver(doc, sent, trig) and any(c.group == name for c in self._seen_claims):
                continue  # 'he is the most senior officer to defect': describes one already reported
            if self._gerund_after_preposition(doc, trig[1]):
                continue  # 'criteria for people signing up for the programme': who may, not who did
            if doc[trig[1]].lower_ in C.NOMINAL and (any(
                    t.lower_ in {"this", "these", "that", "those"} for t in doc[max(sent.start, trig[1] - 5):trig[1]])
                    or [t.lower_ for t in doc[max(sent.start, trig[1] - 3):trig[1]]][:1] == ["the"]
                    and doc[trig[1] - 1].lower_ == "of" and doc[trig[1] - 2].lower_ in _WAVES):
                continue  # 'this wave of defections', 'which triggered the wave of resignations': what was reported
            if _topic_of(doc, sent, trig[1]):
                continue  # 'held a closed hearing on the unauthorised leaving of units': what was talked about
            if doc[trig[1]].lower_ in C.NOMINAL and not (self._owned_nominal(found, trig) or C.vague_text(sent, trig[1]) or [
                    t for t in found.times if not t.speech_dated]):
                continue  # 'the defector', 'desertions': a noun with no group of its own restates
            if kind == "desertion" and doc[trig[1]].lower_ in C.NOMINAL and "return" in kinds_with_figures:
                continue  # '2,310 servicemen returned under the procedure for first-time SZCh offenders': their past
            if kind == "desertion" and self._to_enemy(found, trig):
                kind = "defection"
            if kind == "desertion" and (joined := S.then_joined(found, trig)) is not None:
                kind, trig = "defection", joined  # 'a colonel left his post to join the newly formed National Guard'
                if count is None and _oneself(doc, trig) and not C.others_with(doc, trig[2], sent):
                    count = Count(1, 1)  # '... escaped from a camp, walked for two days and handed himself in'
                if count is None and not vague and kind in kinds_with_figures:
                    continue  # '420 soldiers crossed into Colombia and declared their support for ...': counted
            if kind == "return" and (S.home(sent, trig) or S.to_country(found, trig)):
                entry = self.registry.get(name)
                if entry is not None and entry.is_state:
                    continue  # soldiers going home on leave
                kind = "defection"  # 'a rebel commander has gone back home'
            definite = (doc[anchor].lower_ in _DEFINITE or (anchor > sent.start and doc[anchor - 1].lower_ in _DEFINITE)
                        or anchor - 2 >= sent.start and doc[anchor - 2].lower_ in _DEFINITE and doc[anchor - 1].is_lower
                        and doc[anchor - 1].is_alpha  # 'the repentant terrorists'
                        or self._in_part_of_those(sent, anchor)) \
                and not (doc[trig[1]].lower_ in C.NOMINAL and self._owned_nominal(found, trig))  # 'desertions within the security forces' is news
            said = mention if doc[anchor].like_num or rest else next(
                (t.text for t in doc[max(sent.start, anchor - 1):anchor + 1] if t.lower_ in C._ONE), None)
            shared = self._share_of_them(sent, anchor, vague, name, out) if count is None and vague else None
            if shared is not None:
                count, said = shared  # 'nearly 1,000 soldiers ... about half of them deserted': 405 to 549
            claim = C.make_claim(found, kind, (name, mention, country), count,
                                 vague if count is None else said, anchor, trig, ctx, exclude)  # a name gives no count words
            if claim.kind == "desertion" and self._crossed_to_adversary(found, claim, ctx):
                claim.kind = "defection"
            claim.rule = C.RULE + (":definite" if definite and count is None and not vague else "")
            out.append(claim)
            kinds_with_figures.add(kind)

    def _share_of_them(self, sent, anchor: int, vague: str, name: str, out: list[Claim]) -> tuple[Count, str] | None:
        """'about half of them', 'one in five of them': a share of the figure told just before, of the
        same force, in this sentence or the one before it; its count and the words that give it."""
        doc = sent.doc
        share = share_ending(vague + " of")
        if share is None or not _OF_THEM.search(doc[anchor:min(sent.end, anchor + 5)].text):
            return None
        before = [c for c in self._seen_claims if c.evidence_end is not None and 0 <= sent.start_char - c.evidence_end <= 3]
        whole = next((c for c in reversed(out + before) if c.count is not None and c.group == name), None)
        shared = share.of(whole.count.low, whole.count.high) if whole is not None else None
        if shared is None:
            return None
        return Count(*shared), f"{whole.count_text} ... {vague} of them"

    def _remainder(self, sent, out: list[Claim]) -> Count | None:
        """How many 'the rest' are: a whole less the part still serving or at the front, both told in this
        sentence or the one just before ('Of 600 men in the battalion, about 150 were still with us. The rest ...',
        '350 soldiers on paper and 180 men in the trenches. The rest have gone home')."""
        text = text_of(sent.doc)
        told = [c for c in self._seen_claims + out if c.kind == "strength" and c.count is not None
                and (c.evidence_start >= sent.start_char or not text[c.evidence_end:sent.start_char].strip(' "“”'))]
        part = next((c for c in reversed(told) if c.measure in ("remaining", "deployed")), None)
        wholes = ("total", "deployed") if part is not None and part.measure == "remaining" else ("total",)
        whole = next((c for c in reversed(told) if c.measure in wholes and part is not None and c is not part
                      and c.evidence_start == part.evidence_start and c.group == part.group), None)
        if whole is None or None in (whole.count.low, whole.count.high, part.count.low, part.count.high) \
                or whole.count.low <= part.count.high:
            return None
        return Count(whole.count.low - part.count.high, whole.count.high - part.count.low)

    def _surrendered_abroad(self, found, claim) -> bool:
        """State soldiers who fled into a country not at war with theirs and surrendered there: a surrender
        to a neutral state's authorities joins no side, so they deserted (abroad)."""
        entry = self.registry.get(claim.group)
        if entry is None or not entry.is_state or not claim.group_country or (
                claim.to_group and self.registry.get(claim.to_group) is not None):
            return False  # handed over to a force the text names: they went over to it
        doc = found.sent.doc
        if not all(doc[s].lower_.startswith(_SURRENDER_STEMS) for kind, s, _ in found.triggers if kind == "defection"):
            return False
        enemies = self.countries.adversaries(claim.group_country)
        def after_to(k: int) -> bool:
            k -= doc[k - 1].lower_ == "the"
            return doc[k - 1].lower_ in {"into", "to"}

        return any(p.entry.kind == "country" and p.entry.country not in enemies | {claim.group_country}
                   and after_to(C._tok_at(doc, p.start))
                   and any(kind == "leaving" and s < C._tok_at(doc, p.start) for kind, s, _ in found.triggers)
                   for p in found.places)

    def _crossed_to_adversary(self, found, claim, ctx: DocContext) -> bool:
        """Deserters who reach the enemy state ('escaped to Eritrea', 'crossed over to the Azerbaijani side'):
        the state must be the object of the leaving word, not a place named elsewhere in the sentence, and
        still an enemy when they crossed (the claim's year, else the story's)."""
        year = int(claim.period.start[:4]) if claim.period else ctx.published.year if ctx.published else None
        enemies = self.countries.adversaries(claim.group_country, year)
        if not enemies:
            return False
        doc = found.sent.doc
        for _, _, e in found.triggers:
            k = e - 1
            while k < found.sent.end and k - e < 3 and doc[k].lower_ not in {"to", "into"}:
                k += 1
            if k >= found.sent.end or doc[k].lower_ not in {"to", "into"}:
                continue
            stop = k + 1
            while stop < min(found.sent.end, k + 14) and doc[stop].lower_ not in _OBJECT_ENDS:
                stop += 1  # the object of 'to', however long ('to the old enemy across the border, Eritrea'), up to
                # the next phrase ('to a village near the border with Azerbaijan' reaches a village)
            while stop + 1 < found.sent.end and doc[stop].lower_ in {"and", "or", ","}:
                stop += 1  # 'to Ethiopia and neighboring Sudan': every place they went to counts
                while stop < min(found.sent.end, k + 20) and doc[stop].lower_ not in _OBJECT_ENDS:
                    stop += 1
            after = doc[k + 1:stop]
            text = text_of(doc)
            went = [p.entry.country for p in found.places if after.start_char <= p.start < after.end_char
                    and text[p.end:p.end + 2] not in ("'s", "’s")]  # not the owner: Addis Ababa in its 'rival Eritrea'
            if went and all(c in enemies for c in went):
                return True  # only the enemy: crossing over; the enemy among neutral states: fleeing
            m = _SIDE.match(text, doc[k].idx)
            if m and self.countries.country_code(m.group(1)) in enemies:
                return True
        return False

    @staticmethod
    def _speakers_left(found) -> bool:
        """'About 40 soldiers said they had deserted', 'Dozens of rebels told officials that they surrendered',
        'A former fighter said he surrendered': the speakers tell of their own leaving, so who speaks is who
        left, and their figure counts them."""
        a = found.attribution
        if a is None or a.start < 0:
            return False
        doc = found.sent.doc
        for _, s, _ in found.triggers:
            if doc[s].idx < a.end:
                continue
            j = _subject_word(found.sent, s)
            one = doc[j].lower_ in ("he", "she")
            if not one and doc[j].lower_ not in ("they", "we"):
                continue
            if one and not any(t.lower_ in lexicon().member_nouns for t in doc[found.sent.start:j] if t.idx < a.end):
                continue  # 'A former fighter said he surrendered': only a member who speaks of himself
            between = [t for t in doc[found.sent.start:j] if t.idx >= a.end]
            if between and between[0].text == ",":
                between = between[1:]  # 'Emmanuel, a former fighter, said he': the comma closes the apposition
            return len(between) <= 5 and not any(t.like_num or t.is_punct for t in between)
        return False

    @staticmethod
    def _told_in_the_speaker(found, trig) -> bool:
        """'An officer who defected in August with his platoon of 11 men said ...': a relative clause in the
        speaker phrase that says when or how many reports a leaving of its own."""
        doc = found.sent.doc
        if not (trig[1] - 1 >= found.sent.start and doc[trig[1] - 1].lower_ in {"who", "that"}):
            return False
        a = found.attribution
        clause = [t for t in doc[trig[2]:found.sent.end] if t.idx < a.end]
        return (any(t.like_num for t in clause) and any(a.start <= q.start < a.end for q in found.times)
                or _one_member_before(doc, trig[1] - 1, found.sent.start))

    def _state_subject(self, found, tok: int, ctx, noun_tok: int | None = None) -> bool:
        g = C.group_for(found, tok, noun_tok, self.registry, ctx, "defection")
        entry = self.registry.get(g[0]) if g else None
        return entry is not None and entry.is_state

    @staticmethod
    def _part_of_figure(found, qe: int) -> bool:
        """'Of them, 98 came from the ELN', '41 were soldiers', 'nine are regular fighters': a part of the
        leaving figure before, by where it came from or who it was ('58 were assessed' says neither)."""
        doc = found.sent.doc
        if qe + 1 >= found.sent.end or found.triggers[0][0] == "strength":
            return False
        if doc[qe].lower_ in _PART_VERBS["origin"]:
            return True  # 'came from the ELN'
        nxt = doc[qe + 1]
        return doc[qe].lower_ in _PART_VERBS["being"] and (nxt.lower_ in {"from", "members", "a", "an"} \
            or nxt.lower_ in lexicon().person_nouns or (nxt.is_alpha and not nxt.lower_.endswith("ed")
                                                        and qe + 2 < found.sent.end and doc[qe + 2].lower_ in lexicon().person_nouns))

    def _left_armed_group(self, found, leaving) -> bool:
        """The leaving verb's object is a force ('left the FARC', 'left the army', 'left armed groups'), not a country."""
        doc = found.sent.doc
        for g in found.groups:
            k = C._tok_at(doc, g.start)
            if leaving[1] < k <= leaving[2] + 1 and (
                    g.entry is not None or self.registry.is_collective(g.name)):
                return True
        return False

    def _may_hold_figure(self, sent, lowers: list[str], previous: list, case_context: bool) -> bool:
        """A sentence without a leaving word can still give a claim: a case count in a report
        about desertion cases, a breakdown of the figure before it, or a stock figure."""
        text = span_text(sent)
        if not _has_number(text):
            return False
        words = set(lowers[sent.start:sent.end])
        if case_context and words & self.lex.case_nouns:
            return True
        if previous and (_CONTINUES.search(text) or _MORE_OF.match(text) or _names_the_figure(text, previous)):
            return True
        if words & _REFUGEES and len({code for *_, code in find_countries(text)}) >= 2 or (
                (words & _HOSTING or "as" in words and words & _REFUGEES) and words & self.demonyms and find_countries(text)):
            return True  # 'over 87,000 Cameroonian refugees live in Nigeria', '44,000 Syrians registered as refugees in Turkey'
        if any(c.kind == "strength" for c in previous) and (_HELD_FIGURE.search(text) or words & C.STRENGTH_WORDS):
            return True  # '"My brigade should have 1,800 men." "On the front I now have about 700."': the same unit
        if words & _SETTLED and "age" in words and words & _SERVICE_AGES:
            return True  # '650,000 Ukrainian men of military age are now living in EU countries': emigrants
        if words & {"we", "us"} and _WE_COUNT.search(text) or words & {"my", "our"} and C.OUR_UNIT_WAS.search(text):
            return True  # 'We were 120 at the post', 'there were 14 of us', 'our squad was 15': a unit's size told by one of its men
        # a stock counts people, or a force by name ('the ANSF stood at 330,000', 'UNITA had 10,000 men')
        return (bool(words & C.STRENGTH_WORDS) or _HELD_FIGURE.search(text) is not None or _SERVING.search(text)) \
            and bool(words & self.people_words or self.registry.find(text) or _THE_GROUPS.search(text))

    @staticmethod
    def _owned_nominal(found, trig) -> bool:
        """'Syrian defectors', 'desertions within the security forces', 'FDLR returnees'."""
        doc = found.sent.doc
        s, e = trig[1], trig[2]
        for g in found.groups:
            gs, ge = C._tok_at(doc, g.start), C._tok_at(doc, g.end - 1) + 1
            if s - 2 <= ge <= s:
                return True
            if e <= gs <= e + 5 and any(doc[k].lower_ in {"of", "from", "within", "among", "in"} for k in range(e, gs)):
                return True
        return False

    def _leave_cohort(self, sent, qs: int, qe: int, found) -> bool:
        """'of the 200 troops that went for leave ... only 110 returned': 200 is
        the cohort on leave, not a count of people leaving or returning; so is
        the 3,000 in 'Sixteen of some 3,000 troops failed to return'."""
        doc = sent.doc
        k = qs - 1
        while k >= sent.start and doc[k].lower_ in {"some", "about", "around", "nearly", "almost", "the", "an", "estimated"}:
            k -= 1
        if k >= sent.start and doc[k].lower_ in _SENT_ON_LEAVE and any(
                doc[j].lower_ == "leave" and doc[j - 1].lower_ in {"on", "for"} for j in range(qe + 1, min(sent.end, qe + 5))):
            return True  # 'I sent 900 men home on leave': those away on leave, no stock and no leaving
        if k - 1 >= sent.start and doc[k].lower_ == "of" and doc[k - 1].like_num and doc[k - 1].lower_ != "one":
            # '300 of the 1,500 soldiers still report for duty', 'forty of the seventy officers in the garrison': a unit's size
            return not (C.still_serving(doc, sent, qe) or F.in_a_unit(doc, sent, qe))
        if not (k >= sent.start and doc[k].lower_ == "of"):
            return False  # 'of the 200 troops ...', 'Of 300 soldiers sent on leave, ...'
        rest = doc[qe:sent.end]
        return any(t.lower_ in _LEAVE and doc[t.i - 1].lower_ != "without" for t in rest) \
            and _has_number(span_text(rest))  # not 'absent without leave': that is the figure's leaving

    def _civilian_speaker(self, found) -> bool:
        """The sentence's speaker phrase names a civilian title ('Judge X', 'the ambassador') or a seat on a
        civilian body ('a provincial board member', 'a member of the city council')."""
        a = found.attribution
        if a is None or a.start is None or a.start < 0:
            return False
        words = {t.lower_ for t in found.sent if a.start <= t.idx < a.end}
        return bool(words & self.lex.civilian_titles) or bool(words & _BODIES and words & {"member", "members"})

    def _civilian_subject(self, found, trig) -> bool:
        """Before the leaving word, a civilian title or office and no member noun ('the attorney-general of
        Aleppo province declared his defection', 'the firm's chief executive officer resigned'). A title in
        the speaker phrase ('the Minister of the Interior warned against desertions') speaks about others.
        Members of an assembly or council ('provincial assembly members defected') hold an office too."""
        doc, sent = found.sent.doc, found.sent
        a = found.attribution
        region = [t for t in doc[sent.start:trig[1]] if a is None or not (a.start <= t.idx < a.end)]
        offices = [t for t in region if t.i > 0 and (t.lower_ in _OFFICERS and doc[t.i - 1].lower_ in _OFFICES
                                                     or _office_members(doc, t.i))]
        members = [t for t in region if t.lower_ in self.lex.member_nouns and doc[t.i - 1].text != "-"  # not 'attorney-general'
                   and t not in offices and not (offices and doc[t.i + 1].lower_ in _POSSESSIVE)]  # 'the company's'
        return (bool(offices) or any(t.lower_ in self.lex.civilian_titles for t in region)) and not members

    def _attributive(self, found, trig) -> bool:
        """A one-word leaving participle or adjective before a member noun ('the surrendered militants',
        'the repentant Boko Haram insurgents'): it names people by what they did, it does not report
        that they did it now."""
        doc, sent = found.sent.doc, found.sent
        s, e = trig[1], trig[2]
        word = doc[s].lower_
        if e - s != 1 or not word.endswith(("ing", "ed", "ant")):
            return False
        for g in found.groups:
            if C._tok_at(doc, g.start) == e and g.entry is not None and not g.generic:
                last = C._tok_at(doc, g.end - 1)
                if doc[last].lower_ in self.lex.member_nouns:
                    return True  # the mention holds its noun ('Boko Haram insurgents')
                e = last + 1  # a named group between the word and its noun
        return e < sent.end and doc[e].lower_ in self.lex.member_nouns

    def _gerund_after_preposition(self, doc, s: int) -> bool:
        """A leaving gerund whose people are the object of a preposition ('rules for fighters
        surrendering', 'incentives to people signing up'): it says what applies, not what happened."""
        if s < 2 or not doc[s].lower_.endswith("ing") or not (
                doc[s - 1].lower_ in self.people_words or doc[s - 1].lower_ in {"anyone", "those", "people"}):
            return False
        k = s - 2
        while k > 0 and s - k < 6 and (doc[k].is_title or doc[k].is_upper or doc[k].text == "-"):
            k -= 1  # 'for Boko Haram fighters surrendering'
        return doc[k].lower_ in {"for", "to", "on", "about"}

    def _number_of_people(self, doc, sent, qs: int) -> bool:
        """'the number of soldiers who absconded had fallen to about 1,300 a month': the figure is that
        number, and counts the people named after 'of'."""
        for k in range(sent.start, qs - 2):
            if doc[k].lower_ in {"number", "numbers"} and doc[k + 1].lower_ == "of" and any(
                    t.lower_ in self.people_words and t.lower_ != "of" for t in doc[k + 2:min(qs, k + 5)]):
                return True
        return False

    def _people_home(self, doc, noun_tok: int) -> str | None:
        """The country a demonym before the people noun names ('Yugoslav citizens'), or the noun's own when it
        is a people's name ('Colombians'), if any."""
        word = doc[noun_tok - 1].text if noun_tok > 0 else ""
        hit = self.countries.lookup(word, strict_case=True) if word[:1].isupper() else None
        if hit is None:
            return demonym_homes().get(doc[noun_tok].lower_)
        return hit[0]

    def _family_leaving(self, found, trig, ctx, out: list[Claim], exclude: list) -> None:
        """'His wife and their two daughters left for Poland': a family that goes abroad emigrates,
        counted by its members (figures.family_count)."""
        sent = found.sent
        count = F.family_count(sent.doc, sent, trig[1])
        if count is None or not self._abroad(found, ctx) or F.displaced(sent.doc, sent, trig[1] - 1, sent.start):
            return
        mention = span_text(sent.doc[sent.start:trig[1]]).strip(" ,")
        group = ("civilians", mention, ctx.countries[0] if ctx.countries else None)
        out.append(C.make_claim(found, "emigration", group, Count(count, count), mention, sent.start, trig, ctx, exclude))

    def _abroad(self, found, ctx, home: str | None = None) -> bool:
        """Emigration is leaving a country: a place abroad is named, the home country (the story's
        first, unless `home` says whose people they are) is what they leave ('left Iraq'), or the
        words say so ('fled the country', 'abroad', 'refugees')."""
        doc = found.sent.doc
        words = span_text(found.sent).lower()
        if any(w in words for w in WORDS["abroad_cues"]):
            return True
        home = home or (ctx.countries[0] if ctx.countries else None)
        for p in found.places:
            if p.entry.kind in ("country", "region") and p.entry.country != home:
                return True
            if p.entry.kind == "admin1" and home is not None and p.entry.country != home:
                return True  # '1,600 Colombians had crossed into Tachira state': a province abroad
            t = C._tok_at(doc, p.start)
            if p.entry.kind == "country" and t > found.sent.start and doc[t - 1].lower_ in {"left", "fled", "fleeing", "leaving", "escaped", "from"}:
                return True
        return False

    def _civilians_before(self, sent) -> bool:
        """The sentence before speaks of civilians and of no soldiers: a bare figure after it counts them."""
        if sent.start == 0:
            return False
        before = sent.doc[sent.start - 1].sent
        words = {t.lower_ for t in before}
        return bool(words & (_CIVILIAN_PEOPLE | self.lex.civilian_nouns)) and not self._members_named(before)

    def _number_of_civilians(self, doc, sent, qs: int, found) -> int | None:
        """The civilian noun of 'the number of <civilians> ...' before a figure in its clause, which the
        figure counts ('the number of refugees registered in Lebanon had passed 800,000')."""
        for j in range(qs - 1, max(sent.start, qs - 14), -1):
            if doc[j].text in {",", ";", ":"} or any(C._tok_at(doc, q.start) == j for q in found.quantities):
                return None
            if doc[j].lower_ == "of" and doc[j - 1].lower_ == "number":
                for k in range(j + 1, min(qs, j + 4)):
                    if doc[k].lower_ in self.lex.civilian_nouns:
                        return k
                return None
        return None

    def _civilians_earlier(self, sent, qs: int) -> bool:
        """Civilians named before the figure in its sentence, and no members of a force."""
        words = {t.lower_ for t in sent.doc[sent.start:qs]}
        return bool(words & (_CIVILIAN_PEOPLE | self.lex.civilian_nouns)) and not self._members_named(sent)

    def _members_named(self, sent) -> bool:
        """'Some 40 people, including defectors and family members': not only civilians."""
        return any(t.lower_ in {"defectors", "deserters", "soldiers", "troops", "fighters", "officers"} for t in sent)

    def _speakers_force(self, found, ctx):
        """The force a member speaking names as his own ('a special forces member said'), when it is
        narrower than the country's army: the unit that 'fellow soldiers' and 'the unit' belong to."""
        a = found.attribution
        if a is None or a.source_type != "member" or a.start < 0:
            return None
        words = re.findall(r"[\w'’-]+", text_of(found.sent.doc)[a.start:a.end])
        army = self.registry.resolve("soldiers", ctx.countries)
        for i, w in enumerate(words):
            if w.lower() not in _SPEAKER_MEMBERS:
                continue
            for n in (3, 2, 1):
                if i - n < 0:
                    continue
                m = self.registry.resolve(" ".join(words[i - n:i]), ctx.countries)
                if m is not None and m.entry is not None and not m.generic and m.entry.is_state and (
                        army is None or m.name != army.name):
                    return m
        return None

    def _member_subject(self, doc, anchor: int, name: str) -> bool:
        return name != "civilians" and doc[anchor].lower_ not in self.lex.civilian_nouns

    @staticmethod
    def _brings_to(doc, sent, qs: int, qe: int, found) -> bool:
        """'That brings to 27,500 the number who have returned': a running total before the words that count it."""
        return qs > sent.start and doc[qs - 1].lower_ == "to" and qe + 1 < sent.end and doc[qe].lower_ == "the" \
            and doc[qe + 1].lower_ in {"number", "total"} and any(qe < t[1] <= qe + 8 for t in found.triggers)

    @staticmethod
    def _then_may(doc, sent, e: int) -> bool:
        """A modal verb of the main clause after a relative clause ('... who left their units can return'),
        or a penalty ('... who surrender face prison')."""
        for k in range(e, min(sent.end - 1, e + 8)):
            if doc[k].text in {",", ";"}:
                return False
            if doc[k].text in _MODALS and doc[k + 1].lower_ not in {"not", "n't", "be", "have", "also"}:
                return True
            if doc[k].lower_ in _PENALTIES:
                return True  # 'servicemen who surrender voluntarily face up to ten years': what the law holds for any
        return False

    def _in_part_of_those(self, sent, anchor: int) -> bool:
        """'The deserters, including three officers, fled': the officers are a part of those told before."""
        doc = sent.doc
        k = next((j for j in range(anchor - 1, max(sent.start, anchor - 4) - 1, -1) if doc[j].lower_ == "including"), None)
        return k is not None and bool(self._seen_claims) and _PART_OF_THOSE.match(doc[sent.start:k + 1].text) is not None

    def _leader_followed(self, doc, trig) -> Claim | None:
        """The latest leaving claim, for 'only a handful of men had gone with him' (those who followed a
        leader left as he did, from his force) and for 'I left with four others' (told by one of its men)."""
        if trig is None or doc[trig[2] - 1].lower_ not in {"him", "them"} and not _with_others(doc, trig):
            return None
        last = next((c for c in reversed(self._seen_claims) if c.kind in ("desertion", "defection")), None)
        if last is not None and last.kind == "desertion":  # 'he left the RSF' after 'he defected to the army': he went over
            return next((c for c in reversed(self._seen_claims) if c.kind == "defection" and c.group == last.group), last)
        return last

    def _kind_told_before(self, mention: str) -> str | None:
        """'The generals ... crossed the border' after 'two generals defected', 'Tamrat Wolde ... crossed' after 'the
        defection of Colonel Tamrat Wolde': the same people, so the same leaving."""
        names = mention.split()
        if len(names) >= 2 and all(w[:1].isupper() for w in names):
            return next((c.kind for c in reversed(self._seen_claims) if mention in c.evidence), None)
        words = mention.lower().split()
        if len(words) != 2 or words[0] not in {"the", "these", "those"}:
            return None
        for c in reversed(self._seen_claims):
            if c.group_mention and c.group_mention.lower().split()[-1].rstrip("s") == words[1].rstrip("s"):
                return c.kind
        return None

    @staticmethod
    def _ranked_leaver(doc, sent, trig) -> bool:
        """'the first soldier to defect', 'the most senior officer to desert': a ranking, not a new leaving."""
        if trig[1] - 1 <= sent.start or doc[trig[1] - 1].lower_ != "to":
            return False
        window = [t.lower_ for t in doc[max(sent.start, trig[1] - 7):trig[1] - 1]]
        return any(a == "the" and (b in _RANKINGS or b.endswith("est")) for a, b in zip(window, window[1:]))

    def _to_enemy(self, found: C.Found, trig) -> bool:
        """'deserted to Fano', 'crossed into territory held by the KNU': leaving for the other side is a defection."""
        doc = found.sent.doc
        end = found.sent.end
        e = trig[2]
        if e < end and doc[e].lower_ == "to":
            k = e + 1
        elif doc[e - 1].lower_ == "into":
            k = e
        else:
            return False
        if k + 2 < end and doc[k].lower_ in _HELD_AREAS and doc[k + 1].lower_ in _HELD and doc[k + 2].lower_ == "by":
            k += 3
        return any(C._tok_at(doc, g.start) in (k, k + 1) and (not g.generic or doc[C._tok_at(doc, g.end - 1)].lower_
                   in _GENERIC_NONSTATE) for g in found.groups) or (  # 'deserted to Moslem insurgents'
            k + 1 < end and doc[k].lower_ == "the" and doc[k + 1].lower_ in _OTHER_SIDES)

    def _rates(self, found, ctx, exclude, covered: set, strong: set[str]) -> list[Claim]:
        """'The desertion rate was 17.9 a 1000': a desertion claim whose figure is no count of people
        (count null, the rate kept as its words)."""
        if "desertion" not in strong or "rate" not in span_text(found.sent).lower():
            return []
        doc = found.sent.doc
        out = []
        for m in _RATE_OF.finditer(span_text(found.sent)):
            tok = C._tok_at(doc, found.sent.start_char + m.start())
            trig = C.nearest_trigger(found, tok, {"desertion"})
            group = C.prefer_named(C.group_for(found, trig[1], None, self.registry, ctx, "desertion"), self.registry, ctx)
            if group is not None:
                out.append(C.make_claim(found, "desertion", group, None, m.group(0), tok, trig, ctx, exclude))
                covered.add((trig[0], trig[1]))
        return out

    def _implied_plus_one(self, sent, qs: int, noun_tok: int | None = None, groups=(), triggers=()) -> bool:
        """'joined 16 fellow soldiers', 'deserted with 100 troops', '212 men along with Kogoya':
        the speaker, or the one named, is one more."""
        doc = sent.doc
        if noun_tok is not None:
            k = noun_tok + 1
            if k < sent.end and doc[k].lower_ in {"along", "together"}:
                k += 1
            named = {C._tok_at(doc, g.start) for g in groups}
            if k + 1 < sent.end and doc[k].lower_ == "with" and doc[k + 1].is_title and k + 1 not in named \
                    and doc[k + 1].lower_ not in {"the", "a", "an", "their", "his", "her"} \
                    and (k + 2 >= sent.end or not doc[k + 2].like_num):
                return True
        prev = [t.lower_ for t in doc[max(sent.start, qs - 2):qs]]
        if not prev:
            return False
        if prev[-1] in {"joined", "taking", "took"}:
            return True
        if prev[-1] == "with" and len(prev) == 2 and noun_tok is not None and (prev[0] not in C._UNIT_NOUNS or _object_of_leaving(
                doc, triggers, qs - 2)) and prev[0] not in {",", ";", "—", "–"} and prev[0] not in _COMPARED:
            return True  # 'deserted with 100 troops', 'defected to the army with 1,200 fighters'; not 'a battalion
            # with 400 troops', nor 'a wave of resignations, with dozens of officers quitting', nor a bare figure
            # ('followed by Yobe with 95': the next entry of a tally)
        if prev[-1] == "and" and len(prev) == 2 and prev[0] in C._HE:
            return True  # 'he and 30 comrades had left': he is one more
        if prev[-1] == "and" and len(prev) == 2 and prev[0] in C._SINGULAR and _of_his(sent, qs):
            return True  # 'a Russian officer and 12 of his men': the officer is one more
        return prev[-1] == "with" and _of_his(sent, qs)  # '..., with two members of his crew'

    def _leave_arithmetic(self, found, q, qs, kind, group, ctx, exclude, trig) -> list[Claim]:
        """'of the 200 troops that went for leave only 110 returned': 90 did not."""
        if kind != "return":
            return []
        sent = found.sent
        doc = sent.doc
        qe = C._tok_at(doc, q.end - 1) + 1
        for other in found.quantities:
            os_ = C._tok_at(doc, other.start)
            part_of = os_ > qs and doc[qe:os_].text.lower() in ("of", "of the")  # 'only 180 of the 300 ...'
            if (os_ >= qs and not part_of) or other.low is None or q.low is None or other.low <= q.low:
                continue
            if self._leave_cohort(sent, os_, C._tok_at(doc, other.end - 1) + 1, found):
                # as vague as its figures: 'about 300 ... only 180' is 90 to 150, 'more than 300' has no top
                low = other.low - q.high if q.high is not None else None
                high = other.high - q.low if other.high is not None else None
                told = span_text(doc[min(qs, trig[1]):max(qe, trig[2])]) if trig else q.text
                text = told if part_of else f"{other.text} ... {told}"  # '200 ... only 110 returned'
                return [C.make_claim(found, "desertion", group, Count(low, high), text, qs, trig, ctx, exclude)]
        return []


_BREAKS = {":", ";", ",", "—", "–"}
_TEMPORAL = {"before", "until"}


def _civilian_defectors(doc, sent, noun_tok: int) -> bool:
    """'North Korean defectors': people whom the news calls defectors though most of them are civilians,
    unless the sentence says they served ('soldiers and civilians')."""
    if doc[noun_tok].lower_ not in {"defectors", "defector"}:
        return False
    before = tuple(t.lower_ for t in doc[max(sent.start, noun_tok - 3):noun_tok])
    return any(before[-len(p):] == p for p in _CIVILIAN_DEFECTORS) and not any(
        t.lower_ in C._STATE_MEMBERS for t in sent)


def _unit_held(doc, qs: int) -> bool:
    """'which had about 400 troops': a figure held by the unit a relative clause describes."""
    return qs > 1 and doc[qs - 1].lower_ in _UNIT_HOLDS and doc[qs - 2].lower_ in {"which", "that"}


def _elided_stock(doc, sent, qs: int, out: list[Claim]) -> str | None:
    """'Hezbollah had 100,000 fighters, while analysts said it had between 40,000 and 50,000', 'put ISWAP's
    strength at 4,000 and that of Shekau's faction at 1,500': a bare figure held or put like a stock told
    earlier in the sentence leaves out that stock's noun; its measure."""
    k = C._lead_start(doc, sent, qs, keep="at")
    put = doc[k].lower_ == "at" and any(C.that_of(doc, j) for j in range(max(sent.start, k - 8), k - 1))
    if k <= sent.start or not (doc[k].lower_ in _UNIT_HOLDS or put):
        return None
    told = next((c for c in reversed(out) if c.kind == "strength" and c.count is not None
                 and c.evidence_start == sent.start_char), None)
    return told.measure if told is not None else None


def _not_ranks_after(doc, k: int, end: int) -> bool:
    """'women' or 'were boys' from token k: who some of the people were, not a rank of a force."""
    if k + 1 < end and doc[k].lower_ in _COPULAS:
        k += 1
    return k < end and doc[k].lower_ in _NOT_RANKS


def _a_term_of_years(doc, sent, qs: int) -> bool:
    """A figure that goes on a prison term given in years before it ('punishable by up to ten years in
    prison, and desertion by up to twelve'): more years, no people."""
    k = qs - 1
    while k > sent.start and doc[k].lower_ in _TERM_LEADS:
        k -= 1
    return doc[k].lower_ == "by" and any(t.lower_ in {"years", "months"} for t in doc[sent.start:k]) and any(
        t.lower_ in _PENALTY_NOUNS for t in sent)


def _number_of_units(doc, sent, qs: int) -> bool:
    """'the number of active guerrilla fronts had fallen to 23': the figure counts units, not their members."""
    for k in range(qs - 2, max(sent.start, qs - 14) - 1, -1):
        if doc[k].lower_ == "number" and doc[k + 1].lower_ == "of":
            heads = [t.lower_ for t in doc[k + 2:min(qs, k + 6)]]
            unit = next((i for i, h in enumerate(heads) if h in _UNITS_COUNTED), None)
            lex = lexicon()  # 'guerrilla fronts': a member noun before the unit only says whose
            return unit is not None and not any(h in lex.member_nouns or h in lex.person_nouns for h in heads[unit + 1:]) \
                and not any(h in {"in", "of", "from", "at", "with"} for h in heads[:unit])  # not 'rebels in the units'
    return False


def _included_part(doc, sent, q, qs: int, figures: list) -> bool:
    """A small vague number ('several', 'a few') after 'including' or 'among them', or any figure after
    'including' one that counts (not 'dozens', not 'more than 50'), with that figure before it in the
    sentence: a part of it ('23 soldiers, including two officers'), which is no claim of its own. A part of
    'dozens of officers, including some 40 generals' says more than the whole."""
    whole = next((f for f in reversed(figures) if sent.start_char <= f.start < q.start), None)
    if whole is None:
        return False
    lead = [t.lower_ for t in doc[max(sent.start, qs - 2):qs]]
    if q.text.lower() in _VAGUE_PARTS:
        return lead[-1:] == ["including"] or lead == ["among", "them"] or lead == ["among", "whom"]
    return _part_lead(doc, sent, qs) and whole.low is not None and whole.high is not None and whole.high < 2 * whole.low


def _part_lead(doc, sent, qs: int) -> bool:
    """'including' or 'among them' right before the figure, or a few words before it ('among them a
    general and four colonels')."""
    for k in range(qs - 1, max(sent.start, qs - 5) - 1, -1):
        if doc[k].lower_ == "including" or doc[k].lower_ == "among" and k + 1 < qs and doc[k + 1].lower_ in ("them", "whom"):
            return True
        if not doc[k].is_alpha:
            return False
    return False


def _subject_word(sent, s: int) -> int:
    """The word right before a leaving word, auxiliaries and adverbs aside ('they had all deserted')."""
    doc = sent.doc
    j = s - 1
    while j > sent.start and doc[j].lower_ in _SELF_REPORT:
        j -= 1
    return j


def _pronoun_before(sent, s: int) -> str | None:
    """That word, lower-cased ('he' in 'he had deserted')."""
    j = _subject_word(sent, s)
    return sent.doc[j].lower_ if j >= sent.start else None


def _oneself(doc, trig) -> bool:
    """'handed himself in', 'gave herself up': the leaving word tells one person did it."""
    return any(t.lower_ in {"himself", "herself"} for t in doc[trig[1]:trig[2] + 1])


def _topic_of(doc, sent, s: int) -> bool:
    """A leaving noun that is what a hearing, debate or report is about ('a hearing on the unauthorised leaving
    of military units', 'a debate on desertions'): a subject of talk, not a report of people leaving."""
    k, reach = s - 1, 3
    if k > sent.start and doc[k].text == "(":
        k, reach = k - 1, 9  # 'a hearing on the unauthorised leaving of military units (SZCh)': the same subject
    while k > sent.start and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _TOPIC_LINKS and s - k <= reach:
        k -= 1
    return k > sent.start and doc[k].lower_ in _TOPIC_LINKS and doc[k - 1].lower_ in _TOPIC_NOUNS


def _estimated_be(doc, i: int) -> bool:
    """'could be', 'may be' before a figure: a guess at its size, not a leaving that has not happened."""
    return doc[i].lower_ in {"may", "might", "could", "would"} and i + 1 < len(doc) and doc[i + 1].lower_ == "be"


def _phoned(doc, i: int) -> bool:
    """'called its hotline and surrendered': a call made by telephone, no appeal to leave."""
    return doc[i].lower_ in {"call", "calls", "called", "calling"} and any(
        t.lower_ in _PHONE_WORDS for t in doc[i + 1:min(len(doc), i + 4)])


def _including_to_place(doc, sent, qs: int, qe: int, found) -> bool:
    """'3 million have crossed into neighbouring countries, including close to 900,000 into Chad': a part of
    the figure before, told by where it went."""
    return qs > sent.start and doc[qs - 1].lower_ == "including" and qe + 1 < sent.end \
        and doc[qe].lower_ in {"into", "to", "in"} and any(C._tok_at(doc, p.start) == qe + 1 for p in found.places)


def _share_of(doc, sent, qs: int) -> Share | None:
    """'about a third of the 240 soldiers', 'two-thirds of an army of some 120,000 men': the share of the
    whole at qs that the sentence counts."""
    j = qs - 1
    if j - 1 > sent.start and doc[j].lower_ == "of" and doc[j - 1].lower_ in _STOCKS:
        j -= 2  # 'an army of', 'a Yemeni army of'
        while j > sent.start and doc[j].is_title and doc[j - 1].lower_ in _WHOLE_DETS:
            j -= 1
    if j > sent.start and doc[j].lower_ in _WHOLE_DETS:
        j -= 1
    if j <= sent.start or doc[j].lower_ != "of":
        return None
    return share_ending(text_of(doc)[sent.start_char:doc[j].idx + len(doc[j])])


_STOCKS = WORDS["stock_nouns"] | WORDS["unit_nouns"]
_PLAIN_MEN = WORDS["unit_men"]
_WHOLE_DETS = {"the", "these", "those", "its", "their", "his", "her", "our", "a", "an"}


def _multiple_of(doc, sent, qs: int) -> bool:
    """'three times as many as the 21 it tried in 2022', 'twice as many as 300': a figure for comparison."""
    k = qs - 1 if qs - 1 >= sent.start and doc[qs - 1].lower_ == "the" else qs
    return k - 4 >= sent.start and [t.lower_ for t in doc[k - 3:k]] == ["as", "many", "as"] \
        and doc[k - 4].lower_ in _MULTIPLES


def _share_from(found, qs: int, qe: int) -> bool:
    """'Of the 417 who demobilised, 162 came from the ELN': a share of the whole that opens the sentence,
    told by the group it came from."""
    sent = found.sent
    doc = sent.doc
    if doc[sent.start].lower_ != "of" or not any(C._tok_at(doc, q.start) < qs for q in found.quantities):
        return False
    k = qe
    while k < min(sent.end, qe + 3) and doc[k].lower_ in _SHARE_VERBS:
        k += 1
    if k >= sent.end or doc[k].lower_ not in {"from", "to"}:
        return False
    if k == qe and not any(_share_from(found, C._tok_at(doc, q.start), C._tok_at(doc, q.end - 1) + 1)
                           for q in found.quantities if C._tok_at(doc, q.end - 1) + 1 < qs - 1):
        return False  # '..., 131 from the FARC dissidents': the verb of a share before stands for this one too
    end = next((j for j in range(k + 1, min(sent.end, k + 9)) if doc[j].text in {",", ";"} or doc[j].like_num), sent.end)
    return any(k < C._tok_at(doc, g.start) < end for g in found.groups if g.entry is not None and not g.generic)


def _with_others(doc, trig) -> bool:
    """A leaving word ending in 'with four others', 'with two other soldiers': those who left with the teller."""
    e = trig[2]
    return "with" in {t.lower_ for t in doc[trig[1]:e]} and (
        doc[e - 1].lower_ in {"others", "comrades"} or doc[e - 2].lower_ == "other")


def _described_part(doc, sent, qs: int, qe: int, triggers) -> bool:
    """A figure that opens a clause between commas, ', nine of whom carried rewards on their heads,', with
    no leaving word of its own: it says what some of the people before it were, not that they left."""
    if not (qs > sent.start and doc[qs - 1].text == "," and qe + 1 < sent.end and doc[qe].lower_ == "of"
            and doc[qe + 1].lower_ == "whom"):
        return False
    end = next((t.i for t in doc[qe + 2:sent.end] if t.text == ","), None)
    return end is not None and not any(qe < t[1] < end for t in triggers) and not any(
        t.lower_ == "still" for t in doc[qe + 2:end])  # not ', 31 of whom were still at their posts,'


def _men_of_stock(found, out: list[Claim], qs: int, noun_tok: int | None) -> bool:
    """'His unit of 120 guardsmen had lost 47 men': plain men counted after a unit's stock in the same
    sentence, with no group named between them, are that unit's men."""
    if noun_tok is None or not out or out[-1].kind != "strength" or out[-1].group is None:
        return False
    doc = found.sent.doc
    if doc[noun_tok].lower_ not in _PLAIN_MEN or noun_tok != qs + 1 or out[-1].evidence_start != found.sent.start_char:
        return False
    before = doc[found.sent.start:qs].text
    stock_at = before.rfind(out[-1].group_mention) if out[-1].group_mention else -1
    return stock_at >= 0 and not any(stock_at < m.start - found.sent.start_char < len(before) for m in found.groups)


def _whole_of_shares(found, qs: int) -> bool:
    """'Of the 417 who demobilised, 162 came from the ELN, 131 from FARC dissidents': the whole opening
    the sentence is split among groups, so it is none of theirs but the people told of before."""
    sent = found.sent
    doc = sent.doc
    if doc[sent.start].lower_ != "of" or qs > sent.start + 2:
        return False
    shares = [q for q in found.quantities if C._tok_at(doc, q.start) > qs
              and _share_from(found, C._tok_at(doc, q.start), C._tok_at(doc, q.end - 1) + 1)]
    return len(shares) >= 2


def _of_his(sent, qs: int) -> bool:
    """'12 of his men', 'two members of her crew': the figure counts one person's men, so that person is apart."""
    doc = sent.doc
    return any(doc[k].lower_ == "of" and doc[k + 1].lower_ in {"his", "her"} for k in range(qs + 1, min(sent.end - 1, qs + 3)))


def _people_before(claims: list[Claim], mention: str) -> tuple | None:
    """The force of the sentence's last figure of leavers, for 'N of them' who did something else
    ('... deserted in May, and 1,200 of them have since returned'): the same people, another claim."""
    for c in reversed(claims):
        if c.count is not None and c.kind != "strength":
            return c.group, mention, c.group_country
    return None


def _clause_before(doc, lo: int, hi: int, also=frozenset()):
    """The tokens in [lo, hi) after the last clause break ('is not slowing: almost 300 verdicts'),
    or after one of the words in `also`."""
    for k in range(hi - 1, lo - 1, -1):
        if doc[k].text in _BREAKS or doc[k].lower_ in also:
            return doc[k + 1:hi]
    return doc[lo:hi]


def _hosted(doc, sent, qs: int) -> bool:
    """A hosting verb just before the figure ('hosts about 3.5 million Afghans'): people counted abroad."""
    return any(t.lower_ in _HOSTING for t in doc[max(sent.start, qs - 4):qs])


def _state_holder(sent) -> str | None:
    """The country of a state named, or stood for by its capital, at the head of a sentence that gives a
    stock ('Burundi, which had deployed thousands of soldiers', 'Niamey has 1,200 troops in Mali')."""
    text = sent.text
    head = [(e, code) for s, e, code in find_countries(text[:40]) + find_capitals(text[:40]) if s == 0]
    if not head:
        return None
    end, code = head[0]
    rest = text[end:end + 12].lstrip(", ").split(" ", 1)[0].lower()
    return code if rest in _HOLDING_WORDS else None


def _settled(doc, noun_tok: int, end: int) -> bool:
    """'Ukrainian men of military age are now living in EU countries', 'have registered as residents in
    Armenia': a word of living somewhere after the people's noun, before the clause ends."""
    for t in doc[noun_tok + 1:min(end, noun_tok + 10)]:
        if t.lower_ in _SETTLED:
            return True
        if t.is_punct and t.text not in {"-", "'", "’"}:
            return False
    return False


def _as_refugees(doc, noun_tok: int, end: int) -> bool:
    """'44,000 Syrians have registered as refugees in Turkey': the people are counted as refugees abroad."""
    return any(doc[j].lower_ == "as" and doc[j + 1].lower_ in _REFUGEES for j in range(noun_tok + 1, min(end - 1, noun_tok + 5)))


def _heeded(doc, i: int) -> bool:
    """An appeal word as a noun before 'and' ('accepted the government's peace call and surrendered'): the
    appeal was answered, the leaving after it happened."""
    return i > 0 and i + 1 < len(doc) and doc[i + 1].lower_ == "and" and (
        doc[i - 1].lower_ in _NOUN_MARKERS or doc[i - 1].lower_ == "peace")


_NOUN_MARKERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "'s", "’s"}
_ATTRIBUTIVE = WORDS["attributive_participles"]
_ANONYMITY = WORDS["anonymity_words"]
_ATTRIBUTIVE_AFTER = WORDS["attributive_after"]


def _counted_civilians(doc, sent, qs: int) -> bool:
    """'the number of senior party figures who have quit ... to 81': what a bare figure counts, named after
    'the number of' before it, is people of a party, a board or a club."""
    for j in range(sent.start, qs - 1):
        if doc[j].lower_ in {"number", "total"} and doc[j + 1].lower_ == "of":
            counted = [t.lower_ for t in doc[j + 2:min(qs, j + 8)]]
            cut = next((i for i, w in enumerate(counted) if w in {"who", "that", "which"}), len(counted))
            return bool(set(counted[:cut]) & _BODIES)
    return False


def _office_members(doc, noun_tok: int) -> bool:
    """'assembly members', 'Members of Parliament': holders of a civil office, unless the body is a force's
    own ('Military Council members')."""
    if doc[noun_tok].lower_ not in {"member", "members"}:
        return False
    if noun_tok > 0 and doc[noun_tok - 1].lower_ in _CIVIC_BODIES:
        return not (noun_tok > 1 and doc[noun_tok - 2].lower_ in _FORCE_BODIES)
    if noun_tok + 1 >= len(doc) or doc[noun_tok + 1].lower_ != "of":
        return False
    # 'Members of Parliament', 'members of the Rivers State House of Assembly'; not 'members of the military council'
    name = set()
    for t in doc[noun_tok + 2:min(len(doc), noun_tok + 9)]:
        if t.is_punct or (t.lower_ in _BODY_NAME_ENDS and not t.is_title):
            break
        name.add(t.lower_)
    return bool(name & _CIVIC_BODIES) and not name & _FORCE_BODIES


def _lowers(doc) -> list[str]:
    """Lower-case token texts from one array read (faster than iterating Token objects)."""
    from spacy.attrs import LOWER

    strings = doc.vocab.strings
    return [strings[x] for x in doc.to_array(LOWER).tolist()] if len(doc) else []


def _sent_to_fight(doc, e: int, end: int) -> bool:
    """'left for the front', 'left for combat duty in Donbas': a leaving word followed by 'for' and a
    place or task of war."""
    k = e - 1 if doc[e - 1].lower_ == "for" else e
    if k >= end or doc[k].lower_ != "for":
        return False
    words = [t.lower_ for t in doc[k + 1:min(end, k + 4)] if t.lower_ not in {"the", "a", "their", "his"}]
    return bool(words) and words[0] in _WAR_TASKS


_WAR_TASKS = WORDS["war_tasks"]


def _figure_joined(sent, lowers: list[str]) -> bool:
    """Young people or volunteers joining or taken in ('62 local youths joined militant groups', 'thousands
    of volunteers have joined', 'it had recruited 90,000 volunteers'): recruits, whom a figure before does
    not make leavers."""
    for i in range(sent.start, sent.end):
        if lowers[i] in _JOINERS:
            for span in (range(i - 1, max(sent.start, i - 4) - 1, -1), range(i + 1, min(sent.end, i + 5))):
                for j in span:
                    if lowers[j] in {",", ";"}:
                        break
                    if lowers[j] in _RECRUITS:
                        return True
    return False


_RECRUITS = WORDS["recruit_nouns"]


def _counts_people(text: str) -> bool:
    """A figure that may count people ('for three years' counts none)."""
    from awol.normalize.counts import find_quantities

    return _has_number(text) and bool(find_quantities(text))


def _lead_part(found, qs: int, qe: int) -> tuple[int, int] | None:
    """'Of the 500 soldiers in the battalion, about half deserted', '..., most of them deserted': the words of
    the part after the lead's comma that left, of the whole the lead gives (as 'about half of the 500
    soldiers deserted')."""
    doc, sent = found.sent.doc, found.sent
    a = after_dateline(sent, sent.start, qs)
    if doc[a].lower_ != "of" or not all(t.lower_ in _WHOLE_DETS for t in doc[a + 1:qs]):
        return None
    comma = next((t.i for t in doc[qe:sent.end] if t.text == ","), None)
    if comma is None or any(qe <= s < comma for _, s, _ in found.triggers):
        return None
    end = min((s for _, s, _ in found.triggers if comma + 1 < s <= comma + 7), default=None)
    while end is not None and doc[end - 1].lower_ in C._AUXILIARIES | {"of", "them"}:
        end -= 1  # 'about half of them have deserted'
    return (comma + 1, end) if end is not None and end > comma + 1 else None


def _share_in(doc, sent, part: tuple[int, int] | None) -> Share | None:
    """The share that the words of part make, if they are one ('about half', 'a third', '40 percent')."""
    if part is None:
        return None
    share = share_ending(text_of(doc)[sent.start_char:doc[part[1] - 1].idx + len(doc[part[1] - 1])] + " of")
    return share if share is not None and share.start >= doc[part[0]].idx - sent.start_char else None


def _lead_whole(found, qs: int, qe: int) -> bool:
    """The figure of a lead 'Of the 40 young men who enlisted,' before the figure that left: the whole the
    part is taken from, when nothing between it and the comma says it left ('Of the 40 who deserted, 12
    came back' keeps the 40)."""
    doc, sent = found.sent.doc, found.sent
    if [t.lower_ for t in doc[sent.start:qs]] not in (["of"], ["of", "the"]):
        return False
    comma = next((t.i for t in doc[qe:sent.end] if t.text == ","), None)
    return comma is not None and not any(qe <= s < comma for _, s, _ in found.triggers) and any(
        comma < C._tok_at(doc, q.start) <= comma + 8 for q in found.quantities)


def _object_of_leaving(doc, triggers, k: int) -> bool:
    """The unit noun at k is where a defection or desertion went ('defected to the army', 'switched to the
    army'), not a unit that has men."""
    return any(kind in ("defection", "desertion") and (s <= k < e or e <= k and all(
        t.lower_ in _TO_THE for t in doc[e:k])) for kind, s, e in triggers)


def _habitual(doc, sent, e: int) -> bool:
    """The main clause after a relative clause at e is in the present ('... are debriefed', '... receive an
    allowance'): a rule or a routine, told of no one in particular."""
    for t in doc[e:min(sent.end, e + 10)]:
        if t.text in {",", ";"}:
            return False
        if t.lower_ in _HABITUAL_MAIN:
            return True
    return False


def _has_number(text: str) -> bool:
    """`_NUMBER.search(text)`, without the regex where no number word is in the lower-cased text: the
    regex tries each of its words at every character."""
    if _DIGIT.search(text):
        return True
    low = text.lower()
    return (ODD_FOLDS.search(text) is not None or any(w in low for w in _NUMBER_WORDS)) \
        and _NUMBER.search(text) is not None


def _has_key(lowers: list[str], sent, keys) -> bool:
    return keys is None or not keys.isdisjoint(lowers[sent.start:sent.end])


def _joined_hyphens(words: list[str]) -> list[str]:
    """Words with spaCy's hyphen splits undone: ['call', '-', 'up'] -> ['call-up']."""
    out: list[str] = []
    for w in words:
        if out and (w == "-" or out[-1].endswith("-")) and out[-1] != "-":
            out[-1] += w
        else:
            out.append(w)
    return out


def _still_serving_of(doc, sent, qe: int, quantities, starts: list[int]):
    """The whole a figure is the part still serving of ('only 400 of the 1,700 soldiers on its payroll still
    report for duty': 1,700), or None."""
    if qe + 1 >= sent.end or doc[qe].lower_ != "of":
        return None
    k = qe + 1
    while k + 1 < sent.end and (doc[k].lower_ in _OWNERS or doc[k + 1].lower_ in _POSSESSIVE_S):
        k += 1 if doc[k].lower_ in _OWNERS else 2  # 'of the 1,700', "of the battalion's 900"
    whole = next((q for q, start in zip(quantities, starts) if start == k), None)
    if whole is None or not C.still_serving(doc, sent, C._tok_at(doc, whole.end - 1) + 1):
        return None
    return whole


def _whole_of_part(doc, sent, qs: int, qe: int, quantities) -> bool:
    """Whether the figure at qs is the whole a figure before it is part of ('150 of his 900 men'), or
    opens the sentence as a unit's men a later figure is taken from ('Of the 40 guardsmen at his post,
    at least six have come over'; 'Of the 130 soldiers sent there, only 40 were still at their posts')."""
    if qs - 2 >= sent.start and doc[qs - 2].lower_ == "of" and doc[qs - 1].lower_ in _OWNERS \
            and any(C._tok_at(doc, q.end - 1) == qs - 3 for q in quantities):
        return True
    k = qs - 1
    while k > sent.start and doc[k].lower_ in _OWNERS | C._FIGURE_LEADS:
        k -= 1
    if doc[k].lower_ != "of" or k != sent.start and doc[k - 1].lower_ not in {"that", ","}:
        return False  # 'Of the 40 ...' opens the sentence or a clause ('he said that of the 600 men ...')
    later = [q for q in quantities if q.start > doc[qe - 1].idx]
    return bool(later) and (F.in_a_unit(doc, sent, qe) or _men_one_had(doc, sent, qe) or _trained_men(doc, sent, qe) or any(
        C.still_serving(doc, sent, C._tok_at(doc, q.end - 1) + 1) for q in later))


def _men_one_had(doc, sent, qe: int) -> bool:
    """'of the roughly 600 men he had in January': the people the figure counts were someone's command."""
    j = qe
    while j < min(sent.end, qe + 2) and doc[j].is_alpha and doc[j].lower_ not in _COMMANDERS:
        j += 1  # the people noun: 'men', 'FSA fighters'
    return j + 1 < sent.end and doc[j].lower_ in _COMMANDERS and doc[j + 1].lower_ in {"had", "has", "have", "commanded", "led"}


_COMMANDERS = {"he", "she", "i", "they", "we"}


def _trained_men(doc, sent, qe: int) -> bool:
    """'of roughly 3,000 Somali soldiers trained by foreign partners': a force's trained men, its stock."""
    return any(doc[j].lower_ in _TRAINED for j in range(qe, min(sent.end, qe + 3)))


_TRAINED = WORDS["trained_words"]


def _joint_action(doc, k: int, end: int) -> bool:
    """Within ten tokens from k, joining is for a fight: 'in the offensive', 'for an assault', 'to retake'."""
    for j in range(k, min(end - 1, k + 10)):
        word, nxt = doc[j].lower_, j + 1
        while nxt < end - 1 and doc[nxt].lower_ in _JOINT_LEADS:
            nxt += 1
        if word in {"in", "for"} and doc[nxt].lower_ in _JOINT_NOUNS or word == "to" and doc[nxt].lower_ in _JOINT_VERBS:
            return True
    return False


def _surrender_in_battle(sent) -> bool:
    doc = sent.doc
    return any(t.lower_.startswith("surrender") and S.in_battle(doc, sent, t.i + 1, t.i) for t in sent)


def _one_member_before(doc, who: int, start: int) -> bool:
    """'a 22-year-old fighter who left', 'A lieutenant who fled': one member named before the clause."""
    k = who - 1
    if k <= start or doc[k].lower_ not in lexicon().member_nouns or doc[k].lower_.endswith("s"):
        return False
    head = doc[max(start, k - 5):k]
    return any(t.lower_ in ("a", "an") for t in head) and not any(t.like_num or t.is_punct for t in head)


def _arriving(doc, trig) -> bool:
    """'arrived in Rwanda': a leaving pattern that gives only emigration claims."""
    low = doc[trig[1]].lower_
    return trig[0] == "leaving" and (low in _ARRIVING or low in _ENTERING and trig[2] - trig[1] == 1)


def _time_at(doc, i: int, end: int) -> bool:
    """Whether a time expression starts at token i ('by April', 'by the end of the year')."""
    from awol.normalize.periods import find_times

    return i < end and any(t.start == 0 for t in find_times(doc[i:min(end, i + 6)].text, None))


def _on_trial(doc, i: int) -> bool:
    """'the tribunal tried 63 soldiers for desertion', 'were tried for desertion': a trial, not an attempt
    ('tried to desert')."""
    return doc[i].lower_ == "tried" and i + 1 < len(doc) and doc[i + 1].lower_ != "to"


def _anonymous(doc, i: int, s: int) -> bool:
    """'an officer, who asked not to be named, said ...': a source's request for anonymity, no appeal to leave."""
    return any(t.lower_ in _ANONYMITY for t in doc[i + 1:min(s, i + 7)])


def _own_account(doc, i: int, s: int) -> bool:
    """'rejected the figure, saying only a few hundred had left': between the denial at i and the leaving
    word at s, the speaker goes on to say what did happen."""
    return any(t.lower_ in _OWN_ACCOUNT for t in doc[i + 1:s])


def _attributive(doc, i: int) -> bool:
    """'members of banned Baloch outfits': a participle after a preposition or article describes the
    group; it bans nothing ('the army banned soldiers from leaving' has a subject before it)."""
    return doc[i].lower_ in _ATTRIBUTIVE and i > 0 and doc[i - 1].lower_ in _ATTRIBUTIVE_AFTER


def _so_called(doc, i: int) -> bool:
    """'the so-called Ambazonia Defence Forces', 'the group the government calls "OLF-Shene"': 'call'
    names, it does not appeal, when a name or a quotation follows it."""
    if doc[i].lower_ not in {"call", "calls", "called"}:
        return False
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "so":
        return True
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and (after.is_quote or (after.text[:1].isupper() and not after.is_sent_start))


def _designation(doc, sent, qs: int, qe: int) -> bool:
    """Whether the figure at [qs, qe) numbers a unit: after a capitalised unit word ('Task Force 46'), or
    after a possessive and before a capitalised name ending in one ("the Army's 22 Rashtriya Rifles")."""
    if qs == sent.start:
        return False
    before = doc[qs - 1]
    if before.is_title and before.lower_ in _DESIGNATIONS:
        return True
    return before.lower_ in _POSSESSIVE and any(
        t.is_title and t.lower_ in _DESIGNATIONS for t in doc[qe:min(sent.end, qe + 3)])


def _object_in(doc, start: int, end: int, heads: frozenset[str], width: int = 4) -> bool:
    """Whether one of `heads` ends the noun phrase at `start` within `width` tokens ('a two-goal lead',
    'the burning depot'), before a preposition or 'and' closes it."""
    for j in range(start, min(end, start + width)):
        if doc[j].lower_ in _PHRASE_BREAKS:
            return False
        if doc[j].lower_ in heads:
            return True
    return False


def _title_case(line: str) -> bool:
    """A headline in Title Case with no full stop ('167 Police Officers Defect From Camp')."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return (len(words) >= 3 and not line.rstrip().endswith(".")
            and sum(w[0].isupper() for w in words) >= 0.8 * len(words))


class _Shifted:
    """A mention from a sentence-level finder, moved to document offsets."""

    __slots__ = ("_m", "start", "end")

    def __init__(self, mention, base: int):
        self._m = mention
        self.start = mention.start + base
        self.end = mention.end + base

    def __getattr__(self, name):
        return getattr(self._m, name)
