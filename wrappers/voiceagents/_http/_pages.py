"""Walking a vendor's list, page after page, without ever running forever.

The spec says how a list is paged (``x-voiceagents-pagination``): by page number (``page``/``size``,
maybe a ``last_page`` pointer) or by cursor (``cursor``/``size`` and a ``next`` pointer, maybe a
``has_more`` flag); without it, the list is one page. Whatever the vendor answers, a listing ends:

* a cursor that comes back a second time, or a page that brings no assistant not already listed
  (the same page again, or pages that keep growing with the old ones), is an
  ``APIPaginationError`` naming the page;
* an assistant listed twice (by id) is yielded once;
* at most ``AnswerLimits.max_pages`` pages are fetched (then ``APIPaginationError``);
* the whole listing shares one deadline (the client's ``deadline``), so it cannot stall a caller
  (an apply holding the state lock) for longer than that.
"""

from __future__ import annotations

from typing import Any

from .._exceptions import APIPaginationError
from .._json import read_pointer
from .._logs import logger
from ..spec import Operation
from ._response import Result

__all__ = ["Pager"]


class Pager:
    """Which page to ask for next, and when to stop (no I/O)."""

    def __init__(self, op: Operation, page_size: int | None, max_pages: int) -> None:
        self._op = op
        self._paging = op.pagination
        self._max_pages = max_pages
        self._page = 1
        self._fetched = 0
        self._cursor: str | None = None
        self._cursors: set[str] = set()
        self._seen: set[str] = set()
        self._duplicates = 0
        self._warned = False
        self._size = page_size
        paging = self._paging
        if self._size is None and paging is not None and paging.size_param is not None:
            schema = paging.size_param.schema
            found = schema.get("maximum") or schema.get("default")
            self._size = found if isinstance(found, int) and not isinstance(found, bool) else None

    def params(self) -> dict[str, Any]:
        """The query parameters of the next page."""
        paging = self._paging
        if paging is None:
            return {}
        params: dict[str, Any] = {}
        if paging.style == "page" and paging.page is not None:
            params[paging.page] = self._page
        elif self._cursor is not None and paging.cursor is not None:
            params[paging.cursor] = self._cursor
        if self._size is not None and paging.size:
            params[paging.size] = self._size
        return params

    def take(self, items: list[Result]) -> list[Result]:
        """The items of a page not listed before (by id); an error when a page brings none."""
        self._fetched += 1
        fresh = []
        for item in items:
            key = None if item.id is None else str(item.id)
            if key is not None and key in self._seen:
                self._duplicates += 1
                continue
            if key is not None:
                self._seen.add(key)
            fresh.append(item)
        if items and not fresh:
            raise self._error(
                f"page {self._fetched} lists only assistants already listed: the vendor's paging does not advance"
            )
        if self._duplicates and not self._warned:
            self._warned = True
            logger.warning(
                "%s %s: %d assistant(s) listed on more than one page; each is yielded once",
                self._op.vendor,
                self._op.operation_id,
                self._duplicates,
            )
        return fresh

    def advance(self, raw: Any, count: int) -> bool:
        """Move to the next page; ``False`` when this one was the last."""
        paging = self._paging
        if paging is None or count == 0:
            return False
        more = self._more_by_cursor(raw) if paging.style == "cursor" else self._more_by_page(raw, count)
        if more and self._fetched >= self._max_pages:
            raise self._error(
                f"more than {self._max_pages} pages (AnswerLimits.max_pages, VOICEAGENTS_MAX_PAGES): stopped there"
            )
        return more

    def _more_by_page(self, raw: Any, count: int) -> bool:
        paging = self._paging
        assert paging is not None
        if paging.last_page is not None:
            last = read_pointer(raw, paging.last_page, None)
            if isinstance(last, int) and not isinstance(last, bool):
                if self._page >= last:
                    return False
                self._page += 1
                return True
        if self._size is not None and count < self._size:
            return False
        self._page += 1
        return True

    def _more_by_cursor(self, raw: Any) -> bool:
        paging = self._paging
        assert paging is not None
        if paging.has_more is not None and read_pointer(raw, paging.has_more, None) is False:
            return False
        cursor = read_pointer(raw, paging.next or "", None)
        if cursor is None or cursor == "" or isinstance(cursor, dict | list | bool):
            return False
        cursor = str(cursor)
        if cursor in self._cursors:
            raise self._error(f"page {self._fetched} gives a cursor already followed: the vendor's paging loops")
        self._cursors.add(cursor)
        self._cursor = cursor
        return True

    def _error(self, what: str) -> APIPaginationError:
        op = self._op
        return APIPaginationError(
            f"{op.vendor}: {op.operation_id}: {what}. The assistants listed so far were yielded.",
            vendor=op.vendor,
            operation=op.operation_id,
            pages=self._fetched,
        )
