from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from archive import views
from archive.feeds import MeetingsFeed, ReportsFeed, SearchFeed
from archive.sitemaps import SECTIONS
from archive.views.robots import robots_txt

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("data/", views.data_page, name="data"),
    re_path(
        r"^data/(?P<name>archive(?:-\d{4}-\d{2}-\d{2})?\.zip)$", views.data_file, name="data-file"
    ),
    re_path(
        r"^data/(?P<name>archive(?:-\d{4}-\d{2}-\d{2})?\.zip)\.sha256$",
        views.data_file,
        {"checksum": True},
        name="data-checksum",
    ),  # fmt: skip
    path("search/", views.search_page, name="search"),
    path("search/suggest/", views.search_suggest, name="search-suggest"),
    path("search/feed/", SearchFeed(), name="search-feed"),
    path("meetings/", views.meeting_list, name="meetings"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting-short"),
    path("meetings/<int:pk>/<slug:slug>/", views.meeting_detail, name="meeting"),
    path("leaders/", views.leader_list, name="leaders"),
    path("leaders/<int:pk>/<slug:slug>/", views.leader_detail, name="leader"),
    path("agreements/", views.agreement_list, name="agreements"),
    path("agreements/<int:pk>/<slug:slug>/", views.agreement_detail, name="agreement"),
    path("articles/<int:pk>/<slug:slug>/", views.article_detail, name="article"),
    path(
        "articles/<int:pk>/<slug:slug>/original/", views.article_original, name="article-original"
    ),
    path("feeds/reports/", ReportsFeed(), name="feed-reports"),
    path("feeds/meetings/", MeetingsFeed(), name="feed-meetings"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SECTIONS, "sitemap_url_name": "archive:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SECTIONS},
        name="sitemap-section",
    ),
    path("robots.txt", robots_txt, name="robots"),
]
