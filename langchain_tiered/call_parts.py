"""The parts of :class:`~langchain_tiered.TieredChatModel` built from its config, once.

The routing policy, the request :class:`~langchain_tiered.dispatch.Dispatcher` (and the
``litellm.Router`` behind it, for groups that need one), the retry/failover runner and the
call accounting (pricing, budgets, ledger) are built on first use. Building them can take
hundreds of milliseconds (importing LiteLLM, a Router's client set-up, opening a SQLite
ledger, reading the classifier's learned weights), so async callers build them in a worker
thread (:meth:`CallParts._aready`) and the event loop never waits on it. Building is
guarded by a re-entrant lock: concurrent first calls from several threads build each part
once.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from langchain_tiered.accounting import CallAccounting
from langchain_tiered.call_path import build_runner, router_kwargs
from langchain_tiered.config import TieredConfig
from langchain_tiered.dispatch import Dispatcher
from langchain_tiered.fallback import CallRunner
from langchain_tiered.policy import TierPolicy

if TYPE_CHECKING:
    from litellm.router import Router

    from langchain_tiered.ledger import Ledger

__all__ = ["CallParts"]

_T = TypeVar("_T")


class _Host(Protocol):
    """What the mixin needs from the model it is mixed into."""

    config: TieredConfig
    max_retries: int | None
    _parts_lock: threading.RLock
    _parts_ready: bool

    @property
    def router(self) -> Router: ...

    @property
    def dispatcher(self) -> Dispatcher: ...

    @property
    def policy(self) -> TierPolicy: ...

    @property
    def runner(self) -> CallRunner: ...

    @property
    def accounting(self) -> CallAccounting: ...

    def _build_parts(self) -> None: ...

    def _part(self, name: str, build: Callable[[], _T]) -> _T: ...


class CallParts:
    """Mixin: lazily built, thread-safe call parts of a TieredChatModel."""

    def _part(self: _Host, name: str, build: Callable[[], _T]) -> _T:
        """The private attribute ``name``, built by ``build`` the first time (thread-safe)."""
        value = getattr(self, name)
        if value is None:
            with self._parts_lock:
                value = getattr(self, name)
                if value is None:
                    value = build()
                    setattr(self, name, value)
        return cast(_T, value)

    @property
    def policy(self: _Host) -> TierPolicy:
        """The routing policy built from the config."""
        return self._part("_policy", self.config.policy)

    @property
    def router(self: _Host) -> Router:
        """The ``litellm.Router`` over the config's ``model_list`` (built on first use)."""

        def build() -> Router:
            from litellm.router import Router

            router: Router = Router(
                model_list=self.config.router_model_list(), **router_kwargs(self.config)
            )
            return router

        return self._part("_router", build)

    @property
    def dispatcher(self: _Host) -> Dispatcher:
        """Sends requests: ``litellm.completion`` for one-deployment groups, else the Router."""
        return self._part("_dispatcher", lambda: Dispatcher(self.config, lambda: self.router))

    @property
    def accounting(self: _Host) -> CallAccounting:
        """Pricing, budgets and the ledger of this model's calls."""
        return self._part("_accounting", lambda: CallAccounting(self.config))

    def use_ledger(self: _Host, ledger: Ledger) -> Any:
        """Record this model's calls (and keep its budgets) in ``ledger``; returns self."""
        with self._parts_lock:
            setattr(self, "_accounting", CallAccounting(self.config, ledger))  # noqa: B010
        return self

    @property
    def runner(self: _Host) -> CallRunner:
        """The retry/failover runner; its ``sleep``, ``asleep`` and ``clock`` are injectable."""
        return self._part("_runner", lambda: build_runner(self.config, self.max_retries))

    def _build_parts(self: _Host) -> None:
        """Build every part a call needs (and import LiteLLM and its converters)."""
        with self._parts_lock:
            if self._parts_ready:
                return
            from langchain_tiered.pricing import import_litellm

            import_litellm()
            if self.config.tiering.classify_untagged:
                from langchain_tiered._learned import load_model

                load_model()  # the classifier's weights (~0.1 s to read, once per process)
            _ = self.policy, self.runner, self.accounting
            if self.dispatcher.needs_router:
                _ = self.router
            self._parts_ready = True

    async def _aready(self: _Host) -> None:
        """Build the parts in a worker thread the first time; later calls return at once."""
        if not self._parts_ready:
            await asyncio.to_thread(self._build_parts)
