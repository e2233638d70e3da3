"""Atom feeds: newly imported reports, new and changed meetings, and any search.

Entry ids are the permalinks, so a reader sees an entry once however often the feed is read; the
search feed reuses the search page's form and `archive.search.search`, never a query of its own.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from archive.citations.sources import meeting_title
from archive.forms import SearchForm
from archive.models import Article, Meeting
from archive.search import CSV_LIMIT, SearchResults, message, search
from archive.templatetags.archive_tags import honest_date

FEED_SIZE = 50
SUMMARY_WORDS = 60
# A follower wants what is new among everything the query matches (up to the most any search
# returns), not what ranks first: a report imported today about a 2008 meeting rarely does.
FOLLOWED = {"page": 1, "page_size": CSV_LIMIT, "snippets": False}
STATUS_OF_ERROR = {"index_unavailable": 503}  # any other refusal is the query's fault: 400


def _site() -> str:
    return settings.ARCHIVE_NAME or _("Vietnam–Russia Diplomatic Archive")


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _meetings_with_participants() -> Prefetch:
    return Prefetch(
        "meetings", Meeting.objects.only("kind", "slug").prefetch_related("participations__leader")
    )


def report_entries():
    """Reports as entries show them: no original or segmented text, meetings in three queries."""
    return Article.objects.only(
        "title", "slug", "lead", "body", "byline", "imported_at", "updated_at"
    ).prefetch_related(_meetings_with_participants())


class ArchiveFeed(Feed):
    feed_type = Atom1Feed

    def author_name(self) -> str:
        return _site()

    def item_title(self, item) -> str:
        return str(item)  # Atom titles are text; Django's default escapes them for RSS


class ReportsFeed(ArchiveFeed):
    def title(self) -> str:
        return _("%(site)s: new reports") % {"site": _site()}

    def subtitle(self) -> str:
        return _("Reports as they are imported into the archive, newest first.")

    def link(self) -> str:
        return reverse("archive:home")

    def items(self):
        return report_entries().order_by("-imported_at", "-pk")[:FEED_SIZE]

    def item_description(self, article: Article) -> str:
        text = article.lead or Truncator(article.body).words(SUMMARY_WORDS)
        return format_html("<p>{}</p>", text)

    def item_author_name(self, article: Article) -> str | None:
        return article.byline or None

    def item_pubdate(self, article: Article):
        return article.imported_at

    def item_updateddate(self, article: Article):
        return article.updated_at

    def item_categories(self, article: Article) -> list[str]:
        meetings = article.meetings.all()
        return _unique(
            [m.get_kind_display() for m in meetings]
            + [p.leader.name for m in meetings for p in m.participations.all()]
        )


class MeetingsFeed(ArchiveFeed):
    def title(self) -> str:
        return _("%(site)s: new and changed meetings") % {"site": _site()}

    def subtitle(self) -> str:
        return _("Meetings as they are recorded or corrected, latest change first.")

    def link(self) -> str:
        return reverse("archive:meetings")

    def items(self):
        return Meeting.objects.with_participants().order_by("-updated_at", "-pk")[:FEED_SIZE]

    def item_title(self, meeting: Meeting) -> str:
        return meeting_title(meeting)

    def item_description(self, meeting: Meeting) -> str:
        place = ", ".join(filter(None, [meeting.venue, meeting.city]))
        if place and meeting.country:
            place += f" ({meeting.country})"  # as the meeting page gives it
        facts = " · ".join(
            filter(None, [meeting.get_kind_display().capitalize(), honest_date(meeting), place])
        )
        people = "; ".join(str(p) for p in meeting.participations.all())
        if not people:
            return format_html("<p>{}</p>", facts)
        return format_html(
            "<p>{}</p><p>{}</p>", facts, _("Participants: %(people)s") % {"people": people}
        )

    def item_pubdate(self, meeting: Meeting):
        return meeting.created_at

    def item_updateddate(self, meeting: Meeting):
        return meeting.updated_at

    def item_categories(self, meeting: Meeting) -> list[str]:
        names = [p.leader.name for p in meeting.participations.all()]
        return _unique([meeting.get_kind_display(), *names])


@dataclass(frozen=True)
class FollowedSearch:
    """What a search feed is about: the query as given, what it matched, the page it follows."""

    form: SearchForm
    results: SearchResults
    page_url: str
    feed_url: str


def _refusal(reasons: list[str], status: int = 400) -> HttpResponse:
    text = _("This search cannot be followed as a feed:") + "\n" + "\n".join(reasons) + "\n"
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


def _described(followed: FollowedSearch) -> str:
    """The query in words: its text, the labels of the filters chosen, its dates."""
    data, results = followed.form.cleaned_data, followed.results
    labels = {
        (field, value): label
        for field, rows in results.facets.items()
        for value, label, _count in rows
    }
    parts = [data["q"].strip()]
    parts += [labels.get(choice, choice[1]) for choice in results.request.selected]
    parts += [followed.form.data.get("date_from", ""), followed.form.data.get("date_to", "")]
    return ", ".join(filter(None, parts))


class SearchFeed(ReportsFeed):
    def __call__(self, request, *args, **kwargs):
        form = SearchForm(request.GET)
        if not form.is_valid():
            return _refusal([str(e) for errors in form.errors.values() for e in errors])
        results = search(form.search_request(**FOLLOWED))
        if results.error:
            return _refusal([message(results.error)], STATUS_OF_ERROR.get(results.error, 400))
        query = _followed_query(request)
        page_url, feed_url = (
            reverse("archive:search") + query,
            reverse("archive:search-feed") + query,
        )
        return super().__call__(request, FollowedSearch(form, results, page_url, feed_url))

    def get_object(self, request, followed: FollowedSearch) -> FollowedSearch:
        return followed

    def title(self, followed: FollowedSearch) -> str:
        return _("%(site)s: search “%(query)s”") % {"site": _site(), "query": _described(followed)}

    def subtitle(self, followed: FollowedSearch) -> str:
        return _("Reports matching this search, newest imported first.")

    def link(self, followed: FollowedSearch) -> str:
        return followed.page_url

    def feed_url(self, followed: FollowedSearch) -> str:
        return followed.feed_url

    def items(self, followed: FollowedSearch):
        matched = [hit.id for hit in followed.results.hits]
        return report_entries().filter(pk__in=matched).order_by("-imported_at", "-pk")[:FEED_SIZE]


def _followed_query(request) -> str:
    """The request's search parameters; its page and format are not part of what is followed."""
    params = request.GET.copy()
    params.pop("page", None)
    params.pop("format", None)
    return "?" + params.urlencode()


def search_feed_url(request) -> str:
    """The feed of the search the request shows."""
    return reverse("archive:search-feed") + _followed_query(request)
