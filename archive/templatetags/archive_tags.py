from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def honest_date(meeting) -> str:
    """A date shown only to the precision the sources give: `tháng 5/2015`, never an invented day."""
    if not meeting.date:
        return _("date unknown")
    if meeting.date_precision == "year":
        return _("year %(year)s") % {"year": meeting.date.year}
    if meeting.date_precision == "month":
        return _("month %(month)s/%(year)s") % {
            "month": meeting.date.month,
            "year": meeting.date.year,
        }
    text = f"{meeting.date.day}/{meeting.date.month}/{meeting.date.year}"
    if meeting.end_date:
        text += f" – {meeting.end_date.day}/{meeting.end_date.month}/{meeting.end_date.year}"
    return text
