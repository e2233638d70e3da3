from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = _("Vietnam–Russia diplomatic archive")

    def ready(self):
        import archive.records.changes  # noqa: F401  the records say what changed…
        from archive import oai, search  # noqa: F401  …the index follows, so do OAI datestamps
        from archive.records.stamp import follow_records

        follow_records()  # so do the pages' cache validators

        search.check_whoosh_version()  # search reads Whoosh's internals: refuse untested ones
