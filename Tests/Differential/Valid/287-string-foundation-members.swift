import Foundation

let raw = "  Epoch 1: loss=0.52, acc=0.81  \n"
let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
print("[\(line)]")
let parts = line.components(separatedBy: ", ")
print(parts)
let fields = line.replacingOccurrences(of: "Epoch ", with: "").components(separatedBy: ":")
print(fields)
print("hello world from swift".capitalized)
print(String(line.prefix(7)))
let csv = "a;b;;c"
print(csv.components(separatedBy: ";"))
print("x-y-z".replacingOccurrences(of: "-", with: " + "))
print("banana".replacingOccurrences(of: "an", with: "AN"))
print("***title***".trimmingCharacters(in: CharacterSet(charactersIn: "*")))
