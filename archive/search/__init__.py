"""Full-text search: Vietnamese analysis, index documents, queries. The rest of the code calls
only this package, never Whoosh or haystack directly."""
