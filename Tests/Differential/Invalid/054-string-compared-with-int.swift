let input = "3"
print("start")
if input == 3 {
    print("three")
}
