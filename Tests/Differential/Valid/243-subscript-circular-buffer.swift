struct RingBuffer {
    private var storage: [Int]
    private var start = 0

    init(_ values: [Int]) { storage = values }

    subscript(i: Int) -> Int {
        get { return storage[(start + i) % storage.count] }
        set { storage[(start + i) % storage.count] = newValue }
    }

    mutating func rotate(by n: Int) {
        start = (start + n) % storage.count
    }

    var contents: [Int] { return (0..<storage.count).map { self[$0] } }
}

var ring = RingBuffer([1, 2, 3, 4, 5])
print(ring.contents)
ring.rotate(by: 2)
print(ring.contents, ring[0])
ring[4] = 99
print(ring.contents)
ring.rotate(by: 4)
print(ring.contents)
