from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404

from archive.citations.embedded import highwire
from archive.citations.sources import article_source, chicago_text
from archive.ingest.paragraphs import paragraphs
from archive.models import Article
from archive.records.originals import original_path
from archive.search import more_like_this
from archive.serializers import article_data, meeting_summary
from archive.sharing import article_meta
from archive.views.common import canonical_redirect
from archive.views.responses import attachment, citation_download, respond


def article_detail(request, pk, slug):
    article = get_object_or_404(
        Article.objects.prefetch_related("meetings__participations__leader"), pk=pk
    )
    if response := canonical_redirect(article, slug):
        return response
    source = article_source(article, request)
    if response := citation_download(request, source, f"article-{article.pk}"):
        return response
    context = {
        "article": article,
        "paragraphs": paragraphs(article.body),
        "meetings": article.meetings.all(),
        "similar": more_like_this([article]),
        "citation": chicago_text(source),
        "meta": {**article_meta(article, request), "citation": highwire(source)},
    }
    return respond(request, "archive/article_detail.html", context, lambda: {
        **article_data(article, full_text=True),
        "paragraphs": context["paragraphs"],
        "meetings": [meeting_summary(m) for m in article.meetings.all()],
        "citation": context["citation"],
    })  # fmt: skip


def article_original(request, pk, slug):
    """The file exactly as it was imported (bytes), or the decoded text for older imports."""
    article = get_object_or_404(Article, pk=pk)
    path = original_path(article.original_file)
    filename = article.source_file.rsplit("/", 1)[-1] or f"article-{article.pk}.txt"
    if path is not None:
        return FileResponse(
            path.open("rb"), as_attachment=True, filename=filename, content_type="text/plain"
        )
    if not article.original_text:
        raise Http404
    return attachment(
        HttpResponse(article.original_text, content_type="text/plain; charset=utf-8"), filename
    )
