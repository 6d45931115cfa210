/// Reverse-mode autograd, micrograd-style: each op that has an operand requiring grad records
/// its operands and a closure that passes the output's gradient back to them; `backward()`
/// sorts the graph topologically and runs those closures in reverse order.
extension Tensor {
    /// True when an op on these operands must be recorded (the cheap check comes first).
    @inline(__always)
    public static func recording(_ a: Tensor) -> Bool {
        a.requiresGrad && GradMode.isEnabled
    }

    /// True when an op on these operands must be recorded.
    @inline(__always)
    public static func recording(_ a: Tensor, _ b: Tensor) -> Bool {
        (a.requiresGrad || b.requiresGrad) && GradMode.isEnabled
    }

    /// True when an op on these operands must be recorded.
    public static func recording(_ operands: [Tensor]) -> Bool {
        operands.contains { $0.requiresGrad } && GradMode.isEnabled
    }

    /// Makes this (fresh) tensor a node of the graph: computed from `parents`, with `backward`
    /// passing its gradient on. Call only when `recording(...)` said so, so that no closure is
    /// allocated on the no-grad path.
    public func record(_ parents: [Tensor], _ backward: @escaping (_ grad: Tensor, _ out: Tensor) throws -> Void) {
        self.parents = parents
        self.backwardFn = backward
        self.requiresGrad = true
    }

    /// Adds `g` to this tensor's gradient, first summing away the axes along which this tensor
    /// was broadcast (so `g` may have the op's output shape). Does nothing unless it requires grad.
    /// `g` may be shared (the two operands of `+` receive the same tensor), so it is never
    /// changed; use `addGrad(owned:)` for a gradient made for this call alone.
    public func addGrad(_ g: Tensor) { accumulateGrad(g, owned: false) }

    /// `addGrad` for a fresh gradient that nothing else references: it becomes this tensor's
    /// gradient without a copy, or is added into in place.
    func addGrad(owned g: Tensor) { accumulateGrad(g, owned: true) }

    /// The one accumulation rule. A gradient this tensor owns (`gradOwned`) is added into in
    /// place; a shared one is never written. A leaf always owns its gradient, because users
    /// update it in place (accumulation across passes, clipGradNorm): a shared first gradient
    /// is copied once. Inner nodes may hold a shared one until a second gradient arrives.
    private func accumulateGrad(_ incoming: Tensor, owned: Bool) {
        guard requiresGrad else { return }
        var g = incoming, owned = owned
        if g.shape != shape { g = g.summed(toShape: shape); owned = true }
        if let existing = storedGrad {
            if gradOwned {
                existing.makeStorageUnique()   // it may be a view of another node's gradient
                let pe = existing.data, pg = g.data
                ParallelKernels.forEachRange(count) { r in for i in r { pe[i] += pg[i] } }
            } else if owned {
                g.makeStorageUnique()
                let pe = existing.data, pg = g.data
                ParallelKernels.forEachRange(count) { r in for i in r { pg[i] += pe[i] } }
                storedGrad = g
                gradOwned = true
            } else {
                storedGrad = Tensor.elementwise(existing, g, AddKernel())
                gradOwned = true
            }
        } else if owned || !isLeaf {
            storedGrad = g
            gradOwned = owned
        } else {
            storedGrad = g.detached()
            gradOwned = true
        }
    }

    /// Where a kernel may add this tensor's next gradient contribution in place (sgemm with
    /// beta = 1, a fused backward loop): its own gradient buffer when it already has one, else
    /// nil (then the kernel writes a fresh tensor and passes it to `addGrad(owned:)`).
    func ownedGradBuffer() -> Tensor? {
        guard requiresGrad, gradOwned, let g = storedGrad, g.shape == shape else { return nil }
        g.makeStorageUnique()
        return g
    }

    /// Computes the gradient of this scalar with respect to every tensor it depends on that
    /// requires grad, adding it to their `grad`.
    public func backward() throws {
        guard count == 1 else {
            throw TensorError(.notAScalar, "backward: the tensor has shape \(shapeText(shape)) (\(count) elements); call backward() on a scalar such as a loss, or pass backward(gradient:)")
        }
        try backward(gradient: Tensor.filled(shape, count: 1, 1))
    }

    /// Backward from a tensor of any shape, seeded with `gradient` (d loss / d self).
    public func backward(gradient: Tensor) throws {
        guard gradient.shape == shape else {
            throw TensorError.shapeMismatch("backward(gradient:)", shape, gradient.shape, "the gradient must have the tensor's shape")
        }
        guard requiresGrad else {
            throw TensorError(.noGradient, "backward: this tensor does not require grad; create its inputs with requiresGrad: true, outside noGrad")
        }
        let order = topologicalOrder()
        // Inner nodes start from zero on every pass (leaves accumulate across passes).
        for t in order where !t.isLeaf { t.storedGrad = nil }
        if isLeaf { addGrad(gradient) } else { storedGrad = gradient; gradOwned = false }
        try noGrad {
            for t in order.reversed() {
                if let fn = t.backwardFn, let g = t.storedGrad { try fn(g, t) }
            }
        }
    }

    /// The nodes this tensor depends on that require grad, each after all of its parents
    /// (iterative depth-first search: a long RNN graph must not overflow the stack).
    func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var stack: [(node: Tensor, next: Int)] = [(self, 0)]
        visited = true
        while !stack.isEmpty {
            let top = stack.count - 1
            let node = stack[top].node
            let i = stack[top].next
            if i < node.parents.count {
                stack[top].next = i + 1
                let p = node.parents[i]
                if p.requiresGrad && !p.visited {
                    p.visited = true
                    stack.append((p, 0))
                }
            } else {
                stack.removeLast()
                order.append(node)
            }
        }
        for t in order { t.visited = false }
        return order
    }

    /// Forgets the gradient (it reads as zeros again).
    public func zeroGrad() {
        storedGrad = nil
    }
}
