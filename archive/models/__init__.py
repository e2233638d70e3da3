"""Records of the archive: articles (source documents) and what they report.

One module per concept; every model is importable from here, `from archive.models import X`.
"""

# isort: off
# In the order the models were defined when they shared one module: the app registry, and so
# dumpdata (backups), list them in this order.
from .base import StaffOwned, Versioned, ascii_slug
from .leaders import Leader, LeaderAlias, Office
from .places import Country, CountryName, Place, PlaceName
from .agreements import Agreement, AgreementAlias
from .articles import Article
from .meetings import DatePrecision, Meeting
from .pending import PendingIndexUpdate
from .redirects import AgreementRedirect, LeaderRedirect, MeetingRedirect, Redirect
from .meeting_links import MeetingAgreement, Participation
from .stamp import ArchiveStamp
from .partnerships import PartnershipStatement

# isort: on

__all__ = [
    "Agreement", "AgreementAlias", "AgreementRedirect", "ArchiveStamp", "Article", "Country", "CountryName",
    "DatePrecision", "Leader", "LeaderAlias", "LeaderRedirect", "Meeting", "MeetingAgreement",
    "MeetingRedirect", "Office", "Participation", "PartnershipStatement", "PendingIndexUpdate", "Place", "PlaceName",
    "Redirect", "StaffOwned", "Versioned", "ascii_slug",
]  # fmt: skip
