module example.com/agora-token-samples

go 1.22
