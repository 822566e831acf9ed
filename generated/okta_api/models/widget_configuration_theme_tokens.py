from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class WidgetConfigurationThemeTokens(OktaModel):
    """Design tokens for customizing the Sign-In Widget appearance

    Attributes:
        border_color_danger_control (`BorderColorDangerControl`): str
        border_color_danger_dark (`BorderColorDangerDark`): str
        border_color_danger_light (`BorderColorDangerLight`): str
        border_color_disabled (`BorderColorDisabled`): str
        border_color_display (`BorderColorDisplay`): str
        border_color_primary_control (`BorderColorPrimaryControl`): str
        border_color_primary_dark (`BorderColorPrimaryDark`): str
        border_radius_main (`BorderRadiusMain`): str
        border_radius_tight (`BorderRadiusTight`): str
        border_style_main (`BorderStyleMain`): str
        border_width_main (`BorderWidthMain`): str
        focus_outline_color_primary (`FocusOutlineColorPrimary`): str
        focus_outline_offset_main (`FocusOutlineOffsetMain`): str
        focus_outline_offset_tight (`FocusOutlineOffsetTight`): str
        focus_outline_style (`FocusOutlineStyle`): str
        focus_outline_width_main (`FocusOutlineWidthMain`): str
        focus_outline_width_tight (`FocusOutlineWidthTight`): str
        hue_blue_100 (`HueBlue100`): str
        hue_blue_200 (`HueBlue200`): str
        hue_blue_300 (`HueBlue300`): str
        hue_blue_400 (`HueBlue400`): str
        hue_blue_50 (`HueBlue50`): str
        hue_blue_500 (`HueBlue500`): str
        hue_blue_600 (`HueBlue600`): str
        hue_blue_700 (`HueBlue700`): str
        hue_blue_800 (`HueBlue800`): str
        hue_blue_900 (`HueBlue900`): str
        hue_green_100 (`HueGreen100`): str
        hue_green_200 (`HueGreen200`): str
        hue_green_300 (`HueGreen300`): str
        hue_green_400 (`HueGreen400`): str
        hue_green_50 (`HueGreen50`): str
        hue_green_500 (`HueGreen500`): str
        hue_green_600 (`HueGreen600`): str
        hue_green_700 (`HueGreen700`): str
        hue_green_800 (`HueGreen800`): str
        hue_green_900 (`HueGreen900`): str
        hue_neutral_100 (`HueNeutral100`): str
        hue_neutral_200 (`HueNeutral200`): str
        hue_neutral_300 (`HueNeutral300`): str
        hue_neutral_400 (`HueNeutral400`): str
        hue_neutral_50 (`HueNeutral50`): str
        hue_neutral_500 (`HueNeutral500`): str
        hue_neutral_600 (`HueNeutral600`): str
        hue_neutral_700 (`HueNeutral700`): str
        hue_neutral_800 (`HueNeutral800`): str
        hue_neutral_900 (`HueNeutral900`): str
        hue_neutral_white (`HueNeutralWhite`): str
        hue_red_100 (`HueRed100`): str
        hue_red_200 (`HueRed200`): str
        hue_red_300 (`HueRed300`): str
        hue_red_400 (`HueRed400`): str
        hue_red_50 (`HueRed50`): str
        hue_red_500 (`HueRed500`): str
        hue_red_600 (`HueRed600`): str
        hue_red_700 (`HueRed700`): str
        hue_red_800 (`HueRed800`): str
        hue_red_900 (`HueRed900`): str
        hue_yellow_100 (`HueYellow100`): str
        hue_yellow_200 (`HueYellow200`): str
        hue_yellow_300 (`HueYellow300`): str
        hue_yellow_400 (`HueYellow400`): str
        hue_yellow_50 (`HueYellow50`): str
        hue_yellow_500 (`HueYellow500`): str
        hue_yellow_600 (`HueYellow600`): str
        hue_yellow_700 (`HueYellow700`): str
        hue_yellow_800 (`HueYellow800`): str
        hue_yellow_900 (`HueYellow900`): str
        palette_danger_dark (`PaletteDangerDark`): str
        palette_danger_darker (`PaletteDangerDarker`): str
        palette_danger_heading (`PaletteDangerHeading`): str
        palette_danger_highlight (`PaletteDangerHighlight`): str
        palette_danger_light (`PaletteDangerLight`): str
        palette_danger_lighter (`PaletteDangerLighter`): str
        palette_danger_main (`PaletteDangerMain`): str
        palette_danger_text (`PaletteDangerText`): str
        palette_primary_dark (`PalettePrimaryDark`): str
        palette_primary_darker (`PalettePrimaryDarker`): str
        palette_primary_heading (`PalettePrimaryHeading`): str
        palette_primary_highlight (`PalettePrimaryHighlight`): str
        palette_primary_light (`PalettePrimaryLight`): str
        palette_primary_lighter (`PalettePrimaryLighter`): str
        palette_primary_main (`PalettePrimaryMain`): str
        palette_primary_text (`PalettePrimaryText`): str
        palette_success_dark (`PaletteSuccessDark`): str
        palette_success_darker (`PaletteSuccessDarker`): str
        palette_success_heading (`PaletteSuccessHeading`): str
        palette_success_highlight (`PaletteSuccessHighlight`): str
        palette_success_light (`PaletteSuccessLight`): str
        palette_success_lighter (`PaletteSuccessLighter`): str
        palette_success_main (`PaletteSuccessMain`): str
        palette_success_text (`PaletteSuccessText`): str
        palette_warning_dark (`PaletteWarningDark`): str
        palette_warning_darker (`PaletteWarningDarker`): str
        palette_warning_heading (`PaletteWarningHeading`): str
        palette_warning_highlight (`PaletteWarningHighlight`): str
        palette_warning_light (`PaletteWarningLight`): str
        palette_warning_lighter (`PaletteWarningLighter`): str
        palette_warning_main (`PaletteWarningMain`): str
        palette_warning_text (`PaletteWarningText`): str
        spacing_0 (`Spacing0`): str
        spacing_1 (`Spacing1`): str
        spacing_2 (`Spacing2`): str
        spacing_3 (`Spacing3`): str
        spacing_4 (`Spacing4`): str
        spacing_5 (`Spacing5`): str
        spacing_6 (`Spacing6`): str
        spacing_7 (`Spacing7`): str
        spacing_8 (`Spacing8`): str
        spacing_9 (`Spacing9`): str
        transition_duration_main (`TransitionDurationMain`): str
        typography_color_action (`TypographyColorAction`): str
        typography_color_body (`TypographyColorBody`): str
        typography_color_danger (`TypographyColorDanger`): str
        typography_color_disabled (`TypographyColorDisabled`): str
        typography_color_heading (`TypographyColorHeading`): str
        typography_color_inverse (`TypographyColorInverse`): str
        typography_color_subordinate (`TypographyColorSubordinate`): str
        typography_color_success (`TypographyColorSuccess`): str
        typography_color_support (`TypographyColorSupport`): str
        typography_color_warning (`TypographyColorWarning`): str
        typography_family_body (`TypographyFamilyBody`): str
        typography_family_button (`TypographyFamilyButton`): str
        typography_family_heading (`TypographyFamilyHeading`): str
        typography_line_height_body (`TypographyLineHeightBody`): Unitless line-height multiplier for body text (e.g. 1.5)
        typography_line_height_heading_1 (`TypographyLineHeightHeading1`): Unitless line-height multiplier for heading 1
        typography_line_height_heading_2 (`TypographyLineHeightHeading2`): Unitless line-height multiplier for heading 2
        typography_line_height_heading_3 (`TypographyLineHeightHeading3`): Unitless line-height multiplier for heading 3
        typography_line_height_heading_4 (`TypographyLineHeightHeading4`): Unitless line-height multiplier for heading 4
        typography_line_height_heading_5 (`TypographyLineHeightHeading5`): Unitless line-height multiplier for heading 5
        typography_line_height_heading_6 (`TypographyLineHeightHeading6`): Unitless line-height multiplier for heading 6
        typography_line_height_overline (`TypographyLineHeightOverline`): Unitless line-height multiplier for overline text
        typography_line_height_ui (`TypographyLineHeightUi`): Unitless line-height multiplier for UI text
        typography_line_length_max (`TypographyLineLengthMax`): str
        typography_size_body (`TypographySizeBody`): str
        typography_size_heading_1 (`TypographySizeHeading1`): str
        typography_size_heading_2 (`TypographySizeHeading2`): str
        typography_size_heading_3 (`TypographySizeHeading3`): str
        typography_size_heading_4 (`TypographySizeHeading4`): str
        typography_size_heading_5 (`TypographySizeHeading5`): str
        typography_size_heading_6 (`TypographySizeHeading6`): str
        typography_size_subordinate (`TypographySizeSubordinate`): str
        typography_weight_body (`TypographyWeightBody`): str
        typography_weight_body_bold (`TypographyWeightBodyBold`): str
        typography_weight_heading (`TypographyWeightHeading`): str
        typography_weight_heading_bold (`TypographyWeightHeadingBold`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "BorderColorDangerControl": "border_color_danger_control",
        "BorderColorDangerDark": "border_color_danger_dark",
        "BorderColorDangerLight": "border_color_danger_light",
        "BorderColorDisabled": "border_color_disabled",
        "BorderColorDisplay": "border_color_display",
        "BorderColorPrimaryControl": "border_color_primary_control",
        "BorderColorPrimaryDark": "border_color_primary_dark",
        "BorderRadiusMain": "border_radius_main",
        "BorderRadiusTight": "border_radius_tight",
        "BorderStyleMain": "border_style_main",
        "BorderWidthMain": "border_width_main",
        "FocusOutlineColorPrimary": "focus_outline_color_primary",
        "FocusOutlineOffsetMain": "focus_outline_offset_main",
        "FocusOutlineOffsetTight": "focus_outline_offset_tight",
        "FocusOutlineStyle": "focus_outline_style",
        "FocusOutlineWidthMain": "focus_outline_width_main",
        "FocusOutlineWidthTight": "focus_outline_width_tight",
        "HueBlue100": "hue_blue_100",
        "HueBlue200": "hue_blue_200",
        "HueBlue300": "hue_blue_300",
        "HueBlue400": "hue_blue_400",
        "HueBlue50": "hue_blue_50",
        "HueBlue500": "hue_blue_500",
        "HueBlue600": "hue_blue_600",
        "HueBlue700": "hue_blue_700",
        "HueBlue800": "hue_blue_800",
        "HueBlue900": "hue_blue_900",
        "HueGreen100": "hue_green_100",
        "HueGreen200": "hue_green_200",
        "HueGreen300": "hue_green_300",
        "HueGreen400": "hue_green_400",
        "HueGreen50": "hue_green_50",
        "HueGreen500": "hue_green_500",
        "HueGreen600": "hue_green_600",
        "HueGreen700": "hue_green_700",
        "HueGreen800": "hue_green_800",
        "HueGreen900": "hue_green_900",
        "HueNeutral100": "hue_neutral_100",
        "HueNeutral200": "hue_neutral_200",
        "HueNeutral300": "hue_neutral_300",
        "HueNeutral400": "hue_neutral_400",
        "HueNeutral50": "hue_neutral_50",
        "HueNeutral500": "hue_neutral_500",
        "HueNeutral600": "hue_neutral_600",
        "HueNeutral700": "hue_neutral_700",
        "HueNeutral800": "hue_neutral_800",
        "HueNeutral900": "hue_neutral_900",
        "HueNeutralWhite": "hue_neutral_white",
        "HueRed100": "hue_red_100",
        "HueRed200": "hue_red_200",
        "HueRed300": "hue_red_300",
        "HueRed400": "hue_red_400",
        "HueRed50": "hue_red_50",
        "HueRed500": "hue_red_500",
        "HueRed600": "hue_red_600",
        "HueRed700": "hue_red_700",
        "HueRed800": "hue_red_800",
        "HueRed900": "hue_red_900",
        "HueYellow100": "hue_yellow_100",
        "HueYellow200": "hue_yellow_200",
        "HueYellow300": "hue_yellow_300",
        "HueYellow400": "hue_yellow_400",
        "HueYellow50": "hue_yellow_50",
        "HueYellow500": "hue_yellow_500",
        "HueYellow600": "hue_yellow_600",
        "HueYellow700": "hue_yellow_700",
        "HueYellow800": "hue_yellow_800",
        "HueYellow900": "hue_yellow_900",
        "PaletteDangerDark": "palette_danger_dark",
        "PaletteDangerDarker": "palette_danger_darker",
        "PaletteDangerHeading": "palette_danger_heading",
        "PaletteDangerHighlight": "palette_danger_highlight",
        "PaletteDangerLight": "palette_danger_light",
        "PaletteDangerLighter": "palette_danger_lighter",
        "PaletteDangerMain": "palette_danger_main",
        "PaletteDangerText": "palette_danger_text",
        "PalettePrimaryDark": "palette_primary_dark",
        "PalettePrimaryDarker": "palette_primary_darker",
        "PalettePrimaryHeading": "palette_primary_heading",
        "PalettePrimaryHighlight": "palette_primary_highlight",
        "PalettePrimaryLight": "palette_primary_light",
        "PalettePrimaryLighter": "palette_primary_lighter",
        "PalettePrimaryMain": "palette_primary_main",
        "PalettePrimaryText": "palette_primary_text",
        "PaletteSuccessDark": "palette_success_dark",
        "PaletteSuccessDarker": "palette_success_darker",
        "PaletteSuccessHeading": "palette_success_heading",
        "PaletteSuccessHighlight": "palette_success_highlight",
        "PaletteSuccessLight": "palette_success_light",
        "PaletteSuccessLighter": "palette_success_lighter",
        "PaletteSuccessMain": "palette_success_main",
        "PaletteSuccessText": "palette_success_text",
        "PaletteWarningDark": "palette_warning_dark",
        "PaletteWarningDarker": "palette_warning_darker",
        "PaletteWarningHeading": "palette_warning_heading",
        "PaletteWarningHighlight": "palette_warning_highlight",
        "PaletteWarningLight": "palette_warning_light",
        "PaletteWarningLighter": "palette_warning_lighter",
        "PaletteWarningMain": "palette_warning_main",
        "PaletteWarningText": "palette_warning_text",
        "Spacing0": "spacing_0",
        "Spacing1": "spacing_1",
        "Spacing2": "spacing_2",
        "Spacing3": "spacing_3",
        "Spacing4": "spacing_4",
        "Spacing5": "spacing_5",
        "Spacing6": "spacing_6",
        "Spacing7": "spacing_7",
        "Spacing8": "spacing_8",
        "Spacing9": "spacing_9",
        "TransitionDurationMain": "transition_duration_main",
        "TypographyColorAction": "typography_color_action",
        "TypographyColorBody": "typography_color_body",
        "TypographyColorDanger": "typography_color_danger",
        "TypographyColorDisabled": "typography_color_disabled",
        "TypographyColorHeading": "typography_color_heading",
        "TypographyColorInverse": "typography_color_inverse",
        "TypographyColorSubordinate": "typography_color_subordinate",
        "TypographyColorSuccess": "typography_color_success",
        "TypographyColorSupport": "typography_color_support",
        "TypographyColorWarning": "typography_color_warning",
        "TypographyFamilyBody": "typography_family_body",
        "TypographyFamilyButton": "typography_family_button",
        "TypographyFamilyHeading": "typography_family_heading",
        "TypographyLineHeightBody": "typography_line_height_body",
        "TypographyLineHeightHeading1": "typography_line_height_heading_1",
        "TypographyLineHeightHeading2": "typography_line_height_heading_2",
        "TypographyLineHeightHeading3": "typography_line_height_heading_3",
        "TypographyLineHeightHeading4": "typography_line_height_heading_4",
        "TypographyLineHeightHeading5": "typography_line_height_heading_5",
        "TypographyLineHeightHeading6": "typography_line_height_heading_6",
        "TypographyLineHeightOverline": "typography_line_height_overline",
        "TypographyLineHeightUi": "typography_line_height_ui",
        "TypographyLineLengthMax": "typography_line_length_max",
        "TypographySizeBody": "typography_size_body",
        "TypographySizeHeading1": "typography_size_heading_1",
        "TypographySizeHeading2": "typography_size_heading_2",
        "TypographySizeHeading3": "typography_size_heading_3",
        "TypographySizeHeading4": "typography_size_heading_4",
        "TypographySizeHeading5": "typography_size_heading_5",
        "TypographySizeHeading6": "typography_size_heading_6",
        "TypographySizeSubordinate": "typography_size_subordinate",
        "TypographyWeightBody": "typography_weight_body",
        "TypographyWeightBodyBold": "typography_weight_body_bold",
        "TypographyWeightHeading": "typography_weight_heading",
        "TypographyWeightHeadingBold": "typography_weight_heading_bold",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "border_color_danger_control": "str",
        "border_color_danger_dark": "str",
        "border_color_danger_light": "str",
        "border_color_disabled": "str",
        "border_color_display": "str",
        "border_color_primary_control": "str",
        "border_color_primary_dark": "str",
        "border_radius_main": "str",
        "border_radius_tight": "str",
        "border_style_main": "str",
        "border_width_main": "str",
        "focus_outline_color_primary": "str",
        "focus_outline_offset_main": "str",
        "focus_outline_offset_tight": "str",
        "focus_outline_style": "str",
        "focus_outline_width_main": "str",
        "focus_outline_width_tight": "str",
        "hue_blue_100": "str",
        "hue_blue_200": "str",
        "hue_blue_300": "str",
        "hue_blue_400": "str",
        "hue_blue_50": "str",
        "hue_blue_500": "str",
        "hue_blue_600": "str",
        "hue_blue_700": "str",
        "hue_blue_800": "str",
        "hue_blue_900": "str",
        "hue_green_100": "str",
        "hue_green_200": "str",
        "hue_green_300": "str",
        "hue_green_400": "str",
        "hue_green_50": "str",
        "hue_green_500": "str",
        "hue_green_600": "str",
        "hue_green_700": "str",
        "hue_green_800": "str",
        "hue_green_900": "str",
        "hue_neutral_100": "str",
        "hue_neutral_200": "str",
        "hue_neutral_300": "str",
        "hue_neutral_400": "str",
        "hue_neutral_50": "str",
        "hue_neutral_500": "str",
        "hue_neutral_600": "str",
        "hue_neutral_700": "str",
        "hue_neutral_800": "str",
        "hue_neutral_900": "str",
        "hue_neutral_white": "str",
        "hue_red_100": "str",
        "hue_red_200": "str",
        "hue_red_300": "str",
        "hue_red_400": "str",
        "hue_red_50": "str",
        "hue_red_500": "str",
        "hue_red_600": "str",
        "hue_red_700": "str",
        "hue_red_800": "str",
        "hue_red_900": "str",
        "hue_yellow_100": "str",
        "hue_yellow_200": "str",
        "hue_yellow_300": "str",
        "hue_yellow_400": "str",
        "hue_yellow_50": "str",
        "hue_yellow_500": "str",
        "hue_yellow_600": "str",
        "hue_yellow_700": "str",
        "hue_yellow_800": "str",
        "hue_yellow_900": "str",
        "palette_danger_dark": "str",
        "palette_danger_darker": "str",
        "palette_danger_heading": "str",
        "palette_danger_highlight": "str",
        "palette_danger_light": "str",
        "palette_danger_lighter": "str",
        "palette_danger_main": "str",
        "palette_danger_text": "str",
        "palette_primary_dark": "str",
        "palette_primary_darker": "str",
        "palette_primary_heading": "str",
        "palette_primary_highlight": "str",
        "palette_primary_light": "str",
        "palette_primary_lighter": "str",
        "palette_primary_main": "str",
        "palette_primary_text": "str",
        "palette_success_dark": "str",
        "palette_success_darker": "str",
        "palette_success_heading": "str",
        "palette_success_highlight": "str",
        "palette_success_light": "str",
        "palette_success_lighter": "str",
        "palette_success_main": "str",
        "palette_success_text": "str",
        "palette_warning_dark": "str",
        "palette_warning_darker": "str",
        "palette_warning_heading": "str",
        "palette_warning_highlight": "str",
        "palette_warning_light": "str",
        "palette_warning_lighter": "str",
        "palette_warning_main": "str",
        "palette_warning_text": "str",
        "spacing_0": "str",
        "spacing_1": "str",
        "spacing_2": "str",
        "spacing_3": "str",
        "spacing_4": "str",
        "spacing_5": "str",
        "spacing_6": "str",
        "spacing_7": "str",
        "spacing_8": "str",
        "spacing_9": "str",
        "transition_duration_main": "str",
        "typography_color_action": "str",
        "typography_color_body": "str",
        "typography_color_danger": "str",
        "typography_color_disabled": "str",
        "typography_color_heading": "str",
        "typography_color_inverse": "str",
        "typography_color_subordinate": "str",
        "typography_color_success": "str",
        "typography_color_support": "str",
        "typography_color_warning": "str",
        "typography_family_body": "str",
        "typography_family_button": "str",
        "typography_family_heading": "str",
        "typography_line_height_body": "float",
        "typography_line_height_heading_1": "float",
        "typography_line_height_heading_2": "float",
        "typography_line_height_heading_3": "float",
        "typography_line_height_heading_4": "float",
        "typography_line_height_heading_5": "float",
        "typography_line_height_heading_6": "float",
        "typography_line_height_overline": "float",
        "typography_line_height_ui": "float",
        "typography_line_length_max": "str",
        "typography_size_body": "str",
        "typography_size_heading_1": "str",
        "typography_size_heading_2": "str",
        "typography_size_heading_3": "str",
        "typography_size_heading_4": "str",
        "typography_size_heading_5": "str",
        "typography_size_heading_6": "str",
        "typography_size_subordinate": "str",
        "typography_weight_body": "str",
        "typography_weight_body_bold": "str",
        "typography_weight_heading": "str",
        "typography_weight_heading_bold": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "border_color_danger_control": ("BorderColorDangerControl", None),
        "border_color_danger_dark": ("BorderColorDangerDark", None),
        "border_color_danger_light": ("BorderColorDangerLight", None),
        "border_color_disabled": ("BorderColorDisabled", None),
        "border_color_display": ("BorderColorDisplay", None),
        "border_color_primary_control": ("BorderColorPrimaryControl", None),
        "border_color_primary_dark": ("BorderColorPrimaryDark", None),
        "border_radius_main": ("BorderRadiusMain", None),
        "border_radius_tight": ("BorderRadiusTight", None),
        "border_style_main": ("BorderStyleMain", None),
        "border_width_main": ("BorderWidthMain", None),
        "focus_outline_color_primary": ("FocusOutlineColorPrimary", None),
        "focus_outline_offset_main": ("FocusOutlineOffsetMain", None),
        "focus_outline_offset_tight": ("FocusOutlineOffsetTight", None),
        "focus_outline_style": ("FocusOutlineStyle", None),
        "focus_outline_width_main": ("FocusOutlineWidthMain", None),
        "focus_outline_width_tight": ("FocusOutlineWidthTight", None),
        "hue_blue_100": ("HueBlue100", None),
        "hue_blue_200": ("HueBlue200", None),
        "hue_blue_300": ("HueBlue300", None),
        "hue_blue_400": ("HueBlue400", None),
        "hue_blue_50": ("HueBlue50", None),
        "hue_blue_500": ("HueBlue500", None),
        "hue_blue_600": ("HueBlue600", None),
        "hue_blue_700": ("HueBlue700", None),
        "hue_blue_800": ("HueBlue800", None),
        "hue_blue_900": ("HueBlue900", None),
        "hue_green_100": ("HueGreen100", None),
        "hue_green_200": ("HueGreen200", None),
        "hue_green_300": ("HueGreen300", None),
        "hue_green_400": ("HueGreen400", None),
        "hue_green_50": ("HueGreen50", None),
        "hue_green_500": ("HueGreen500", None),
        "hue_green_600": ("HueGreen600", None),
        "hue_green_700": ("HueGreen700", None),
        "hue_green_800": ("HueGreen800", None),
        "hue_green_900": ("HueGreen900", None),
        "hue_neutral_100": ("HueNeutral100", None),
        "hue_neutral_200": ("HueNeutral200", None),
        "hue_neutral_300": ("HueNeutral300", None),
        "hue_neutral_400": ("HueNeutral400", None),
        "hue_neutral_50": ("HueNeutral50", None),
        "hue_neutral_500": ("HueNeutral500", None),
        "hue_neutral_600": ("HueNeutral600", None),
        "hue_neutral_700": ("HueNeutral700", None),
        "hue_neutral_800": ("HueNeutral800", None),
        "hue_neutral_900": ("HueNeutral900", None),
        "hue_neutral_white": ("HueNeutralWhite", None),
        "hue_red_100": ("HueRed100", None),
        "hue_red_200": ("HueRed200", None),
        "hue_red_300": ("HueRed300", None),
        "hue_red_400": ("HueRed400", None),
        "hue_red_50": ("HueRed50", None),
        "hue_red_500": ("HueRed500", None),
        "hue_red_600": ("HueRed600", None),
        "hue_red_700": ("HueRed700", None),
        "hue_red_800": ("HueRed800", None),
        "hue_red_900": ("HueRed900", None),
        "hue_yellow_100": ("HueYellow100", None),
        "hue_yellow_200": ("HueYellow200", None),
        "hue_yellow_300": ("HueYellow300", None),
        "hue_yellow_400": ("HueYellow400", None),
        "hue_yellow_50": ("HueYellow50", None),
        "hue_yellow_500": ("HueYellow500", None),
        "hue_yellow_600": ("HueYellow600", None),
        "hue_yellow_700": ("HueYellow700", None),
        "hue_yellow_800": ("HueYellow800", None),
        "hue_yellow_900": ("HueYellow900", None),
        "palette_danger_dark": ("PaletteDangerDark", None),
        "palette_danger_darker": ("PaletteDangerDarker", None),
        "palette_danger_heading": ("PaletteDangerHeading", None),
        "palette_danger_highlight": ("PaletteDangerHighlight", None),
        "palette_danger_light": ("PaletteDangerLight", None),
        "palette_danger_lighter": ("PaletteDangerLighter", None),
        "palette_danger_main": ("PaletteDangerMain", None),
        "palette_danger_text": ("PaletteDangerText", None),
        "palette_primary_dark": ("PalettePrimaryDark", None),
        "palette_primary_darker": ("PalettePrimaryDarker", None),
        "palette_primary_heading": ("PalettePrimaryHeading", None),
        "palette_primary_highlight": ("PalettePrimaryHighlight", None),
        "palette_primary_light": ("PalettePrimaryLight", None),
        "palette_primary_lighter": ("PalettePrimaryLighter", None),
        "palette_primary_main": ("PalettePrimaryMain", None),
        "palette_primary_text": ("PalettePrimaryText", None),
        "palette_success_dark": ("PaletteSuccessDark", None),
        "palette_success_darker": ("PaletteSuccessDarker", None),
        "palette_success_heading": ("PaletteSuccessHeading", None),
        "palette_success_highlight": ("PaletteSuccessHighlight", None),
        "palette_success_light": ("PaletteSuccessLight", None),
        "palette_success_lighter": ("PaletteSuccessLighter", None),
        "palette_success_main": ("PaletteSuccessMain", None),
        "palette_success_text": ("PaletteSuccessText", None),
        "palette_warning_dark": ("PaletteWarningDark", None),
        "palette_warning_darker": ("PaletteWarningDarker", None),
        "palette_warning_heading": ("PaletteWarningHeading", None),
        "palette_warning_highlight": ("PaletteWarningHighlight", None),
        "palette_warning_light": ("PaletteWarningLight", None),
        "palette_warning_lighter": ("PaletteWarningLighter", None),
        "palette_warning_main": ("PaletteWarningMain", None),
        "palette_warning_text": ("PaletteWarningText", None),
        "spacing_0": ("Spacing0", None),
        "spacing_1": ("Spacing1", None),
        "spacing_2": ("Spacing2", None),
        "spacing_3": ("Spacing3", None),
        "spacing_4": ("Spacing4", None),
        "spacing_5": ("Spacing5", None),
        "spacing_6": ("Spacing6", None),
        "spacing_7": ("Spacing7", None),
        "spacing_8": ("Spacing8", None),
        "spacing_9": ("Spacing9", None),
        "transition_duration_main": ("TransitionDurationMain", None),
        "typography_color_action": ("TypographyColorAction", None),
        "typography_color_body": ("TypographyColorBody", None),
        "typography_color_danger": ("TypographyColorDanger", None),
        "typography_color_disabled": ("TypographyColorDisabled", None),
        "typography_color_heading": ("TypographyColorHeading", None),
        "typography_color_inverse": ("TypographyColorInverse", None),
        "typography_color_subordinate": ("TypographyColorSubordinate", None),
        "typography_color_success": ("TypographyColorSuccess", None),
        "typography_color_support": ("TypographyColorSupport", None),
        "typography_color_warning": ("TypographyColorWarning", None),
        "typography_family_body": ("TypographyFamilyBody", None),
        "typography_family_button": ("TypographyFamilyButton", None),
        "typography_family_heading": ("TypographyFamilyHeading", None),
        "typography_line_height_body": ("TypographyLineHeightBody", None),
        "typography_line_height_heading_1": ("TypographyLineHeightHeading1", None),
        "typography_line_height_heading_2": ("TypographyLineHeightHeading2", None),
        "typography_line_height_heading_3": ("TypographyLineHeightHeading3", None),
        "typography_line_height_heading_4": ("TypographyLineHeightHeading4", None),
        "typography_line_height_heading_5": ("TypographyLineHeightHeading5", None),
        "typography_line_height_heading_6": ("TypographyLineHeightHeading6", None),
        "typography_line_height_overline": ("TypographyLineHeightOverline", None),
        "typography_line_height_ui": ("TypographyLineHeightUi", None),
        "typography_line_length_max": ("TypographyLineLengthMax", None),
        "typography_size_body": ("TypographySizeBody", None),
        "typography_size_heading_1": ("TypographySizeHeading1", None),
        "typography_size_heading_2": ("TypographySizeHeading2", None),
        "typography_size_heading_3": ("TypographySizeHeading3", None),
        "typography_size_heading_4": ("TypographySizeHeading4", None),
        "typography_size_heading_5": ("TypographySizeHeading5", None),
        "typography_size_heading_6": ("TypographySizeHeading6", None),
        "typography_size_subordinate": ("TypographySizeSubordinate", None),
        "typography_weight_body": ("TypographyWeightBody", None),
        "typography_weight_body_bold": ("TypographyWeightBodyBold", None),
        "typography_weight_heading": ("TypographyWeightHeading", None),
        "typography_weight_heading_bold": ("TypographyWeightHeadingBold", None),
    }

    border_color_danger_control: str | None = _attrs_field(init=False)
    border_color_danger_dark: str | None = _attrs_field(init=False)
    border_color_danger_light: str | None = _attrs_field(init=False)
    border_color_disabled: str | None = _attrs_field(init=False)
    border_color_display: str | None = _attrs_field(init=False)
    border_color_primary_control: str | None = _attrs_field(init=False)
    border_color_primary_dark: str | None = _attrs_field(init=False)
    border_radius_main: str | None = _attrs_field(init=False)
    border_radius_tight: str | None = _attrs_field(init=False)
    border_style_main: str | None = _attrs_field(init=False)
    border_width_main: str | None = _attrs_field(init=False)
    focus_outline_color_primary: str | None = _attrs_field(init=False)
    focus_outline_offset_main: str | None = _attrs_field(init=False)
    focus_outline_offset_tight: str | None = _attrs_field(init=False)
    focus_outline_style: str | None = _attrs_field(init=False)
    focus_outline_width_main: str | None = _attrs_field(init=False)
    focus_outline_width_tight: str | None = _attrs_field(init=False)
    hue_blue_100: str | None = _attrs_field(init=False)
    hue_blue_200: str | None = _attrs_field(init=False)
    hue_blue_300: str | None = _attrs_field(init=False)
    hue_blue_400: str | None = _attrs_field(init=False)
    hue_blue_50: str | None = _attrs_field(init=False)
    hue_blue_500: str | None = _attrs_field(init=False)
    hue_blue_600: str | None = _attrs_field(init=False)
    hue_blue_700: str | None = _attrs_field(init=False)
    hue_blue_800: str | None = _attrs_field(init=False)
    hue_blue_900: str | None = _attrs_field(init=False)
    hue_green_100: str | None = _attrs_field(init=False)
    hue_green_200: str | None = _attrs_field(init=False)
    hue_green_300: str | None = _attrs_field(init=False)
    hue_green_400: str | None = _attrs_field(init=False)
    hue_green_50: str | None = _attrs_field(init=False)
    hue_green_500: str | None = _attrs_field(init=False)
    hue_green_600: str | None = _attrs_field(init=False)
    hue_green_700: str | None = _attrs_field(init=False)
    hue_green_800: str | None = _attrs_field(init=False)
    hue_green_900: str | None = _attrs_field(init=False)
    hue_neutral_100: str | None = _attrs_field(init=False)
    hue_neutral_200: str | None = _attrs_field(init=False)
    hue_neutral_300: str | None = _attrs_field(init=False)
    hue_neutral_400: str | None = _attrs_field(init=False)
    hue_neutral_50: str | None = _attrs_field(init=False)
    hue_neutral_500: str | None = _attrs_field(init=False)
    hue_neutral_600: str | None = _attrs_field(init=False)
    hue_neutral_700: str | None = _attrs_field(init=False)
    hue_neutral_800: str | None = _attrs_field(init=False)
    hue_neutral_900: str | None = _attrs_field(init=False)
    hue_neutral_white: str | None = _attrs_field(init=False)
    hue_red_100: str | None = _attrs_field(init=False)
    hue_red_200: str | None = _attrs_field(init=False)
    hue_red_300: str | None = _attrs_field(init=False)
    hue_red_400: str | None = _attrs_field(init=False)
    hue_red_50: str | None = _attrs_field(init=False)
    hue_red_500: str | None = _attrs_field(init=False)
    hue_red_600: str | None = _attrs_field(init=False)
    hue_red_700: str | None = _attrs_field(init=False)
    hue_red_800: str | None = _attrs_field(init=False)
    hue_red_900: str | None = _attrs_field(init=False)
    hue_yellow_100: str | None = _attrs_field(init=False)
    hue_yellow_200: str | None = _attrs_field(init=False)
    hue_yellow_300: str | None = _attrs_field(init=False)
    hue_yellow_400: str | None = _attrs_field(init=False)
    hue_yellow_50: str | None = _attrs_field(init=False)
    hue_yellow_500: str | None = _attrs_field(init=False)
    hue_yellow_600: str | None = _attrs_field(init=False)
    hue_yellow_700: str | None = _attrs_field(init=False)
    hue_yellow_800: str | None = _attrs_field(init=False)
    hue_yellow_900: str | None = _attrs_field(init=False)
    palette_danger_dark: str | None = _attrs_field(init=False)
    palette_danger_darker: str | None = _attrs_field(init=False)
    palette_danger_heading: str | None = _attrs_field(init=False)
    palette_danger_highlight: str | None = _attrs_field(init=False)
    palette_danger_light: str | None = _attrs_field(init=False)
    palette_danger_lighter: str | None = _attrs_field(init=False)
    palette_danger_main: str | None = _attrs_field(init=False)
    palette_danger_text: str | None = _attrs_field(init=False)
    palette_primary_dark: str | None = _attrs_field(init=False)
    palette_primary_darker: str | None = _attrs_field(init=False)
    palette_primary_heading: str | None = _attrs_field(init=False)
    palette_primary_highlight: str | None = _attrs_field(init=False)
    palette_primary_light: str | None = _attrs_field(init=False)
    palette_primary_lighter: str | None = _attrs_field(init=False)
    palette_primary_main: str | None = _attrs_field(init=False)
    palette_primary_text: str | None = _attrs_field(init=False)
    palette_success_dark: str | None = _attrs_field(init=False)
    palette_success_darker: str | None = _attrs_field(init=False)
    palette_success_heading: str | None = _attrs_field(init=False)
    palette_success_highlight: str | None = _attrs_field(init=False)
    palette_success_light: str | None = _attrs_field(init=False)
    palette_success_lighter: str | None = _attrs_field(init=False)
    palette_success_main: str | None = _attrs_field(init=False)
    palette_success_text: str | None = _attrs_field(init=False)
    palette_warning_dark: str | None = _attrs_field(init=False)
    palette_warning_darker: str | None = _attrs_field(init=False)
    palette_warning_heading: str | None = _attrs_field(init=False)
    palette_warning_highlight: str | None = _attrs_field(init=False)
    palette_warning_light: str | None = _attrs_field(init=False)
    palette_warning_lighter: str | None = _attrs_field(init=False)
    palette_warning_main: str | None = _attrs_field(init=False)
    palette_warning_text: str | None = _attrs_field(init=False)
    spacing_0: str | None = _attrs_field(init=False)
    spacing_1: str | None = _attrs_field(init=False)
    spacing_2: str | None = _attrs_field(init=False)
    spacing_3: str | None = _attrs_field(init=False)
    spacing_4: str | None = _attrs_field(init=False)
    spacing_5: str | None = _attrs_field(init=False)
    spacing_6: str | None = _attrs_field(init=False)
    spacing_7: str | None = _attrs_field(init=False)
    spacing_8: str | None = _attrs_field(init=False)
    spacing_9: str | None = _attrs_field(init=False)
    transition_duration_main: str | None = _attrs_field(init=False)
    typography_color_action: str | None = _attrs_field(init=False)
    typography_color_body: str | None = _attrs_field(init=False)
    typography_color_danger: str | None = _attrs_field(init=False)
    typography_color_disabled: str | None = _attrs_field(init=False)
    typography_color_heading: str | None = _attrs_field(init=False)
    typography_color_inverse: str | None = _attrs_field(init=False)
    typography_color_subordinate: str | None = _attrs_field(init=False)
    typography_color_success: str | None = _attrs_field(init=False)
    typography_color_support: str | None = _attrs_field(init=False)
    typography_color_warning: str | None = _attrs_field(init=False)
    typography_family_body: str | None = _attrs_field(init=False)
    typography_family_button: str | None = _attrs_field(init=False)
    typography_family_heading: str | None = _attrs_field(init=False)
    typography_line_height_body: float | None = _attrs_field(init=False)
    typography_line_height_heading_1: float | None = _attrs_field(init=False)
    typography_line_height_heading_2: float | None = _attrs_field(init=False)
    typography_line_height_heading_3: float | None = _attrs_field(init=False)
    typography_line_height_heading_4: float | None = _attrs_field(init=False)
    typography_line_height_heading_5: float | None = _attrs_field(init=False)
    typography_line_height_heading_6: float | None = _attrs_field(init=False)
    typography_line_height_overline: float | None = _attrs_field(init=False)
    typography_line_height_ui: float | None = _attrs_field(init=False)
    typography_line_length_max: str | None = _attrs_field(init=False)
    typography_size_body: str | None = _attrs_field(init=False)
    typography_size_heading_1: str | None = _attrs_field(init=False)
    typography_size_heading_2: str | None = _attrs_field(init=False)
    typography_size_heading_3: str | None = _attrs_field(init=False)
    typography_size_heading_4: str | None = _attrs_field(init=False)
    typography_size_heading_5: str | None = _attrs_field(init=False)
    typography_size_heading_6: str | None = _attrs_field(init=False)
    typography_size_subordinate: str | None = _attrs_field(init=False)
    typography_weight_body: str | None = _attrs_field(init=False)
    typography_weight_body_bold: str | None = _attrs_field(init=False)
    typography_weight_heading: str | None = _attrs_field(init=False)
    typography_weight_heading_bold: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        border_color_danger_control: str | None | Unset = UNSET,
        border_color_danger_dark: str | None | Unset = UNSET,
        border_color_danger_light: str | None | Unset = UNSET,
        border_color_disabled: str | None | Unset = UNSET,
        border_color_display: str | None | Unset = UNSET,
        border_color_primary_control: str | None | Unset = UNSET,
        border_color_primary_dark: str | None | Unset = UNSET,
        border_radius_main: str | None | Unset = UNSET,
        border_radius_tight: str | None | Unset = UNSET,
        border_style_main: str | None | Unset = UNSET,
        border_width_main: str | None | Unset = UNSET,
        focus_outline_color_primary: str | None | Unset = UNSET,
        focus_outline_offset_main: str | None | Unset = UNSET,
        focus_outline_offset_tight: str | None | Unset = UNSET,
        focus_outline_style: str | None | Unset = UNSET,
        focus_outline_width_main: str | None | Unset = UNSET,
        focus_outline_width_tight: str | None | Unset = UNSET,
        hue_blue_100: str | None | Unset = UNSET,
        hue_blue_200: str | None | Unset = UNSET,
        hue_blue_300: str | None | Unset = UNSET,
        hue_blue_400: str | None | Unset = UNSET,
        hue_blue_50: str | None | Unset = UNSET,
        hue_blue_500: str | None | Unset = UNSET,
        hue_blue_600: str | None | Unset = UNSET,
        hue_blue_700: str | None | Unset = UNSET,
        hue_blue_800: str | None | Unset = UNSET,
        hue_blue_900: str | None | Unset = UNSET,
        hue_green_100: str | None | Unset = UNSET,
        hue_green_200: str | None | Unset = UNSET,
        hue_green_300: str | None | Unset = UNSET,
        hue_green_400: str | None | Unset = UNSET,
        hue_green_50: str | None | Unset = UNSET,
        hue_green_500: str | None | Unset = UNSET,
        hue_green_600: str | None | Unset = UNSET,
        hue_green_700: str | None | Unset = UNSET,
        hue_green_800: str | None | Unset = UNSET,
        hue_green_900: str | None | Unset = UNSET,
        hue_neutral_100: str | None | Unset = UNSET,
        hue_neutral_200: str | None | Unset = UNSET,
        hue_neutral_300: str | None | Unset = UNSET,
        hue_neutral_400: str | None | Unset = UNSET,
        hue_neutral_50: str | None | Unset = UNSET,
        hue_neutral_500: str | None | Unset = UNSET,
        hue_neutral_600: str | None | Unset = UNSET,
        hue_neutral_700: str | None | Unset = UNSET,
        hue_neutral_800: str | None | Unset = UNSET,
        hue_neutral_900: str | None | Unset = UNSET,
        hue_neutral_white: str | None | Unset = UNSET,
        hue_red_100: str | None | Unset = UNSET,
        hue_red_200: str | None | Unset = UNSET,
        hue_red_300: str | None | Unset = UNSET,
        hue_red_400: str | None | Unset = UNSET,
        hue_red_50: str | None | Unset = UNSET,
        hue_red_500: str | None | Unset = UNSET,
        hue_red_600: str | None | Unset = UNSET,
        hue_red_700: str | None | Unset = UNSET,
        hue_red_800: str | None | Unset = UNSET,
        hue_red_900: str | None | Unset = UNSET,
        hue_yellow_100: str | None | Unset = UNSET,
        hue_yellow_200: str | None | Unset = UNSET,
        hue_yellow_300: str | None | Unset = UNSET,
        hue_yellow_400: str | None | Unset = UNSET,
        hue_yellow_50: str | None | Unset = UNSET,
        hue_yellow_500: str | None | Unset = UNSET,
        hue_yellow_600: str | None | Unset = UNSET,
        hue_yellow_700: str | None | Unset = UNSET,
        hue_yellow_800: str | None | Unset = UNSET,
        hue_yellow_900: str | None | Unset = UNSET,
        palette_danger_dark: str | None | Unset = UNSET,
        palette_danger_darker: str | None | Unset = UNSET,
        palette_danger_heading: str | None | Unset = UNSET,
        palette_danger_highlight: str | None | Unset = UNSET,
        palette_danger_light: str | None | Unset = UNSET,
        palette_danger_lighter: str | None | Unset = UNSET,
        palette_danger_main: str | None | Unset = UNSET,
        palette_danger_text: str | None | Unset = UNSET,
        palette_primary_dark: str | None | Unset = UNSET,
        palette_primary_darker: str | None | Unset = UNSET,
        palette_primary_heading: str | None | Unset = UNSET,
        palette_primary_highlight: str | None | Unset = UNSET,
        palette_primary_light: str | None | Unset = UNSET,
        palette_primary_lighter: str | None | Unset = UNSET,
        palette_primary_main: str | None | Unset = UNSET,
        palette_primary_text: str | None | Unset = UNSET,
        palette_success_dark: str | None | Unset = UNSET,
        palette_success_darker: str | None | Unset = UNSET,
        palette_success_heading: str | None | Unset = UNSET,
        palette_success_highlight: str | None | Unset = UNSET,
        palette_success_light: str | None | Unset = UNSET,
        palette_success_lighter: str | None | Unset = UNSET,
        palette_success_main: str | None | Unset = UNSET,
        palette_success_text: str | None | Unset = UNSET,
        palette_warning_dark: str | None | Unset = UNSET,
        palette_warning_darker: str | None | Unset = UNSET,
        palette_warning_heading: str | None | Unset = UNSET,
        palette_warning_highlight: str | None | Unset = UNSET,
        palette_warning_light: str | None | Unset = UNSET,
        palette_warning_lighter: str | None | Unset = UNSET,
        palette_warning_main: str | None | Unset = UNSET,
        palette_warning_text: str | None | Unset = UNSET,
        spacing_0: str | None | Unset = UNSET,
        spacing_1: str | None | Unset = UNSET,
        spacing_2: str | None | Unset = UNSET,
        spacing_3: str | None | Unset = UNSET,
        spacing_4: str | None | Unset = UNSET,
        spacing_5: str | None | Unset = UNSET,
        spacing_6: str | None | Unset = UNSET,
        spacing_7: str | None | Unset = UNSET,
        spacing_8: str | None | Unset = UNSET,
        spacing_9: str | None | Unset = UNSET,
        transition_duration_main: str | None | Unset = UNSET,
        typography_color_action: str | None | Unset = UNSET,
        typography_color_body: str | None | Unset = UNSET,
        typography_color_danger: str | None | Unset = UNSET,
        typography_color_disabled: str | None | Unset = UNSET,
        typography_color_heading: str | None | Unset = UNSET,
        typography_color_inverse: str | None | Unset = UNSET,
        typography_color_subordinate: str | None | Unset = UNSET,
        typography_color_success: str | None | Unset = UNSET,
        typography_color_support: str | None | Unset = UNSET,
        typography_color_warning: str | None | Unset = UNSET,
        typography_family_body: str | None | Unset = UNSET,
        typography_family_button: str | None | Unset = UNSET,
        typography_family_heading: str | None | Unset = UNSET,
        typography_line_height_body: float | None | Unset = UNSET,
        typography_line_height_heading_1: float | None | Unset = UNSET,
        typography_line_height_heading_2: float | None | Unset = UNSET,
        typography_line_height_heading_3: float | None | Unset = UNSET,
        typography_line_height_heading_4: float | None | Unset = UNSET,
        typography_line_height_heading_5: float | None | Unset = UNSET,
        typography_line_height_heading_6: float | None | Unset = UNSET,
        typography_line_height_overline: float | None | Unset = UNSET,
        typography_line_height_ui: float | None | Unset = UNSET,
        typography_line_length_max: str | None | Unset = UNSET,
        typography_size_body: str | None | Unset = UNSET,
        typography_size_heading_1: str | None | Unset = UNSET,
        typography_size_heading_2: str | None | Unset = UNSET,
        typography_size_heading_3: str | None | Unset = UNSET,
        typography_size_heading_4: str | None | Unset = UNSET,
        typography_size_heading_5: str | None | Unset = UNSET,
        typography_size_heading_6: str | None | Unset = UNSET,
        typography_size_subordinate: str | None | Unset = UNSET,
        typography_weight_body: str | None | Unset = UNSET,
        typography_weight_body_bold: str | None | Unset = UNSET,
        typography_weight_heading: str | None | Unset = UNSET,
        typography_weight_heading_bold: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if border_color_danger_control is not UNSET:
            _set_field(self, "border_color_danger_control", border_color_danger_control)
        if border_color_danger_dark is not UNSET:
            _set_field(self, "border_color_danger_dark", border_color_danger_dark)
        if border_color_danger_light is not UNSET:
            _set_field(self, "border_color_danger_light", border_color_danger_light)
        if border_color_disabled is not UNSET:
            _set_field(self, "border_color_disabled", border_color_disabled)
        if border_color_display is not UNSET:
            _set_field(self, "border_color_display", border_color_display)
        if border_color_primary_control is not UNSET:
            _set_field(self, "border_color_primary_control", border_color_primary_control)
        if border_color_primary_dark is not UNSET:
            _set_field(self, "border_color_primary_dark", border_color_primary_dark)
        if border_radius_main is not UNSET:
            _set_field(self, "border_radius_main", border_radius_main)
        if border_radius_tight is not UNSET:
            _set_field(self, "border_radius_tight", border_radius_tight)
        if border_style_main is not UNSET:
            _set_field(self, "border_style_main", border_style_main)
        if border_width_main is not UNSET:
            _set_field(self, "border_width_main", border_width_main)
        if focus_outline_color_primary is not UNSET:
            _set_field(self, "focus_outline_color_primary", focus_outline_color_primary)
        if focus_outline_offset_main is not UNSET:
            _set_field(self, "focus_outline_offset_main", focus_outline_offset_main)
        if focus_outline_offset_tight is not UNSET:
            _set_field(self, "focus_outline_offset_tight", focus_outline_offset_tight)
        if focus_outline_style is not UNSET:
            _set_field(self, "focus_outline_style", focus_outline_style)
        if focus_outline_width_main is not UNSET:
            _set_field(self, "focus_outline_width_main", focus_outline_width_main)
        if focus_outline_width_tight is not UNSET:
            _set_field(self, "focus_outline_width_tight", focus_outline_width_tight)
        if hue_blue_100 is not UNSET:
            _set_field(self, "hue_blue_100", hue_blue_100)
        if hue_blue_200 is not UNSET:
            _set_field(self, "hue_blue_200", hue_blue_200)
        if hue_blue_300 is not UNSET:
            _set_field(self, "hue_blue_300", hue_blue_300)
        if hue_blue_400 is not UNSET:
            _set_field(self, "hue_blue_400", hue_blue_400)
        if hue_blue_50 is not UNSET:
            _set_field(self, "hue_blue_50", hue_blue_50)
        if hue_blue_500 is not UNSET:
            _set_field(self, "hue_blue_500", hue_blue_500)
        if hue_blue_600 is not UNSET:
            _set_field(self, "hue_blue_600", hue_blue_600)
        if hue_blue_700 is not UNSET:
            _set_field(self, "hue_blue_700", hue_blue_700)
        if hue_blue_800 is not UNSET:
            _set_field(self, "hue_blue_800", hue_blue_800)
        if hue_blue_900 is not UNSET:
            _set_field(self, "hue_blue_900", hue_blue_900)
        if hue_green_100 is not UNSET:
            _set_field(self, "hue_green_100", hue_green_100)
        if hue_green_200 is not UNSET:
            _set_field(self, "hue_green_200", hue_green_200)
        if hue_green_300 is not UNSET:
            _set_field(self, "hue_green_300", hue_green_300)
        if hue_green_400 is not UNSET:
            _set_field(self, "hue_green_400", hue_green_400)
        if hue_green_50 is not UNSET:
            _set_field(self, "hue_green_50", hue_green_50)
        if hue_green_500 is not UNSET:
            _set_field(self, "hue_green_500", hue_green_500)
        if hue_green_600 is not UNSET:
            _set_field(self, "hue_green_600", hue_green_600)
        if hue_green_700 is not UNSET:
            _set_field(self, "hue_green_700", hue_green_700)
        if hue_green_800 is not UNSET:
            _set_field(self, "hue_green_800", hue_green_800)
        if hue_green_900 is not UNSET:
            _set_field(self, "hue_green_900", hue_green_900)
        if hue_neutral_100 is not UNSET:
            _set_field(self, "hue_neutral_100", hue_neutral_100)
        if hue_neutral_200 is not UNSET:
            _set_field(self, "hue_neutral_200", hue_neutral_200)
        if hue_neutral_300 is not UNSET:
            _set_field(self, "hue_neutral_300", hue_neutral_300)
        if hue_neutral_400 is not UNSET:
            _set_field(self, "hue_neutral_400", hue_neutral_400)
        if hue_neutral_50 is not UNSET:
            _set_field(self, "hue_neutral_50", hue_neutral_50)
        if hue_neutral_500 is not UNSET:
            _set_field(self, "hue_neutral_500", hue_neutral_500)
        if hue_neutral_600 is not UNSET:
            _set_field(self, "hue_neutral_600", hue_neutral_600)
        if hue_neutral_700 is not UNSET:
            _set_field(self, "hue_neutral_700", hue_neutral_700)
        if hue_neutral_800 is not UNSET:
            _set_field(self, "hue_neutral_800", hue_neutral_800)
        if hue_neutral_900 is not UNSET:
            _set_field(self, "hue_neutral_900", hue_neutral_900)
        if hue_neutral_white is not UNSET:
            _set_field(self, "hue_neutral_white", hue_neutral_white)
        if hue_red_100 is not UNSET:
            _set_field(self, "hue_red_100", hue_red_100)
        if hue_red_200 is not UNSET:
            _set_field(self, "hue_red_200", hue_red_200)
        if hue_red_300 is not UNSET:
            _set_field(self, "hue_red_300", hue_red_300)
        if hue_red_400 is not UNSET:
            _set_field(self, "hue_red_400", hue_red_400)
        if hue_red_50 is not UNSET:
            _set_field(self, "hue_red_50", hue_red_50)
        if hue_red_500 is not UNSET:
            _set_field(self, "hue_red_500", hue_red_500)
        if hue_red_600 is not UNSET:
            _set_field(self, "hue_red_600", hue_red_600)
        if hue_red_700 is not UNSET:
            _set_field(self, "hue_red_700", hue_red_700)
        if hue_red_800 is not UNSET:
            _set_field(self, "hue_red_800", hue_red_800)
        if hue_red_900 is not UNSET:
            _set_field(self, "hue_red_900", hue_red_900)
        if hue_yellow_100 is not UNSET:
            _set_field(self, "hue_yellow_100", hue_yellow_100)
        if hue_yellow_200 is not UNSET:
            _set_field(self, "hue_yellow_200", hue_yellow_200)
        if hue_yellow_300 is not UNSET:
            _set_field(self, "hue_yellow_300", hue_yellow_300)
        if hue_yellow_400 is not UNSET:
            _set_field(self, "hue_yellow_400", hue_yellow_400)
        if hue_yellow_50 is not UNSET:
            _set_field(self, "hue_yellow_50", hue_yellow_50)
        if hue_yellow_500 is not UNSET:
            _set_field(self, "hue_yellow_500", hue_yellow_500)
        if hue_yellow_600 is not UNSET:
            _set_field(self, "hue_yellow_600", hue_yellow_600)
        if hue_yellow_700 is not UNSET:
            _set_field(self, "hue_yellow_700", hue_yellow_700)
        if hue_yellow_800 is not UNSET:
            _set_field(self, "hue_yellow_800", hue_yellow_800)
        if hue_yellow_900 is not UNSET:
            _set_field(self, "hue_yellow_900", hue_yellow_900)
        if palette_danger_dark is not UNSET:
            _set_field(self, "palette_danger_dark", palette_danger_dark)
        if palette_danger_darker is not UNSET:
            _set_field(self, "palette_danger_darker", palette_danger_darker)
        if palette_danger_heading is not UNSET:
            _set_field(self, "palette_danger_heading", palette_danger_heading)
        if palette_danger_highlight is not UNSET:
            _set_field(self, "palette_danger_highlight", palette_danger_highlight)
        if palette_danger_light is not UNSET:
            _set_field(self, "palette_danger_light", palette_danger_light)
        if palette_danger_lighter is not UNSET:
            _set_field(self, "palette_danger_lighter", palette_danger_lighter)
        if palette_danger_main is not UNSET:
            _set_field(self, "palette_danger_main", palette_danger_main)
        if palette_danger_text is not UNSET:
            _set_field(self, "palette_danger_text", palette_danger_text)
        if palette_primary_dark is not UNSET:
            _set_field(self, "palette_primary_dark", palette_primary_dark)
        if palette_primary_darker is not UNSET:
            _set_field(self, "palette_primary_darker", palette_primary_darker)
        if palette_primary_heading is not UNSET:
            _set_field(self, "palette_primary_heading", palette_primary_heading)
        if palette_primary_highlight is not UNSET:
            _set_field(self, "palette_primary_highlight", palette_primary_highlight)
        if palette_primary_light is not UNSET:
            _set_field(self, "palette_primary_light", palette_primary_light)
        if palette_primary_lighter is not UNSET:
            _set_field(self, "palette_primary_lighter", palette_primary_lighter)
        if palette_primary_main is not UNSET:
            _set_field(self, "palette_primary_main", palette_primary_main)
        if palette_primary_text is not UNSET:
            _set_field(self, "palette_primary_text", palette_primary_text)
        if palette_success_dark is not UNSET:
            _set_field(self, "palette_success_dark", palette_success_dark)
        if palette_success_darker is not UNSET:
            _set_field(self, "palette_success_darker", palette_success_darker)
        if palette_success_heading is not UNSET:
            _set_field(self, "palette_success_heading", palette_success_heading)
        if palette_success_highlight is not UNSET:
            _set_field(self, "palette_success_highlight", palette_success_highlight)
        if palette_success_light is not UNSET:
            _set_field(self, "palette_success_light", palette_success_light)
        if palette_success_lighter is not UNSET:
            _set_field(self, "palette_success_lighter", palette_success_lighter)
        if palette_success_main is not UNSET:
            _set_field(self, "palette_success_main", palette_success_main)
        if palette_success_text is not UNSET:
            _set_field(self, "palette_success_text", palette_success_text)
        if palette_warning_dark is not UNSET:
            _set_field(self, "palette_warning_dark", palette_warning_dark)
        if palette_warning_darker is not UNSET:
            _set_field(self, "palette_warning_darker", palette_warning_darker)
        if palette_warning_heading is not UNSET:
            _set_field(self, "palette_warning_heading", palette_warning_heading)
        if palette_warning_highlight is not UNSET:
            _set_field(self, "palette_warning_highlight", palette_warning_highlight)
        if palette_warning_light is not UNSET:
            _set_field(self, "palette_warning_light", palette_warning_light)
        if palette_warning_lighter is not UNSET:
            _set_field(self, "palette_warning_lighter", palette_warning_lighter)
        if palette_warning_main is not UNSET:
            _set_field(self, "palette_warning_main", palette_warning_main)
        if palette_warning_text is not UNSET:
            _set_field(self, "palette_warning_text", palette_warning_text)
        if spacing_0 is not UNSET:
            _set_field(self, "spacing_0", spacing_0)
        if spacing_1 is not UNSET:
            _set_field(self, "spacing_1", spacing_1)
        if spacing_2 is not UNSET:
            _set_field(self, "spacing_2", spacing_2)
        if spacing_3 is not UNSET:
            _set_field(self, "spacing_3", spacing_3)
        if spacing_4 is not UNSET:
            _set_field(self, "spacing_4", spacing_4)
        if spacing_5 is not UNSET:
            _set_field(self, "spacing_5", spacing_5)
        if spacing_6 is not UNSET:
            _set_field(self, "spacing_6", spacing_6)
        if spacing_7 is not UNSET:
            _set_field(self, "spacing_7", spacing_7)
        if spacing_8 is not UNSET:
            _set_field(self, "spacing_8", spacing_8)
        if spacing_9 is not UNSET:
            _set_field(self, "spacing_9", spacing_9)
        if transition_duration_main is not UNSET:
            _set_field(self, "transition_duration_main", transition_duration_main)
        if typography_color_action is not UNSET:
            _set_field(self, "typography_color_action", typography_color_action)
        if typography_color_body is not UNSET:
            _set_field(self, "typography_color_body", typography_color_body)
        if typography_color_danger is not UNSET:
            _set_field(self, "typography_color_danger", typography_color_danger)
        if typography_color_disabled is not UNSET:
            _set_field(self, "typography_color_disabled", typography_color_disabled)
        if typography_color_heading is not UNSET:
            _set_field(self, "typography_color_heading", typography_color_heading)
        if typography_color_inverse is not UNSET:
            _set_field(self, "typography_color_inverse", typography_color_inverse)
        if typography_color_subordinate is not UNSET:
            _set_field(self, "typography_color_subordinate", typography_color_subordinate)
        if typography_color_success is not UNSET:
            _set_field(self, "typography_color_success", typography_color_success)
        if typography_color_support is not UNSET:
            _set_field(self, "typography_color_support", typography_color_support)
        if typography_color_warning is not UNSET:
            _set_field(self, "typography_color_warning", typography_color_warning)
        if typography_family_body is not UNSET:
            _set_field(self, "typography_family_body", typography_family_body)
        if typography_family_button is not UNSET:
            _set_field(self, "typography_family_button", typography_family_button)
        if typography_family_heading is not UNSET:
            _set_field(self, "typography_family_heading", typography_family_heading)
        if typography_line_height_body is not UNSET:
            _set_field(self, "typography_line_height_body", typography_line_height_body)
        if typography_line_height_heading_1 is not UNSET:
            _set_field(self, "typography_line_height_heading_1", typography_line_height_heading_1)
        if typography_line_height_heading_2 is not UNSET:
            _set_field(self, "typography_line_height_heading_2", typography_line_height_heading_2)
        if typography_line_height_heading_3 is not UNSET:
            _set_field(self, "typography_line_height_heading_3", typography_line_height_heading_3)
        if typography_line_height_heading_4 is not UNSET:
            _set_field(self, "typography_line_height_heading_4", typography_line_height_heading_4)
        if typography_line_height_heading_5 is not UNSET:
            _set_field(self, "typography_line_height_heading_5", typography_line_height_heading_5)
        if typography_line_height_heading_6 is not UNSET:
            _set_field(self, "typography_line_height_heading_6", typography_line_height_heading_6)
        if typography_line_height_overline is not UNSET:
            _set_field(self, "typography_line_height_overline", typography_line_height_overline)
        if typography_line_height_ui is not UNSET:
            _set_field(self, "typography_line_height_ui", typography_line_height_ui)
        if typography_line_length_max is not UNSET:
            _set_field(self, "typography_line_length_max", typography_line_length_max)
        if typography_size_body is not UNSET:
            _set_field(self, "typography_size_body", typography_size_body)
        if typography_size_heading_1 is not UNSET:
            _set_field(self, "typography_size_heading_1", typography_size_heading_1)
        if typography_size_heading_2 is not UNSET:
            _set_field(self, "typography_size_heading_2", typography_size_heading_2)
        if typography_size_heading_3 is not UNSET:
            _set_field(self, "typography_size_heading_3", typography_size_heading_3)
        if typography_size_heading_4 is not UNSET:
            _set_field(self, "typography_size_heading_4", typography_size_heading_4)
        if typography_size_heading_5 is not UNSET:
            _set_field(self, "typography_size_heading_5", typography_size_heading_5)
        if typography_size_heading_6 is not UNSET:
            _set_field(self, "typography_size_heading_6", typography_size_heading_6)
        if typography_size_subordinate is not UNSET:
            _set_field(self, "typography_size_subordinate", typography_size_subordinate)
        if typography_weight_body is not UNSET:
            _set_field(self, "typography_weight_body", typography_weight_body)
        if typography_weight_body_bold is not UNSET:
            _set_field(self, "typography_weight_body_bold", typography_weight_body_bold)
        if typography_weight_heading is not UNSET:
            _set_field(self, "typography_weight_heading", typography_weight_heading)
        if typography_weight_heading_bold is not UNSET:
            _set_field(self, "typography_weight_heading_bold", typography_weight_heading_bold)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("border_color_danger_control", UNSET)) is not UNSET:
            d["BorderColorDangerControl"] = v
        if (v := values.get("border_color_danger_dark", UNSET)) is not UNSET:
            d["BorderColorDangerDark"] = v
        if (v := values.get("border_color_danger_light", UNSET)) is not UNSET:
            d["BorderColorDangerLight"] = v
        if (v := values.get("border_color_disabled", UNSET)) is not UNSET:
            d["BorderColorDisabled"] = v
        if (v := values.get("border_color_display", UNSET)) is not UNSET:
            d["BorderColorDisplay"] = v
        if (v := values.get("border_color_primary_control", UNSET)) is not UNSET:
            d["BorderColorPrimaryControl"] = v
        if (v := values.get("border_color_primary_dark", UNSET)) is not UNSET:
            d["BorderColorPrimaryDark"] = v
        if (v := values.get("border_radius_main", UNSET)) is not UNSET:
            d["BorderRadiusMain"] = v
        if (v := values.get("border_radius_tight", UNSET)) is not UNSET:
            d["BorderRadiusTight"] = v
        if (v := values.get("border_style_main", UNSET)) is not UNSET:
            d["BorderStyleMain"] = v
        if (v := values.get("border_width_main", UNSET)) is not UNSET:
            d["BorderWidthMain"] = v
        if (v := values.get("focus_outline_color_primary", UNSET)) is not UNSET:
            d["FocusOutlineColorPrimary"] = v
        if (v := values.get("focus_outline_offset_main", UNSET)) is not UNSET:
            d["FocusOutlineOffsetMain"] = v
        if (v := values.get("focus_outline_offset_tight", UNSET)) is not UNSET:
            d["FocusOutlineOffsetTight"] = v
        if (v := values.get("focus_outline_style", UNSET)) is not UNSET:
            d["FocusOutlineStyle"] = v
        if (v := values.get("focus_outline_width_main", UNSET)) is not UNSET:
            d["FocusOutlineWidthMain"] = v
        if (v := values.get("focus_outline_width_tight", UNSET)) is not UNSET:
            d["FocusOutlineWidthTight"] = v
        if (v := values.get("hue_blue_100", UNSET)) is not UNSET:
            d["HueBlue100"] = v
        if (v := values.get("hue_blue_200", UNSET)) is not UNSET:
            d["HueBlue200"] = v
        if (v := values.get("hue_blue_300", UNSET)) is not UNSET:
            d["HueBlue300"] = v
        if (v := values.get("hue_blue_400", UNSET)) is not UNSET:
            d["HueBlue400"] = v
        if (v := values.get("hue_blue_50", UNSET)) is not UNSET:
            d["HueBlue50"] = v
        if (v := values.get("hue_blue_500", UNSET)) is not UNSET:
            d["HueBlue500"] = v
        if (v := values.get("hue_blue_600", UNSET)) is not UNSET:
            d["HueBlue600"] = v
        if (v := values.get("hue_blue_700", UNSET)) is not UNSET:
            d["HueBlue700"] = v
        if (v := values.get("hue_blue_800", UNSET)) is not UNSET:
            d["HueBlue800"] = v
        if (v := values.get("hue_blue_900", UNSET)) is not UNSET:
            d["HueBlue900"] = v
        if (v := values.get("hue_green_100", UNSET)) is not UNSET:
            d["HueGreen100"] = v
        if (v := values.get("hue_green_200", UNSET)) is not UNSET:
            d["HueGreen200"] = v
        if (v := values.get("hue_green_300", UNSET)) is not UNSET:
            d["HueGreen300"] = v
        if (v := values.get("hue_green_400", UNSET)) is not UNSET:
            d["HueGreen400"] = v
        if (v := values.get("hue_green_50", UNSET)) is not UNSET:
            d["HueGreen50"] = v
        if (v := values.get("hue_green_500", UNSET)) is not UNSET:
            d["HueGreen500"] = v
        if (v := values.get("hue_green_600", UNSET)) is not UNSET:
            d["HueGreen600"] = v
        if (v := values.get("hue_green_700", UNSET)) is not UNSET:
            d["HueGreen700"] = v
        if (v := values.get("hue_green_800", UNSET)) is not UNSET:
            d["HueGreen800"] = v
        if (v := values.get("hue_green_900", UNSET)) is not UNSET:
            d["HueGreen900"] = v
        if (v := values.get("hue_neutral_100", UNSET)) is not UNSET:
            d["HueNeutral100"] = v
        if (v := values.get("hue_neutral_200", UNSET)) is not UNSET:
            d["HueNeutral200"] = v
        if (v := values.get("hue_neutral_300", UNSET)) is not UNSET:
            d["HueNeutral300"] = v
        if (v := values.get("hue_neutral_400", UNSET)) is not UNSET:
            d["HueNeutral400"] = v
        if (v := values.get("hue_neutral_50", UNSET)) is not UNSET:
            d["HueNeutral50"] = v
        if (v := values.get("hue_neutral_500", UNSET)) is not UNSET:
            d["HueNeutral500"] = v
        if (v := values.get("hue_neutral_600", UNSET)) is not UNSET:
            d["HueNeutral600"] = v
        if (v := values.get("hue_neutral_700", UNSET)) is not UNSET:
            d["HueNeutral700"] = v
        if (v := values.get("hue_neutral_800", UNSET)) is not UNSET:
            d["HueNeutral800"] = v
        if (v := values.get("hue_neutral_900", UNSET)) is not UNSET:
            d["HueNeutral900"] = v
        if (v := values.get("hue_neutral_white", UNSET)) is not UNSET:
            d["HueNeutralWhite"] = v
        if (v := values.get("hue_red_100", UNSET)) is not UNSET:
            d["HueRed100"] = v
        if (v := values.get("hue_red_200", UNSET)) is not UNSET:
            d["HueRed200"] = v
        if (v := values.get("hue_red_300", UNSET)) is not UNSET:
            d["HueRed300"] = v
        if (v := values.get("hue_red_400", UNSET)) is not UNSET:
            d["HueRed400"] = v
        if (v := values.get("hue_red_50", UNSET)) is not UNSET:
            d["HueRed50"] = v
        if (v := values.get("hue_red_500", UNSET)) is not UNSET:
            d["HueRed500"] = v
        if (v := values.get("hue_red_600", UNSET)) is not UNSET:
            d["HueRed600"] = v
        if (v := values.get("hue_red_700", UNSET)) is not UNSET:
            d["HueRed700"] = v
        if (v := values.get("hue_red_800", UNSET)) is not UNSET:
            d["HueRed800"] = v
        if (v := values.get("hue_red_900", UNSET)) is not UNSET:
            d["HueRed900"] = v
        if (v := values.get("hue_yellow_100", UNSET)) is not UNSET:
            d["HueYellow100"] = v
        if (v := values.get("hue_yellow_200", UNSET)) is not UNSET:
            d["HueYellow200"] = v
        if (v := values.get("hue_yellow_300", UNSET)) is not UNSET:
            d["HueYellow300"] = v
        if (v := values.get("hue_yellow_400", UNSET)) is not UNSET:
            d["HueYellow400"] = v
        if (v := values.get("hue_yellow_50", UNSET)) is not UNSET:
            d["HueYellow50"] = v
        if (v := values.get("hue_yellow_500", UNSET)) is not UNSET:
            d["HueYellow500"] = v
        if (v := values.get("hue_yellow_600", UNSET)) is not UNSET:
            d["HueYellow600"] = v
        if (v := values.get("hue_yellow_700", UNSET)) is not UNSET:
            d["HueYellow700"] = v
        if (v := values.get("hue_yellow_800", UNSET)) is not UNSET:
            d["HueYellow800"] = v
        if (v := values.get("hue_yellow_900", UNSET)) is not UNSET:
            d["HueYellow900"] = v
        if (v := values.get("palette_danger_dark", UNSET)) is not UNSET:
            d["PaletteDangerDark"] = v
        if (v := values.get("palette_danger_darker", UNSET)) is not UNSET:
            d["PaletteDangerDarker"] = v
        if (v := values.get("palette_danger_heading", UNSET)) is not UNSET:
            d["PaletteDangerHeading"] = v
        if (v := values.get("palette_danger_highlight", UNSET)) is not UNSET:
            d["PaletteDangerHighlight"] = v
        if (v := values.get("palette_danger_light", UNSET)) is not UNSET:
            d["PaletteDangerLight"] = v
        if (v := values.get("palette_danger_lighter", UNSET)) is not UNSET:
            d["PaletteDangerLighter"] = v
        if (v := values.get("palette_danger_main", UNSET)) is not UNSET:
            d["PaletteDangerMain"] = v
        if (v := values.get("palette_danger_text", UNSET)) is not UNSET:
            d["PaletteDangerText"] = v
        if (v := values.get("palette_primary_dark", UNSET)) is not UNSET:
            d["PalettePrimaryDark"] = v
        if (v := values.get("palette_primary_darker", UNSET)) is not UNSET:
            d["PalettePrimaryDarker"] = v
        if (v := values.get("palette_primary_heading", UNSET)) is not UNSET:
            d["PalettePrimaryHeading"] = v
        if (v := values.get("palette_primary_highlight", UNSET)) is not UNSET:
            d["PalettePrimaryHighlight"] = v
        if (v := values.get("palette_primary_light", UNSET)) is not UNSET:
            d["PalettePrimaryLight"] = v
        if (v := values.get("palette_primary_lighter", UNSET)) is not UNSET:
            d["PalettePrimaryLighter"] = v
        if (v := values.get("palette_primary_main", UNSET)) is not UNSET:
            d["PalettePrimaryMain"] = v
        if (v := values.get("palette_primary_text", UNSET)) is not UNSET:
            d["PalettePrimaryText"] = v
        if (v := values.get("palette_success_dark", UNSET)) is not UNSET:
            d["PaletteSuccessDark"] = v
        if (v := values.get("palette_success_darker", UNSET)) is not UNSET:
            d["PaletteSuccessDarker"] = v
        if (v := values.get("palette_success_heading", UNSET)) is not UNSET:
            d["PaletteSuccessHeading"] = v
        if (v := values.get("palette_success_highlight", UNSET)) is not UNSET:
            d["PaletteSuccessHighlight"] = v
        if (v := values.get("palette_success_light", UNSET)) is not UNSET:
            d["PaletteSuccessLight"] = v
        if (v := values.get("palette_success_lighter", UNSET)) is not UNSET:
            d["PaletteSuccessLighter"] = v
        if (v := values.get("palette_success_main", UNSET)) is not UNSET:
            d["PaletteSuccessMain"] = v
        if (v := values.get("palette_success_text", UNSET)) is not UNSET:
            d["PaletteSuccessText"] = v
        if (v := values.get("palette_warning_dark", UNSET)) is not UNSET:
            d["PaletteWarningDark"] = v
        if (v := values.get("palette_warning_darker", UNSET)) is not UNSET:
            d["PaletteWarningDarker"] = v
        if (v := values.get("palette_warning_heading", UNSET)) is not UNSET:
            d["PaletteWarningHeading"] = v
        if (v := values.get("palette_warning_highlight", UNSET)) is not UNSET:
            d["PaletteWarningHighlight"] = v
        if (v := values.get("palette_warning_light", UNSET)) is not UNSET:
            d["PaletteWarningLight"] = v
        if (v := values.get("palette_warning_lighter", UNSET)) is not UNSET:
            d["PaletteWarningLighter"] = v
        if (v := values.get("palette_warning_main", UNSET)) is not UNSET:
            d["PaletteWarningMain"] = v
        if (v := values.get("palette_warning_text", UNSET)) is not UNSET:
            d["PaletteWarningText"] = v
        if (v := values.get("spacing_0", UNSET)) is not UNSET:
            d["Spacing0"] = v
        if (v := values.get("spacing_1", UNSET)) is not UNSET:
            d["Spacing1"] = v
        if (v := values.get("spacing_2", UNSET)) is not UNSET:
            d["Spacing2"] = v
        if (v := values.get("spacing_3", UNSET)) is not UNSET:
            d["Spacing3"] = v
        if (v := values.get("spacing_4", UNSET)) is not UNSET:
            d["Spacing4"] = v
        if (v := values.get("spacing_5", UNSET)) is not UNSET:
            d["Spacing5"] = v
        if (v := values.get("spacing_6", UNSET)) is not UNSET:
            d["Spacing6"] = v
        if (v := values.get("spacing_7", UNSET)) is not UNSET:
            d["Spacing7"] = v
        if (v := values.get("spacing_8", UNSET)) is not UNSET:
            d["Spacing8"] = v
        if (v := values.get("spacing_9", UNSET)) is not UNSET:
            d["Spacing9"] = v
        if (v := values.get("transition_duration_main", UNSET)) is not UNSET:
            d["TransitionDurationMain"] = v
        if (v := values.get("typography_color_action", UNSET)) is not UNSET:
            d["TypographyColorAction"] = v
        if (v := values.get("typography_color_body", UNSET)) is not UNSET:
            d["TypographyColorBody"] = v
        if (v := values.get("typography_color_danger", UNSET)) is not UNSET:
            d["TypographyColorDanger"] = v
        if (v := values.get("typography_color_disabled", UNSET)) is not UNSET:
            d["TypographyColorDisabled"] = v
        if (v := values.get("typography_color_heading", UNSET)) is not UNSET:
            d["TypographyColorHeading"] = v
        if (v := values.get("typography_color_inverse", UNSET)) is not UNSET:
            d["TypographyColorInverse"] = v
        if (v := values.get("typography_color_subordinate", UNSET)) is not UNSET:
            d["TypographyColorSubordinate"] = v
        if (v := values.get("typography_color_success", UNSET)) is not UNSET:
            d["TypographyColorSuccess"] = v
        if (v := values.get("typography_color_support", UNSET)) is not UNSET:
            d["TypographyColorSupport"] = v
        if (v := values.get("typography_color_warning", UNSET)) is not UNSET:
            d["TypographyColorWarning"] = v
        if (v := values.get("typography_family_body", UNSET)) is not UNSET:
            d["TypographyFamilyBody"] = v
        if (v := values.get("typography_family_button", UNSET)) is not UNSET:
            d["TypographyFamilyButton"] = v
        if (v := values.get("typography_family_heading", UNSET)) is not UNSET:
            d["TypographyFamilyHeading"] = v
        if (v := values.get("typography_line_height_body", UNSET)) is not UNSET:
            d["TypographyLineHeightBody"] = v
        if (v := values.get("typography_line_height_heading_1", UNSET)) is not UNSET:
            d["TypographyLineHeightHeading1"] = v
        if (v := values.get("typography_line_height_heading_2", UNSET)) is not UNSET:
            d["TypographyLineHeightHeading2"] = v
        if (v := values.get("typography_line_height_heading_3", UNSET)) is not UNSET:
            d["TypographyLineHeightHeading3"] = v
        if (v := values.get("typography_line_height_heading_4", UNSET)) is not UNSET:
            d["TypographyLineHeightHeading4"] = v
        if (v := values.get("typography_line_height_heading_5", UNSET)) is not UNSET:
            d["TypographyLineHeightHeading5"] = v
        if (v := values.get("typography_line_height_heading_6", UNSET)) is not UNSET:
            d["TypographyLineHeightHeading6"] = v
        if (v := values.get("typography_line_height_overline", UNSET)) is not UNSET:
            d["TypographyLineHeightOverline"] = v
        if (v := values.get("typography_line_height_ui", UNSET)) is not UNSET:
            d["TypographyLineHeightUi"] = v
        if (v := values.get("typography_line_length_max", UNSET)) is not UNSET:
            d["TypographyLineLengthMax"] = v
        if (v := values.get("typography_size_body", UNSET)) is not UNSET:
            d["TypographySizeBody"] = v
        if (v := values.get("typography_size_heading_1", UNSET)) is not UNSET:
            d["TypographySizeHeading1"] = v
        if (v := values.get("typography_size_heading_2", UNSET)) is not UNSET:
            d["TypographySizeHeading2"] = v
        if (v := values.get("typography_size_heading_3", UNSET)) is not UNSET:
            d["TypographySizeHeading3"] = v
        if (v := values.get("typography_size_heading_4", UNSET)) is not UNSET:
            d["TypographySizeHeading4"] = v
        if (v := values.get("typography_size_heading_5", UNSET)) is not UNSET:
            d["TypographySizeHeading5"] = v
        if (v := values.get("typography_size_heading_6", UNSET)) is not UNSET:
            d["TypographySizeHeading6"] = v
        if (v := values.get("typography_size_subordinate", UNSET)) is not UNSET:
            d["TypographySizeSubordinate"] = v
        if (v := values.get("typography_weight_body", UNSET)) is not UNSET:
            d["TypographyWeightBody"] = v
        if (v := values.get("typography_weight_body_bold", UNSET)) is not UNSET:
            d["TypographyWeightBodyBold"] = v
        if (v := values.get("typography_weight_heading", UNSET)) is not UNSET:
            d["TypographyWeightHeading"] = v
        if (v := values.get("typography_weight_heading_bold", UNSET)) is not UNSET:
            d["TypographyWeightHeadingBold"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("BorderColorDangerControl", UNSET)) is not UNSET:
            obj.border_color_danger_control = v
        if (v := d.pop("BorderColorDangerDark", UNSET)) is not UNSET:
            obj.border_color_danger_dark = v
        if (v := d.pop("BorderColorDangerLight", UNSET)) is not UNSET:
            obj.border_color_danger_light = v
        if (v := d.pop("BorderColorDisabled", UNSET)) is not UNSET:
            obj.border_color_disabled = v
        if (v := d.pop("BorderColorDisplay", UNSET)) is not UNSET:
            obj.border_color_display = v
        if (v := d.pop("BorderColorPrimaryControl", UNSET)) is not UNSET:
            obj.border_color_primary_control = v
        if (v := d.pop("BorderColorPrimaryDark", UNSET)) is not UNSET:
            obj.border_color_primary_dark = v
        if (v := d.pop("BorderRadiusMain", UNSET)) is not UNSET:
            obj.border_radius_main = v
        if (v := d.pop("BorderRadiusTight", UNSET)) is not UNSET:
            obj.border_radius_tight = v
        if (v := d.pop("BorderStyleMain", UNSET)) is not UNSET:
            obj.border_style_main = v
        if (v := d.pop("BorderWidthMain", UNSET)) is not UNSET:
            obj.border_width_main = v
        if (v := d.pop("FocusOutlineColorPrimary", UNSET)) is not UNSET:
            obj.focus_outline_color_primary = v
        if (v := d.pop("FocusOutlineOffsetMain", UNSET)) is not UNSET:
            obj.focus_outline_offset_main = v
        if (v := d.pop("FocusOutlineOffsetTight", UNSET)) is not UNSET:
            obj.focus_outline_offset_tight = v
        if (v := d.pop("FocusOutlineStyle", UNSET)) is not UNSET:
            obj.focus_outline_style = v
        if (v := d.pop("FocusOutlineWidthMain", UNSET)) is not UNSET:
            obj.focus_outline_width_main = v
        if (v := d.pop("FocusOutlineWidthTight", UNSET)) is not UNSET:
            obj.focus_outline_width_tight = v
        if (v := d.pop("HueBlue100", UNSET)) is not UNSET:
            obj.hue_blue_100 = v
        if (v := d.pop("HueBlue200", UNSET)) is not UNSET:
            obj.hue_blue_200 = v
        if (v := d.pop("HueBlue300", UNSET)) is not UNSET:
            obj.hue_blue_300 = v
        if (v := d.pop("HueBlue400", UNSET)) is not UNSET:
            obj.hue_blue_400 = v
        if (v := d.pop("HueBlue50", UNSET)) is not UNSET:
            obj.hue_blue_50 = v
        if (v := d.pop("HueBlue500", UNSET)) is not UNSET:
            obj.hue_blue_500 = v
        if (v := d.pop("HueBlue600", UNSET)) is not UNSET:
            obj.hue_blue_600 = v
        if (v := d.pop("HueBlue700", UNSET)) is not UNSET:
            obj.hue_blue_700 = v
        if (v := d.pop("HueBlue800", UNSET)) is not UNSET:
            obj.hue_blue_800 = v
        if (v := d.pop("HueBlue900", UNSET)) is not UNSET:
            obj.hue_blue_900 = v
        if (v := d.pop("HueGreen100", UNSET)) is not UNSET:
            obj.hue_green_100 = v
        if (v := d.pop("HueGreen200", UNSET)) is not UNSET:
            obj.hue_green_200 = v
        if (v := d.pop("HueGreen300", UNSET)) is not UNSET:
            obj.hue_green_300 = v
        if (v := d.pop("HueGreen400", UNSET)) is not UNSET:
            obj.hue_green_400 = v
        if (v := d.pop("HueGreen50", UNSET)) is not UNSET:
            obj.hue_green_50 = v
        if (v := d.pop("HueGreen500", UNSET)) is not UNSET:
            obj.hue_green_500 = v
        if (v := d.pop("HueGreen600", UNSET)) is not UNSET:
            obj.hue_green_600 = v
        if (v := d.pop("HueGreen700", UNSET)) is not UNSET:
            obj.hue_green_700 = v
        if (v := d.pop("HueGreen800", UNSET)) is not UNSET:
            obj.hue_green_800 = v
        if (v := d.pop("HueGreen900", UNSET)) is not UNSET:
            obj.hue_green_900 = v
        if (v := d.pop("HueNeutral100", UNSET)) is not UNSET:
            obj.hue_neutral_100 = v
        if (v := d.pop("HueNeutral200", UNSET)) is not UNSET:
            obj.hue_neutral_200 = v
        if (v := d.pop("HueNeutral300", UNSET)) is not UNSET:
            obj.hue_neutral_300 = v
        if (v := d.pop("HueNeutral400", UNSET)) is not UNSET:
            obj.hue_neutral_400 = v
        if (v := d.pop("HueNeutral50", UNSET)) is not UNSET:
            obj.hue_neutral_50 = v
        if (v := d.pop("HueNeutral500", UNSET)) is not UNSET:
            obj.hue_neutral_500 = v
        if (v := d.pop("HueNeutral600", UNSET)) is not UNSET:
            obj.hue_neutral_600 = v
        if (v := d.pop("HueNeutral700", UNSET)) is not UNSET:
            obj.hue_neutral_700 = v
        if (v := d.pop("HueNeutral800", UNSET)) is not UNSET:
            obj.hue_neutral_800 = v
        if (v := d.pop("HueNeutral900", UNSET)) is not UNSET:
            obj.hue_neutral_900 = v
        if (v := d.pop("HueNeutralWhite", UNSET)) is not UNSET:
            obj.hue_neutral_white = v
        if (v := d.pop("HueRed100", UNSET)) is not UNSET:
            obj.hue_red_100 = v
        if (v := d.pop("HueRed200", UNSET)) is not UNSET:
            obj.hue_red_200 = v
        if (v := d.pop("HueRed300", UNSET)) is not UNSET:
            obj.hue_red_300 = v
        if (v := d.pop("HueRed400", UNSET)) is not UNSET:
            obj.hue_red_400 = v
        if (v := d.pop("HueRed50", UNSET)) is not UNSET:
            obj.hue_red_50 = v
        if (v := d.pop("HueRed500", UNSET)) is not UNSET:
            obj.hue_red_500 = v
        if (v := d.pop("HueRed600", UNSET)) is not UNSET:
            obj.hue_red_600 = v
        if (v := d.pop("HueRed700", UNSET)) is not UNSET:
            obj.hue_red_700 = v
        if (v := d.pop("HueRed800", UNSET)) is not UNSET:
            obj.hue_red_800 = v
        if (v := d.pop("HueRed900", UNSET)) is not UNSET:
            obj.hue_red_900 = v
        if (v := d.pop("HueYellow100", UNSET)) is not UNSET:
            obj.hue_yellow_100 = v
        if (v := d.pop("HueYellow200", UNSET)) is not UNSET:
            obj.hue_yellow_200 = v
        if (v := d.pop("HueYellow300", UNSET)) is not UNSET:
            obj.hue_yellow_300 = v
        if (v := d.pop("HueYellow400", UNSET)) is not UNSET:
            obj.hue_yellow_400 = v
        if (v := d.pop("HueYellow50", UNSET)) is not UNSET:
            obj.hue_yellow_50 = v
        if (v := d.pop("HueYellow500", UNSET)) is not UNSET:
            obj.hue_yellow_500 = v
        if (v := d.pop("HueYellow600", UNSET)) is not UNSET:
            obj.hue_yellow_600 = v
        if (v := d.pop("HueYellow700", UNSET)) is not UNSET:
            obj.hue_yellow_700 = v
        if (v := d.pop("HueYellow800", UNSET)) is not UNSET:
            obj.hue_yellow_800 = v
        if (v := d.pop("HueYellow900", UNSET)) is not UNSET:
            obj.hue_yellow_900 = v
        if (v := d.pop("PaletteDangerDark", UNSET)) is not UNSET:
            obj.palette_danger_dark = v
        if (v := d.pop("PaletteDangerDarker", UNSET)) is not UNSET:
            obj.palette_danger_darker = v
        if (v := d.pop("PaletteDangerHeading", UNSET)) is not UNSET:
            obj.palette_danger_heading = v
        if (v := d.pop("PaletteDangerHighlight", UNSET)) is not UNSET:
            obj.palette_danger_highlight = v
        if (v := d.pop("PaletteDangerLight", UNSET)) is not UNSET:
            obj.palette_danger_light = v
        if (v := d.pop("PaletteDangerLighter", UNSET)) is not UNSET:
            obj.palette_danger_lighter = v
        if (v := d.pop("PaletteDangerMain", UNSET)) is not UNSET:
            obj.palette_danger_main = v
        if (v := d.pop("PaletteDangerText", UNSET)) is not UNSET:
            obj.palette_danger_text = v
        if (v := d.pop("PalettePrimaryDark", UNSET)) is not UNSET:
            obj.palette_primary_dark = v
        if (v := d.pop("PalettePrimaryDarker", UNSET)) is not UNSET:
            obj.palette_primary_darker = v
        if (v := d.pop("PalettePrimaryHeading", UNSET)) is not UNSET:
            obj.palette_primary_heading = v
        if (v := d.pop("PalettePrimaryHighlight", UNSET)) is not UNSET:
            obj.palette_primary_highlight = v
        if (v := d.pop("PalettePrimaryLight", UNSET)) is not UNSET:
            obj.palette_primary_light = v
        if (v := d.pop("PalettePrimaryLighter", UNSET)) is not UNSET:
            obj.palette_primary_lighter = v
        if (v := d.pop("PalettePrimaryMain", UNSET)) is not UNSET:
            obj.palette_primary_main = v
        if (v := d.pop("PalettePrimaryText", UNSET)) is not UNSET:
            obj.palette_primary_text = v
        if (v := d.pop("PaletteSuccessDark", UNSET)) is not UNSET:
            obj.palette_success_dark = v
        if (v := d.pop("PaletteSuccessDarker", UNSET)) is not UNSET:
            obj.palette_success_darker = v
        if (v := d.pop("PaletteSuccessHeading", UNSET)) is not UNSET:
            obj.palette_success_heading = v
        if (v := d.pop("PaletteSuccessHighlight", UNSET)) is not UNSET:
            obj.palette_success_highlight = v
        if (v := d.pop("PaletteSuccessLight", UNSET)) is not UNSET:
            obj.palette_success_light = v
        if (v := d.pop("PaletteSuccessLighter", UNSET)) is not UNSET:
            obj.palette_success_lighter = v
        if (v := d.pop("PaletteSuccessMain", UNSET)) is not UNSET:
            obj.palette_success_main = v
        if (v := d.pop("PaletteSuccessText", UNSET)) is not UNSET:
            obj.palette_success_text = v
        if (v := d.pop("PaletteWarningDark", UNSET)) is not UNSET:
            obj.palette_warning_dark = v
        if (v := d.pop("PaletteWarningDarker", UNSET)) is not UNSET:
            obj.palette_warning_darker = v
        if (v := d.pop("PaletteWarningHeading", UNSET)) is not UNSET:
            obj.palette_warning_heading = v
        if (v := d.pop("PaletteWarningHighlight", UNSET)) is not UNSET:
            obj.palette_warning_highlight = v
        if (v := d.pop("PaletteWarningLight", UNSET)) is not UNSET:
            obj.palette_warning_light = v
        if (v := d.pop("PaletteWarningLighter", UNSET)) is not UNSET:
            obj.palette_warning_lighter = v
        if (v := d.pop("PaletteWarningMain", UNSET)) is not UNSET:
            obj.palette_warning_main = v
        if (v := d.pop("PaletteWarningText", UNSET)) is not UNSET:
            obj.palette_warning_text = v
        if (v := d.pop("Spacing0", UNSET)) is not UNSET:
            obj.spacing_0 = v
        if (v := d.pop("Spacing1", UNSET)) is not UNSET:
            obj.spacing_1 = v
        if (v := d.pop("Spacing2", UNSET)) is not UNSET:
            obj.spacing_2 = v
        if (v := d.pop("Spacing3", UNSET)) is not UNSET:
            obj.spacing_3 = v
        if (v := d.pop("Spacing4", UNSET)) is not UNSET:
            obj.spacing_4 = v
        if (v := d.pop("Spacing5", UNSET)) is not UNSET:
            obj.spacing_5 = v
        if (v := d.pop("Spacing6", UNSET)) is not UNSET:
            obj.spacing_6 = v
        if (v := d.pop("Spacing7", UNSET)) is not UNSET:
            obj.spacing_7 = v
        if (v := d.pop("Spacing8", UNSET)) is not UNSET:
            obj.spacing_8 = v
        if (v := d.pop("Spacing9", UNSET)) is not UNSET:
            obj.spacing_9 = v
        if (v := d.pop("TransitionDurationMain", UNSET)) is not UNSET:
            obj.transition_duration_main = v
        if (v := d.pop("TypographyColorAction", UNSET)) is not UNSET:
            obj.typography_color_action = v
        if (v := d.pop("TypographyColorBody", UNSET)) is not UNSET:
            obj.typography_color_body = v
        if (v := d.pop("TypographyColorDanger", UNSET)) is not UNSET:
            obj.typography_color_danger = v
        if (v := d.pop("TypographyColorDisabled", UNSET)) is not UNSET:
            obj.typography_color_disabled = v
        if (v := d.pop("TypographyColorHeading", UNSET)) is not UNSET:
            obj.typography_color_heading = v
        if (v := d.pop("TypographyColorInverse", UNSET)) is not UNSET:
            obj.typography_color_inverse = v
        if (v := d.pop("TypographyColorSubordinate", UNSET)) is not UNSET:
            obj.typography_color_subordinate = v
        if (v := d.pop("TypographyColorSuccess", UNSET)) is not UNSET:
            obj.typography_color_success = v
        if (v := d.pop("TypographyColorSupport", UNSET)) is not UNSET:
            obj.typography_color_support = v
        if (v := d.pop("TypographyColorWarning", UNSET)) is not UNSET:
            obj.typography_color_warning = v
        if (v := d.pop("TypographyFamilyBody", UNSET)) is not UNSET:
            obj.typography_family_body = v
        if (v := d.pop("TypographyFamilyButton", UNSET)) is not UNSET:
            obj.typography_family_button = v
        if (v := d.pop("TypographyFamilyHeading", UNSET)) is not UNSET:
            obj.typography_family_heading = v
        if (v := d.pop("TypographyLineHeightBody", UNSET)) is not UNSET:
            obj.typography_line_height_body = v
        if (v := d.pop("TypographyLineHeightHeading1", UNSET)) is not UNSET:
            obj.typography_line_height_heading_1 = v
        if (v := d.pop("TypographyLineHeightHeading2", UNSET)) is not UNSET:
            obj.typography_line_height_heading_2 = v
        if (v := d.pop("TypographyLineHeightHeading3", UNSET)) is not UNSET:
            obj.typography_line_height_heading_3 = v
        if (v := d.pop("TypographyLineHeightHeading4", UNSET)) is not UNSET:
            obj.typography_line_height_heading_4 = v
        if (v := d.pop("TypographyLineHeightHeading5", UNSET)) is not UNSET:
            obj.typography_line_height_heading_5 = v
        if (v := d.pop("TypographyLineHeightHeading6", UNSET)) is not UNSET:
            obj.typography_line_height_heading_6 = v
        if (v := d.pop("TypographyLineHeightOverline", UNSET)) is not UNSET:
            obj.typography_line_height_overline = v
        if (v := d.pop("TypographyLineHeightUi", UNSET)) is not UNSET:
            obj.typography_line_height_ui = v
        if (v := d.pop("TypographyLineLengthMax", UNSET)) is not UNSET:
            obj.typography_line_length_max = v
        if (v := d.pop("TypographySizeBody", UNSET)) is not UNSET:
            obj.typography_size_body = v
        if (v := d.pop("TypographySizeHeading1", UNSET)) is not UNSET:
            obj.typography_size_heading_1 = v
        if (v := d.pop("TypographySizeHeading2", UNSET)) is not UNSET:
            obj.typography_size_heading_2 = v
        if (v := d.pop("TypographySizeHeading3", UNSET)) is not UNSET:
            obj.typography_size_heading_3 = v
        if (v := d.pop("TypographySizeHeading4", UNSET)) is not UNSET:
            obj.typography_size_heading_4 = v
        if (v := d.pop("TypographySizeHeading5", UNSET)) is not UNSET:
            obj.typography_size_heading_5 = v
        if (v := d.pop("TypographySizeHeading6", UNSET)) is not UNSET:
            obj.typography_size_heading_6 = v
        if (v := d.pop("TypographySizeSubordinate", UNSET)) is not UNSET:
            obj.typography_size_subordinate = v
        if (v := d.pop("TypographyWeightBody", UNSET)) is not UNSET:
            obj.typography_weight_body = v
        if (v := d.pop("TypographyWeightBodyBold", UNSET)) is not UNSET:
            obj.typography_weight_body_bold = v
        if (v := d.pop("TypographyWeightHeading", UNSET)) is not UNSET:
            obj.typography_weight_heading = v
        if (v := d.pop("TypographyWeightHeadingBold", UNSET)) is not UNSET:
            obj.typography_weight_heading_bold = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
