from django import template

from archive.maps import world
from archive.maps.places import where

register = template.Library()


@register.inclusion_tag("archive/_place_map.html")
def place_map(meeting) -> dict:
    """A small map around the meeting's place, linked to /map/; empty when the place is unknown."""
    found = where(meeting.city, meeting.country)
    if found is None:
        return {"map": None}
    city, approximate = found
    return {"map": world.window(city.lat, city.lon), "city": city, "approximate": approximate}
