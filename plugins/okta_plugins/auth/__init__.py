"""Built-in authentication plugins: SSWS, Bearer, PrivateKey (+DPoP), and the PKCE helper."""
