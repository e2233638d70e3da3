from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = _("Vietnam–Russia diplomatic archive")

    def ready(self):
        from archive.search.whoosh_internals import check_version

        check_version()  # search reads Whoosh's internals: refuse a version nobody tested
        import archive.records.changes  # noqa: F401  the records say what changed…
        import archive.search.indexing  # noqa: F401  …and the index follows
