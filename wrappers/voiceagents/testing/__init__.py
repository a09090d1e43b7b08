"""A local, stateful mock of a vendor's assistant API, derived from its spec, with fault injection
and programmed replies: the one fake vendor server of voiceagents (and of its tests).

    from voiceagents.testing import Reply, serve

    with serve("revox") as mock:                        # a free port on 127.0.0.1
        client = voiceagents.client("revox", api_key="any", base_url=mock.url)
        mock.fault("createAssistant", "drop_after")     # the next create is stored, then the line drops
        mock.program("getAssistant", [Reply(429, headers={"Retry-After": "1"}), Reply()])
        ...
        assert mock.count == 1 and mock.received["createAssistant"] == 1

``serve(slug)`` (or ``serve(spec=document)``, ``MockServer(document)``) starts it; ``key=`` makes it
require that key (any non-empty one otherwise), ``latency=`` adds a delay to every request,
``limits=Limits(...)`` bounds what it takes and keeps. ``voiceagents mock --vendor SLUG`` serves
the same from the command line.

What it does, from the spec alone (``voiceagents.spec``): create, get, list (page or cursor
paging, GET or POST with a body), update (merge or replace), delete and clone keep assistants in
memory; any other operation answers its documented example, like Prism. Routing, id type, auth,
request validation (422), statuses and body shapes follow the spec and its ``x-voiceagents-*``
pointers. What a vendor fills in itself (ids, timestamps, members its answers always carry) is
computed once per assistant, so every answer about it agrees.

Faults and programs: ``mock.fault(operation_id, kind)`` queues a named fault (``FAULTS``);
``mock.program(operation_id, [Reply(...), ...])`` answers the next requests with the given replies
(status, body, headers, ``creates``: the work is done first, ``delay``, ``drop``, ``drip``,
``gzip``). ``received`` (per operation; ``.total()``), ``created``, ``count``, ``assistants`` and
``requests`` (the recorded requests, ``Recorded``, whose repr hides the key) tell what happened;
``reset()`` forgets it all. Over HTTP, with the API's key: ``POST /__mock__/faults``,
``POST /__mock__/program``, ``GET /__mock__/stats``, ``POST /__mock__/reset``.

Bounded (``Limits``): the key is checked before a body is read (an unauthenticated body is never
read), bodies over ``max_body`` (1 MiB) get 413, the last ``max_requests`` (1,000) requests are
kept (at most ``max_recorded_bytes``, 16 MiB, of bodies), at most ``max_assistants`` (1,000)
assistants are held (507 past it).

Modules, one job each: ``_routes`` (operations compiled from the spec: matching, auth, request
validation), ``_store`` (the assistants: ids, bounds, paging), ``_answers`` (answer documents and
what the server fills in), ``_faults`` (``Reply``, ``FAULTS``, the per-operation programs),
``_journal`` (``Recorded``, the bounded ring), ``_control`` (the ``/__mock__/`` endpoints),
``_wire`` (HTTP: threads, bounded bodies, dripped or dropped answers), ``_server`` (``MockServer``,
``serve``, ``run``: the request pipeline).
"""

from __future__ import annotations

from ._faults import FAULTS, Reply
from ._journal import Recorded
from ._server import Limits, MockServer, run, serve

__all__ = ["FAULTS", "Limits", "MockServer", "Recorded", "Reply", "run", "serve"]
