"""Reading a YAML file safely, keeping the line of every value so that messages can point at it.

Only PyYAML's SafeLoader is used, and only to parse and to resolve plain scalars: mappings and sequences are
built here, node by node, which is how each value gets its line and how a file that blows up through aliases
(or refers to itself) is stopped after a fixed amount of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deckgen.errors import Problem, ValidationError

Key = str | int
KeyPath = tuple[Key, ...]

MAX_BYTES = 2_000_000
"""A deck or brand file is a few kilobytes of text; anything this large is a mistake."""
MAX_NODES = 200_000
"""Values built at most, aliases counted each time they are used: stops 'billion laughs' files."""
MAX_DEPTH = 40
"""Nesting deeper than this is never a deck."""

_STANDARD_TAGS = {
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


def where(path: KeyPath) -> str:
    """`("cards", 7, "category")` -> `cards[7].category`, the way messages name a value."""
    text = ""
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
        else:
            text += f".{key}" if text else str(key)
    return text


@dataclass
class Document:
    """A parsed YAML file: its data and the line of every value in it."""

    file: str
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line(self, path: KeyPath) -> int | None:
        """The line of the value at `path`, or of the nearest enclosing value that has one."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                return found
        return None

    def problem(self, path: KeyPath, message: str) -> Problem:
        return Problem(self.file, self.line(path), where(path), message)


class _Stop(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message


def _fail(file: str, line: int | None, message: str) -> ValidationError:
    return ValidationError([Problem(file, line, "", message)])


def read_yaml(path: Path, display: str | None = None) -> Document:
    """Read and parse one YAML file. Raises ValidationError (exit 1) naming the file and line."""
    import yaml

    file = display or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _fail(file, None, "no such file; check the path") from None
    except IsADirectoryError:
        raise _fail(file, None, "this is a folder, not a YAML file") from None
    except OSError as error:
        raise _fail(file, None, f"cannot read the file ({error.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise _fail(file, None, f"the file is {len(raw):,} bytes; a deck is a small text file (under 2 MB)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise _fail(
            file,
            line,
            f"this is not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8 in your editor",
        ) from None

    # libyaml's parser when PyYAML has it (ten times faster); its constructor is the same safe one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        source = text.splitlines()
        source_line = " ".join(source[max(0, line - 2) : line]) if line else ""
        raise _fail(file, line, _syntax_message(error, source_line)) from None
    except yaml.YAMLError as error:
        raise _fail(file, None, f"YAML syntax error: {error}") from None
    except RecursionError:
        raise _fail(file, None, "the file is nested too deeply to be a deck") from None
    if node is None:
        raise _fail(file, None, "the file is empty; start from the example in the README")

    document = Document(file, None)
    builder = _Builder(loader, document)
    try:
        document.data = builder.build(node, ())
    except _Stop as stop:
        raise _fail(file, stop.line, stop.message) from None
    finally:
        loader.dispose()
    return document


def _syntax_message(error: Any, source_line: str = "") -> str:
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    text = f"YAML syntax error: {problem}" if problem else "YAML syntax error"
    if context:
        text += f" ({context})"
    hint = "check the indentation and quotes on this line or the one before"
    if " #" in source_line and '"#' not in source_line and "'#" not in source_line:
        hint = 'in YAML a # starts a comment: put colours in quotes, e.g. color: "#2A9D8F"'
    elif "mapping values are not allowed" in problem:
        hint = "a text containing ': ' must be put in quotes"
    elif "found character '\\t'" in problem:
        hint = "use spaces, not tabs, for indentation"
    elif "could not find expected ':'" in problem:
        hint = "every key needs a ':' after it; check the line before too"
    return f"{text}; {hint}"


class _Builder:
    def __init__(self, loader: Any, document: Document) -> None:
        self.loader = loader
        self.document = document
        self.count = 0

    def build(self, node: Any, path: KeyPath) -> Any:
        import yaml

        self.count += 1
        line = node.start_mark.line + 1
        if self.count > MAX_NODES:
            raise _Stop(
                line,
                "the file expands to too much data (anchors and aliases used over and over); "
                "write the values out instead",
            )
        if len(path) > MAX_DEPTH:
            raise _Stop(line, "the file is nested too deeply to be a deck")
        self.document.lines.setdefault(path, line)
        if node.tag not in _STANDARD_TAGS:
            raise _Stop(
                line,
                f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed; "
                "remove it (deckgen reads plain YAML only)",
            )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        try:
            return self.loader.construct_object(node)
        except yaml.YAMLError as error:
            raise _Stop(line, f"cannot read this value ({getattr(error, 'problem', error)})") from None

    def _mapping(self, node: Any, path: KeyPath) -> dict[Any, Any]:
        import yaml

        try:
            self.loader.flatten_mapping(node)
        except yaml.YAMLError as error:
            raise _Stop(node.start_mark.line + 1, f"cannot merge here ({getattr(error, 'problem', error)})") from None
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Stop(key_line, "a key must be a plain word, not a list or mapping")
            key = self.build(key_node, (*path, "<key>"))
            if key in result:
                raise _Stop(key_line, f"the key {key!r} appears twice in the same place; keep one")
            child = (*path, key)
            self.document.lines[child] = key_line
            result[key] = self.build(value_node, child)
        return result
