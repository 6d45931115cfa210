// Optionals: nil, !, ??, if let, guard let, optional chaining.
class Node {
    var value: Int
    var next: Node?
    init(_ v: Int) { value = v }
}

var o: Int? = nil
print(o == nil, o ?? -1)
o = 5
print(o!, o ?? -1, o != nil)
let s: String? = "hey"
print(s ?? "none")

let ages = ["a": 1, "b": 2]
if let v = ages["a"] { print("got", v) } else { print("none") }
if let v = ages["z"] { print("got", v) } else { print("none") }
if let v = ages["a"], v > 0, let w = ages["b"] { print(v + w) }

func firstOrMinusOne(_ xs: [Int]) -> Int {
    guard let f = xs.first else { return -1 }
    return f
}
print(firstOrMinusOne([]), firstOrMinusOne([7, 8]))

let head = Node(1)
head.next = Node(2)
print(head.next?.value ?? 0, head.next?.next?.value ?? 0)
let words: [String]? = ["x", "yy"]
let none: [String]? = nil
print(words?.count ?? 0, none?.count ?? 0, none?.first == nil)
var total = 0
var cursor: Node? = head
while let node = cursor {
    total += node.value
    cursor = node.next
}
print(total)
