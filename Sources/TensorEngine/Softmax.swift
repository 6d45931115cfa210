import CSleef
import Foundation

/// softmax and logSoftmax along an axis, computed stably (the run's maximum is subtracted
/// before exponentiating, so logits of ±1000 stay finite).
extension Tensor {
    /// Calls `body(start, stride, n)` for each run along `axis`: elements `start + i·stride`.
    @inline(__always)
    func forEachRun(alongAxis a: Int, _ body: (_ start: Int, _ stride: Int, _ n: Int) -> Void) {
        let outer = shape[..<a].reduce(1, *), inner = shape[(a + 1)...].reduce(1, *), n = shape[a]
        for o in 0..<outer {
            for j in 0..<inner { body(o * n * inner + j, inner, n) }
        }
    }

    /// y and log y for softmax along axis `a`, into `out` (y when `log` is false, else log y).
    fileprivate func softmaxForward(axis a: Int, log takeLog: Bool) -> Tensor {
        let out = Tensor(uninitialized: shape, count: count)
        let px = data, py = out.data
        if a == rank - 1 {
            // Along the last axis (attention's scores, a classifier's logits): unit-stride runs,
            // so the maximum and the scaling vectorise. The same operations in the same order.
            let n = shape[a], runs = n == 0 ? 0 : count / n
            for r in 0..<runs {
                let x = px + r * n, y = py + r * n
                var m = -Float.infinity
                for i in 0..<n { m = Swift.max(m, x[i]) }
                if m == -.infinity { m = 0 }
                var s: Float = 0
                if n >= 8, VectorMath.active {
                    // The exponentials by SLEEF, eight at a time (1 ULP, as expf); the sum
                    // still runs in order, so it rounds as the scalar loop's does.
                    for i in 0..<n { y[i] = x[i] - m }
                    lesson_sleef_exp(y, y, n)
                    for i in 0..<n { s += y[i] }
                } else {
                    for i in 0..<n {
                        let e = expf(x[i] - m)
                        y[i] = e
                        s += e
                    }
                }
                if takeLog {
                    let logS = logf(s)
                    for i in 0..<n { y[i] = (x[i] - m) - logS }
                } else {
                    let inv = 1 / s
                    for i in 0..<n { y[i] *= inv }
                }
            }
            return out
        }
        forEachRun(alongAxis: a) { start, stride, n in
            var m = -Float.infinity
            for i in 0..<n { m = Swift.max(m, px[start + i * stride]) }
            if m == -.infinity { m = 0 }  // all -inf: avoid (-inf) - (-inf) = NaN in the shift
            var s: Float = 0
            for i in 0..<n {
                let e = expf(px[start + i * stride] - m)
                py[start + i * stride] = e
                s += e
            }
            if takeLog {
                let logS = logf(s)  // (x - m) - log s: exact where x = m, even for huge logits
                for i in 0..<n { py[start + i * stride] = (px[start + i * stride] - m) - logS }
            } else {
                let inv = 1 / s
                for i in 0..<n { py[start + i * stride] *= inv }
            }
        }
        return out
    }
}

/// e^x / Σ e^x along `axis` (default: the last).
public func softmax(_ x: Tensor, axis: Int = -1) throws -> Tensor {
    let a = try normalizedAxis(axis, rank: x.rank, op: "softmax")
    let out = x.softmaxForward(axis: a, log: false)
    if Tensor.recording(x) {
        out.record([x]) { g, y in
            // dx = y·(g - Σ g·y) along the axis.
            let gx = Tensor(uninitialized: x.shape, count: x.count)
            let pg = g.data, py = y.data, pgx = gx.data
            if a == x.rank - 1 {
                let n = x.shape[a], runs = n == 0 ? 0 : x.count / n
                for r in 0..<runs {
                    let gr = pg + r * n, yr = py + r * n, dr = pgx + r * n
                    var dot: Float = 0
                    for i in 0..<n { dot += gr[i] * yr[i] }
                    for i in 0..<n { dr[i] = yr[i] * (gr[i] - dot) }
                }
                x.addGrad(owned: gx)
                return
            }
            x.forEachRun(alongAxis: a) { start, stride, n in
                var dot: Float = 0
                for i in 0..<n { dot += pg[start + i * stride] * py[start + i * stride] }
                for i in 0..<n { let k = start + i * stride; pgx[k] = py[k] * (pg[k] - dot) }
            }
            x.addGrad(owned: gx)
        }
    }
    return out
}

/// x - log Σ e^x along `axis` (default: the last): log of softmax, without its underflow.
public func logSoftmax(_ x: Tensor, axis: Int = -1) throws -> Tensor {
    let a = try normalizedAxis(axis, rank: x.rank, op: "logSoftmax")
    let out = x.softmaxForward(axis: a, log: true)
    if Tensor.recording(x) {
        out.record([x]) { g, y in
            // dx = g - softmax·Σ g along the axis, with softmax = e^y.
            let gx = Tensor(uninitialized: x.shape, count: x.count)
            let pg = g.data, py = y.data, pgx = gx.data
            if a == x.rank - 1, x.count >= 8, VectorMath.active {
                // softmax = e^y for every element in one SLEEF pass, then each run's update.
                lesson_sleef_exp(py, pgx, x.count)
                let n = x.shape[a], runs = n == 0 ? 0 : x.count / n
                for r in 0..<runs {
                    let gr = pg + r * n, dr = pgx + r * n
                    var s: Float = 0
                    for i in 0..<n { s += gr[i] }
                    for i in 0..<n { dr[i] = gr[i] - dr[i] * s }
                }
                x.addGrad(owned: gx)
                return
            }
            x.forEachRun(alongAxis: a) { start, stride, n in
                var s: Float = 0
                for i in 0..<n { s += pg[start + i * stride] }
                for i in 0..<n { let k = start + i * stride; pgx[k] = pg[k] - expf(py[k]) * s }
            }
            x.addGrad(owned: gx)
        }
    }
    return out
}
