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

/// The tensor laid out for the HTML matrix view: one row per row of its last two axes
/// (slices of a rank-3 tensor follow one another), made from the same `TensorSummary` as its
/// text, so a large tensor shows the same first and last rows and columns, in the same number
/// format, with `⋮`, `…` and `⋱` where the text writes `...`.
func tensorGrid(_ t: Tensor) -> Grid? {
    let summary = t.summary()
    let rank = t.rank
    if rank == 0 { return Grid(shape: [], rows: [[summary.text(at: [])]]) }
    if t.count == 0 { return Grid(shape: t.shape, rows: []) }
    /// The rows of the matrix at the leading `index` (all but the last two axes).
    func matrix(_ index: [Int]) -> [[String]] {
        let rowPositions: [Int?] = rank == 1 ? [0] : summary.positions[rank - 2]
        return rowPositions.map { r in
            summary.positions[rank - 1].map { c in
                switch (r, c) {
                case (nil, nil): return Grid.bothGap
                case (nil, _): return Grid.rowGap
                case (_, nil): return Grid.columnGap
                case (let r?, let c?): return summary.text(at: rank == 1 ? [c] : index + [r, c])
                }
            }
        }
    }
    guard rank >= 3 else { return Grid(shape: t.shape, rows: matrix([]), truncated: summary.isSummarized) }
    var rows: [[String]] = []
    var slices: [GridSlice] = []
    func walk(_ index: [Int]) {
        if index.count == rank - 2 {
            let m = matrix(index)
            rows += m
            slices.append(GridSlice(label: "[" + index.map(String.init).joined(separator: ", ") + ", :, :]", rowCount: m.count))
            return
        }
        for position in summary.positions[index.count] {
            if let i = position {
                walk(index + [i])
            } else {
                slices.append(GridSlice(label: "[" + (index.map(String.init) + [Grid.columnGap]).joined(separator: ", ") + "]", rowCount: 0))
            }
        }
    }
    walk([])
    return Grid(shape: t.shape, rows: rows, truncated: summary.isSummarized, slices: slices)
}
