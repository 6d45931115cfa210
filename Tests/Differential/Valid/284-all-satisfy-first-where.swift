let probs = [0.2, 0.3, 0.5]
print(probs.allSatisfy { $0 >= 0 && $0 <= 1 })
print(probs.allSatisfy { $0 > 0.25 })
let empty: [Int] = []
print(empty.allSatisfy { $0 > 100 })
let epochs = [0.91, 0.72, 0.48, 0.31, 0.29]
if let i = epochs.firstIndex(where: { $0 < 0.5 }) {
    print("below 0.5 at epoch \(i)")
}
print(epochs.first(where: { $0 < 0.4 })!)
print(epochs.first(where: { $0 < 0.1 }) == nil)
print(epochs.last(where: { $0 > 0.5 })!)
print(epochs.contains(where: { $0 == 0.31 }))
let names = ["ann", "Bob", "cara"]
print(names.first(where: { $0.first!.isUppercase }) ?? "none")
