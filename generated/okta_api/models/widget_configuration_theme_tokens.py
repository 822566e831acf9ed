from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "border_color_danger_control": "BorderColorDangerControl",
        "border_color_danger_dark": "BorderColorDangerDark",
        "border_color_danger_light": "BorderColorDangerLight",
        "border_color_disabled": "BorderColorDisabled",
        "border_color_display": "BorderColorDisplay",
        "border_color_primary_control": "BorderColorPrimaryControl",
        "border_color_primary_dark": "BorderColorPrimaryDark",
        "border_radius_main": "BorderRadiusMain",
        "border_radius_tight": "BorderRadiusTight",
        "border_style_main": "BorderStyleMain",
        "border_width_main": "BorderWidthMain",
        "focus_outline_color_primary": "FocusOutlineColorPrimary",
        "focus_outline_offset_main": "FocusOutlineOffsetMain",
        "focus_outline_offset_tight": "FocusOutlineOffsetTight",
        "focus_outline_style": "FocusOutlineStyle",
        "focus_outline_width_main": "FocusOutlineWidthMain",
        "focus_outline_width_tight": "FocusOutlineWidthTight",
        "hue_blue_100": "HueBlue100",
        "hue_blue_200": "HueBlue200",
        "hue_blue_300": "HueBlue300",
        "hue_blue_400": "HueBlue400",
        "hue_blue_50": "HueBlue50",
        "hue_blue_500": "HueBlue500",
        "hue_blue_600": "HueBlue600",
        "hue_blue_700": "HueBlue700",
        "hue_blue_800": "HueBlue800",
        "hue_blue_900": "HueBlue900",
        "hue_green_100": "HueGreen100",
        "hue_green_200": "HueGreen200",
        "hue_green_300": "HueGreen300",
        "hue_green_400": "HueGreen400",
        "hue_green_50": "HueGreen50",
        "hue_green_500": "HueGreen500",
        "hue_green_600": "HueGreen600",
        "hue_green_700": "HueGreen700",
        "hue_green_800": "HueGreen800",
        "hue_green_900": "HueGreen900",
        "hue_neutral_100": "HueNeutral100",
        "hue_neutral_200": "HueNeutral200",
        "hue_neutral_300": "HueNeutral300",
        "hue_neutral_400": "HueNeutral400",
        "hue_neutral_50": "HueNeutral50",
        "hue_neutral_500": "HueNeutral500",
        "hue_neutral_600": "HueNeutral600",
        "hue_neutral_700": "HueNeutral700",
        "hue_neutral_800": "HueNeutral800",
        "hue_neutral_900": "HueNeutral900",
        "hue_neutral_white": "HueNeutralWhite",
        "hue_red_100": "HueRed100",
        "hue_red_200": "HueRed200",
        "hue_red_300": "HueRed300",
        "hue_red_400": "HueRed400",
        "hue_red_50": "HueRed50",
        "hue_red_500": "HueRed500",
        "hue_red_600": "HueRed600",
        "hue_red_700": "HueRed700",
        "hue_red_800": "HueRed800",
        "hue_red_900": "HueRed900",
        "hue_yellow_100": "HueYellow100",
        "hue_yellow_200": "HueYellow200",
        "hue_yellow_300": "HueYellow300",
        "hue_yellow_400": "HueYellow400",
        "hue_yellow_50": "HueYellow50",
        "hue_yellow_500": "HueYellow500",
        "hue_yellow_600": "HueYellow600",
        "hue_yellow_700": "HueYellow700",
        "hue_yellow_800": "HueYellow800",
        "hue_yellow_900": "HueYellow900",
        "palette_danger_dark": "PaletteDangerDark",
        "palette_danger_darker": "PaletteDangerDarker",
        "palette_danger_heading": "PaletteDangerHeading",
        "palette_danger_highlight": "PaletteDangerHighlight",
        "palette_danger_light": "PaletteDangerLight",
        "palette_danger_lighter": "PaletteDangerLighter",
        "palette_danger_main": "PaletteDangerMain",
        "palette_danger_text": "PaletteDangerText",
        "palette_primary_dark": "PalettePrimaryDark",
        "palette_primary_darker": "PalettePrimaryDarker",
        "palette_primary_heading": "PalettePrimaryHeading",
        "palette_primary_highlight": "PalettePrimaryHighlight",
        "palette_primary_light": "PalettePrimaryLight",
        "palette_primary_lighter": "PalettePrimaryLighter",
        "palette_primary_main": "PalettePrimaryMain",
        "palette_primary_text": "PalettePrimaryText",
        "palette_success_dark": "PaletteSuccessDark",
        "palette_success_darker": "PaletteSuccessDarker",
        "palette_success_heading": "PaletteSuccessHeading",
        "palette_success_highlight": "PaletteSuccessHighlight",
        "palette_success_light": "PaletteSuccessLight",
        "palette_success_lighter": "PaletteSuccessLighter",
        "palette_success_main": "PaletteSuccessMain",
        "palette_success_text": "PaletteSuccessText",
        "palette_warning_dark": "PaletteWarningDark",
        "palette_warning_darker": "PaletteWarningDarker",
        "palette_warning_heading": "PaletteWarningHeading",
        "palette_warning_highlight": "PaletteWarningHighlight",
        "palette_warning_light": "PaletteWarningLight",
        "palette_warning_lighter": "PaletteWarningLighter",
        "palette_warning_main": "PaletteWarningMain",
        "palette_warning_text": "PaletteWarningText",
        "spacing_0": "Spacing0",
        "spacing_1": "Spacing1",
        "spacing_2": "Spacing2",
        "spacing_3": "Spacing3",
        "spacing_4": "Spacing4",
        "spacing_5": "Spacing5",
        "spacing_6": "Spacing6",
        "spacing_7": "Spacing7",
        "spacing_8": "Spacing8",
        "spacing_9": "Spacing9",
        "transition_duration_main": "TransitionDurationMain",
        "typography_color_action": "TypographyColorAction",
        "typography_color_body": "TypographyColorBody",
        "typography_color_danger": "TypographyColorDanger",
        "typography_color_disabled": "TypographyColorDisabled",
        "typography_color_heading": "TypographyColorHeading",
        "typography_color_inverse": "TypographyColorInverse",
        "typography_color_subordinate": "TypographyColorSubordinate",
        "typography_color_success": "TypographyColorSuccess",
        "typography_color_support": "TypographyColorSupport",
        "typography_color_warning": "TypographyColorWarning",
        "typography_family_body": "TypographyFamilyBody",
        "typography_family_button": "TypographyFamilyButton",
        "typography_family_heading": "TypographyFamilyHeading",
        "typography_line_height_body": "TypographyLineHeightBody",
        "typography_line_height_heading_1": "TypographyLineHeightHeading1",
        "typography_line_height_heading_2": "TypographyLineHeightHeading2",
        "typography_line_height_heading_3": "TypographyLineHeightHeading3",
        "typography_line_height_heading_4": "TypographyLineHeightHeading4",
        "typography_line_height_heading_5": "TypographyLineHeightHeading5",
        "typography_line_height_heading_6": "TypographyLineHeightHeading6",
        "typography_line_height_overline": "TypographyLineHeightOverline",
        "typography_line_height_ui": "TypographyLineHeightUi",
        "typography_line_length_max": "TypographyLineLengthMax",
        "typography_size_body": "TypographySizeBody",
        "typography_size_heading_1": "TypographySizeHeading1",
        "typography_size_heading_2": "TypographySizeHeading2",
        "typography_size_heading_3": "TypographySizeHeading3",
        "typography_size_heading_4": "TypographySizeHeading4",
        "typography_size_heading_5": "TypographySizeHeading5",
        "typography_size_heading_6": "TypographySizeHeading6",
        "typography_size_subordinate": "TypographySizeSubordinate",
        "typography_weight_body": "TypographyWeightBody",
        "typography_weight_body_bold": "TypographyWeightBodyBold",
        "typography_weight_heading": "TypographyWeightHeading",
        "typography_weight_heading_bold": "TypographyWeightHeadingBold",
        "additional_properties": lambda d: _convert.undeclared(d, WidgetConfigurationThemeTokens._json_names),
    }

    border_color_danger_control: str | None | Unset = UNSET
    border_color_danger_dark: str | None | Unset = UNSET
    border_color_danger_light: str | None | Unset = UNSET
    border_color_disabled: str | None | Unset = UNSET
    border_color_display: str | None | Unset = UNSET
    border_color_primary_control: str | None | Unset = UNSET
    border_color_primary_dark: str | None | Unset = UNSET
    border_radius_main: str | None | Unset = UNSET
    border_radius_tight: str | None | Unset = UNSET
    border_style_main: str | None | Unset = UNSET
    border_width_main: str | None | Unset = UNSET
    focus_outline_color_primary: str | None | Unset = UNSET
    focus_outline_offset_main: str | None | Unset = UNSET
    focus_outline_offset_tight: str | None | Unset = UNSET
    focus_outline_style: str | None | Unset = UNSET
    focus_outline_width_main: str | None | Unset = UNSET
    focus_outline_width_tight: str | None | Unset = UNSET
    hue_blue_100: str | None | Unset = UNSET
    hue_blue_200: str | None | Unset = UNSET
    hue_blue_300: str | None | Unset = UNSET
    hue_blue_400: str | None | Unset = UNSET
    hue_blue_50: str | None | Unset = UNSET
    hue_blue_500: str | None | Unset = UNSET
    hue_blue_600: str | None | Unset = UNSET
    hue_blue_700: str | None | Unset = UNSET
    hue_blue_800: str | None | Unset = UNSET
    hue_blue_900: str | None | Unset = UNSET
    hue_green_100: str | None | Unset = UNSET
    hue_green_200: str | None | Unset = UNSET
    hue_green_300: str | None | Unset = UNSET
    hue_green_400: str | None | Unset = UNSET
    hue_green_50: str | None | Unset = UNSET
    hue_green_500: str | None | Unset = UNSET
    hue_green_600: str | None | Unset = UNSET
    hue_green_700: str | None | Unset = UNSET
    hue_green_800: str | None | Unset = UNSET
    hue_green_900: str | None | Unset = UNSET
    hue_neutral_100: str | None | Unset = UNSET
    hue_neutral_200: str | None | Unset = UNSET
    hue_neutral_300: str | None | Unset = UNSET
    hue_neutral_400: str | None | Unset = UNSET
    hue_neutral_50: str | None | Unset = UNSET
    hue_neutral_500: str | None | Unset = UNSET
    hue_neutral_600: str | None | Unset = UNSET
    hue_neutral_700: str | None | Unset = UNSET
    hue_neutral_800: str | None | Unset = UNSET
    hue_neutral_900: str | None | Unset = UNSET
    hue_neutral_white: str | None | Unset = UNSET
    hue_red_100: str | None | Unset = UNSET
    hue_red_200: str | None | Unset = UNSET
    hue_red_300: str | None | Unset = UNSET
    hue_red_400: str | None | Unset = UNSET
    hue_red_50: str | None | Unset = UNSET
    hue_red_500: str | None | Unset = UNSET
    hue_red_600: str | None | Unset = UNSET
    hue_red_700: str | None | Unset = UNSET
    hue_red_800: str | None | Unset = UNSET
    hue_red_900: str | None | Unset = UNSET
    hue_yellow_100: str | None | Unset = UNSET
    hue_yellow_200: str | None | Unset = UNSET
    hue_yellow_300: str | None | Unset = UNSET
    hue_yellow_400: str | None | Unset = UNSET
    hue_yellow_50: str | None | Unset = UNSET
    hue_yellow_500: str | None | Unset = UNSET
    hue_yellow_600: str | None | Unset = UNSET
    hue_yellow_700: str | None | Unset = UNSET
    hue_yellow_800: str | None | Unset = UNSET
    hue_yellow_900: str | None | Unset = UNSET
    palette_danger_dark: str | None | Unset = UNSET
    palette_danger_darker: str | None | Unset = UNSET
    palette_danger_heading: str | None | Unset = UNSET
    palette_danger_highlight: str | None | Unset = UNSET
    palette_danger_light: str | None | Unset = UNSET
    palette_danger_lighter: str | None | Unset = UNSET
    palette_danger_main: str | None | Unset = UNSET
    palette_danger_text: str | None | Unset = UNSET
    palette_primary_dark: str | None | Unset = UNSET
    palette_primary_darker: str | None | Unset = UNSET
    palette_primary_heading: str | None | Unset = UNSET
    palette_primary_highlight: str | None | Unset = UNSET
    palette_primary_light: str | None | Unset = UNSET
    palette_primary_lighter: str | None | Unset = UNSET
    palette_primary_main: str | None | Unset = UNSET
    palette_primary_text: str | None | Unset = UNSET
    palette_success_dark: str | None | Unset = UNSET
    palette_success_darker: str | None | Unset = UNSET
    palette_success_heading: str | None | Unset = UNSET
    palette_success_highlight: str | None | Unset = UNSET
    palette_success_light: str | None | Unset = UNSET
    palette_success_lighter: str | None | Unset = UNSET
    palette_success_main: str | None | Unset = UNSET
    palette_success_text: str | None | Unset = UNSET
    palette_warning_dark: str | None | Unset = UNSET
    palette_warning_darker: str | None | Unset = UNSET
    palette_warning_heading: str | None | Unset = UNSET
    palette_warning_highlight: str | None | Unset = UNSET
    palette_warning_light: str | None | Unset = UNSET
    palette_warning_lighter: str | None | Unset = UNSET
    palette_warning_main: str | None | Unset = UNSET
    palette_warning_text: str | None | Unset = UNSET
    spacing_0: str | None | Unset = UNSET
    spacing_1: str | None | Unset = UNSET
    spacing_2: str | None | Unset = UNSET
    spacing_3: str | None | Unset = UNSET
    spacing_4: str | None | Unset = UNSET
    spacing_5: str | None | Unset = UNSET
    spacing_6: str | None | Unset = UNSET
    spacing_7: str | None | Unset = UNSET
    spacing_8: str | None | Unset = UNSET
    spacing_9: str | None | Unset = UNSET
    transition_duration_main: str | None | Unset = UNSET
    typography_color_action: str | None | Unset = UNSET
    typography_color_body: str | None | Unset = UNSET
    typography_color_danger: str | None | Unset = UNSET
    typography_color_disabled: str | None | Unset = UNSET
    typography_color_heading: str | None | Unset = UNSET
    typography_color_inverse: str | None | Unset = UNSET
    typography_color_subordinate: str | None | Unset = UNSET
    typography_color_success: str | None | Unset = UNSET
    typography_color_support: str | None | Unset = UNSET
    typography_color_warning: str | None | Unset = UNSET
    typography_family_body: str | None | Unset = UNSET
    typography_family_button: str | None | Unset = UNSET
    typography_family_heading: str | None | Unset = UNSET
    typography_line_height_body: float | None | Unset = UNSET
    typography_line_height_heading_1: float | None | Unset = UNSET
    typography_line_height_heading_2: float | None | Unset = UNSET
    typography_line_height_heading_3: float | None | Unset = UNSET
    typography_line_height_heading_4: float | None | Unset = UNSET
    typography_line_height_heading_5: float | None | Unset = UNSET
    typography_line_height_heading_6: float | None | Unset = UNSET
    typography_line_height_overline: float | None | Unset = UNSET
    typography_line_height_ui: float | None | Unset = UNSET
    typography_line_length_max: str | None | Unset = UNSET
    typography_size_body: str | None | Unset = UNSET
    typography_size_heading_1: str | None | Unset = UNSET
    typography_size_heading_2: str | None | Unset = UNSET
    typography_size_heading_3: str | None | Unset = UNSET
    typography_size_heading_4: str | None | Unset = UNSET
    typography_size_heading_5: str | None | Unset = UNSET
    typography_size_heading_6: str | None | Unset = UNSET
    typography_size_subordinate: str | None | Unset = UNSET
    typography_weight_body: str | None | Unset = UNSET
    typography_weight_body_bold: str | None | Unset = UNSET
    typography_weight_heading: str | None | Unset = UNSET
    typography_weight_heading_bold: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.border_color_danger_control is not UNSET:
            d["BorderColorDangerControl"] = self.border_color_danger_control
        if self.border_color_danger_dark is not UNSET:
            d["BorderColorDangerDark"] = self.border_color_danger_dark
        if self.border_color_danger_light is not UNSET:
            d["BorderColorDangerLight"] = self.border_color_danger_light
        if self.border_color_disabled is not UNSET:
            d["BorderColorDisabled"] = self.border_color_disabled
        if self.border_color_display is not UNSET:
            d["BorderColorDisplay"] = self.border_color_display
        if self.border_color_primary_control is not UNSET:
            d["BorderColorPrimaryControl"] = self.border_color_primary_control
        if self.border_color_primary_dark is not UNSET:
            d["BorderColorPrimaryDark"] = self.border_color_primary_dark
        if self.border_radius_main is not UNSET:
            d["BorderRadiusMain"] = self.border_radius_main
        if self.border_radius_tight is not UNSET:
            d["BorderRadiusTight"] = self.border_radius_tight
        if self.border_style_main is not UNSET:
            d["BorderStyleMain"] = self.border_style_main
        if self.border_width_main is not UNSET:
            d["BorderWidthMain"] = self.border_width_main
        if self.focus_outline_color_primary is not UNSET:
            d["FocusOutlineColorPrimary"] = self.focus_outline_color_primary
        if self.focus_outline_offset_main is not UNSET:
            d["FocusOutlineOffsetMain"] = self.focus_outline_offset_main
        if self.focus_outline_offset_tight is not UNSET:
            d["FocusOutlineOffsetTight"] = self.focus_outline_offset_tight
        if self.focus_outline_style is not UNSET:
            d["FocusOutlineStyle"] = self.focus_outline_style
        if self.focus_outline_width_main is not UNSET:
            d["FocusOutlineWidthMain"] = self.focus_outline_width_main
        if self.focus_outline_width_tight is not UNSET:
            d["FocusOutlineWidthTight"] = self.focus_outline_width_tight
        if self.hue_blue_100 is not UNSET:
            d["HueBlue100"] = self.hue_blue_100
        if self.hue_blue_200 is not UNSET:
            d["HueBlue200"] = self.hue_blue_200
        if self.hue_blue_300 is not UNSET:
            d["HueBlue300"] = self.hue_blue_300
        if self.hue_blue_400 is not UNSET:
            d["HueBlue400"] = self.hue_blue_400
        if self.hue_blue_50 is not UNSET:
            d["HueBlue50"] = self.hue_blue_50
        if self.hue_blue_500 is not UNSET:
            d["HueBlue500"] = self.hue_blue_500
        if self.hue_blue_600 is not UNSET:
            d["HueBlue600"] = self.hue_blue_600
        if self.hue_blue_700 is not UNSET:
            d["HueBlue700"] = self.hue_blue_700
        if self.hue_blue_800 is not UNSET:
            d["HueBlue800"] = self.hue_blue_800
        if self.hue_blue_900 is not UNSET:
            d["HueBlue900"] = self.hue_blue_900
        if self.hue_green_100 is not UNSET:
            d["HueGreen100"] = self.hue_green_100
        if self.hue_green_200 is not UNSET:
            d["HueGreen200"] = self.hue_green_200
        if self.hue_green_300 is not UNSET:
            d["HueGreen300"] = self.hue_green_300
        if self.hue_green_400 is not UNSET:
            d["HueGreen400"] = self.hue_green_400
        if self.hue_green_50 is not UNSET:
            d["HueGreen50"] = self.hue_green_50
        if self.hue_green_500 is not UNSET:
            d["HueGreen500"] = self.hue_green_500
        if self.hue_green_600 is not UNSET:
            d["HueGreen600"] = self.hue_green_600
        if self.hue_green_700 is not UNSET:
            d["HueGreen700"] = self.hue_green_700
        if self.hue_green_800 is not UNSET:
            d["HueGreen800"] = self.hue_green_800
        if self.hue_green_900 is not UNSET:
            d["HueGreen900"] = self.hue_green_900
        if self.hue_neutral_100 is not UNSET:
            d["HueNeutral100"] = self.hue_neutral_100
        if self.hue_neutral_200 is not UNSET:
            d["HueNeutral200"] = self.hue_neutral_200
        if self.hue_neutral_300 is not UNSET:
            d["HueNeutral300"] = self.hue_neutral_300
        if self.hue_neutral_400 is not UNSET:
            d["HueNeutral400"] = self.hue_neutral_400
        if self.hue_neutral_50 is not UNSET:
            d["HueNeutral50"] = self.hue_neutral_50
        if self.hue_neutral_500 is not UNSET:
            d["HueNeutral500"] = self.hue_neutral_500
        if self.hue_neutral_600 is not UNSET:
            d["HueNeutral600"] = self.hue_neutral_600
        if self.hue_neutral_700 is not UNSET:
            d["HueNeutral700"] = self.hue_neutral_700
        if self.hue_neutral_800 is not UNSET:
            d["HueNeutral800"] = self.hue_neutral_800
        if self.hue_neutral_900 is not UNSET:
            d["HueNeutral900"] = self.hue_neutral_900
        if self.hue_neutral_white is not UNSET:
            d["HueNeutralWhite"] = self.hue_neutral_white
        if self.hue_red_100 is not UNSET:
            d["HueRed100"] = self.hue_red_100
        if self.hue_red_200 is not UNSET:
            d["HueRed200"] = self.hue_red_200
        if self.hue_red_300 is not UNSET:
            d["HueRed300"] = self.hue_red_300
        if self.hue_red_400 is not UNSET:
            d["HueRed400"] = self.hue_red_400
        if self.hue_red_50 is not UNSET:
            d["HueRed50"] = self.hue_red_50
        if self.hue_red_500 is not UNSET:
            d["HueRed500"] = self.hue_red_500
        if self.hue_red_600 is not UNSET:
            d["HueRed600"] = self.hue_red_600
        if self.hue_red_700 is not UNSET:
            d["HueRed700"] = self.hue_red_700
        if self.hue_red_800 is not UNSET:
            d["HueRed800"] = self.hue_red_800
        if self.hue_red_900 is not UNSET:
            d["HueRed900"] = self.hue_red_900
        if self.hue_yellow_100 is not UNSET:
            d["HueYellow100"] = self.hue_yellow_100
        if self.hue_yellow_200 is not UNSET:
            d["HueYellow200"] = self.hue_yellow_200
        if self.hue_yellow_300 is not UNSET:
            d["HueYellow300"] = self.hue_yellow_300
        if self.hue_yellow_400 is not UNSET:
            d["HueYellow400"] = self.hue_yellow_400
        if self.hue_yellow_50 is not UNSET:
            d["HueYellow50"] = self.hue_yellow_50
        if self.hue_yellow_500 is not UNSET:
            d["HueYellow500"] = self.hue_yellow_500
        if self.hue_yellow_600 is not UNSET:
            d["HueYellow600"] = self.hue_yellow_600
        if self.hue_yellow_700 is not UNSET:
            d["HueYellow700"] = self.hue_yellow_700
        if self.hue_yellow_800 is not UNSET:
            d["HueYellow800"] = self.hue_yellow_800
        if self.hue_yellow_900 is not UNSET:
            d["HueYellow900"] = self.hue_yellow_900
        if self.palette_danger_dark is not UNSET:
            d["PaletteDangerDark"] = self.palette_danger_dark
        if self.palette_danger_darker is not UNSET:
            d["PaletteDangerDarker"] = self.palette_danger_darker
        if self.palette_danger_heading is not UNSET:
            d["PaletteDangerHeading"] = self.palette_danger_heading
        if self.palette_danger_highlight is not UNSET:
            d["PaletteDangerHighlight"] = self.palette_danger_highlight
        if self.palette_danger_light is not UNSET:
            d["PaletteDangerLight"] = self.palette_danger_light
        if self.palette_danger_lighter is not UNSET:
            d["PaletteDangerLighter"] = self.palette_danger_lighter
        if self.palette_danger_main is not UNSET:
            d["PaletteDangerMain"] = self.palette_danger_main
        if self.palette_danger_text is not UNSET:
            d["PaletteDangerText"] = self.palette_danger_text
        if self.palette_primary_dark is not UNSET:
            d["PalettePrimaryDark"] = self.palette_primary_dark
        if self.palette_primary_darker is not UNSET:
            d["PalettePrimaryDarker"] = self.palette_primary_darker
        if self.palette_primary_heading is not UNSET:
            d["PalettePrimaryHeading"] = self.palette_primary_heading
        if self.palette_primary_highlight is not UNSET:
            d["PalettePrimaryHighlight"] = self.palette_primary_highlight
        if self.palette_primary_light is not UNSET:
            d["PalettePrimaryLight"] = self.palette_primary_light
        if self.palette_primary_lighter is not UNSET:
            d["PalettePrimaryLighter"] = self.palette_primary_lighter
        if self.palette_primary_main is not UNSET:
            d["PalettePrimaryMain"] = self.palette_primary_main
        if self.palette_primary_text is not UNSET:
            d["PalettePrimaryText"] = self.palette_primary_text
        if self.palette_success_dark is not UNSET:
            d["PaletteSuccessDark"] = self.palette_success_dark
        if self.palette_success_darker is not UNSET:
            d["PaletteSuccessDarker"] = self.palette_success_darker
        if self.palette_success_heading is not UNSET:
            d["PaletteSuccessHeading"] = self.palette_success_heading
        if self.palette_success_highlight is not UNSET:
            d["PaletteSuccessHighlight"] = self.palette_success_highlight
        if self.palette_success_light is not UNSET:
            d["PaletteSuccessLight"] = self.palette_success_light
        if self.palette_success_lighter is not UNSET:
            d["PaletteSuccessLighter"] = self.palette_success_lighter
        if self.palette_success_main is not UNSET:
            d["PaletteSuccessMain"] = self.palette_success_main
        if self.palette_success_text is not UNSET:
            d["PaletteSuccessText"] = self.palette_success_text
        if self.palette_warning_dark is not UNSET:
            d["PaletteWarningDark"] = self.palette_warning_dark
        if self.palette_warning_darker is not UNSET:
            d["PaletteWarningDarker"] = self.palette_warning_darker
        if self.palette_warning_heading is not UNSET:
            d["PaletteWarningHeading"] = self.palette_warning_heading
        if self.palette_warning_highlight is not UNSET:
            d["PaletteWarningHighlight"] = self.palette_warning_highlight
        if self.palette_warning_light is not UNSET:
            d["PaletteWarningLight"] = self.palette_warning_light
        if self.palette_warning_lighter is not UNSET:
            d["PaletteWarningLighter"] = self.palette_warning_lighter
        if self.palette_warning_main is not UNSET:
            d["PaletteWarningMain"] = self.palette_warning_main
        if self.palette_warning_text is not UNSET:
            d["PaletteWarningText"] = self.palette_warning_text
        if self.spacing_0 is not UNSET:
            d["Spacing0"] = self.spacing_0
        if self.spacing_1 is not UNSET:
            d["Spacing1"] = self.spacing_1
        if self.spacing_2 is not UNSET:
            d["Spacing2"] = self.spacing_2
        if self.spacing_3 is not UNSET:
            d["Spacing3"] = self.spacing_3
        if self.spacing_4 is not UNSET:
            d["Spacing4"] = self.spacing_4
        if self.spacing_5 is not UNSET:
            d["Spacing5"] = self.spacing_5
        if self.spacing_6 is not UNSET:
            d["Spacing6"] = self.spacing_6
        if self.spacing_7 is not UNSET:
            d["Spacing7"] = self.spacing_7
        if self.spacing_8 is not UNSET:
            d["Spacing8"] = self.spacing_8
        if self.spacing_9 is not UNSET:
            d["Spacing9"] = self.spacing_9
        if self.transition_duration_main is not UNSET:
            d["TransitionDurationMain"] = self.transition_duration_main
        if self.typography_color_action is not UNSET:
            d["TypographyColorAction"] = self.typography_color_action
        if self.typography_color_body is not UNSET:
            d["TypographyColorBody"] = self.typography_color_body
        if self.typography_color_danger is not UNSET:
            d["TypographyColorDanger"] = self.typography_color_danger
        if self.typography_color_disabled is not UNSET:
            d["TypographyColorDisabled"] = self.typography_color_disabled
        if self.typography_color_heading is not UNSET:
            d["TypographyColorHeading"] = self.typography_color_heading
        if self.typography_color_inverse is not UNSET:
            d["TypographyColorInverse"] = self.typography_color_inverse
        if self.typography_color_subordinate is not UNSET:
            d["TypographyColorSubordinate"] = self.typography_color_subordinate
        if self.typography_color_success is not UNSET:
            d["TypographyColorSuccess"] = self.typography_color_success
        if self.typography_color_support is not UNSET:
            d["TypographyColorSupport"] = self.typography_color_support
        if self.typography_color_warning is not UNSET:
            d["TypographyColorWarning"] = self.typography_color_warning
        if self.typography_family_body is not UNSET:
            d["TypographyFamilyBody"] = self.typography_family_body
        if self.typography_family_button is not UNSET:
            d["TypographyFamilyButton"] = self.typography_family_button
        if self.typography_family_heading is not UNSET:
            d["TypographyFamilyHeading"] = self.typography_family_heading
        if self.typography_line_height_body is not UNSET:
            d["TypographyLineHeightBody"] = self.typography_line_height_body
        if self.typography_line_height_heading_1 is not UNSET:
            d["TypographyLineHeightHeading1"] = self.typography_line_height_heading_1
        if self.typography_line_height_heading_2 is not UNSET:
            d["TypographyLineHeightHeading2"] = self.typography_line_height_heading_2
        if self.typography_line_height_heading_3 is not UNSET:
            d["TypographyLineHeightHeading3"] = self.typography_line_height_heading_3
        if self.typography_line_height_heading_4 is not UNSET:
            d["TypographyLineHeightHeading4"] = self.typography_line_height_heading_4
        if self.typography_line_height_heading_5 is not UNSET:
            d["TypographyLineHeightHeading5"] = self.typography_line_height_heading_5
        if self.typography_line_height_heading_6 is not UNSET:
            d["TypographyLineHeightHeading6"] = self.typography_line_height_heading_6
        if self.typography_line_height_overline is not UNSET:
            d["TypographyLineHeightOverline"] = self.typography_line_height_overline
        if self.typography_line_height_ui is not UNSET:
            d["TypographyLineHeightUi"] = self.typography_line_height_ui
        if self.typography_line_length_max is not UNSET:
            d["TypographyLineLengthMax"] = self.typography_line_length_max
        if self.typography_size_body is not UNSET:
            d["TypographySizeBody"] = self.typography_size_body
        if self.typography_size_heading_1 is not UNSET:
            d["TypographySizeHeading1"] = self.typography_size_heading_1
        if self.typography_size_heading_2 is not UNSET:
            d["TypographySizeHeading2"] = self.typography_size_heading_2
        if self.typography_size_heading_3 is not UNSET:
            d["TypographySizeHeading3"] = self.typography_size_heading_3
        if self.typography_size_heading_4 is not UNSET:
            d["TypographySizeHeading4"] = self.typography_size_heading_4
        if self.typography_size_heading_5 is not UNSET:
            d["TypographySizeHeading5"] = self.typography_size_heading_5
        if self.typography_size_heading_6 is not UNSET:
            d["TypographySizeHeading6"] = self.typography_size_heading_6
        if self.typography_size_subordinate is not UNSET:
            d["TypographySizeSubordinate"] = self.typography_size_subordinate
        if self.typography_weight_body is not UNSET:
            d["TypographyWeightBody"] = self.typography_weight_body
        if self.typography_weight_body_bold is not UNSET:
            d["TypographyWeightBodyBold"] = self.typography_weight_body_bold
        if self.typography_weight_heading is not UNSET:
            d["TypographyWeightHeading"] = self.typography_weight_heading
        if self.typography_weight_heading_bold is not UNSET:
            d["TypographyWeightHeadingBold"] = self.typography_weight_heading_bold
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.border_color_danger_control = d.pop("BorderColorDangerControl", UNSET)
        obj.border_color_danger_dark = d.pop("BorderColorDangerDark", UNSET)
        obj.border_color_danger_light = d.pop("BorderColorDangerLight", UNSET)
        obj.border_color_disabled = d.pop("BorderColorDisabled", UNSET)
        obj.border_color_display = d.pop("BorderColorDisplay", UNSET)
        obj.border_color_primary_control = d.pop("BorderColorPrimaryControl", UNSET)
        obj.border_color_primary_dark = d.pop("BorderColorPrimaryDark", UNSET)
        obj.border_radius_main = d.pop("BorderRadiusMain", UNSET)
        obj.border_radius_tight = d.pop("BorderRadiusTight", UNSET)
        obj.border_style_main = d.pop("BorderStyleMain", UNSET)
        obj.border_width_main = d.pop("BorderWidthMain", UNSET)
        obj.focus_outline_color_primary = d.pop("FocusOutlineColorPrimary", UNSET)
        obj.focus_outline_offset_main = d.pop("FocusOutlineOffsetMain", UNSET)
        obj.focus_outline_offset_tight = d.pop("FocusOutlineOffsetTight", UNSET)
        obj.focus_outline_style = d.pop("FocusOutlineStyle", UNSET)
        obj.focus_outline_width_main = d.pop("FocusOutlineWidthMain", UNSET)
        obj.focus_outline_width_tight = d.pop("FocusOutlineWidthTight", UNSET)
        obj.hue_blue_100 = d.pop("HueBlue100", UNSET)
        obj.hue_blue_200 = d.pop("HueBlue200", UNSET)
        obj.hue_blue_300 = d.pop("HueBlue300", UNSET)
        obj.hue_blue_400 = d.pop("HueBlue400", UNSET)
        obj.hue_blue_50 = d.pop("HueBlue50", UNSET)
        obj.hue_blue_500 = d.pop("HueBlue500", UNSET)
        obj.hue_blue_600 = d.pop("HueBlue600", UNSET)
        obj.hue_blue_700 = d.pop("HueBlue700", UNSET)
        obj.hue_blue_800 = d.pop("HueBlue800", UNSET)
        obj.hue_blue_900 = d.pop("HueBlue900", UNSET)
        obj.hue_green_100 = d.pop("HueGreen100", UNSET)
        obj.hue_green_200 = d.pop("HueGreen200", UNSET)
        obj.hue_green_300 = d.pop("HueGreen300", UNSET)
        obj.hue_green_400 = d.pop("HueGreen400", UNSET)
        obj.hue_green_50 = d.pop("HueGreen50", UNSET)
        obj.hue_green_500 = d.pop("HueGreen500", UNSET)
        obj.hue_green_600 = d.pop("HueGreen600", UNSET)
        obj.hue_green_700 = d.pop("HueGreen700", UNSET)
        obj.hue_green_800 = d.pop("HueGreen800", UNSET)
        obj.hue_green_900 = d.pop("HueGreen900", UNSET)
        obj.hue_neutral_100 = d.pop("HueNeutral100", UNSET)
        obj.hue_neutral_200 = d.pop("HueNeutral200", UNSET)
        obj.hue_neutral_300 = d.pop("HueNeutral300", UNSET)
        obj.hue_neutral_400 = d.pop("HueNeutral400", UNSET)
        obj.hue_neutral_50 = d.pop("HueNeutral50", UNSET)
        obj.hue_neutral_500 = d.pop("HueNeutral500", UNSET)
        obj.hue_neutral_600 = d.pop("HueNeutral600", UNSET)
        obj.hue_neutral_700 = d.pop("HueNeutral700", UNSET)
        obj.hue_neutral_800 = d.pop("HueNeutral800", UNSET)
        obj.hue_neutral_900 = d.pop("HueNeutral900", UNSET)
        obj.hue_neutral_white = d.pop("HueNeutralWhite", UNSET)
        obj.hue_red_100 = d.pop("HueRed100", UNSET)
        obj.hue_red_200 = d.pop("HueRed200", UNSET)
        obj.hue_red_300 = d.pop("HueRed300", UNSET)
        obj.hue_red_400 = d.pop("HueRed400", UNSET)
        obj.hue_red_50 = d.pop("HueRed50", UNSET)
        obj.hue_red_500 = d.pop("HueRed500", UNSET)
        obj.hue_red_600 = d.pop("HueRed600", UNSET)
        obj.hue_red_700 = d.pop("HueRed700", UNSET)
        obj.hue_red_800 = d.pop("HueRed800", UNSET)
        obj.hue_red_900 = d.pop("HueRed900", UNSET)
        obj.hue_yellow_100 = d.pop("HueYellow100", UNSET)
        obj.hue_yellow_200 = d.pop("HueYellow200", UNSET)
        obj.hue_yellow_300 = d.pop("HueYellow300", UNSET)
        obj.hue_yellow_400 = d.pop("HueYellow400", UNSET)
        obj.hue_yellow_50 = d.pop("HueYellow50", UNSET)
        obj.hue_yellow_500 = d.pop("HueYellow500", UNSET)
        obj.hue_yellow_600 = d.pop("HueYellow600", UNSET)
        obj.hue_yellow_700 = d.pop("HueYellow700", UNSET)
        obj.hue_yellow_800 = d.pop("HueYellow800", UNSET)
        obj.hue_yellow_900 = d.pop("HueYellow900", UNSET)
        obj.palette_danger_dark = d.pop("PaletteDangerDark", UNSET)
        obj.palette_danger_darker = d.pop("PaletteDangerDarker", UNSET)
        obj.palette_danger_heading = d.pop("PaletteDangerHeading", UNSET)
        obj.palette_danger_highlight = d.pop("PaletteDangerHighlight", UNSET)
        obj.palette_danger_light = d.pop("PaletteDangerLight", UNSET)
        obj.palette_danger_lighter = d.pop("PaletteDangerLighter", UNSET)
        obj.palette_danger_main = d.pop("PaletteDangerMain", UNSET)
        obj.palette_danger_text = d.pop("PaletteDangerText", UNSET)
        obj.palette_primary_dark = d.pop("PalettePrimaryDark", UNSET)
        obj.palette_primary_darker = d.pop("PalettePrimaryDarker", UNSET)
        obj.palette_primary_heading = d.pop("PalettePrimaryHeading", UNSET)
        obj.palette_primary_highlight = d.pop("PalettePrimaryHighlight", UNSET)
        obj.palette_primary_light = d.pop("PalettePrimaryLight", UNSET)
        obj.palette_primary_lighter = d.pop("PalettePrimaryLighter", UNSET)
        obj.palette_primary_main = d.pop("PalettePrimaryMain", UNSET)
        obj.palette_primary_text = d.pop("PalettePrimaryText", UNSET)
        obj.palette_success_dark = d.pop("PaletteSuccessDark", UNSET)
        obj.palette_success_darker = d.pop("PaletteSuccessDarker", UNSET)
        obj.palette_success_heading = d.pop("PaletteSuccessHeading", UNSET)
        obj.palette_success_highlight = d.pop("PaletteSuccessHighlight", UNSET)
        obj.palette_success_light = d.pop("PaletteSuccessLight", UNSET)
        obj.palette_success_lighter = d.pop("PaletteSuccessLighter", UNSET)
        obj.palette_success_main = d.pop("PaletteSuccessMain", UNSET)
        obj.palette_success_text = d.pop("PaletteSuccessText", UNSET)
        obj.palette_warning_dark = d.pop("PaletteWarningDark", UNSET)
        obj.palette_warning_darker = d.pop("PaletteWarningDarker", UNSET)
        obj.palette_warning_heading = d.pop("PaletteWarningHeading", UNSET)
        obj.palette_warning_highlight = d.pop("PaletteWarningHighlight", UNSET)
        obj.palette_warning_light = d.pop("PaletteWarningLight", UNSET)
        obj.palette_warning_lighter = d.pop("PaletteWarningLighter", UNSET)
        obj.palette_warning_main = d.pop("PaletteWarningMain", UNSET)
        obj.palette_warning_text = d.pop("PaletteWarningText", UNSET)
        obj.spacing_0 = d.pop("Spacing0", UNSET)
        obj.spacing_1 = d.pop("Spacing1", UNSET)
        obj.spacing_2 = d.pop("Spacing2", UNSET)
        obj.spacing_3 = d.pop("Spacing3", UNSET)
        obj.spacing_4 = d.pop("Spacing4", UNSET)
        obj.spacing_5 = d.pop("Spacing5", UNSET)
        obj.spacing_6 = d.pop("Spacing6", UNSET)
        obj.spacing_7 = d.pop("Spacing7", UNSET)
        obj.spacing_8 = d.pop("Spacing8", UNSET)
        obj.spacing_9 = d.pop("Spacing9", UNSET)
        obj.transition_duration_main = d.pop("TransitionDurationMain", UNSET)
        obj.typography_color_action = d.pop("TypographyColorAction", UNSET)
        obj.typography_color_body = d.pop("TypographyColorBody", UNSET)
        obj.typography_color_danger = d.pop("TypographyColorDanger", UNSET)
        obj.typography_color_disabled = d.pop("TypographyColorDisabled", UNSET)
        obj.typography_color_heading = d.pop("TypographyColorHeading", UNSET)
        obj.typography_color_inverse = d.pop("TypographyColorInverse", UNSET)
        obj.typography_color_subordinate = d.pop("TypographyColorSubordinate", UNSET)
        obj.typography_color_success = d.pop("TypographyColorSuccess", UNSET)
        obj.typography_color_support = d.pop("TypographyColorSupport", UNSET)
        obj.typography_color_warning = d.pop("TypographyColorWarning", UNSET)
        obj.typography_family_body = d.pop("TypographyFamilyBody", UNSET)
        obj.typography_family_button = d.pop("TypographyFamilyButton", UNSET)
        obj.typography_family_heading = d.pop("TypographyFamilyHeading", UNSET)
        obj.typography_line_height_body = d.pop("TypographyLineHeightBody", UNSET)
        obj.typography_line_height_heading_1 = d.pop("TypographyLineHeightHeading1", UNSET)
        obj.typography_line_height_heading_2 = d.pop("TypographyLineHeightHeading2", UNSET)
        obj.typography_line_height_heading_3 = d.pop("TypographyLineHeightHeading3", UNSET)
        obj.typography_line_height_heading_4 = d.pop("TypographyLineHeightHeading4", UNSET)
        obj.typography_line_height_heading_5 = d.pop("TypographyLineHeightHeading5", UNSET)
        obj.typography_line_height_heading_6 = d.pop("TypographyLineHeightHeading6", UNSET)
        obj.typography_line_height_overline = d.pop("TypographyLineHeightOverline", UNSET)
        obj.typography_line_height_ui = d.pop("TypographyLineHeightUi", UNSET)
        obj.typography_line_length_max = d.pop("TypographyLineLengthMax", UNSET)
        obj.typography_size_body = d.pop("TypographySizeBody", UNSET)
        obj.typography_size_heading_1 = d.pop("TypographySizeHeading1", UNSET)
        obj.typography_size_heading_2 = d.pop("TypographySizeHeading2", UNSET)
        obj.typography_size_heading_3 = d.pop("TypographySizeHeading3", UNSET)
        obj.typography_size_heading_4 = d.pop("TypographySizeHeading4", UNSET)
        obj.typography_size_heading_5 = d.pop("TypographySizeHeading5", UNSET)
        obj.typography_size_heading_6 = d.pop("TypographySizeHeading6", UNSET)
        obj.typography_size_subordinate = d.pop("TypographySizeSubordinate", UNSET)
        obj.typography_weight_body = d.pop("TypographyWeightBody", UNSET)
        obj.typography_weight_body_bold = d.pop("TypographyWeightBodyBold", UNSET)
        obj.typography_weight_heading = d.pop("TypographyWeightHeading", UNSET)
        obj.typography_weight_heading_bold = d.pop("TypographyWeightHeadingBold", UNSET)
        obj.additional_properties = d
        return obj
