"""Records of the archive: articles (source documents) and what they report."""

from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from archive.querysets import ArticleQuerySet, LeaderQuerySet, MeetingQuerySet
from archive.text import fold


def ascii_slug(text: str, max_length: int = 80) -> str:
    return slugify(fold(text))[:max_length].strip("-") or "x"


class Versioned(models.Model):
    """A number raised by every save, so a form opened on an older version can be refused."""

    version = models.PositiveIntegerField(_("version"), default=0, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.version += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)


class StaffOwned(Versioned):
    """Fields that staff edited in admin; a re-import or re-extraction leaves them alone."""

    staff_edited_fields = models.JSONField(_("staff-edited fields"), default=list, blank=True)

    class Meta:
        abstract = True

    def mark_staff_edited(self, fields) -> None:
        self.staff_edited_fields = sorted(set(self.staff_edited_fields) | set(fields))

    def is_staff_owned(self, field: str) -> bool:
        return field in self.staff_edited_fields


class Leader(Versioned):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        # Introduced by a report as title + country + name and not in the directory: linked to
        # its meetings at once, shown as provisional until staff confirm, merge or reject it.
        PROVISIONAL = "provisional", _("provisional (to review)")
        # Not a leader (a misread name): never matched again, its meetings lose it.
        REJECTED = "rejected", _("rejected")

    name = models.CharField(_("canonical name"), max_length=200)
    country = models.CharField(_("country (ISO 3166 alpha-2)"), max_length=2)
    slug = models.SlugField(max_length=100, editable=False)
    notes = models.TextField(_("notes"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.CONFIRMED
    )

    objects = LeaderQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="leader_unique_name")
        ]
        verbose_name = _("leader")
        verbose_name_plural = _("leaders")
        permissions = [("merge_leader", _("Can merge leaders"))]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.slug = ascii_slug(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("archive:leader", args=[self.pk, self.slug])


class LeaderAlias(models.Model):
    class Kind(models.TextChoices):
        SPELLING = "spelling", _("other spelling")
        TRANSLITERATION = "transliteration", _("Vietnamese transliteration")
        SHORT = "short", _("short form")
        MACHINE_TRANSLATION = "machine_translation", _("machine-translation garble")

    leader = models.ForeignKey(Leader, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=200)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, default=Kind.SPELLING)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["alias"]
        constraints = [models.UniqueConstraint(fields=["leader", "alias"], name="alias_unique")]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")

    def __str__(self) -> str:
        return self.alias


class Office(models.Model):
    class Role(models.TextChoices):
        HEAD_OF_STATE = "head_of_state", _("head of state")
        HEAD_OF_GOVERNMENT = "head_of_government", _("head of government")
        PARTY_LEADER = "party_leader", _("party general secretary")
        PARLIAMENT_CHAIR = "parliament_chair", _("parliament chair")
        UPPER_HOUSE_CHAIR = "upper_house_chair", _("upper house chair")
        LOWER_HOUSE_CHAIR = "lower_house_chair", _("lower house chair")
        FOREIGN_MINISTER = "foreign_minister", _("foreign minister")
        DEPUTY_FOREIGN_MINISTER = "deputy_foreign_minister", _("deputy foreign minister")
        VICE_HEAD_OF_STATE = "vice_head_of_state", _("vice head of state")
        DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government", _("deputy head of government")
        MINISTER = "minister", _("minister")
        DEPUTY_MINISTER = "deputy_minister", _("deputy minister")
        OTHER = "other", _("other")

    leader = models.ForeignKey(Leader, on_delete=models.CASCADE, related_name="offices")
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    title = models.CharField(_("title"), max_length=200)
    country = models.CharField(_("country"), max_length=2)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["start"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self) -> str:
        return f"{self.title} ({self.start or '?'} – {self.end or ''})"


