"""Vietnamese by default, English complete; permalinks do not change with the language."""

import os
import shutil
import subprocess
import sys

import polib
import pytest
from django.conf import settings

from tests.conftest import ROOT

pytestmark = pytest.mark.django_db


def test_vietnamese_is_the_default(client):
    page = client.get("/about/").content.decode()
    assert '<html lang="vi">' in page
    assert "Giới thiệu" in page or "Kho lưu trữ" in page


def test_english_on_request_same_address(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/about/"})
    assert (response.status_code, response["Location"]) == (302, "/about/")
    page = client.get("/about/").content.decode()
    assert '<html lang="en">' in page and "About the archive" in page


def test_the_vietnamese_catalogue_is_complete():
    catalogue = polib.pofile(str(ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po"))
    assert catalogue.percent_translated() == 100
    assert not catalogue.fuzzy_entries()
    assert settings.LANGUAGE_CODE == "vi"


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path):
    """makemessages on a copy of the code: a string added without translating it fails here."""
    for part in ("archive", "diplomacy", "templates", "locale"):
        shutil.copytree(
            ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
        )
    shutil.copy(ROOT / "manage.py", tmp_path)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "diplomacy.settings", "DATA_DIR": str(tmp_path)}
    command = [sys.executable, "manage.py", "makemessages", "-l", "vi", "-v0"]
    subprocess.run(command, cwd=tmp_path, env=env, check=True)
    catalogue = polib.pofile(str(tmp_path / "locale" / "vi" / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
    assert missing == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("vi", ["năm 2011", "tháng 4/2011", "28/6/2011", "28/6/2011–1/7/2011"]),
        ("en", ["2011", "April 2011", "28 June 2011", "28 June 2011 – 1 July 2011"]),
    ],
)
def test_dates_read_naturally_in_each_language(language, expected):
    """`tháng 4/2011` and `April 2011`, never `month 4/2011`: each precision as people write it."""
    from datetime import date

    from django.utils import translation

    from archive.models import Meeting
    from archive.templatetags.archive_tags import honest_date

    meetings = [
        Meeting(date=date(2011, 1, 1), date_precision="year"),
        Meeting(date=date(2011, 4, 1), date_precision="month"),
        Meeting(date=date(2011, 6, 28)),
        Meeting(date=date(2011, 6, 28), end_date=date(2011, 7, 1)),
    ]
    with translation.override(language):
        assert [honest_date(m) for m in meetings] == expected


def test_search_results_give_their_meetings_dates_and_kinds_in_the_pages_language(client, seeded):
    """`29/6/2017 · hội đàm`, not the index's `2017-06-29 · talks`."""
    page = client.get("/search/", {"q": "Putin"}).content.decode()
    assert "29/6/2017 · hội đàm" in page and "· talks" not in page
    client.cookies["django_language"] = "en"
    page = client.get("/search/", {"q": "Putin"}).content.decode()
    assert "29 June 2017 · talks" in page
