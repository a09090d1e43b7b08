"""A local, stateful mock of a vendor's assistant API, derived from its spec, with fault injection.

    from voiceagents.testing import serve

    with serve("revox") as mock:                        # a free port on 127.0.0.1
        client = voiceagents.client("revox", api_key="any", base_url=mock.url)
        mock.fault("createAssistant", "drop_after")     # the next create is stored, then the line drops
        ...
        assert mock.count == 1 and mock.received["createAssistant"] == 1

``voiceagents mock --vendor SLUG`` serves the same from the command line.
"""

from __future__ import annotations

from ._server import FAULTS, MockServer, Recorded, run, serve

__all__ = ["FAULTS", "MockServer", "Recorded", "run", "serve"]
