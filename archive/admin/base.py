"""What every archive admin shares: history, staff ownership, the version check.

The search index follows every save, delete and merge by itself (archive/records/changes.py).
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin


class VersionedForm(forms.ModelForm):
    """Refuses a save when the record changed after the form was opened (two staff, one record)."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # From the database, not the instance: a revert form's instance is an old version.
            current = (
                type(self.instance)
                .objects.filter(pk=self.instance.pk)
                .values_list("version", flat=True)
            )
            self.fields["loaded_version"].initial = current.first()

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and cleaned.get("loaded_version") is not None:
            # select_for_update holds the row until the admin's transaction ends (PostgreSQL).
            current = type(self.instance).objects.select_for_update().filter(pk=self.instance.pk)
            current = current.values_list("version", flat=True).first()
            if current != cleaned["loaded_version"]:
                last = self.instance.history.first()
                who = getattr(last, "history_user", None) or _("someone else")
                raise forms.ValidationError(
                    _("This record was changed by %(who)s after you opened it. Your changes were not "
                      "saved: reload the page to see the new version, then edit again.")
                    % {"who": who},
                    code="stale",
                )  # fmt: skip
        return cleaned


class EditorialAdmin(SimpleHistoryAdmin):
    """History, the version check, and a 404 for a malformed id in the history views."""

    form = VersionedForm

    def _existing_id(self, object_id):
        """simple-history's views turn a malformed id (`3/change`) into a 500; make it a 404."""
        try:
            return self.model._meta.pk.to_python(object_id)
        except ValidationError:
            raise Http404 from None

    def history_view(self, request, object_id, extra_context=None):
        self._existing_id(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._existing_id(object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)


class StaffOwnedAdmin(EditorialAdmin):
    """Marks changed fields (and changed inlines) as staff-owned: re-imports leave them alone."""

    inline_field_names: dict[str, str] = {}

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_staff_edited(f for f in form.changed_data if f != "loaded_version")
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if change and formset.has_changed():
            field = self.inline_field_names.get(formset.model.__name__)
            if field:
                form.instance.mark_staff_edited([field])
                type(form.instance).objects.filter(pk=form.instance.pk).update(
                    staff_edited_fields=form.instance.staff_edited_fields
                )

    @admin.display(description=_("staff-owned fields"))
    def staff_owned(self, obj) -> str:
        return ", ".join(obj.staff_edited_fields) or "—"
