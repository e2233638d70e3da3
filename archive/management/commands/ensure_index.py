"""manage.py ensure_index: rebuild the search index when it is missing or out of step."""

from django.core.management.base import BaseCommand
from haystack import connections

from archive.models import Article
from archive.search.indexing import index_articles


class Command(BaseCommand):
    help = "Index every article if the index is missing or holds a different number of articles."

    def handle(self, *args, **options):
        backend = connections["default"].get_backend()
        try:
            indexed = (
                backend.search("*:*", models=[Article]).get("hits", 0)
                if Article.objects.exists()
                else 0
            )
        except Exception:  # a missing or unreadable index counts as empty
            indexed = -1
        expected = Article.objects.count()
        if indexed == expected:
            self.stdout.write(f"search index up to date ({expected} articles)")
            return
        index_articles(Article.objects.values_list("pk", flat=True))
        self.stdout.write(f"search index rebuilt ({expected} articles, found {max(indexed, 0)})")
