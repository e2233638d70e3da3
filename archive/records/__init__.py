"""Writers: the only code that maps parsed documents and reference data onto the database."""
