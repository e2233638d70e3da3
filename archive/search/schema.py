"""The search document of an article: its text plus what the records know about it."""

import hashlib
import json

from haystack import indexes

from archive.models import Article
from archive.records.segmentation import segmented_article

from .analysis import (
    FoldedSyllablePairAnalyzer,
    FoldedVietnameseAnalyzer,
    SyllablePairAnalyzer,
    VietnameseAnalyzer,
)
from .documents import article_document

RECORDS_WEIGHT = 0.5  # a name known from the records counts less than the same name in the text


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, analyzer=VietnameseAnalyzer())
    text_folded = indexes.CharField(analyzer=FoldedVietnameseAnalyzer())
    records = indexes.CharField(analyzer=VietnameseAnalyzer(), boost=RECORDS_WEIGHT)
    records_folded = indexes.CharField(analyzer=FoldedVietnameseAnalyzer(), boost=RECORDS_WEIGHT)
    # Adjacent syllables as terms: a phrase becomes term lookups instead of position checks.
    text_pairs = indexes.CharField(analyzer=SyllablePairAnalyzer())
    text_pairs_folded = indexes.CharField(analyzer=FoldedSyllablePairAnalyzer())
    records_pairs = indexes.CharField(analyzer=SyllablePairAnalyzer(), boost=RECORDS_WEIGHT)
    records_pairs_folded = indexes.CharField(
        analyzer=FoldedSyllablePairAnalyzer(), boost=RECORDS_WEIGHT
    )
    title = indexes.CharField(model_attr="title", indexed=False)
    source_file = indexes.CharField(model_attr="source_file", indexed=False)
    url = indexes.CharField(model_attr="get_absolute_url", indexed=False)
    meetings_json = indexes.CharField(indexed=False)
    leaders = indexes.MultiValueField()
    agreements = indexes.MultiValueField()
    years = indexes.MultiValueField()
    kinds = indexes.MultiValueField()
    countries = indexes.MultiValueField()
    machine_translated = indexes.MultiValueField()
    fingerprint = indexes.CharField(indexed=False)  # lets check_index find stale documents
    date_from = indexes.IntegerField()
    date_to = indexes.IntegerField()

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.for_index()

    def prepare(self, obj):
        data = super().prepare(obj)
        document = article_document(obj)
        segmented = segmented_article(obj)
        data.update(
            text=segmented,
            text_folded=segmented,
            text_pairs=segmented,
            text_pairs_folded=segmented,
            records=document.records_segmented,
            records_folded=document.records_segmented,
            records_pairs=document.records_segmented,
            records_pairs_folded=document.records_segmented,
            meetings_json=document.meetings_json,
            leaders=document.leaders,
            agreements=document.agreements,
            years=document.years,
            kinds=document.kinds,
            countries=document.countries,
            machine_translated=["1" if obj.machine_translated else "0"],
            date_from=document.date_from,
            date_to=document.date_to,
        )
        data["fingerprint"] = document_fingerprint(data)
        return data


def document_fingerprint(data: dict) -> str:
    content = {k: v for k, v in data.items() if k != "fingerprint"}
    return hashlib.sha1(
        json.dumps(content, sort_keys=True, default=str).encode("utf-8")
    ).hexdigest()
