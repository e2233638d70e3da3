import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_typeahead_offers_leader_names(page, archive_site):
    page.goto(archive_site + "/")
    page.fill("#site-q", "tru")
    options = page.locator("#site-q-suggestions option")
    expect(options.first).to_have_attribute("value", re.compile(r"^Trương"))
    assert "Trương Tấn Sang" in [
        options.nth(i).get_attribute("value") for i in range(options.count())
    ]


def test_search_facet_and_removable_chip(page, archive_site):
    page.goto(archive_site + "/")
    page.fill("#site-q", "Putin")
    page.press("#site-q", "Enter")
    expect(page.locator(".result")).to_have_count(4)
    expect(page.locator(".snippet mark").first).to_have_text("Putin")
    page.get_by_role("link", name="Trương Tấn Sang").first.click()
    expect(page.locator(".result")).to_have_count(2)
    chip = page.locator(".chips a")
    expect(chip).to_contain_text("Trương Tấn Sang")
    chip.click()
    expect(page.locator(".result")).to_have_count(4)
    assert "leader=" not in page.url


def test_did_you_mean_link_runs_the_corrected_search(page, archive_site):
    page.goto(archive_site + "/search/?q=Truong+Tan+Sag")
    page.locator(".suggestion a").click()
    expect(page.locator(".result")).to_have_count(2)
