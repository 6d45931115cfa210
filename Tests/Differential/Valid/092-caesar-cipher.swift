let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
func shift(_ c: Character, by k: Int) -> Character {
    guard let i = alphabet.firstIndex(of: c) else { return c }
    return alphabet[(i + k + 26) % 26]
}
func encode(_ s: String, _ k: Int) -> String { String(s.map { shift($0, by: k) }) }
let secret = encode("hello, world", 3)
print(secret, encode(secret, -3))
