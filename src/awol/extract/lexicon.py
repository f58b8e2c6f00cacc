"""Load and compile the extraction lexicon (`data/lexicon.yaml`).

The lexicon is data so that analysts can read and extend it; this module only
validates it and compiles its trigger language into spaCy Matcher patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from awol import datafiles
from awol.errors import KnowledgeError

KIND_TRIGGERS = ("desertion", "defection", "return", "leaving")
NAME = "^"  # the token language's capitalised word


def ends_in_name(pattern: str) -> bool:
    """Whether a pattern ends in a name ('left the? ^'): its matches count only where an armed group is named."""
    return pattern.split()[-1] == NAME


@lru_cache(maxsize=1)
def _name_start() -> str:
    """A capitalised word, or a name's lower-case particle ('al' of 'al-Shabaab', which spaCy splits off)."""
    particles = "|".join(sorted(words()["name_particles"]))
    return f"^(?:[A-Z]|(?:{particles})$)"


def compile_pattern(pattern: str) -> list[dict]:
    """Turn one pattern of the lexicon's token language into a Matcher pattern.

    `a|b` alternatives, `pre~` prefixes, `tok?` optional, `*N` up to N wildcards, `^` a word
    written with a capital or a name particle (a name's first word; the extractor checks whose). A quotation mark
    may stand between two words ('had "rallied" to its ranks'): a wildcard takes it anyway.
    """
    parts: list[list[dict]] = []
    for part in pattern.split():
        if part.startswith("*") and part[1:].isdigit():
            parts.append([{"OP": f"{{0,{int(part[1:])}}}"}])
            continue
        if part == NAME:
            parts.append([{"TEXT": {"REGEX": _name_start()}}])
            continue
        optional = part.endswith("?") and len(part) > 1
        if optional:
            part = part[:-1]
        if part.endswith("~"):
            spec: dict = {"LOWER": {"REGEX": "^" + re.escape(part[:-1].lower())}}
        elif "-" in part.strip("-") and "|" not in part:
            # spaCy splits hyphenated words: 'ex-combatants' is ex, -, combatants.
            first, *rest = part.lower().split("-")
            hyphenated = [{"LOWER": first}]
            for piece in rest:
                hyphenated += [{"LOWER": "-"}, {"LOWER": piece}]
            parts.append(hyphenated)
            continue
        else:
            words = [w.lower() for w in part.split("|")]
            spec = {"LOWER": words[0]} if len(words) == 1 else {"LOWER": {"IN": words}}
        if optional:
            spec["OP"] = "?"
        parts.append([spec])
    if not parts or all(t.get("OP") for p in parts for t in p):
        raise KnowledgeError(f"lexicon pattern {pattern!r} matches nothing by itself")
    tokens = list(parts[0])
    for before, part in zip(parts, parts[1:]):
        if not _wild(before) and not _wild(part):
            tokens.append(_QUOTE)
        tokens += part
    return tokens


_QUOTE = {"IS_QUOTE": True, "OP": "?"}


def _wild(part: list[dict]) -> bool:
    return part[0].get("OP", "?") != "?"


_SMALL = {"to", "the", "a", "an", "their", "his", "her", "its", "of", "in", "on", "be", "been", "not", "n't", "have",
          "has", "had", "up", "down", "over", "for", "with", "by", "from", "who", "do", "did", "does", "only"}


def _key_words(pattern: str) -> set[str] | None:
    """Alternatives of the first required, not-small token of a pattern (hyphenated words by their first part)."""
    fallback = None
    for part in pattern.split():
        if part.endswith("?") or re.fullmatch(r"\*\d+", part):
            continue
        if part.endswith("~"):
            return None
        words = {w.lower().split("-")[0] for w in part.split("|")}
        if fallback is None:
            fallback = words
        if not words & _SMALL:
            return words
    return fallback


def _word_regex(words: list[str], names: bool = False) -> re.Pattern:
    """One case-insensitive regex for a word list, on word boundaries
    (a word ending in a letter stem such as 'frustrat' matches its endings). With `names`, a hyphen
    joins words too: the place 'Ngo-Ketunjia' holds no 'ngo' (a driver's 'non-payment' does hold 'payment')."""
    alts = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    body = "|".join(re.escape(w) + (r"\w*" if w.isalpha() and len(w) >= 6 else "(?:s|es)?") for w in alts)
    before, after = (r"(?<![^\W\d_]-)", "-") if names else ("", "")  # '31-year-old' still holds 'year-old'
    return re.compile(rf"(?<![\w'’]){before}(?:{body})(?![\w{after}])", re.IGNORECASE)


ODD_FOLDS = re.compile("[\u0131\u017f]")  # 'ı' and 'ſ': IGNORECASE matches 'i' and 's' with them, lower() does not


