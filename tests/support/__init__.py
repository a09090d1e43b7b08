"""Test helpers shared by the folders of the suite (no servers of their own: the mock is
``voiceagents.testing``): what the specs and case files say (``cases``), conversion checks
(``conversion``), driving our clients against answers (``answers``), the official SDKs' shapes
(``sdk_shapes``, ``comparison``), the reviewed snapshot (``snapshots``), child processes and a
loopback package index (``processes``, ``index``). No helper names a vendor."""
