"""The one facility record: every source, the dataset, the index and the CLI go through it."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from . import text, vocabulary

CleanStr = Annotated[str | None, BeforeValidator(text.clean_text)]


def _codes_validator(field: str, implied: bool = True):
    def check(values: list[str]) -> list[str]:
        found = set()
        for value in values:
            code = vocabulary.resolve(field, value)
            if code is None:
                raise ValueError(f"unknown value '{value}'; valid: {', '.join(vocabulary.codes(field))}")
            found.add(code)
        if implied and field == "insurance" and found & vocabulary.COMMERCIAL_CARRIERS:
            found.add("private_insurance")
        return vocabulary.in_order(field, found)

    return AfterValidator(check)


def _languages(values: list[str]) -> list[str]:
    names = []
    for value in values:
        name = vocabulary.resolve_language(value)
        if name is None:
            raise ValueError(f"'{value}' is not a language name")
        if name not in names:
            names.append(name)
    return sorted(names)


def _as_list(value: Any) -> Any:
    # A colleague's file may hold "medicaid; aetna" (our own CSV form) instead of a list.
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in (p.strip() for p in value.split(";")) if part]
    return value


Codes = lambda field, implied=True: Annotated[  # noqa: E731 - a type factory reads best inline
    list[str], BeforeValidator(_as_list), _codes_validator(field, implied)
]


class Source(BaseModel):
    """Where a record was read: the page or file, the spider, and when (UTC)."""

    model_config = ConfigDict(extra="forbid")

    url: str
    spider: str
    fetched_at: datetime

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        value = text.clean_text(value) or ""
        if not value.startswith(("http://", "https://", "file:")):
            raise ValueError(f"'{value}' is not an http(s) or file URL")
        return value

    @field_validator("fetched_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Facility(BaseModel):
    """A treatment facility as the product shows it. Field names are fixed by SPEC.md."""

    model_config = ConfigDict(extra="forbid", validate_default=True)

    id: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_-]{3,63}$")
    name: Annotated[str, BeforeValidator(lambda v: text.clean_text(v) or "")]
    street: CleanStr = None
    city: CleanStr = None
    state: CleanStr = Field(default=None, pattern=r"^[A-Z]{2}$")
    zip: Annotated[str | None, BeforeValidator(text.normalize_zip)] = None
    county: CleanStr = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    phone: str | None = None
    phone_extension: str | None = Field(default=None, pattern=r"^\d{1,6}$")
    website: Annotated[str | None, BeforeValidator(text.normalize_url)] = None
    levels_of_care: Codes("levels_of_care") = []
    days_per_week_min: int | None = Field(default=None, ge=1, le=7)
    days_per_week_max: int | None = Field(default=None, ge=1, le=7)
    hours_per_session_min: float | None = Field(default=None, ge=0.5, le=12)
    hours_per_session_max: float | None = Field(default=None, ge=0.5, le=12)
    program_weeks_min: int | None = Field(default=None, ge=1, le=104)
    program_weeks_max: int | None = Field(default=None, ge=1, le=104)
    cost_min_usd: int | None = Field(default=None, ge=0)
    cost_max_usd: int | None = Field(default=None, ge=0)
    cost_period: Literal["session", "day", "week", "month", "program"] | None = None
    insurance: Codes("insurance") = []
    # What the source says it does NOT accept ("we cannot take Medi-Cal"): when sources are
    # merged, it removes a code a weaker source added. Refusing Aetna refuses no other plan.
    insurance_refused: Codes("insurance", implied=False) = []
    conditions: Codes("conditions") = []
    populations: Codes("populations") = []
    languages: Annotated[list[str], BeforeValidator(_as_list), AfterValidator(_languages)] = []
    description: CleanStr = None
    sources: list[Source] = Field(min_length=1)

    @field_validator("name")
    @classmethod
    def _name_required(cls, value: str | None) -> str:
        if not value:
            raise ValueError("name is empty")
        return value

    @field_validator("state", mode="before")
    @classmethod
    def _state_upper(cls, value: Any) -> Any:
        return value.strip().upper() or None if isinstance(value, str) else value

    @model_validator(mode="before")
    @classmethod
    def _split_phone(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("phone"):
            phone, extension = text.normalize_phone(data["phone"])
            data = {**data, "phone": phone}
            if extension and not data.get("phone_extension"):
                data["phone_extension"] = extension
        return data

    @model_validator(mode="after")
    def _check_record(self) -> Facility:
        for low, high in (
            ("days_per_week_min", "days_per_week_max"),
            ("hours_per_session_min", "hours_per_session_max"),
            ("program_weeks_min", "program_weeks_max"),
            ("cost_min_usd", "cost_max_usd"),
        ):
            a, b = getattr(self, low), getattr(self, high)
            if a is not None and b is not None and a > b:
                raise ValueError(f"{low} ({a}) is greater than {high} ({b})")
        if (self.cost_min_usd is not None or self.cost_max_usd is not None) and not self.cost_period:
            raise ValueError("a cost needs a cost_period")
        if not ((self.street and self.city) or self.phone or self.website):
            raise ValueError("no way to reach the facility: needs street and city, a phone or a website")
        # A page that both takes and refuses a plan ("Medi-Cal accepted for adults only")
        # states it: the refusal cannot be relied on.
        self.insurance_refused = [c for c in self.insurance_refused if c not in self.insurance]
        if self.id is None:
            self.id = facility_id(self.name, self.street, self.city, self.zip, self.phone)
        return self


def facility_id(name: str, street: str | None, city: str | None, zip_code: str | None, phone: str | None) -> str:
    """A stable id from what identifies a facility across crawls: name, address and phone.

    SAMHSA lists one facility twice (as MH and as SA) under the same name, street and
    phone; both rows get one id and are merged. Two sites of one organisation differ in
    street, so they keep distinct ids.
    """
    key = "|".join(
        vocabulary.normalize_term(part or "") for part in (name, street, city, zip_code, phone)
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def validate_record(data: dict[str, Any]) -> Facility:
    """Build a Facility or raise `RecordRejected` with a one-line reason."""
    try:
        return Facility.model_validate(data)
    except ValidationError as exc:
        raise RecordRejected(reason_of(exc)) from None


def reason_of(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "record"
        message = error["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


class RecordRejected(ValueError):
    """A record that cannot be stored; the message says why."""
