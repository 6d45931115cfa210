class Loader {
    lazy let data: [Int] = [1, 2, 3]
}

print("start")
let l = Loader()
print(l.data)
