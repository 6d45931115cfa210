/// Shrinks grids (heatmaps, contours) that hold far more values than a chart can show.
///
/// A chart panel is a few hundred units wide, so a 5000×5000 heatmap would draw up to 25
/// million cells into one SVG (hundreds of megabytes) of which a reader sees about one in a
/// thousand. The grid is reduced when the figure is built, before anything is drawn, and
/// the chart says so in a note: nothing is dropped silently.
enum GridReduction {
    /// Rows or columns of cells a heatmap draws at most: at a 640-unit panel, 4 units a cell.
    static let heatmapMaxSide = 128
    /// Grid points per axis a contour is traced on at most: 2-3 units between points, finer
    /// than its lines can show.
    static let contourMaxSide = 200
    /// Contour levels at most: beyond it bands are thinner than a line and colours repeat.
    static let contourMaxLevels = 100

    /// `z` in blocks of about equal size, each the mean of its finite values (NaN when it has
    /// none), so that neither side passes `maxSide`; with each block's first label.
    static func blockMeans(_ z: [[Double]], rowLabels: [String], columnLabels: [String], maxSide: Int)
        -> (z: [[Double]], rowLabels: [String], columnLabels: [String], note: String?) {
        let rows = z.count, cols = z.first?.count ?? 0
        guard rows > maxSide || cols > maxSide else { return (z, rowLabels, columnLabels, nil) }
        let rowBlocks = blocks(rows, maxSide), colBlocks = blocks(cols, maxSide)
        var out = [[Double]]()
        out.reserveCapacity(rowBlocks.count)
        var sums = [Double](repeating: 0, count: colBlocks.count)
        var counts = [Int](repeating: 0, count: colBlocks.count)
        for rb in rowBlocks {
            for b in 0..<colBlocks.count { sums[b] = 0; counts[b] = 0 }
            for i in rb {
                let row = z[i]
                for (b, cb) in colBlocks.enumerated() {
                    for j in cb where row[j].isFinite { sums[b] += row[j]; counts[b] += 1 }
                }
            }
            out.append((0..<colBlocks.count).map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : .nan })
        }
        let rowSize = rowBlocks.map(\.count).max() ?? 1, colSize = colBlocks.map(\.count).max() ?? 1
        let note = "\(rows)×\(cols) grid shown as \(rowBlocks.count)×\(colBlocks.count) cells, each the mean of up to \(rowSize)×\(colSize) values"
        return (out,
                rowLabels.isEmpty ? [] : rowBlocks.map { rowLabels[$0.lowerBound] },
                columnLabels.isEmpty ? [] : colBlocks.map { columnLabels[$0.lowerBound] },
                note)
    }

    /// The grid sampled at evenly spaced rows and columns, the first and last always kept (so
    /// the contour still spans the whole grid), when a side passes `maxSide`.
    static func sampled(x: [Double], y: [Double], z: [[Double]], maxSide: Int)
        -> (x: [Double], y: [Double], z: [[Double]], note: String?) {
        guard x.count > maxSide || y.count > maxSide else { return (x, y, z, nil) }
        let xs = picks(x.count, maxSide), ys = picks(y.count, maxSide)
        let note = "\(x.count)×\(y.count) grid traced at \(xs.count)×\(ys.count) evenly spaced points"
        return (xs.map { x[$0] }, ys.map { y[$0] }, ys.map { i in xs.map { z[i][$0] } }, note)
    }

    /// `0..<n` cut into at most `maxSide` consecutive ranges whose sizes differ by at most one.
    static func blocks(_ n: Int, _ maxSide: Int) -> [Range<Int>] {
        guard n > maxSide else { return (0..<n).map { $0..<($0 + 1) } }
        let k = (n + maxSide - 1) / maxSide          // values per block, rounded up
        let count = (n + k - 1) / k                  // blocks of k cover n
        return (0..<count).map { b in (b * n / count)..<((b + 1) * n / count) }
    }

    /// `m ≤ maxSide` indices spread evenly over `0..<n`, including 0 and n − 1.
    static func picks(_ n: Int, _ maxSide: Int) -> [Int] {
        guard n > maxSide else { return Array(0..<n) }
        let m = max(2, maxSide)
        return (0..<m).map { k in Int((Double(k) * Double(n - 1) / Double(m - 1)).rounded()) }
    }
}
