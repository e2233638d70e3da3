"""OAI-PMH responses as XML (xml.etree): the envelope, headers, records, oai_dc, tokens."""

import re
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from .protocol import NAMESPACE, SCHEMA, datestamp
from .records import Record

OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ET.register_namespace("oai_dc", OAI_DC)  # dc and xsi are in ElementTree's own table
# Characters XML 1.0 cannot carry at all, even escaped; an imported text could hold one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _oai(tag: str, parent: ET.Element | None = None, text: str | None = None, **attrib):
    """An element of the OAI namespace, written unprefixed: the root declares it the default
    (ElementTree's own `default_namespace` refuses the protocol's unqualified attributes)."""
    name = tag
    element = ET.Element(name, attrib) if parent is None else ET.SubElement(parent, name, attrib)
    element.text = text
    return element


def document(base_url: str, arguments: dict[str, str], *content: ET.Element) -> bytes:
    """The whole response; `arguments` are echoed in <request> (none after badVerb/badArgument)."""
    root = _oai("OAI-PMH", xmlns=NAMESPACE, **{f"{{{XSI}}}schemaLocation": f"{NAMESPACE} {SCHEMA}"})
    _oai("responseDate", root, datestamp(datetime.now(UTC)))
    _oai("request", root, base_url).attrib.update(arguments)
    root.extend(content)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def error(code: str, message: str) -> ET.Element:
    return _oai("error", None, message, code=code)


def verb(name: str, *children: ET.Element) -> ET.Element:
    element = _oai(name)
    element.extend(children)
    return element


def fields(parent_tag: str, pairs: list[tuple[str, str]]) -> ET.Element:
    """A container of simple OAI elements in order: <Identify>, <metadataFormat>, <set>."""
    element = _oai(parent_tag)
    for tag, text in pairs:
        _oai(tag, element, text)
    return element


def header(record: Record) -> ET.Element:
    element = _oai("header", **({"status": "deleted"} if record.dc is None else {}))
    _oai("identifier", element, record.identifier)
    _oai("datestamp", element, datestamp(record.datestamp))
    for spec in record.specs:
        _oai("setSpec", element, spec)
    return element


def record(record: Record) -> ET.Element:
    element = _oai("record")
    element.append(header(record))
    if record.dc is not None:
        metadata = _oai("metadata", element)
        dc = ET.SubElement(
            metadata, f"{{{OAI_DC}}}dc", {f"{{{XSI}}}schemaLocation": f"{OAI_DC} {OAI_DC_SCHEMA}"}
        )
        for tag, text in record.dc:
            ET.SubElement(dc, f"{{{DC}}}{tag}").text = _NOT_XML.sub("", text)
    return element


def resumption(token: str, complete_size: int, cursor: int) -> ET.Element:
    """A token for the next page; empty (`token=""`) on the last page of a split list."""
    return _oai(
        "resumptionToken",
        None,
        token or None,
        completeListSize=str(complete_size),
        cursor=str(cursor),
    )
