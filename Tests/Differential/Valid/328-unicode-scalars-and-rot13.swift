for u in "hé!".unicodeScalars { print(u, u.value, u.isASCII) }
let shifted = "hal".unicodeScalars.map { Character(UnicodeScalar($0.value + 1)!) }
print(String(shifted))
let codes = "AZ".unicodeScalars.map { Int($0.value) }
print(codes, UnicodeScalar(65) == "A")
func rot13(_ s: String) -> String {
    String(s.map { c -> Character in
        guard let v = c.asciiValue, c.isLetter else { return c }
        let base: UInt8 = c.isUppercase ? 65 : 97
        return Character(UnicodeScalar((v - base + 13) % 26 + base))
    })
}
print(rot13("Hello, World"), rot13(rot13("Swift")))
