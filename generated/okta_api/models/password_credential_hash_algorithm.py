from .._enum import OktaEnum


class PasswordCredentialHashAlgorithm(OktaEnum):
    """Values of `PasswordCredentialHashAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    BCRYPT = "BCRYPT"
    MD5 = "MD5"
    PBKDF2 = "PBKDF2"
    SHA_1 = "SHA-1"
    SHA_256 = "SHA-256"
    SHA_512 = "SHA-512"
