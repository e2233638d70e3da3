"""What a web worker prepares before its first request, so that the first search costs what the
hundredth does: pyvi's model, the searcher, the arrays of the index's current commit (facet maps,
date columns: mapped from the files another process wrote, or computed and written) and the names
the archive knows. Posting lists are mapped when a search first needs one."""

import numpy as np

from .analysis import segment
from .engine import IndexUnavailable, searcher
from .facets import facet_counts
from .names import is_known_name
from .ranking import date_columns


def warm_up() -> None:
    segment("khởi động")
    is_known_name("")
    try:
        s = searcher()
    except IndexUnavailable:
        return  # the first search says so, with the repair to run
    facet_counts(s, np.zeros(s.doc_count_all(), bool))
    date_columns(s)
