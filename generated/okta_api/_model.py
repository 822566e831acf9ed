"""The base class of every generated model.

A field Okta did not send is *absent*: its slot holds no value, it reads as `None` (through
`OktaModel.__getattr__`), `"jsonName" in model` is false and `to_dict()` leaves it out. A field Okta
sent as `null` holds `None` and is sent back as null. Each model class lists how every field is
converted from JSON once, in `_json_fields`; `from_dict` and first reads of `from_json` models both
call that converter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .types import UNSET

Converter = Callable[[Any, bool], Any]
"""A field's conversion from its JSON value: `(value, lazy)`, `lazy` true when nested models are to be
`from_json` models (first reads of a `from_json` model) rather than `from_dict` ones."""
JsonField = tuple[str, Converter | None]
"""How a field is read from JSON: its JSON key and its converter (`None`: the value is taken as it is)."""


class _JsonSource:
    # The one slot besides the fields: for a `from_json` model not converted whole yet, [the decoded
    # JSON the fields are read from, how many fields were converted one by one]; once it is, the
    # frozenset of its absent fields (the JSON let go); None for a model built whole (`__init__`,
    # `from_dict`), whose empty slots are absent fields. Absent reads thus raise no exception of their own.
    __slots__ = ("_okta_json",)
    _okta_json: list[Any] | frozenset[str] | None


_set_lazy_state: Callable[[object, object], None] = _JsonSource.__dict__["_okta_json"].__set__
_set_field = object.__setattr__  # past extensible models' __setattr__, which files unknown names elsewhere
_slot_getters: dict[type, dict[str, Callable[[object], Any]]] = {}


def slot_getters(cls: type[OktaModel]) -> dict[str, Callable[[object], Any]]:
    """Field name -> its slot's own getter, which raises AttributeError while the field is absent.

    `getattr` cannot tell absent from null (both read `None` through `__getattr__`); these can.
    """
    getters = _slot_getters.get(cls)
    if getters is None:
        getters = {}
        for name in ("additional_properties", *cls._json_fields):
            slot = next(klass.__dict__[name] for klass in cls.__mro__ if name in klass.__dict__)
            getters[name] = slot.__get__
        _slot_getters[cls] = getters
    return getters


M = TypeVar("M")
_unguarded: dict[type, Any] = {}


def unguarded_instance(cls: type[M]) -> M:
    """A blank instance of a subclass of `cls` that stores attributes as `object` does, for `from_dict`
    of an extensible model to fill; the caller then sets `__class__` to `cls` (the layout is the same).

    An extensible model's own __setattr__ checks every name, which would triple the cost of each field.
    """
    unguarded: type[M] | None = _unguarded.get(cls)
    if unguarded is None:
        # `object.__setattr__` in the class dict gives the type object's own C setter back, so attribute
        # stores to the slots are as fast as in a model without __setattr__.
        namespace = {"__slots__": (), "__setattr__": object.__setattr__, "__qualname__": cls.__qualname__}
        unguarded = _unguarded.setdefault(cls, type(cls.__name__, (cls,), namespace))
    instance: M = unguarded.__new__(unguarded)
    return instance


_NONE_KNOWN: frozenset[str] = frozenset()


def _undeclared(model: OktaModel, data: dict[str, Any]) -> dict[str, Any]:
    """The keys of `data` that are none of `model`'s fields: its `additional_properties`."""
    return {key: item for key, item in data.items() if key not in model._json_names}


def _lazy_state(model: object) -> list[Any] | None:
    """[JSON, reads] of a `from_json` model not converted whole yet, else None."""
    try:
        state = model._okta_json  # type: ignore[attr-defined]
    except AttributeError:
        return None
    return state if state.__class__ is list else None


READS_BEFORE_WHOLE = 4
"""Fields a `from_json` model converts one by one (about 0.6 us each); at this many, it converts
the rest at once with `from_dict` (about 0.1 us a field), so reading every field costs little
more than `from_dict` would have."""


