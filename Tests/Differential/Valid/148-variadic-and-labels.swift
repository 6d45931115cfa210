func average(_ xs: Double...) -> Double {
    xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count)
}
print(average(1, 2, 3, 4), average())
func join(_ parts: String..., with sep: String) -> String { parts.joined(separator: sep) }
print(join("a", "b", "c", with: "+"))
func move(from start: Int, by delta: Int) -> Int { start + delta }
print(move(from: 5, by: -2))
