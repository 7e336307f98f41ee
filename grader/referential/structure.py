"""Check the YAML nodes against ``spec.FORMAT``, keeping every value's line.

The result is plain dicts and lists (``LDict``/``LList``) that also remember
their lines, so that the later checks (``validate``) can point at the exact
line of a bad competency code. A value of the wrong type is reported and left
out; the walk goes on, so that every problem of the file is reported at once.
"""

import difflib
import math
import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from grader.referential.spec import (
    Boolean,
    Choice,
    Field,
    Integer,
    ListOf,
    MapOf,
    Number,
    Record,
    Text,
    Type,
)
from grader.referential.yamltext import Problems, YamlLoader, line_of, quoted

_TAG = "tag:yaml.org,2002:"


class LDict(dict[str, Any]):
    """A checked mapping; ``key_lines`` gives the line of each key."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}
        self.invalid: set[str] = set()  # keys given but refused (already reported)

    def has(self, key: str) -> bool:
        """Whether the key was written, even with a refused value."""
        return key in self or key in self.invalid

    def at(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LList(list[Any]):
    """A checked list; ``item_lines[i]`` is the line of item ``i``."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []


def _describe(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "une liste"
    if isinstance(node, MappingNode):
        return "une liste de clés"
    value = str(node.value)
    return quoted(value if len(value) <= 40 else value[:37] + "…")


def _tag(node: Node) -> str:
    return node.tag[len(_TAG) :] if node.tag.startswith(_TAG) else node.tag


_MAX_NUMBER_CHARS = 30


def _number(value: float) -> str:
    """An integer as written (« 100000 », not « 1e+05 »); a decimal in short form."""
    return str(value) if isinstance(value, int) else f"{value:g}"


class Checker:
    """Walks the YAML nodes along the format description."""

    def __init__(self, loader: YamlLoader, problems: Problems) -> None:
        self.loader = loader
        self.problems = problems
        self.line = 1  # last line visited, for the loader's last-resort message

    def check(self, node: Node, record: Record) -> LDict | None:
        return self._record(node, record, "")

    # -- one value, by type ------------------------------------------------------------

    def _value(self, node: Node, t: Type, name: str) -> Any:
        """The checked value, or ``None`` after reporting; ``name`` says what it is."""
        self.line = line_of(node)
        if isinstance(t, Record):
            return self._record(node, t, name)
        if isinstance(t, ListOf):
            return self._list(node, t, name)
        if isinstance(t, MapOf):
            return self._map(node, t, name)
        if not isinstance(node, ScalarNode):
            self._wrong(node, t, name)
            return None
        tag = _tag(node)
        if isinstance(t, Text):
            return self._text(node, t, name)
        if isinstance(t, Choice):
            if node.value in t.values:
                return node.value
            close = difflib.get_close_matches(str(node.value), t.values, n=1)
            hint = f" Vouliez-vous dire {quoted(close[0])} ?" if close else ""
            self.problems.add(
                self.line,
                f"{name} vaut {_describe(node)}, ce qui n'est pas permis ; valeurs possibles : "
                f"{', '.join(t.values)}.{hint}",
            )
            return None
        if isinstance(t, Boolean):
            if tag == "bool":
                return bool(self.loader.construct_object(node))
            self._wrong(node, t, name)
            return None
        if tag not in ("int", "float") or (isinstance(t, Integer) and tag != "int"):
            extra = ""
            if isinstance(node.value, str) and re.fullmatch(r"-?\d+,\d+", node.value.strip()):
                extra = f" (écrivez les décimales avec un point : {node.value.replace(',', '.')})"
            self._wrong(node, t, name, extra)
            return None
        if len(str(node.value)) > _MAX_NUMBER_CHARS:
            # 10**5000 written out: Python refuses to read it, and no bound of the
            # format is anywhere near it.
            self.problems.add(
                self.line,
                f"{name} est un nombre beaucoup trop grand ({_describe(node)}) ; "
                "vérifiez la valeur.",
            )
            return None
        number = self.loader.construct_object(node)
        if not math.isfinite(number):
            self._wrong(node, t, name)
            return None
        return self._in_range(number, t, name)

    def _wrong(self, node: Node, t: Type, name: str, extra: str = "") -> None:
        self.problems.add(
            line_of(node), f"{name} doit être {t.what}, et non {_describe(node)}{extra}."
        )
        return None

    def _in_range(self, number: float, t: Integer | Number, name: str) -> float | None:
        low, high = t.minimum, t.maximum
        strict = isinstance(t, Number) and t.exclusive_minimum
        too_low = low is not None and (number <= low if strict else number < low)
        too_high = high is not None and number > high
        if not (too_low or too_high):
            return number
        if low is not None and high is not None:
            text = f"doit être compris entre {low:g} et {high:g}"
            if high == 1 and number > 1:
                text += " (un pourcentage s'écrit en décimal : 80 % s'écrit 0.8)"
        elif strict:
            text = f"doit être strictement supérieur à {low:g}"
        elif too_low:
            text = f"doit valoir au moins {low:g}"
        else:
            text = f"ne peut pas dépasser {high:g}"
        self.problems.add(self.line, f"{name} {text} ; la valeur est {_number(number)}.")
        return None

    def _text(self, node: ScalarNode, t: Text, name: str) -> str | None:
        value = str(node.value).strip()
        if not value and not t.allow_empty:
            self.problems.add(self.line, f"{name} est vide.")
            return None
        if t.pattern and not re.search(t.pattern, value):
            self.problems.add(
                self.line, f"{name} ({quoted(value)}) doit être écrit {t.pattern_hint}."
            )
            return None
        return value

    # -- containers --------------------------------------------------------------------

    def _list(self, node: Node, t: ListOf, name: str) -> LList | None:
        if not isinstance(node, SequenceNode):
            self._wrong(node, t, name)
            return None
        out = LList(line_of(node))
        for position, item in enumerate(node.value, start=1):
            value = self._value(item, t.item, f"l'élément n° {position} de {name}")
            if value is not None:
                out.append(value)
                out.item_lines.append(line_of(item))
        if len(node.value) < t.min_items:
            self.problems.add(
                line_of(node), f"{name} ne contient aucun élément ; il en faut au moins un."
            )
        return out

    def _pairs(self, node: MappingNode, name: str) -> list[tuple[str, Node, int]]:
        """Keys as texts, each once; merges (``<<``) applied; duplicates reported."""
        try:
            self.loader.flatten_mapping(node)
        except yaml.MarkedYAMLError as exc:
            self.problems.add(line_of(node), f"fusion YAML « << » incorrecte ({exc.problem}).")
            return []
        seen: dict[str, int] = {}
        pairs = []
        for key_node, value_node in node.value:
            line = line_of(key_node)
            if not isinstance(key_node, ScalarNode):
                self.problems.add(line, f"une clé de {name} n'est pas un simple mot.")
                continue
            key = str(key_node.value)
            if key in seen:
                self.problems.add(
                    line,
                    f"la clé {quoted(key)} apparaît deux fois dans {name} "
                    f"(déjà ligne {seen[key]}).",
                )
                continue
            seen[key] = line
            pairs.append((key, value_node, line))
        return pairs

    def _map(self, node: Node, t: MapOf, name: str) -> LDict | None:
        if not isinstance(node, MappingNode):
            self._wrong(node, t, name)
            return None
        out = LDict(line_of(node))
        for key, value_node, line in self._pairs(node, name):
            value = self._value(value_node, t.value, f"la valeur de {quoted(key)} dans {name}")
            if value is not None:
                out[key] = value
                out.key_lines[key] = line
        return out

    def _record(self, node: Node, r: Record, name: str) -> LDict | None:
        if r.shorthand and isinstance(node, ScalarNode) and _tag(node) != "null":
            short = r.field(r.shorthand)
            assert short is not None
            out = LDict(line_of(node))
            value = self._value(node, short.type, name or r.noun)
            if value is not None:
                out[r.shorthand] = value
                out.key_lines[r.shorthand] = line_of(node)
            return out
        if not isinstance(node, MappingNode):
            self._wrong(node, r, name or r.noun)
            return None
        out = LDict(line_of(node))
        pairs = self._pairs(node, name or r.noun)
        label = self._label(r, pairs)
        for key, value_node, line in pairs:
            f = r.field(key)
            if f is None:
                self._unknown_key(key, line, r, label)
                continue
            self.line = line
            if isinstance(value_node, ScalarNode) and _tag(value_node) == "null":
                if f.nullable:
                    out[key] = None
                    out.key_lines[key] = line
                else:
                    out.invalid.add(key)
                    self.problems.add(line, f"{quoted(key)} est vide dans {label}.")
                continue
            # The identifier itself is named by its key alone, not « le bloc « BC 01 » ».
            where = r.noun if key == r.ident else label
            value = self._value(value_node, f.type, f"{quoted(key)} dans {where}")
            if value is not None:
                out[key] = value
                out.key_lines[key] = line
            else:
                out.invalid.add(key)
        present = {key for key, _, _ in pairs}
        for f in r.fields:
            if f.required and f.key not in present:
                self._missing(f, out.line, label)
        return out

    def _label(self, r: Record, pairs: list[tuple[str, Node, int]]) -> str:
        """« le bloc « BC01 » » when the bloc's code is readable, else « le bloc »."""
        for key, value_node, _ in pairs:
            if key == r.ident and isinstance(value_node, ScalarNode) and value_node.value:
                return f"{r.noun} {quoted(str(value_node.value).strip())}"
        return r.noun

    def _unknown_key(self, key: str, line: int, r: Record, label: str) -> None:
        close = difflib.get_close_matches(key, r.keys, n=1)
        hint = f" Vouliez-vous dire {quoted(close[0])} ?" if close else ""
        self.problems.add(
            line,
            f"clé inconnue {quoted(key)} dans {label} ; clés permises : {', '.join(r.keys)}.{hint}",
        )

    def _missing(self, f: Field, line: int, label: str) -> None:
        self.problems.add(
            line, f"il manque la clé {quoted(f.key)} dans {label} ({f.description.rstrip('.')})."
        )
