#!/usr/bin/env python3
"""Checks exported notebooks, for notebook-export.sh.

  notebook_valid.py FILE...   each file is read by nbformat as version 4 and validated
                               against the nbformat schema (nbformat.validate); it must be
                               nbformat 4.5 with Swift kernel metadata, and its bytes must be
                               those nbformat itself writes for it (so Jupyter saves it
                               unchanged). Prints one line per notebook: its cells and
                               outputs by type. Exits 1 when any notebook fails.
"""
import collections
import json
import sys
import warnings

import nbformat


def check(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # The file as written is validated, before nbformat.reads could repair anything (it adds
    # missing cell ids); nbformat's warnings about such repairs count as failures.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nbformat.validate(json.loads(text))  # raises ValidationError on an invalid notebook
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    problems = []
    if (nb.nbformat, nb.nbformat_minor) != (4, 5):
        problems.append(f"nbformat {nb.nbformat}.{nb.nbformat_minor}, expected 4.5")
    kernel = nb.metadata.get("kernelspec", {})
    if kernel.get("name") != "swift" or kernel.get("language") != "swift":
        problems.append(f"kernelspec is {kernel!r}, expected Swift's")
    if nb.metadata.get("language_info", {}).get("name") != "swift":
        problems.append("language_info.name is not swift")
    if nbformat.writes(nb) + "\n" != text:
        problems.append("its bytes differ from nbformat's own writing of it")
    cells = collections.Counter(c.cell_type for c in nb.cells)
    outputs = collections.Counter()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            kind = output.output_type
            if "data" in output:
                kind += "[" + ",".join(sorted(output.data)) + "]"
            outputs[kind] += 1
    return problems, cells, outputs


def main(paths):
    failed = False
    for path in paths:
        try:
            problems, cells, outputs = check(path)
        except Exception as error:  # a notebook nbformat cannot read or that is invalid
            problems, cells, outputs = [f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"], {}, {}
        if problems:
            failed = True
            for problem in problems:
                print(f"{path}: invalid: {problem}")
        else:
            summary = ", ".join(f"{n} {k}" for k, n in sorted(cells.items()))
            detail = ", ".join(f"{n} {k}" for k, n in sorted(outputs.items()))
            print(f"{path}: valid: {summary}; outputs: {detail}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
