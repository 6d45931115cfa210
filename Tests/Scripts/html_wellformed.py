#!/usr/bin/env python3
"""Checks of rendered handouts, for html-wellformed.sh.

  html_wellformed.py html FILE...        each file parses as HTML5 with no parse error, and
                                          has no <script>, no on* attribute, no javascript: URL
  html_wellformed.py blocks SOURCE.md OUT.md
                                          every block cmark-gfm finds in the source's prose is
                                          found again, in order, in the handout
"""
import re
import subprocess
import sys

import html5lib

ACTIVE_URL = re.compile(r"^\s*(javascript|vbscript|data:text/html)", re.I)


def check_html(path):
    problems = []
    with open(path, "rb") as f:
        data = f.read()
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    tree = parser.parse(data)
    for pos, code, info in parser.errors:
        problems.append(f"{path}:{pos[0]}:{pos[1]}: HTML5 parse error: {code} {info or ''}")
    for el in tree.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        local = tag.rsplit("}", 1)[-1].lower()
        if local == "script":
            problems.append(f"{path}: a <script> element: {(el.text or '')[:60]!r}")
        for name, value in el.attrib.items():
            attr = name.rsplit("}", 1)[-1].lower()
            if attr.startswith("on"):
                problems.append(f"{path}: <{local} {attr}=...> event attribute")
            if attr in ("href", "src", "xlink:href", "action", "formaction") and ACTIVE_URL.match(value or ""):
                problems.append(f"{path}: <{local} {attr}={value[:40]!r}> active URL")
    return problems


def blocks(path):
    """Leaf blocks of a Markdown file as cmark-gfm sees them: (type, info, text)."""
    xml = subprocess.run(
        ["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "-t", "commonmark", path],
        check=True, capture_output=True).stdout  # normalise first: same text, same rendering
    out = subprocess.run(
        ["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "-t", "xml"],
        input=xml, check=True, capture_output=True).stdout.decode()
    import xml.etree.ElementTree as ET
    root = ET.fromstring(out)
    found = []
    leaf_types = {"heading", "paragraph", "code_block", "html_block", "thematic_break", "table"}
    for el in root.iter():
        kind = el.tag.rsplit("}", 1)[-1]
        if kind not in leaf_types:
            continue
        text = "".join(el.itertext()).strip()
        found.append((kind, el.attrib.get("info", ""), text))
    return found


def check_blocks(source, handout):
    src = [b for b in blocks(source)
           if not (b[0] == "code_block" and (b[1].startswith("swift") or b[1] == "output"))]
    out = blocks(handout)
    problems = []
    i = 0
    for b in src:
        try:
            i = out.index(b, i) + 1
        except ValueError:
            problems.append(f"{handout}: lost a block of {source}: {b[0]} {b[2][:60]!r}")
    if not src:
        problems.append(f"{source}: no prose blocks found (is cmark-gfm working?)")
    return problems


def main(argv):
    if len(argv) >= 2 and argv[0] == "html":
        problems = [p for f in argv[1:] for p in check_html(f)]
    elif len(argv) == 3 and argv[0] == "blocks":
        problems = check_blocks(argv[1], argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
