import XCTest
@testable import Prelude
import Script

/// Programs in the style of the course, run end to end through a real lesson session.
final class CourseProgramTests: XCTestCase {
    func testGradientLoopFromScratchPredicts7Point80ForFourHours() {
        let r = runClean(["""
        let xs: [Double] = [1, 2, 3]
        let ys: [Double] = [2, 4, 6]
        var w = 1.0
        let lr = 0.01
        func forward(_ x: Double) -> Double { x * w }
        func gradient(_ x: Double, _ y: Double) -> Double { 2 * x * (x * w - y) }
        for _ in 0..<10 {
            for (x, y) in zip(xs, ys) {
                w -= lr * gradient(x, y)
            }
        }
        print(String(format: "%.2f", forward(4)))
        """])
        XCTAssertEqual(r.text, "7.80\n")
    }

    func testAutogradGradientLoopMatchesTheHandWrittenOne() {
        let r = runClean(["""
        let x = Tensor([1.0, 2.0, 3.0])
        let y = Tensor([2.0, 4.0, 6.0])
        let w = Tensor(1.0, requiresGrad: true)
        for _ in 0..<10 {
            for i in 0..<3 {
                let loss = pow(x[i] * w - y[i], 2)
                loss.backward()
                noGrad { w -= 0.01 * w.grad }
                w.zeroGrad()
            }
        }
        let prediction = noGrad { (4 * w).item }
        print(String(format: "%.2f", prediction))
        """])
        XCTAssertEqual(r.text, "7.80\n")
    }

    func testXORWithSequentialAndAdamReachesALowLoss() {
        let r = runClean(["""
        manualSeed(0)
        let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
        let y = Tensor([[0], [1], [1], [0]])
        let model = Sequential(Linear(2, 8), Tanh(), Linear(8, 1), Sigmoid())
        let optimizer = Adam(model.parameters(), lr: 0.05)
        let criterion = MSELoss()
        var losses: [Double] = []
        for _ in 0..<500 {
            optimizer.zeroGrad()
            let loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item)
        }
        print(losses.last! < 0.01)
        print((model(x).scalars.map { $0 > 0.5 }))
        """])
        XCTAssertEqual(r.text, "true\n[false, true, true, false]\n")
    }

    func testLogisticRegressionPredictsFailAtOneHourAndPassAtSeven() {
        let r = runClean(["""
        let hours = Tensor([[1.0], [2.0], [3.0], [4.0], [5.0], [6.0], [7.0], [8.0]])
        let passed = Tensor([[0.0], [0.0], [0.0], [0.0], [1.0], [1.0], [1.0], [1.0]])
        let model = Linear(1, 1)
        let optimizer = SGD(model.parameters(), lr: 0.1)
        let criterion = BCELoss()
        for _ in 0..<2000 {
            optimizer.zeroGrad()
            let loss = criterion(sigmoid(model(hours)), passed)
            loss.backward()
            optimizer.step()
        }
        for h in [1.0, 7.0] {
            let p = sigmoid(model(Tensor([[h]]))).item
            print("\\(h) hours:", p > 0.5)
        }
        """])
        XCTAssertEqual(r.text, "1.0 hours: false\n7.0 hours: true\n")
    }

    func testAClassConformingToModuleFindsItsLayersParameters() {
        let r = runClean(["""
        class Model: Module {
            let l1 = Linear(8, 6)
            let l2 = Linear(6, 1)
            func forward(_ x: Tensor) -> Tensor {
                sigmoid(l2(sigmoid(l1(x))))
            }
        }
        let model = Model()
        print(model.parameters().count)
        print(model(Tensor.zeros([4, 8])).shape)
        let both = Sequential(model, Linear(1, 2))
        print(both.parameters().count, both(Tensor.ones([3, 8])).shape)
        """, """
        let optimizer = SGD(model.parameters(), lr: 0.5)
        let x = Tensor.randn([16, 8])
        let y = Tensor.ones([16, 1])
        let before = BCELoss()(model(x), y).item
        for _ in 0..<20 {
            optimizer.zeroGrad()
            BCELoss()(model(x), y).backward()
            optimizer.step()
        }
        print(BCELoss()(model(x), y).item < before)
        """])
        XCTAssertEqual(r.text, "4\n[4, 1]\n6 [3, 2]\ntrue\n")
    }

    func testCharacterRNNLearnsHihellToIhello() {
        let r = runClean(["""
        manualSeed(1)
        let chars: [Character] = ["h", "i", "e", "l", "o"]
        let input = "hihell"
        let target = "ihello"
        func indices(_ s: String) -> [Int] { Array(s).map { c in chars.firstIndex(of: c)! } }
        let x = Tensor.oneHot(Tensor(indices(input)), count: 5).unsqueezed(axis: 1)   // [6, 1, 5]
        let y = Tensor(indices(target))
        let rnn = RNN(inputSize: 5, hiddenSize: 5, layers: 1, batchFirst: false)
        let head = Linear(5, 5)
        let optimizer = Adam(rnn.parameters() + head.parameters(), lr: 0.1)
        let criterion = CrossEntropyLoss()
        var text = ""
        for _ in 0..<100 {
            optimizer.zeroGrad()
            let (output, _) = rnn(x)
            let logits = head(output.reshaped([6, 5]))
            let loss = criterion(logits, y)
            loss.backward()
            optimizer.step()
            text = ""
            for i in logits.argmax(axis: 1).scalars { text += String(chars[Int(i)]) }
        }
        print(text)
        """])
        XCTAssertEqual(r.text, "ihello\n")
    }
}
