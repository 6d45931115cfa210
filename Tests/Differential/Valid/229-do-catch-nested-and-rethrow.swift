enum StepError: Error {
    case failed(step: Int)
}

func runStep(_ i: Int) throws -> Int {
    if i == 3 { throw StepError.failed(step: i) }
    return i * 10
}

func runAll(_ n: Int) throws -> [Int] {
    var results: [Int] = []
    for i in 1...n {
        do {
            results.append(try runStep(i))
        } catch StepError.failed(let s) where s < 3 {
            results.append(0)
        }
    }
    return results
}

do {
    print(try runAll(2))
    print(try runAll(5))
} catch StepError.failed(let s) {
    print("stopped at step \(s)")
} catch {
    print("other")
}
