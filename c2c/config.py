"""Where things live: the store, the demo store and the templates.

Nothing here touches the disk at import time; directories are created on first write.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


class EnvVars:
    """Environment variable names, in one place so help texts and docs agree."""

    DB = "C2C_DB"
    DATABASE_URL = "C2C_DATABASE_URL"
    HOME = "C2C_HOME"
    MISSION = "C2C_MISSION"
    FORMAT = "C2C_FORMAT"
    SMTP_HOST = "C2C_SMTP_HOST"
    SMTP_PORT = "C2C_SMTP_PORT"
    SMTP_SECURITY = "C2C_SMTP_SECURITY"
    SMTP_USER = "C2C_SMTP_USER"
    SMTP_PASSWORD = "C2C_SMTP_PASSWORD"
    SMTP_PASSWORD_COMMAND = "C2C_SMTP_PASSWORD_COMMAND"
    SMTP_SENDER = "C2C_SMTP_SENDER"
    SMTP_REPLY_TO = "C2C_SMTP_REPLY_TO"
    SMTP_RATE = "C2C_SMTP_RATE"
    SMTP_CA_FILE = "C2C_SMTP_CA_FILE"
    # the limits of an imported file (docs/limits.md)
    MAX_UNZIPPED_MB = "C2C_MAX_UNZIPPED_MB"
    MAX_ROWS = "C2C_MAX_ROWS"
    MAX_COLUMNS = "C2C_MAX_COLUMNS"
    MAX_CELL_CHARS = "C2C_MAX_CELL_CHARS"


APP_NAME = "c2c"
STORE_FILENAME = "c2c.db"
CONFIG_FILENAME = "config.toml"
DEMO_FILENAME = "demo.db"


@dataclass(frozen=True)
class StoreLocation:
    """A resolved store: an SQLAlchemy URL and, for SQLite files, the path."""

    url: str
    path: Path | None
    source: str

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")


def data_dir() -> Path:
    """The user data directory (``C2C_HOME`` overrides the platform's)."""
    home = os.environ.get(EnvVars.HOME)
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    """The settings file (``[mail]`` for now), beside the store in the data directory."""
    return data_dir() / CONFIG_FILENAME


def user_templates_dir() -> Path:
    """Templates the coordinator edited; a file here wins over the shipped one of the same name."""
    return data_dir() / "templates"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_store(db_option: str | None) -> StoreLocation:
    """``--db`` > ``C2C_DB`` > ``C2C_DATABASE_URL`` > the user data directory."""
    if db_option:
        return _location_from_db_value(db_option, "--db")
    env_db = os.environ.get(EnvVars.DB)
    if env_db:
        return _location_from_db_value(env_db, EnvVars.DB)
    env_url = os.environ.get(EnvVars.DATABASE_URL)
    if env_url:
        return StoreLocation(url=env_url, path=_sqlite_path_from_url(env_url), source=EnvVars.DATABASE_URL)
    path = data_dir() / STORE_FILENAME
    return StoreLocation(url=sqlite_url(path), path=path, source="default")


def demo_store(db_option: str | None) -> StoreLocation:
    """The demo writes to its own store unless ``--db`` names one explicitly."""
    if db_option:
        return _location_from_db_value(db_option, "--db")
    path = data_dir() / DEMO_FILENAME
    return StoreLocation(url=sqlite_url(path), path=path, source="demo")


def _location_from_db_value(value: str, source: str) -> StoreLocation:
    if "://" in value:
        return StoreLocation(url=value, path=_sqlite_path_from_url(value), source=source)
    path = Path(value).expanduser().resolve()
    return StoreLocation(url=sqlite_url(path), path=path, source=source)


def _sqlite_path_from_url(url: str) -> Path | None:
    prefix = "sqlite:///"
    if url.startswith(prefix) and url != prefix + ":memory:":
        return Path(url[len(prefix):])
    return None


def templates_dir() -> Path:
    """Templates ship in the wheel as ``c2c/templates``; a source checkout has ``templates/``."""
    packaged = Path(__file__).parent / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "templates"


def package_data(name: str) -> Path:
    return Path(__file__).parent / "data" / name
