"""Vietnamese by default, English complete; permalinks do not change with the language."""

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
