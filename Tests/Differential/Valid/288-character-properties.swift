let text = "R2-D2 has 3 legs!"
var letters = 0, digits = 0, others = 0, digitSum = 0
for ch in text {
    if ch.isLetter {
        letters += 1
    } else if ch.isNumber {
        digits += 1
        digitSum += ch.wholeNumberValue ?? 0
    } else {
        others += 1
    }
}
print(letters, digits, others, digitSum)
let code = "4096"
let value = code.reduce(0) { $0 * 10 + $1.wholeNumberValue! }
print(value)
let c: Character = "q"
print(c.isLetter, c.isNumber, c.wholeNumberValue == nil)
print(Character("9").wholeNumberValue!)
print(text.filter { $0.isLetter }.count)
let onlyDigits = String(text.filter { $0.isNumber })
print(onlyDigits)
