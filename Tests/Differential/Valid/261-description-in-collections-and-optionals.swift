struct Sample: CustomStringConvertible {
    let input: [Double]
    let label: Int
    var description: String { return "\(input)→\(label)" }
}

let data = [Sample(input: [0.0, 1.0], label: 1), Sample(input: [1.0, 1.0], label: 0)]
print(data)
print(data[0])
let byLabel = ["zero": data[1], "one": data[0]]
for key in byLabel.keys.sorted() {
    print(key, byLabel[key]!)
}
let maybe: Sample? = data.first
if let m = maybe {
    print("first: \(m)")
}
print("count \(data.count), last \(data.last!)")
