"""Type stubs for the native module (checked against the compiled module by mypy.stubtest)."""

import builtins
import os
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Union, final, overload

_AnyEntity = Union[Person, Place, Organization, Money, Percentage]
_DecimalLike = Union[Decimal, int, str]

__all__ = [
    "Document",
    "Extractor",
    "LABELS",
    "Money",
    "Organization",
    "Percentage",
    "Person",
    "Place",
    "__version__",
    "_columns",
    "_entity_columns",
    "_train",
]

LABELS: tuple[str, ...]
__version__: str

def _train(
    docs: list[tuple[str, list[tuple[int, int, str]]]],
    conll: list[str],
    annotated: list[str],
    from_scratch: bool,
    epochs: int,
    seed: int,
) -> bytes: ...

# (rows, [(column, null count, [validity, buffers...])]) per batch; see factsift._tables.
_Buffers = list[Union[bytes, None]]
_Batch = tuple[int, list[tuple[str, int, _Buffers]]]

def _entity_columns(docs: Iterable[Document]) -> list[_Batch]: ...

# (name, Arrow type, nullable) of each column, in order; see factsift._tables.
def _columns() -> list[tuple[str, str, bool]]: ...

@final
class Extractor:
    """Finds people, places, organizations, money and percentages in English news text."""

    def __new__(
        cls,
        types: str | Iterable[str] | None = None,
        dollar_currency: str = "USD",
        names: Mapping[str, str | Iterable[str]] | None = None,
        currency_default: Mapping[str, str] | None = None,
        model: str | os.PathLike[str] | bytes | None = None,
    ) -> Extractor: ...
    @property
    def model(self) -> Path | bytes | None: ...
    @property
    def types(self) -> tuple[str, ...]: ...
    @property
    def names(self) -> dict[str, tuple[str, ...]]: ...
    @property
    def dollar_currency(self) -> str: ...
    @property
    def currency_default(self) -> dict[str, str]: ...
    def extract(self, text: str) -> Document: ...
    def extract_many(self, texts: Iterable[str], threads: int | None = None) -> list[Document]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(
        self,
    ) -> tuple[
        type[Extractor],
        tuple[
            list[str], str, dict[str, tuple[str, ...]], dict[str, str], Path | bytes | None
        ],
    ]: ...

@final
class Document:
    """The entities found in one text, in text order and never overlapping."""

    def __new__(cls, text: str, entities: Iterable[_AnyEntity] | None = None) -> Document: ...
    @property
    def text(self) -> str: ...
    @property
    def entities(self) -> tuple[_AnyEntity, ...]: ...
    @property
    def people(self) -> list[Person]: ...
    @property
    def places(self) -> list[Place]: ...
    @property
    def organizations(self) -> list[Organization]: ...
    @property
    def money(self) -> list[Money]: ...
    @property
    def percentages(self) -> list[Percentage]: ...
    def to_dicts(self) -> list[dict[str, Any]]: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_AnyEntity]: ...
    @overload
    def __getitem__(self, key: int, /) -> _AnyEntity: ...
    @overload
    def __getitem__(self, key: slice, /) -> tuple[_AnyEntity, ...]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[type[Document], tuple[str, tuple[_AnyEntity, ...]]]: ...
    def to_html(self) -> str: ...
    def _repr_html_(self) -> str: ...

class _Entity:
    """What the five entity classes share (a typing aid: not a class at run time)."""

    __match_args__: ClassVar[tuple[str, ...]]
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def confidence(self) -> float: ...
    @property
    def type(self) -> str: ...
    @property
    def label(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[builtins.type[Any], tuple[Any, ...]]: ...

class _Name(_Entity):
    """What Person, Place and Organization share (a typing aid: not a class at run time)."""

    @property
    def name(self) -> str: ...
    @property
    def canonical(self) -> str: ...

class _Amount(_Entity):
    """What Money and Percentage share (a typing aid: not a class at run time)."""

    @property
    def qualifier(self) -> str | None: ...
    @property
    def min(self) -> Decimal | None: ...
    @property
    def max(self) -> Decimal | None: ...

@final
class Person(_Name):
    """A person mentioned in the text."""

    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        name: str,
        title: str | None = None,
        canonical: str | None = None,
        confidence: float = 1.0,
    ) -> Person: ...
    @property
    def title(self) -> str | None: ...

@final
class Place(_Name):
    """A place: a country, city, region, natural feature or named structure."""

    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        name: str,
        canonical: str | None = None,
        kind: str | None = None,
        country: str | None = None,
        confidence: float = 1.0,
    ) -> Place: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...

@final
class Organization(_Name):
    """An organization: a company, government body, international body, party, team..."""

    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        name: str,
        acronym: str | None = None,
        canonical: str | None = None,
        confidence: float = 1.0,
    ) -> Organization: ...
    @property
    def acronym(self) -> str | None: ...

@final
class Money(_Amount):
    """An amount of money, with an exact decimal amount."""

    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        amount: _DecimalLike,
        currency: str | None = None,
        qualifier: str | None = None,
        min: _DecimalLike | None = None,
        max: _DecimalLike | None = None,
        confidence: float = 1.0,
    ) -> Money: ...
    @property
    def amount(self) -> Decimal: ...
    @property
    def currency(self) -> str | None: ...

@final
class Percentage(_Amount):
    """A percentage, or a change in percentage points or basis points."""

    def __new__(
        cls,
        text: str,
        start: int,
        end: int,
        value: _DecimalLike,
        kind: str = "percent",
        qualifier: str | None = None,
        min: _DecimalLike | None = None,
        max: _DecimalLike | None = None,
        confidence: float = 1.0,
    ) -> Percentage: ...
    @property
    def value(self) -> Decimal: ...
    @property
    def kind(self) -> str: ...
