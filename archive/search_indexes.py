"""The search document of an article: its text plus what the records know about it."""

from haystack import indexes

from archive.models import Article
from archive.search.analysis import FoldedVietnameseAnalyzer, VietnameseAnalyzer, segment
from archive.search.documents import article_document


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, analyzer=VietnameseAnalyzer())
    text_folded = indexes.CharField(analyzer=FoldedVietnameseAnalyzer())
    title = indexes.CharField(model_attr="title", indexed=False)
    leaders = indexes.MultiValueField()
    years = indexes.MultiValueField()
    kinds = indexes.MultiValueField()
    countries = indexes.MultiValueField()
    agreements = indexes.MultiValueField()
    meeting_ids = indexes.MultiValueField()
    machine_translated = indexes.BooleanField(model_attr="machine_translated")

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.for_index()

    def prepare(self, obj):
        data = super().prepare(obj)
        document = article_document(obj)
        segmented = " ".join(
            [obj.segmented_text or segment(obj.search_source()), segment(document.records_text)]
        )
        data.update(
            text=segmented,
            text_folded=segmented,
            leaders=document.leaders,
            years=document.years,
            kinds=document.kinds,
            countries=document.countries,
            agreements=document.agreements,
            meeting_ids=document.meeting_ids,
        )
        return data
