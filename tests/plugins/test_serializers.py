"""The serializer hooks on the wire: JSON as Okta writes it, a third-party content type, image uploads, SAML XML."""

from __future__ import annotations

import asyncio
import datetime
import email.parser
import email.policy
import inspect
import io
import json
from typing import Any

import httpx
import okta_api.models
import pytest
from okta_api.api import operation
from okta_api.api.group import get_group
from okta_api.models.group import Group
from okta_api.models.group_type import GroupType
from okta_api.models.json_web_key import JsonWebKey
from okta_api.models.upload_application_logo_body import UploadApplicationLogoBody
from okta_client import OktaClient, OktaPluginsError
from okta_plugins import hookimpl
from okta_plugins.serializers import media_type
from okta_plugins.serializers.errors import ImageTooLargeError, ImageTypeError
from okta_plugins.serializers.json_body import dumps, okta_datetime
from okta_plugins.serializers.multipart import MAX_IMAGE_BYTES
from okta_plugins.serializers.saml import SamlMetadataError, SamlMetadataText, parse_saml_metadata

from tests.okta_fakes import Script

# replaceGroup in Okta's current specs, updateGroup in 2.x; its body class differs too (Group in 2.x).
update_group = operation("replaceGroup", "updateGroup")
preview_saml_app_metadata = operation("previewSAMLmetadataForApplication", "previewSAMLAppMetadata")
upload_application_logo = operation("uploadApplicationLogo")
# Another multipart upload: a brand theme's logo in Okta's current specs, the org's logo in 2.x.
update_org_logo = operation("uploadBrandThemeLogo", "updateOrgLogo")


def group_body(**profile: Any) -> Any:
    """The operation's body for a group with this profile (a key left out stays unset, None is sent as null)."""
    body_class = getattr(okta_api.models, inspect.signature(update_group.sync).parameters["body"].annotation)
    return body_class.from_dict({"profile": profile})


ORG = "https://dev-123.okta.com"
PLUS_TWO = datetime.timezone(datetime.timedelta(hours=2))
MINUS_EIGHT = datetime.timezone(datetime.timedelta(hours=-8))


def okta_client(recorder: Script, **overrides: Any) -> Any:
    transport = httpx.MockTransport(recorder)
    return OktaClient.from_config(org_url=ORG, token="00t", httpx_args={"transport": transport}, **overrides)


@pytest.fixture
def okta(recorder: Script) -> Any:
    return okta_client(recorder)


# JSON


def test_datetimes_go_out_as_okta_writes_them(okta: Any, recorder: Script) -> None:
    # A date-time field of a model every spec release has (read-only fields left home: the next tests).
    key = JsonWebKey(
        kid="k1",
        kty="RSA",
        last_updated=datetime.datetime(2026, 11, 23, 12, 0, 0, 123456, tzinfo=PLUS_TWO),
    )
    okta.get_httpx_client().post("/api/v1/anything", json=key.to_dict())
    sent = recorder.last
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.content) == {"kid": "k1", "kty": "RSA", "lastUpdated": "2026-11-23T10:00:00.123Z"}
    assert sent.content == dumps(key.to_dict())
    assert b", " not in sent.content and b": " not in sent.content


def test_unset_is_left_out_and_none_clears_the_field(okta: Any, recorder: Script) -> None:
    update_group.sync_detailed("00g1", client=okta, body=group_body(name="Eng", description=None))
    assert json.loads(recorder.last.content) == {"profile": {"name": "Eng", "description": None}}
    assert b'"description":null' in recorder.last.content
    update_group.sync_detailed("00g1", client=okta, body=group_body(name="Eng"))
    assert json.loads(recorder.last.content) == {"profile": {"name": "Eng"}}


