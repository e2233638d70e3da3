"""Citations of meeting and article pages.

`formats`: pure functions from a CitationSource to Chicago text, BibTeX, RIS and CSL-JSON (no
Django). `sources`: records -> CitationSource, with the permalink and access date, and the
`?format=` downloads the pages offer.
"""

from .formats import CitationSource, bibtex, chicago, csl_json, ris

__all__ = ["CitationSource", "bibtex", "chicago", "csl_json", "ris"]
