let name = "ada"
print("start")
print(name!.count)
