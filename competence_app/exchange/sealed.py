"""A data file kept locked: the whole file sealed with a passphrase.

A person whose profile is protected may want their data file (on a USB stick, say)
protected too. The file is then an envelope: the format id below, the key-derivation
cost and salt, and the ordinary data file sealed with AES-GCM under a key derived from
the passphrase. Nothing else is readable: not the name, not how many reflections.
Opening it needs the passphrase; the app asks for it when the file is imported.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from competence_app.exchange.fileformat import ExchangeError
from competence_app.i18n import translate

SEALED_FORMAT_ID = "citizen-leadership-companion-sealed-data"
SEALED_VERSION = 1
_AAD = SEALED_FORMAT_ID.encode()
# The key-derivation costs a file may ask for: ours, and up to 16 times it.
_ALLOWED_COSTS = frozenset(f"scrypt:{n}:8:1" for n in range(15, 20))


class SealedFileError(ExchangeError):
    """The file is locked with a passphrase that was not given, or not the right one."""


def is_sealed(document: Any) -> bool:
    return isinstance(document, dict) and document.get("format") == SEALED_FORMAT_ID


def seal(payload: bytes, passphrase: str) -> bytes:
    """The data file's bytes, sealed in an envelope."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from competence_app.store.sealing import COST, derive_key

    salt, nonce = os.urandom(16), os.urandom(12)
    key = derive_key(passphrase, salt, COST)
    envelope = {
        "format": SEALED_FORMAT_ID,
        "version": SEALED_VERSION,
        "cost": COST,
        "salt": base64.b64encode(salt).decode("ascii"),
        "sealed": base64.b64encode(nonce + AESGCM(key).encrypt(nonce, payload, _AAD)).decode(
            "ascii"
        ),
    }
    return (json.dumps(envelope, indent=1) + "\n").encode("utf-8")


def unseal(document: dict, passphrase: str | None, name: str) -> bytes:
    """The data file inside the envelope; SealedFileError in plain words if it stays shut."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from competence_app.store.sealing import derive_key

    if passphrase is None:
        raise SealedFileError(
            translate(
                "exchange",
                "{name} is locked with a passphrase. Import it in the app (File > Import "
                "data…), which asks for the passphrase. Nothing has been changed.",
            ).format(name=name)
        )
    try:
        if document.get("version") != SEALED_VERSION:
            raise ValueError("version")
        cost = str(document["cost"])
        if cost not in _ALLOWED_COSTS:  # a hostile file must not ask for gigabytes
            raise ValueError("cost")
        salt = base64.b64decode(document["salt"], validate=True)
        sealed = base64.b64decode(document["sealed"], validate=True)
        key = derive_key(passphrase, salt, cost)
        return AESGCM(key).decrypt(sealed[:12], sealed[12:], _AAD)
    except InvalidTag as error:
        raise SealedFileError(
            translate(
                "exchange",
                "That passphrase does not open {name}. Please try again. Nothing has been changed.",
            ).format(name=name)
        ) from error
    except (KeyError, TypeError, ValueError) as error:
        raise ExchangeError(
            translate(
                "exchange",
                "{name} is a locked data file, but it is damaged or from a newer version of the "
                "app, so it cannot be opened. Nothing has been changed.",
            ).format(name=name)
        ) from error
