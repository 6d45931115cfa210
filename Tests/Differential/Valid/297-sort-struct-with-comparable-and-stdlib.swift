struct Student: Comparable, CustomStringConvertible {
    let name: String
    let grade: Int

    static func < (a: Student, b: Student) -> Bool {
        return a.grade != b.grade ? a.grade > b.grade : a.name < b.name
    }
    var description: String { return "\(name)(\(grade))" }
}

var roster = [Student(name: "Zoe", grade: 88), Student(name: "Ali", grade: 92),
              Student(name: "Bea", grade: 88), Student(name: "Cal", grade: 75)]
roster.sort()
print(roster)
print(roster.prefix(2), roster.suffix(1))
print(roster.allSatisfy { $0.grade >= 70 })
print(roster.first(where: { $0.grade < 80 })!)
let byGrade = Dictionary(grouping: roster, by: { $0.grade / 10 * 10 })
for band in byGrade.keys.sorted(by: >) {
    print(band, byGrade[band]!.map { $0.name })
}
roster.removeAll { $0.grade < 80 }
print(roster.count, roster.max()!, roster.min()!)
