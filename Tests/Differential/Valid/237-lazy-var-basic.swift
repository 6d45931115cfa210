class DataLoader {
    let size: Int
    var loads = 0

    lazy var samples: [Int] = {
        print("loading \(size) samples")
        loads += 1
        return Array(0..<size).map { $0 * $0 }
    }()

    init(size: Int) {
        self.size = size
        print("loader created")
    }
}

let loader = DataLoader(size: 5)
print("before first use")
print(loader.samples)
print(loader.samples.count)
print("loads: \(loader.loads)")
