"""Where haystack looks for the app's search indexes; the schema is archive/search/schema.py."""

from archive.search import ArticleIndex

__all__ = ["ArticleIndex"]
