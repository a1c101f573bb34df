"""Facts about models from LiteLLM's bundled model map (never fetched)."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["max_input_tokens"]


@lru_cache(maxsize=256)
def max_input_tokens(model: str) -> int | None:
    """The context window LiteLLM knows for ``model`` (``provider/name``), or None."""
    import litellm

    try:
        info = litellm.get_model_info(model)
    except Exception:
        return None
    value = info.get("max_input_tokens")
    return int(value) if isinstance(value, int) else None
