// Optionals print as Swift prints them; if let, ?? and ! unwrap.
print(Optional(3))
let x: Int? = 3
print(x)
print(nil as Int?)
var none: String? = nil
print(none, "after")
none = "set"
print(none)
print([1, 2].first, [Int]().last, [3, 1, 2].min(), [3, 1, 2].max())
let ages = ["a": 1, "b": 2]
print(ages["a"], ages["z"])
let names = ["x": "ex"]
print(names["x"])
print("interpolated \(x) and \(ages["b"]) and \(none)")
print(["a", "b", "c"].firstIndex(of: "b"), Int("12"), Int("no"), Double("2.5"))
let got = ages["b"]
print(got)
if let v = x { print(v) }
print(x ?? 0, x!, ages["a"]!, ages["q"] ?? -1)
let first = [5, 6].first!
print(first)
class Node {
    var value: Int
    var next: Node?
    var label: String?
    init(_ v: Int) { value = v }
}
let head = Node(1)
head.next = Node(2)
print(head.next?.value, head.next?.next?.value, head.label)
let xs = [1, 2, 3]
print(xs[0], xs.count, "plain \(xs[1])")
func find(_ k: Int) -> Int? { k > 0 ? k : nil }
print(find(2), find(-1))
let fromCast = 3 as? Int
print(fromCast)
