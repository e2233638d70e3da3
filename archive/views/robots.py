"""robots.txt: crawl the permalinks and lists; leave out search results, the admin, the
language switch and the `?format=` twins of pages (the same records as data)."""

from django.http import HttpResponse
from django.urls import reverse


def robots_txt(request):
    rules = [
        "User-agent: *",
        f"Disallow: {reverse('archive:search')}",  # result pages, their feeds and the typeahead
        f"Disallow: {reverse('admin:index')}",  # wherever settings.ADMIN_URL puts it
        "Disallow: /i18n/",  # the language switch (diplomacy/urls.py)
        "Disallow: /*?format=",  # `*` is understood by the major crawlers, not by every parser
        "Disallow: /*&format=",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('archive:sitemap'))}",
    ]
    return HttpResponse("\n".join(rules) + "\n", content_type="text/plain; charset=utf-8")
