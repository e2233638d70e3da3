"""An OAI-PMH 2.0 data provider at /oai/: meetings and reports as Dublin Core (oai_dc).

Identifiers are `oai:<host>:meeting/<id>` and `oai:<host>:article/<id>` (<host>: the setting
OAI_REPOSITORY_IDENTIFIER, else the site's host name), the ids of the permalinks. Sets are in
sets.py, paging and ordering in listing.py, datestamps in datestamps.py. A meeting merged into
another stays as a deleted record (deletedRecord: persistent), dated by the merge; its old
permalink answers 301 to the survivor.

protocol.py (arguments, dates, tokens: pure) -> verbs.py (one function per verb) -> listing.py
and records.py (the database) -> rendering.py (XML); views.py is the thin endpoint.
"""

from . import datestamps  # noqa: F401  datestamps follow the records' change feed
