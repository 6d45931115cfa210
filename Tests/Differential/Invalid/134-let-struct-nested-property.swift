print("start")
struct Point { var x = 0, y = 0 }
struct Robot { var name: String; var position = Point() }
let robot = Robot(name: "r2")
robot.position.x = 5
print(robot.position.x)
