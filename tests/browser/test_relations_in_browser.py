"""A researcher reaches a pair's chronology from a meeting and from the home page, follows a year
to its meetings, by mouse and by keyboard; axe-core finds nothing at phone and desktop widths."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from archive.models import Meeting
from tests.browser.test_pages_in_browser import shoot

pytestmark = pytest.mark.django_db(transaction=True)

CHRONOLOGY = re.compile(r"/relations/vn-ru/$")


def test_from_a_meeting_to_the_chronology_to_a_years_meetings(page, archive_site):
    meeting = Meeting.objects.get(venue="Điện Kremlin")
    page.goto(archive_site + meeting.get_absolute_url())
    page.get_by_role("link", name=re.compile("Biên niên quan hệ Việt Nam")).click()
    expect(page).to_have_url(CHRONOLOGY)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nga")
    levels = page.locator(".relations-levels li strong")  # read from the reports at import
    expect(levels.first).to_have_text("Đối tác chiến lược toàn diện")
    year = meeting.date.year
    page.locator(f'svg a[href$="pair=vn-ru&year={year}"]').click()
    expect(page).to_have_url(re.compile(rf"/meetings/\?pair=vn-ru&year={year}$"))
    expect(page.locator(f'a[href="{meeting.get_absolute_url()}"]').first).to_be_visible()


def test_from_home_through_the_index_to_the_pair(page, archive_site):
    page.goto(archive_site + "/")
    page.get_by_role("navigation").get_by_role("link", name="Quan hệ", exact=True).click()
    expect(page).to_have_url(re.compile(r"/relations/$"))
    page.get_by_role("link", name="Việt Nam – Nga", exact=True).click()
    expect(page).to_have_url(CHRONOLOGY)


@pytest.mark.parametrize(
    "name, viewport, mobile",
    [
        ("relations", {"width": 1200, "height": 900}, False),
        ("phone-relations", {"width": 390, "height": 844}, True),
    ],
)
def test_no_axe_violations_and_no_sideways_scrolling(browser, archive_site, name, viewport, mobile):
    context = browser.new_context(viewport=viewport, is_mobile=mobile, locale="vi-VN")
    page = context.new_page()
    refused = []
    page.on(
        "console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None
    )
    try:
        for path in ["/relations/vn-ru/", "/relations/"]:
            page.goto(archive_site + path)
            results = Axe().run(page)
            assert not results.violations_count, results.generate_report()
            assert page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth") <= 0
        page.goto(archive_site + "/relations/vn-ru/")
        page.locator("details.relations-years summary").click()
        assert not Axe().run(page).violations_count
        shoot(page, name)
    finally:
        context.close()
    assert not refused


def test_keyboard_only(page, archive_site):
    meeting = Meeting.objects.get(venue="Điện Kremlin")
    page.goto(archive_site + meeting.get_absolute_url())
    _tab_to(page, "/relations/vn-ru/")
    page.keyboard.press("Enter")
    expect(page).to_have_url(CHRONOLOGY)
    _tab_to(page, f"pair=vn-ru&year={meeting.date.year}")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/meetings/\?pair=vn-ru&year={meeting.date.year}$"))


def _tab_to(page, href_end: str, most: int = 150) -> None:
    for _ in range(most):
        page.keyboard.press("Tab")
        href = page.evaluate(
            "(document.activeElement.getAttribute('href') || document.activeElement.getAttribute('xlink:href') || '')"
        )
        if href.endswith(href_end):
            return
    raise AssertionError(f"Tab never reached a link to …{href_end}")
