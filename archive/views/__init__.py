from .pages import agreement_detail, article_detail, home, leader_detail, meeting_detail
from .search import search_page, search_suggest

__all__ = [
    "agreement_detail",
    "article_detail",
    "home",
    "leader_detail",
    "meeting_detail",
    "search_page",
    "search_suggest",
]
