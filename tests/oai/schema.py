"""The official OAI-PMH 2.0 and oai_dc schemas, vendored in schemas/ (README there), with their
imports resolved to the local copies: the network is never asked."""

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parent / "schemas"
LOCAL = {  # schemaLocation as the files (and this driver) write it -> vendored file
    "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd": "OAI-PMH.xsd",
    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd": "oai_dc.xsd",
    "http://dublincore.org/schemas/xmls/simpledc20021212.xsd": "simpledc20021212.xsd",
    "http://www.w3.org/2001/03/xml.xsd": "xml.xsd",
}
# OAI-PMH.xsd checks <metadata> strictly (processContents="strict"): the schema of what it holds
# must be loaded too, so one driver imports both.
DRIVER = b"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/"
             schemaLocation="http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/"
             schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc.xsd"/>
</xs:schema>"""


class Vendored(etree.Resolver):
    def resolve(self, url, pubid, context):
        name = LOCAL.get(url)
        if name is None:
            raise AssertionError(f"a schema outside tests/oai/schemas was asked for: {url}")
        return self.resolve_filename(str(SCHEMAS / name), context)


@cache
def oai_pmh() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Vendored())
    return etree.XMLSchema(etree.fromstring(DRIVER, parser, base_url=str(SCHEMAS / "driver.xsd")))


def validated(body: bytes) -> etree._Element:
    """The response parsed, after checking it against the schemas (AssertionError if not)."""
    document = etree.fromstring(body)
    schema = oai_pmh()
    if not schema.validate(document):
        raise AssertionError(f"not valid OAI-PMH: {schema.error_log}\n{body.decode()[:3000]}")
    return document
