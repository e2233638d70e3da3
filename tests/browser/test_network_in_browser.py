"""Who met whom in a real browser: a researcher goes from a leader's "Met with" to the meetings
they shared, and from the home page through the network to a leader; axe at phone and desktop
widths, and the same trip by keyboard alone."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from archive.models import Leader
from tests.browser.test_pages_in_browser import shoot

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "locale": "vi-VN"}
DESKTOP = {"viewport": {"width": 1200, "height": 900}, "locale": "vi-VN"}


def tab_to(page, selector: str, presses: int = 250) -> None:
    """Tab until the element `selector` matches has the focus (fails if it never does)."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_from_met_with_to_the_shared_meetings(page, archive_site):
    sang = Leader.objects.get(name="Trương Tấn Sang")
    putin = Leader.objects.get(name__contains="Putin")
    page.goto(archive_site + sang.get_absolute_url())
    met_with = page.locator("section", has=page.get_by_role("heading", name=re.compile("Đã gặp")))
    row = met_with.locator("tr", has=page.get_by_role("link", name=putin.name, exact=True))
    count = int(row.locator("td").nth(1).inner_text())
    row.locator("td").nth(1).get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/meetings/\?leader={sang.pk}&with={putin.pk}"))
    expect(page.locator("ul.meetings > li")).to_have_count(count)
    for card in page.locator("ul.meetings > li").all():
        expect(card).to_contain_text("Putin")
        expect(card).to_contain_text("Trương Tấn Sang")


def test_from_home_through_the_network_to_a_leader(page, archive_site):
    page.goto(archive_site + "/")
    page.locator("main").get_by_role("link", name="Ai gặp ai").click()
    expect(page).to_have_url(re.compile(r"/network/$"))
    expect(page.get_by_role("group", name="Mạng lưới các lãnh đạo đã gặp nhau")).to_be_visible()
    node = page.locator("svg.network a", has=page.locator("text", has_text="Putin"))
    node.click()
    expect(page.locator("h1")).to_contain_text("Putin")
    page.get_by_role("link", name="Xem mạng lưới").click()
    expect(page).to_have_url(re.compile(r"/network/$"))


def test_filters_stay_in_the_url(page, archive_site):
    page.goto(archive_site + "/network/")
    page.get_by_label("Từ năm").fill("2015")
    page.get_by_label("Quốc gia").fill("RU")
    page.get_by_role("button", name="Hiển thị").click()
    expect(page).to_have_url(re.compile(r"from=2015.*country=RU"))
    expect(page.get_by_label("Từ năm")).to_have_value("2015")


@pytest.mark.parametrize("width, options", [("phone", PHONE), ("desktop", DESKTOP)])
def test_no_axe_violations_and_no_sideways_scrolling(browser, archive_site, width, options):
    context = browser.new_context(**options)
    page = context.new_page()
    sang = Leader.objects.get(name="Trương Tấn Sang")
    failures = {}
    for name, path in {"network": "/network/", "leader": sang.get_absolute_url()}.items():
        page.goto(archive_site + path)
        results = Axe().run(page)
        if results.violations_count:
            failures[name] = results.generate_report()
        overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, name
    page.goto(archive_site + "/network/")
    shoot(page, "phone-network" if width == "phone" else "network")
    context.close()
    assert not failures, "\n\n".join(f"== {n}\n{report}" for n, report in failures.items())


def test_the_whole_trip_by_keyboard(page, archive_site):
    page.goto(archive_site + "/")
    tab_to(page, 'nav a[href="/network/"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/network/$"))
    tab_to(page, "svg.network a")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/leaders/\d+/"))
    tab_to(page, "table.met-with a[href*='with=']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/meetings/\?leader=\d+&with=\d+"))
    expect(page.locator("ul.meetings > li").first).to_be_visible()
