"""In process: every model round-trips, `from_dict(to_dict(x)) == x`, on data generated from its schema,
and `from_json` (lazy, what responses parse into) gives the model `from_dict` gives.

Data comes from `_values.schema_strategy` (hypothesis): declared properties or null, unknown extra
keys, enum values the client does not know, and Okta-form datetimes. Example counts stay small: the
point is every model, each a few times, not a deep search of one.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from okta_api._model import OktaModel

from . import _known
from ._report import FAILED, KNOWN, RESULTS, TESTED
from ._spec import load_spec, model_class
from ._values import schema_strategy

MAX_EXAMPLES = 10


def _model_schemas() -> list[str]:
    names = load_spec()["components"]["schemas"]
    return sorted(name for name in names if isinstance(cls := model_class(name), type) and issubclass(cls, OktaModel))


def _params() -> list[Any]:
    marks = {name: [pytest.mark.xfail(reason=reason, strict=True)] for name, reason in _known.MODELS.items()}
    return [pytest.param(name, id=name, marks=marks.get(name, [])) for name in _model_schemas()]


@pytest.mark.parametrize("schema_name", _params())
def test_model_round_trips(schema_name: str, spec: dict[str, Any]) -> None:
    RESULTS.models[schema_name] = KNOWN if schema_name in _known.MODELS else FAILED
    cls = model_class(schema_name)
    assert cls is not None
    data = schema_strategy(spec, {"$ref": f"#/components/schemas/{schema_name}"})

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data)
    def round_trip(value: dict[str, Any]) -> None:
        model = cls.from_dict(value)
        assert cls.from_dict(model.to_dict()) == model
        # What responses parse into: the same model, its fields converted on first read.
        assert cls.from_json(copy.deepcopy(value)).to_dict() == model.to_dict()
        assert cls.from_json(copy.deepcopy(value)) == model

    round_trip()
    RESULTS.models[schema_name] = FAILED if schema_name in _known.MODELS else TESTED
