"""What several records share: ASCII slugs, a version raised by every save, staff-owned fields."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from archive.ingest.normalize import fold


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
