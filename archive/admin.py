"""Staff workplace. Every field an editor changes becomes staff-owned: re-imports leave it alone."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from archive.models import (
    Agreement,
    AgreementAlias,
    Article,
    Leader,
    LeaderAlias,
    Meeting,
    MeetingAgreement,
    Office,
    Participation,
)
from archive.search.indexing import index_articles


class IndexedAdmin(admin.ModelAdmin):
    """Every save or delete refreshes the search documents of the articles it touches."""

    def affected_article_ids(self, obj) -> set[int]:
        return set()

    def save_related(self, request, form, formsets, change):
        before = self.affected_article_ids(form.instance) if change else set()
        super().save_related(request, form, formsets, change)
        index_articles(before | self.affected_article_ids(form.instance))

    def delete_model(self, request, obj):
        affected = self.affected_article_ids(obj)
        super().delete_model(request, obj)
        index_articles(affected)

    def delete_queryset(self, request, queryset):
        affected = set().union(*(self.affected_article_ids(obj) for obj in queryset))
        super().delete_queryset(request, queryset)
        index_articles(affected)


class StaffOwnedAdmin(IndexedAdmin):
    """Marks changed fields (and changed inlines) as staff-owned: re-imports leave them alone."""

    inline_field_names: dict[str, str] = {}

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_staff_edited(form.changed_data)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if change and formset.has_changed():
            field = self.inline_field_names.get(formset.model.__name__)
            if field:
                form.instance.mark_staff_edited([field])
                form.instance.save(update_fields=["staff_edited_fields"])


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["leader"]


class MeetingAgreementInline(admin.TabularInline):
    model = MeetingAgreement
    extra = 0
    autocomplete_fields = ["agreement"]


@admin.register(Meeting)
class MeetingAdmin(StaffOwnedAdmin):
    list_display = ["__str__", "kind", "city", "country", "needs_review"]
    list_filter = ["needs_review", "kind", "country", "date_precision"]
    date_hierarchy = "date"
    search_fields = ["participants__name", "participants__aliases__alias", "city", "venue"]
    inlines = [ParticipationInline, MeetingAgreementInline]
    filter_horizontal = ["articles"]
    readonly_fields = ["staff_edited_fields", "created_at", "updated_at"]
    inline_field_names = {"Participation": "participants", "MeetingAgreement": "agreements"}

    def affected_article_ids(self, obj):
        return set(obj.articles.values_list("pk", flat=True))


@admin.register(Article)
class ArticleAdmin(StaffOwnedAdmin):
    list_display = ["title", "source_file", "byline", "machine_translated", "imported_at"]
    list_filter = ["machine_translated", "encoding", "layout"]
    search_fields = ["title", "body", "source_file", "byline"]
    readonly_fields = [
        "source_file",
        "checksum",
        "encoding",
        "layout",
        "original_text",
        "imported_at",
        "updated_at",
        "staff_edited_fields",
        "machine_translation_evidence",
    ]

    def affected_article_ids(self, obj):
        return {obj.pk}


class LeaderAliasInline(admin.TabularInline):
    model = LeaderAlias
    extra = 1


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0


@admin.register(Leader)
class LeaderAdmin(IndexedAdmin):
    list_display = ["name", "country"]
    list_filter = ["country"]
    search_fields = ["name", "aliases__alias"]
    inlines = [OfficeInline, LeaderAliasInline]

    def affected_article_ids(self, obj):
        return set(Article.objects.filter(meetings__participants=obj).values_list("pk", flat=True))


class AgreementAliasInline(admin.TabularInline):
    model = AgreementAlias
    extra = 1


@admin.register(Agreement)
class AgreementAdmin(StaffOwnedAdmin):
    list_display = ["title", "kind", "signed_date", "needs_review"]
    list_filter = ["kind", "needs_review"]
    search_fields = ["title", "aliases__alias"]
    inlines = [AgreementAliasInline]
    readonly_fields = ["staff_edited_fields"]

    def affected_article_ids(self, obj):
        return set(Article.objects.filter(meetings__agreements=obj).values_list("pk", flat=True))


admin.site.site_header = _("Vietnam–Russia Diplomatic Archive")
