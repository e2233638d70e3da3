"""Articles: the source documents, as imported and as shown."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from archive.querysets import ArticleQuerySet

from .base import Permalinked, StaffOwned


class Article(Permalinked, StaffOwned):
    title = models.CharField(_("title"), max_length=500)
    slug = models.SlugField(max_length=100, editable=False)
    lead = models.TextField(_("lead"), blank=True)
    body = models.TextField(_("body"))
    byline = models.CharField(_("byline"), max_length=200, blank=True)
    photo_captions = models.JSONField(_("photo captions"), default=list, blank=True)
    layout = models.CharField(_("layout"), max_length=20, blank=True)
    dateline = models.CharField(_("dateline"), max_length=120, blank=True)
    source_file = models.CharField(_("source file"), max_length=255)
    checksum = models.CharField(_("content checksum"), max_length=64, unique=True)
    encoding = models.CharField(_("encoding detected"), max_length=20)
    machine_translated = models.BooleanField(_("machine translated"), default=False)
    machine_translation_evidence = models.TextField(_("machine-translation evidence"), blank=True)
    original_text = models.TextField(_("original text as decoded"))
    original_file = models.CharField(
        _("original file as imported"), max_length=100, blank=True, editable=False,
        help_text=_("path under DATA_DIR/originals, named by the SHA-256 of its bytes"),
    )  # fmt: skip
    # pyvi output for the searchable text, keyed by a hash of that text: a rebuild of the index
    # reruns pyvi only for articles whose text changed.
    segmented_text = models.TextField(_("segmented text (for search)"), blank=True, editable=False)
    segmented_hash = models.CharField(max_length=40, blank=True, editable=False)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    url_name = "article"  # Permalinked

    objects = ArticleQuerySet.as_manager()

    history = HistoricalRecords(
        excluded_fields=["segmented_text", "segmented_hash", "original_text"]
    )

    class Meta:
        ordering = ["pk"]
        # Every import looks its file up by name; without it each lookup reads every report.
        indexes = [models.Index(fields=["source_file"], name="article_source_file")]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("import_articles", _("Can import and re-extract articles"))]

    def search_source(self) -> str:
        """The displayed text that search covers: title, lead, body, byline and photo captions."""
        return "\n".join([self.title, self.lead, self.body, self.byline, *self.photo_captions])
