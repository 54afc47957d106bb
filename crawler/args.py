"""Spider arguments (`-a NAME=VALUE`), declared once per spider as a Pydantic model."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

Args = TypeVar("Args", bound=BaseModel)


def parse_args(spider: str, model: type[Args], kwargs: dict[str, Any]) -> Args:
    """Validate arguments before the first request; ValueError names the argument and value."""
    try:
        return model(**kwargs)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error["loc"] else "arguments"
        message = error["msg"].removeprefix("Value error, ")
        raise ValueError(f"{spider}: argument {name}={kwargs.get(name, '')!r}: {message}") from None


def split_kwargs(model: type[BaseModel], kwargs: dict[str, Any]) -> dict[str, Any]:
    """Take the model's arguments out of the keyword arguments Scrapy passes a spider."""
    return {k: kwargs.pop(k) for k in list(kwargs) if k in model.model_fields}