class WordLists:
    """Word lists, each compiled by `_word_regex`, with one Aho-Corasick index over all their
    words. Python's regex engine tries every alternative of a list at every character of a text
    (a list holds dozens of words), while a text holds the words of few lists: a list's regex
    is tried only on a text whose lower-cased form holds one of its words, as every match must.
    `matching` gives the same answer as trying every regex."""

    def __init__(self, lists: dict, names: bool = False):
        from awol.keywords import Keywords

        self.regexes = {key: _word_regex(words, names) for key, words in lists.items()}
        owners: dict[str, set] = {}
        for key, words in lists.items():
            for word in words:
                if word:
                    owners.setdefault(word.lower(), set()).add(key)
        self._keywords = Keywords({word: frozenset(keys) for word, keys in owners.items()})

    def matching(self, text: str) -> set:
        """The keys of the lists whose regex finds a word in `text`."""
        if ODD_FOLDS.search(text):
            held = set(self.regexes)
        else:
            held = set()
            for _, _, keys in self._keywords.find(text.lower()):
                held.update(keys)
        return {key for key in held if self.regexes[key].search(text)}


@dataclass
class Lexicon:
    version: int
    abbreviations: frozenset[str]
    triggers: dict[str, list[str]]
    to_side: frozenset[str]
    irrealis: frozenset[str]
    person_nouns: frozenset[str]
    case_nouns: frozenset[str]
    member_nouns: frozenset[str]
    civilian_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    citing: frozenset[str]
    source_types: list[tuple[int, str, bool]]  # (index in `source_words`, type, whether it has words)
    source_words: WordLists
    hedges: list[str]
    drivers: WordLists
    reason_markers: frozenset[str]
    appeals: frozenset[str]
    withdrawal: frozenset[str]
    screen_common: frozenset[str] = frozenset()
    news_common: frozenset[str] = frozenset()
    civilian_titles: frozenset[str] = frozenset()
    casualties: frozenset[str] = frozenset()
    civil_general: re.Pattern | None = None  # 'secretary general': no military rank
    organisation_names: frozenset[str] = frozenset()
    _matchers: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        # speaker phrases recur ('the ministry', 'officials'): each is typed once, in a bounded cache
        self.source_type = lru_cache(maxsize=4096)(self.source_type)

    def matcher(self, vocab, name: str):
        """A spaCy Matcher for the trigger kinds (name='triggers') or hedges (name='hedges')."""
        key = (name, id(vocab))
        if key not in self._matchers:
            from spacy.matcher import Matcher

            m = Matcher(vocab)
            groups = self.triggers.items() if name == "triggers" else [("hedge", self.hedges)]
            for label, patterns in groups:
                m.add(label, [compile_pattern(p) for p in patterns], greedy="LONGEST")
            self._matchers[key] = m
        return self._matchers[key]

    def keys(self, name: str) -> frozenset[str] | None:
        """Words one of which every match of the trigger (or hedge) patterns contains: for
        each pattern the alternatives of its first required token that is not a small word.
        Sentences without any of them need no Matcher pass. None when a pattern has no such token."""
        cache = ("keys", name)
        if cache not in self._matchers:
            patterns = [p for ps in self.triggers.values() for p in ps] if name == "triggers" else self.hedges
            keys: set[str] | None = set()
            for pattern in patterns:
                key = _key_words(pattern)
                if key is None:
                    keys = None
                    break
                keys |= key
            self._matchers[cache] = frozenset(keys) if keys is not None else None
        return self._matchers[cache]

    def source_type(self, speaker: str) -> str:
        """The SCHEMA source type of a speaker phrase, by the ordered word lists. In 'the union's
        secretary general' the 'general' is no rank: the rest of the phrase decides."""
        if self.civil_general is not None:
            speaker = self.civil_general.sub(r"\1", speaker)
        if _OWN.match(speaker):
            return "publisher"  # 'our field monitors', 'this newspaper's count': the outlet's own finding
        head = _RELATIVE.split(speaker, 1)[0]
        name = _NAME_WORDS.fullmatch(head.strip())
        if name and name.group(1).lower() in self.organisation_names:
            return "ngo"  # 'the Soldiers' Homecoming Network': a body's name, not its members
        if head != speaker and self._typed(head) != "other":
            return self._typed(head)  # 'the minister, who spoke to the media'; not 'Ali Hassan, who heads a rights group'
        described = _APPOSITIVE.search(speaker)  # after a name only: 'Karim, a former conscript'
        named = described and all(w[:1].isupper() for w in speaker[:described.start()].split())
        noun_phrase = _PHRASE_END.split(described.group(1), 1)[0] if named else ""
        if noun_phrase and self._typed(noun_phrase) != "other":
            return self._typed(noun_phrase)  # 'Free Them Now, a network set up by former officers': a network
        return self._typed(speaker)

    def _typed(self, phrase: str) -> str:
        """The type of the first entry whose words the phrase holds (an entry without words takes any phrase)."""
        held = self.source_words.matching(phrase)
        for index, stype, has_words in self.source_types:
            if not has_words or index in held:
                return stype
        return "other"


