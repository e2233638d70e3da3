"""The archive as one JSON document with a stable shape and order (`manage.py export_archive`)."""

from archive.models import Agreement, Article, Leader, Meeting
from archive.serializers import agreement_data, article_data, leader_data, meeting_data


def archive_export() -> dict:
    return {
        "meetings": [meeting_data(m) for m in Meeting.objects.with_everything().order_by("pk")],
        "leaders": [
            leader_data(x) for x in Leader.objects.with_aliases_and_offices().order_by("pk")
        ],
        "agreements": [
            agreement_data(a)
            for a in Agreement.objects.prefetch_related("meeting_links").order_by("pk")
        ],
        "articles": [article_data(a) for a in Article.objects.with_meetings().order_by("pk")],
    }
