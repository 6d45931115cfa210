/// The GRU layer's loop over time as one autograd node, as FusedLSTM.swift does for the LSTM:
/// per step, one product h·W_hhᵀ added onto b_hh (sgemm with beta = 1), then the gate
/// non-linearities and the state update in one pass; backward runs the steps in reverse with
/// the gate derivatives fused the same way, and computes W_hh's gradient with ONE product for
/// the whole sequence (dW_hh = Σ_t dGh_tᵀ·h_{t-1}) instead of one per step.
///
/// The equations are GRUCell's (RecurrentCells.swift), PyTorch's:
///
///     r, z = σ(gi_r + gh_r), σ(gi_z + gh_z)      gh = W_hh h + b_hh, gi = W_ih x + b_ih
///     n = tanh(gi_n + r ⊙ gh_n),  h' = (1 − z) ⊙ n + z ⊙ h
///
/// `testGRULayerMatchesItsCellsStepByStep` and the finite-difference checks hold it to them.
struct FusedGRUSequence {
    let seq: Int, batch: Int, hidden: Int

    /// Runs the layer: `gi` `[seq, batch, 3·hidden]` (W_ih x + b_ih for every step), initial
    /// `h0` `[batch, hidden]`, `weight` W_hh `[3·hidden, hidden]`, `bias` b_hh. Returns the
    /// output `[seq, batch, hidden]` (h at every step) and the final h.
    static func run(_ gi: Tensor, _ h0: Tensor, _ weight: Tensor, _ bias: Tensor?) -> (output: Tensor, h: Tensor) {
        let k = FusedGRUSequence(seq: gi.shape[0], batch: gi.shape[1], hidden: h0.shape[h0.rank - 1])
        return k.forward(gi, h0, weight, bias)
    }

    private func forward(_ gi: Tensor, _ h0: Tensor, _ weight: Tensor, _ bias: Tensor?) -> (output: Tensor, h: Tensor) {
        let H = hidden, G = 3 * hidden, B = batch, T = seq, step = B * H
        // Saved for backward: r, z, n of every step (`acts`), W_hn h + b_hn (`hn`), h_0...h_T.
        let acts = Tensor(uninitialized: [T, B, G], count: T * B * G)
        let hn = Tensor(uninitialized: [T, B, H], count: T * step)
        let hs = Tensor(uninitialized: [T + 1, B, H], count: (T + 1) * step)
        let gh = Tensor(uninitialized: [B, G], count: B * G)   // one step's W_hh h + b_hh
        hs.data.update(from: h0.data, count: step)
        for t in 0..<T {
            let a = acts.data + t * B * G, x = gi.data + t * B * G
            if let bias {
                for r in 0..<B { (gh.data + r * G).update(from: bias.data, count: G) }
            }
            let hPrev = hs.data + t * step, h = hs.data + (t + 1) * step, n = hn.data + t * step
            MatmulKernel.gemm(hPrev, transA: false, weight.data, transB: true, gh.data, m: B, n: G, k: H, accumulate: bias != nil)
            for r in 0..<B {
                let row = a + r * G, xr = x + r * G, hr = gh.data + r * G
                for j in 0..<(2 * H) { row[j] = xr[j] + hr[j] }
                UnaryKernels.forward(SigmoidFunction(), row, row, 2 * H)   // r, z
                for j in 0..<H {
                    n[r * H + j] = hr[2 * H + j]
                    row[2 * H + j] = xr[2 * H + j] + row[j] * hr[2 * H + j]
                }
                UnaryKernels.forward(TanhFunction(), row + 2 * H, row + 2 * H, H)   // n
                let o = r * H
                for j in 0..<H {
                    let z = row[H + j], nj = row[2 * H + j]
                    h[o + j] = nj + z * (hPrev[o + j] - nj)
                }
            }
        }
        let output = Tensor(uninitialized: [T] + Array(h0.shape), count: T * step)
        output.data.update(from: hs.data + step, count: T * step)
        let hN = Tensor(uninitialized: h0.shape, count: step)
        hN.data.update(from: hs.data + T * step, count: step)

        let parents = [gi, h0, weight] + (bias.map { [$0] } ?? [])
        guard Tensor.recording(parents) else { return (output, hN) }
        recordSequenceHub(parents, outputs: [output, hN]) { g in
            self.backward(g.data, acts: acts, hn: hn, hs: hs, gi: gi, h0: h0, weight: weight, bias: bias)
        }
        return (output, hN)
    }

