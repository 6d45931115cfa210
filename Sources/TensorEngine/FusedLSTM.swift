import CSleef

/// The LSTM layer's loop over time as one autograd node, as cuDNN and PyTorch's fused CPU
/// kernel do it: per step, one product h·W_hhᵀ added into the projected input (sgemm with
/// beta = 1), then the four gate non-linearities and the state update in one pass over the
/// gates; backward runs the steps in reverse with the gate derivatives fused the same way,
/// and computes the weight gradient with ONE product for the whole sequence
/// (dW_hh = Σ_t dPre_tᵀ·h_{t-1} = dPreᵀ·H_prev over the stacked steps) instead of one per step.
///
/// The equations are LSTMCell's (RecurrentCells.swift); `testLayerMatchesItsCellsStepByStep`
/// and the finite-difference checks hold this kernel to them.
struct FusedLSTMSequence {
    let seq: Int, batch: Int, hidden: Int
    /// Whether the output is laid out `[batch, seq, hidden]` (a batch-first layer's last
    /// layer): h_t is written to, and its gradient read from, those rows directly, so the
    /// layer needs no transposed copy of its output either way.
    var batchFirstOutput = false

    /// Where the row of step `t`, batch element `r` starts in the output (and its gradient).
    @inline(__always)
    func outputRow(_ t: Int, _ r: Int) -> Int {
        batchFirstOutput ? (r * seq + t) * hidden : (t * batch + r) * hidden
    }

    /// Runs the layer: `gi` `[seq, batch, 4·hidden]` (W_ih x + b_ih for every step), initial
    /// `h0`, `c0` `[batch, hidden]`, `weight` W_hh `[4·hidden, hidden]`, `bias` b_hh. Returns the
    /// output `[seq, batch, hidden]` (h at every step) and the final h and c.
    /// With `batchFirstOutput`, the output is `[batch, seq, hidden]`.
    static func run(_ gi: Tensor, _ h0: Tensor, _ c0: Tensor, _ weight: Tensor, _ bias: Tensor?,
                    batchFirstOutput: Bool = false) -> (output: Tensor, h: Tensor, c: Tensor) {
        var k = FusedLSTMSequence(seq: gi.shape[0], batch: gi.shape[1], hidden: h0.shape[h0.rank - 1])
        k.batchFirstOutput = batchFirstOutput && h0.rank == 2
        return k.forward(gi, h0, c0, weight, bias)
    }

    private func forward(_ gi: Tensor, _ h0: Tensor, _ c0: Tensor, _ weight: Tensor, _ bias: Tensor?) -> (output: Tensor, h: Tensor, c: Tensor) {
        let H = hidden, G = 4 * hidden, B = batch, T = seq, step = B * H
        // Saved for backward: the activated gates of every step, h_0...h_T, c_1...c_T and tanh(c_t).
        let acts = Tensor(uninitialized: [T, B, G], count: T * B * G)
        let hs = Tensor(uninitialized: [T + 1, B, H], count: (T + 1) * step)
        let cs = Tensor(uninitialized: [T, B, H], count: T * step)
        let tcs = Tensor(uninitialized: [T, B, H], count: T * step)
        hs.data.update(from: h0.data, count: step)
        let pw = weight.data
        for t in 0..<T {
            let a = acts.data + t * B * G
            a.update(from: gi.data + t * B * G, count: B * G)
            if let pb = bias?.data {   // the pointer outside the loop, so the loop vectorises
                for r in 0..<B { let row = a + r * G; for j in 0..<G { row[j] += pb[j] } }
            }
            MatmulKernel.gemm(hs.data + t * step, transA: false, pw, transB: true, a, m: B, n: G, k: H, accumulate: true)
            let cPrev = t == 0 ? c0.data : cs.data + (t - 1) * step
            gatesAndState(a, cPrev: cPrev, c: cs.data + t * step, tc: tcs.data + t * step, h: hs.data + (t + 1) * step)
        }
        let stateShape = h0.shape
        let outShape = batchFirstOutput ? [B, T, H] : [T] + Array(h0.shape)
        let output = Tensor(uninitialized: outShape, count: T * step)
        if batchFirstOutput {
            for t in 0..<T {
                for r in 0..<B { (output.data + outputRow(t, r)).update(from: hs.data + (t + 1) * step + r * H, count: H) }
            }
        } else {
            output.data.update(from: hs.data + step, count: T * step)
        }
        let hN = Tensor(uninitialized: stateShape, count: step)
        hN.data.update(from: hs.data + T * step, count: step)
        let cN = Tensor(uninitialized: stateShape, count: step)
        cN.data.update(from: cs.data + (T - 1) * step, count: step)

        let parents = [gi, h0, c0, weight] + (bias.map { [$0] } ?? [])
        guard Tensor.recording(parents) else { return (output, hN, cN) }
        recordSequenceHub(parents, outputs: [output, hN, cN]) { g in
            self.backward(g.data, acts: acts, hs: hs, cs: cs, tcs: tcs, gi: gi, h0: h0, c0: c0, weight: weight, bias: bias)
        }
        return (output, hN, cN)
    }

