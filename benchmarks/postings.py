"""Postings of the search index per field: what each indexed field costs.

    .venv/bin/python benchmarks/postings.py --data-dir DIR

A posting is one term in one document: a field's postings are the sum of its terms' document
frequencies, read through Whoosh's reader over every segment of the live index generation
(deleted documents included, as they stay on disk until a merge). Writing the index costs about
the same per posting, so the share of a field is about its share of indexing time. DIR is only
read.
"""

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def postings_per_field(reader) -> Counter:
    counts = Counter()
    for segment, _ in reader.leaf_readers():
        for (field, _), info in segment:
            counts[field] += info.doc_frequency()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    os.environ.update(
        DATA_DIR=str(args.data_dir.resolve()), DJANGO_SETTINGS_MODULE="diplomacy.settings"
    )
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from archive.search import searcher
    from benchmarks.bench import disk_mb

    reader = searcher().reader()
    counts, documents = postings_per_field(reader), reader.doc_count_all()
    total = sum(counts.values())
    index_dir = (args.data_dir / "whoosh_index").resolve()
    print(f"{documents} documents ({reader.doc_count()} live), index {disk_mb(index_dir):.0f} MB")
    print(f"{'field':<24}{'postings':>12}{'per report':>12}{'share':>8}")
    for field, n in counts.most_common():
        print(f"{field:<24}{n:>12,}{n / documents:>12.1f}{n / total:>8.1%}")
    print(f"{'all':<24}{total:>12,}{total / documents:>12.1f}")


if __name__ == "__main__":
    main()
