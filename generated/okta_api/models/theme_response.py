from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from .email_template_touch_point_variant import EmailTemplateTouchPointVariant
from .end_user_dashboard_touch_point_variant import EndUserDashboardTouchPointVariant
from .error_page_touch_point_variant import ErrorPageTouchPointVariant
from .loading_page_touch_point_variant import LoadingPageTouchPointVariant
from .sign_in_page_touch_point_variant import SignInPageTouchPointVariant

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


_parse_email_template_touch_point_variant = _convert.enum_parser(EmailTemplateTouchPointVariant)

_parse_end_user_dashboard_touch_point_variant = _convert.enum_parser(EndUserDashboardTouchPointVariant)

_parse_error_page_touch_point_variant = _convert.enum_parser(ErrorPageTouchPointVariant)

_parse_loading_page_touch_point_variant = _convert.enum_parser(LoadingPageTouchPointVariant)

_parse_sign_in_page_touch_point_variant = _convert.enum_parser(SignInPageTouchPointVariant)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ThemeResponse(OktaModel):
    """An Okta `ThemeResponse`.

    Attributes:
        background_image (`backgroundImage`, read-only, never sent): str
        email_template_touch_point_variant (`emailTemplateTouchPointVariant`): Variant for email templates. You can publish a theme for email templates with different
            combinations of assets. Variants are preset combinations of those assets.
        end_user_dashboard_touch_point_variant (`endUserDashboardTouchPointVariant`): Variant for the Okta End-User Dashboard. You can publish a theme for end-user dashboard
            with different combinations of assets. Variants are preset combinations of those assets.
        error_page_touch_point_variant (`errorPageTouchPointVariant`): Variant for the error page. You can publish a theme for error page with different
            combinations of assets. Variants are preset combinations of those assets.
        favicon (read-only, never sent): str
        id (read-only, never sent): str
        loading_page_touch_point_variant (`loadingPageTouchPointVariant`): Variant for the Okta loading page. You can publish a theme for Okta loading page with
            different combinations of assets. Variants are preset combinations of those assets.
        logo (read-only, never sent): str
        primary_color_contrast_hex (`primaryColorContrastHex`): Primary color contrast hex code
        primary_color_hex (`primaryColorHex`): Primary color hex code
        secondary_color_contrast_hex (`secondaryColorContrastHex`): Secondary color contrast hex code
        secondary_color_hex (`secondaryColorHex`): Secondary color hex code
        sign_in_page_touch_point_variant (`signInPageTouchPointVariant`): Variant for the Okta sign-in page. You can publish a theme for sign-in page with different
            combinations of assets. Variants are preset combinations of those assets.
            > **Note:**  For a non-`OKTA_DEFAULT` variant, `primaryColorHex` is used for button
            background color and `primaryColorContrastHex` is used to optimize the opacity for button
            text.
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "backgroundImage": "background_image",
        "emailTemplateTouchPointVariant": "email_template_touch_point_variant",
        "endUserDashboardTouchPointVariant": "end_user_dashboard_touch_point_variant",
        "errorPageTouchPointVariant": "error_page_touch_point_variant",
        "favicon": "favicon",
        "id": "id",
        "loadingPageTouchPointVariant": "loading_page_touch_point_variant",
        "logo": "logo",
        "primaryColorContrastHex": "primary_color_contrast_hex",
        "primaryColorHex": "primary_color_hex",
        "secondaryColorContrastHex": "secondary_color_contrast_hex",
        "secondaryColorHex": "secondary_color_hex",
        "signInPageTouchPointVariant": "sign_in_page_touch_point_variant",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "background_image": "str",
        "email_template_touch_point_variant": "enum",
        "end_user_dashboard_touch_point_variant": "enum",
        "error_page_touch_point_variant": "enum",
        "favicon": "str",
        "id": "str",
        "loading_page_touch_point_variant": "enum",
        "logo": "str",
        "primary_color_contrast_hex": "str",
        "primary_color_hex": "str",
        "secondary_color_contrast_hex": "str",
        "secondary_color_hex": "str",
        "sign_in_page_touch_point_variant": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "background_image": ("backgroundImage", None),
        "email_template_touch_point_variant": (
            "emailTemplateTouchPointVariant",
            _parse_email_template_touch_point_variant,
        ),
        "end_user_dashboard_touch_point_variant": (
            "endUserDashboardTouchPointVariant",
            _parse_end_user_dashboard_touch_point_variant,
        ),
        "error_page_touch_point_variant": ("errorPageTouchPointVariant", _parse_error_page_touch_point_variant),
        "favicon": ("favicon", None),
        "id": ("id", None),
        "loading_page_touch_point_variant": ("loadingPageTouchPointVariant", _parse_loading_page_touch_point_variant),
        "logo": ("logo", None),
        "primary_color_contrast_hex": ("primaryColorContrastHex", None),
        "primary_color_hex": ("primaryColorHex", None),
        "secondary_color_contrast_hex": ("secondaryColorContrastHex", None),
        "secondary_color_hex": ("secondaryColorHex", None),
        "sign_in_page_touch_point_variant": ("signInPageTouchPointVariant", _parse_sign_in_page_touch_point_variant),
        "field_links": ("_links", _parse_field_links),
    }

    background_image: str | None = _attrs_field(init=False)
    email_template_touch_point_variant: EmailTemplateTouchPointVariant | None = _attrs_field(init=False)
    end_user_dashboard_touch_point_variant: EndUserDashboardTouchPointVariant | None = _attrs_field(init=False)
    error_page_touch_point_variant: ErrorPageTouchPointVariant | None = _attrs_field(init=False)
    favicon: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    loading_page_touch_point_variant: LoadingPageTouchPointVariant | None = _attrs_field(init=False)
    logo: str | None = _attrs_field(init=False)
    primary_color_contrast_hex: str | None = _attrs_field(init=False)
    primary_color_hex: str | None = _attrs_field(init=False)
    secondary_color_contrast_hex: str | None = _attrs_field(init=False)
    secondary_color_hex: str | None = _attrs_field(init=False)
    sign_in_page_touch_point_variant: SignInPageTouchPointVariant | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        background_image: str | None | Unset = UNSET,
        email_template_touch_point_variant: EmailTemplateTouchPointVariant | None | Unset = UNSET,
        end_user_dashboard_touch_point_variant: EndUserDashboardTouchPointVariant | None | Unset = UNSET,
        error_page_touch_point_variant: ErrorPageTouchPointVariant | None | Unset = UNSET,
        favicon: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        loading_page_touch_point_variant: LoadingPageTouchPointVariant | None | Unset = UNSET,
        logo: str | None | Unset = UNSET,
        primary_color_contrast_hex: str | None | Unset = UNSET,
        primary_color_hex: str | None | Unset = UNSET,
        secondary_color_contrast_hex: str | None | Unset = UNSET,
        secondary_color_hex: str | None | Unset = UNSET,
        sign_in_page_touch_point_variant: SignInPageTouchPointVariant | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if background_image is not UNSET:
            _set_field(self, "background_image", background_image)
        if email_template_touch_point_variant is not UNSET:
            _set_field(self, "email_template_touch_point_variant", email_template_touch_point_variant)
        if end_user_dashboard_touch_point_variant is not UNSET:
            _set_field(self, "end_user_dashboard_touch_point_variant", end_user_dashboard_touch_point_variant)
        if error_page_touch_point_variant is not UNSET:
            _set_field(self, "error_page_touch_point_variant", error_page_touch_point_variant)
        if favicon is not UNSET:
            _set_field(self, "favicon", favicon)
        if id is not UNSET:
            _set_field(self, "id", id)
        if loading_page_touch_point_variant is not UNSET:
            _set_field(self, "loading_page_touch_point_variant", loading_page_touch_point_variant)
        if logo is not UNSET:
            _set_field(self, "logo", logo)
        if primary_color_contrast_hex is not UNSET:
            _set_field(self, "primary_color_contrast_hex", primary_color_contrast_hex)
        if primary_color_hex is not UNSET:
            _set_field(self, "primary_color_hex", primary_color_hex)
        if secondary_color_contrast_hex is not UNSET:
            _set_field(self, "secondary_color_contrast_hex", secondary_color_contrast_hex)
        if secondary_color_hex is not UNSET:
            _set_field(self, "secondary_color_hex", secondary_color_hex)
        if sign_in_page_touch_point_variant is not UNSET:
            _set_field(self, "sign_in_page_touch_point_variant", sign_in_page_touch_point_variant)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("background_image", UNSET)) is not UNSET and not omit_read_only:
            d["backgroundImage"] = v
        if (v := values.get("email_template_touch_point_variant", UNSET)) is not UNSET:
            d["emailTemplateTouchPointVariant"] = v
        if (v := values.get("end_user_dashboard_touch_point_variant", UNSET)) is not UNSET:
            d["endUserDashboardTouchPointVariant"] = v
        if (v := values.get("error_page_touch_point_variant", UNSET)) is not UNSET:
            d["errorPageTouchPointVariant"] = v
        if (v := values.get("favicon", UNSET)) is not UNSET and not omit_read_only:
            d["favicon"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("loading_page_touch_point_variant", UNSET)) is not UNSET:
            d["loadingPageTouchPointVariant"] = v
        if (v := values.get("logo", UNSET)) is not UNSET and not omit_read_only:
            d["logo"] = v
        if (v := values.get("primary_color_contrast_hex", UNSET)) is not UNSET:
            d["primaryColorContrastHex"] = v
        if (v := values.get("primary_color_hex", UNSET)) is not UNSET:
            d["primaryColorHex"] = v
        if (v := values.get("secondary_color_contrast_hex", UNSET)) is not UNSET:
            d["secondaryColorContrastHex"] = v
        if (v := values.get("secondary_color_hex", UNSET)) is not UNSET:
            d["secondaryColorHex"] = v
        if (v := values.get("sign_in_page_touch_point_variant", UNSET)) is not UNSET:
            d["signInPageTouchPointVariant"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("backgroundImage", UNSET)) is not UNSET:
            obj.background_image = v
        if (v := d.pop("emailTemplateTouchPointVariant", UNSET)) is not UNSET:
            obj.email_template_touch_point_variant = _parse_email_template_touch_point_variant(v, False)
        if (v := d.pop("endUserDashboardTouchPointVariant", UNSET)) is not UNSET:
            obj.end_user_dashboard_touch_point_variant = _parse_end_user_dashboard_touch_point_variant(v, False)
        if (v := d.pop("errorPageTouchPointVariant", UNSET)) is not UNSET:
            obj.error_page_touch_point_variant = _parse_error_page_touch_point_variant(v, False)
        if (v := d.pop("favicon", UNSET)) is not UNSET:
            obj.favicon = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("loadingPageTouchPointVariant", UNSET)) is not UNSET:
            obj.loading_page_touch_point_variant = _parse_loading_page_touch_point_variant(v, False)
        if (v := d.pop("logo", UNSET)) is not UNSET:
            obj.logo = v
        if (v := d.pop("primaryColorContrastHex", UNSET)) is not UNSET:
            obj.primary_color_contrast_hex = v
        if (v := d.pop("primaryColorHex", UNSET)) is not UNSET:
            obj.primary_color_hex = v
        if (v := d.pop("secondaryColorContrastHex", UNSET)) is not UNSET:
            obj.secondary_color_contrast_hex = v
        if (v := d.pop("secondaryColorHex", UNSET)) is not UNSET:
            obj.secondary_color_hex = v
        if (v := d.pop("signInPageTouchPointVariant", UNSET)) is not UNSET:
            obj.sign_in_page_touch_point_variant = _parse_sign_in_page_touch_point_variant(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
