# Dates as Vietnamese writes them in running text (`29/6/2015`, `tháng 6/2015`), not Django's
# formal `Ngày 29 tháng 6 năm 2015` nor its month names (`Tháng sáu 2015`).
DATE_FORMAT = "j/n/Y"
YEAR_MONTH_FORMAT = r"\t\há\n\g n/Y"
