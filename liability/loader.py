"""Reading incident files (YAML or JSON) into an Incident, or a list of located problems.

Safe loading only: no tags, no code. Every problem comes back as ``file:line: field.path: what is
wrong``; unknown keys are errors, so a typo never vanishes silently.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .errors import IncidentError, Problem
from .model import Incident

MAX_BYTES = 2_000_000
MAX_DEPTH = 40
MAX_NODES = 200_000  # after expanding aliases: a bound on "billion laughs"


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader that keeps dates as text (pydantic parses and locates them) and rejects
    duplicate keys, which PyYAML would otherwise silently overwrite."""

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        seen: dict[Any, Any] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen[key] = True
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.yaml_constructors = dict(yaml.SafeLoader.yaml_constructors)
_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IncidentError([Problem("file is UTF-16 encoded; save it as UTF-8", file=name, line=1)])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise IncidentError(
            [Problem(f"not valid UTF-8 (byte 0x{raw[e.start]:02x}); save the file as UTF-8", file=name, line=line)]
        ) from None


def _check_tree(node: yaml.Node, name: str) -> None:
    """Depth and alias-expansion limits, measured on the composed node graph."""
    sizes: dict[int, int] = {}

    def walk(n: yaml.Node, depth: int) -> int:
        if depth > MAX_DEPTH:
            raise IncidentError([Problem(f"nested deeper than {MAX_DEPTH} levels", file=name, line=n.start_mark.line + 1)])
        if id(n) in sizes:
            return sizes[id(n)]
        if isinstance(n, yaml.MappingNode):
            size = 1 + sum(walk(k, depth + 1) + walk(v, depth + 1) for k, v in n.value)
        elif isinstance(n, yaml.SequenceNode):
            size = 1 + sum(walk(v, depth + 1) for v in n.value)
        else:
            size = 1
        if size > MAX_NODES:
            raise IncidentError(
                [Problem(f"document expands to more than {MAX_NODES} values (aliases?)", file=name, line=n.start_mark.line + 1)]
            )
        sizes[id(n)] = size
        return size

    walk(node, 0)


def _parse(text: str, name: str, is_json: bool | None = None) -> tuple[Any, yaml.Node | None]:
    if is_json is None:
        is_json = name.lower().endswith(".json")
    if is_json:
        _check_json_depth(text, name)
        try:
            data = json.loads(text, object_pairs_hook=_no_dup_pairs)
        except json.JSONDecodeError as e:
            raise IncidentError([Problem(f"invalid JSON: {e.msg} (column {e.colno})", file=name, line=e.lineno)]) from None
        except _DuplicateKey as e:
            raise IncidentError([Problem(f"duplicate key {e.args[0]!r}", file=name)]) from None
        except ValueError as e:  # an integer too long to convert
            raise IncidentError([_long_number(text, name, e)]) from None
        try:
            node = yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError:
            node = None  # valid JSON that YAML cannot read: we lose only line numbers
        return data, node
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        raise IncidentError([_yaml_problem(e, name)]) from None
    except yaml.reader.ReaderError as e:  # a character YAML does not allow (a control character)
        line = text[: e.position].count("\n") + 1 if isinstance(e.position, int) else None
        char = e.character if isinstance(e.character, str) else chr(e.character)
        raise IncidentError([Problem(f"invalid YAML: the character U+{ord(char):04X} is not allowed (a control character?)", file=name, line=line)]) from None
    except yaml.YAMLError as e:
        raise IncidentError([Problem(f"invalid YAML: {e}", file=name)]) from None
    if node is None:
        raise IncidentError([Problem("file is empty: expected an incident (a mapping with date, parties, …)", file=name, line=1)])
    _check_tree(node, name)
    try:
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as e:
        raise IncidentError([_yaml_problem(e, name)]) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as e:
        raise IncidentError([_unconstructable(node, name, e)]) from None
    return data, node


MAX_DIGITS = 4_300  # Python's own limit on converting an integer's digits


def _check_json_depth(text: str, name: str) -> None:
    """JSON nested deeper than MAX_DEPTH is refused before parsing, at the line it goes too deep
    (the parser itself would only give up with a RecursionError)."""
    depth, in_string, escaped, line = 0, False, False, 1
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise IncidentError([Problem(f"nested deeper than {MAX_DEPTH} levels", file=name, line=line)])
        elif ch in "]}":
            depth -= 1
        if ch == "\n":
            line += 1


def _number_too_long(digits: int, name: str, line: int) -> Problem:
    return Problem(f"a number of {digits} digits is too long (at most {MAX_DIGITS})", file=name, line=line)


def _long_number(text: str, name: str, e: Exception) -> Problem:
    import re

    m = re.search(r"\d{%d,}" % (MAX_DIGITS + 1), text)
    if m is None:
        return Problem(f"invalid JSON value: {e}", file=name)
    return _number_too_long(len(m.group()), name, text[: m.start()].count("\n") + 1)


