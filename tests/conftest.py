"""Suite-wide set-up: Qt renders offscreen, no test touches the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point CCHC_DATA_DIR at a fresh folder so nothing writes into ~/.local/share."""
    data = tmp_path_factory.mktemp("cchc-data")
    monkeypatch.setenv("CCHC_DATA_DIR", str(data))
    return data
