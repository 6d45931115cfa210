extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        var chunks: [[Element]] = []
        var i = 0
        while i < count {
            let end = Swift.min(i + size, count)
            chunks.append(Array(self[i..<end]))
            i += size
        }
        return chunks
    }
    var secondOrNil: Element? {
        return count > 1 ? self[1] : nil
    }
}

extension Array where Element: Comparable {
    func isSorted() -> Bool {
        for i in 1..<count where self[i - 1] > self[i] {
            return false
        }
        return true
    }
}

print([1, 2, 3, 4, 5, 6, 7].chunked(3))
print(["a", "b", "c", "d"].chunked(2))
print([10, 20].secondOrNil!, [5].secondOrNil == nil)
print([1, 2, 2, 5].isSorted(), [3, 1, 2].isSorted())
