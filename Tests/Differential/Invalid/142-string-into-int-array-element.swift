print("start")
var board = [[0, 0], [0, 0]]
board[1][0] = "X"
print(board)
