"""Example third-party plugin for the Okta client (see plugins/README.md, "Writing a plugin")."""
