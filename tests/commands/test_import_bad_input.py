"""Bad input through `manage.py import_articles`: a clear reason per file, nothing else lost."""

import codecs
import unicodedata

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.models import Article, Meeting
from tests.conftest import seed_path
from tests.encodings import to_windows_1258

pytestmark = pytest.mark.django_db


def run_import(*paths, capsys):
    try:
        call_command("import_articles", *map(str, paths))
        status = 0
    except CommandError as error:
        status = error.returncode
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def test_failures_are_reported_by_name_and_do_not_stop_the_others(reference_data, inbox, capsys):
    (inbox / "a_empty.txt").write_bytes(b"")
    (inbox / "b_picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (inbox / "c_good.txt").write_bytes(seed_path("000").read_bytes())
    (inbox / "d_no_title.txt").write_text("hai bên " * 200, encoding="utf-8")
    (inbox / "e_good.txt").write_bytes(seed_path("002").read_bytes())
    status, out, err = run_import(inbox, capsys=capsys)
    assert status == 1
    assert "imported 2, unchanged 0, failed 3" in out
    assert "a_empty.txt: empty file" in err
    assert "b_picture.txt: not a text file: it is a PNG image" in err
    assert "d_no_title.txt: no recognizable title" in err
    assert set(Article.objects.values_list("source_file", flat=True)) == {
        "c_good.txt",
        "e_good.txt",
    }


def test_nfd_text_is_stored_as_nfc_and_is_the_same_document(reference_data, inbox, capsys):
    text = seed_path("000").read_text(encoding="utf-8")
    (inbox / "nfd.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert run_import(inbox / "nfd.txt", capsys=capsys)[0] == 0
    article = Article.objects.get()
    assert article.title == "Chủ tịch nước Trương Tấn Sang hội đàm với tổng thống Nga"
    assert article.original_text == unicodedata.normalize("NFD", text)  # kept as decoded
    assert article.meetings.get().participations.count() == 2
    status, out, _ = run_import(seed_path("000"), capsys=capsys)
    assert "imported 0, unchanged 1, failed 0" in out
    assert f"same text as article #{article.pk} (nfd.txt)" in out


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        pytest.param(lambda t: t.encode("utf-16"), "utf-16", id="utf-16-bom"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8", id="utf-8-bom"),
        pytest.param(to_windows_1258, "windows-1258", id="windows-1258"),
    ],
)
def test_other_encodings_import_like_utf8(reference_data, inbox, capsys, encode, encoding):
    text = seed_path("004").read_text(encoding="utf-8")
    (inbox / "doc.txt").write_bytes(encode(text))
    assert run_import(inbox, capsys=capsys)[0] == 0
    article = Article.objects.get()
    assert article.encoding == encoding
    assert article.title == "Việt Nam và Nga tiếp tục tăng cường hợp tác"
    assert {p.leader.name for m in article.meetings.all() for p in m.participations.all()} == {
        "Nguyễn Tấn Dũng",
        "Alexey Borodavkin",
        "Bùi Thanh Sơn",
    }


def test_a_copy_under_another_name_is_a_duplicate(reference_data, inbox, capsys):
    (inbox / "original.txt").write_bytes(seed_path("002").read_bytes())
    (inbox / "copy.txt").write_bytes(seed_path("002").read_bytes())
    status, out, _ = run_import(inbox, capsys=capsys)
    assert status == 0
    assert "imported 1, unchanged 1, failed 0" in out
    assert Article.objects.count() == 1 and Meeting.objects.count() == 1


def test_a_20_mb_file_is_refused_without_reading_it(reference_data, inbox, capsys):
    huge = inbox / "huge.txt"
    line = seed_path("002").read_bytes()
    with huge.open("wb") as f:
        while f.tell() < 20 * 1024 * 1024:
            f.write(line)
    (inbox / "small.txt").write_bytes(seed_path("001").read_bytes())
    status, out, err = run_import(inbox, capsys=capsys)
    assert status == 1
    assert "huge.txt: too large: 21.0 MB, the limit is 5.2 MB" in err
    assert "imported 1, unchanged 0, failed 1" in out


def test_a_missing_path_is_an_error_before_anything_is_imported(reference_data, inbox, capsys):
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("import_articles", str(inbox / "nope"))


def test_hidden_files_in_folders_are_skipped(reference_data, inbox, capsys):
    (inbox / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (inbox / "doc.txt").write_bytes(seed_path("000").read_bytes())
    status, out, _ = run_import(inbox, capsys=capsys)
    assert (status, Article.objects.count()) == (0, 1)