def test_read_only_fields_of_a_fetched_model_are_not_sent_back(okta: Any, recorder: Script) -> None:
    recorder.respond(
        200,
        {
            "id": "00g1",
            "created": "2026-01-01T05:30:00.000+05:30",
            "lastUpdated": "2025-12-31T16:00:00-08:00",
            "type": "OKTA_GROUP",
            "profile": {"name": "Eng", "description": "x"},
            "_links": {"self": {"href": f"{ORG}/api/v1/groups/00g1"}},
        },
    )
    group = get_group.sync("00g1", client=okta)
    assert group is not None
    midnight = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert group.created == midnight and group.last_updated == midnight
    assert group.to_dict()["created"] == "2026-01-01T00:00:00.000Z"
    assert group.to_dict()["lastUpdated"] == "2026-01-01T00:00:00.000Z"
    update_group.sync_detailed("00g1", client=okta, body=group)
    assert json.loads(recorder.last.content) == {"type": "OKTA_GROUP", "profile": {"name": "Eng", "description": "x"}}


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (datetime.datetime(2026, 3, 1, 23, 59, 59, 999999, tzinfo=PLUS_TWO), "2026-03-01T21:59:59.999Z"),
        (datetime.datetime(2026, 3, 1, 1, 2, 3), "2026-03-01T01:02:03.000Z"),
        (datetime.datetime(2026, 3, 1, tzinfo=MINUS_EIGHT), "2026-03-01T08:00:00.000Z"),
    ],
)  # fmt: skip
def test_raw_json_bodies_write_datetimes_as_okta_does(
    okta: Any, recorder: Script, value: datetime.datetime, written: str
) -> None:
    okta.get_httpx_client().post("/api/v1/anything", json={"when": value, "day": value.date(), "group": GroupType("x")})
    assert json.loads(recorder.last.content) == {"when": written, "day": value.date().isoformat(), "group": "x"}
    assert okta_datetime(value) == written


def test_the_json_serializer_writes_what_httpx_writes() -> None:
    from tests.conftest import load_fixture

    data = {"users": load_fixture("users_page_200.json"), "text": "é \u2028 </script>", "n": [1, 2.5, None, True]}
    # httpx 0.28's encoding (compact, UTF-8); 0.27 wrote `json.dumps`' default spacing and \u escapes: same JSON.
    assert dumps(data) == json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    assert json.loads(dumps(data)) == json.loads(httpx.Request("POST", ORG, json=data).content) == data


def test_uuids_in_raw_bodies_are_written_as_strings() -> None:
    import uuid

    assert dumps({"id": uuid.UUID(int=1)}) == b'{"id":"00000000-0000-0000-0000-000000000001"}'
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        dumps({"id": object()})


def test_nan_is_refused_as_httpx_refuses_it(okta: Any, recorder: Script) -> None:
    with pytest.raises(ValueError, match="Out of range float"):
        okta.get_httpx_client().post("/api/v1/anything", json={"x": float("nan")})
    assert recorder.requests == []


def test_async_json_goes_through_the_same_hook(okta: Any, recorder: Script) -> None:
    recorder.respond(200, {"id": "00g1", "profile": {"name": "Eng"}})
    body = group_body(name="Eng", description=None)
    group = asyncio.run(update_group.asyncio("00g1", client=okta, body=body))
    assert group is not None and group.id == "00g1"
    assert recorder.last.content == b'{"profile":{"description":null,"name":"Eng"}}'


# A third-party serializer for a content type of its own


KV = "application/x-okta-kv"


class KeyValueSerializer:
    """``a=1;b=2`` bodies, both ways."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    @hookimpl
    def okta_serialize_body(self, body: object, content_type: str) -> bytes | None:
        if media_type(content_type) != KV or not isinstance(body, dict):
            return None
        self.calls.append("serialize")
        return ";".join(f"{key}={value}" for key, value in body.items()).encode()

    @hookimpl
    def okta_deserialize_body(
        self, response: httpx.Response, content_type: str, operation: Any, as_text: bool
    ) -> object | None:
        if media_type(content_type) != KV or as_text:
            return None
        self.calls.append(f"deserialize for {operation.operation_id}")
        return dict(pair.split("=", 1) for pair in response.content.decode().split(";"))


def test_a_third_party_serializer_is_used_on_the_wire_and_in_parsing(okta: Any, recorder: Script) -> None:
    plugin = KeyValueSerializer()
    recorder.respond(200, b"id=00g1;type=OKTA_GROUP", headers={"Content-Type": f"{KV}; charset=utf-8"})
    with okta.hooks.plugin(plugin):
        okta.get_httpx_client().post("/api/v1/custom", content={"a": 1, "b": "two"}, headers={"Content-Type": KV})
        assert recorder.last.content == b"a=1;b=two"
        assert recorder.last.headers["content-type"] == KV
        group = get_group.sync("00g1", client=okta)
    assert isinstance(group, Group) and group.id == "00g1" and group.type_ == GroupType("OKTA_GROUP")
    assert plugin.calls == ["serialize", "deserialize for getGroup"]
    with pytest.raises(json.JSONDecodeError):
        get_group.sync("00g1", client=okta)  # unregistered: the body is no JSON


class ShortResponse(httpx.Response):
    """A transport's own Response class (a test double may return one)."""


