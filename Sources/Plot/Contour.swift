import Foundation

/// A point in pixels with the grid value there, for clipping cells against levels.
struct PointZ {
    var x: Double
    var y: Double
    var z: Double
}

/// Contours of values on a grid by marching squares: level choice, filled bands and lines.
/// Cells are split the same way in both: of the two readings of a saddle cell, the one
/// joining the corners at or above the level is always taken, so lines lie on band edges.
enum Contour {
    /// Level boundaries for values in [zmin, zmax]: multiples of the 1-2-5 step giving at most
    /// `count + 1` bands (as matplotlib's MaxNLocator(count + 1)), the first at or below zmin and
    /// the last at or above zmax.
    static func levels(_ zmin: Double, _ zmax: Double, count: Int) -> [Double] {
        levelTicks(zmin, zmax, count: count).map(\.value)
    }

    /// The same levels with their labels for the colour bar.
    static func levelTicks(_ zmin: Double, _ zmax: Double, count: Int) -> [Tick] {
        guard zmin.isFinite, zmax.isFinite else { return [] }
        var lo = zmin, hi = zmax
        if !(hi > lo) { (lo, hi) = AxisRange.padded(lo, hi) }
        let step = TickStep.covering(lo, hi, maxBins: max(1, count) + 1)
        let s = step.value
        let k0 = Int((lo / s).rounded(.down)), k1 = Int((hi / s).rounded(.up))
        return Ticks.labelled(step, k0...max(k1, k0 + 1))
    }

    /// For each band between consecutive levels, the polygons (in pixels) covering the cells where
    /// the value lies in that band. Cells wholly in one band are merged along rows into rectangles.
    /// `px[j]` and `py[i]` are the pixel positions of the grid columns and rows.
    static func bands(px: [Double], py: [Double], z: [[Double]], levels: [Double]) -> [[[PointZ]]] {
        let nb = max(0, levels.count - 1)
        var out = [[[PointZ]]](repeating: [], count: nb)
        guard nb > 0, px.count >= 2, py.count >= 2 else { return out }
        func band(_ v: Double) -> Int {
            var k = 0
            while k + 1 < nb && v >= levels[k + 1] { k += 1 }
            return k
        }
        for i in 0..<(py.count - 1) {
            var runBand = -1, runStart = 0
            func closeRun(_ end: Int) {
                if runBand >= 0 {
                    let x0 = px[runStart], x1 = px[end], y0 = py[i], y1 = py[i + 1]
                    out[runBand].append([PointZ(x: x0, y: y0, z: 0), PointZ(x: x1, y: y0, z: 0),
                                         PointZ(x: x1, y: y1, z: 0), PointZ(x: x0, y: y1, z: 0)])
                }
                runBand = -1
            }
            for j in 0..<(px.count - 1) {
                let cell = [PointZ(x: px[j], y: py[i], z: z[i][j]), PointZ(x: px[j + 1], y: py[i], z: z[i][j + 1]),
                            PointZ(x: px[j + 1], y: py[i + 1], z: z[i + 1][j + 1]), PointZ(x: px[j], y: py[i + 1], z: z[i + 1][j])]
                guard cell.allSatisfy({ $0.z.isFinite }) else { closeRun(j); continue }
                let lo = band(cell.map(\.z).min()!), hi = band(cell.map(\.z).max()!)
                if lo == hi {
                    if runBand != lo { closeRun(j); runBand = lo; runStart = j }
                    continue
                }
                closeRun(j)
                for k in lo...hi {
                    var poly = cell
                    if k > 0 { poly = clip(poly, level: levels[k], keepAbove: true) }
                    if k < nb - 1 { poly = clip(poly, level: levels[k + 1], keepAbove: false) }
                    if poly.count >= 3 && area(poly) > 1e-4 { out[k].append(poly) }
                }
            }
            closeRun(px.count - 1)
        }
        return out
    }

    /// Sutherland–Hodgman clipping of a polygon against z ≥ level (or z ≤ level), with z
    /// interpolated linearly along each edge.
    static func clip(_ poly: [PointZ], level t: Double, keepAbove: Bool) -> [PointZ] {
        func inside(_ p: PointZ) -> Bool { keepAbove ? p.z >= t : p.z <= t }
        var out: [PointZ] = []
        out.reserveCapacity(poly.count + 2)
        for k in 0..<poly.count {
            let a = poly[k], b = poly[(k + 1) % poly.count]
            let ia = inside(a), ib = inside(b)
            if ia { out.append(a) }
            if ia != ib {
                let f = (t - a.z) / (b.z - a.z)
                out.append(PointZ(x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, z: t))
            }
        }
        return out
    }

