"""Median server time per page type on an archive of synthetic meetings.

    .venv/bin/python benchmarks/page_timings.py [--articles 1000 | --corpus fixtures/articles] [--data-dir DIR]

Imports `--articles` synthetic reports (about one meeting each), or the documents of `--corpus`
(the bundled archive: `--corpus fixtures/articles`), into a fresh archive unless `--data-dir`
already holds one, then times each page type in-process (Django's test client),
with the static About page as the baseline measured in the same run.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--corpus", help="a folder of documents to import instead of synthetic ones"
    )
    parser.add_argument("--data-dir")
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args()
    os.environ["DATA_DIR"] = args.data_dir or tempfile.mkdtemp(prefix="bench-pages-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diplomacy.settings")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db.models import Count
    from django.test import Client

    from archive.models import Agreement, Article, Leader, Meeting

    call_command("migrate", verbosity=0)
    if not Article.objects.exists():
        if args.corpus:
            corpus = Path(args.corpus)
        else:
            corpus = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), "--articles", str(args.articles),
                            "--seed", "7", "--output", str(corpus)], check=True, capture_output=True)  # fmt: skip
        call_command("load_reference_data", verbosity=0)
        call_command("import_articles", str(corpus), verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    rng = random.Random(1)
    meetings = list(Meeting.objects.all())
    leaders = list(Leader.objects.filter(participations__isnull=False).distinct())
    articles = list(Article.objects.all())
    agreements = list(Agreement.objects.filter(meeting_links__isnull=False).distinct())
    compared = list(Meeting.objects.annotate(reports=Count("articles")).filter(reports__gte=2))
    pages = {
        "about (baseline)": lambda: "/about/",
        "home": lambda: "/",
        "meetings": lambda: "/meetings/",
        "meetings list": lambda: "/meetings/?page=2",
        "meetings filtered": lambda: f"/meetings/?year={rng.choice(meetings).date.year}&sort=-date",
        "meetings year+RU": lambda: f"/meetings/?year={rng.choice(meetings).date.year}&country=RU",
        "timeline": lambda: "/meetings/?view=timeline",
        "meeting": lambda: rng.choice(meetings).get_absolute_url(),
        "meeting json": lambda: rng.choice(meetings).get_absolute_url() + "?format=json",
        "leaders": lambda: "/leaders/",
        "leader": lambda: rng.choice(leaders).get_absolute_url(),
        "network": lambda: "/network/",
        "agreements": lambda: "/agreements/",
        "agreement": lambda: rng.choice(agreements).get_absolute_url(),
        "article": lambda: rng.choice(articles).get_absolute_url(),
        "map": lambda: "/map/",
        "map years": lambda: f"/map/?from={rng.choice(meetings).date.year}&to=2030",
        "relations": lambda: "/relations/",
        "relation vn-ru": lambda: "/relations/vn-ru/",
        "relation vn-ru json": lambda: "/relations/vn-ru/?format=json",
        "search": lambda: f"/search/?q={rng.choice(['Putin', 'hợp tác', 'Medvedev', 'kinh tế'])}",
        **(
            {"compare reports": lambda: rng.choice(compared).get_absolute_url() + "compare/"}
            if compared
            else {}
        ),
    }
    client = Client()
    for make_url in pages.values():  # warm caches, load pyvi
        client.get(make_url())
    print(
        f"{Meeting.objects.count()} meetings, {Article.objects.count()} articles, {len(leaders)} leaders"
    )
    if not compared:
        print("compare reports: no meeting has two reports here; not timed")
    print(f"{'page':<20}{'median ms':>10}{'p95 ms':>9}{'× about':>9}")
    baseline = None
    for name, make_url in pages.items():
        times = []
        for _ in range(args.samples):
            url = make_url()
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        median = statistics.median(times)
        baseline = baseline or median
        p95 = sorted(times)[int(0.95 * len(times)) - 1]
        print(f"{name:<20}{median:>10.1f}{p95:>9.1f}{median / baseline:>9.1f}")


if __name__ == "__main__":
    main()
