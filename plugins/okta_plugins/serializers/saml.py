"""Built-in plugin ``okta.serializers.saml``: SAML metadata XML as text, with an optional parsed view.

``preview_saml_app_metadata`` returns the XML as a ``str``; through an ``OktaClient`` that str
is a ``SamlMetadataText`` whose ``parsed`` reads the entity id, the single sign-on endpoints and
the signing certificates. Documents with a DOCTYPE are refused by the parser: metadata has
none, and entity declarations are how XML bombs work.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

import attrs

from ..hookspecs import hookimpl
from . import media_type
from .errors import BodyError

if TYPE_CHECKING:
    from xml.etree import ElementTree

    import httpx

    from ..types import Operation

XML_TYPES = frozenset({"application/xml", "text/xml", "application/samlmetadata+xml"})
MD = "{urn:oasis:names:tc:SAML:2.0:metadata}"
DS = "{http://www.w3.org/2000/09/xmldsig#}"
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")


class SamlMetadataError(BodyError):
    """The text is no SAML metadata this parser reads."""


@attrs.frozen
class SamlMetadata:
    """What a SAML IdP metadata document says, as Okta's preview returns it."""

    entity_id: str
    single_sign_on: dict[str, str]
    """Binding URI -> location."""
    signing_certificates: tuple[str, ...]
    """Base64 DER of each signing certificate, as in the XML."""
    name_id_formats: tuple[str, ...]
    want_authn_requests_signed: bool | None
    root: ElementTree.Element = attrs.field(repr=False, eq=False)


def parse_saml_metadata(xml: str | bytes) -> SamlMetadata:
    """Read an ``EntityDescriptor`` with an ``IDPSSODescriptor``.

    :raises SamlMetadataError: not XML, a DOCTYPE, or no IdP descriptor.
    """
    # Imported on first parse: every client registers this plugin, few read SAML metadata.
    from xml.etree import ElementTree

    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    if b"<!DOCTYPE" in data.upper():
        raise SamlMetadataError("SAML metadata with a DOCTYPE is refused (entity declarations)")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise SamlMetadataError(f"SAML metadata is not well-formed XML: {exc}") from None
    descriptor = root.find(f"{MD}IDPSSODescriptor")
    if root.tag != f"{MD}EntityDescriptor" or descriptor is None:
        raise SamlMetadataError("not SAML IdP metadata: no md:EntityDescriptor with an md:IDPSSODescriptor")
    signing = [
        (element.text or "").strip()
        for key in descriptor.iter(f"{MD}KeyDescriptor")
        if key.get("use", "signing") == "signing"
        for element in key.iter(f"{DS}X509Certificate")
    ]
    want = descriptor.get("WantAuthnRequestsSigned")
    return SamlMetadata(
        entity_id=root.get("entityID", ""),
        single_sign_on={
            service.get("Binding", ""): service.get("Location", "")
            for service in descriptor.iter(f"{MD}SingleSignOnService")
        },
        signing_certificates=tuple("".join(certificate.split()) for certificate in signing),
        name_id_formats=tuple((element.text or "").strip() for element in descriptor.iter(f"{MD}NameIDFormat")),
        want_authn_requests_signed=None if want is None else want.strip().lower() == "true",
        root=root,
    )


class SamlMetadataText(str):
    """SAML metadata XML text; ``parsed`` reads it on first use."""

    @cached_property
    def parsed(self) -> SamlMetadata:
        """The parsed view (``parse_saml_metadata``)."""
        return parse_saml_metadata(str(self))


def decode_xml(content: bytes, charset: str | None) -> str:
    """XML bytes as text: by the Content-Type charset, else the XML declaration, else UTF-8."""
    declared = _DECLARED_ENCODING.match(content)
    encoding = charset or (declared.group(1).decode("ascii") if declared else "utf-8")
    try:
        return content.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return content.decode("utf-8", errors="replace")


@hookimpl(trylast=True)
def okta_deserialize_body(
    response: httpx.Response, content_type: str, operation: Operation | None, as_text: bool
) -> object | None:
    """XML bodies as ``SamlMetadataText``, for ``response.text`` and ``response.json()`` alike."""
    if media_type(content_type) not in XML_TYPES:
        return None
    return SamlMetadataText(decode_xml(response.content, response.charset_encoding))
