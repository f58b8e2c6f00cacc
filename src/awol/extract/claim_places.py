"""Where a claim's people left from and went to: places tied to its leaving word by a preposition."""

from __future__ import annotations

from awol.extract.found import Found, tok_at as _tok_at
from awol.extract.lexicon import lexicon, words
from awol.extract.sentences import text_of
from awol.model import Place

WORDS = words()
# The word before a place says its role: where they went, where they came from, where it happened.
_TO_DEST = {"to", "into", "toward", "towards", "for", "reach", "reached", "reaching", "arrived", "arriving",
            "refuge", "headed", "heading", "entered", "enter", "via", "across"}
_ENTERED = {"entered", "enter", "enters", "entering"}
_FROM = {"from", "fled", "left", "leaving", "leave", "flee", "fleeing", "escaped", "quit"}
_AT = {"in", "at", "near", "based"}
_SENT_BACK = WORDS["sent_back"]
POSTS = WORDS["post_nouns"]
_MOTION = WORDS["motion_words"]
_HEADED = WORDS["headed_words"]
JOINING = {"joined", "join", "joining"}
_SHELTER = WORDS["shelter_words"]
_SPEECH = frozenset(lexicon().speech_verbs) | {"briefing", "news", "conference"}  # 'told a news conference in'
_CLAUSE_LINKS = {"and", "but", "while", "who", "which", "that", "whereas"}  # words that open a new clause


def _clause_words(doc, lo: int, hi: int) -> set[str]:
    """The lower-cased words from `lo` to `hi`, back to the nearest clause break."""
    words: set[str] = set()
    for k in range(hi - 1, lo - 1, -1):
        if doc[k].text in {",", ";", ":"} or doc[k].lower_ in _CLAUSE_LINKS:
            break
        words.add(doc[k].lower_)
    return words


def places_for(found: Found, kind: str, ctx, exclude: list[tuple[int, int]], window: tuple[int, int] | None = None,
               country: str | None = None) -> tuple[list[Place], list[Place]]:
    """Where they left from and went to: places tied to the claim by a preposition,
    near its leaving word ('fled to Europe', 'surrendered in Sulu', 'from Anbar'),
    and the group's own country when they 'fled the country'."""
    doc = found.sent.doc
    origin: list[Place] = []
    dest: list[Place] = []
    last_role = None
    home = ctx.countries[0] if ctx.countries else None
    left_home = _left_the_country(found, country or home, ctx.gazetteer)
    if left_home is not None:
        origin.append(left_home)
    text = text_of(doc)
    owner_role: tuple[int, list[str]] | None = None  # the preposition before a possessive place, and where it ends
    first_trigger = min((t[1] for t in found.triggers), default=found.sent.start)
    for m in found.places:
        if any(a <= m.start < b for a, b in exclude) or text.startswith("$", m.end):
            continue  # 'US$100' is money
        t = _tok_at(doc, m.start)
        if window is not None and not (window[0] - 14 <= t <= window[1] + 14):
            continue
        if window is not None and (t < window[0] and other_clause(found, t, window[0])
                                   or t > window[1] and _later_clause(found, window[1], t)):
            continue  # '... went to Canada, and about 1,000 servicemen sought refuge in Sweden': each its own
        before = [x.lower_ for x in doc[max(found.sent.start, t - 4):t]]
        clause = _clause_words(doc, max(found.sent.start, t - 9), t)  # the words back to the clause's start
        end = _tok_at(doc, m.end - 1) + 1
        if set(before[-3:]) & _SPEECH and not (end + 1 < found.sent.end and doc[end + 1].lower_ == "where"):
            continue  # 'told journalists in Abuja': where it was said; not 'told AFP in Kazakhstan, where he fled'
        near = before[-2:]
        if not (set(near) & (_TO_DEST | _FROM | _AT)):
            near = _head_before(doc, found.sent.start, t) or near  # 'in the province of Sulu'
        if near and near[-1] in {",", "and", "or"} and not last_role:
            near = _list_head(doc, found.sent.start, t) or near  # 'in Zapakan village, Radjah Buayan, Maguindanao'
        if end < found.sent.end and doc[end].lower_ in {"'s", "’s"}:
            owner_role = (end, near)  # 'to Kyiv's old rival Russia': the owner is not the place
            continue
        if owner_role is not None and t - owner_role[0] <= 6 and not any(x.is_punct for x in doc[owner_role[0] + 1:t]):
            near = owner_role[1]
        owner_role = None
        role = None
        if any(w in _TO_DEST for w in near):
            if t < first_trigger and not (clause & _MOTION or kind == "emigration" and clause & _ENTERED):
                continue  # 'orders to deploy to Ukraine or deserting': a destination follows the leaving word
                # (or a verb of going: 'slip across the border into Sudan to escape national service'; civilians
                # who 'entered Hungary and did not return')
            if kind != "return" and set(before) & _SENT_BACK:
                continue  # 'who fled to Cameroon have been returned to Nigeria': sent back, not where they went
            if near[-1] == "for" and not clause & (_FROM | _HEADED):
                continue  # 'headed for Europe', 'left the Kurdistan Region for Europe', not 'the Inspector General for Afghanistan'
            role = "dest"
        elif any(w in _FROM for w in near):
            role = "origin"
        elif any(w in _AT for w in near) and m.entry.country not in (None, country) and clause & _SHELTER:
            role = "dest"  # 'sought asylum in Poland', 'sheltering in a camp in Hatay': where they went
        elif any(w in _AT for w in near):
            if m.entry.kind == "country" and m.entry.country == home and kind != "emigration":
                continue  # 'cases registered in Ukraine': where it is counted, not where they left
            foreign = m.entry.country not in (None, home) and "near" not in near and (
                kind in ("desertion", "emigration")
                or kind == "defection" and m.entry.country != country and _joined_before(found, t))
            # 'deserted near Bakhmut': where they served; 'joined the opposition in Turkey': where they went
            role = "dest" if foreign or (m.entry.country is None and kind in ("desertion", "emigration")) else "origin"
            if set(before) & _FROM and set(before) & POSTS:
                role = "origin"  # 'walked away from their posts in Kidal': where the posts were
        elif near and near[-1] in {",", "and", "or"} and last_role:
            role = last_role
        if role is None:
            continue
        place = Place(m.entry.name, m.entry.country, m.entry.lat, m.entry.lon)
        target = dest if role == "dest" else origin
        if all(p.name != place.name for p in target):
            target.append(place)
        last_role = role
    return origin, dest


def _joined_before(found: Found, t: int) -> bool:
    """A side joined stands between the defection and the place ('defected to the FSA in Hatay',
    'joined opposition forces in Turkey'); without one, 'defected in Afghanistan' is where they left."""
    doc = found.sent.doc
    for _, s, e in found.triggers:
        if e > t:
            continue
        between = [x.lower_ for x in doc[s:t]]
        if JOINING & set(between) or doc[s].lower_.startswith("defect") and e < t and doc[e].lower_ == "to":
            return True
    return False


def other_clause(found: Found, t: int, start: int) -> bool:
    """A place before the claim's words that belongs to an earlier figure's clause."""
    doc = found.sent.doc
    joined = any(doc[k].text in {",", ";"} and doc[k + 1].lower_ in {"and", "while", "but", "whereas"}
                 for k in range(t, start - 1))
    return joined and any(_tok_at(doc, q.start) < t for q in found.quantities)


def _later_clause(found: Found, end: int, t: int) -> bool:
    """A place after the claim's words, in a later clause with a figure of its own."""
    doc = found.sent.doc
    joins = [k for k in range(end, t - 1) if doc[k].text in {",", ";"} and doc[k + 1].lower_ in {"and", "while", "but", "whereas"}]
    return bool(joins) and any(joins[0] < _tok_at(doc, q.start) < t for q in found.quantities)


def _head_before(doc, lo: int, t: int) -> list[str] | None:
    """The preposition before 'the province of', 'one area of', 'the southern Turkish town of' a place name."""
    k = t - 1
    while k >= lo and t - k <= 6:
        w = doc[k].lower_
        if w in _AT | _FROM | _TO_DEST:
            return [w]
        if w not in _PLACE_WORDS | _PLACE_LEAD and not (doc[k].is_title and doc[k].is_alpha and k > lo):
            return None
        k -= 1
    return None


def _left_the_country(found: Found, country: str | None, gazetteer) -> Place | None:
    """'fled the country', 'left the country': the group's own country is where they left."""
    if country is None:
        return None
    doc = found.sent.doc
    said = any(kind in ("leaving", "desertion") and (
        [t.lower_ for t in doc[e:min(found.sent.end, e + 2)]] == ["the", "country"]
        or [t.lower_ for t in doc[e - 2:e]] == ["the", "country"]) for kind, _, e in found.triggers)
    if not said:
        return None
    from awol.normalize import countries

    name = countries.country_name(country)
    if name is None:
        return None
    entry = gazetteer.lookup(name, [country]) if gazetteer is not None else None
    return Place(name, country, entry.lat if entry else None, entry.lon if entry else None)


def _list_head(doc, lo: int, t: int) -> list[str] | None:
    """The preposition that heads a list of place names ending at token t, if the
    tokens between are names, commas and words like 'village' or 'province'."""
    k = t - 1
    while k >= lo and t - k <= 12:
        w = doc[k]
        if w.lower_ in _AT | _FROM | _TO_DEST:
            return [w.lower_]
        if not (w.is_title or w.text in {",", "and", "or", "-"} or w.lower_ in _PLACE_WORDS):
            return None
        k -= 1
    return None


_PLACE_WORDS = WORDS["place_name_words"]
_PLACE_LEAD = WORDS["place_lead_words"]