class Country(models.Model):
    """What the archive knows of a country beyond CLDR's name for it: other names the press uses
    (`Mỹ`, `Liên Xô`) and its capital, assumed when a report names only the country."""

    code = models.CharField(_("code (ISO 3166 alpha-2)"), max_length=2, unique=True)
    capital = models.CharField(_("capital"), max_length=100, blank=True)
    successor = models.CharField(
        _("succeeded by"), max_length=2, blank=True,
        help_text=_("For a country that no longer exists (SU): the country its places are in now (RU)."),
    )  # fmt: skip
    until = models.DateField(_("existed until"), null=True, blank=True)
    relations_since = models.DateField(
        _("diplomatic relations since"), null=True, blank=True,
        help_text=_(
            "The day it established diplomatic relations with the archive's home country (the "
            "first focus country): `kỷ niệm 50 năm thiết lập quan hệ ngoại giao` dates a report."
        ),
    )  # fmt: skip

    history = HistoricalRecords()

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        from archive.extract.countries import country_name

        return f"{country_name(self.code)} ({self.code})"


class CountryName(models.Model):
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "name"], name="country_name_unique")
        ]
        verbose_name = _("other name")
        verbose_name_plural = _("other names")

    def __str__(self) -> str:
        return self.name


class Place(models.Model):
    """A city or a venue of the gazetteer, with every spelling reports use for it."""

    class Kind(models.TextChoices):
        CITY = "city", _("city or town")
        VENUE = "venue", _("venue")

    name = models.CharField(_("name shown"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.CITY)
    country = models.CharField(_("country"), max_length=2)
    city = models.CharField(_("city (of a venue)"), max_length=100, blank=True)
    country_follows = models.BooleanField(
        _("a country may follow"),
        default=False,
        help_text=_(
            "A generic venue (`Trụ sở Chính phủ`): a country named right after it places it in "
            "that country's capital; otherwise the country and city above."
        ),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def __str__(self) -> str:
        return self.name


class PlaceName(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("spelling"), max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["place", "name"], name="place_name_unique")]
        verbose_name = _("spelling")
        verbose_name_plural = _("spellings")

    def __str__(self) -> str:
        return self.name


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class Agreement(StaffOwned):
    class Kind(models.TextChoices):
        TREATY = "treaty", _("treaty")
        AGREEMENT = "agreement", _("agreement")
        PROTOCOL = "protocol", _("protocol")
        JOINT_STATEMENT = "joint_statement", _("joint statement")
        DECLARATION = "declaration", _("declaration")
        PROGRAMME = "programme", _("programme")
        MEMORANDUM = "memorandum", _("memorandum")
        CONVENTION = "convention", _("convention")
        OTHER = "other", _("other")

    title = models.CharField(_("title"), max_length=500)
    slug = models.SlugField(max_length=100, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.AGREEMENT)
    signed_date = models.DateField(_("signing date"), null=True, blank=True)
    signed_place = models.CharField(_("signing place"), max_length=200, blank=True)
    parties = models.JSONField(_("parties (ISO country codes)"), default=list, blank=True)
    needs_review = models.BooleanField(_("needs review"), default=False)
    review_reason = models.TextField(_("review reason"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["signed_date", "title"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        permissions = [("merge_agreement", _("Can merge agreements"))]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.slug = ascii_slug(self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("archive:agreement", args=[self.pk, self.slug])


class AgreementAlias(models.Model):
    """Another way documents name an agreement; every word of it must occur in a mention."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=500)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agreement", "alias"], name="agreement_alias_unique")
        ]
        verbose_name = _("agreement alias")
        verbose_name_plural = _("agreement aliases")

    def __str__(self) -> str:
        return self.alias


class Article(StaffOwned):
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

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.slug = ascii_slug(self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("archive:article", args=[self.pk, self.slug])

    def search_source(self) -> str:
        """The displayed text that search covers: title, lead, body, byline and photo captions."""
        return "\n".join([self.title, self.lead, self.body, self.byline, *self.photo_captions])


class Meeting(StaffOwned):
    class Kind(models.TextChoices):
        TALKS = "talks", _("talks")
        COURTESY_CALL = "courtesy_call", _("courtesy call")
        PHONE_CALL = "phone_call", _("phone call")
        MEETING = "meeting", _("meeting")
        MULTILATERAL = "multilateral", _("multilateral meeting")
        VISIT = "visit", _("visit")
        OTHER = "other", _("other")

    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    end_date = models.DateField(_("end date"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.MEETING)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    needs_review = models.BooleanField(_("needs review"), default=False)
    review_reason = models.TextField(_("review reason"), blank=True)
    slug = models.SlugField(max_length=120, editable=False, blank=True)
    articles = models.ManyToManyField(Article, related_name="meetings", blank=True)
    participants = models.ManyToManyField(
        Leader, through="Participation", related_name="meetings", blank=True
    )
    agreements = models.ManyToManyField(
        Agreement, through="MeetingAgreement", related_name="meetings", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MeetingQuerySet.as_manager()

    history = HistoricalRecords(m2m_fields=[articles])

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        permissions = [("merge_meeting", _("Can merge meetings and split articles off them"))]
        # Lists in date order and a meeting's previous/next walk this index instead of sorting
        # every meeting (meeting page at 30,000 reports: 89 -> 4 ms for previous/next).
        indexes = [models.Index(fields=["date", "id"], name="meeting_date_id")]

    def __str__(self) -> str:
        return f"{self.date or '?'} {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if not self.slug:  # the importer refines it with the participants' names
            self.slug = ascii_slug(f"{self.date or 'undated'} {self.kind.replace('_', ' ')}", 120)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("archive:meeting", args=[self.pk, self.slug])


class PendingIndexUpdate(models.Model):
    """An article whose search document must be refreshed by whoever holds the index lock."""

    article_id = models.BigIntegerField(_("article id"), primary_key=True)
    queued_at = models.DateTimeField(_("queued at"), auto_now=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")

    def __str__(self) -> str:
        return str(self.article_id)


class MeetingRedirect(models.Model):
    """The id of a meeting merged into another: its permalink keeps working (301)."""

    old_id = models.PositiveBigIntegerField(_("old meeting id"), primary_key=True)
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="redirects")

    class Meta:
        verbose_name = _("meeting redirect")
        verbose_name_plural = _("meeting redirects")

    def __str__(self) -> str:
        return f"{self.old_id} → {self.meeting_id}"


class LeaderRedirect(models.Model):
    """The id of a leader merged into another: the old permalink answers 301."""

    old_id = models.PositiveBigIntegerField(_("old leader id"), primary_key=True)
    leader = models.ForeignKey(Leader, on_delete=models.CASCADE, related_name="redirects")

    class Meta:
        verbose_name = _("leader redirect")
        verbose_name_plural = _("leader redirects")

    def __str__(self) -> str:
        return f"{self.old_id} → {self.leader_id}"


class AgreementRedirect(models.Model):
    """The id of an agreement merged into another: the old permalink answers 301."""

    old_id = models.PositiveBigIntegerField(_("old agreement id"), primary_key=True)
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="redirects")

    class Meta:
        verbose_name = _("agreement redirect")
        verbose_name_plural = _("agreement redirects")

    def __str__(self) -> str:
        return f"{self.old_id} → {self.agreement_id}"


class Participation(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    leader = models.ForeignKey(Leader, on_delete=models.PROTECT, related_name="participations")
    title = models.CharField(_("title at the time"), max_length=200, blank=True)
    country = models.CharField(_("country at the time"), max_length=2, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "leader"], name="participation_unique")
        ]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")

    def __str__(self) -> str:
        return f"{self.title} {self.leader}".strip()


class MeetingAgreement(models.Model):
    class Relation(models.TextChoices):
        SIGNED = "signed", _("signed")
        CITED = "cited", _("cited")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agreement_links")
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="meeting_links")
    relation = models.CharField(
        _("relation"), max_length=8, choices=Relation.choices, default=Relation.CITED
    )

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "agreement"], name="meeting_agreement_unique"
            )
        ]
        verbose_name = _("agreement at a meeting")
        verbose_name_plural = _("agreements at meetings")

    def __str__(self) -> str:
        return f"{self.agreement} ({self.get_relation_display()})"
