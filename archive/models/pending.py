"""Work left for whoever holds the search index lock."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """An article whose search document must be refreshed by whoever holds the index lock."""

    article_id = models.BigIntegerField(_("article id"), primary_key=True)
    queued_at = models.DateTimeField(_("queued at"), auto_now=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")

    def __str__(self) -> str:
        return str(self.article_id)
