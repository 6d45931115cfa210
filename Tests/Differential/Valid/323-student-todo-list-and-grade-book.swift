import Foundation
// A to-do manager and a grade book with classes, protocols and sorting
protocol Describable { func describe() -> String }
class Task: Describable {
    static var created = 0
    let id: Int
    var title: String
    var done = false
    var priority: Int
    init(_ title: String, priority: Int = 1) {
        Task.created += 1
        id = Task.created
        self.title = title
        self.priority = priority
    }
    func describe() -> String { "[\(done ? "x" : " ")] #\(id) \(title) (p\(priority))" }
}
class TodoList {
    private var tasks: [Task] = []
    var pending: [Task] { tasks.filter { !$0.done } }
    func add(_ t: Task) -> Self { tasks.append(t); return self }
    func complete(id: Int) { tasks.first { $0.id == id }?.done = true }
    func report() { for t in tasks.sorted(by: { ($0.priority, $0.id) > ($1.priority, $1.id) }) { print(t.describe()) } }
}
let list = TodoList()
_ = list.add(Task("write tests", priority: 3)).add(Task("lunch")).add(Task("review", priority: 2))
list.complete(id: 2)
list.report()
print(list.pending.count, Task.created)
struct Student { let name: String; var grades: [Int] }
var book = [Student(name: "Ann", grades: [90, 85]), Student(name: "Ben", grades: [70, 95, 80])]
book[1].grades.append(100)
for s in book {
    let avg = Double(s.grades.reduce(0, +)) / Double(s.grades.count)
    print(s.name.padding(toLength: 5, withPad: ".", startingAt: 0), String(format: "%6.2f", avg), s.grades.max() ?? 0)
}
let best = book.max { a, b in a.grades.reduce(0, +) < b.grades.reduce(0, +) }
print(best?.name ?? "none")
var scores = ["Ann": 3, "Ben": 5]
scores["Cid"] = 4
scores["Ann"] = nil
for (name, score) in scores.sorted(by: { $0.key < $1.key }) { print("\(name): \(score)") }
if let top = scores.max(by: { $0.value < $1.value }) { print("top", top.key) }
let temps = [21.5, 19.0, 25.25]
print(temps.map { String(format: "%.1f°", $0) }.joined(separator: " | "))
print(temps.sorted().reversed().map { Int($0) }, temps.firstIndex(of: 19.0)!)
let x = 17
print(x.isMultiple(of: 3), x % 5, -x / 5, Double(x) / 5, (Double(x) / 5).rounded(.down))