    private func backward(_ g: UnsafeMutablePointer<Float>, acts: Tensor, hn: Tensor, hs: Tensor,
                          gi: Tensor, h0: Tensor, weight: Tensor, bias: Tensor?) {
        let H = hidden, G = 3 * hidden, B = batch, T = seq, step = B * H
        let gOut = g, dh = g + T * step   // dh: updated in place, step by step
        let dGi = Tensor(uninitialized: gi.shape, count: gi.count)
        // The gradients of gh = W_hh h + b_hh per step: those of gi, except n's, times r.
        let dGh = Tensor(uninitialized: gi.shape, count: gi.count)
        for j in 0..<step { dh[j] += gOut[(T - 1) * step + j] }
        for t in stride(from: T - 1, through: 0, by: -1) {
            let a = acts.data + t * B * G, di = dGi.data + t * B * G, dg = dGh.data + t * B * G
            let hPrev = hs.data + t * step, n = hn.data + t * step
            for r in 0..<B {
                let row = a + r * G, dirow = di + r * G, dgrow = dg + r * G, o = r * H
                for j in 0..<H {
                    let rg = row[j], z = row[H + j], nj = row[2 * H + j], dhj = dh[o + j]
                    let dn = dhj * (1 - z) * (1 - nj * nj)
                    let dr = dn * n[o + j] * rg * (1 - rg)
                    let dz = dhj * (hPrev[o + j] - nj) * z * (1 - z)
                    dirow[j] = dr; dgrow[j] = dr
                    dirow[H + j] = dz; dgrow[H + j] = dz
                    dirow[2 * H + j] = dn; dgrow[2 * H + j] = dn * rg
                    dh[o + j] = dhj * z   // the direct path; the product below adds the rest
                }
            }
            // dh_{t-1} = dOutput_{t-1} + dh_t ⊙ z + dGh_t · W_hh (sgemm with beta = 1).
            if t > 0 {
                let previous = gOut + (t - 1) * step
                for j in 0..<step { dh[j] += previous[j] }
            }
            MatmulKernel.gemm(dg, transA: false, weight.data, transB: false, dh, m: B, n: H, k: G, accumulate: true)
        }
        addRecurrentGradients(dGh, hs: hs, dh: dh, weight: weight, bias: bias, h0: h0, rows: T * B, hidden: H)
        gi.addGrad(owned: dGi)
    }
}

/// Adds the column sums of `m` (`rows` × `width`) into `bias`'s gradient (in place when it
/// owns one): a bias's gradient over every row of a sequence.
func addRowSums(_ m: Tensor, rows: Int, width: Int, into bias: Tensor) {
    let owned = bias.ownedGradBuffer()
    let gb = owned ?? Tensor.filled(bias.shape, count: width, 0)
    addColumnSums(m.data, rows: rows, width: width, into: gb.data)
    if owned == nil { bias.addGrad(owned: gb) }
}

/// sums[j] += Σ_r m[r·width + j], rows in order (a bias's gradient). The pointers are taken out
/// of the tensors first: read through a class property in the loop, they were reloaded at every
/// element and the loop ran scalar.
func addColumnSums(_ m: UnsafePointer<Float>, rows: Int, width: Int, into sums: UnsafeMutablePointer<Float>) {
    for r in 0..<rows {
        let row = m + r * width
        for j in 0..<width { sums[j] += row[j] }
    }
}

/// Joins the outputs of a fused sequence kernel into one backward: an internal hub node (as in
/// `unbind`) is their parent, each output adds its gradient into its part of the hub's buffer
/// (the outputs' elements laid end to end, zeros where an output gets no gradient), and the
/// hub's backward, which runs after all of them, calls `backward` once with that buffer.
func recordSequenceHub(_ parents: [Tensor], outputs: [Tensor], _ backward: @escaping (Tensor) -> Void) {
    let total = outputs.reduce(0) { $0 + $1.count }
    let hub = Tensor(uninitialized: [], count: 1)
    hub.record(parents) { g, _ in backward(g) }
    var offset = 0
    for out in outputs {
        let at = offset
        out.record([hub]) { g, _ in
            let buffer: Tensor
            if let b = hub.storedGrad { buffer = b } else {
                buffer = Tensor.filled([total], count: total, 0)
                hub.storedGrad = buffer
                hub.gradOwned = true
            }
            let dst = buffer.data + at, src = g.data
            for j in 0..<g.count { dst[j] += src[j] }   // g, not out: capturing out would be a cycle
        }
        offset += out.count
    }
}

/// The gradients a fused recurrent layer's backward pass ends with, the same for LSTM and
/// GRU: the recurrent weight's, in one product for the whole sequence (dW = dGᵀ [G × T·B] ·
/// H_prev [T·B × H], accumulated straight into its gradient when it owns one), the bias's
/// (the column sums of dG) and the initial hidden state's (`dh` after the last step back).
func addRecurrentGradients(_ dG: Tensor, hs: Tensor, dh: UnsafeMutablePointer<Float>, weight: Tensor, bias: Tensor?,
                           h0: Tensor, rows: Int, hidden H: Int) {
    let G = dG.count / rows
    if weight.requiresGrad {
        if let gw = weight.ownedGradBuffer() {
            MatmulKernel.gemm(dG.data, transA: true, hs.data, transB: false, gw.data, m: G, n: H, k: rows, accumulate: true)
        } else {
            let gw = Tensor(uninitialized: weight.shape, count: weight.count)
            MatmulKernel.gemm(dG.data, transA: true, hs.data, transB: false, gw.data, m: G, n: H, k: rows)
            weight.addGrad(owned: gw)
        }
    }
    if let bias, bias.requiresGrad { addRowSums(dG, rows: rows, width: G, into: bias) }
    if h0.requiresGrad {
        let step = h0.count
        let gh = Tensor(uninitialized: h0.shape, count: step)
        gh.data.update(from: dh, count: step)
        h0.addGrad(owned: gh)
    }
}
