func band(_ bmi: Double) -> String {
    switch bmi {
    case ..<18.5: return "under"
    case 18.5..<25: return "normal"
    case 25..<30: return "over"
    default: return "obese"
    }
}
print([17.0, 22.5, 27, 31].map(band))
let temp = 23
switch temp {
case Int.min..<0: print("freezing")
case 0...15: print("cold")
case 16...25: print("mild")
default: print("hot")
}
