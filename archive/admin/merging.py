"""The merge action: choose the record that survives, see what moves, confirm."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _


def merge_action(*, plan, merge, permission: str):
    """An admin action merging the selected records after a confirmation page."""

    @admin.action(description=_("Merge the selected records into one"), permissions=["merge"])
    def merge_selected(modeladmin, request, queryset):
        if not request.user.has_perm(permission):
            raise PermissionDenied
        records = list(queryset.order_by("pk"))
        if len(records) < 2:
            modeladmin.message_user(
                request, _("Select at least two records to merge."), messages.WARNING
            )
            return None
        survivor_id = request.POST.get("survivor")
        survivor = next((r for r in records if str(r.pk) == survivor_id), records[0])
        others = [r for r in records if r.pk != survivor.pk]
        if request.POST.get("confirm") == "yes" and str(survivor.pk) == survivor_id:
            merge(survivor=survivor, others=others)
            modeladmin.message_user(
                request,
                _("%(n)s records merged into “%(survivor)s”.")
                % {"n": len(others), "survivor": survivor},
                messages.SUCCESS,
            )
            return None
        return _confirmation(modeladmin, request, records, survivor, plan(survivor, others))

    return merge_selected


def _confirmation(modeladmin, request, records, survivor, plan) -> TemplateResponse:
    return TemplateResponse(request, "admin/archive/merge_confirmation.html", {
        **modeladmin.admin_site.each_context(request),
        "title": _("Merge %(n)s %(things)s") % {"n": len(records), "things": modeladmin.model._meta.verbose_name_plural},
        "opts": modeladmin.model._meta,
        "records": records,
        "survivor": survivor,
        "plan": plan,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "action": request.POST.get("action"),
    })  # fmt: skip


class MergeAdminMixin:
    merge_permission = ""

    def has_merge_permission(self, request):
        return request.user.has_perm(self.merge_permission)
