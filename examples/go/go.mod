// Go samples shown on docs/languages/go.mdx. This file names no version of Agora's module on
// purpose: add it once, before the first build, from this folder:
//
//	GOPROXY=direct go get github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src@latest
//
// The Go module proxy answers 403 for that module, so Go must fetch it from GitHub with git.
// go get then adds the require line here and the checksums in go.sum.
module example.com/agora-token-samples

go 1.22
