/// `--shard K/N`: the K-th of N stable slices of a course, so a CI matrix can split it.
/// Lessons are taken in name order and lesson i (0-based) belongs to shard i mod N + 1:
/// the same paths give the same split on every machine, and the shards are within one
/// lesson of each other in size.
public struct Shard: Hashable, Sendable {
    /// 1-based index of this shard.
    public var index: Int
    /// Number of shards.
    public var count: Int

    /// Reads `K/N`; nil unless both are integers with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else { return nil }
        index = k
        count = n
    }

    /// This shard's share of `paths`, in name order.
    public func select(_ paths: [String]) -> [String] {
        LessonPaths.sorted(paths).enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