def _field_on_first_read(self: OktaModel, name: str) -> Any:
    """`OktaModel.__getattr__`, reached only for attributes without a value: an absent field (None), a
    field of a `from_json` model not read yet, or an undeclared attribute of an extensible model."""
    field = self._json_fields.get(name)
    if field is not None:
        state: Any
        try:
            state = self._okta_json  # attribute syntax: a specialized slot read, faster than the getter
        except AttributeError:
            state = _NONE_KNOWN  # made by __new__ alone (a subclass's own constructor)
        if state is None:
            return None  # built whole: no value is an absent field
        if state.__class__ is frozenset:
            if name in state:
                return None
            # Converted whole (by another thread) after this read found the slot empty; or deleted since.
            try:
                return object.__getattribute__(self, name)
            except AttributeError:
                return None
        # Two threads may both convert a field first; each stores an equal value.
        data = state[0]
        key, convert = field
        value = data.get(key, UNSET)
        if value is UNSET:
            return None  # absent: nothing to convert or store
        state[1] += 1
        if state[1] >= READS_BEFORE_WHOLE:
            self._convert_all(data)
            return object.__getattribute__(self, name)
        if convert is not None:
            value = convert(value, True)
        _set_field(self, name, value)
        return value
    if name == "additional_properties":
        state = _lazy_state(self)
        if state is None:
            value = {}  # built by __new__ alone (a subclass's own constructor): none yet
        else:
            value = _undeclared(self, state[0])
        _set_field(self, name, value)
        return value
    if type(self)._extensible and not name.startswith("_"):
        try:
            return self.additional_properties[name]
        except KeyError:
            pass
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OktaModel(_JsonSource):
    """An Okta object: declared fields as attributes, anything else in `additional_properties`.

    A field Okta did not send (or a constructor was not given) is absent and reads `None`, as a
    field sent as null does; `"jsonName" in model` tells them apart, and `to_dict()` sends null
    but leaves absent fields out.

    Item access uses Okta's JSON names (`user.profile["costCenter"]`) for declared and undeclared
    keys alike. Models Okta marks extensible (profiles) also read and write undeclared keys as
    attributes (`profile.employeeStartDate`).

    Responses are parsed with `from_json`: each field is converted from the JSON when it is first
    read, so a page of users read for their ids does not pay for every profile, datetime and link.
    `from_dict` converts everything at once.
    """

    _json_names: ClassVar[dict[str, str]] = {}
    _field_kinds: ClassVar[dict[str, str]] = {}
    _json_fields: ClassVar[dict[str, JsonField]] = {}
    """Attribute name -> its JSON key and converter, for `from_dict` and `from_json` models alike."""
    _extensible: ClassVar[bool] = False
    _discriminator: ClassVar[str] = ""
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {}
    # Fields are declared `init=False`: each model writes its own `__init__` (only given values are stored),
    # and type checkers then see the same argument-less `__attrs_init__` on every class.
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt field stays an error
        __getattr__ = _field_on_first_read

    def _convert_all(self, data: dict[str, Any]) -> None:
        """Give every field of this `from_json` model that has no value yet its value, at from_dict's speed."""
        whole = type(self).from_dict(data)  # from_dict copies: `data` stays as it came
        same_class = type(whole) is type(self)
        absent = []
        for name, get in slot_getters(type(self)).items():
            try:
                get(self)  # a field read or written before keeps its value
                continue
            except AttributeError:
                pass
            if same_class:
                try:
                    _set_field(self, name, get(whole))
                except AttributeError:
                    absent.append(name)  # absent in the JSON too
            elif name == "additional_properties":
                _set_field(self, name, _undeclared(self, data))
            else:
                key, convert = self._json_fields[name]
                if key in data:
                    _set_field(self, name, data[key] if convert is None else convert(data[key], False))
                else:
                    absent.append(name)
        _set_lazy_state(self, frozenset(absent))  # every field has its value: the JSON is let go

    def materialize(self) -> Self:
        """Convert every field not read yet (a `from_json` model); return this model."""
        state = _lazy_state(self)
        if state is not None:  # else built by __init__ or from_dict, or converted whole already
            self._convert_all(state[0])
        return self

    def _values(self) -> dict[str, Any]:
        """Attribute name -> value of every field that has one (absent fields left out), all converted."""
        self.materialize()
        values = {}
        for name, get in slot_getters(type(self)).items():
            try:
                values[name] = get(self)
            except AttributeError:
                pass
        return values

    def __getstate__(self) -> dict[str, Any]:
        # Only fields that have a value: a copy or unpickled model keeps absent fields absent.
        return self._values()

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        _set_lazy_state(self, None)
        for name, value in state.items():
            _set_field(self, name, value)

    def __getitem__(self, key: str) -> Any:
        attribute = self._json_names.get(key)
        if attribute is not None:
            return getattr(self, attribute)
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        attribute = self._json_names.get(key)
        if attribute is not None:
            _set_field(self, attribute, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Make a declared field absent (not sent), or drop an undeclared key."""
        attribute = self._json_names.get(key)
        if attribute is None:
            del self.additional_properties[key]
            return
        if key not in self:
            raise KeyError(key)
        self.materialize()
        object.__delattr__(self, attribute)

    def __contains__(self, key: str) -> bool:
        """Whether the JSON key `key` has a value (sent by Okta or set), null included; absent fields do not."""
        attribute = self._json_names.get(key)
        if attribute is None:
            return key in self.additional_properties
        try:
            slot_getters(type(self))[attribute](self)
            return True
        except AttributeError:
            pass
        state = _lazy_state(self)
        return state is not None and key in state[0]

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        raise NotImplementedError

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON whose fields are converted on first read.

        `data` becomes the model's own: change it afterwards and unread fields change too.
        Anything but a dict goes to `from_dict` (which raises `ResponseShapeError` for non-objects).
        """
        if data.__class__ is not dict:
            return cls.from_dict(data)
        model = cls.__new__(cls)
        _set_lazy_state(model, [data, 0])
        return model
