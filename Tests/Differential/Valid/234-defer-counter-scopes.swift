var depth = 0

func enter(_ name: String) {
    depth += 1
    print(String(repeating: "  ", count: depth - 1) + "enter \(name)")
}

func leave(_ name: String) {
    print(String(repeating: "  ", count: depth - 1) + "leave \(name)")
    depth -= 1
}

func visit(_ n: Int) {
    enter("visit(\(n))")
    defer { leave("visit(\(n))") }
    if n > 0 {
        visit(n - 1)
    }
}

visit(2)
do {
    defer { print("leaving the do block") }
    print("inside the do block")
}
print("depth \(depth)")
