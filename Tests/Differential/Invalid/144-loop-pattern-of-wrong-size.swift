print("start")
let ages = ["ann": 31, "bob": 27]
for (name, age, city) in ages {
    print(name, age, city)
}
