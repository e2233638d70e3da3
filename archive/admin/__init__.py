"""Staff workplace: correcting and enriching what the importer extracted."""

from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import agreements, articles, leaders, meetings, places  # noqa: F401  (registers the model admins)

admin.site.site_header = settings.ARCHIVE_NAME or _("Vietnam–Russia Diplomatic Archive")
admin.site.site_title = _("Archive staff")
admin.site.index_title = _("Records")
