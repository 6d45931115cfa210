let n = 3
print("start")
switch n {
case 1: print("one")
case 2: print("two")
}
