"""What reference managers read from a page itself: Highwire Press `citation_*` meta tags and
COinS (an OpenURL ContextObject in a span), from the same CitationSource as the downloads.

Pure functions, no Django. Written to what Zotero's "Embedded Metadata" and "COinS" translators
read (the same tags serve Mendeley and Google Scholar):

- one `citation_author` tag per author, with no `;` in it (Zotero splits a tag's value on `;`,
  and on `,` when both sides hold a space);
- dates as `YYYY/MM/DD`, truncated to the known precision (`2015/05` for a meeting known to the
  month), the form the Highwire and Google Scholar guidelines give;
- `citation_date` is the date of the meeting the page records: the archive does not know when a
  report was published, so it does not claim a `citation_publication_date`;
- COinS in the Dublin Core format (`info:ofi/fmt:kev:mtx:dc`) with `rft.type=webpage`, the form
  Zotero itself writes for web pages and reads back as one.
"""

from urllib.parse import urlencode

from .formats import CitationSource, _authors, _event_parts, _iso, _text

__all__ = ["coins", "highwire"]


def _highwire_date(parts: tuple[int, ...]) -> str:
    return _iso(parts).replace("-", "/")


def highwire(source: CitationSource) -> list[tuple[str, str]]:
    """(name, content) pairs for `<meta name=… content=…>` in the page's head."""
    tags = [("citation_title", _text(source.title))]
    tags += [("citation_author", name.replace(";", ",")) for name in _authors(source)]
    if event := _event_parts(source):
        tags.append(("citation_date", _highwire_date(event[0])))
    tags += [
        ("citation_publisher", _text(source.site)),
        ("citation_language", _text(source.language)),
        ("citation_public_url", _text(source.url)),
    ]
    return [(name, content) for name, content in tags if content]


def coins(source: CitationSource) -> str:
    """The `title` of a `<span class="Z3988">`: a Z39.88-2004 KEV ContextObject (Dublin Core)."""
    pairs = [
        ("ctx_ver", "Z39.88-2004"),
        ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"),
        ("rft.type", "webpage"),
        ("rft.title", _text(source.title)),
        *(("rft.creator", name) for name in _authors(source)),
    ]
    if event := _event_parts(source):
        pairs.append(("rft.date", _iso(event[0])))
    pairs += [
        ("rft.coverage", _text(source.place)),
        ("rft.identifier", _text(source.url)),
        ("rft.publisher", _text(source.site)),
        ("rft.source", _text(source.site)),
        ("rft.language", _text(source.language)),
    ]
    return urlencode([(key, value) for key, value in pairs if value])
