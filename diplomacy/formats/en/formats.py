# Dates as English prose writes them: `29 June 2015`, `June 2015` (day/month order is ambiguous).
DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
