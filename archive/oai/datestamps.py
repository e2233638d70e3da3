"""OAI datestamps follow the records' change feed, so a harvest `from` a date sees every change.

A record's datestamp is its `updated_at`. Saving a meeting or a report raises it, but much of what
a record shows lives elsewhere: a meeting's participants and agreements (Participation,
MeetingAgreement: admin inlines, merges, a leader rejected), its reports (split, merge), a
leader's or an agreement's name, an article's title (the meeting's relation carries its
permalink). None of those saves the meeting. They all reach `articles_changed`
(archive/records/changes.py), which names every report whose search document carries the changed
facts, once per unit of work; this receiver raises `updated_at` of those reports and of every
meeting they report, so their datestamps move and a selective harvest picks them up again. It
over-approximates (a report's new text also re-dates its meetings): a harvester fetching a record
that did not change is harmless, one missing a change is not. `.update()` sends no signals and
writes no history, so nothing loops and no version is added.
"""

from django.dispatch import receiver
from django.utils import timezone

from archive.models import Article, Meeting
from archive.records.changes import articles_changed

CHUNK = 500  # ids per UPDATE: an import names thousands of reports at once


@receiver(articles_changed)
def _redate(sender, article_ids, **kwargs) -> None:
    records_redate(article_ids=article_ids)


def records_redate(*, article_ids) -> None:
    now = timezone.now()
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        Article.objects.filter(pk__in=chunk).update(updated_at=now)
        Meeting.objects.filter(
            pk__in=Meeting.articles.through.objects.filter(article_id__in=chunk).values(
                "meeting_id"
            )
        ).update(updated_at=now)
