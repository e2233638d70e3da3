"""Hostile and heavy input: a clear answer, never a 500 or a stack trace, nothing written outside
DATA_DIR."""

import contextlib
import gzip
import io
import tarfile
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from archive.models import Article

pytestmark = pytest.mark.django_db

NESTED = "(" * 200 + "Putin" + ")" * 200
HOSTILE_QUERIES = [
    pytest.param({"q": "Putin " * 2000}, id="very-long"),
    pytest.param({"q": NESTED}, id="deeply-nested"),
    pytest.param({"q": "((a OR (b OR (c OR (d OR (e OR (f OR g)))))))" * 5}, id="nested-or"),
    pytest.param(
        {"q": " ".join(f"{chr(97 + i % 26)}{chr(97 + i // 26)}*" for i in range(300))},
        id="many-wildcards",
    ),
    pytest.param({"q": "*Putin"}, id="leading-star"),
    pytest.param({"q": "*"}, id="only-star"),
    pytest.param({"q": "Putin\x00\x01\x1b\u202e"}, id="control-characters"),
    pytest.param({"q": "Putin", "page": str(10**9)}, id="page-10^9"),
    pytest.param({"q": "Putin", "page": "-3"}, id="negative-page"),
    pytest.param(
        {"q": "Putin", "leader": "99999", "year": "abc", "kind": "<script>", "mt": "2"},
        id="unknown-facets",
    ),
    pytest.param({"q": "Putin", "from": "99999-99", "to": "x"}, id="bad-dates"),
    pytest.param({"q": "Putin", "sort": "drop table"}, id="bad-sort"),
    pytest.param({"q": '"' * 101}, id="quotes"),
    pytest.param({"q": "leader: kind: year: agreement:"}, id="empty-filters"),
]


@pytest.mark.parametrize("params", HOSTILE_QUERIES)
@pytest.mark.parametrize("output", ["html", "json", "csv"])
def test_hostile_queries_get_an_answer_not_a_500(seeded, params, output):
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="en")
    response = client.get("/search/", {**params, "format": output})
    assert response.status_code in (200, 400)
    body = response.content.decode("utf-8", errors="replace")
    assert "Traceback" not in body and "<script>" not in body


@pytest.mark.parametrize(
    "raw", ["/search/?q=%ff%fe%fd", "/search/?q=%C3%28", "/search/?page=%00", "/search/?q=%E2%80"]
)
def test_invalid_utf8_in_the_url(seeded, raw):
    response = Client(raise_request_exception=False).get(raw)
    assert response.status_code in (200, 400)


def import_one(path):
    with contextlib.suppress(CommandError):  # exit status 1: some file was refused
        call_command("import_articles", str(path), verbosity=0)


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def test_a_zip_bomb_is_refused_without_unpacking(reference_data, inbox, capsys):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bomb.txt", b"0" * 50_000_000)  # 50 MB of zeros compress to ~50 KB
    (inbox / "report.txt").write_bytes(buffer.getvalue())
    (inbox / "report2.txt").write_bytes(gzip.compress(b"0" * 50_000_000))
    import_one(inbox)
    err = capsys.readouterr().err
    assert "report.txt: not a text file: it is a ZIP archive" in err
    assert "report2.txt: not a text file: it is a gzip archive" in err
    assert not Article.objects.exists()


def test_a_200_mb_file_is_refused_with_a_reason(reference_data, inbox, capsys):
    huge = inbox / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: nothing is written, but its size is 200 MB
    import_one(huge)
    assert "huge.txt: too large: 209.7 MB" in capsys.readouterr().err


def test_path_traversal_in_file_names_never_writes_outside_data_dir(
    reference_data, tmp_path_factory, settings
):
    outside = tmp_path_factory.mktemp("outside")
    nested = outside / "inbox" / "a" / "b"
    nested.mkdir(parents=True)
    from tests.conftest import seed_path

    (nested / "doc.txt").write_bytes(seed_path("000").read_bytes())
    before = sorted(p.relative_to(outside) for p in outside.rglob("*"))
    call_command("import_articles", str(outside / "inbox" / "a" / ".." / "a"), verbosity=0)
    article = Article.objects.get()
    assert article.source_file == "b/doc.txt"
    stored = settings.DATA_DIR / "originals" / article.original_file
    assert stored.resolve().is_relative_to(settings.DATA_DIR.resolve())
    assert sorted(p.relative_to(outside) for p in outside.rglob("*")) == before


def test_a_backup_with_a_traversing_member_is_refused(db, tmp_path):
    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as archive:
        data = b"owned"
        info = tarfile.TarInfo("../../escaped.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    with pytest.raises(CommandError, match="unsafe or damaged backup"):
        call_command("restore", str(evil))
    assert not (tmp_path.parent / "escaped.txt").exists()
