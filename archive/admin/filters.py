from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from archive.querysets import Year


def year_filter(lookup: str):
    """A list filter by year over a date field (`date`, `meetings__date`, `signed_date`)."""

    class YearFilter(admin.SimpleListFilter):
        title = _("year")
        parameter_name = "year"

        def lookups(self, request, model_admin):
            years = (
                model_admin.get_queryset(request).exclude(**{f"{lookup}__isnull": True})
                .annotate(y=Year(lookup)).values_list("y", flat=True).distinct().order_by("-y")
            )  # fmt: skip
            return [(str(y), str(y)) for y in years]

        def queryset(self, request, queryset):
            if self.value() and self.value().isdigit():
                return queryset.filter(**{f"{lookup}__year": int(self.value())}).distinct()
            return queryset

    return YearFilter
