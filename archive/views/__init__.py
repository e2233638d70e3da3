from .agreements import agreement_detail, agreement_list
from .articles import article_detail, article_original
from .compare import meeting_compare
from .data import data_file, data_page
from .home import about, home
from .leaders import leader_detail, leader_list
from .maps import map_page
from .meetings import meeting_detail, meeting_list
from .network import network_page
from .relations import relation_detail, relation_list
from .search import search_page, search_suggest

__all__ = [
    "about", "agreement_detail", "agreement_list", "article_detail", "article_original",
    "data_file", "data_page", "home",
    "leader_detail", "leader_list", "map_page", "meeting_compare", "meeting_detail", "meeting_list",
    "network_page", "relation_detail", "relation_list", "search_page", "search_suggest",
]  # fmt: skip
