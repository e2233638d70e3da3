"""The map of meeting places in a real browser: a researcher goes home -> map -> a place -> its
meetings, and from a meeting page through its small map; axe at phone and desktop widths; keyboard."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from archive.models import Meeting
from tests.browser.test_pages_in_browser import shoot

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "locale": "vi-VN"}


def test_home_to_map_to_a_place_to_its_meetings(page, archive_site):
    page.goto(archive_site + "/")
    page.locator("main a[href='/map/']").click()
    expect(page).to_have_url(archive_site + "/map/")
    spot = page.locator("figure.world-map svg a").first
    expect(spot).to_be_visible()
    href = spot.get_attribute("href")
    spot.locator("circle").click()
    expect(page).to_have_url(archive_site + href)
    expect(page.locator("ul.meetings li").first).to_be_visible()


def test_meeting_page_shows_its_place_on_a_small_map(page, archive_site):
    meeting = Meeting.objects.get(venue="Điện Kremlin")
    page.goto(archive_site + meeting.get_absolute_url())
    small = page.locator("figure.place-map svg")
    expect(small).to_be_visible()
    assert small.bounding_box()["height"] > 50
    page.locator("figure.place-map svg").click()
    expect(page).to_have_url(archive_site + "/map/")


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_map_has_no_axe_violations_and_fits(browser, archive_site, width):
    context = browser.new_context(**PHONE) if width == "phone" else browser.new_context(
        locale="vi-VN", viewport={"width": 1200, "height": 900}
    )  # fmt: skip
    page = context.new_page()
    failures = {}
    meeting = Meeting.objects.get(venue="Điện Kremlin").get_absolute_url()
    for name, path in {
        "map": "/map/",
        "map-filtered": "/map/?from=2010&to=2020",
        "meeting": meeting,
    }.items():
        page.goto(archive_site + path)
        results = Axe().run(page)
        if results.violations_count:
            failures[name] = results.generate_report()
        overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, name
    page.goto(archive_site + "/map/")
    shoot(page, "phone-map" if width == "phone" else "map")
    context.close()
    assert not failures, "\n\n".join(f"== {name}\n{report}" for name, report in failures.items())


def test_keyboard_filters_years_and_follows_a_place(page, archive_site):
    page.goto(archive_site + "/map/")
    page.locator("#m-from").focus()
    page.keyboard.type("2000")
    page.keyboard.press("Tab")
    page.keyboard.type("2030")
    page.keyboard.press("Enter")
    expect(page).to_have_url(archive_site + "/map/?from=2000&to=2030")
    page.keyboard.press("Tab")  # skip link, then on through the page to the first place on the map
    for _ in range(40):
        if page.evaluate("document.activeElement.closest('figure.world-map svg') !== null"):
            break
        page.keyboard.press("Tab")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert href and href.startswith("/meetings/?")
    page.keyboard.press("Enter")
    expect(page).to_have_url(archive_site + href)
