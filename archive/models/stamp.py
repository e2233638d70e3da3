"""One row that says when the records last changed: the validator of every page's cache headers."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArchiveStamp(models.Model):
    """Raised once per transaction that changes a record (archive/records/stamp.py)."""

    version = models.PositiveBigIntegerField(_("version"), default=0)
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("archive stamp")
        verbose_name_plural = _("archive stamps")

    def __str__(self) -> str:
        return f"{self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
