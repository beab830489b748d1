"""EDGAR ownership documents (Forms 3, 4, 5): bytes in, plain dataclasses out. No I/O beyond reading a file."""
