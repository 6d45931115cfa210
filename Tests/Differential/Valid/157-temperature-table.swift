import Foundation
func toF(_ c: Double) -> Double { c * 9 / 5 + 32 }
print("  C |     F")
for c in stride(from: -10, through: 40, by: 10) {
    let cs = String(format: "%3d", c)
    print("\(cs) | \(String(format: "%5.1f", toF(Double(c))))")
}
