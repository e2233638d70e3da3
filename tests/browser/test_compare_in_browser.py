"""A researcher compares two reports of one meeting: from the meeting page to the aligned reports,
their differences, another pair; axe at phone and desktop widths, and the keyboard alone."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from archive.models import Article, Meeting
from tests.browser.test_pages_in_browser import shoot

pytestmark = pytest.mark.django_db(transaction=True)

COMPARE = re.compile(r"/meetings/\d+/[\w-]+/compare/")


def kremlin_talks():
    return Meeting.objects.get(venue="Điện Kremlin")


def test_a_researcher_compares_two_reports(page, archive_site):
    page.goto(archive_site + kremlin_talks().get_absolute_url())
    page.get_by_role("link", name="So sánh các bài báo").click()
    expect(page).to_have_url(COMPARE)
    expect(page.get_by_role("heading", name=re.compile("Khác biệt"))).to_be_visible()
    expect(page.locator(".cmp-differences li", has_text="28/6/2017")).to_be_visible()
    expect(page.locator("mark.cmp-differs").first).to_be_visible()
    assert page.locator(".cmp-rows tbody tr").count() > 5
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()
    shoot(page, "compare")
    statement = Article.objects.get(source_file__startswith="003")
    page.get_by_label("Bài A").select_option(str(statement.pk))
    page.get_by_label("Bài B").select_option(str(kremlin_talks().articles.first().pk))
    page.get_by_role("button", name="So sánh", exact=True).click()
    expect(page).to_have_url(re.compile(rf"a={statement.pk}&b="))
    expect(page.locator(".cmp-reports dd").first).to_contain_text(statement.title[:30])


def test_on_a_phone_the_cells_stack_without_horizontal_scrolling(browser, archive_site):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, locale="vi-VN"
    )
    phone = context.new_page()
    phone.goto(archive_site + kremlin_talks().get_absolute_url())
    phone.get_by_role("link", name="So sánh các bài báo").click()
    expect(phone.locator(".cmp-rows td .cmp-label").first).to_be_visible()  # each cell says whose
    overflow = phone.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    results = Axe().run(phone)
    shoot(phone, "phone-compare")
    context.close()
    assert overflow <= 0
    assert not results.violations_count, results.generate_report()


def test_the_keyboard_alone_reaches_the_comparison_and_the_form(page, archive_site):
    page.goto(archive_site + kremlin_talks().get_absolute_url())
    for _ in range(200):
        page.keyboard.press("Tab")
        if "/compare/" in (page.evaluate("document.activeElement.getAttribute('href')") or ""):
            break
    page.keyboard.press("Enter")
    expect(page).to_have_url(COMPARE)
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "cmp-a":
            break
    page.keyboard.press("ArrowDown")  # the other report as A: the pair the form then asks for
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "cmp-b"
    page.keyboard.press("ArrowUp")  # and the first as B
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?a=\d+&b=\d+"))
    expect(page.locator(".cmp-rows")).to_be_visible()
