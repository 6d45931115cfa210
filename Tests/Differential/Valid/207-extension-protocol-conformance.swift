protocol Summarisable {
    func summary() -> String
}

struct Student {
    let name: String
    let marks: [Int]
}

extension Student: Summarisable {
    func summary() -> String {
        let total = marks.reduce(0, +)
        return "\(name) scored \(total)"
    }
}

extension Int: Summarisable {
    func summary() -> String { return "the number \(self)" }
}

extension String: Summarisable {
    func summary() -> String { return "text of \(count) characters" }
}

let items: [Summarisable] = [Student(name: "Lee", marks: [70, 85, 90]), 42, "hello"]
for i in items {
    print(i.summary())
}
