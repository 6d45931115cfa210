struct Report {
    let values: [Double]
    lazy var summary: String = makeSummary()

    func makeSummary() -> String {
        print("computing summary")
        let total = values.reduce(0, +)
        return "n=\(values.count) total=\(total)"
    }
}

var r = Report(values: [1.5, 2.5, 4.0])
print("created")
print(r.summary)
print(r.summary)
r.summary = "overridden"
print(r.summary)