    /// One step's gates and state from its pre-activations `a` (`[batch, 4·hidden]`, activated
    /// in place): c = f ⊙ c_prev + i ⊙ g, tc = tanh(c), h = o ⊙ tc.
    private func gatesAndState(_ a: UnsafeMutablePointer<Float>, cPrev: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>,
                               tc: UnsafeMutablePointer<Float>, h: UnsafeMutablePointer<Float>) {
        let H = hidden, G = 4 * hidden, B = batch, step = B * H
        if VectorMath.active && H % 8 == 0 {
            // One pass per row in CSleef's shim: the same SLEEF functions on whole vectors (no
            // padded tails at this width) and the same products and sums, so the same floats.
            for r in 0..<B { lesson_lstm_forward_row(a + r * G, cPrev + r * H, c + r * H, tc + r * H, h + r * H, H) }
            return
        }
        for r in 0..<B {
            let row = a + r * G
            UnaryKernels.forward(SigmoidFunction(), row, row, 2 * H)        // i, f
            UnaryKernels.forward(TanhFunction(), row + 2 * H, row + 2 * H, H) // g
            UnaryKernels.forward(SigmoidFunction(), row + 3 * H, row + 3 * H, H) // o
        }
        for r in 0..<B {
            let row = a + r * G, o = r * H
            for j in 0..<H { c[o + j] = row[H + j] * cPrev[o + j] + row[j] * row[2 * H + j] }
        }
        UnaryKernels.forward(TanhFunction(), c, tc, step)
        for r in 0..<B {
            let row = a + r * G, o = r * H
            for j in 0..<H { h[o + j] = row[3 * H + j] * tc[o + j] }
        }
    }

    private func backward(_ g: UnsafeMutablePointer<Float>, acts: Tensor, hs: Tensor, cs: Tensor, tcs: Tensor,
                          gi: Tensor, h0: Tensor, c0: Tensor, weight: Tensor, bias: Tensor?) {
        let H = hidden, G = 4 * hidden, B = batch, T = seq, step = B * H
        let gOut = g, dh = g + T * step, dc = g + T * step + step  // dh, dc: updated in place, step by step
        let dPre = Tensor(uninitialized: gi.shape, count: gi.count)
        // dh_{T-1} = dOutput_{T-1} + d h_T (the latter already in dh).
        for r in 0..<B {
            let src = gOut + outputRow(T - 1, r), dst = dh + r * H
            for j in 0..<H { dst[j] += src[j] }
        }
        for t in stride(from: T - 1, through: 0, by: -1) {
            let a = acts.data + t * B * G, d = dPre.data + t * B * G
            let cPrev = t == 0 ? c0.data : cs.data + (t - 1) * step, tc = tcs.data + t * step
            for r in 0..<B {
                let row = a + r * G, drow = d + r * G, o = r * H
                if VectorMath.active {   // the same arithmetic, eight lanes at a time (CSleef's shim)
                    lesson_lstm_backward_row(row, cPrev + o, tc + o, dh + o, dc + o, drow, H)
                    continue
                }
                for j in 0..<H {
                    let i = row[j], f = row[H + j], gg = row[2 * H + j], og = row[3 * H + j]
                    let th = tc[o + j], dhj = dh[o + j]
                    let dcj = dc[o + j] + dhj * og * (1 - th * th)
                    drow[j] = dcj * gg * i * (1 - i)
                    drow[H + j] = dcj * cPrev[o + j] * f * (1 - f)
                    drow[2 * H + j] = dcj * i * (1 - gg * gg)
                    drow[3 * H + j] = dhj * th * og * (1 - og)
                    dc[o + j] = dcj * f
                }
            }
            // dh_{t-1} = dOutput_{t-1} + dPre_t · W_hh: the product is added onto the output's
            // gradient (sgemm's beta = 1), so no zeroing pass and no separate sum.
            if t > 0 {
                for r in 0..<B { (dh + r * H).update(from: gOut + outputRow(t - 1, r), count: H) }
                MatmulKernel.gemm(d, transA: false, weight.data, transB: false, dh, m: B, n: H, k: G, accumulate: true)
            } else {
                MatmulKernel.gemm(d, transA: false, weight.data, transB: false, dh, m: B, n: H, k: G)
            }
        }
        addRecurrentGradients(dPre, hs: hs, dh: dh, weight: weight, bias: bias, h0: h0, rows: T * B, hidden: H)
        if c0.requiresGrad {
            let gc = Tensor(uninitialized: c0.shape, count: step)
            gc.data.update(from: dc, count: step)
            c0.addGrad(owned: gc)
        }
        gi.addGrad(owned: dPre)
    }
}
