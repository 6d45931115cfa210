func f() -> Int {
    print("in f")
}
print("start")
print(f())