@pytest.mark.parametrize("response_class", [httpx.Response, ShortResponse])
def test_every_response_decodes_through_the_hooks_with_its_request(response_class: type[httpx.Response]) -> None:
    # The runtime turns plain responses into OktaResponse in place and copies any other class.
    plugin = KeyValueSerializer()
    sent: list[httpx.Response] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(response_class(200, content=b"id=00g1", headers={"Content-Type": KV}))
        return sent[-1]

    okta = OktaClient.from_config(org_url=ORG, token="00t", httpx_args={"transport": httpx.MockTransport(answer)})
    with okta.hooks.plugin(plugin):
        response = okta.get_httpx_client().get(
            "/api/v1/groups/00g1", extensions={"okta_operation": get_group.OPERATION}
        )
        assert response.json() == {"id": "00g1"}
    assert (response is sent[0]) is (response_class is httpx.Response)
    assert response.request.url.path == "/api/v1/groups/00g1"
    assert plugin.calls == ["deserialize for getGroup"]


def test_a_third_party_json_serializer_replaces_the_built_in(okta: Any, recorder: Script) -> None:
    class Indented:
        @hookimpl
        def okta_serialize_body(self, body: object, content_type: str) -> bytes | None:
            return json.dumps(body, indent=1).encode() if media_type(content_type) == "application/json" else None

    with okta.hooks.plugin(Indented()):
        update_group.sync_detailed("00g1", client=okta, body=group_body(name="Eng"))
    assert recorder.last.content == b'{\n "profile": {\n  "name": "Eng"\n }\n}'


def test_a_serializer_answering_something_else_than_bytes_is_an_error(okta: Any, recorder: Script) -> None:
    class Wrong:
        @hookimpl
        def okta_serialize_body(self) -> object:
            return "not bytes"

    with okta.hooks.plugin(Wrong()), pytest.raises(OktaPluginsError, match="returned str, not bytes"):
        update_group.sync_detailed("00g1", client=okta, body=group_body(name="Eng"))
    assert recorder.requests == []


def test_built_ins_are_plugins_that_can_be_blocked(recorder: Script) -> None:
    okta = okta_client(recorder, plugins_block=["okta.serializers.multipart"])
    names = {name for name, plugin in okta.hooks.manager.list_name_plugin() if plugin is not None}
    assert {"okta.serializers.json", "okta.serializers.saml", "okta.certificates"} <= names
    assert "okta.serializers.multipart" not in names
    okta.get_httpx_client().post("/api/v1/apps/0oa1/logo", files={"file": ("x.svg", b"<svg/>", "image/svg+xml")})
    assert b"<svg/>" in recorder.last.content  # no built-in check: httpx encoded it


# multipart/form-data image uploads

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)
GIF = b"GIF89a" + bytes(64)


def upload(okta: Any, files: Any, operation: Any = upload_application_logo.OPERATION) -> httpx.Response:
    # What the generated function sends once it can encode its body (see the report): files= and the operation.
    # The path must be the operation's: the client refuses a request sent elsewhere than its operation says.
    url = operation.path.replace("{appId}", "0oa1")
    response: httpx.Response = okta.get_httpx_client().request(
        "POST", url, files=files, extensions={"okta_operation": operation}
    )
    return response


def parts_of(request: httpx.Request) -> list[Any]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(head + request.content)
    assert message.is_multipart()
    return list(message.iter_parts())


@pytest.mark.parametrize(("image", "media"), [(PNG, "image/png"), (JPG, "image/jpeg"), (GIF, "image/gif")])
def test_images_are_sent_as_multipart(okta: Any, recorder: Script, image: bytes, media: str) -> None:
    upload(okta, [("file", ("logo.img", image, "application/octet-stream"))])
    sent = recorder.last
    content_type = sent.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=")[1]
    assert sent.content == (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.img"\r\n'
        f"Content-Type: {media}\r\n\r\n".encode()
        + image
        + f"\r\n--{boundary}--\r\n".encode()
    )
    [part] = parts_of(sent)
    assert part.get_content_type() == media and part.get_filename() == "logo.img"
    assert part.get_payload(decode=True) == image


def test_a_file_object_without_a_name_gets_one(okta: Any, recorder: Script) -> None:
    upload(okta, {"file": io.BytesIO(GIF)}, update_org_logo.OPERATION)
    [part] = parts_of(recorder.last)
    assert part.get_filename() == "file.gif" and part.get_payload(decode=True) == GIF


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "'logo.svg' is not a PNG, JPG or GIF image"),
        (b"BM" + bytes(64), "'logo.svg' is not a PNG, JPG or GIF image"),
        (b"", "'logo.svg' is not a PNG, JPG or GIF"),
    ],
)
def test_a_wrong_type_fails_locally(okta: Any, recorder: Script, content: bytes, message: str) -> None:
    with pytest.raises(ImageTypeError, match=f"uploadApplicationLogo: file {message}"):
        upload(okta, [("file", ("logo.svg", content, "image/png"))])
    assert recorder.requests == []


