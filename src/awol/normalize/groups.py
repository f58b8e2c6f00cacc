"""The armed-group registry: load, validate, index, and resolve mentions.

Knowledge lives in `data/groups/*.yaml` (schema in `data/groups/README.md`) and
`data/generic_nouns.yaml`; this module only reads it. A mention resolves, in
order: (1) a registry name or alias ("AAH", "the Tatmadaw"); (2) a demonym or
country before a generic noun ("Iraqi soldiers", "Syria's army"); (3) a bare
generic noun with the document's countries ("soldiers" in an article about
Iraq); otherwise nothing. Non-state nouns ("fighters", "militants") only ever
give generic names: which named group they belong to is the extractor's call.
"""

from __future__ import annotations

import csv
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml

from awol import datafiles
from awol.errors import KnowledgeError
from awol.keywords import Keywords
from awol.normalize import countries as _countries
from awol.normalize.countries import fold, fold_case, fold_key, is_abbreviation

TYPES = (
    "armed_forces", "army", "navy", "air_force", "marines", "special_forces",
    "national_guard", "republican_guard", "police", "gendarmerie", "border_guard",
    "intelligence", "security_forces", "militia", "paramilitary", "insurgent", "rebel",
    "separatist", "terrorist_designated", "pmc", "volunteer_formation", "peacekeeping",
    "armed_wing",
)
HISTORIC_CODES = ("SU", "YU", "CS", "DD", "VD")
FIELDS = ("name", "aliases", "country", "type", "parent", "side", "nouns", "ambiguous_alias", "places", "leaders", "note")
CSV_COLUMNS = ("name", "alias", "country", "type", "parent")

# Priorities when two readings of the same words compete: a name or alias as
# written beats a spelling variant the loader derived from it.
_EXACT, _VARIANT = 0, 1
_POSSESSIVE_CONTEXT = {"country", "nation", "government", "regime", "state", "its", "their", "the"}
# Entry types of state forces (a paramilitary on the state's side is one too: GroupEntry.is_state).
STATE_TYPES = frozenset({
    "armed_forces", "army", "navy", "air_force", "marines", "special_forces", "national_guard",
    "republican_guard", "police", "gendarmerie", "border_guard", "intelligence", "security_forces",
})


@dataclass(frozen=True)
class GroupEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    type: str
    parent: str | None
    side: str | None
    nouns: tuple[str, ...]
    ambiguous_alias: tuple[str, ...] = ()  # aliases shared with other groups; this entry is not their default
    source: str = ""  # file (and line) the entry came from
    places: tuple[str, ...] = ()  # where a local force serves: its parent, in a report set there, means it
    leaders: tuple[str, ...] = ()  # who leads it: 'Haftar's forces', 'fighters loyal to Haftar' name it

    @property
    def is_state(self) -> bool:
        """A state force: by type, or a paramilitary whose side is the state (India's CRPF)."""
        return self.type in STATE_TYPES or self.side == "state"

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the entry may be written: name, aliases, ambiguous aliases."""
        return (self.name, *self.aliases, *(a for a in self.ambiguous_alias if a not in self.aliases))


@dataclass(frozen=True)
class GroupMention:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    entry: GroupEntry | None
    generic: bool
    why: str
    ambiguous: bool = False  # an alias several entries share, chosen by the countries given


@dataclass(frozen=True)
class _NounClass:
    name: str
    state: bool
    forms: tuple[str, ...]
    tries: tuple[str, ...]
    fallback: str | None  # None: the class names a force only where a country's entry answers it
    bare: str  # yes | the | no
    overrides: dict
    collective: bool = False


@dataclass(frozen=True)
class _Alias:
    entry: int  # index into Registry._entries
    form: str  # as written in the data
    strict: bool  # has an all-caps abbreviation word (AAH, "US troops"): that word's case must match
    priority: int


class _LineLoader(datafiles.SafeLoader):  # type: ignore[misc]
    """Safe YAML loader (libyaml when present: the registry loads 10x faster)
    that remembers the line of each mapping, so errors can point at the entry."""

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _data_dir():
    return resources.files("awol.normalize").joinpath("data")


def package_group_files() -> list[Path]:
    """The registry's data files, in a stable order."""
    folder = _data_dir().joinpath("groups")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")))


