"""The gazetteer: cities and venues with every spelling reports use, and what the archive knows
of countries beyond CLDR (other names, capital, successor). The importer reads them at the next
import or re-extraction."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from archive.extract.countries import country_name
from archive.models import Country, CountryName, Place, PlaceName


class PlaceNameInline(admin.TabularInline):
    model = PlaceName
    extra = 1


@admin.register(Place)
class PlaceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "city", "spellings"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "names__name"]
    inlines = [PlaceNameInline]
    fields = ["name", "kind", "country", "city", "country_follows", ("latitude", "longitude")]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("names")

    @admin.display(description=_("spellings"))
    def spellings(self, obj) -> str:
        return ", ".join(n.name for n in obj.names.all())


class CountryNameInline(admin.TabularInline):
    model = CountryName
    extra = 1


@admin.register(Country)
class CountryAdmin(SimpleHistoryAdmin):
    list_display = ["code", "cldr_name", "capital", "relations_since", "successor", "until"]
    search_fields = ["code", "names__name", "capital"]
    inlines = [CountryNameInline]

    @admin.display(description=_("name (CLDR)"))
    def cldr_name(self, obj) -> str:
        return country_name(obj.code)
