// Go samples shown on docs/languages/go.mdx. This file names no version of Agora's module on
// purpose: add it once, before the first build, from this folder:
//
//	go get github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src@latest
//
// go get then adds the require line here and the checksums in go.sum. If your module proxy
// refuses the module, fetch it from GitHub with git: prefix the command with GOPROXY=direct.
module example.com/agora-token-samples

go 1.22
