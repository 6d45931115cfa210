#!/usr/bin/env python3
"""Reports Swift functions longer than a limit (issue 11: a function that long is several
things that want names of their own).

    function_length.py [--limit N] [--allow FILE] [--exempt PATH]... ROOT

A function is a `func`, `init`, `deinit` or `subscript` with a body; its length counts the
lines from its declaration's line to its closing brace's, both included, so comments and
blank lines inside count too (a reader scrolls through them). Strings (with their
interpolations, multi-line and raw strings) and comments are read as Swift reads them, so
braces inside them do not count.

`--exempt PATH` leaves out the files at PATH (relative to ROOT's parent folder, as the
output prints them). The allow-list holds functions that are known to be over the limit,
one a line: `PATH NAME LINES` (`#` starts a comment). A listed function may stay as long as
it is but not grow; a listed one that is gone or within the limit is reported as one to
strike from the list. Prints `PATH:LINE: error: ...` per function over its limit and exits
1 when there is one.
"""
import argparse
import os
import re
import sys


def code_only(text):
    """`text` with the contents of strings and comments replaced by spaces (newlines kept),
    so that what remains is code: braces, keywords and names."""
    out = list(text)
    n = len(text)
    i = 0
    # A stack of open contexts: ("str", hashes, multiline) or ("interp", paren depth).
    stack = []

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        top = stack[-1] if stack else None
        c = text[i]
        if top is not None and top[0] == "str":
            _, hashes, multiline = top
            close = ('"""' if multiline else '"') + "#" * hashes
            if text.startswith(close, i):
                blank(i, i + len(close))
                stack.pop()
                i += len(close)
                continue
            escape = "\\" + "#" * hashes
            if text.startswith(escape, i):
                after = i + len(escape)
                if after < n and text[after] == "(":
                    blank(i, after + 1)
                    stack.append(("interp", 1))
                    i = after + 1
                    continue
                blank(i, min(n, after + 1))   # an escaped character, \" included
                i = after + 1
                continue
            if c == "\n" and not multiline:
                stack.pop()                   # an unterminated string: Swift would reject it
            else:
                blank(i, i + 1)
            i += 1
            continue
        # Code: at the top level or inside an interpolation.
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            blank(i, end)
            i = end
            continue
        if text.startswith("/*", i):
            depth, k = 1, i + 2
            while k < n and depth > 0:
                if text.startswith("/*", k):
                    depth, k = depth + 1, k + 2
                elif text.startswith("*/", k):
                    depth, k = depth - 1, k + 2
                else:
                    k += 1
            blank(i, k)
            i = k
            continue
        m = re.match(r'(#*)("""|")', text[i:i + 64])
        if m and (m.group(1) == "" or c == "#"):
            hashes, quotes = len(m.group(1)), m.group(2)
            blank(i, i + m.end())
            stack.append(("str", hashes, quotes == '"""'))
            i += m.end()
            continue
        if top is not None and top[0] == "interp":
            if c == "(":
                stack[-1] = ("interp", top[1] + 1)
            elif c == ")":
                if top[1] == 1:
                    stack.pop()
                    blank(i, i + 1)
                    i += 1
                    continue
                stack[-1] = ("interp", top[1] - 1)
            blank(i, i + 1)   # interpolated code belongs to its string
        i += 1
    return "".join(out)


DECLARATION = re.compile(
    r"(?<![.\w])(?:func\s+(?P<func>[^\s(<]+)|(?P<init>init)[?!]?(?=\s*[(<])|(?P<deinit>deinit)\b|(?P<sub>subscript)(?=\s*[(<]))")


def functions(text):
    """(name, first line, last line) of every function with a body, lines from 1."""
    code = code_only(text)
    line_starts = [0] + [k + 1 for k, ch in enumerate(code) if ch == "\n"]

    def line_of(offset):
        lo, hi = 0, len(line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    found = []
    for m in DECLARATION.finditer(code):
        name = m.group("func") or m.group("init") or m.group("deinit") or m.group("sub")
        # The body is the first `{` outside the signature's brackets; a `}` or another
        # declaration first means there is none (a protocol requirement).
        depth, k, body = 0, m.end(), None
        while k < len(code):
            ch = code[k]
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
            elif depth == 0 and ch == "{":
                body = k
                break
            elif depth == 0 and ch == "}":
                break
            elif depth == 0 and DECLARATION.match(code, k) and k > m.end():
                break
            k += 1
        if body is None:
            continue
        braces, k = 0, body
        while k < len(code):
            if code[k] == "{":
                braces += 1
            elif code[k] == "}":
                braces -= 1
                if braces == 0:
                    break
            k += 1
        found.append((name, line_of(m.start()), line_of(k)))
    return found


def read_allow_list(path):
    allowed = {}
    if not path:
        return allowed
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 3 or not parts[2].isdigit():
                sys.exit(f"{path}:{number}: error: expected 'PATH NAME LINES', got '{raw.strip()}'")
            allowed[(parts[0], parts[1])] = int(parts[2])
    return allowed


def main():
    p = argparse.ArgumentParser(description="Swift functions over a length limit")
    p.add_argument("root")
    p.add_argument("--limit", type=int, default=80)
    p.add_argument("--allow", help="allow-list file: PATH NAME LINES per line")
    p.add_argument("--exempt", action="append", default=[], help="a file left out (as printed)")
    args = p.parse_args()

    base = os.path.dirname(os.path.abspath(args.root).rstrip(os.sep))
    allowed = read_allow_list(args.allow)
    seen = {}
    errors = 0
    for folder, dirs, files in os.walk(args.root):
        dirs.sort()
        for file in sorted(files):
            if not file.endswith(".swift"):
                continue
            full = os.path.join(folder, file)
            path = os.path.relpath(full, base)
            if path in args.exempt:
                continue
            with open(full, encoding="utf-8") as f:
                text = f.read()
            for name, first, last in functions(text):
                length = last - first + 1
                key = (path, name)
                seen[key] = max(seen.get(key, 0), length)
                limit = max(args.limit, allowed.get(key, 0))
                if length > limit:
                    errors += 1
                    why = f"the allow-list's {allowed[key]}" if key in allowed else f"the limit of {args.limit}"
                    print(f"{path}:{first}: error: {name} is {length} lines, over {why}: "
                          "split it along the cases it handles")
    for key, length in sorted(allowed.items()):
        if seen.get(key, 0) <= args.limit:
            print(f"note: {key[0]} {key[1]} is now within {args.limit} lines (or gone): "
                  "strike it from the allow-list")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
