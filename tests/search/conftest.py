"""The archive the search tests share: several segments, deletions."""

import subprocess
import sys

import pytest
from django.core.management import call_command

from archive.models import Article
from archive.search.indexing import index_articles
from tests.conftest import ROOT, SEEDS


@pytest.fixture
def archive(reference_data, tmp_path):
    """The seeds and 60 synthetic reports, then a re-index of some: deletions, several segments."""
    folder = tmp_path / "corpus"
    subprocess.run([sys.executable, "benchmarks/corpus.py", "--articles", "60", "--seed", "5", "--output", str(folder)],
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    call_command("import_articles", str(SEEDS), verbosity=0)
    call_command("import_articles", str(folder), verbosity=0)
    index_articles(Article.objects.order_by("pk").values_list("pk", flat=True)[:10])