    private static func area(_ p: [PointZ]) -> Double {
        var s = 0.0
        for k in 0..<p.count {
            let a = p[k], b = p[(k + 1) % p.count]
            s += a.x * b.y - b.x * a.y
        }
        return abs(s) / 2
    }

    /// The contour lines at `level` as polylines in pixels, segments joined where they meet.
    static func lines(px: [Double], py: [Double], z: [[Double]], level t: Double) -> [[(Double, Double)]] {
        let nx = px.count, ny = py.count
        guard nx >= 2, ny >= 2 else { return [] }
        // Crossing points keyed by grid edge: horizontal edge (i, j)-(i, j+1) is 2(i·nx+j),
        // vertical edge (i, j)-(i+1, j) is 2(i·nx+j)+1.
        var points: [Int: (Double, Double)] = [:]
        var segments: [(Int, Int)] = []
        func crossing(_ id: Int, _ ax: Double, _ ay: Double, _ az: Double, _ bx: Double, _ by: Double, _ bz: Double) -> Int {
            if points[id] == nil {
                let f = (t - az) / (bz - az)
                points[id] = (ax + (bx - ax) * f, ay + (by - ay) * f)
            }
            return id
        }
        for i in 0..<(ny - 1) {
            for j in 0..<(nx - 1) {
                let za = z[i][j], zb = z[i][j + 1], zc = z[i + 1][j + 1], zd = z[i + 1][j]
                guard za.isFinite, zb.isFinite, zc.isFinite, zd.isFinite else { continue }
                let a = za >= t, b = zb >= t, c = zc >= t, d = zd >= t
                if a == b && b == c && c == d { continue }
                let x0 = px[j], x1 = px[j + 1], y0 = py[i], y1 = py[i + 1]
                var bottom = -1, right = -1, top = -1, left = -1
                if a != b { bottom = crossing(2 * (i * nx + j), x0, y0, za, x1, y0, zb) }
                if b != c { right = crossing(2 * (i * nx + j + 1) + 1, x1, y0, zb, x1, y1, zc) }
                if d != c { top = crossing(2 * ((i + 1) * nx + j), x0, y1, zd, x1, y1, zc) }
                if a != d { left = crossing(2 * (i * nx + j) + 1, x0, y0, za, x0, y1, zd) }
                if bottom >= 0 && right >= 0 && top >= 0 && left >= 0 {
                    // Saddle: the corners at or above the level stay joined, so cut off the low ones.
                    if !b { segments.append((bottom, right)); segments.append((left, top)) }
                    else { segments.append((bottom, left)); segments.append((right, top)) }
                } else {
                    let ends = [bottom, right, top, left].filter { $0 >= 0 }
                    if ends.count == 2 { segments.append((ends[0], ends[1])) }
                }
            }
        }
        return chain(segments, points)
    }

    /// Joins segments sharing an end into polylines; open chains first, in the order found.
    private static func chain(_ segments: [(Int, Int)], _ points: [Int: (Double, Double)]) -> [[(Double, Double)]] {
        var byEnd: [Int: [Int]] = [:]
        for (k, s) in segments.enumerated() { byEnd[s.0, default: []].append(k); byEnd[s.1, default: []].append(k) }
        var used = [Bool](repeating: false, count: segments.count)
        var out: [[(Double, Double)]] = []
        func walk(from start: Int, segment first: Int) {
            var ids = [start]
            var seg = first, at = start
            while true {
                used[seg] = true
                let s = segments[seg]
                at = s.0 == at ? s.1 : s.0
                ids.append(at)
                guard let next = byEnd[at]?.first(where: { !used[$0] }) else { break }
                seg = next
            }
            out.append(ids.map { points[$0]! })
        }
        // Open chains start at an end met by one segment only.
        for (k, s) in segments.enumerated() where !used[k] {
            if byEnd[s.0]!.count == 1 { walk(from: s.0, segment: k) }
            else if byEnd[s.1]!.count == 1 { walk(from: s.1, segment: k) }
        }
        for (k, s) in segments.enumerated() where !used[k] { walk(from: s.0, segment: k) }
        return out
    }
}
