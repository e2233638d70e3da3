from collections import Counter

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from archive.admin.base import StaffOwnedAdmin
from archive.admin.filters import year_filter
from archive.ingest.limits import size_refusal
from archive.models import Article
from archive.records import dumps
from archive.records.articles import ImportResult, article_import, articles_reextract
from archive.records.directory import directory_from_db


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        """At least one file; judging each file (empty, binary, too large) is the importer's job."""
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if not files:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return files


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Text files"), help_text=_("UTF-8, UTF-16 or Windows-1258; several at once.")
    )


def import_uploads(files) -> list[ImportResult]:
    """The command's code path for files staff upload: same decoding, limits and reasons."""
    directory = directory_from_db()
    results = []
    for upload in files:
        name = upload.name.replace("\\", "/").rsplit("/", 1)[-1]  # never a path from the browser
        if refusal := size_refusal(upload.size):
            results.append(ImportResult(name, "failed", refusal))
            continue
        results.append(article_import(data=upload.read(), source_name=name, directory=directory))
    return results


@admin.action(description=_("Re-run extraction (keeps staff-owned fields)"), permissions=["import"])
def reextract_selected(modeladmin, request, queryset):
    count = articles_reextract(queryset)
    modeladmin.message_user(
        request,
        _("Extraction re-run on %(n)s articles.") % {"n": count},
        messages.SUCCESS,
    )


@admin.register(Article)
class ArticleAdmin(StaffOwnedAdmin):
    list_display = [
        "title",
        "source_file",
        "byline",
        "machine_translated",
        "staff_owned",
        "imported_at",
    ]
    list_filter = ["machine_translated", year_filter("meetings__date"), "meetings__kind", "meetings__country",
                   "meetings__needs_review", "encoding", "layout"]  # fmt: skip
    date_hierarchy = "imported_at"
    search_fields = ["title", "body", "source_file", "byline"]
    readonly_fields = ["source_file", "checksum", "encoding", "layout", "original_text", "imported_at", "updated_at",
                       "staff_owned", "machine_translation_evidence"]  # fmt: skip
    exclude = ["staff_edited_fields"]
    actions = [reextract_selected]
    change_list_template = "admin/archive/article/change_list.html"

    def has_import_permission(self, request):
        return request.user.has_perm("archive.import_articles")

    def get_urls(self):
        upload = self.admin_site.admin_view(self.upload_view)
        return [path("upload/", upload, name="archive_article_upload"), *super().get_urls()]

    def upload_view(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None)
        results = None
        if request.method == "POST" and form.is_valid():
            results = import_uploads(form.cleaned_data["files"])
        if any(r.status in ("imported", "updated") for r in results):
            dumps.write_later()
        counts = Counter(r.status for r in results or [])
        return TemplateResponse(request, "admin/archive/article/upload.html", {
            **self.admin_site.each_context(request), "opts": Article._meta, "form": form, "results": results,
            "counts": counts, "title": _("Upload articles"),
        })  # fmt: skip
