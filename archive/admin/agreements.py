from django.contrib import admin

from archive.admin.base import StaffOwnedAdmin
from archive.admin.filters import year_filter
from archive.admin.merging import MergeAdminMixin, merge_action
from archive.models import Agreement, AgreementAlias
from archive.records.merge import agreement_merge_plan, agreements_merge


class AgreementAliasInline(admin.TabularInline):
    model = AgreementAlias
    extra = 1


@admin.register(Agreement)
class AgreementAdmin(MergeAdminMixin, StaffOwnedAdmin):
    list_display = ["title", "kind", "signed_date", "signed_place", "needs_review"]
    list_filter = [
        "kind",
        "needs_review",
        year_filter("signed_date"),
        year_filter("meetings__date"),
    ]
    date_hierarchy = "signed_date"
    search_fields = ["title", "aliases__alias"]
    inlines = [AgreementAliasInline]
    readonly_fields = ["staff_owned"]
    merge_permission = "archive.merge_agreement"
    actions = [
        merge_action(
            plan=agreement_merge_plan, merge=agreements_merge, permission="archive.merge_agreement"
        )
    ]
