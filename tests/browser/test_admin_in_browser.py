"""The editorial admin in a browser: the review queue, and a merge whose old address redirects."""

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from archive.models import Meeting
from tests.browser.test_pages_in_browser import shoot

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page, site):
    user = User.objects.create_user(
        "historian", password="correct horse battery staple", is_staff=True
    )
    user.groups.add(Group.objects.get(name="editor"))
    page.goto(site + "/admin/login/")
    page.fill("#id_username", "historian")
    page.fill("#id_password", "correct horse battery staple")
    page.press("#id_password", "Enter")
    expect(page.locator("#review-queue")).to_be_visible()


def test_review_queue_and_merge_with_redirect(browser, archive_site, permission_groups):
    context = browser.new_context(locale="en-GB", viewport={"width": 1300, "height": 900})
    page = context.new_page()
    log_in(page, archive_site)
    expect(page.locator("#review-queue")).to_contain_text("6 meetings need review")
    shoot(page, "admin-index")
    page.locator("#review-queue a").click()
    expect(page.locator("#result_list tbody tr")).to_have_count(6)
    shoot(page, "admin-review-queue")

    calls = list(
        Meeting.objects.filter(kind="courtesy_call", participants__name="Trần Đại Quang").order_by(
            "pk"
        )
    )
    merged_url = calls[1].get_absolute_url()
    page.goto(archive_site + "/admin/archive/meeting/?kind__exact=courtesy_call")
    for meeting in calls[:2]:
        page.locator(f'input.action-select[value="{meeting.pk}"]').check()
    page.select_option('select[name="action"]', "merge_selected")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_role("heading", name="What moves")).to_be_visible()
    shoot(page, "admin-merge-confirmation")
    page.get_by_role("button", name="Merge", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("merged")
    page.goto(archive_site + merged_url)
    expect(page).to_have_url(archive_site + calls[0].get_absolute_url())
    context.close()
