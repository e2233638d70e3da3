"""The search page as a new reader meets it on a phone and at a desk: one search box, the results
before the filters, the filters behind one button that counts the active ones, axe-clean and
usable with the keyboard alone at both widths."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_pages_in_browser import shoot

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1200, "height": 900}}


@pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def screen(request, browser):
    context = browser.new_context(locale="vi-VN", **request.param)
    yield context.new_page(), request.param is PHONE
    context.close()


def _axe_violations(page) -> str:
    results = Axe().run(page)
    return results.generate_report() if results.violations_count else ""


def test_one_search_box_and_results_before_the_filters_on_a_phone(browser, archive_site):
    context = browser.new_context(locale="vi-VN", **PHONE)
    page = context.new_page()
    page.goto(archive_site + "/search/?q=Putin")
    expect(page.locator("input[type=search]")).to_have_count(1)
    refine = page.locator("details.refine")
    expect(refine).not_to_have_attribute("open", "")
    expect(page.locator(".facets")).to_be_hidden()
    first_result = page.locator(".result").first.bounding_box()
    assert first_result["y"] < 844, "the first result is on the first screen"
    assert page.locator(".refine summary").bounding_box()["height"] < 60
    expect(page.locator(".active-count")).to_have_count(0)
    shoot(page, "phone-search")
    assert not _axe_violations(page)

    page.locator(".refine summary").click()
    expect(page.locator(".facets")).to_be_visible()
    assert not _axe_violations(page)
    page.locator(".facets a", has_text="2017").click()
    expect(page.locator(".result")).to_have_count(2)
    expect(page.locator(".active-count")).to_have_text("1 đang áp dụng")
    expect(page.locator(".facets")).to_be_hidden()  # folded again: the results come first
    page.locator(".refine summary").click()
    page.fill("#id_from", "2017-06")
    page.locator(".refine button", has_text="Áp dụng").click()
    expect(page.locator(".active-count")).to_have_text("2 đang áp dụng")
    expect(page.locator(".chips a")).to_contain_text("2017")  # the facet stayed with the new option
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    context.close()


def test_the_filters_are_open_beside_the_results_on_a_wide_screen(page, archive_site):
    page.goto(archive_site + "/search/?q=Putin")
    expect(page.locator("details.refine")).to_have_attribute("open", "")
    facets, results = (
        page.locator(".facets").bounding_box(),
        page.locator(".results").bounding_box(),
    )
    assert facets["x"] + facets["width"] <= results["x"]
    shoot(page, "search")


def test_keyboard_alone_searches_filters_and_clears(screen, archive_site):
    page, is_phone = screen
    page.goto(archive_site + "/search/")
    assert not _axe_violations(page)
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_q":
            break
    page.keyboard.type("Putin")
    page.keyboard.press("Enter")
    expect(page.locator(".result")).to_have_count(4)
    assert not _axe_violations(page)
    if is_phone:  # the button opens the folded filters
        page.locator(".refine summary").focus()
        page.keyboard.press("Enter")
        expect(page.locator(".facets")).to_be_visible()
    year = page.locator(".facets a", has_text="2017")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "2017":
            break
    assert page.evaluate("document.activeElement.textContent") == year.inner_text()
    page.keyboard.press("Enter")
    expect(page.locator(".result")).to_have_count(2)
    for _ in range(20):
        page.keyboard.press("Tab")
        if "chips" in page.evaluate("document.activeElement.parentElement.parentElement.className"):
            break
    page.keyboard.press("Enter")  # the chip removes the filter
    expect(page.locator(".result")).to_have_count(4)


def test_the_language_switcher_shows_the_current_language(page, archive_site):
    page.goto(archive_site + "/search/?q=Putin")
    current = page.locator(".language [aria-current=true]")
    expect(current).to_have_text("Tiếng Việt")
    page.get_by_role("button", name="English").click()
    expect(page.locator(".language [aria-current=true]")).to_have_text("English")
    expect(page.get_by_role("button", name="English")).to_have_count(0)
    expect(page.locator(".refine summary")).to_contain_text("Filters and sorting")