def test_one_mb_or_more_fails_locally(okta: Any, recorder: Script) -> None:
    just_under = PNG + bytes(MAX_IMAGE_BYTES - 1 - len(PNG))
    upload(okta, [("file", ("big.png", just_under, "image/png"))])
    assert len(recorder.requests) == 1
    with pytest.raises(ImageTooLargeError, match=r"'big.png' is 1,048,576 bytes; Okta takes images under 1 MB"):
        upload(okta, [("file", ("big.png", just_under + b"\x00", "image/png"))])
    assert len(recorder.requests) == 1


def test_an_open_file_is_sent_under_its_base_name(okta: Any, recorder: Script, tmp_path: Any) -> None:
    path = tmp_path / "brand" / "logo.jpeg"
    path.parent.mkdir()
    path.write_bytes(JPG)
    with path.open("rb") as file:
        upload(okta, {"file": file})
    [part] = parts_of(recorder.last)
    assert part.get_filename() == "logo.jpeg" and part.get_content_type() == "image/jpeg"
    assert part.get_payload(decode=True) == JPG


def test_other_multipart_requests_are_left_to_httpx(okta: Any, recorder: Script) -> None:
    okta.get_httpx_client().post("/api/v1/other", files={"file": ("notes.txt", b"hello", "text/plain")})
    [part] = parts_of(recorder.last)
    assert part.get_payload(decode=True) == b"hello"


def test_generated_upload_function_sends_the_logo(okta: Any, recorder: Script) -> None:
    upload_application_logo.sync_detailed("0oa1", client=okta, body=UploadApplicationLogoBody(file=PNG))
    [part] = parts_of(recorder.last)
    assert part.get_payload(decode=True) == PNG


# SAML metadata XML

CERT = "MIIDqDCCApCgAwIBAgIGAV2ZZ"
METADATA = f"""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk1">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false"
      protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>{CERT[:12]}
{CERT[12:]}</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
        Location="{ORG}/app/dev-123_app_1/exk1/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
        Location="{ORG}/app/dev-123_app_1/exk1/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""


def test_saml_metadata_is_text_with_a_parsed_view(okta: Any, recorder: Script) -> None:
    recorder.respond(200, METADATA.encode(), headers={"Content-Type": "application/xml"})
    metadata = preview_saml_app_metadata.sync("0oa1", client=okta, kid="k1")
    assert isinstance(metadata, SamlMetadataText) and metadata == METADATA
    assert recorder.last.url.params["kid"] == "k1"
    view = metadata.parsed
    assert view.entity_id == "http://www.okta.com/exk1"
    assert view.single_sign_on == {
        "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST": f"{ORG}/app/dev-123_app_1/exk1/sso/saml",
        "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect": f"{ORG}/app/dev-123_app_1/exk1/sso/saml",
    }
    assert view.signing_certificates == (CERT,)
    assert view.name_id_formats == ("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",)
    assert view.want_authn_requests_signed is False


def test_xml_text_follows_the_declared_encoding(okta: Any, recorder: Script) -> None:
    latin = METADATA.replace("UTF-8", "ISO-8859-1").replace("exk1", "exk\u00e9")
    recorder.respond(200, latin.encode("latin-1"), headers={"Content-Type": "application/xml"})
    metadata = preview_saml_app_metadata.sync("0oa1", client=okta, kid="k1")
    assert metadata == latin
    assert metadata is not None and "exk\u00e9" in metadata


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', "DOCTYPE"),
        ("<md:EntityDescriptor", "not well-formed"),
        ("<EntityDescriptor/>", "not SAML IdP metadata"),
    ],
)
def test_the_parsed_view_refuses_what_is_no_metadata(text: str, message: str) -> None:
    with pytest.raises(SamlMetadataError, match=message):
        parse_saml_metadata(text)


def test_json_responses_keep_their_text(okta: Any, recorder: Script) -> None:
    recorder.respond(200, {"id": "00g1"}, headers={"Content-Type": "application/json"})
    response = okta.get_httpx_client().get("/api/v1/groups/00g1")
    assert response.text == '{"id": "00g1"}'
    assert response.json() == {"id": "00g1"}
