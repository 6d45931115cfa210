import XCTest
@testable import Prelude
import Script

/// Every layer is declared once (LayerCatalog.swift): made from its labelled arguments,
/// printed from its declaration with what it was made with, never as a bare `Name()`.
final class LayerDeclarationTests: XCTestCase {
    /// Each layer the catalogue declares, made with arguments that differ from its defaults
    /// where it has any, and the text it prints.
    private let layers: [(code: String, prints: String)] = [
        ("Linear(3, 2, bias: false)", "Linear(inFeatures: 3, outFeatures: 2, bias: false)"),
        ("Dropout(0.25)", "Dropout(p: 0.25)"),
        ("Embedding(10, 4)", "Embedding(10, 4)"),
        ("EmbeddingBag(10, 4, mode: .sum)", "EmbeddingBag(10, 4, mode: .sum)"),
        ("Sigmoid()", "Sigmoid()"), ("Tanh()", "Tanh()"), ("ReLU()", "ReLU()"), ("Softplus()", "Softplus()"), ("SELU()", "SELU()"),
        ("ELU(alpha: 0.5)", "ELU()"), ("Flatten(startAxis: 0)", "Flatten()"),
        ("LeakyReLU(slope: 0.2)", "LeakyReLU(slope: 0.2)"),
        ("Softmax(axis: 0)", "Softmax(axis: 0)"), ("LogSoftmax(axis: 1)", "LogSoftmax(axis: 1)"),
        ("RNN(inputSize: 3, hiddenSize: 5, layers: 2, nonlinearity: .relu)", "RNN(inputSize: 3, hiddenSize: 5, layers: 2, batchFirst: false)"),
        ("LSTM(inputSize: 3, hiddenSize: 5, batchFirst: true)", "LSTM(inputSize: 3, hiddenSize: 5, layers: 1, batchFirst: true)"),
        ("GRU(inputSize: 2, hiddenSize: 4)", "GRU(inputSize: 2, hiddenSize: 4, layers: 1, batchFirst: false)"),
        ("GRU(inputSize: 2, hiddenSize: 4, bidirectional: true)", "GRU(inputSize: 2, hiddenSize: 4, layers: 1, batchFirst: false, bidirectional: true)"),
        ("RNNCell(inputSize: 3, hiddenSize: 5)", "RNNCell(inputSize: 3, hiddenSize: 5)"),
        ("LSTMCell(inputSize: 3, hiddenSize: 5)", "LSTMCell(inputSize: 3, hiddenSize: 5)"),
        ("GRUCell(inputSize: 3, hiddenSize: 5, bias: false)", "GRUCell(inputSize: 3, hiddenSize: 5)"),
        ("Conv2d(1, 4, kernelSize: 3, stride: 2, padding: 1)", "Conv2d(1, 4, kernelSize: 3, stride: 2, padding: 1)"),
        ("Conv1d(2, 3, kernelSize: 5)", "Conv1d(2, 3, kernelSize: 5, stride: 1, padding: 0)"),
        ("MaxPool2d(kernelSize: 2)", "MaxPool2d(kernelSize: 2, stride: 2)"),
        ("LayerNorm(8)", "LayerNorm(8)"), ("LayerNorm([2, 3], eps: 0.001)", "LayerNorm([2, 3])"),
        ("MultiheadAttention(embedDim: 8, heads: 2)", "MultiheadAttention(embedDim: 8, heads: 2)"),
        ("Sequential(Linear(2, 3), ReLU())", "Sequential(\n  (0): Linear(inFeatures: 2, outFeatures: 3, bias: true)\n  (1): ReLU()\n)"),
    ]

    func testEveryDeclaredLayerIsMadeFromItsLabelsAndPrintsFromItsDeclaration() {
        for layer in layers {
            let r = runLesson(["print(\(layer.code))"])
            XCTAssertEqual(r.errors.map(\.message), [], layer.code)
            XCTAssertEqual(r.text, layer.prints + "\n", layer.code)
        }
    }

    func testEveryLayerTheCatalogueDeclaresIsCoveredHere() {
        let declared = Set(Prelude.shared.layerDeclarations.values.map(\.name))
        let covered = Set(layers.map { String($0.code.prefix { $0 != "(" }) })
        XCTAssertEqual(declared.subtracting(covered), [], "a declared layer without a test of how it prints")
    }

    func testARecurrentLayerIsCalledAsItsDeclarationSays() {
        let r = runLesson(["""
            let rnn = RNN(inputSize: 2, hiddenSize: 3)
            let (out, h) = rnn(Tensor.zeros([4, 1, 2]))
            print(out.shape, h.shape)
            let lin = Linear(2, 1)
            print(lin(Tensor.zeros([1, 2]), Tensor.zeros([1, 2])))
            """])
        XCTAssertEqual(r.text, "[4, 1, 3] [1, 1, 3]\n")
        XCTAssertEqual(r.errors.map(\.message), ["Linear takes 1 argument, got 2"])
    }
}
