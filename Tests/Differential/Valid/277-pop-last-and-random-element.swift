var stack = [1, 2, 3]
print(stack.popLast()!, stack)
print(stack.popLast()!, stack.popLast()!, stack)
print(stack.popLast() == nil)
let only = ["solo"]
print(only.randomElement()!)
let many = [4, 8, 15, 16, 23, 42]
let pick = many.randomElement()
print(pick != nil, many.contains(pick!))
let empty: [Int] = []
print(empty.randomElement() == nil)
var history = ["a", "b"]
while let last = history.popLast() {
    print("undo \(last)")
}
