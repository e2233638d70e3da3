"""Every page type in a real browser: accessibility (axe-core), phone layout, keyboard, and the
reader's journey from the home page to a copied citation. Screenshots go to var/screenshots/."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from archive.models import Agreement, Article, Leader, Meeting
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = ROOT / "var" / "screenshots"


def page_paths():
    meeting = Meeting.objects.get(venue="Điện Kremlin")
    return {
        "home": "/",
        "meetings": "/meetings/",
        "timeline": "/meetings/?view=timeline",
        "meeting": meeting.get_absolute_url(),
        "leaders": "/leaders/",
        "leader": Leader.objects.get(name="Trương Tấn Sang").get_absolute_url(),
        "agreements": "/agreements/",
        "agreement": Agreement.objects.get(signed_date="2015-05-29").get_absolute_url(),
        "article": Article.objects.get(source_file__startswith="003").get_absolute_url(),
        "search": "/search/?q=Trương+Tấn+Sang",
        "about": "/about/",
        "not-found": "/no/such/page/",
    }


def shoot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


SCREENS = {
    "desktop": {"viewport": {"width": 1200, "height": 900}},
    "phone": {"viewport": {"width": 375, "height": 800}, "is_mobile": True, "has_touch": True},
}


@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_type_has_no_axe_violations_and_fits_the_screen(browser, archive_site, screen):
    page = browser.new_context(locale="vi-VN", **SCREENS[screen]).new_page()
    axe = Axe()
    failures, overflowing = {}, {}
    refused = []  # the Content-Security-Policy must not block anything the pages use
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    for name, path in page_paths().items():
        page.goto(archive_site + path)
        shoot(page, name if screen == "desktop" else f"phone-{name}")
        results = axe.run(page)
        if results.violations_count:
            failures[name] = results.generate_report()
        overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            overflowing[name] = overflow
    page.context.close()
    assert not failures, "\n\n".join(f"== {name}\n{report}" for name, report in failures.items())
    assert not overflowing, f"pages wider than the screen (px): {overflowing}"
    assert not refused


def test_keyboard_reaches_content_with_a_visible_focus(page, archive_site):
    page.goto(archive_site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused  # the skip link comes first
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.url.endswith("#content")


def test_reader_journey_from_home_to_a_copied_citation(browser, archive_site):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1200, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=archive_site)
    page = context.new_page()
    page.goto(archive_site + "/")
    expect(page.locator("h1")).to_be_visible()
    page.fill("#site-q", "Putin")
    page.press("#site-q", "Enter")
    expect(page.locator(".result")).to_have_count(4)
    page.locator(".facets a", has_text="2017").click()
    expect(page.locator(".result")).to_have_count(2)
    page.locator(".result .result-meta a").first.click()
    expect(page).to_have_url(re.compile(r"/meetings/\d+/[\w-]+/$"))
    permalink = page.locator('link[rel="canonical"]').get_attribute("href")
    page.goto(permalink)
    assert page.url == permalink
    heading_vi = page.locator("h1").inner_text()
    shoot(page, "journey-meeting-vi")
    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(permalink)  # the permalink does not change with the language
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Cite")).to_be_visible()
    page.get_by_role("button", name="Copy citation").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert permalink in copied and "Accessed" in copied
    shoot(page, "journey-meeting-en")
    page.get_by_role("button", name="Tiếng Việt").click()
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    assert page.locator("h1").inner_text() == heading_vi
    context.close()


def test_axe_does_report_a_violation_when_there_is_one(page, archive_site):
    """A control: zero violations above means something only if axe finds a planted one."""
    page.goto(archive_site + "/about/")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\">')"
    )
    results = Axe().run(page)
    assert "image-alt" in results.generate_report()


def test_pages_load_nothing_from_other_sites(page, archive_site):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for path in page_paths().values():
        page.goto(archive_site + path)
    outside = [
        url for url in requested if not url.startswith(archive_site) and not url.startswith("data:")
    ]
    assert not outside
