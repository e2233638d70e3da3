from django.urls import path

from archive import views

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search_page, name="search"),
    path("search/suggest/", views.search_suggest, name="search-suggest"),
    path("meetings/<int:pk>/<slug:slug>/", views.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting-short"),
    path("articles/<int:pk>/<slug:slug>/", views.article_detail, name="article"),
    path("leaders/<int:pk>/<slug:slug>/", views.leader_detail, name="leader"),
    path("agreements/<int:pk>/<slug:slug>/", views.agreement_detail, name="agreement"),
]
