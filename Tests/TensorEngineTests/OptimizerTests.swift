import XCTest
@testable import TensorEngine

final class OptimizerTests: XCTestCase {
    /// One step of f(w) = w² from w, through `optimizer`.
    private func quadraticStep(_ w: Tensor, _ optimizer: Optimizer) throws {
        optimizer.zeroGrad()
        try (w * w).sum().backward()
        optimizer.step()
    }

    func testAdamFirstThreeStepsOnQuadratic() throws {
        // Reference: Kingma & Ba's Algorithm 1 (as in torch.optim.Adam) computed in Double,
        // from w = 1 with lr 0.1 on f(w) = w²; and the same steps in float32 (NumPy), which
        // is what Float storage must reproduce almost bit for bit.
        let w = Tensor([1], requiresGrad: true)
        let adam = Adam([w], lr: 0.1)
        let exact = [0.9000000005, 0.8004122286917928, 0.7015862729460303]
        let float32 = [0.8999993, 0.80041087, 0.7015843]
        for (e, f) in zip(exact, float32) {
            try quadraticStep(w, adam)
            assertClose(w.scalars, [e], accuracy: 1e-5)
            assertClose(w.scalars, [f], accuracy: 2e-7)
        }
    }

    func testSGDWithMomentumAndWeightDecay() throws {
        // g = 2w + 0.1w; buf₁ = g₁; w₁ = 1 - 0.1·2.1 = 0.79; g₂ = 2.1·0.79 = 1.659;
        // buf₂ = 0.9·2.1 + 1.659 = 3.549; w₂ = 0.79 - 0.3549 = 0.4351
        let w = Tensor([1], requiresGrad: true)
        let sgd = SGD([w], lr: 0.1, momentum: 0.9, weightDecay: 0.1)
        try quadraticStep(w, sgd)
        assertClose(w.scalars, [0.79])
        try quadraticStep(w, sgd)
        assertClose(w.scalars, [0.4351])
    }

    func testAdagradAndRMSpropFirstStep() throws {
        // Adagrad: s = g² = 4, w = 1 - 0.1·2/2 = 0.9.
        let a = Tensor([1], requiresGrad: true)
        try quadraticStep(a, Adagrad([a], lr: 0.1))
        assertClose(a.scalars, [0.9])
        // RMSprop: s = 0.01·4 = 0.04, w = 1 - 0.01·2/0.2 = 0.9.
        let r = Tensor([1], requiresGrad: true)
        try quadraticStep(r, RMSprop([r], lr: 0.01, alpha: 0.99))
        assertClose(r.scalars, [0.9], accuracy: 1e-5)
    }

    func testStepLRMultipliesLearningRateEveryStepSize() throws {
        let sgd = SGD([Tensor([1], requiresGrad: true)], lr: 1)
        let schedule = try StepLR(sgd, stepSize: 2, gamma: 0.5)
        var rates: [Double] = []
        for _ in 0..<5 { schedule.step(); rates.append(sgd.lr) }
        XCTAssertEqual(rates, [1, 0.5, 0.5, 0.25, 0.25])
    }

    func testClipGradNormReturnsNormBeforeClipping() throws {
        let a = Tensor([3], requiresGrad: true), b = Tensor([4], requiresGrad: true)
        try (a * 1 + b * 1).sum().backward()
        try noGrad { a.grad = Tensor([3]); b.grad = Tensor([4]) }
        let norm = clipGradNorm([a, b], maxNorm: 1)
        XCTAssertEqual(norm, 5)
        assertClose(a.grad.scalars + b.grad.scalars, [0.6, 0.8], accuracy: 1e-5)
    }

    func testOptimizerSkipsParametersWithoutGradient() throws {
        let w = Tensor([1], requiresGrad: true)
        Adam([w], lr: 0.1).step()
        XCTAssertEqual(w.scalars, [1])
    }
}
