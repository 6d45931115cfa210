// From LanguageConformanceTests.testClassesStoredComputedInitMethodsSelfAndReferenceSemantics (LANGUAGE.md §2).
class Counter {
    var count = 0
    var step: Int
    let name: String
    init(name: String, step: Int = 1) {
        self.name = name
        self.step = step
    }
    var doubled: Int { count * 2 }
    var described: String {
        return "\(name)=\(count)"
    }
    func tick() { count += step }
    func tick(times: Int) { for _ in 0..<times { self.tick() } }
}
let c = Counter(name: "c", step: 2)
c.tick()
c.tick(times: 2)
let alias = c
alias.count += 1
print(c.count, c.doubled, c.described, alias.count)
