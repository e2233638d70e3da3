"""Two reports of one meeting side by side: paragraphs aligned by content, the facts each states,
and where they differ. Pure functions, no database."""

from .align import align, paragraphs
from .differences import Difference, differences
from .facts import Fact, find_facts, segments

__all__ = ["Difference", "Fact", "align", "differences", "find_facts", "paragraphs", "segments"]
