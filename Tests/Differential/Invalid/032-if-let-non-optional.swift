let x = 5
print("start")
if let y = x {
    print(y)
}
