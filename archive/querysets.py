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


class MeetingQuerySet(models.QuerySet):
    def with_participants(self):
        return self.prefetch_related("participations__leader")

    def with_everything(self):
        return self.with_participants().prefetch_related("articles", "agreement_links__agreement")
