"""Where user data lives: the dataset, the rejects file and the index, under one folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "IOP_DATA_DIR"


def default_data_dir() -> Path:
    """IOP_DATA_DIR if set, else the per-user data folder ($XDG_DATA_HOME/iop or ~/.local/share/iop)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "iop"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def at(cls, path: str | os.PathLike | None = None) -> DataDir:
        return cls(Path(path).expanduser() if path else default_data_dir())

    @property
    def dataset(self) -> Path:
        return self.root / "facilities.jsonl"

    @property
    def rejects(self) -> Path:
        return self.root / "rejects.jsonl"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def lock(self) -> Path:
        return self.root / ".lock"

    def ensure(self) -> DataDir:
        self.root.mkdir(parents=True, exist_ok=True)
        return self
