"""Read YAML text into nodes that keep their lines; say in French what is wrong.

Also the list of problems found while loading, each at a line, so that every
step of the loader reports the same way (``file:line: message``).
"""

import re
from typing import TypeAlias

import yaml
from yaml.nodes import Node

# libyaml's parser is about ten times faster and gives the same nodes and marks.
YamlLoader: TypeAlias = yaml.CSafeLoader | yaml.SafeLoader
Loader: type[YamlLoader] = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


class Problems:
    """Every problem found, each at a line, rendered as ``file:line: message``."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, message: str) -> None:
        self.items.append((line, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def render(self) -> list[str]:
        ordered = sorted(self.items, key=lambda item: item[0])  # stable: same line keeps order
        return [f"{self.source}:{line}: {msg}" for line, msg in ordered]


# What YAML counts as a line break (a lone \r too), so lines match its marks.
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def line_at(text: str, position: int) -> int:
    """1-based line of a character position."""
    return len(_BREAK.findall(text, 0, max(position, 0))) + 1


def line_of(node: Node) -> int:
    return node.start_mark.line + 1


def quoted(value: object) -> str:
    return f"« {value} »"


def _yaml_problem(exc: yaml.MarkedYAMLError, line_text: str) -> str:
    """French for the usual YAML mistakes; the parser's own words in parentheses."""
    raw = f"{exc.context or ''} {exc.problem or ''}".strip()
    indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
    if "\t" in indent:
        return "une tabulation est utilisée pour l'indentation ; n'utilisez que des espaces."
    if "mapping values are not allowed" in raw:
        text = "deux-points « : » inattendu ; l'indentation est sans doute incorrecte"
    elif any(
        clue in raw
        for clue in ("expected <block end>", "expected ':'", "expected key", "'-' indicator")
    ):
        text = "indentation incohérente : cette ligne n'est pas alignée avec les précédentes"
    elif "anchor" in raw or "alias" in raw:
        text = "ancre ou alias YAML (& ou *) incorrect"
    elif "single document" in raw:
        text = "le fichier contient plusieurs documents (« --- ») ; il n'en faut qu'un"
    elif "flow" in raw:
        text = "crochet « [ » ou accolade « { » jamais refermé, ou virgule mal placée"
    elif "quoted scalar" in raw:
        text = "guillemet ouvert mais jamais refermé"
    else:
        text = "le texte YAML est mal formé"
    return f"{text} (détail technique : {raw})."


def reader_error_line(text: str, exc: yaml.reader.ReaderError) -> int:
    """Line of a forbidden character; libyaml counts its position in UTF-8 bytes."""
    position = max(exc.position, 0)
    if Loader is not yaml.SafeLoader:
        position = len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
    return line_at(text, position)


def forbidden_character(exc: yaml.reader.ReaderError) -> str:
    code = exc.character if isinstance(exc.character, int) else 0
    return f"caractère invisible interdit (code U+{code:04X}) ; supprimez-le ou retapez la ligne."


# A référentiel of 13 épreuves and 300 criteria is about 10 000 nodes. Aliases
# (« *nom ») may repeat a part written once (with merges « << »), but ten
# nested aliases of ten make ten billion: the size once unfolded is bounded.
MAX_EXPANDED_NODES = 200_000


def _aliases(text: str) -> list[tuple[str, int, int]]:
    """(anchor, line of the alias, line of its anchor) of every alias, read
    from the event stream: nothing is unfolded. [] when the text cannot be
    read (the parser then says why)."""
    if "*" not in text:  # no alias without a star: skip the second reading
        return []
    anchors: dict[str, int] = {}
    found: list[tuple[str, int, int]] = []
    loader = Loader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            anchor = getattr(event, "anchor", None)
            mark = getattr(event, "start_mark", None)
            if anchor is None or mark is None:
                continue
            line = mark.line + 1
            if isinstance(event, yaml.AliasEvent):
                found.append((anchor, line, anchors.get(anchor, 0)))
            else:
                anchors[anchor] = line
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()
    return found


def _unfolded_size(root: Node, limit: int) -> tuple[int, dict[int, int]]:
    """Nodes once every alias is unfolded (counted without unfolding, each node
    once), stopping past ``limit``; and the unfolded size of each node met more
    than once (an anchor), by its line."""
    sizes: dict[int, int] = {}
    repeated: dict[int, int] = {}
    # Iterative post-order walk: a deep text must not exhaust Python's stack.
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if not done:
            if key in sizes:
                repeated[line_of(node)] = max(repeated.get(line_of(node), 0), sizes[key])
                continue
            sizes[key] = -1  # in progress: a recursive alias counts once
            stack.append((node, True))
            for child in _children(node):
                stack.append((child, False))
            continue
        total = 1
        for child in _children(node):
            total += max(sizes.get(id(child), 1), 1)
            if total > limit:
                break
        sizes[key] = min(total, limit + 1)
    return max(sizes.get(id(root), 1), 1), repeated


def _children(node: Node) -> list[Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")  # « 200 000 », as French writes it


def check_unfolded_size(root: Node, text: str, problems: Problems) -> bool:
    """False (after a located problem) when the aliases of ``text`` unfold
    ``root`` past :data:`MAX_EXPANDED_NODES`."""
    aliases = _aliases(text)
    if not aliases:
        return True
    size, repeated = _unfolded_size(root, MAX_EXPANDED_NODES)
    if size <= MAX_EXPANDED_NODES:
        return True
    # Point at the alias that repeats the biggest part.
    name, line, _anchor_line = max(aliases, key=lambda a: (repeated.get(a[2], 0), -a[1]))
    problems.add(
        line,
        f"l'alias YAML « *{name} » (avec les autres alias du fichier) répète tant de fois son "
        f"contenu que le référentiel dépasserait {_thousands(MAX_EXPANDED_NODES)} éléments "
        "une fois déplié ; recopiez le contenu voulu au lieu de l'imbriquer par des alias.",
    )
    return False


def parse_yaml(loader: YamlLoader, text: str, problems: Problems) -> Node | None:
    """The document's root node, or ``None`` after reporting why there is none."""
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "quoted scalar" in (exc.context or ""):
            mark = exc.context_mark  # where the quote opens, not the end of the file
        last_line = line_at(text, len(text.rstrip("\r\n\x85\u2028\u2029")))
        line = min(mark.line + 1, last_line) if mark else 1
        lines = _BREAK.split(text)
        problems.add(line, _yaml_problem(exc, lines[line - 1] if line <= len(lines) else ""))
        return None
    except yaml.reader.ReaderError as exc:
        problems.add(reader_error_line(text, exc), forbidden_character(exc))
        return None
    if node is None:
        problems.add(1, "le fichier est vide : il ne contient aucun référentiel.")
        return None
    if not check_unfolded_size(node, text, problems):
        return None
    return node
