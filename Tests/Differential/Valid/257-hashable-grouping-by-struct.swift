struct Bucket: Hashable {
    let low: Int
    let high: Int
}

let ages = [3, 17, 25, 31, 42, 19, 8, 33, 27]
var groups: [Bucket: [Int]] = [:]
for age in ages {
    let low = (age / 10) * 10
    groups[Bucket(low: low, high: low + 9), default: []].append(age)
}
for bucket in groups.keys.sorted(by: { $0.low < $1.low }) {
    print("\(bucket.low)-\(bucket.high): \(groups[bucket]!.sorted())")
}
let distinct = Set(groups.keys)
print(distinct.count == groups.count)
