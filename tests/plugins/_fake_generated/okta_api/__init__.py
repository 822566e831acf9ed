"""Stand-in for the generated package, used only while generated/okta_api does not exist."""
