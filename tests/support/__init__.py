"""Test helpers: a misbehaving HTTP server on 127.0.0.1 (``faulty_server``)."""
