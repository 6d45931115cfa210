func toBinary(_ n: Int) -> String {
    if n == 0 { return "0" }
    var m = n
    var digits = ""
    while m > 0 {
        digits = String(m % 2) + digits
        m /= 2
    }
    return digits
}
print((0...8).map(toBinary))
func fromBinary(_ s: String) -> Int {
    var v = 0
    for c in s { v = v * 2 + (c == "1" ? 1 : 0) }
    return v
}
print(fromBinary("101101"), fromBinary(toBinary(200)))
