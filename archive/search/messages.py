"""What search errors and query notices say to the reader, in the reader's language."""

from django.utils.translation import gettext as _


def message(code: str, detail: str = "") -> str:
    """The words for an error or notice code of a search (service.py, parser.py); `detail` fills
    in the number, operator or name the code is about."""
    messages = {
        "empty": _("Type words to search, or choose a filter."),
        "nothing_to_search": _("Nothing to search for: the query has no words. Try a name, a place or a topic."),
        "page_out_of_range": _("That page does not exist for this search."),
        "index_unavailable": _("Search is unavailable right now: the search index is missing or damaged. Staff can repair it with `manage.py rebuild_index --noinput`."),
        "truncated": _("Your query was shortened to its first %(n)s characters.") % {"n": detail},
        "control_chars": _("Invisible control characters were removed from your query."),
        "unclosed_quote": _("A quotation mark was not closed; the phrase runs to the end of the query."),
        "unclosed_paren": _("A parenthesis was not closed; it was closed at the end of the query."),
        "stray_paren": _("A closing parenthesis without an opening one was ignored."),
        "stray_operator": _("The operator %(op)s had nothing to apply to and was ignored.") % {"op": detail},
        "unknown_field": _("There is no filter called “%(name)s:”; those words were searched as text. Filters: leader:, kind:, year:, agreement:, country:.") % {"name": detail},
        "unknown_filter_value": _("Nothing in the archive matches the filter %(f)s.") % {"f": detail},
        "too_many_terms": _("Only the first %(n)s terms of your query were used.") % {"n": detail},
        "prefix_too_short": _("“%(p)s*” is too short for a prefix search; type at least two letters.") % {"p": detail},
        "prefix_too_broad": _("“%(p)s*” matches too many words; only the first 200 were searched.") % {"p": detail},
        "timeout": _("The search took too long and was stopped; the results may be incomplete."),
    }  # fmt: skip
    return messages.get(code, code)