_RELATIVE = re.compile(r",?\s+(?:who|which|whose)\s|,\s+(?:a|an)\s", re.I)  # a relative clause or an appositive
_NAME_WORDS = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)*)+([A-Z]\w+)")
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+(.+)", re.I)
_PHRASE_END = re.compile(r"\s(?:by|of|for|from|in|at|to|that|who|which|with|on|set|based|founded|run|formed|created)\s", re.I)
_OWN = re.compile(r"(?:our|this (?:publication|newspaper|author|reporter|website|outlet))\b", re.I)


def _load_raw() -> dict:
    path = resources.files("awol.extract").joinpath("data/lexicon.yaml")
    try:
        raw = datafiles.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read the extraction lexicon: {exc}") from exc
    missing = [k for k in ("triggers", "person_nouns", "source_types", "hedges", "drivers") if k not in raw]
    if missing:
        raise KnowledgeError(f"{path}: missing sections {missing}")
    return raw


def plural_demonyms() -> frozenset[str]:
    """'Eritreans', 'Sudanese', 'Uzbeks', 'Central Africans': the people of every country in the country
    table, as a plural noun (demonyms that are no noun, such as 'French' or 'Danish', are left out)."""
    return frozenset(demonym_homes())


@lru_cache(maxsize=1)
def demonym_homes() -> dict[str, str | None]:
    """Each plural people noun and the country it names. A one-word demonym names its own country
    ('sudanese': Sudan); the last word of longer ones ('Central Africans') names a country only where no
    other shares it ('koreans' for North and South Korea names none)."""
    from awol.normalize.countries import all_countries

    whole: dict[str, str | None] = {}
    last: dict[str, str | None] = {}
    invariant = words()["invariant_demonyms"]
    names = {name.lower() for country in all_countries() for name in (country.name, *country.aliases)}
    for country in all_countries():
        for demonym in country.demonyms:
            parts = demonym.lower().split()
            low = parts[-1]  # 'Central Africans': the people noun is the last word
            if not low.isalpha():
                continue
            if low.endswith("ese") or low in invariant:
                plural = low  # 'the Sudanese', '25,000 Burkinabe'
            elif low + "s" in names:
                continue  # 'Philippine': 'Philippines' is the country
            elif not low.endswith(("ish", "ch", "ss", "sh", "y", "o", "mar", "ic")):
                plural = low + "s"
            else:
                continue
            table = whole if len(parts) == 1 else last
            table[plural] = country.code if table.get(plural, country.code) == country.code else None
    return {**last, **whole}


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str] | dict[str, frozenset[str]]]:
    """The rules' word sets (`data/words.yaml`)."""
    return read_words(resources.files("awol.extract").joinpath("data/words.yaml"))


def read_words(path) -> dict[str, frozenset[str] | dict[str, frozenset[str]]]:
    """A word-set file: each set a frozenset of lower-case words, or a mapping of such sets."""
    try:
        raw = datafiles.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read the rules' word sets: {exc}") from exc
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: expected a mapping of set names to word lists")
    out: dict = {}
    for key, value in raw.items():
        if key == "version":
            continue
        if isinstance(value, dict):
            out[key] = {k: _word_set(path, f"{key}.{k}", v) for k, v in value.items()}
        else:
            out[key] = _word_set(path, key, value)
    return out


def _word_set(path, key: str, value) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise KnowledgeError(f"{path}: {key} must be a list of words")
    return frozenset(w.lower() for w in value)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = _load_raw()
    low = lambda key: frozenset(str(w).lower() for w in raw.get(key, []))  # noqa: E731
    entries = raw["source_types"]
    source_types = [(i, entry["type"], bool(entry.get("words"))) for i, entry in enumerate(entries)]
    source_words = WordLists({i: entry["words"] for i, entry in enumerate(entries) if entry.get("words")}, names=True)
    for kind in raw["triggers"]:
        if kind not in KIND_TRIGGERS:
            raise KnowledgeError(f"lexicon.yaml: unknown trigger kind {kind!r}; expected one of {KIND_TRIGGERS}")
    return Lexicon(
        version=int(raw.get("version", 1)),
        abbreviations=low("abbreviations"),
        triggers={k: list(v) for k, v in raw["triggers"].items()},
        to_side=low("to_side"),
        irrealis=low("irrealis"),
        person_nouns=low("person_nouns"),
        case_nouns=low("case_nouns"),
        member_nouns=low("member_nouns"),
        civilian_nouns=low("civilian_nouns") | plural_demonyms(),
        speech_verbs=low("speech_verbs"),
        citing=low("citing"),
        source_types=source_types,
        source_words=source_words,
        hedges=list(raw["hedges"]),
        drivers=WordLists(raw["drivers"]),
        reason_markers=low("reason_markers"),
        appeals=frozenset(w.split()[0] for w in low("appeals")),
        withdrawal=low("withdrawal"),
        screen_common=low("screen_common"),
        news_common=low("news_common"),
        civilian_titles=low("civilian_titles"),
        casualties=low("casualties"),
        organisation_names=low("organisation_names"),
        civil_general=re.compile(r"\b(" + "|".join(map(re.escape, sorted(low("civil_generals")))) + r")[- ]general\b", re.I)
        if raw.get("civil_generals") else None,
    )
