"""Reads with their joins in one place, so no page queries per row."""

from django.db import models


class ArticleQuerySet(models.QuerySet):
    def with_meetings(self):
        return self.prefetch_related("meetings")

    def for_index(self):
        """Everything an article's search document carries, in a fixed number of queries."""
        return self.prefetch_related(
            "meetings__participations__leader__aliases",
            "meetings__agreement_links__agreement",
        )


class LeaderQuerySet(models.QuerySet):
    def with_aliases_and_offices(self):
        return self.prefetch_related("aliases", "offices")


# What a list of an article's reports shows; their texts stay out (a meeting reported thousands
# of times would otherwise load all of them).
REPORT_LISTING_FIELDS = ("title", "slug", "byline", "source_file", "machine_translated")


class MeetingQuerySet(models.QuerySet):
    def with_participants(self):
        return self.prefetch_related("participations__leader")

    def with_agreements(self):
        return self.prefetch_related("agreement_links__agreement")

    def with_everything(self):
        """Participants, agreements and every report as listed (not its text)."""
        return self.with_participants().with_agreements().prefetch_related(reports_as_listed())


def reports_as_listed() -> models.Prefetch:
    from archive.models import Article  # the models module imports this one

    return models.Prefetch("articles", Article.objects.only(*REPORT_LISTING_FIELDS))
