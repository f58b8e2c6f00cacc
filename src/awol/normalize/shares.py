"""Shares of a whole, read as count intervals: 'about a third of the 240 soldiers' is 72 to 88.

A share counts nobody by itself; with the whole it is taken from it does, and
SCHEMA's rule for implied counts makes it the interval of the readings: the
share of the whole's low and high, then the share's own modifier ('about',
'nearly') applied as to any number. The words are counts.yaml's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from math import ceil, floor

from awol.normalize.counts import modifier_rule, share_words

__all__ = ["Share", "share_ending"]


@dataclass(frozen=True)
class Share:
    """A share phrase: where it starts in the text it was found in, its words, its fraction and modifier rule."""

    start: int
    text: str
    fraction: Fraction
    rule: str | None

    def of(self, low: int | None, high: int | None) -> tuple[int | None, int | None] | None:
        """This share of a whole from low to high; None when the whole is open at either end."""
        if low is None or high is None:
            return None
        lo, hi = self.fraction * low, self.fraction * high
        rule = self.rule
        if rule == "approx":
            return _round(lo * Fraction(9, 10)), _round(hi * Fraction(11, 10))
        if rule == "nearly":
            return _round(lo * Fraction(9, 10)), _round(hi) - 1
        if rule == "more":
            return floor(lo) + 1, None
        if rule == "at_least":
            return ceil(lo), None
        if rule == "up_to":
            return None, floor(hi)
        if rule == "fewer":
            return None, ceil(hi) - 1
        return _round(lo), _round(hi)


def _round(x: Fraction) -> int:
    """Half up, as SCHEMA rounds."""
    return floor(x + Fraction(1, 2))


def _alt(words) -> str:
    """Longest first, any whitespace between the words of a phrase."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    small, shares, percent, mods = share_words()
    num = rf"(?:\d+|a|one|{_alt(small)})"
    return re.compile(
        rf"(?:\b(?P<mod>{_alt(mods)})\s+)?"
        rf"(?:(?:\b(?P<num>{num})[\s-]+)?\b(?P<den>{_alt(shares)})"
        rf"|\b(?P<one>{num})\s+in\s+(?P<every>\d+|{_alt(small)})"
        rf"|(?P<pct>\d+(?:\.\d+)?)\s*(?:{_alt(percent)}))"
        rf"\s+of\s*$")


def _value(word: str) -> int:
    """'two' -> 2, '5' -> 5, 'a' -> 1."""
    if word.isdigit():
        return int(word)
    return 1 if word in ("a", "one") else share_words()[0][" ".join(word.split())]


def share_ending(text: str) -> Share | None:
    """The share phrase and its 'of' that end `text` ('... said about a third of'), if any."""
    m = _pattern().search(text.lower())
    if m is None:
        return None
    shares = share_words()[1]
    if m.group("den"):
        fraction = Fraction(_value(m.group("num")) if m.group("num") else 1, shares[m.group("den")])
    elif m.group("every"):
        fraction = Fraction(_value(m.group("one")), _value(m.group("every")))
    else:
        fraction = Fraction(m.group("pct")) / 100
    if not 0 < fraction < 1:
        return None
    start = m.start()
    words = text[start:m.end()].rstrip()
    words = words[:len(words) - 2].rstrip()  # without its 'of'
    rule = modifier_rule(m.group("mod")) if m.group("mod") else None
    return Share(start=start, text=words, fraction=fraction, rule=rule)