def _unconstructable(node: yaml.Node, name: str, e: Exception) -> Problem:
    """A YAML value that parses but cannot be built: a mapping key that is a list or a mapping, or an
    integer too long to convert — located at the node that is to blame."""
    stack, seen = [node], set()
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                if not isinstance(k, yaml.ScalarNode):
                    return Problem("a key must be a plain value (a word), not a list or a mapping", file=name, line=k.start_mark.line + 1)
                stack += [k, v]
        elif isinstance(n, yaml.SequenceNode):
            stack += n.value
        elif n.tag == "tag:yaml.org,2002:int" and (digits := sum(c.isdigit() for c in n.value)) > MAX_DIGITS:
            return _number_too_long(digits, name, n.start_mark.line + 1)
    return Problem(f"invalid YAML value: {e}", file=name)


class _DuplicateKey(Exception):
    pass


def _no_dup_pairs(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise _DuplicateKey(k)
        out[k] = v
    return out


def _yaml_problem(e: yaml.MarkedYAMLError, name: str) -> Problem:
    mark = e.problem_mark or e.context_mark
    what = e.problem or e.context or "invalid YAML"
    if e.context and e.problem:
        where = ""
        if e.context_mark is not None and mark is not None and e.context_mark.line != mark.line:
            where = f" started on line {e.context_mark.line + 1}"
        what = f"{e.problem} ({e.context}{where})"
    if "tag" in what and "constructor" in what:
        what = "tags (!something) are not allowed in incident files"
    elif "could not determine a constructor" in what:
        what = "tags (!something) are not allowed in incident files"
    return Problem(f"invalid YAML: {what}", file=name, line=mark.line + 1 if mark else None)


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> tuple[int | None, tuple[Any, ...]]:
    """Walk the node tree along a pydantic error location. Returns the best line and the location
    with pydantic's union tags (e.g. 'leak' in events.0.leak.fault) removed."""
    if node is None:
        return None, tuple(x for x in loc)
    line = node.start_mark.line + 1
    clean: list[Any] = []
    tag_seen = False
    for part in loc:
        if isinstance(node, yaml.MappingNode) and not tag_seen:
            kinds = [v.value for k, v in node.value if k.value == "kind" and isinstance(v, yaml.ScalarNode)]
            if kinds and part == kinds[0]:
                tag_seen = True
                continue  # a discriminated-union tag, not a key in the file
        tag_seen = False
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == part:
                    node, line = v, k.start_mark.line + 1
                    clean.append(part)
                    break
            else:
                clean.append(part)
                # a missing key: the mapping's own line is the best place to point at
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
            clean.append(part)
        else:
            clean.append(part)
    return line, tuple(clean)


def _strip_tags(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Remove pydantic's discriminated-union tags (events.0.leak.fault -> events.0.fault) by
    walking the data itself, so paths are right without a YAML tree too (JSON from the API)."""
    out: list[Any] = []
    cur = data
    tag_seen = False  # a union tag comes first, and once, inside the item it selects
    for part in loc:
        if isinstance(cur, dict):
            if not tag_seen and cur.get("kind") == part:
                tag_seen = True
                continue
            cur = cur.get(part)
        elif isinstance(cur, list) and isinstance(part, int) and 0 <= part < len(cur):
            cur = cur[part]
        else:
            cur = None
        tag_seen = False
        out.append(part)
    return tuple(out)


def _message(err: dict[str, Any], model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    kind = err["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else ""
        allowed = _allowed_keys(model, loc[:-1])  # the keys of the tagged kind, where the loc names one
        hint = difflib.get_close_matches(key, allowed, n=1)
        tail = f"; did you mean {hint[0]!r}?" if hint else (f"; allowed: {', '.join(sorted(allowed))}" if allowed else "")
        if err.get("input") is None and not hint:
            # a key with no value: most often the rest of a value that a comma split inside { … }
            tail = "; if this is the rest of a value that contains a comma, put the whole value in quotes ('…')" + tail
        return f"unknown key {key!r}{tail}"
    if kind == "union_tag_invalid":
        ctx = err.get("ctx", {})
        return f"unknown kind {ctx.get('tag')!r}; expected one of {ctx.get('expected_tags')}"
    if kind == "union_tag_not_found":
        return "required field 'kind' is missing"
    msg = err["msg"]
    if "input" in err and kind not in ("model_type", "list_type", "dict_type"):
        shown = err["input"]
        if isinstance(shown, (str, int, float, bool)) and len(str(shown)) < 60:
            msg += f" (got {shown!r})"
    return msg


def _allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The keys a mapping at `loc` may have: used for 'did you mean' hints."""
    from typing import get_args, get_origin

    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if isinstance(current, list):  # a union of models, and `part` may be the tag that picks one
            tagged = [m for m in current if part in get_args(m.model_fields["kind"].annotation)] if all("kind" in m.model_fields for m in current) else []
            if len(tagged) == 1:
                current = tagged[0]
                continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(part)
            if field is None:
                return []
            current = field.annotation
        while get_origin(current) is not None and not (isinstance(current, type) and issubclass(current, BaseModel)):
            args = [a for a in get_args(current) if isinstance(a, type) and issubclass(a, BaseModel)]
            if args:
                current = args[0] if len(args) == 1 else args
                break
            inner = [a for a in get_args(current) if a is not type(None)]
            if not inner:
                return []
            current = inner[0]
    if isinstance(current, list):  # a union of models not picked by a tag: the keys of all of them
        return sorted({k for m in current for k in m.model_fields})
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def validate(model: type[BaseModel], data: Any, node: yaml.Node | None, name: str, prefix: tuple = ()) -> Any:
    """model.model_validate(data), with every error turned into a located Problem."""
    try:
        return model.model_validate(data)
    except ValidationError as e:
        problems: list[Problem] = []
        seen: set[str] = set()
        for err in e.errors():
            raw = tuple(err["loc"])
            tri = bool(raw) and (raw[-1] == "bool" or str(raw[-1]).startswith("literal["))
            if tri:  # a three-valued fact: one message, not one per member of the union
                raw = raw[:-1]
            line, loc = _line_of(node, prefix + _strip_tags(data, raw))
            path = ".".join(str(x) for x in loc)
            if path in seen:
                continue
            seen.add(path)
            if tri:
                got = err.get("input")
                message = "expected true, false or unknown" + (f" (got {got!r})" if isinstance(got, (str, int, float)) else "")
            else:
                message = _message(err, model, tuple(err["loc"]))
            problems.append(Problem(message, path, name, line))
        raise IncidentError(problems) from None


def read_document(path: str | Path) -> tuple[Any, yaml.Node | None, str]:
    """Read and parse a file; only located IncidentErrors escape."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise IncidentError([Problem("is a directory, not an incident file", file=name)])
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise IncidentError([Problem(f"file is {size} bytes; the limit is {MAX_BYTES}", file=name)])
        raw = p.read_bytes()
    except FileNotFoundError:
        raise IncidentError([Problem("no such file", file=name)]) from None
    except PermissionError:
        raise IncidentError([Problem("cannot read the file: permission denied", file=name)]) from None
    except OSError as e:
        raise IncidentError([Problem(f"cannot read the file: {e.strerror or e}", file=name)]) from None
    text = _decode(raw, name)
    data, node = _parse(text, name)
    return data, node, name


def parse_json(raw: bytes, name: str) -> tuple[Any, yaml.Node | None]:
    """A JSON document given as bytes (an HTTP body), read with the file's checks: UTF-8, size,
    depth, duplicate keys, number length — every problem located."""
    if len(raw) > MAX_BYTES:
        raise IncidentError([Problem(f"body is {len(raw)} bytes; the limit is {MAX_BYTES}", file=name)])
    text = _decode(raw, name)
    if not text.strip():
        raise IncidentError([Problem("empty body: expected a JSON incident (an object with date, parties, …)", file=name, line=1)])
    return _parse(text, name, is_json=True)


def parse_incident(data: Any, node: yaml.Node | None, name: str, *, allow_expect: bool = True) -> tuple[Incident, Any]:
    """Validate a parsed document as an incident file: the incident, and its `expect:` block if any."""
    if not isinstance(data, dict):
        what = "a list" if isinstance(data, list) else f"a {type(data).__name__}"
        line = node.start_mark.line + 1 if node is not None else 1
        raise IncidentError([Problem(f"expected a mapping (date:, parties:, …) at the top, found {what}", file=name, line=line)])
    body = dict(data)
    expect_data = body.pop("expect", None) if allow_expect else None
    # A precedent file (precedents/) is an incident with what the court held: assessable as it is.
    holding_data = body.pop("holding", None) if allow_expect else None
    problems: list[Problem] = []
    incident = expect = None
    if holding_data is not None:
        from .precedents import Holding

        try:
            validate(Holding, holding_data, node, name, prefix=("holding",))
        except IncidentError as e:
            problems += e.problems
    try:
        incident = validate(Incident, body, node, name)
    except IncidentError as e:
        problems += e.problems
    if expect_data is not None:
        from .expect import Expectation

        try:
            expect = validate(Expectation, expect_data, node, name, prefix=("expect",))
        except IncidentError as e:
            problems += e.problems
    if incident is not None:
        # ids, dates, and a minor's stated capacity against his age by the law of the date (liability.capacity)
        for p in incident.reference_problems():
            line, _ = _line_of(node, tuple(int(x) if x.isdigit() else x for x in p.path.split(".")))
            problems.append(Problem(p.message, p.path, name, line))
    if problems:
        raise IncidentError(problems)
    assert incident is not None
    return incident, expect


def load(path: str | Path) -> Incident:
    """Load an incident file (YAML or JSON). Raises IncidentError with located problems."""
    return load_with_expectation(path)[0]


def load_with_expectation(path: str | Path):
    data, node, name = read_document(path)
    return parse_incident(data, node, name)


def loads(text: str, name: str = "<string>") -> Incident:
    """Load an incident from YAML or JSON text."""
    data, node = _parse(text, name)
    return parse_incident(data, node, name)[0]
