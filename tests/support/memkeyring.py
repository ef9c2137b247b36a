"""A real keyring backend that keeps secrets in this process's memory, for tests.

Its priority raises, so keyring never picks it by itself; the ``memory_keyring`` fixture
installs it with ``set_keyring`` and puts the previous backend back afterwards.
"""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties


class MemoryKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls):  # noqa: N805 - keyring's classproperty
        raise RuntimeError("only installed explicitly by the tests")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)
