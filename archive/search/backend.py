"""haystack's Whoosh engine with the schema this archive needs.

haystack stores every text field and makes it sortable; our analysed fields are neither (the
database holds the text), facet fields hold record ids, and display data is stored only.
"""

from haystack import connections
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from whoosh.fields import KEYWORD, NUMERIC, STORED, TEXT
from whoosh.index import create_in

from archive.search.store import ensure_layout


class ArchiveWhooshBackend(WhooshSearchBackend):
    def setup(self):
        if self.use_file_storage:
            ensure_layout(self._create_empty)
        super().setup()

    def _create_empty(self, directory) -> None:
        fields = connections[self.connection_alias].get_unified_index().all_searchfields()
        create_in(str(directory), self.build_schema(fields)[1])

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for field in fields.values():
            name = field.index_fieldname
            if field.analyzer is not None:
                replacement = TEXT(
                    analyzer=field.analyzer, stored=False, phrase=True, field_boost=field.boost
                )
            elif not field.indexed:
                replacement = STORED()
            elif field.field_type == "integer":
                replacement = NUMERIC(numtype=int, bits=32, stored=True, sortable=True)
            elif field.is_multivalued:
                replacement = KEYWORD(stored=True, commas=True, scorable=False)
            else:
                continue
            schema.remove(name)
            schema.add(name, replacement)
        return content_field_name, schema


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend
