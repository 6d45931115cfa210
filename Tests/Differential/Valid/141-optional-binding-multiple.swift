let inputs = ["3", "4", "x"]
if let a = Int(inputs[0]), let b = Int(inputs[1]) {
    print(a * b)
}
if let a = Int(inputs[0]), let c = Int(inputs[2]) {
    print(a + c)
} else {
    print("not both numbers")
}
var maybe: [Int]? = [1, 2]
if let some = maybe {
    var xs = some
    xs.append(3)
    print(xs, maybe!)
}
maybe = nil
print(maybe?.count ?? -1)
