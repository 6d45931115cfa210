import Foundation
struct Student {
    let name: String
    var scores: [Int]
    var average: Double { Double(scores.reduce(0, +)) / Double(scores.count) }
}
func letter(_ avg: Double) -> String {
    switch avg {
    case 90...: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    default: return "F"
    }
}
var students = [Student(name: "Ann", scores: [95, 88, 92]), Student(name: "Bo", scores: [72, 65, 80])]
students[1].scores.append(99)
for s in students {
    print("\(s.name): \(String(format: "%.2f", s.average)) \(letter(s.average))")
}
let best = students.max { $0.average < $1.average }!
print(best.name)
