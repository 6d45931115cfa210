print("start")
let xs = [1, 2]
xs.forEach { x in
    if x > 1 { break }
}
