"""The archive as one JSON document with a stable shape and order (`manage.py export_archive`,
and the download's archive.json, which streams it section by section)."""

from collections.abc import Iterator

from archive.models import Agreement, Article, Leader, Meeting
from archive.serializers import agreement_data, article_data, leader_data, meeting_data

CHUNK = 1000  # records per query (with their prefetches): memory stays flat as the archive grows


def export_sections() -> dict[str, Iterator[dict]]:
    """Each top-level key of the export and its records, read lazily in chunks."""
    return {
        "meetings": map(meeting_data, Meeting.objects.with_everything().order_by("pk").iterator(CHUNK)),
        "leaders": map(leader_data, Leader.objects.with_aliases_and_offices().order_by("pk").iterator(CHUNK)),
        "agreements": map(agreement_data, Agreement.objects.prefetch_related("meeting_links").order_by("pk").iterator(CHUNK)),
        "articles": map(article_data, Article.objects.with_meetings().order_by("pk").iterator(CHUNK)),
    }  # fmt: skip


def archive_export() -> dict:
    return {name: list(records) for name, records in export_sections().items()}
