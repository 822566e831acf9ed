"""The base class of every generated model."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .types import UNSET


class _JsonSource:
    # The one slot besides the fields, set by `from_json` only: [the decoded JSON the fields are
    # read from, how many fields were converted one by one].
    __slots__ = ("_okta_json",)
    _okta_json: list[Any]


# The slot's own getter (AttributeError for models built by __init__ or from_dict), setter and deleter.
_lazy_state_of: Callable[[object], list[Any]] = _JsonSource.__dict__["_okta_json"].__get__
_set_lazy_state: Callable[[object, list[Any]], None] = _JsonSource.__dict__["_okta_json"].__set__
_drop_lazy_state: Callable[[object], None] = _JsonSource.__dict__["_okta_json"].__delete__
_set_field = object.__setattr__  # past extensible models' __setattr__, which files unknown names elsewhere
_slot_getters: dict[type, dict[str, Callable[[object], Any]]] = {}
JsonField = str | Callable[[dict[str, Any]], Any]
"""How a `from_json` model gets a field: its JSON key (taken as it is), or a function of the JSON object."""


def _getters_of(cls: type[OktaModel]) -> dict[str, Callable[[object], Any]]:
    """Field name -> its slot's own getter, which raises AttributeError (without `__getattr__`) while unset."""
    getters = _slot_getters.get(cls)
    if getters is None:
        getters = {}
        for name in cls._json_fields:
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


def _convert_one(field: JsonField, data: dict[str, Any]) -> Any:
    return data.get(field, UNSET) if field.__class__ is str else field(data)  # type: ignore[operator]


READS_BEFORE_WHOLE = 4
"""Fields a `from_json` model converts one by one (about 0.6 us each); at this many, it converts
the rest at once with `from_dict` (about 0.1 us a field), so reading every field costs little
more than `from_dict` would have."""


def _field_on_first_read(self: OktaModel, name: str) -> Any:
    """`OktaModel.__getattr__`, reached only for attributes without a value: a field of a `from_json`
    model not read yet, or an undeclared attribute of an extensible model."""
    field = self._json_fields.get(name)
    if field is not None:
        try:
            state = self._okta_json  # attribute syntax: a specialized slot read, faster than the getter
        except AttributeError:
            # Built eagerly and the field deleted, or just converted whole by another thread.
            try:
                return object.__getattribute__(self, name)
            except AttributeError:
                pass
        else:
            # Two threads may both convert a field first; each stores an equal value.
            data = state[0]
            state[1] += 1
            if state[1] >= READS_BEFORE_WHOLE:
                self._convert_all(data)
                return object.__getattribute__(self, name)
            # Plain fields (a JSON key) without a function call: most first reads are of those.
            value = data.get(field, UNSET) if field.__class__ is str else field(data)  # type: ignore[operator]
            _set_field(self, name, value)
            return value
    if type(self)._extensible and not name.startswith("_"):
        try:
            return self.additional_properties[name]
        except KeyError:
            pass
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


@_attrs_define(kw_only=True)
class OktaModel(_JsonSource):
    """An Okta object: declared fields as attributes, anything else in `additional_properties`.

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
    """Attribute name -> how `from_json` models get it from their JSON object."""
    _extensible: ClassVar[bool] = False
    _discriminator: ClassVar[str] = ""
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {}
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt field stays an error
        __getattr__ = _field_on_first_read

    def _convert_all(self, data: dict[str, Any]) -> None:
        """Give every field of this `from_json` model that has no value yet its value, at from_dict's speed."""
        whole = type(self).from_dict(data)  # from_dict copies: `data` stays as it came
        same_class = type(whole) is type(self)
        for name, get in _getters_of(type(self)).items():
            try:
                get(self)  # a field read or written before keeps its value
            except AttributeError:
                _set_field(
                    self, name, getattr(whole, name) if same_class else _convert_one(self._json_fields[name], data)
                )
        try:
            _drop_lazy_state(self)  # every field has its value: the JSON is no longer needed
        except AttributeError:
            pass  # another thread converted this model whole at the same time

    def materialize(self) -> Self:
        """Convert every field not read yet (a `from_json` model); return this model."""
        try:
            state = _lazy_state_of(self)
        except AttributeError:
            return self  # built by __init__ or from_dict, or converted whole already
        self._convert_all(state[0])
        return self

    def __getitem__(self, key: str) -> Any:
        attribute = self._json_names.get(key)
        if attribute is not None:
            return getattr(self, attribute)
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        attribute = self._json_names.get(key)
        if attribute is not None:
            object.__setattr__(self, attribute, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self._json_names or key in self.additional_properties

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
