struct TimesTable {
    let multiplier: Int
    subscript(i: Int) -> Int {
        return multiplier * i
    }
}

var t = TimesTable(multiplier: 3)
print("start")
t[2] = 7
print(t[2])
