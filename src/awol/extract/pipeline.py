"""The extractor: Document in, DocResult (claims and drivers) out."""

from __future__ import annotations

from awol.model import Document, DocResult


class Extractor:
    """Loads its lexicons and knowledge once; `extract` is then cheap per document."""

    def extract(self, doc: Document) -> DocResult:
        return DocResult(doc_id=doc.id, published=doc.published if doc.published_date else None,
                         doc_hash=doc.hash)
