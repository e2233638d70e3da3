from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from archive.admin.base import EditorialAdmin
from archive.admin.filters import year_filter
from archive.admin.merging import MergeAdminMixin, merge_action
from archive.extract.name_forms import pinyin_readings
from archive.models import Article, Leader, LeaderAlias, Office
from archive.records.articles import articles_reextract
from archive.records.leaders import leader_review
from archive.records.merge import leader_merge_plan, leaders_merge


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0


class LeaderAliasInline(admin.TabularInline):
    model = LeaderAlias
    extra = 1


def articles_mentioning(leader: Leader, aliases: list[str]):
    """Articles whose text contains one of the aliases but which are not linked to the leader."""
    wanted = Q()
    for alias in aliases:
        wanted |= Q(title__icontains=alias) | Q(lead__icontains=alias) | Q(body__icontains=alias)
    return (
        Article.objects.filter(wanted)
        .exclude(meetings__participants=leader)
        .distinct()
        .order_by("pk")
    )


@admin.action(description=_("Confirm: a real leader, as named"), permissions=["change"])
def confirm_leaders(modeladmin, request, queryset):
    changed = queryset.exclude(status=Leader.Status.CONFIRMED)
    count = changed.count()
    for leader in changed:
        leader_review(leader=leader, status=Leader.Status.CONFIRMED)
    modeladmin.message_user(request, _("%(n)s leaders confirmed.") % {"n": count}, messages.SUCCESS)


@admin.action(description=_("Reject: not a leader (a misread name)"), permissions=["change"])
def reject_leaders(modeladmin, request, queryset):
    for leader in queryset:
        leader_review(leader=leader, status=Leader.Status.REJECTED)
    modeladmin.message_user(
        request,
        _("%(n)s names rejected: they leave their meetings and will not be matched again.")
        % {"n": queryset.count()},
        messages.SUCCESS,
    )


@admin.register(Leader)
class LeaderAdmin(MergeAdminMixin, EditorialAdmin):
    list_display = ["name", "country", "status", "meeting_count"]
    list_filter = ["status", "country", year_filter("participations__meeting__date")]
    search_fields = ["name", "aliases__alias"]
    readonly_fields = ["derived_forms"]
    inlines = [OfficeInline, LeaderAliasInline]
    merge_permission = "archive.merge_leader"
    actions = [
        merge_action(
            plan=leader_merge_plan, merge=leaders_merge, permission="archive.merge_leader"
        ),
        confirm_leaders,
        reject_leaders,
    ]

    @admin.display(description=_("forms recognised by rule"))
    def derived_forms(self, obj) -> str:
        """What the importer also reads as this leader, though nobody listed it."""
        if obj.country in ("VN", "CN"):
            readings = pinyin_readings(obj.name)
            if readings and all(readings):
                shown = " ".join("/".join(r[:4]) for r in readings)
                return _("a machine translation from Chinese may write: %(forms)s") % {
                    "forms": shown
                }
        elif obj.name.isascii():
            return _(
                "Vietnamese transliterations of “%(name)s” (such as hyphenated syllables) are read by their sounds"
            ) % {"name": obj.name.split()[-1]}
        return "—"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(meeting_total=Count("participations", distinct=True))
        )

    @admin.display(description=_("meetings"), ordering="meeting_total")
    def meeting_count(self, obj) -> int:
        return obj.meeting_total

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is LeaderAlias:
            request._new_aliases = [alias.alias for alias in formset.new_objects]

    def response_change(self, request, obj):
        new_aliases = getattr(request, "_new_aliases", [])
        if new_aliases and articles_mentioning(obj, new_aliases).exists():
            url = reverse("admin:archive_leader_relink", args=[obj.pk])
            return redirect(f"{url}?{urlencode([('alias', a) for a in new_aliases])}")
        return super().response_change(request, obj)

    def get_urls(self):
        relink = self.admin_site.admin_view(self.relink_view)
        return [path("<int:pk>/relink/", relink, name="archive_leader_relink"), *super().get_urls()]

    def relink_view(self, request, pk):
        """After a new alias: the articles that mention it, re-extracted once staff confirm."""
        if not request.user.has_perm("archive.import_articles"):
            raise PermissionDenied
        leader = get_object_or_404(Leader, pk=pk)
        aliases = request.GET.getlist("alias") or request.POST.getlist("alias")
        candidates = list(articles_mentioning(leader, aliases))
        if request.method == "POST":
            chosen = [a for a in candidates if str(a.pk) in request.POST.getlist("article")]
            articles_reextract(chosen)
            self.message_user(
                request,
                _("%(n)s articles re-linked with the new alias.") % {"n": len(chosen)},
                messages.SUCCESS,
            )
            return redirect(reverse("admin:archive_leader_change", args=[leader.pk]))
        return TemplateResponse(request, "admin/archive/leader/relink.html", {
            **self.admin_site.each_context(request), "opts": Leader._meta, "leader": leader,
            "aliases": aliases, "candidates": candidates, "title": _("Re-link articles that mention the new alias"),
        })  # fmt: skip
