"""Alembic environment: runs on the engine the store already opened."""

from alembic import context
from sqlmodel import SQLModel

from c2c.store.models import load_all

load_all()  # every table on the metadata alembic compares with
config = context.config
engine = config.attributes.get("engine")


def run_migrations() -> None:
    if engine is None:
        raise RuntimeError("c2c migrations run through c2c.store.engine.upgrade_store")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
