"""HTML pages: main text and metadata through trafilatura.

Precision over recall: a page's navigation, comments and related-story boxes
carry sentences about other events, and a claim read from them would be
attributed to the wrong article.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Page:
    text: str
    title: str | None
    date: str | None
    sitename: str | None
    url: str | None


def extract_page(content: str | bytes) -> Page | None:
    """The article in an HTML page, or None when trafilatura finds no main text."""
    import trafilatura

    found = trafilatura.bare_extraction(
        content,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=True,
        # htmldate's extensive search guesses dates from any number in the page;
        # a wrong publication date shifts every relative time in the article.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None or not (found.text or "").strip():
        return None
    return Page(
        text=found.text,
        title=found.title or None,
        date=found.date or None,
        sitename=found.sitename or None,
        url=found.url or None,
    )
