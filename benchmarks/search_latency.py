"""Search latency through the archive's search layer, per query type, with ratios against raw
Whoosh term lookups on the same index measured in the same run.

    .venv/bin/python benchmarks/search_latency.py                       # the bundled documents
    .venv/bin/python benchmarks/search_latency.py --corpus /tmp/corpus --data-dir /tmp/bench10k

With --data-dir an archive imported earlier is reused (the import is skipped when it holds
articles already).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "term": ["Putin", "hợp tác", "Medvedev", "năng lượng"],
    "and": ["Putin hợp tác", "kinh tế thương mại", "Lavrov Nga"],
    "folded": ["truong tan sang", "hoa binh", "doi tac chien luoc"],
    "phrase": ['"đối tác chiến lược"', '"hòa bình"', '"Liên minh Kinh tế"'],
    "prefix": ["Medv*", "Borod*", "hợp*"],
    "name": ["Trương Tấn Sang", "Nguyễn Tấn Dũng", "Trần Đại Quang"],
    "boolean": ["Putin OR Medvedev", "Putin -Zhang", "(Putin OR Medvedev) hợp tác"],
    "filter": ["year:2015 hợp tác", "kind:talks Putin"],
}


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(fraction * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT / "fixtures" / "articles"))
    parser.add_argument("--data-dir")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    os.environ["DATA_DIR"] = args.data_dir or tempfile.mkdtemp(prefix="bench-search-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from whoosh import query as wq

    from archive.models import Article
    from archive.search import SearchRequest, search, searcher

    call_command("migrate", verbosity=0)
    if not Article.objects.exists():
        call_command("load_reference_data", verbosity=0)
        start = time.perf_counter()
        call_command("import_articles", args.corpus, verbosity=0)
        took = time.perf_counter() - start
        print(
            f"imported {Article.objects.count()} articles in {took:.0f} s ({Article.objects.count() / took:.1f}/s)"
        )
    s = searcher()
    baseline_terms = ["putin", "hợp", "nga", "kinh"]
    for word in baseline_terms:  # warm the caches the same way for both
        s.search(wq.Term("text", word), limit=20)
        search(SearchRequest(q=word))

    def timed(fn):
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1000

    baseline = [
        timed(lambda w=w: s.search(wq.Term("text", w), limit=20))
        for _ in range(args.repeat)
        for w in baseline_terms
    ]
    base_p95 = percentile(baseline, 0.95)
    print(
        f"{Article.objects.count()} articles; raw Whoosh term lookup p50 {statistics.median(baseline):.1f} ms, p95 {base_p95:.1f} ms (baseline)"
    )
    print(f"{'query type':<10}{'p50 ms':>9}{'p95 ms':>9}{'p95 / baseline':>16}  hits")
    for kind, queries in QUERIES.items():
        times, hits = [], []
        for _ in range(args.repeat):
            for q in queries:
                start = time.perf_counter()
                hits.append(search(SearchRequest(q=q)).count)
                times.append((time.perf_counter() - start) * 1000)
        p95 = percentile(times, 0.95)
        print(
            f"{kind:<10}{statistics.median(times):>9.1f}{p95:>9.1f}{p95 / base_p95:>16.1f}  {min(hits)}–{max(hits)}"
        )


if __name__ == "__main__":
    main()
