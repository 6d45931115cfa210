// Reading a tensor (LANGUAGE.md §3 "Reading") and showing it: `print(t)` gives the engine's
// PyTorch-like text; a cell's final tensor and `display(t)` also carry a `Grid` for the
// HTML matrix view.

import Script
import TensorEngine

extension Prelude {
    func bindTensorReading() {
        let t = tensorType
        let wrap = self.wrap as (Tensor) -> Value

        t.property("shape") { call in Value(try tensorArgument(call.receiver).shape) }
        t.property("rank") { call in .int(try tensorArgument(call.receiver).rank) }
        t.property("count") { call in .int(try tensorArgument(call.receiver).count) }
        t.property("item") { call in .double(try tensorArgument(call.receiver).item) }
        t.property("scalars") { call in Value(try tensorArgument(call.receiver).scalars) }
        t.property("grad") { call in wrap(try tensorArgument(call.receiver).grad) }
        t.property("requiresGrad", get: { call in
            .bool(try tensorArgument(call.receiver).requiresGrad)
        }, set: { call in
            try tensorArgument(call.receiver).requiresGrad = try call.bool(0)
            return .void
        })
        t.property("T") { call in wrap(try tensorArgument(call.receiver).T) }

        t.describe = { v in tensorOf(v)?.description ?? "Tensor()" }
        t.display = { v in
            guard let x = tensorOf(v) else { return DisplayValue(text: "Tensor()", typeName: "Tensor") }
            return DisplayValue(text: x.description, typeName: "Tensor", grid: tensorGrid(x))
        }
    }
}

/// Most elements a grid shows; a larger tensor shows its first rows and columns.
let gridElementLimit = 1000
/// Most columns a grid shows.
let gridColumnLimit = 100

/// The tensor laid out for the HTML matrix view: one row per row of its last two axes
/// (slices of a rank-3 tensor follow one another), numbers in the engine's format.
func tensorGrid(_ t: Tensor) -> Grid? {
    let columns = t.rank == 0 ? 1 : t.shape[t.rank - 1]
    let rowCount = columns == 0 ? 0 : t.count / columns
    let shownColumns = Swift.min(columns, gridColumnLimit)
    let shownRows = Swift.min(rowCount, Swift.max(1, gridElementLimit / Swift.max(shownColumns, 1)))
    let truncated = shownColumns < columns || shownRows < rowCount
    return noGrad {
        do {
            var m = try t.reshaped([rowCount, columns])
            if truncated { m = try m.indexed([.range(lower: 0, upper: shownRows, closed: false), .range(lower: 0, upper: shownColumns, closed: false)]) }
            var rows = try m.formattedRows()
            if t.rank == 0 { rows = [[rows.first?.first ?? ""]] }
            if rowCount == 0 { rows = [] }
            return Grid(shape: t.shape, rows: rows, truncated: truncated)
        } catch {
            return nil
        }
    }
}
