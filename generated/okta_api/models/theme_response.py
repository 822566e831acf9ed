from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "background_image": "backgroundImage",
        "email_template_touch_point_variant": lambda d: (
            _convert.parse_enum(EmailTemplateTouchPointVariant, v)
            if (v := d.get("emailTemplateTouchPointVariant", UNSET)).__class__ is str
            else v
        ),
        "end_user_dashboard_touch_point_variant": lambda d: (
            _convert.parse_enum(EndUserDashboardTouchPointVariant, v)
            if (v := d.get("endUserDashboardTouchPointVariant", UNSET)).__class__ is str
            else v
        ),
        "error_page_touch_point_variant": lambda d: (
            _convert.parse_enum(ErrorPageTouchPointVariant, v)
            if (v := d.get("errorPageTouchPointVariant", UNSET)).__class__ is str
            else v
        ),
        "favicon": "favicon",
        "id": "id",
        "loading_page_touch_point_variant": lambda d: (
            _convert.parse_enum(LoadingPageTouchPointVariant, v)
            if (v := d.get("loadingPageTouchPointVariant", UNSET)).__class__ is str
            else v
        ),
        "logo": "logo",
        "primary_color_contrast_hex": "primaryColorContrastHex",
        "primary_color_hex": "primaryColorHex",
        "secondary_color_contrast_hex": "secondaryColorContrastHex",
        "secondary_color_hex": "secondaryColorHex",
        "sign_in_page_touch_point_variant": lambda d: (
            _convert.parse_enum(SignInPageTouchPointVariant, v)
            if (v := d.get("signInPageTouchPointVariant", UNSET)).__class__ is str
            else v
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ThemeResponse._json_names),
    }

    background_image: str | None | Unset = UNSET
    email_template_touch_point_variant: EmailTemplateTouchPointVariant | None | Unset = UNSET
    end_user_dashboard_touch_point_variant: EndUserDashboardTouchPointVariant | None | Unset = UNSET
    error_page_touch_point_variant: ErrorPageTouchPointVariant | None | Unset = UNSET
    favicon: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    loading_page_touch_point_variant: LoadingPageTouchPointVariant | None | Unset = UNSET
    logo: str | None | Unset = UNSET
    primary_color_contrast_hex: str | None | Unset = UNSET
    primary_color_hex: str | None | Unset = UNSET
    secondary_color_contrast_hex: str | None | Unset = UNSET
    secondary_color_hex: str | None | Unset = UNSET
    sign_in_page_touch_point_variant: SignInPageTouchPointVariant | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.background_image is not UNSET and not omit_read_only:
            d["backgroundImage"] = self.background_image
        if self.email_template_touch_point_variant is not UNSET:
            d["emailTemplateTouchPointVariant"] = self.email_template_touch_point_variant
        if self.end_user_dashboard_touch_point_variant is not UNSET:
            d["endUserDashboardTouchPointVariant"] = self.end_user_dashboard_touch_point_variant
        if self.error_page_touch_point_variant is not UNSET:
            d["errorPageTouchPointVariant"] = self.error_page_touch_point_variant
        if self.favicon is not UNSET and not omit_read_only:
            d["favicon"] = self.favicon
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.loading_page_touch_point_variant is not UNSET:
            d["loadingPageTouchPointVariant"] = self.loading_page_touch_point_variant
        if self.logo is not UNSET and not omit_read_only:
            d["logo"] = self.logo
        if self.primary_color_contrast_hex is not UNSET:
            d["primaryColorContrastHex"] = self.primary_color_contrast_hex
        if self.primary_color_hex is not UNSET:
            d["primaryColorHex"] = self.primary_color_hex
        if self.secondary_color_contrast_hex is not UNSET:
            d["secondaryColorContrastHex"] = self.secondary_color_contrast_hex
        if self.secondary_color_hex is not UNSET:
            d["secondaryColorHex"] = self.secondary_color_hex
        if self.sign_in_page_touch_point_variant is not UNSET:
            d["signInPageTouchPointVariant"] = self.sign_in_page_touch_point_variant
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.background_image = d.pop("backgroundImage", UNSET)
        obj.email_template_touch_point_variant = (
            _convert.parse_enum(EmailTemplateTouchPointVariant, v)
            if (v := d.pop("emailTemplateTouchPointVariant", UNSET)).__class__ is str
            else v
        )
        obj.end_user_dashboard_touch_point_variant = (
            _convert.parse_enum(EndUserDashboardTouchPointVariant, v)
            if (v := d.pop("endUserDashboardTouchPointVariant", UNSET)).__class__ is str
            else v
        )
        obj.error_page_touch_point_variant = (
            _convert.parse_enum(ErrorPageTouchPointVariant, v)
            if (v := d.pop("errorPageTouchPointVariant", UNSET)).__class__ is str
            else v
        )
        obj.favicon = d.pop("favicon", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.loading_page_touch_point_variant = (
            _convert.parse_enum(LoadingPageTouchPointVariant, v)
            if (v := d.pop("loadingPageTouchPointVariant", UNSET)).__class__ is str
            else v
        )
        obj.logo = d.pop("logo", UNSET)
        obj.primary_color_contrast_hex = d.pop("primaryColorContrastHex", UNSET)
        obj.primary_color_hex = d.pop("primaryColorHex", UNSET)
        obj.secondary_color_contrast_hex = d.pop("secondaryColorContrastHex", UNSET)
        obj.secondary_color_hex = d.pop("secondaryColorHex", UNSET)
        obj.sign_in_page_touch_point_variant = (
            _convert.parse_enum(SignInPageTouchPointVariant, v)
            if (v := d.pop("signInPageTouchPointVariant", UNSET)).__class__ is str
            else v
        )
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
