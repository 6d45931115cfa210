// Cells, their outputs and diagnostics are shared with every layer above the language
// (the runner and the renderers know them without knowing the language): they live in
// CellProtocol, re-exported here so that the language's own files use them as before.
@_exported import CellProtocol
