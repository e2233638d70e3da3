"""What several records share: ASCII slugs and permalinks, a version raised by every save,
staff-owned fields."""

from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

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


class Permalinked(models.Model):
    """A record with its own page: its `slug` follows `name_field` on every save, `str()` is that
    name, and the permalink is the URL `archive:<url_name>` with the id and the slug."""

    name_field = "title"
    url_name = ""

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return getattr(self, self.name_field)

    def save(self, *args, **kwargs):
        self.slug = ascii_slug(getattr(self, self.name_field))
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(f"archive:{self.url_name}", args=[self.pk, self.slug])
