import json

from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from archive.citing import DOWNLOADS, chicago_text, meeting_source, meeting_title
from archive.forms import MeetingFilterForm
from archive.models import Agreement, Leader, Meeting, MeetingRedirect, Participation
from archive.search.similar import more_like_this
from archive.serializers import meeting_data, meeting_summary
from archive.sharing import meeting_meta
from archive.views.common import canonical_redirect, output_format, page_of, respond


def meeting_list(request):
    form = MeetingFilterForm(request.GET)
    if not form.is_valid():
        return render(
            request, "archive/meeting_list.html", {"form": form, "page": None}, status=400
        )
    meetings = form.apply(Meeting.objects.with_participants())
    page = page_of(request, meetings)
    context = {
        "form": form,
        "page": page,
        "timeline": form.cleaned_data["view"] == "timeline",
        "years": Meeting.objects.exclude(date=None).dates("date", "year"),
        "leaders": Leader.objects.filter(participations__isnull=False).distinct().order_by("name"),
        "agreements": Agreement.objects.filter(meeting_links__isnull=False)
        .distinct()
        .order_by("title"),
    }
    return respond(
        request, "archive/meeting_list.html", context,
        lambda: {
            "count": page.paginator.count, "page": page.number, "num_pages": page.paginator.num_pages,
            "meetings": [meeting_summary(m) for m in page],
        },
        lambda: (
            "meetings.csv",
            ["id", "date", "date_precision", "end_date", "kind", "venue", "city", "country", "participants", "needs_review", "url"],
            [
                [m.pk, m.date or "", m.date_precision, m.end_date or "", m.kind, m.venue, m.city, m.country,
                 "; ".join(f"{p.leader.name} ({p.title})" for p in m.participations.all()),
                 m.needs_review, request.build_absolute_uri(m.get_absolute_url())]
                for m in meetings
            ],
        ),
    )  # fmt: skip


def _neighbours(meeting: Meeting):
    """The previous and next dated meetings between the same countries."""
    if not meeting.date:
        return None, None
    same = Meeting.objects.exclude(pk=meeting.pk).exclude(date=None)
    for country in {p.country for p in meeting.participations.all() if p.country}:
        # EXISTS rather than a join: the database walks the date index and stops at the first
        # fitting meeting, where a join needs DISTINCT over every meeting of the two countries.
        same = same.filter(
            Exists(Participation.objects.filter(meeting=OuterRef("pk"), country=country))
        )
    earlier = same.filter(date__lte=meeting.date).exclude(date=meeting.date, pk__gt=meeting.pk)
    later = same.filter(date__gte=meeting.date).exclude(date=meeting.date, pk__lt=meeting.pk)
    return earlier.order_by("-date", "-pk").first(), later.order_by("date", "pk").first()


SIMILAR_FROM_REPORTS = 5
FULL_TEXTS_SHOWN = 25  # reports beyond these are listed by title


def meeting_detail(request, pk, slug=None):
    meeting = Meeting.objects.with_everything().filter(pk=pk).first()
    if meeting is None:
        moved = MeetingRedirect.objects.filter(old_id=pk).select_related("meeting").first()
        if moved is None:
            raise Http404
        return redirect(moved.meeting.get_absolute_url(), permanent=True)
    if response := canonical_redirect(meeting, slug):
        return response
    source = meeting_source(meeting, request)
    wanted = output_format(request)
    if wanted in DOWNLOADS:
        render_as, content_type, extension = DOWNLOADS[wanted]
        body = render_as(source)
        response = HttpResponse(
            body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, indent=1),
            content_type=f"{content_type}; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.{extension}"'
        return response
    previous, following = _neighbours(meeting)
    context = {
        "meeting": meeting,
        "title": meeting_title(meeting),
        "previous": previous,
        "next": following,
        # A meeting reported a thousand times need not hand all its text to more-like-this.
        "similar": more_like_this(list(meeting.articles.all())[:SIMILAR_FROM_REPORTS]),
        "full_texts_shown": FULL_TEXTS_SHOWN,
        "citation": chicago_text(source),
        "meta": meeting_meta(meeting, request),
    }
    return respond(request, "archive/meeting_detail.html", context, lambda: {
        **meeting_data(meeting),
        "previous": meeting_summary(previous) if previous else None,
        "next": meeting_summary(following) if following else None,
        "citation": context["citation"],
    })  # fmt: skip
