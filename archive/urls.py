from django.urls import path

from archive import views
from archive.api import views as api

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("api/", api.api_page, name="api"),
    path("api/openapi.json", api.openapi_json, name="openapi"),
    path("search/", views.search_page, name="search"),
    path("search/suggest/", views.search_suggest, name="search-suggest"),
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
]
