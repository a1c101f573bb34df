"""``with_structured_output`` for ``TieredChatModel``: one runnable whatever tier answers.

Three methods, all in the OpenAI request format that LiteLLM translates per provider:

- ``function_calling``: bind the schema as the only tool and force it by name;
- ``json_schema``: ``response_format={"type": "json_schema", ...}`` (strict by default);
- ``json_mode``: ``response_format={"type": "json_object"}``; the prompt must ask for JSON.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any

from langchain_core.output_parsers import (
    JsonOutputKeyToolsParser,
    JsonOutputParser,
    PydanticOutputParser,
    PydanticToolsParser,
)
from langchain_core.runnables import Runnable, RunnablePassthrough
from langchain_core.utils.function_calling import convert_to_openai_tool
from langchain_core.utils.pydantic import is_basemodel_subclass

if TYPE_CHECKING:
    from langchain_tiered.chat_model import TieredChatModel

__all__ = ["strict_json_schema", "structured_output_runnable"]

METHODS = ("function_calling", "json_schema", "json_mode")


def strict_json_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``schema`` with ``additionalProperties: false`` on every object (strict mode)."""
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if isinstance(value, dict):
            out[key] = strict_json_schema(value)
        elif isinstance(value, list):
            out[key] = [strict_json_schema(v) if isinstance(v, dict) else v for v in value]
        else:
            out[key] = value
    if out.get("type") == "object":
        out["additionalProperties"] = False
    return out


def _is_pydantic(schema: Any) -> bool:
    return isinstance(schema, type) and is_basemodel_subclass(schema)


def structured_output_runnable(
    llm: TieredChatModel,
    schema: dict[str, Any] | type | None,
    *,
    method: str = "function_calling",
    include_raw: bool = False,
    strict: bool | None = None,
    **kwargs: Any,
) -> Runnable[Any, Any]:
    """Build the structured-output runnable for ``llm``."""
    if kwargs:
        raise ValueError(f"unsupported arguments for with_structured_output: {sorted(kwargs)}")
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; valid choices: {', '.join(METHODS)}")
    if schema is None and method != "json_mode":
        raise ValueError(f"method {method!r} needs a schema")
    parser: Runnable[Any, Any]
    bound: Runnable[Any, Any]
    ls_format: dict[str, Any] = {"kwargs": {"method": method, "strict": strict}}
    if method == "json_mode":
        parser = (
            PydanticOutputParser(pydantic_object=schema)
            if _is_pydantic(schema)
            else (JsonOutputParser())
        )
        bound = llm.bind(
            response_format={"type": "json_object"},
            ls_structured_output_format={**ls_format, "schema": schema},
        )
    else:
        tool = convert_to_openai_tool(schema, strict=strict)  # type: ignore[arg-type]
        name = tool["function"]["name"]
        ls_format["schema"] = tool
        if method == "function_calling":
            parser = (
                PydanticToolsParser(tools=[schema], first_tool_only=True)
                if _is_pydantic(schema)
                else JsonOutputKeyToolsParser(key_name=name, first_tool_only=True)
            )
            bound = llm.bind_tools([tool], tool_choice=name, ls_structured_output_format=ls_format)
        else:
            parameters = tool["function"]["parameters"]
            bound = llm.bind(
                response_format={
                    "type": "json_schema",
                    "json_schema": {
                        "name": name,
                        "schema": strict_json_schema(parameters)
                        if strict is not False
                        else parameters,
                        "strict": strict is not False,
                    },
                },
                ls_structured_output_format=ls_format,
            )
            parser = (
                PydanticOutputParser(pydantic_object=schema)
                if _is_pydantic(schema)
                else (JsonOutputParser())
            )
    if not include_raw:
        return bound | parser
    with_parsed = RunnablePassthrough.assign(
        parsed=itemgetter("raw") | parser, parsing_error=lambda _: None
    ).with_fallbacks(
        [RunnablePassthrough.assign(parsed=lambda _: None)], exception_key="parsing_error"
    )
    return {"raw": bound} | with_parsed
