import ArgumentParser
import Foundation
import CellProtocol
import Prelude

/// `--memory-limit 2G`: bytes each lesson's session may hold, with an optional binary
/// suffix (K, M, G, T; a plain number is bytes).
struct MemoryLimit: ExpressibleByArgument {
    let bytes: Int

    static let help = ArgumentHelp(
        "Memory each lesson's session may hold, as in 512M or 2G (default: \(sessionByteText(defaultSessionMemoryLimit))); an allocation past it ends the cell with an error.",
        valueName: "size")

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [Character: Double] = ["K": 1024, "M": 1024 * 1024, "G": 1024 * 1024 * 1024, "T": 1024 * 1024 * 1024 * 1024]
        var number = Substring(text)
        var scale = 1.0
        if number.hasSuffix("B") { number = number.dropLast() }
        if let last = number.last, let u = units[last] { scale = u; number = number.dropLast() }
        // At least 1 MB, and small enough that byte counts never overflow.
        guard let value = Double(number), value.isFinite, value > 0, value * scale >= 1_048_576, value * scale <= 1e18 else { return nil }
        bytes = Int(value * scale)
    }
}
