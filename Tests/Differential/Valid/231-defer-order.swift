func work() {
    print("start work")
    defer { print("first defer, runs last") }
    defer { print("second defer, runs first") }
    print("end of work body")
}

work()

func compute(_ x: Int) -> Int {
    defer { print("leaving compute(\(x))") }
    if x < 0 {
        return 0
    }
    return x * 2
}

print(compute(5))
print(compute(-1))
