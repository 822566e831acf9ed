"""Which spec transforms built this package, in the order they ran (written by okta_codegen).

`python -m okta_codegen check` compares this list first: a transform plugin installed or removed
since the committed tree was generated shows here before any file difference.
"""

from typing import Final

TRANSFORMS: Final[tuple[tuple[str, int, str, str], ...]] = (
    ("definitions_refs", 10, "okta-api-client", "0.1.0"),
    ("example_refs", 11, "okta-api-client", "0.1.0"),
    ("enum_duplicates", 12, "okta-api-client", "0.1.0"),
    ("ignored_header_parameters", 12, "okta-api-client", "0.1.0"),
    ("path_parameters_required", 12, "okta-api-client", "0.1.0"),
    ("multi_operation", 20, "okta-api-client", "0.1.0"),
    ("query_in_path", 25, "okta-api-client", "0.1.0"),
    ("free_form_maps", 30, "okta-api-client", "0.1.0"),
    ("enum_types", 32, "okta-api-client", "0.1.0"),
    ("contradicting_defaults", 35, "okta-api-client", "0.1.0"),
    ("allof_inheritance", 38, "okta-api-client", "0.1.0"),
    ("defined_as", 40, "okta-api-client", "0.1.0"),
    ("discriminators", 45, "okta-api-client", "0.1.0"),
    ("parent_inheritance", 50, "okta-api-client", "0.1.0"),
    ("extensible_objects", 55, "okta-api-client", "0.1.0"),
    ("overlapping_one_of", 56, "okta-api-client", "0.1.0"),
    ("required_undeclared", 57, "okta-api-client", "0.1.0"),
    ("pattern_violations", 59, "okta-api-client", "0.1.0"),
    ("example_violations", 60, "okta-api-client", "0.1.0"),
    ("operation_scopes", 70, "okta-api-client", "0.1.0"),
)
"""(name, order, distribution, version) of each transform; built-ins are okta-api-client's."""
