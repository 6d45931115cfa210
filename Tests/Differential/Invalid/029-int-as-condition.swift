let n = 1
print("start")
if n {
    print("yes")
}
