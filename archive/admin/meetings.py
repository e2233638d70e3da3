from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from archive.admin.base import StaffOwnedAdmin
from archive.admin.filters import year_filter
from archive.admin.merging import MergeAdminMixin, merge_action
from archive.models import Article, Meeting, MeetingAgreement, Participation
from archive.records.merge import meeting_merge_plan, meeting_split, meetings_merge


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["leader"]  # searches names and aliases


class MeetingAgreementInline(admin.TabularInline):
    model = MeetingAgreement
    extra = 0
    autocomplete_fields = ["agreement"]


@admin.action(description=_("Mark the selected meetings as reviewed"))
def mark_reviewed(modeladmin, request, queryset):
    count = 0
    for meeting in queryset.filter(needs_review=True):
        meeting.needs_review = False
        meeting.mark_staff_edited(["needs_review"])
        meeting.save()
        count += 1
    modeladmin.message_user(
        request, _("%(n)s meetings marked as reviewed.") % {"n": count}, messages.SUCCESS
    )


@admin.register(Meeting)
class MeetingAdmin(MergeAdminMixin, StaffOwnedAdmin):
    list_display = [
        "__str__",
        "people",
        "kind",
        "city",
        "country",
        "review_flag",
        "review_reason_short",
    ]
    list_filter = [year_filter("date"), "kind", "country", "needs_review", "date_precision",
                   ("articles__machine_translated", admin.BooleanFieldListFilter)]  # fmt: skip
    date_hierarchy = "date"
    search_fields = [
        "participants__name",
        "participants__aliases__alias",
        "city",
        "venue",
        "articles__title",
    ]
    inlines = [ParticipationInline, MeetingAgreementInline]
    autocomplete_fields = ["articles"]
    readonly_fields = ["staff_owned", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["date", "date_precision", "end_date", "kind"]}),
        (_("Place"), {"fields": ["venue", "city", "country"]}),
        (_("Review"), {"fields": ["needs_review", "review_reason"]}),
        (_("Reports"), {"fields": ["articles"]}),
        (
            _("Record"),
            {"fields": ["staff_owned", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]
    inline_field_names = {"Participation": "participants", "MeetingAgreement": "agreements"}
    change_form_template = "admin/archive/meeting/change_form.html"
    merge_permission = "archive.merge_meeting"
    actions = [
        mark_reviewed,
        merge_action(
            plan=meeting_merge_plan, merge=meetings_merge, permission="archive.merge_meeting"
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("participations__leader")

    @admin.display(description=_("participants"))
    def people(self, obj) -> str:
        return ", ".join(p.leader.name for p in obj.participations.all())

    @admin.display(description=_("needs review"), ordering="needs_review")
    def review_flag(self, obj) -> str:
        # Django's boolean icon is a green tick for True, which reads as "fine" here.
        return _("⚠ needs review") if obj.needs_review else ""

    @admin.display(description=_("reason for review"))
    def review_reason_short(self, obj) -> str:
        return (
            obj.review_reason.splitlines()[0][:120]
            if obj.needs_review and obj.review_reason
            else ""
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        reports = Article.objects.filter(meetings=self._existing_id(object_id)).only(
            "pk", "title", "lead", "body", "byline", "machine_translated"
        )
        return super().change_view(
            request, object_id, form_url, {**(extra_context or {}), "reports": reports}
        )

    def get_urls(self):
        split = self.admin_site.admin_view(self.split_view)
        return [
            path("<int:pk>/split/<int:article_pk>/", split, name="archive_meeting_split"),
            *super().get_urls(),
        ]

    def split_view(self, request, pk, article_pk):
        if not request.user.has_perm("archive.merge_meeting"):
            raise PermissionDenied
        meeting = get_object_or_404(Meeting, pk=pk)
        article = get_object_or_404(meeting.articles, pk=article_pk)
        if request.method == "POST":
            new = meeting_split(meeting=meeting, article=article)
            self.message_user(
                request,
                _("The article now reports a new meeting #%(id)s; check its details.")
                % {"id": new.pk},
            )
            return redirect(reverse("admin:archive_meeting_change", args=[new.pk]))
        return TemplateResponse(request, "admin/archive/meeting/split_confirmation.html", {
            **self.admin_site.each_context(request), "opts": Meeting._meta, "meeting": meeting, "article": article,
            "title": _("Split an article off a meeting"),
        })  # fmt: skip

    @admin.display(description=_("articles"))
    def article_titles(self, obj):
        return format_html_join("", "<p>{}</p>", ((a.title,) for a in obj.articles.all()))
