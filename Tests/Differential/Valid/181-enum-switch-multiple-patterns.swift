enum Weekday: CaseIterable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    var isWeekend: Bool {
        switch self {
        case .saturday, .sunday: return true
        default: return false
        }
    }
}

for day in Weekday.allCases {
    let kind = day.isWeekend ? "weekend" : "weekday"
    print("\(day): \(kind)")
}
let workdays = Weekday.allCases.filter { !$0.isWeekend }
print(workdays.count)
let first = Weekday.allCases.first!
print(first)
