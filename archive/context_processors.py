"""The site's name, from the settings (the translated default when none is set)."""

from django.conf import settings
from django.utils.translation import gettext as _


def archive_name(request) -> dict:
    return {
        "archive_name": settings.ARCHIVE_NAME or _("Vietnam–Russia Diplomatic Archive"),
        "archive_short_name": settings.ARCHIVE_NAME or _("VN–RU Archive"),
    }
