from django.db.models import Exists, OuterRef, prefetch_related_objects
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.citations.embedded import highwire
from archive.citations.sources import chicago_text, meeting_source, meeting_title
from archive.forms import MeetingFilterForm
from archive.models import (
    Agreement,
    Article,
    Leader,
    Meeting,
    MeetingAgreement,
    MeetingRedirect,
    Participation,
)
from archive.querysets import REPORT_LISTING_FIELDS, Year, reports_as_listed
from archive.records.stamp import kept_until_changed
from archive.search import more_like_this
from archive.serializers import (
    MEETING_CSV_HEADER,
    invalid_parameters,
    meeting_data,
    meeting_row,
    meeting_summary,
)
from archive.sharing import meeting_meta
from archive.views.common import canonical_redirect, merged_redirect, page_of
from archive.views.responses import citation_download, json_response, output_format, respond


def meeting_list(request):
    form = MeetingFilterForm(request.GET)
    if not form.is_valid():
        if output_format(request) in ("json", "csv"):  # a twin answers in data, not in HTML
            return json_response(invalid_parameters(form, _("Invalid filter parameters.")), 400)
        return render(
            request, "archive/meeting_list.html", {"form": form, "page": None}, status=400
        )
    meetings = form.apply(Meeting.objects.with_participants())
    count = kept_until_changed(f"meetings-count:{form.choice_digest()}", meetings.count)
    page = page_of(request, meetings, count=count)
    context = {"form": form, "page": page, "timeline": form.cleaned_data["view"] == "timeline"}
    menus = kept_until_changed("meetings-menus", _filter_choices)
    return respond(
        request, "archive/meeting_list.html", {**context, **menus},
        lambda: {
            "count": page.paginator.count, "page": page.number, "num_pages": page.paginator.num_pages,
            "meetings": [meeting_summary(m) for m in page],
        },
        lambda: ("meetings.csv", MEETING_CSV_HEADER,
                 [meeting_row(m, request.build_absolute_uri) for m in meetings]),
    )  # fmt: skip


def _filter_choices() -> dict:
    """What the list's filters offer: the years, leaders and agreements that have meetings."""
    years = (
        Meeting.objects.exclude(date=None)
        .annotate(year=Year("date"))
        .values_list("year", flat=True)
    )
    agreements = Agreement.objects.filter(pk__in=MeetingAgreement.objects.values("agreement_id"))
    return {
        "years": list(years.distinct().order_by("year")),
        "leaders": list(Leader.objects.taking_part().only("name").order_by("name")),
        "agreements": list(agreements.only("title").order_by("title")),
    }


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
REPORTS_PER_PAGE = 100
FULL_TEXTS_SHOWN = 25  # of each page's reports; the others are listed by title


def _with_texts(articles: list[Article]) -> list[Article]:
    """The listed reports' texts, for those the page shows in full, in one query."""
    texts = Article.objects.only("lead", "body", "segmented_text").in_bulk([a.pk for a in articles])
    for article in articles:
        full = texts[article.pk]
        article.lead, article.body, article.segmented_text = (
            full.lead,
            full.body,
            full.segmented_text,
        )
    return articles


def meeting_detail(request, pk, slug=None):
    meeting = Meeting.objects.with_participants().with_agreements().filter(pk=pk).first()
    if meeting is None:
        return merged_redirect(MeetingRedirect, pk)
    if response := canonical_redirect(meeting, slug):
        return response
    source = meeting_source(meeting, request)
    if response := citation_download(request, source, f"meeting-{meeting.pk}"):
        return response
    previous, following = _neighbours(meeting)
    citation = chicago_text(source)
    if output_format(request) == "json":  # every report listed, and none of the page's reading aids
        prefetch_related_objects([meeting], reports_as_listed())
        return json_response({
            **meeting_data(meeting),
            "previous": meeting_summary(previous) if previous else None,
            "next": meeting_summary(following) if following else None,
            "citation": citation,
        })  # fmt: skip
    context = _meeting_page(request, meeting, previous, following)
    context["meta"]["citation"] = highwire(source)
    return render(request, "archive/meeting_detail.html", {**context, "citation": citation})


def _meeting_page(request, meeting: Meeting, previous, following) -> dict:
    """The page's reading aids: a page of its reports, the first in full, and similar reports."""
    reports = page_of(request, meeting.articles.only(*REPORT_LISTING_FIELDS), REPORTS_PER_PAGE)
    shown = _with_texts(list(reports)[:FULL_TEXTS_SHOWN])
    return {
        "meeting": meeting,
        "title": meeting_title(meeting),
        "previous": previous,
        "next": following,
        "reports": reports,
        "similar": more_like_this(shown[:SIMILAR_FROM_REPORTS]),
        "full_texts_shown": FULL_TEXTS_SHOWN,
        "meta": meeting_meta(meeting, request, reports.paginator.count),
    }
