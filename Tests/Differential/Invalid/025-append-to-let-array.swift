let losses = [0.5]
print("start")
losses.append(0.25)
print(losses)