def _as_tuple(value: Any, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{where}: '{field}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _valid_country(code: str | None) -> bool:
    return code is None or _countries.is_country_code(code) or code in HISTORIC_CODES


def _entry_from_mapping(raw: Any, where: str) -> GroupEntry:
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{where}: each entry must be a mapping with at least 'name' and 'type'")
    line = raw.pop("__line__", None)
    if line is not None:
        where = f"{where}:{line}"
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise KnowledgeError(f"{where}: unknown field(s) {unknown}; allowed: {', '.join(FIELDS)}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise KnowledgeError(f"{where}: entry has no 'name'")
    where = f"{where} ({name})"
    gtype = raw.get("type")
    if gtype not in TYPES:
        raise KnowledgeError(f"{where}: type {gtype!r} is not one of: {', '.join(TYPES)}")
    country = raw.get("country")
    if country is not None and not isinstance(country, str):
        raise KnowledgeError(f"{where}: country must be an ISO alpha-2 code or null")
    if not _valid_country(country):
        raise KnowledgeError(f"{where}: unknown country code {country!r} (ISO 3166-1 alpha-2 or {'/'.join(HISTORIC_CODES)})")
    for field in ("parent", "side"):
        if raw.get(field) is not None and not isinstance(raw.get(field), str):
            raise KnowledgeError(f"{where}: '{field}' must be a string or null")
    return GroupEntry(
        name=name.strip(),
        aliases=_as_tuple(raw.get("aliases"), where, "aliases"),
        country=country,
        type=gtype,
        parent=raw.get("parent"),
        side=raw.get("side"),
        nouns=_as_tuple(raw.get("nouns"), where, "nouns"),
        ambiguous_alias=_as_tuple(raw.get("ambiguous_alias"), where, "ambiguous_alias"),
        source=where,
        places=_as_tuple(raw.get("places"), where, "places"),
        leaders=_as_tuple(raw.get("leaders"), where, "leaders"),
    )


def read_group_file(path: Path) -> list[GroupEntry]:
    """Parse one YAML data file into entries (checks fields, not cross-references)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read groups file: {exc}") from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise KnowledgeError(f"{path}: a groups file must be a YAML list of entries")
    return [_entry_from_mapping(raw, str(path)) for raw in data]


def read_group_csv(path: Path, known: dict[str, GroupEntry]) -> list[GroupEntry]:
    """Read a user CSV (`name,alias,country,type,parent`, one alias a row).

    A row naming a known group adds an alias to it; a row with a new name
    creates an entry (then `type` is required). Returns the new and changed
    entries; `known` is not modified."""
    path = Path(path)
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read groups CSV: {exc}") from exc
    out: dict[str, GroupEntry] = {}
    with fh:
        reader = csv.DictReader(fh)
        header = tuple(reader.fieldnames or ())
        if header[: len(CSV_COLUMNS)] != CSV_COLUMNS:
            raise KnowledgeError(f"{path}:1: header must start with {','.join(CSV_COLUMNS)} (got {','.join(header) or 'nothing'})")
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row:
                raise KnowledgeError(f"{where}: more fields than the header has")
            cell = {k: (row.get(k) or "").strip() or None for k in CSV_COLUMNS}
            name = cell["name"]
            if name is None:
                raise KnowledgeError(f"{where}: 'name' is empty")
            base = out.get(name) or known.get(name)
            if base is None:
                if cell["type"] not in TYPES:
                    raise KnowledgeError(f"{where}: new group {name!r} needs a type, one of: {', '.join(TYPES)}")
                if not _valid_country(cell["country"]):
                    raise KnowledgeError(f"{where}: unknown country code {cell['country']!r}")
                base = GroupEntry(name, (), cell["country"], cell["type"], cell["parent"], None, (), (), where)
            else:
                for field in ("country", "type", "parent"):
                    if cell[field] is not None and cell[field] != getattr(base, field):
                        raise KnowledgeError(
                            f"{where}: {field} {cell[field]!r} contradicts {getattr(base, field)!r} already given for {name!r}; leave it empty to add an alias"
                        )
            alias = cell["alias"]
            if alias and alias not in base.aliases and alias != base.name:
                base = GroupEntry(base.name, base.aliases + (alias,), base.country, base.type, base.parent,
                                  base.side, base.nouns, base.ambiguous_alias, base.source)
            out[name] = base
    return list(out.values())


def _load_nouns() -> tuple[dict[str, _NounClass], dict[str, tuple[str, str | None]], frozenset[str], frozenset[str],
                           tuple[str, ...], dict]:
    path = _data_dir().joinpath("generic_nouns.yaml")
    try:
        data = datafiles.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read generic nouns: {exc}") from exc
    classes: dict[str, _NounClass] = {}
    for section, state in (("state", True), ("nonstate", False)):
        for name, spec in (data.get(section) or {}).items():
            optional = state and "fallback" in spec and spec["fallback"] is None
            if not spec.get("forms") or not (optional or "{" in str(spec.get("fallback", "{"))):
                raise KnowledgeError(f"{path}: noun class {name!r} needs 'forms' and a 'fallback' pattern "
                                     "(null is allowed for a state class only)")
            classes[name] = _NounClass(
                name=name, state=state, forms=tuple(spec["forms"]),
                tries=tuple(spec.get("try") or ()), fallback=spec["fallback"],
                bare=str({True: "yes", False: "no"}.get(spec.get("bare"), spec.get("bare", "yes"))),
                overrides=dict(spec.get("overrides") or {}), collective=bool(spec.get("collective")),
            )
    peoples: dict[str, tuple[str, str | None, str | None]] = {}
    for canonical, spec in (data.get("peoples") or {}).items():
        for form in spec.get("forms") or [canonical]:
            peoples[fold_key(form)] = (canonical, spec.get("country"), spec.get("generic"))
    modifiers = frozenset(fold_key(m) for m in data.get("modifiers") or ())
    attributive = frozenset(fold_key(w) for w in data.get("attributive_heads") or ())
    titles = tuple(fold_key(w) for w in data.get("title_markers") or ())
    led = {k: [fold_key(w) for w in (data.get("led_by") or {}).get(k) or ()] for k in ("followers", "links")}
    return classes, peoples, modifiers, attributive, titles, led


def _variants(alias: str) -> set[str]:
    """Spellings the press uses for the same name: apostrophes dropped
    ("Asaib"), doubled vowels single ("Shabab"), a plural last word."""
    key = fold_key(alias)
    out = {key.replace("'", ""), re.sub(r"([aeiou])\1", r"\1", key)}
    last = key.rsplit(" ", 1)[-1]
    if last.isalpha() and len(last) >= 4 and not last.endswith("s"):
        out |= {v + "s" for v in list(out) + [key]}
    out.discard(key)
    return {v for v in out if v}


def _of_country(form: str, entry: GroupEntry) -> set[str]:
    """A state force named with its demonym is also named after its country: 'Nicaraguan National
    Police' is 'the National Police of Nicaragua'."""
    country = _countries.country_name(entry.country) if entry.is_state and entry.country else None
    for demonym in _countries.demonyms(entry.country) if country else ():
        if form.startswith(demonym + " "):
            return {fold_key(f"{form[len(demonym) + 1:]} of {country}")}
    return set()


class Registry:
    """All known groups, indexed for `find()` over sentences."""

    def __init__(self, entries: Sequence[GroupEntry]):
        self._classes, self._peoples, self._modifiers, self._attributive, self._titles, led = _load_nouns()
        self._led_after, self._led_before = _leader_patterns(led["followers"], led["links"])
        self._people_generic = {canonical: generic for canonical, _, generic in self._peoples.values() if generic}
        nonstate = [c for c in self._classes.values() if not c.state]
        people = {canonical for canonical, country, _ in self._peoples.values() if country}  # not 'communist', 'Islamist'
        self._collectives = frozenset(
            {n for c in nonstate for n in c.overrides.values()} | set(self._people_generic.values())
            | {c.fallback.format(adjective=p) for c in nonstate for p in people})
        self._movements = frozenset(n for c in nonstate for n in c.overrides.values())
        forms: dict[str, list[str]] = defaultdict(list)
        for form, (canonical, _, _) in self._peoples.items():
            forms[canonical].append(form)
        self._people_patterns = {  # every form of a people's name, as one pattern over folded text
            people: re.compile(r"(?<![^\W_])(?:%s)(?![^\W_])" % "|".join(map(re.escape, sorted(f, key=len, reverse=True))))
            for people, f in forms.items()}
        self._collective_suffixes = tuple(c.fallback.format(adjective="").strip() for c in nonstate if c.collective)
        self._entries: list[GroupEntry] = list(entries)
        self._by_name = {e.name: e for e in self._entries}
        self._by_key = {fold_key(e.name): e for e in self._entries}
        self._validate()
        self._nouns: dict[tuple[str, str], GroupEntry] = {}
        for e in self._entries:
            for noun in e.nouns:
                self._nouns[(e.country, noun)] = e  # uniqueness checked in _validate
        self._build_index()
        self._by_place: dict[str, list[GroupEntry]] = defaultdict(list)
        for e in self._entries:
            for place in e.places:
                self._by_place[place].append(e)
        places = "|".join(sorted(map(re.escape, self._by_place), key=len, reverse=True))
        self._places_pattern = re.compile(r"\b(?:%s)\b" % places if places else r"(?!)")
        self._places = Keywords(dict.fromkeys(self._by_place))

    # ---- loading -------------------------------------------------------
    @classmethod
    def load(cls, extra: Path | None = None) -> "Registry":
        """The package's registry, plus a user CSV of extra groups or aliases."""
        return cls.from_files(package_group_files(), extra=extra)

    @classmethod
    def from_files(cls, paths: Iterable[Path], extra: Path | None = None) -> "Registry":
        entries: list[GroupEntry] = []
        for p in paths:
            entries.extend(read_group_file(p))
        if extra is not None:
            known = {e.name: e for e in entries}
            for e in read_group_csv(extra, known):
                if e.name in known:
                    entries[entries.index(known[e.name])] = e
                else:
                    entries.append(e)
        return cls(entries)

    def _validate(self) -> None:
        seen: dict[str, GroupEntry] = {}
        for e in self._entries:
            if e.name in seen:
                raise KnowledgeError(f"{e.source}: group {e.name!r} is defined twice (also {seen[e.name].source})")
            seen[e.name] = e
        for e in self._entries:
            if e.parent is not None and e.parent not in self._by_name:
                raise KnowledgeError(f"{e.source}: parent {e.parent!r} is not a group in the registry")
            if e.parent == e.name:
                raise KnowledgeError(f"{e.source}: a group cannot be its own parent")
            if e.places and e.parent is None:
                raise KnowledgeError(f"{e.source}: 'places' need a parent: the force a report there may call by its noun")
            for noun in e.nouns:
                cls = self._classes.get(noun)
                if cls is None or not cls.state:
                    raise KnowledgeError(
                        f"{e.source}: noun {noun!r} is not a state noun class in generic_nouns.yaml "
                        f"({', '.join(c for c, v in self._classes.items() if v.state)})"
                    )
                if e.country is None:
                    raise KnowledgeError(f"{e.source}: 'nouns' need a country")
        owner: dict[tuple[str | None, str], GroupEntry] = {}
        for e in self._entries:
            for noun in e.nouns:
                other = owner.setdefault((e.country, noun), e)
                if other is not e:
                    raise KnowledgeError(
                        f"{e.source}: noun {noun!r} for {e.country} is already claimed by {other.name!r}; one entry per country and noun"
                    )
        noun_forms = {fold_key(f) for c in self._classes.values() for f in c.forms}
        by_alias: dict[str, list[GroupEntry]] = defaultdict(list)
        for e in self._entries:
            for form in {fold_key(a): a for a in e.forms}.values():
                key = fold_key(form)
                if key in noun_forms:
                    raise KnowledgeError(f"{e.source}: alias {form!r} is a generic noun; generic nouns resolve by context")
                by_alias[key].append(e)
        for key, owners in by_alias.items():
            if len(owners) < 2:
                continue
            unmarked = [e for e in owners if key not in {fold_key(a) for a in e.ambiguous_alias}]
            if len(unmarked) > 1:
                names = ", ".join(f"{e.name!r} ({e.source})" for e in unmarked)
                raise KnowledgeError(
                    f"alias {key!r} points to several groups: {names}; remove it from all but one, "
                    f"or list it under 'ambiguous_alias' in the others"
                )

    # ---- index ---------------------------------------------------------
    def _build_index(self) -> None:
        patterns: dict[str, dict[int, _Alias]] = defaultdict(dict)

        def add(key: str, alias: _Alias) -> None:
            have = patterns[key].get(alias.entry)
            if have is None or alias.priority < have.priority:
                patterns[key][alias.entry] = alias

        for i, e in enumerate(self._entries):
            for form in e.forms:
                strict = any(is_abbreviation(w) for w in form.split())
                add(fold_key(form), _Alias(i, form, strict, _EXACT))
                if is_abbreviation(form) and form.isalpha():
                    add(fold_key(form + "s"), _Alias(i, form + "s", True, _VARIANT))  # "NPAs", "BIFFs"
                if not strict:
                    for v in _variants(form) | _of_country(form, e):
                        add(v, _Alias(i, form, False, _VARIANT))
        self._aliases: dict[str, list[_Alias]] = {}
        for key, by_entry in patterns.items():
            best = min(a.priority for a in by_entry.values())
            self._aliases[key] = [a for a in by_entry.values() if a.priority == best]
        words = {key: ("alias", key) for key in self._aliases}
        self._leaders: dict[str, int] = {}
        for i, e in enumerate(self._entries):
            for leader in e.leaders:
                key = fold_key(leader)
                if self._leaders.setdefault(key, i) != i:
                    raise KnowledgeError(f"{e.source}: {leader!r} is already the leader of "
                                         f"{self._entries[self._leaders[key]].name!r}")
                words.setdefault(key, ("leader", key))
        self._noun_forms: dict[str, str] = {}
        for cls in self._classes.values():
            for form in cls.forms:
                key = fold_key(form)
                self._noun_forms.setdefault(key, cls.name)
                if key not in self._aliases:
                    words[key] = ("noun", key)
        self._keywords = Keywords(words)

    # ---- lookups -------------------------------------------------------
    def get(self, name: str) -> GroupEntry | None:
        return self._by_name.get(name) or self._by_key.get(fold_key(name))

    def entries(self) -> list[GroupEntry]:
        return list(self._entries)

    def children(self, name: str) -> list[GroupEntry]:
        return [e for e in self._entries if e.parent == name]

    def local_places(self, text: str) -> list[tuple[int, GroupEntry]]:
        """(offset, branch) for each place in `text` where a local branch of a force serves
        ('Peshawar': the Khyber Pakhtunkhwa Police, a branch of the Police of Pakistan)."""
        if not self._places.any(text):
            return []  # no place named: the regex, which tries every place at every character, need not run
        return [(m.start(), e) for m in self._places_pattern.finditer(text) for e in self._by_place[m.group(0)]]

    def state_entry(self, country: str, noun_class: str) -> GroupEntry | None:
        """The entry of `country` whose nouns answer `noun_class`, following the class's `try` list."""
        cls = self._classes.get(noun_class)
        for noun in cls.tries if cls else (noun_class,):
            e = self._nouns.get((country, noun))
            if e is not None:
                return e
        return None

    # ---- resolution ----------------------------------------------------
    def find(self, text: str, countries: Sequence[str] = ()) -> list[GroupMention]:
        """All group mentions in `text`: names and aliases first, then generic
        nouns with their demonym or the document's `countries` (most likely
        first). Longest match wins; mentions do not overlap."""
        return self._find(text, countries, phrase=False)

    def _find(self, text: str, countries: Sequence[str], phrase: bool) -> list[GroupMention]:
        low = fold(text)
        cased = fold_case(text)
        aliases: list[tuple[int, int, str]] = []
        nouns: list[tuple[int, int, str]] = []
        led: list[tuple[int, int, str]] = []
        for start, end, (kind, key) in self._keywords.find(low):
            if not _bounded(low, start, end):
                continue
            if kind == "alias":
                if len(key) <= 2 and _ends_a_name(text, start):
                    continue
                if self._spells_other_name(text, start, end, key):
                    continue  # 'the Social Democratic Front (SDF)': the party's initials, not the Syrian SDF
                alias = self._pick_alias(key, cased[start:end], countries)
                if alias is not None and not self._foreign_state_alias(text, low, start, alias):
                    aliases.append((start, end, key))
            elif kind == "leader":
                span = self._led_span(low, start, end)
                if span is not None:
                    led.append((*span, key))
            elif not _compound_tail(text, start) and not self._adjective(low, end) and not self._title(low, start):
                nouns.append((start, end, key))
        chosen = _leftmost_longest(aliases)
        taken = [(s, e) for s, e, _ in chosen]
        mentions: list[GroupMention] = []
        for start, end, key in chosen:
            alias = self._pick_alias(key, cased[start:end], countries)
            assert alias is not None
            m = self._alias_mention(text, start, end, key, alias, countries)
            # "Ukrainian military personnel": a noun that runs on past the alias belongs to it.
            tail = max((ne for ns, ne, _ in nouns if start < ns < end < ne), default=end)
            if tail > end:
                m = GroupMention(start, tail, text[start:tail], m.name, m.country, m.entry, False,
                                 f"{m.why} + noun '{text[end:tail].strip()}'", m.ambiguous)
                taken.append((start, tail))
            mentions.append(m)
        for start, end, key in _leftmost_longest([m for m in led if not _overlaps(m, taken)]):
            e = self._entries[self._leaders[key]]
            mentions.append(GroupMention(start, end, text[start:end], e.name, e.country, e, False, f"led by '{key}'"))
            taken.append((start, end))
        nouns = _leftmost_longest([m for m in nouns if not _overlaps(m, taken)])
        for noun_phrase in _phrases(nouns, low):
            m = self._noun_mention(text, low, noun_phrase, mentions, countries, phrase)
            if m is not None:
                mentions = [x for x in mentions if not (x.start == m.start and x.entry is m.entry)]
                mentions.append(m)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _adjective(self, low: str, end: int) -> bool:
        """'the military demarcation line', 'military bloggers': the noun modifies the word after it."""
        m = _NEXT_WORD.match(low, end)
        return m is not None and m.group(1) in self._attributive

    def _led_span(self, low: str, start: int, end: int) -> tuple[int, int] | None:
        """Where a leader's name names his force: 'Haftar's fighters', 'troops loyal to the retired
        general Khalifa Haftar'; a leader named alone is a person, no force."""
        after = self._led_after.match(low, end)
        if after is not None:
            return start, after.end()
        before = self._led_before.search(low, max(0, start - 90), start)
        return (before.start(), end) if before is not None else None

    def _title(self, low: str, start: int) -> bool:
        """'a self-styled "General"', 'the nom de guerre General Storm': a rank taken as a name, no force's."""
        before = low[max(0, start - 24):start].rstrip(_QUOTES_AND_SPACE)
        return any(before.endswith(m) and (len(before) == len(m) or not before[-len(m) - 1].isalnum())
                   for m in self._titles)

    def is_collective(self, name: str) -> bool:
        """A generic name the press uses as the name of a movement ('Kashmiri militants', 'Shia
        militias', 'Cabo Delgado insurgents'), not a stand-in for one named group."""
        return name in self._collectives or self.names_several(name)

    def names_several(self, name: str) -> bool:
        """A generic name of a class that names several groups at once ('Congolese armed groups'),
        not a movement's name ('Kashmiri militants')."""
        return name.endswith(self._collective_suffixes)

    def movement_in(self, name: str, text: str) -> bool:
        """`name` is a country's name for its armed movement as a whole (a generic_nouns.yaml override:
        'Kashmiri militants', 'Cabo Delgado insurgents') and `text` names the movement's people or region
        ('Kashmir'): India's Maoists are not Kashmir's militants."""
        if name not in self._movements:
            return False
        people = self.people(name.split()[0])
        if people is None:
            return True  # a country-wide name ('Central African Republic rebels')
        return self._people_patterns[people].search(fold(text)) is not None

    def people(self, word: str) -> str | None:
        """The people a word names ('Chechnya', 'Chechen' -> 'Chechen'), for regional generic names."""
        hit = self._peoples.get(fold_key(_strip_possessive(word)))
        return hit[0] if hit else None

    def resolve(self, mention: str, countries: Sequence[str] = ()) -> GroupMention | None:
        """What one phrase names: the longest mention found in it. The phrase is
        known to name a group, so bare "military" or "an army" resolve too."""
        found = self._find(mention, countries, phrase=True)
        if not found:
            return None
        return max(found, key=lambda m: (m.end - m.start, -m.start))

    def search(self, text: str, countries: Sequence[str] = ()) -> list[GroupMention]:
        """Mentions in `text`, or when it names nothing, the groups whose name
        or alias contains it (for `awol groups search`)."""
        found = self.find(text, countries)
        if found:
            return found
        needle = fold_key(text)
        if len(needle) < 2:
            return []
        out = []
        for e in self._entries:
            for form in e.forms:
                if needle in fold_key(form):
                    why = f"'{text}' is part of " + (f"alias '{form}' of {e.name}" if form != e.name else f"the name {e.name}")
                    out.append(GroupMention(0, len(text), text, e.name, e.country, e, False, why))
                    break
        return out

    # ---- internals -----------------------------------------------------
    def _spells_other_name(self, text: str, start: int, end: int, key: str) -> bool:
        """An acronym in parentheses whose letters are the initials of the name before it, when that name
        is no alias of the same group: it abbreviates that name ('Social Democratic Front (SDF)')."""
        if start < 2 or text[start - 1] != "(" or not text[start:end].isupper():
            return False
        names: list[str] = []
        for w in reversed(re.findall(r"[^\W\d_][\w'’-]*", text[max(0, start - 80):start - 1])):
            if not (w[:1].isupper() or w.lower() in _NAME_LINKS):
                break
            names.insert(0, w)
        while names and names[0].lower() in _NAME_LINKS:
            names.pop(0)
        initials = "".join(w[0] for w in names if w.lower() not in _NAME_LINKS).upper()
        if not names or not initials.endswith(text[start:end].replace(".", "")):
            return False
        entries = {id(a.entry) for a in self._aliases[key]}
        tails = (fold(" ".join(names[i:])) for i in range(len(names)))
        return not any(id(a.entry) in entries for t in tails for a in self._aliases.get(t, []))

    def _pick_alias(self, key: str, written: str, countries: Sequence[str]) -> _Alias | None:
        options = [a for a in self._aliases[key] if not a.strict or _case_ok(a.form, written)]
        if len(options) <= 1:
            return options[0] if options else None
        for cc in countries:
            for a in options:
                if self._entries[a.entry].country == cc:
                    return a
        for a in options:
            if key not in {fold_key(x) for x in self._entries[a.entry].ambiguous_alias}:
                return a
        return options[0]

    def _foreign_state_alias(self, text, low, start, alias: _Alias) -> bool:
        """'the Lebanese Arab Army': another country's demonym right before a state force's alias
        ('Arab Army', Jordan's) says the words name a force of that country, not the alias's."""
        e = self._entries[alias.entry]
        if e.country is None or not e.is_state:
            return False
        left = self._left_context(text, low, start)
        return left is not None and left[3] in ("demonym", "country") and left[1] not in (None, e.country)

    def _alias_mention(self, text, start, end, key, alias: _Alias, countries) -> GroupMention:
        e = self._entries[alias.entry]
        if alias.form == e.name and alias.priority == _EXACT:
            why = f"name {e.name}"
        elif alias.priority == _EXACT:
            why = f"alias '{alias.form}' of {e.name}"
        else:
            why = f"'{text[start:end]}' is a spelling of alias '{alias.form}' of {e.name}"
        shared = len(self._aliases[key]) > 1
        if shared:
            why += f" (ambiguous; chosen for countries {list(countries) or 'none'})"
        return GroupMention(start, end, text[start:end], e.name, e.country, e, False, why, shared)

    def _noun_mention(self, text, low, noun_phrase, mentions, countries, phrase) -> GroupMention | None:
        start, end, keys = noun_phrase
        head = self._classes[self._noun_forms[keys[0]]]
        # The phrase may stand alone if any of its nouns may ("junta troops").
        bare = min((self._classes[self._noun_forms[k]].bare for k in keys), key=("yes", "the", "no").index)
        noun_words = text[start:end]
        # "Boko Haram fighters", "Iraqi Army soldiers": the noun belongs to the name before it.
        for m in mentions:
            if m.entry is not None and m.end < start and not low[m.end:start].strip():
                return GroupMention(m.start, end, text[m.start:end], m.name, m.country, m.entry, False,
                                    f"{m.why} + noun '{noun_words}'", m.ambiguous)
        left = self._left_context(text, low, start)
        if left is None:
            partner = _coordinated(mentions, low, start)
            if head.state and partner is not None:
                return self._state(text, start, end, head, partner.country,
                                   f"noun {noun_words} joined to '{partner.text}'")  # 'Syrian soldiers and officers'
            return self._bare(text, start, end, head, noun_words, countries, via=None, bare="yes" if phrase else bare)
        lstart, code, adjective, kind = left
        if kind == "context":
            if fold_key(_strip_possessive(adjective)) == "junta" and head.state:
                head = self._classes.get("junta", head)
            return self._bare(text, lstart, end, head, noun_words, countries, via=adjective)
        if head.state:
            if code is None or kind == "people":
                return None
            return self._state(text, lstart, end, head, code, f"{kind} {adjective} + noun {noun_words}")
        if kind == "people":
            label, name = adjective, self._people_generic.get(adjective)  # 'Ambazonia fighters': Ambazonian separatists
            code = code or (countries[0] if countries else None)
        else:
            label, name = _countries.demonym(code) or adjective, head.overrides.get(code)
        name = name or head.fallback.format(adjective=label)
        return GroupMention(lstart, end, text[lstart:end], name, code, None, True,
                            f"{kind} {adjective} + noun {noun_words} -> generic {name}")

    def _bare(self, text, start, end, head, noun_words, countries, via, bare="yes") -> GroupMention | None:
        if not countries:
            return None
        if head.state and via is None and bare != "yes":
            before = fold(text[max(0, start - 12):start]).split()
            if bare == "no" or not before or before[-1] not in {"the", "its", "their"}:
                return None
        code = countries[0]
        reason = f"noun {noun_words}" + (f" after {via}" if via else "")
        if head.state:
            for cc in countries:
                if self.state_entry(cc, head.name) is not None:
                    code = cc
                    break
            return self._state(text, start, end, head, code, f"{reason} + document country {code}")
        name = head.overrides.get(code) or head.fallback.format(adjective=_countries.demonym(code) or code)
        return GroupMention(start, end, text[start:end], name, code, None, True,
                            f"{reason} + document country {code} -> generic {name}")

    def _state(self, text, start, end, head, code, reason) -> GroupMention | None:
        e = self.state_entry(code, head.name)
        if e is not None:
            return GroupMention(start, end, text[start:end], e.name, e.country, e, False,
                                f"{reason} -> nouns of {e.name}")
        if head.fallback is None:
            return None
        name = head.fallback.format(demonym=_countries.demonym(code) or code)
        return GroupMention(start, end, text[start:end], name, code, None, True,
                            f"{reason} -> no {code} entry answers '{head.name}', generic")

    def _left_context(self, text, low, pos):
        """What stands right before a noun: (start, code, adjective, kind) where
        kind is 'demonym' or 'country' ("Iraqi", "Iraq's"), 'people' ("Baloch",
        "Shia") or 'context' ("the country's", "the junta's"); None when nothing."""
        offset = max(0, pos - 80)
        tokens = [(m.start() + offset, m.end() + offset) for m in _NON_SPACE.finditer(text[offset:pos])]
        if not tokens or text[tokens[-1][1]:pos].strip() or tokens[-1][1] == pos:
            return None
        i = len(tokens) - 1
        for _ in range(3):
            if i >= 0 and fold_key(text[tokens[i][0]:tokens[i][1]]) in self._modifiers:
                i -= 1
        if i < 0:
            return None
        run = 0  # how many tokens up to i are words: the phrases tried are at most that long
        while run < min(4, i + 1) and _is_word(text[tokens[i - run][0]:tokens[i - run][1]]):
            run += 1
        for k in range(run, 0, -1):
            s, e = tokens[i - k + 1][0], tokens[i][1]
            words = text[s:e]
            hit = _countries.lookup(words, strict_case=True)
            if hit is not None:
                code, listed = hit
                demonyms = {fold_key(d) for d in _countries.demonyms(code)}
                return s, code, listed, "demonym" if fold_key(listed) in demonyms else "country"
            people = self._peoples.get(fold_key(_strip_possessive(words)))
            if people is not None:
                return s, people[1], people[0], "people"
        word = text[tokens[i][0]:tokens[i][1]]
        stem = fold_key(_strip_possessive(word))
        if word != stem and (stem in _POSSESSIVE_CONTEXT or stem == "junta"):
            return tokens[i][0], None, word, "context"
        return None


def _case_ok(form: str, written: str) -> bool:
    """Abbreviation words of an alias must be written in capitals ("US troops",
    not "us troops"); its other words may take any case."""
    pairs = zip(fold_case(form).split(), written.split())
    return all(w == f for f, w in pairs if is_abbreviation(f) or (f.endswith("s") and is_abbreviation(f[:-1])))


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def _is_word(token: str) -> bool:
    return _WORD_TOKEN.fullmatch(token) is not None and not token.endswith((",", ";", ":"))


_POSSESSIVE = re.compile(r"['’]s?$")
_NON_SPACE = re.compile(r"\S+")
_NEXT_WORD = re.compile(r" (\w+)")
_WORD_TOKEN = re.compile(r"[\w.'’-]+")


_NAME_WORD = re.compile(r"\b([A-Z][a-z]+) $")
_OPENING = re.compile(r"(?:^|[.!?:;\"“(\n] )$")


def _ends_a_name(text: str, start: int) -> bool:
    """'Marrow Bay FC', 'Kessel City AA': a two-letter acronym after a capitalised word ends another
    name (a club, a firm); a group's acronym stands alone ('the FC', 'IS fighters'). A sentence's first
    word is a name only when it is not an ordinary word ('Orlin FC beat ...', not 'Some FC troops')."""
    m = _NAME_WORD.search(text, max(0, start - 30), start)
    if m is None or _countries.lookup(m.group(1), strict_case=True):
        return False
    if not _OPENING.search(text, max(0, m.start() - 3), m.start()):
        return True
    from spacy.lang.en.stop_words import STOP_WORDS

    return m.group(1).lower() not in STOP_WORDS


def _compound_tail(text: str, start: int) -> bool:
    """'attorney-general': a noun after a hyphenated word is part of another word ('ex-soldiers' are soldiers)."""
    return start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() \
        and not text[max(0, start - 4):start - 1].lower().endswith("ex")


def _leader_patterns(followers: list[str], links: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """'<leader>'s [one word] <followers>' and '<followers> <link> [the] [up to three words] <leader>'."""
    nouns = "|".join(map(re.escape, sorted(followers, key=len, reverse=True))) or "(?!)"
    joins = "|".join(map(re.escape, sorted(links, key=len, reverse=True))) or "(?!)"
    words = r"(?:(?!(?:that|who|which|whom|and|or|but|against|by|from|to|with|of)\b)[a-z.-]+ ){0,3}"
    return (re.compile(r"'s (?:[a-z-]+ )?(?:%s)\b" % nouns),
            re.compile(r"\b(?:%s) (?:%s) (?:the )?%s$" % (nouns, joins, words)))


_QUOTES_AND_SPACE = " \"'“”‘’"
_NAME_LINKS = {"of", "the", "for", "and", "de", "du", "des", "la", "le", "al"}


def _bounded(low: str, start: int, end: int) -> bool:
    before = low[start - 1] if start > 0 else " "
    after = low[end] if end < len(low) else " "
    return not before.isalnum() and not after.isalnum()


def _overlaps(m: tuple[int, int, str], spans: list[tuple[int, int]]) -> bool:
    return any(m[0] < e and s < m[1] for s, e in spans)


def _leftmost_longest(matches: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in sorted(matches, key=lambda m: (m[0], -(m[1] - m[0]))):
        if not out or m[0] >= out[-1][1]:
            out.append(m)
    return out


def _coordinated(mentions: list[GroupMention], low: str, start: int) -> GroupMention | None:
    """The state force named, not guessed, right before 'and' or a comma at `start`: what a bare
    noun joined to it shares ('Syrian soldiers and officers' are Syria's officers too)."""
    for m in mentions:
        if m.end < start and m.entry is not None and m.entry.is_state and m.text != m.text.lower() \
                and low[m.end:start].strip() in {"and", ",", "or"}:
            return m
    return None


def _phrases(nouns: list[tuple[int, int, str]], low: str) -> list[tuple[int, int, list[str]]]:
    """Join nouns that follow each other ("army officers", "militia fighters"):
    the first noun says which force."""
    out: list[tuple[int, int, list[str]]] = []
    for s, e, key in nouns:
        if out and low[out[-1][1]:s].strip() == "":
            ps, _, keys = out[-1]
            out[-1] = (ps, e, keys + [key])
        else:
            out.append((s, e, [key]))
    return out


GROUPS_ENV = "AWOL_GROUPS"


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The package registry, loaded once, plus the user's CSV of extra groups or
    aliases named by $AWOL_GROUPS (what `--groups FILE` sets, so that worker
    processes see the same registry)."""
    extra = os.environ.get(GROUPS_ENV)
    return Registry.load(Path(extra) if extra else None)
