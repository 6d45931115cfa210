import Foundation
let name = "loss"
let values = [0.5, 0.25, 0.125]
for (i, v) in values.enumerated() {
    print("epoch \(i): \(name) = \(v), half = \(v / 2), pct = \(String(format: "%.1f%%", v * 100))")
}
let w = 3, h = 4
print("\(w) x \(h) = \(w * h); ratio \(Double(w) / Double(h))")
print("list \(values) count \(values.count) empty \(values.isEmpty)")
print("padded: [\(String(format: "%6.2f", 3.14159))] [\(String(format: "%-5d", 42))]")
