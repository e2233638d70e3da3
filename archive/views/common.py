"""What every page shares: canonical permalinks, merged records' old ids, pagination."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect

LIST_PAGE_SIZE = 50


def canonical_redirect(obj, slug):
    """A wrong or old slug answers 301 to the permalink."""
    return redirect(obj.get_absolute_url(), permanent=True) if slug != obj.slug else None


def merged_redirect(redirects, pk):
    """The old id of a merged record answers 301 to the record that absorbed it; else 404.
    `redirects` is a Redirect model (archive/models/redirects.py)."""
    moved = get_object_or_404(redirects.objects.select_related(redirects.target_field), old_id=pk)
    return redirect(moved.target.get_absolute_url(), permanent=True)


def page_of(request, items, size: int = LIST_PAGE_SIZE, count: int | None = None):
    """The request's page of `items`; `count`, when already known, spares counting them."""
    paginator = Paginator(items, size)
    if count is not None:
        paginator.count = count  # a cached_property: set, it is not computed
    return paginator.get_page(request.GET.get("page"))
