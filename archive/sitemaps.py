"""The sitemap: every permalink once, with when its page last changed, in sections of at most
`settings.SITEMAP_LIMIT` URLs (the index lists each page of a longer section).

Meetings and reports carry `updated_at`. Leaders and agreements do not: their date is the latest
of their own last recorded change (their history) and the last change of a meeting they are in,
and a record with neither has no `lastmod`. URLs are absolute on the request's host
(`django.contrib.sites` is not needed: without it the framework uses the request's site).
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils.functional import cached_property

from archive.models import Agreement, Article, Leader, Meeting, MeetingAgreement, Participation


def _latest(*moments):
    return max(filter(None, moments), default=None)


def _newest(rows, field: str) -> Subquery:
    """The newest `field` of `rows` (already tied to the outer record), as a subquery."""
    return Subquery(rows.order_by(f"-{field}").values(field)[:1])


class Section(Sitemap):
    @property
    def limit(self) -> int:
        return settings.SITEMAP_LIMIT


class UpdatedRecords(Section):
    """Records with `updated_at`: meetings, reports."""

    model = None

    def items(self):
        return self.model.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, record):
        return record.updated_at

    def get_latest_lastmod(self):
        return self.model.objects.aggregate(latest=Max("updated_at"))["latest"]


class MeetingSitemap(UpdatedRecords):
    model = Meeting


class ArticleSitemap(UpdatedRecords):
    model = Article


class LinkedRecords(Section):
    """Records dated by their history and their meetings: leaders, agreements."""

    link_model, link_field = None, ""  # the table linking the record to its meetings

    def records(self):
        raise NotImplementedError

    def _history(self):
        return self.records().model.history.model.objects

    def items(self):
        history = self._history().filter(id=OuterRef("pk"))
        links = self.link_model.objects.filter(**{self.link_field: OuterRef("pk")})
        return (
            self.records()
            .only("slug")
            .annotate(
                changed=_newest(history, "history_date"),
                meetings_changed=_newest(links, "meeting__updated_at"),
            )
            .order_by("pk")
        )

    def lastmod(self, record):
        return _latest(record.changed, record.meetings_changed)

    def get_latest_lastmod(self):
        listed = self.records().values("pk")
        history = self._history().filter(id__in=listed)
        links = self.link_model.objects.filter(**{f"{self.link_field}__in": listed})
        return _latest(
            history.aggregate(latest=Max("history_date"))["latest"],
            links.aggregate(latest=Max("meeting__updated_at"))["latest"],
        )


class LeaderSitemap(LinkedRecords):
    link_model, link_field = Participation, "leader"

    def records(self):
        # A rejected leader is a misread name, not a person: its page is no page to index.
        return Leader.objects.exclude(status=Leader.Status.REJECTED)


class AgreementSitemap(LinkedRecords):
    link_model, link_field = MeetingAgreement, "agreement"

    def records(self):
        return Agreement.objects.all()


class StaticSitemap(Section):
    """The home page, the lists, About and the downloads. The lists change with the meetings
    they count, the home page with reports too; About changes with a release and /data/ with its
    files, which the database does not know, so they have no date."""

    def items(self):
        return self._dated_pages

    @cached_property  # the index asks for the items twice; the dates are two queries
    def _dated_pages(self):
        meetings = Meeting.objects.aggregate(latest=Max("updated_at"))["latest"]
        reports = Article.objects.aggregate(latest=Max("updated_at"))["latest"]
        return [
            ("archive:home", _latest(meetings, reports)),
            ("archive:meetings", meetings),
            ("archive:leaders", meetings),
            ("archive:agreements", meetings),
            ("archive:about", None),
            ("archive:data", None),
        ]

    def location(self, item) -> str:
        return reverse(item[0])

    def lastmod(self, item):
        return item[1]

    def get_latest_lastmod(self):
        return _latest(*(moment for _name, moment in self.items()))


SECTIONS = {
    "pages": StaticSitemap,
    "meetings": MeetingSitemap,
    "reports": ArticleSitemap,
    "leaders": LeaderSitemap,
    "agreements": AgreementSitemap,
}
