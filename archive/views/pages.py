"""Pages: each a stable URL; a wrong or missing slug redirects to the canonical one."""

from django.shortcuts import get_object_or_404, redirect, render

from archive.models import Agreement, Article, Leader, Meeting
from archive.search.service import more_like_this


def _canonical(request, obj, slug):
    if slug != obj.slug:
        return redirect(obj.get_absolute_url(), permanent=True)
    return None


def home(request):
    meetings = Meeting.objects.with_participants().order_by("-date", "-pk")
    return render(
        request,
        "archive/home.html",
        {
            "meetings": meetings,
            "article_count": Article.objects.count(),
        },
    )


def meeting_detail(request, pk, slug=None):
    meeting = get_object_or_404(Meeting.objects.with_everything(), pk=pk)
    return _canonical(request, meeting, slug) or render(
        request,
        "archive/meeting_detail.html",
        {"meeting": meeting, "similar": more_like_this(list(meeting.articles.all()))},
    )


def article_detail(request, pk, slug):
    article = get_object_or_404(
        Article.objects.prefetch_related("meetings__participations__leader"), pk=pk
    )
    return _canonical(request, article, slug) or render(
        request,
        "archive/article_detail.html",
        {"article": article, "similar": more_like_this([article])},
    )


def leader_detail(request, pk, slug):
    leader = get_object_or_404(Leader.objects.with_aliases_and_offices(), pk=pk)
    meetings = Meeting.objects.with_participants().filter(participants=leader).order_by("date")
    return _canonical(request, leader, slug) or render(
        request, "archive/leader_detail.html", {"leader": leader, "meetings": meetings}
    )


def agreement_detail(request, pk, slug):
    agreement = get_object_or_404(Agreement, pk=pk)
    links = agreement.meeting_links.select_related("meeting").order_by("meeting__date")
    return _canonical(request, agreement, slug) or render(
        request, "archive/agreement_detail.html", {"agreement": agreement, "links": links}
    )
