from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from archive import views
from archive.api import views as api
from archive.feeds import MeetingsFeed, ReportsFeed, SearchFeed
from archive.oai.views import oai
from archive.sitemaps import SECTIONS
from archive.views.caching import conditional
from archive.views.robots import robots_txt

app_name = "archive"

urlpatterns = [
    path("", conditional(views.home), name="home"),
    path("about/", conditional(views.about), name="about"),
    path("data/", views.data_page, name="data"),
    re_path(
        r"^data/(?P<name>archive(?:-\d{4}-\d{2}-\d{2})?\.zip)$", views.data_file, name="data-file"
    ),
    re_path(
        r"^data/(?P<name>archive(?:-\d{4}-\d{2}-\d{2})?\.zip)\.sha256$",
        views.data_file,
        {"checksum": True},
        name="data-checksum",
    ),
    path("api/", conditional(api.api_page), name="api"),
    path("api/openapi.json", conditional(api.openapi_json, data=True), name="openapi"),
    path("search/", conditional(views.search_page), name="search"),
    path("search/suggest/", conditional(views.search_suggest, data=True), name="search-suggest"),
    path("meetings/", conditional(views.meeting_list), name="meetings"),
    path("meetings/<int:pk>/", conditional(views.meeting_detail), name="meeting-short"),
    path("meetings/<int:pk>/<slug:slug>/", conditional(views.meeting_detail), name="meeting"),
    path(
        "meetings/<int:pk>/<slug:slug>/compare/",
        conditional(views.meeting_compare),
        name="meeting-compare",
    ),
    path("map/", conditional(views.map_page), name="map"),
    path("leaders/", conditional(views.leader_list), name="leaders"),
    path("leaders/<int:pk>/<slug:slug>/", conditional(views.leader_detail), name="leader"),
    path("relations/", conditional(views.relation_list), name="relation-list"),
    re_path(
        r"^relations/(?P<a>[A-Za-z]{2})-(?P<b>[A-Za-z]{2})/$",
        conditional(views.relation_detail),
        name="relations",
    ),
    path("network/", conditional(views.network_page), name="network"),
    path("agreements/", conditional(views.agreement_list), name="agreements"),
    path("agreements/<int:pk>/<slug:slug>/", conditional(views.agreement_detail), name="agreement"),
    path("articles/<int:pk>/<slug:slug>/", conditional(views.article_detail), name="article"),
    path(
        "articles/<int:pk>/<slug:slug>/original/",
        conditional(views.article_original),
        name="article-original",
    ),
    path("oai/", oai, name="oai"),
    path("search/feed/", conditional(SearchFeed(), data=True), name="search-feed"),
    path("feeds/reports/", conditional(ReportsFeed(), data=True), name="feed-reports"),
    path("feeds/meetings/", conditional(MeetingsFeed(), data=True), name="feed-meetings"),
    path(
        "sitemap.xml",
        conditional(sitemap_views.index, data=True),
        {"sitemaps": SECTIONS, "sitemap_url_name": "archive:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        conditional(sitemap_views.sitemap, data=True),
        {"sitemaps": SECTIONS},
        name="sitemap-section",
    ),
    path("robots.txt", robots_txt, name="robots"),
]
