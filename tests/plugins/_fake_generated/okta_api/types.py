from attrs import frozen


@frozen
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    scopes: tuple[str, ...]
