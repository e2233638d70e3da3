"""benchmarks/postings.py: what each field of the index costs in postings."""

from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from benchmarks.postings import postings_per_field


def test_a_posting_is_a_term_in_a_document_summed_over_the_segments():
    index = RamStorage().create_index(Schema(id=ID(unique=True), body=TEXT))
    for documents in ([("1", "nga nga việt"), ("2", "việt hợp")], [("3", "nga")]):
        writer = index.writer()
        for number, body in documents:
            writer.add_document(id=number, body=body)
        writer.commit(merge=False)  # two segments
    with index.reader() as reader:
        assert len(list(reader.leaf_readers())) == 2
        assert postings_per_field(reader) == {"id": 3, "body": 5}  # nga 2, việt 2, hợp 1
