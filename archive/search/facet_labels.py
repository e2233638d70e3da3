"""Facet values as the pages show them: labelled (a leader's name for its id) and ordered."""

from django.utils.translation import gettext as _

from archive.models import Agreement, Leader, Meeting

from .facets import FACETS


def labelled_facets(counts: dict[str, dict[str, int]]) -> dict[str, list[tuple[str, str, int]]]:
    """(value, label, count) of every facet, the most frequent first (years in order)."""
    labels = _facet_labels(counts)
    return {
        name: sorted(
            (
                (value, labels[name].get(value, value), count)
                for value, count in counts[name].items()
                if value
            ),
            key=lambda item: (-item[2], item[1]) if name != "years" else (item[0],),
        )
        for name in FACETS
    }


def _facet_labels(counts) -> dict[str, dict[str, str]]:
    leader_ids = [v for v in counts["leaders"] if v and v.isdigit()]
    agreement_ids = [v for v in counts["agreements"] if v and v.isdigit()]
    return {
        "leaders": {
            str(pk): name
            for pk, name in Leader.objects.filter(pk__in=leader_ids).values_list("pk", "name")
        },
        "agreements": {
            str(pk): t
            for pk, t in Agreement.objects.filter(pk__in=agreement_ids).values_list("pk", "title")
        },
        "kinds": {k.value: str(k.label) for k in Meeting.Kind},
        "years": {},
        "countries": {"VN": _("Vietnam"), "RU": _("Russia")},
        "machine_translated": {"1": _("machine translated"), "0": _("not machine translated")},
    }
