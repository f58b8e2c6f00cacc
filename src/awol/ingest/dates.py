"""Publication dates: SCHEMA allows 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or none.

Inputs come from many hands, so obvious variants (timestamps, slashes, month
names) are normalised; a value that is not a date at all is dropped with a
warning rather than losing the whole article over its metadata.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

# Years outside this range are typos or placeholders, not publication dates.
MIN_YEAR, MAX_YEAR = 1800, 2100

_NUMERIC = re.compile(
    r"^(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_WORDY_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%B %Y", "%b %Y")


class DateProblem(ValueError):
    """A `published` value that is not a date awol can use."""


def normalize_published(value: object) -> str | None:
    """'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or None for a missing value.

    Raises DateProblem for a value that is present but is not a date.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise DateProblem(f"'published' must be a date string, not {type(value).__name__}")
    return _normalized(str(value))


@lru_cache(maxsize=4096)
def _normalized(value: str) -> str | None:
    """Cached: a stream's articles share a few days, and reading a date costs more than finding it again."""
    text = value.strip()
    if not text:
        return None
    match = _NUMERIC.match(text) or _COMPACT.match(text)
    if match:
        return _checked(text, match["y"], match["m"], match["d"])
    for fmt in _WORDY_FORMATS:
        try:
            parsed = datetime.strptime(" ".join(text.replace(",", ", ").split()), fmt)
        except ValueError:
            continue
        day = None if "%d" not in fmt else str(parsed.day)
        return _checked(text, str(parsed.year), str(parsed.month), day)
    raise DateProblem(f"'published' is not a date: {text!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")


def _checked(text: str, y: str, m: str | None, d: str | None) -> str:
    year = int(y)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateProblem(f"'published' has an implausible year: {text!r}")
    if m is None:
        return f"{year:04d}"
    try:
        day = date(year, int(m), int(d) if d is not None else 1)
    except ValueError:
        raise DateProblem(f"'published' is not a real date: {text!r}") from None
    return day.isoformat() if d is not None else day.isoformat()[:7]
