func f() {
    print(later)
    let later = 1
}
print("start")
f()
