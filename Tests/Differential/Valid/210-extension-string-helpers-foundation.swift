import Foundation

extension String {
    var words: [String] {
        return components(separatedBy: " ").filter { !$0.isEmpty }
    }
    var trimmed: String {
        return trimmingCharacters(in: .whitespaces)
    }
    func titled() -> String {
        return capitalized
    }
}

let line = "   deep learning with swift   "
print("[\(line.trimmed)]")
print(line.words)
print(line.words.count)
print(line.trimmed.titled())
print("one  two".words)
