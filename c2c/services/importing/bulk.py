"""The bulk inserts of imports live with the store (``c2c/store/bulk.py``)."""

from c2c.store.bulk import CHUNK, chunks, insert_rows

__all__ = ["CHUNK", "chunks", "insert_rows"]
